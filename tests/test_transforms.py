"""Beam wiring: ReadDocuments, expand_input, ConnectedComponents and NearDuplicates on TestPipeline."""
from __future__ import annotations

import gzip
import json
import os

import apache_beam as beam
import pytest
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from apache_beam.metrics.metric import MetricsFilter

from transforms import dedup, io
from transforms.core.counters import NAMESPACE
from transforms.core.histogram import similarity_bucket
from transforms.core.minhash import MinhashConfig, jaccard, shingle_hashes
from transforms.core.parse import ReadConfig
from transforms.core.schema import Article
from transforms.dedup import ConnectedComponents, NearDuplicates
from transforms.io import ReadDocuments, expand_input


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


def test_read_documents(input_dir):
    root = str(input_dir)
    with pipeline() as p:
        read = p | ReadDocuments(expand_input(root), ReadConfig())
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
                    (os.path.join(root, "b.jsonl") + "#3", "malformed_json"),
                    (os.path.join(root, "empty.txt"), "empty"),
                ]
            ),
            label="Rejected",
        )


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


# --- connected components ------------------------------------------------------------------------------------


def test_connected_components_in_beam():
    edges = [
        ("b", "a"), ("c", "a"),  # component {a, b, c}
        ("x", "y"),  # component {x, y}
        ("m5", "m4"), ("m4", "m3"), ("m3", "m2"), ("m2", "m1"), ("m1", "m0"), ("m0", "m6"),  # a chain
    ]
    expected = [("a", "a"), ("b", "a"), ("c", "a"), ("x", "x"), ("y", "x")] + [(f"m{i}", "m0") for i in range(7)]
    with pipeline() as p:
        labels = p | beam.Create(edges) | ConnectedComponents(rounds=4)
        assert_that(labels, equal_to(expected))


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
        out = p | beam.Create([original, edited, unrelated, same_id_a, same_id_b]) | NearDuplicates(MinhashConfig())
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
            out[dedup.REJECTED] | "Rejected" >> beam.Map(lambda r: (r.doc_id, r.source, r.reason)),
            equal_to([("same", "b/second.txt", "duplicate_id")]),
            label="Rejected",
        )
        # Texts pass through untouched.
        assert_that(
            out[dedup.DUPLICATES] | "DupText" >> beam.Map(lambda a: a.text),
            equal_to([edited.text]),
            label="DuplicateText",
        )
    counters = _counters(p)
    assert {k: v for k, v in counters.items() if not k.startswith(("dedup:candidate_pair", "dedup:verified",
                                                                    "dedup:bucket"))} == {
        "dedup:signed": 4,
        "dedup:rejected:duplicate_id": 1,
        "dedup:kept": 3,
        "dedup:duplicate": 1,
        "dedup:cluster_size:1": 2,
        "dedup:cluster_size:2": 1,
        f"dedup:pair_similarity:{similarity_bucket(expected_sim)}": 1,
    }
    assert counters["dedup:verified_pair"] == 1



def test_hot_bucket_still_forms_one_cluster():
    base = "Shares in the company rose sharply in early trading after the results were published on"
    articles = [_article(f"doc{i:03d}", f"feed/{i:03d}.txt", [f"{base} day {i}."]) for i in range(150)]
    cfg = MinhashConfig(max_bucket=100)
    with pipeline() as p:
        out = p | beam.Create(articles) | NearDuplicates(cfg)
        kept = out[dedup.KEPT] | "Kept" >> beam.Map(lambda a: (a.doc_id, a.cluster_id, a.cluster_size))
        dups = out[dedup.DUPLICATES] | "Dups" >> beam.Map(lambda a: (a.cluster_id, a.cluster_size, a.duplicate_of))
        # All texts have the same word count, so the smallest id represents the cluster.
        assert_that(kept, equal_to([("doc000", "doc000", 150)]), label="Kept")
        assert_that(dups, equal_to([("doc000", 150, "doc000")] * 149), label="Duplicates")
        assert_that(out[dedup.REJECTED], equal_to([]), label="Rejected")
    counters = _counters(p)
    assert counters["dedup:hot_bucket"] >= 1
    assert "dedup:cc_unsettled" not in counters
    assert (counters["dedup:kept"], counters["dedup:duplicate"]) == (1, 149)


def test_a_rejected_same_id_article_takes_no_part_in_dedup():
    # "dup" from b/ is the full story and would link to "copy"; but a/ keeps the id "dup", with an unrelated
    # text. The rejected text must not make "copy" a duplicate of the copper story, nor count in a cluster.
    articles = [
        _article("dup", "b/story.txt", STORY),
        _article("dup", "a/metals.txt", UNRELATED),
        _article("copy", "c/copy.txt", EDITED),
    ]
    with pipeline() as p:
        out = p | beam.Create(articles) | NearDuplicates(MinhashConfig())
        assert_that(
            out[dedup.KEPT] | "Kept" >> beam.Map(_summary),
            equal_to([("dup", "a/metals.txt", "dup", 1, None, None), ("copy", "c/copy.txt", "copy", 1, None, None)]),
            label="Kept",
        )
        assert_that(out[dedup.DUPLICATES], equal_to([]), label="Duplicates")
        assert_that(
            out[dedup.REJECTED] | "Rejected" >> beam.Map(lambda r: (r.doc_id, r.source, r.reason)),
            equal_to([("dup", "b/story.txt", "duplicate_id")]),
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
    assert jaccard(shingle_hashes(monday.text, 3), shingle_hashes(tuesday.text, 3)) >= MinhashConfig().threshold
    with pipeline() as p:
        out = p | beam.Create([monday, tuesday, resend]) | NearDuplicates(MinhashConfig())
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
    assert counters["dedup:numbers_disagree"] == 2  # tuesday against monday and against resend
    assert counters["dedup:verified_pair"] == 1
