"""Beam wiring: ReadDocuments, expand_input and NearDuplicates on TestPipeline."""
from __future__ import annotations

import gzip
import json
import os

import apache_beam as beam
import pytest
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from apache_beam.metrics.metric import MetricsFilter

from wirewash.transforms import dedup, io
from wirewash.transforms.core.counters import NAMESPACE
from wirewash.transforms.core.histogram import similarity_bucket
import dataclasses
import datetime
import random

from wirewash.transforms.core.clusters import ClusterConfig, DedupConfig, text_digest
from wirewash.transforms.core.minhash import shingle_hashes, sign
from wirewash.transforms.core.verify import VerifyConfig, jaccard, verify
from wirewash.transforms.core.parse import ReadConfig
from wirewash.transforms.core.schema import Article
from wirewash.transforms.dedup import NearDuplicates
from wirewash.transforms.io import ReadDocuments, expand_input


def pipeline() -> test_pipeline.TestPipeline:
    # The default DirectRunner tries to download the Prism binary; FnApiRunner runs in-process.
    return test_pipeline.TestPipeline(runner="FnApiRunner")


# --- reading --------------------------------------------------------------------------------------------------


@pytest.fixture
def input_dir(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("Astana voted on Sunday.\n", encoding="utf-8")
    lines = [
        json.dumps({"id": "j1", "text": "First wire story."}),
        json.dumps({"text": "Second wire story."}),
        "{not json",
    ]
    (d / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "sub" / "c.txt.gz").write_bytes(gzip.compress("Turnout was 54 percent.".encode("utf-8")))
    (d / "empty.txt").write_bytes(b"")
    return d


@pytest.mark.parametrize("spread", [True, False])
def test_read_documents(input_dir, spread):
    root = str(input_dir)
    with pipeline() as p:
        read = p | ReadDocuments(expand_input(root), ReadConfig(), spread)
        docs = read[io.DOCS] | "DocSources" >> beam.Map(lambda d: (d.source, d.input_id or "", d.text))
        rejected = read[io.REJECTED] | "RejectedPairs" >> beam.Map(lambda r: (r.source, r.reason))
        assert_that(
            docs,
            equal_to(
                [
                    (os.path.join(root, "a.txt"), "", "Astana voted on Sunday.\n"),
                    (os.path.join(root, "b.jsonl") + "#1", "j1", "First wire story."),
                    (os.path.join(root, "b.jsonl") + "#2", "", "Second wire story."),
                    (os.path.join(root, "sub", "c.txt.gz"), "", "Turnout was 54 percent."),
                ]
            ),
            label="Docs",
        )
        assert_that(
            rejected,
            equal_to(
                [
                    # The file ends inside its last record: cut short, as a cut .gz is.
                    (os.path.join(root, "b.jsonl") + "#3", "truncated"),
                    (os.path.join(root, "empty.txt"), "empty"),
                ]
            ),
            label="Rejected",
        )


@pytest.mark.parametrize(
    "runner, flags, spreads",
    [
        ("FnApiRunner", [], False),
        ("FnApiRunner", ["--direct_running_mode=multi_processing"], False),
        ("FnApiRunner", ["--direct_num_workers=2"], True),
        ("FnApiRunner", ["--direct_num_workers=0"], True),
        ("PrismRunner", [], True),
    ],
)
def test_documents_are_spread_only_where_there_may_be_several_workers(runner, flags, spreads):
    from apache_beam.options.pipeline_options import PipelineOptions

    from wirewash.pipeline.build import spreads_work

    p = beam.Pipeline(runner=runner, options=PipelineOptions(flags))
    assert spreads_work(p) is spreads


def test_an_article_row_is_its_fields_with_removals_as_dicts():
    from wirewash.transforms.core.schema import Removal

    moment = datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.timezone.utc)
    article = Article("d", "s", "text", title="T", published=moment.date(), byline="B", publisher="P", url="u",
                      removed=(Removal("credit", "AP"), Removal("tail", "More")), cluster_id="c", cluster_size=2,
                      duplicate_of="c", similarity=0.9, fetched=moment.date(), input_id="i", published_at=moment)
    row = article.to_row()
    assert list(row) == [f.name for f in dataclasses.fields(Article)]
    assert row == {**{f.name: getattr(article, f.name) for f in dataclasses.fields(Article)},
                   "removed": [{"rule": "credit", "text": "AP"}, {"rule": "tail", "text": "More"}]}


