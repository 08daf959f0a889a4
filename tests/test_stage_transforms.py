"""TestPipeline tests for the stage transforms not covered in test_transforms.py."""
from __future__ import annotations

import logging
from pathlib import Path

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import FixedWindows, TimestampedValue

from wirewash.transforms import clean as clean_stage
from wirewash.transforms.clean import CleanArticles
from wirewash.transforms.core.cleaning import CleanConfig
from wirewash.transforms.core import clusters, pairs
from wirewash.transforms.core.clusters import Claim, Claimant, ClusterConfig, DedupConfig, RankedEvidence
from wirewash.transforms.core.minhash import MinhashConfig, sign
from wirewash.transforms.core.verify import VerifyConfig, packed, verify
from wirewash.transforms.core.parse import RawDoc
from wirewash.transforms.core.schema import ARTICLE_SCHEMA, Article
from wirewash.transforms.dedup import CandidatePairs, OnePerId, SignFn, VerifyPairs, contested_claim
from wirewash.transforms.io import write_articles
from wirewash.transforms.metrics import PROGRESS_LOGGER

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_clean_articles_splits_articles_from_too_short_texts():
    seed = (SEEDS / "000_1f709c123fe71ed6.txt").read_text()
    docs = [
        RawDoc(doc_id="a", source="seed000", text=seed),
        RawDoc(doc_id="b", source="stub", text="(Bloomberg) -- Markets rose.\n\n©2023 Bloomberg L.P."),
    ]
    with TestPipeline(runner="FnApiRunner") as p:
        out = p | beam.Create(docs) | CleanArticles(CleanConfig())
        assert_that(
            out[clean_stage.ARTICLES]
            | "Summary" >> beam.Map(lambda a: (a.doc_id, a.publisher, a.text.split("\n\n")[0][:30], len(a.removed))),
            equal_to([("a", "Bloomberg", "Kazakhstan’s ruling party won ", 2)]),
            label="Articles",
        )
        assert_that(
            out[clean_stage.REJECTED] | "Reasons" >> beam.Map(lambda r: (r.doc_id, r.reason)),
            equal_to([("b", "too_short")]),
            label="Rejected",
        )


def test_verify_pairs_keeps_the_pairs_verify_finds_copies():
    base = " ".join(f"w{i}" for i in range(40))
    edited = base.replace("w10 ", "x10 ")  # one word changed: 3 shingles of 38 differ
    other = " ".join(f"z{i}" for i in range(40))
    evidence = {k: sign(k, t, MinhashConfig()).evidence for k, t in {"a": base, "b": edited, "c": other}.items()}
    expected_ab = verify(evidence["a"], evidence["b"], VerifyConfig()).jaccard
    ranks = {k: (0, -40, k) for k in "abc"}
    with TestPipeline(runner="FnApiRunner") as p:
        # CandidatePairs' form: each worse document with its chosen better-ranked members.
        pairs = p | "Pairs" >> beam.Create([((ranks[w], w), [(ranks["a"], "a")]) for w in "bc"])
        doc_to_evidence = p | "Evidence" >> beam.Create(
            [(k, RankedEvidence(ranks[k], "s", k, packed(e))) for k, e in evidence.items()]
        )
        verified = (pairs, doc_to_evidence) | VerifyPairs(DedupConfig())
        assert_that(verified, equal_to([((ranks["a"], "a"), (ranks["b"], "b"), expected_ab)]))
    assert 0.5 < expected_ab < 1.0