def test_expand_input(input_dir, tmp_path):
    root = str(input_dir)
    assert expand_input(root) == [os.path.join(root, "**")]
    assert expand_input(root + "/") == [os.path.join(root, "**")]
    assert expand_input(f"{root}/*.txt") == [f"{root}/*.txt"]
    other = tmp_path / "other.txt"
    assert expand_input(f" {root}/sub , {other},, ") == [os.path.join(root, "sub", "**"), str(other)]


def test_read_documents_with_a_glob_and_a_list(input_dir):
    root = str(input_dir)
    spec = f"{root}/*.txt,{root}/sub"
    with pipeline() as p:
        read = p | ReadDocuments(expand_input(spec), ReadConfig())
        assert_that(
            read[io.DOCS] | "Sources" >> beam.Map(lambda d: d.source),
            equal_to([os.path.join(root, "a.txt"), os.path.join(root, "sub", "c.txt.gz")]),
            label="Docs",
        )
        assert_that(
            read[io.REJECTED] | "Reasons" >> beam.Map(lambda r: (r.source, r.reason)),
            equal_to([(os.path.join(root, "empty.txt"), "empty")]),
            label="Rejected",
        )


# --- near duplicates -------------------------------------------------------------------------------------------

STORY = [
    "Kazakhstan's ruling Amanat party won a commanding majority in Sunday's snap parliamentary election, "
    "according to preliminary results published by the central election commission on Monday morning.",
    "The party of President Kassym-Jomart Tokayev took about 54 percent of the vote, while five other parties "
    "cleared the five percent threshold needed to enter the lower house of parliament.",
    "Tokayev called the early vote after deadly unrest in January last year, when protests over fuel prices "
    "turned into riots that left more than two hundred people dead across the country.",
    "He has promised to share more power with parliament and to open the political system to new parties, "
    "a break with the three decades of rule by his predecessor Nursultan Nazarbayev.",
    "International observers said the election was efficiently administered but lacked genuine competition, "
    "pointing to restrictions on fundamental freedoms and on the registration of independent candidates.",
]

EDITED = [
    "Kazakhstan's ruling Amanat party won a clear majority in Sunday's snap parliamentary election, "
    "according to preliminary results published by the central election commission on Monday.",
    "The party of President Kassym-Jomart Tokayev took about 54 percent of the vote, while five other parties "
    "passed the five percent threshold needed to enter the lower house of parliament.",
    "Tokayev called the early vote after deadly unrest in January last year, when protests over fuel prices "
    "turned into riots that left more than two hundred people dead across the country.",
    "International observers said the election was efficiently administered but lacked real competition, "
    "pointing to restrictions on fundamental freedoms and on the registration of independent candidates.",
]

UNRELATED = [
    "Copper prices rose to a three-week high in London on Tuesday as a weaker dollar and signs of recovering "
    "demand in China lifted industrial metals across the board.",
    "Stockpiles in warehouses monitored by the exchange fell for a fifth straight session, traders said, "
    "while smelters in Chile reported delays caused by heavy rain and flooding near the coast.",
    "Analysts at several banks raised their forecasts for the second half, citing tight supply and "
    "investment in power grids and electric vehicles that need large amounts of the metal.",
]

OTHER = [
    "The city council approved a new budget for public transport late on Wednesday, adding night buses on "
    "six routes and extending the tram line to the airport by the end of next year.",
    "Council members who voted against the plan said fares would have to rise to pay for it, a claim the "
    "mayor's office rejected in a statement released shortly after the vote.",
]


def _counters(p) -> dict[str, int]:
    query = p.result.metrics().query(MetricsFilter().with_namespace(NAMESPACE))
    return {c.key.metric.name: c.committed for c in query["counters"] if c.committed}


def _article(doc_id: str, source: str, paragraphs: list[str]) -> Article:
    return Article(doc_id=doc_id, source=source, text="\n\n".join(paragraphs))


def _summary(a: Article):
    return a.doc_id, a.source, a.cluster_id, a.cluster_size, a.duplicate_of, a.similarity


def test_near_duplicates():
    original = _article("story", "wire/original.txt", STORY)
    edited = _article("copy", "site/copy.txt", EDITED)
    unrelated = _article("metals", "wire/metals.txt", UNRELATED)
    same_id_a = _article("same", "b/second.txt", OTHER)
    same_id_b = _article("same", "a/first.txt", OTHER[:1])
    expected_sim = round(jaccard(shingle_hashes(edited.text, 3), shingle_hashes(original.text, 3)), 4)
    assert 0.3 <= expected_sim < 1.0, expected_sim  # the fixture really is a near-duplicate at the default

    with pipeline() as p:
        out = p | beam.Create([original, edited, unrelated, same_id_a, same_id_b]) | NearDuplicates(DedupConfig())
        assert_that(
            out[dedup.KEPT] | "Kept" >> beam.Map(_summary),
            equal_to(
                [
                    ("story", "wire/original.txt", "story", 2, None, None),
                    ("metals", "wire/metals.txt", "metals", 1, None, None),
                    ("same", "a/first.txt", "same", 1, None, None),
                ]
            ),
            label="Kept",
        )
        assert_that(
            out[dedup.DUPLICATES] | "Duplicates" >> beam.Map(_summary),
            equal_to([("copy", "site/copy.txt", "story", 2, "story", expected_sim)]),
            label="Duplicates",
        )
        assert_that(
            out[dedup.REJECTED] | "Rejected" >> beam.Map(lambda r: (r.detail.split()[1], r.doc_id != "same", r.source, r.reason)),
            equal_to([("same", True, "b/second.txt", "duplicate_id")]),
            label="Rejected",
        )
        # Texts pass through untouched.
        assert_that(
            out[dedup.DUPLICATES] | "DupText" >> beam.Map(lambda a: a.text),
            equal_to([edited.text]),
            label="DuplicateText",
        )
    counters = _counters(p)
    assert {k: v for k, v in counters.items() if not k.startswith(("dedup:candidate_pair", "dedup:verdict",
                                                                    "dedup:bucket", "dedup:pair_coverage"))} == {
        "dedup:signed": 5,  # signed before OnePerId, which then works on compact records
        "dedup:rejected:duplicate_id": 1,
        "dedup:kept": 3,
        "dedup:duplicate": 1,
        "dedup:cluster_size:1": 2,
        "dedup:cluster_size:2": 1,
        f"dedup:pair_similarity:{similarity_bucket(expected_sim)}": 1,
    }
    assert counters["dedup:verdict:duplicate"] == 1