def test_verify_pairs_takes_each_members_own_evidence_among_a_doc_ids_records():
    base = " ".join(f"w{i}" for i in range(40))
    copy = base.replace("w10 ", "x10 ")
    other = " ".join(f"z{i}" for i in range(40))
    evidence = {t: packed(sign("d", t, MinhashConfig()).evidence) for t in (base, copy, other)}
    a, b, b_loser = ((0, -40, "da", "a"), "a"), ((0, -40, "db", "b"), "b"), ((0, -41, "dz", "b"), "b")
    records = [
        ("a", RankedEvidence(a[0], "s1", "da", evidence[base])),
        # Two inputs claimed "b": banding knew the one of rank b; the other's text is unrelated to "a".
        ("b", RankedEvidence(b_loser[0], "s0", "dz", evidence[other])),
        ("b", RankedEvidence(b[0], "s2", "db", evidence[copy])),
        ("c", RankedEvidence((0, -40, "dc", "c"), "s3", "dc", evidence[other])),  # in no pair
    ]
    expected = verify(sign("d", base, MinhashConfig()).evidence, sign("d", copy, MinhashConfig()).evidence,
                      VerifyConfig()).jaccard
    with TestPipeline(runner="FnApiRunner") as p:
        pairs = p | "Pairs" >> beam.Create([(b, [a]), (b_loser, [a]), (((0, -1, "", "gone"), "gone"), [a])])
        doc_to_evidence = p | "Evidence" >> beam.Create(records)
        verified = (pairs, doc_to_evidence) | VerifyPairs(DedupConfig())
        # (a, b_loser) is verified against the loser's own text, not b's; "gone" has no evidence: no edge.
        assert_that(verified, equal_to([(a, b, expected)]))


def test_verify_pairs_splits_a_story_larger_than_a_group_and_verifies_every_pair_once():
    base = " ".join(f"w{i}" for i in range(40))
    n = pairs.GROUP_PAIRS + 44  # two groups of the original's pairs
    texts = {"a": base, **{f"c{i:03d}": base.replace(f"w{i % 30 + 5} ", f"x{i} ") for i in range(n)}}
    evidence = {k: sign(k, t, MinhashConfig()).evidence for k, t in texts.items()}
    ranks = {k: (0, -40, k, k) for k in texts}
    members = {k: (ranks[k], k) for k in texts}
    # Each copy against the original, and against the copy before it, as a kin pair would add.
    candidates = [(members[k], [members["a"]]) for k in texts if k != "a"]
    candidates += [(members[f"c{i:03d}"], [members[f"c{i - 1:03d}"]]) for i in range(1, n)]
    expected = []
    for worse, better in candidates:
        verdict = verify(evidence[better[0][1]], evidence[worse[1]], VerifyConfig())
        if verdict.duplicate:
            expected.append((better[0], worse, verdict.jaccard))
    with TestPipeline(runner="FnApiRunner") as p:
        pairs_in = p | "Pairs" >> beam.Create(candidates)
        doc_to_evidence = p | "Evidence" >> beam.Create(
            [(k, RankedEvidence(ranks[k], "s", k, packed(e))) for k, e in evidence.items()]
        )
        verified = (pairs_in, doc_to_evidence) | VerifyPairs(DedupConfig())
        assert_that(verified, equal_to(expected))
    # Every copy is one of the original; two copies each with its own edit are not copies of each other.
    assert len(expected) == n and all(better == members["a"] for better, _w, _j in expected)


def test_one_per_id_settles_on_claimants_and_claims_only_contested_doc_ids():
    def claimant(source, digest):
        return Claimant(source, digest, (0, -1, digest, "x"), (b"k",))

    claimants = [("x", claimant("b", "d2")), ("x", claimant("a", "d9")), ("x", claimant("a", "d1")),
                 ("y", claimant("c", "d3"))]
    with TestPipeline(runner="FnApiRunner") as p:
        settled = p | beam.Create(claimants) | OnePerId()
        assert_that(
            settled | "Kept" >> beam.MapTuple(lambda doc_id, c: (doc_id, c.source, c.digest, c.contested)),
            equal_to([("x", "a", "d1", True), ("y", "c", "d3", False)]),
            label="Kept",
        )
        assert_that(
            settled | "Claims" >> beam.FlatMapTuple(contested_claim),
            equal_to([("x", Claim("a", "d1"))]),
            label="Claims",
        )