def test_hot_bucket_still_forms_one_cluster():
    # 150 copies of one report, each with one ordinary word changed, no two alike (identical texts of one day
    # are banded once, copies.py): one bucket holds them all.
    words = " ".join(STORY).split()
    articles = []
    for i in range(150):
        edited = list(words)
        edited[5 + i % 40] = ("very", "quite", "rather", "fairly")[i // 40]
        articles.append(_article(f"doc{i:03d}", f"feed/{i:03d}.txt", [" ".join(edited)]))
    cfg = DedupConfig(cluster=ClusterConfig(max_bucket=100))
    with pipeline() as p:
        out = p | beam.Create(articles) | NearDuplicates(cfg)
        kept = out[dedup.KEPT] | "Kept" >> beam.Map(lambda a: (a.doc_id, a.cluster_id, a.cluster_size))
        dups = out[dedup.DUPLICATES] | "Dups" >> beam.Map(lambda a: (a.cluster_id, a.cluster_size, a.duplicate_of))
        # All texts have the same word count, so the smallest digest of the text represents the cluster.
        rep = min(articles, key=lambda a: text_digest(a.text)).doc_id
        assert_that(kept, equal_to([(rep, rep, 150)]), label="Kept")
        assert_that(dups, equal_to([(rep, 150, rep)] * 149), label="Duplicates")
        assert_that(out[dedup.REJECTED], equal_to([]), label="Rejected")
    counters = _counters(p)
    assert counters["dedup:hot_bucket"] >= 1
    assert "dedup:unresolved" not in counters
    assert (counters["dedup:kept"], counters["dedup:duplicate"]) == (1, 149)
    # Linear: each copy is compared with a few best-ranked members per bucket, not with every other copy.
    assert counters["dedup:candidate_pair"] < 150 * 10 < 150 * 149 // 2


def test_no_chaining_every_duplicate_is_verified_against_its_representative():
    # A chain of successive edits: each text replaces 15 of the 200 words of the one before, so neighbours
    # are copies and the ends are not. Connected components would put all six in one cluster.
    rng = random.Random(7)
    # Words of letters: a text of words with digits is one table of figures, whose entries verification
    # compares slot by slot.
    vocab = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7)) for _ in range(2000)]
    words = [rng.choice(vocab) for _ in range(200)]
    chain = []
    for k in range(6):
        chain.append(_article(f"c{k}", f"s/c{k}", [" ".join(words)]))
        for i in rng.sample(range(200), 15):
            words[i] = rng.choice(vocab)
    cfg = DedupConfig()
    evidence = {a.doc_id: sign(a.doc_id, a.text, cfg.minhash).evidence for a in chain}
    assert not verify(evidence["c0"], evidence["c5"], cfg.verify).duplicate
    with pipeline() as p:
        out = p | beam.Create(chain) | NearDuplicates(cfg)
        rows = (out[dedup.KEPT], out[dedup.DUPLICATES]) | beam.Flatten() | beam.Map(
            lambda a: (a.doc_id, a.duplicate_of, a.similarity)
        )

        def check(rows):
            rows = {doc_id: (rep, sim) for doc_id, rep, sim in rows}
            assert len(rows) == 6
            for doc_id, (rep, sim) in rows.items():
                if rep is None:
                    continue
                verdict = verify(evidence[doc_id], evidence[rep], cfg.verify)
                assert verdict.duplicate and sim == round(verdict.jaccard, 4) >= cfg.verify.threshold
                assert rows[rep][0] is None  # a representative is never itself a duplicate
            assert any(rep is not None for rep, _ in rows.values())
            assert sum(rep is None for rep, _ in rows.values()) >= 2  # the chain is not one cluster

        assert_that(rows, check)


def test_keep_earliest_and_latest_choose_by_published_date():
    original = _article("orig", "s/orig", STORY)
    copy = _article("copy", "s/copy", EDITED)
    dated = [
        dataclasses.replace(original, published=datetime.date(2024, 3, 2)),
        dataclasses.replace(copy, published=datetime.date(2024, 3, 1)),
    ]
    for keep, kept_id in (("longest", "orig"), ("earliest", "copy"), ("latest", "orig")):
        cfg = DedupConfig(cluster=ClusterConfig(keep=keep))
        with pipeline() as p:
            out = p | beam.Create(dated) | NearDuplicates(cfg)
            assert_that(out[dedup.KEPT] | beam.Map(lambda a: a.doc_id), equal_to([kept_id]), label="Kept")
    # Undated articles come after dated ones, whichever way.
    undated = [dated[0], dataclasses.replace(copy, published=None)]
    with pipeline() as p:
        out = p | beam.Create(undated) | NearDuplicates(DedupConfig(cluster=ClusterConfig(keep="latest")))
        assert_that(out[dedup.KEPT] | beam.Map(lambda a: a.doc_id), equal_to(["orig"]))


def test_keep_earliest_and_latest_order_one_day_by_the_time_of_day():
    utc = datetime.timezone.utc
    day = datetime.date(2024, 3, 1)
    dated = [
        dataclasses.replace(_article("orig", "s/orig", STORY), published=day,
                            published_at=datetime.datetime(2024, 3, 1, 10, 0, tzinfo=utc)),
        dataclasses.replace(_article("copy", "s/copy", EDITED), published=day,
                            published_at=datetime.datetime(2024, 3, 1, 9, 59, tzinfo=utc)),
    ]
    for keep, kept_id in (("earliest", "copy"), ("latest", "orig")):
        with pipeline() as p:
            out = p | beam.Create(dated) | NearDuplicates(DedupConfig(cluster=ClusterConfig(keep=keep)))
            assert_that(out[dedup.KEPT] | beam.Map(lambda a: a.doc_id), equal_to([kept_id]), label="Kept")


NEWS = [
    "Late on Monday the commission said turnout had reached 54.2 percent once votes from abroad were counted, "
    "and that the new lower house would hold its first session in Astana before the end of the month.",
    "Opposition politicians who were refused registration said they would challenge the results in court, "
    "a spokeswoman for one of the unregistered parties told reporters outside the commission's offices.",
]


def test_a_later_version_by_the_same_publisher_that_adds_paragraphs_is_kept_and_a_trimmed_one_dropped():
    # One agency's story at 09:00, its update at 11:00 with new paragraphs, and at 12:00 a re-send trimmed
    # of its last paragraph. One day: only the time of day says which came first.
    utc = datetime.timezone.utc

    def sent(doc_id: str, paragraphs: list[str], hour: int) -> Article:
        return dataclasses.replace(
            _article(doc_id, f"wire/{doc_id}", paragraphs), publisher="Reuters", published=datetime.date(2024, 3, 4),
            published_at=datetime.datetime(2024, 3, 4, hour, tzinfo=utc),
        )

    articles = [sent("first", STORY, 9), sent("update", STORY + NEWS, 11), sent("trimmed", STORY[:4], 12)]
    with pipeline() as p:
        out = p | beam.Create(articles) | NearDuplicates(DedupConfig())
        assert_that(out[dedup.KEPT] | "Kept" >> beam.Map(lambda a: a.doc_id), equal_to(["first", "update"]),
                    label="Kept")
        assert_that(out[dedup.DUPLICATES] | "Dups" >> beam.Map(lambda a: a.doc_id), equal_to(["trimmed"]),
                    label="Duplicates")
    counters = _counters(p)
    assert counters["dedup:rejected_by:gained"] >= 1 and counters["dedup:direction:gained"] >= 1
    # Without a publisher the same three texts have no direction: the update is then a copy it holds whole.
    anonymous = [dataclasses.replace(a, publisher=None) for a in articles]
    with pipeline() as p:
        out = p | beam.Create(anonymous) | NearDuplicates(DedupConfig())
        assert_that(out[dedup.KEPT] | beam.Map(lambda a: a.doc_id), equal_to(["update"]))


def test_a_rejected_same_id_article_takes_no_part_in_dedup():
    # "dup" from b/ is the full story and would link to "copy"; but a/ keeps the id "dup", with an unrelated
    # text. The rejected text must not make "copy" a duplicate of the copper story, nor count in a cluster.
    articles = [
        _article("dup", "b/story.txt", STORY),
        _article("dup", "a/metals.txt", UNRELATED),
        _article("copy", "c/copy.txt", EDITED),
    ]
    with pipeline() as p:
        out = p | beam.Create(articles) | NearDuplicates(DedupConfig())
        assert_that(
            out[dedup.KEPT] | "Kept" >> beam.Map(_summary),
            equal_to([("dup", "a/metals.txt", "dup", 1, None, None), ("copy", "c/copy.txt", "copy", 1, None, None)]),
            label="Kept",
        )
        assert_that(out[dedup.DUPLICATES], equal_to([]), label="Duplicates")
        assert_that(
            out[dedup.REJECTED] | "Rejected" >> beam.Map(lambda r: (r.detail.split()[1], r.doc_id != "dup", r.source, r.reason)),
            equal_to([("dup", True, "b/story.txt", "duplicate_id")]),
            label="Rejected",
        )