def test_write_parquet_writes_every_row_with_the_schema(tmp_path):
    articles = [
        Article(doc_id=f"d{i}", source=f"s{i}", text=f"text {i}").with_cluster(f"d{i}", 1, None) for i in range(3)
    ]
    with TestPipeline(runner="FnApiRunner") as p:
        _ = p | beam.Create(articles) | write_articles(str(tmp_path), "articles")
    files = sorted((tmp_path / "articles").glob("*.parquet"))
    assert files
    table = pq.ParquetDataset([str(f) for f in files]).read()
    assert table.schema.remove_metadata().equals(ARTICLE_SCHEMA)
    assert sorted(table.column("doc_id").to_pylist()) == ["d0", "d1", "d2"]
    assert table.column("cluster_size").to_pylist() == [1, 1, 1]


def test_stages_log_progress_per_bundle(caplog):
    seed = (SEEDS / "000_1f709c123fe71ed6.txt").read_text()
    docs = [RawDoc(doc_id=f"d{i}", source=f"s{i}", text=seed) for i in range(3)]
    with caplog.at_level(logging.INFO, logger=PROGRESS_LOGGER):
        with TestPipeline(runner="FnApiRunner") as p:
            _ = p | beam.Create(docs) | CleanArticles(CleanConfig())
    lines = [r.getMessage() for r in caplog.records if r.name == PROGRESS_LOGGER]
    # "1 document cleaned", "2 documents cleaned": the noun in the number it takes (a new user read "1 files read").
    assert lines and all(
        line == f"clean: {n} {'document' if n == '1' else 'documents'} cleaned" for line in lines for n in [line.split()[1]]
    )
    # However the runner cut the bundles, the lines add up to every element processed.
    assert sum(int(line.split()[1]) for line in lines) == 3


def test_candidate_pairs_combine_every_buckets_proposals_per_document():
    def m(name, words):
        return (0, -words, "", name), name

    a, b, c, d, w = m("a", 9), m("b", 8), m("c", 7), m("d", 6), m("w", 1)
    # w was proposed a by 1 bucket, b by 3, c by 4, d by 5, counted in two shards; x only ever b, by 1 bucket.
    proposed = [(w, ((a, 1), (b, 2), (c, 4))), (w, ((b, 1), (d, 5))), (m("x", 0), ((b, 1),))]
    cfg = ClusterConfig(candidates=2, min_shared=3, most_shared=1)
    with TestPipeline(runner="FnApiRunner") as p:
        chosen = p | beam.Create(proposed) | CandidatePairs(cfg)
        assert_that(
            chosen | beam.MapTuple(lambda worse, betters: (worse[1], [better[1] for better in betters])),
            equal_to([("w", ["b", "c", "d"]), ("x", ["b"])]),
        )


def test_sign_fn_signs_every_article_in_its_own_window_and_time():
    # More articles than one batch, spread over windows, so batches are cut both by size and by window.
    articles = [
        Article(f"d{i}", "s", f"story {i % 7} about rates and {i} other words " * (1 + i % 4), title=f"T{i % 3}")
        for i in range(SignFn.BATCH + 40)
    ]
    cfg = DedupConfig()
    expected = [(a.doc_id, clusters.signed_doc(a, cfg), float(i % 5 * 60 + i % 60), i % 5 * 60) for i, a in
                enumerate(articles)]
    with TestPipeline(runner="FnApiRunner") as p:
        signed = (
            p
            | beam.Create([TimestampedValue(a, i % 5 * 60 + i % 60) for i, a in enumerate(articles)])
            | beam.WindowInto(FixedWindows(60))
            | beam.ParDo(SignFn(cfg))
            | beam.Map(lambda kv, t=beam.DoFn.TimestampParam, w=beam.DoFn.WindowParam:
                       (kv[0], kv[1], float(t), int(w.start)))
        )
        assert_that(signed, equal_to(expected))