def test_templated_reports_with_other_figures_are_not_duplicates():
    # Two real-world-shaped money-market reports: the same template, different operations on different days.
    template = (
        "The Bank of England said it had provided the money market with a further {a} mln stg assistance in "
        "the afternoon session. This takes the bank's total help so far today to {b} mln stg and compares "
        "with its estimate of a {c} mln stg shortage in the system. The central bank purchased bank bills "
        "outright comprising {d} mln stg in band one at {e} pct and {f} mln stg in band two at {g} pct."
    )
    monday_text = template.format(a=284, b=508, c=900, d=100, e="9-7/8", f=56, g="9-13/16")
    tuesday_text = template.format(a=168, b=1880, c=2000, d=25, e="9-3/4", f=138, g="9-5/8")
    monday = _article("monday", "wire/mon.txt", [monday_text])
    tuesday = _article("tuesday", "wire/tue.txt", [tuesday_text])
    resend = _article("resend", "wire/mon2.txt", [monday_text + " Dealers expected no more help."])
    assert jaccard(shingle_hashes(monday.text, 3), shingle_hashes(tuesday.text, 3)) >= VerifyConfig().threshold
    with pipeline() as p:
        out = p | beam.Create([monday, tuesday, resend]) | NearDuplicates(DedupConfig())
        assert_that(
            out[dedup.KEPT] | "Kept" >> beam.Map(lambda a: (a.doc_id, a.cluster_size)),
            equal_to([("resend", 2), ("tuesday", 1)]),
            label="Kept",
        )
        assert_that(
            out[dedup.DUPLICATES] | "Dups" >> beam.Map(lambda a: (a.doc_id, a.duplicate_of)),
            equal_to([("monday", "resend")]),
            label="Duplicates",
        )
    counters = _counters(p)
    assert counters["dedup:rejected_by:tokens"] >= 1  # tuesday against monday or resend (stars: not both)
    assert counters["dedup:disagreeing:number"] >= 1
    assert counters["dedup:verdict:duplicate"] == 1


def test_identical_copies_from_other_days_leave_the_same_days_copies_one_representative():
    # A story sent word for word on 101 days a week apart (a templated report; verification refuses days
    # over a working day apart) and 20 times on its last day. The other days' doc_ids rank first and filled
    # every candidate slot: all 20 same-day copies were kept. A re-send the next working day under its own
    # headline is a copy too, and represents the cluster: its words tie, and it alone has a title (fresh12 F5).
    day = datetime.date(2024, 3, 6)
    same_day = [dataclasses.replace(_article(f"s{i:02d}", f"today/{i}", STORY), published=day) for i in range(20)]
    weekly = [dataclasses.replace(_article(f"a{i:03d}", f"old/{i}", STORY), published=day - datetime.timedelta(weeks=i + 1))
              for i in range(100)]
    next_day = dataclasses.replace(_article("t", "next/t", STORY), published=day + datetime.timedelta(days=1),
                                   title="Council passes budget")
    articles = same_day + weekly + [next_day]
    for seed in (1, 2):
        random.Random(seed).shuffle(articles)
        with pipeline() as p:
            out = p | beam.Create(articles) | NearDuplicates(DedupConfig())
            assert_that(
                out[dedup.KEPT] | "Kept" >> beam.Map(lambda a: (a.doc_id, a.cluster_size)),
                equal_to([("t", 21)] + [(a.doc_id, 1) for a in weekly]),
                label="Kept",
            )
            assert_that(
                out[dedup.DUPLICATES] | "Dups" >> beam.Map(lambda a: (a.doc_id, a.duplicate_of, a.similarity)),
                equal_to([(a.doc_id, "t", 1.0) for a in same_day]),
                label="Duplicates",
            )
        counters = _counters(p)
        assert counters["dedup:identical_copy"] == 19
        assert counters["dedup:identical_text_other_date"] == 100  # the weekly days, each apart from the last
        # Linear: one pair per banded text and day in hot buckets, not one per copy per slot.
        assert counters["dedup:candidate_pair"] <= 2 * (len(weekly) + 2)
