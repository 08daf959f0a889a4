"""report.html rendering, the bounded output samples it shows, and ``explain``: no pipeline run."""

from __future__ import annotations

import datetime
import json
import os
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from wirewash.pipeline import explain as explain_module
from wirewash.pipeline.cli import main as cli_main
from wirewash.pipeline.explain import (
    MAX_MATCHES, ambiguity, explain, format_explanation, keep_policy, matching_ids, read_step,
)
from wirewash.pipeline.report import warnings
from wirewash.pipeline.report_html import passage_diff, passages, render_report, similarity_chart
from wirewash.pipeline.samples import SampleLimits, Samples, read_samples
from wirewash.transforms.core.article import too_short
from wirewash.transforms.core.clusters import text_digest
from wirewash.transforms.core.histogram import similarity_bucket, similarity_histogram
from wirewash.transforms.core.parse import ReadConfig
from wirewash.transforms.core.schema import ARTICLE_SCHEMA, REJECTED_SCHEMA, Article, Rejected, Removal
from wirewash.pipeline.options import WirewashOptions
from wirewash.pipeline.usage import OneLineParser
from wirewash.transforms.core.wording import count_of
from wirewash.transforms.core.verify import DISAGREEING, REASONS, Verdict
from wirewash.transforms.core.verify import verdict as verdict_module


@pytest.mark.parametrize(
    "sim, bucket",
    [(0.0, "0.00"), (0.049, "0.00"), (0.05, "0.05"), (0.3, "0.30"), (0.37, "0.35"), (1.0, "1.00")],
)
def test_similarity_bucket(sim, bucket):
    assert similarity_bucket(sim) == bucket


def test_similarity_bucket_rejects_out_of_range():
    with pytest.raises(ValueError):
        similarity_bucket(1.2)


def test_similarity_histogram_reads_only_its_counters():
    counters = {"dedup:pair_similarity:0.45": 2, "dedup:pair_similarity:0.05": 7, "dedup:verdict:duplicate": 2}
    assert similarity_histogram(counters) == [(0.05, 7), (0.45, 2)]


def test_passages_split_paragraphs_and_sentences():
    text = 'He said. "She went." Then 3 more! ok\n\nU.S. officials met. New para? Yes.'
    assert passages(text) == [
        "He said.",
        '"She went."',
        "Then 3 more! ok",
        "U.S. officials met.",
        "New para?",
        "Yes.",
    ]


def test_passage_diff_marks_shared_reworded_and_differing():
    a = (
        "Alpha one is here. Beta two is here.\n\nGamma three only in a. "
        "The central election commission said turnout was 54 percent on Monday."
    )
    b = (
        "Alpha one is here. Beta “two” is here.\n\nDelta four only in b. "
        "Turnout was 54 percent, the central election commission said on Monday."
    )
    left, right = passage_diff(a, b)
    assert left == [
        ("same", "Alpha one is here."),
        ("same", "Beta two is here."),
        ("diff", "Gamma three only in a."),
        ("near", "The central election commission said turnout was 54 percent on Monday."),
    ]
    assert right == [
        ("same", "Alpha one is here."),
        ("same", "Beta “two” is here."),
        ("diff", "Delta four only in b."),
        ("near", "Turnout was 54 percent, the central election commission said on Monday."),
    ]


def _report(**over) -> dict:
    report = {
        "inputs": 1234,
        "kept": 1000,
        "duplicates": 200,
        "rejected": 34,
        "accounting": "inputs 1234 = kept 1000 + duplicates 200 + rejected 34",
        "rejected_by_reason": {"too_short": 30, "binary": 4},
        "removals_per_rule": {"bloomberg_credit": 900, "copyright": 12},
        "metadata_per_rule": {"headline": 700},
        "kept_without_title": 0,
        "run": {"id": "20261130T101500Z0a1b2c3d", "started": "2026-11-30T10:15:00+00:00",
                "finished": "2026-11-30T10:17:05+00:00", "duration_s": 125.0},
        "clusters_by_size": {"1": 900, "2": 80, "5": 8},
        "counters": {
            "dedup:candidate_pair": 311,
            "dedup:verdict:duplicate": 210,
            "dedup:pair_similarity:0.10": 101,
            "dedup:pair_similarity:0.45": 210,
        },
        "options": {"input": "in/*", "output": "out", "dedup": {"verify": {"threshold": 0.3}}},
        "versions": {"apache-beam": "2.77.0"},
    }
    report.update(over)
    return report


def _samples(**over) -> Samples:
    rep = {
        "doc_id": "aaaa",
        "title": "Kept <story>",
        "source": "a.txt",
        "text": "Same sentence here. Only kept.",
        "similarity": None,
        "duplicate_of": None,
    }
    dup = {
        "doc_id": "bbbb",
        "title": "Copy",
        "source": "b.txt",
        "text": "Same sentence here. Only copy.",
        "similarity": 0.61,
        "duplicate_of": "aaaa",
    }
    fields = dict(
        removal_examples={"bloomberg_credit": ["(Bloomberg) --"], "copyright": ["x" * 1000], "headline": ["Big <news>"]},
        largest_clusters=[{"doc_id": "cccc", "title": "Big", "cluster_size": 5}],
        duplicate_pairs=[{"duplicate": dup, "representative": rep}],
        rejected=[
            {"doc_id": "dddd", "source": "bad.pdf", "reason": "binary", "detail": "<script>alert(1)</script>"}
        ],
        complete=True,
    )
    fields.update(over)
    return Samples(**fields)


def test_render_report_shows_figures_examples_and_pairs():
    page = render_report(_report(), _samples())
    assert page.startswith("<!DOCTYPE html>")
    assert '<div class="total" id="total-inputs"><b>1,234</b>inputs</div>' in page
    assert "inputs 1234 = kept 1000 + duplicates 200 + rejected 34" in page
    assert "(Bloomberg) --" in page and "x" * 240 not in page and "x" * 239 + "\u2026" in page  # clipped
    assert "Kept &lt;story&gt;" in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # escaped
    assert "<script>alert" not in page
    assert '<p class="same">Same sentence here.</p>' in page and '<span class="near">reworded</span>' in page
    assert '<p class="diff">Only kept.</p>' in page and '<p class="diff">Only copy.</p>' in page
    assert ">cccc<" in page and "partial-scan" not in page
    assert "0 byte-identical copies" in page
    counters = {**_report()["counters"], "dedup:identical_copy": 1500, "dedup:identical_text_other_date": 7}
    identical = render_report(_report(counters=counters), _samples())
    assert "1,500 byte-identical copies" in identical and "7 times a text came back word for word" in identical
    # Self-contained: no external fetches at view time.
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)


def test_report_says_one_of_a_thing_in_the_singular_and_names_no_setting_as_a_flag():
    """A newcomer's report read "1 candidate pairs" and "more than max_days_apart working days", a name no
    flag has."""
    one = {"dedup:candidate_pair": 1, "dedup:verdict:duplicate": 1, "dedup:identical_copy": 1,
           "dedup:identical_text_other_date": 1}
    page = render_report(_report(counters=one, kept_without_title=1, same_file_paths=1), _samples())
    assert "1 candidate pair from LSH, 1 verified as a copy (" in page
    assert "1 byte-identical copy (same text" in page and "1 time a text came back" in page
    assert "1 kept article without a title" in page and "1 path to a file already read" in page
    assert "(more than 1 working day, a fixed limit no flag sets)" in page
    # Named only where the options dump shows it, and there said to be no flag.
    assert page.count("max_days_apart") == 1 and "sets (max_days_apart, a limit of verification) is fixed" in page
    none = render_report(_report(counters={}), _samples())
    assert "0 candidate pairs from LSH, 0 verified as copies (" in none and "0 times a text came back" in none


def test_report_tiles_and_removal_totals_take_the_number_of_their_figure():
    """A newcomer's report read "1 duplicates" under a tile; the removal tables gave no total to match the
    terminal's boilerplate_removed and metadata_taken."""
    page = render_report(_report(inputs=1, kept=0, duplicates=1, rejected=0,
                                 removals_per_rule={"copyright": 1}, metadata_per_rule={}), _samples())
    assert '<b>1</b>input</div>' in page and '<b>1</b>duplicate</div>' in page and '<b>0</b>kept</div>' in page
    assert "1 piece of text dropped\n(the terminal's boilerplate_removed)" in page
    assert "0 pieces of text\n(the terminal's metadata_taken)" in page
    many = render_report(_report(), _samples())
    assert '<b>200</b>duplicates</div>' in many and '<b>1,000</b>kept</div>' in many
    assert "912 pieces of text dropped" in many and "700 pieces of text\n(the terminal's metadata_taken)" in many


def test_warnings_and_rejection_details_take_the_number_of_their_count():
    """Wording for a run of one: "1 of 1 inputs were rejected", "1 words after cleaning"."""
    said = warnings({"read:document": 1, "dedup:rejected:duplicate_id": 1, "read:field:published_unparsed": 1},
                    ReadConfig())
    assert said[0].startswith("1 of 1 input was rejected as duplicate_id: their 'id' field repeats")
    assert said[1].startswith("1 of 1 document gives a date that could not be read")
    many = warnings({"read:document": 3, "dedup:rejected:duplicate_id": 2, "read:field:published_unparsed": 2},
                    ReadConfig())
    assert many[0].startswith("2 of 3 inputs were rejected") and many[1].startswith("2 of 3 documents give a")
    assert too_short("d", "s", "Word", 25, "too_short", "cleaning").detail == (
        "1 word after cleaning, fewer than min_words=25")
    assert "a record's text field; 1 record text of this run was HTML" in read_step("f.jsonl#1", 1)
    assert "3 record texts of this run were HTML" in read_step("f.jsonl#1", 3)


def test_count_of_says_a_noun_in_the_number_it_takes():
    assert [count_of(n, "candidate pair") for n in (0, 1, 2, 1204)] == [
        "0 candidate pairs", "1 candidate pair", "2 candidate pairs", "1,204 candidate pairs"]
    assert count_of(1, "copy", "copies") == "1 copy" and count_of(3, "copy", "copies") == "3 copies"


def test_report_shows_the_run_metadata_apart_nearest_pairs_and_untitled():
    nearest = [{"doc_id": "bbbb", "title": "Copy", "similarity": 0.31, "duplicate_of": "aaaa",
                "representative_title": "Kept"}]
    page = render_report(
        _report(clusters_by_size={"1": 900, "2": 80, "5": 8}),
        _samples(nearest_pairs=nearest, untitled=[{"doc_id": "eeee", "source": "feed.jsonl#3"}]),
    )
    assert "run 20261130T101500Z0a1b2c3d, started 2026-11-30 10:15:00 UTC, took 2 min 05 s" in page
    boilerplate, metadata = page.split("<h2>Boilerplate removed, per rule</h2>")[1].split("<h2>Metadata taken")
    assert "bloomberg_credit" in boilerplate and "headline" not in boilerplate
    assert "headline" in metadata.split("<h2>")[0] and "Big &lt;news&gt;" in metadata
    assert 'id="nearest-pairs">Pairs nearest the threshold 0.3<' in page
    assert "91% of clusters are pairs" in page and "<td class=\"n\">0.310</td>" in page
    assert 'id="untitled"' not in page  # no kept article lacks a title
    flagged = render_report(_report(kept_without_title=3), _samples(untitled=[{"doc_id": "eeee", "source": "f#3"}]))
    assert '<b>3 kept articles without a title</b>' in flagged and "eeee (f#3)" in flagged


def test_build_report_splits_metadata_from_boilerplate():
    from types import SimpleNamespace

    from wirewash.pipeline.report import build_report
    from wirewash.transforms.core.cleaning import CleanConfig
    from wirewash.transforms.core.furniture import FurnitureConfig
    from wirewash.transforms.core.minhash import MinhashConfig
    from wirewash.transforms.core.parse import ReadConfig

    configs = SimpleNamespace(input="i", output="o", read=ReadConfig(), clean=CleanConfig(),
                              dedup=MinhashConfig(), furniture=FurnitureConfig(), index="idx")
    counters = {"clean:removed:headline": 4, "clean:removed:copyright": 2, "furniture:removed:site": 1,
                "write:articles": 5, "write:untitled:articles": 2, "read:document": 5}
    report = build_report(counters, configs, "FnApiRunner", "r1", 1_700_000_000.0, 1_700_000_012.34)
    assert report["removals_per_rule"] == {"copyright": 2, "site": 1}
    assert report["metadata_per_rule"] == {"headline": 4}
    assert report["kept_without_title"] == 2
    assert report["run"] == {"id": "r1", "started": "2023-11-14T22:13:20+00:00",
                             "finished": "2023-11-14T22:13:32+00:00", "duration_s": 12.3}
    # Absolute, so a later run started elsewhere finds the index that lists this run (index.check_republish).
    assert report["options"]["index"] == os.path.abspath("idx")



def test_a_report_json_as_written_is_known_as_wirewashs_own(tmp_path):
    """A copy of an output that lost its links is told apart by its report.json (readers/listing/outputs.py)."""
    from types import SimpleNamespace

    from wirewash.pipeline.report import build_report
    from wirewash.transforms.core.cleaning import CleanConfig
    from wirewash.transforms.core.furniture import FurnitureConfig
    from wirewash.transforms.core.minhash import MinhashConfig
    from wirewash.transforms.core.parse import ReadConfig
    from wirewash.transforms.core.readers.listing import wirewash_report

    configs = SimpleNamespace(input="i", output="o", read=ReadConfig(), clean=CleanConfig(),
                              dedup=MinhashConfig(), furniture=FurnitureConfig(), index=None)
    path = tmp_path / "report.json"
    path.write_text(json.dumps(build_report({"read:document": 1, "write:articles": 1}, configs, "FnApiRunner"),
                               default=str))
    assert wirewash_report(str(path))["generator"] == "wirewash"
    path.write_text(json.dumps({"accounting": "inputs 1", "rows": [1]}))  # someone's report, no counters
    assert wirewash_report(str(path)) is None


def test_long_duplicate_texts_are_clipped():
    long_text = " ".join(f"Sentence {i} stands alone." for i in range(200))
    pair = _samples().duplicate_pairs[0]
    pair = {"duplicate": {**pair["duplicate"], "text": long_text}, "representative": pair["representative"]}
    page = render_report(_report(), _samples(duplicate_pairs=[pair]))
    assert "Sentence 79 stands alone." in page and "Sentence 80 stands alone." not in page
    assert "120 more sentences" in page


def test_render_report_flags_bad_accounting_and_partial_scan():
    page = render_report(_report(kept=999), _samples(complete=False, duplicate_pairs=[], rejected=[]))
    assert 'class="accounting bad"' in page
    assert 'id="partial-scan"' in page
    assert "no duplicates in this run" in page and "nothing rejected" in page


def test_similarity_chart_has_every_bucket_and_the_threshold():
    svg = similarity_chart(_report()["counters"], 0.3)
    assert svg.count("<rect") == 21  # 0.00 .. 1.00
    assert "<title>0.10: 101</title>" in svg and "<title>0.45: 210</title>" in svg
    assert "threshold 0.3" in svg
    # The marker sits at the left edge of the 0.30 bucket's slot (slot 6 of 21 over 660 px from x=30).
    assert 'x1="218.6"' in svg
    assert similarity_chart({}, 0.3) == '<p class="muted">no candidate pairs</p>'


def _write(path, rows, schema):
    """One Parquet file of a table: ``path`` is OUTPUT/<table>/<file>."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist([r.to_row() for r in rows], schema=schema), path)


def _art(doc_id: str, size: int, rep: str | None = None, removed=()) -> Article:
    return Article(
        doc_id, f"{doc_id}.txt", f"text of {doc_id}", title=f"t{doc_id}", removed=removed
    ).with_cluster(rep or doc_id, size, None if rep is None else 0.5)


def test_read_samples_is_bounded_and_independent_of_file_order(tmp_path):
    removed = (Removal("copyright", "(c) A"), Removal("copyright", "(c) B"), Removal("copyright", "(c) C"))
    first = [_art("a1", 3, removed=removed), _art("a2", 2), _art("a3", 1, removed=(Removal("byline", "X3"),))]
    second = [
        _art("a4", 3, removed=(Removal("byline", "X4"),)),
        _art("a5", 5),
        _art("a6", 2, removed=(Removal("byline", "X6"), Removal("copyright", "(c) Z"))),
    ]
    for order, out in (((first, second), tmp_path / "x"), ((second, first), tmp_path / "y")):
        out.mkdir()
        for i, rows in enumerate(order):
            _write(out / "articles" / f"part-0000{i}-of-00002.parquet", rows, ARTICLE_SCHEMA)
        _write(out / "duplicates" / "part-00000-of-00001.parquet", [_art("d1", 5, rep="a5")], ARTICLE_SCHEMA)
        _write(
            out / "rejected" / "part-00000-of-00001.parquet",
            [Rejected(f"r{i}", "s", "binary") for i in reversed(range(5))],
            REJECTED_SCHEMA,
        )
    limits = SampleLimits(examples_per_rule=2, largest_clusters=3, rejected=2, duplicate_pairs=4)
    x, y = read_samples(str(tmp_path / "x"), limits, 0.45), read_samples(str(tmp_path / "y"), limits, 0.45)
    assert [c["doc_id"] for c in x.largest_clusters] == ["a5", "a1", "a4"]  # size, then smallest id
    assert x == y
    assert x.removal_examples == {"byline": ["X3", "X4"], "copyright": ["(c) A", "(c) B"]}
    assert [r["doc_id"] for r in x.rejected] == ["r0", "r1"]
    (pair,) = x.duplicate_pairs
    assert pair["duplicate"]["doc_id"] == "d1" and pair["representative"]["doc_id"] == "a5"
    assert x.nearest_pairs == [
        {"doc_id": "d1", "title": "td1", "similarity": 0.5, "duplicate_of": "a5", "representative_title": "ta5"}
    ]
    assert x.untitled == []
    assert x.complete


def test_read_samples_stops_at_the_scan_budget(tmp_path):
    _write(
        tmp_path / "articles" / "part-00000-of-00001.parquet", [_art(f"a{i}", 2) for i in range(50)], ARTICLE_SCHEMA
    )
    samples = read_samples(str(tmp_path), SampleLimits(max_scan_rows=10))
    assert not samples.complete
    assert samples.duplicate_pairs == [] and samples.rejected == []


def test_sample_limits_validate():
    with pytest.raises(ValueError):
        SampleLimits(rejected=-1)


@pytest.fixture
def run_output(tmp_path):
    removed = (Removal("copyright", "(c) A"), Removal("headline", "Big news"))
    _write(
        tmp_path / "articles" / "part-00000-of-00001.parquet",
        [_art("a1", 3, removed=removed), _art("a2", 1)],
        ARTICLE_SCHEMA,
    )
    _write(
        tmp_path / "duplicates" / "part-00000-of-00001.parquet",
        [_art("d1", 3, rep="a1"), _art("d2", 3, rep="a1")],
        ARTICLE_SCHEMA,
    )
    _write(
        tmp_path / "rejected" / "part-00000-of-00001.parquet",
        [Rejected("r1", "bad.pdf", "binary", "starts with %PDF")],
        REJECTED_SCHEMA,
    )
    return str(tmp_path)


def test_explain_a_representative(run_output):
    info = explain("a1", run_output)
    assert [r["doc_id"] for r in info["kept"]] == ["a1"] and not info["duplicates"] and not info["rejected"]
    assert sorted(m["doc_id"] for m in info["cluster_duplicates"]) == ["d1", "d2"]
    text = format_explanation(info)
    assert text.startswith("a1: KEPT in articles (a1.txt)")
    assert "why kept: it is the representative of its cluster of 3 articles: the 2 others passed verification " \
           "against it as copies and are in duplicates" in text and "copyright: (c) A" in text
    taken, dropped = text.split("  boilerplate removed (each line: rule: removed text):")
    assert "metadata taken from the text (each line: rule: removed text):\n    headline: Big news" in taken and "headline" not in dropped
    assert "d2 similarity 0.5 (d2.txt)" in text


def test_explain_a_duplicate(run_output):
    text = format_explanation(explain("d1", run_output))
    assert text.startswith("d1: DROPPED as a near-duplicate (d1.txt)")
    assert "kept instead: a1 (a1.txt)" in text and "similarity to the kept article: 0.5" in text
    # The verification evidence, recomputed from the two texts: "text of d1" against "text of a1".
    assert "coverage: 0.00 of the shorter text's shingles" in text
    assert "distinctive words that disagree: title:ta1" in text or "distinctive words that disagree: title:td1" in text
    assert "d2 similarity" in text and "d1 similarity" not in text
    assert "boilerplate removed: nothing" in text
    assert "direction: none (both need a time of publication and one known publisher" in text


def test_explain_a_duplicate_says_what_the_publication_times_showed(tmp_path):
    # One publisher's story at 09:00 and its trimmed re-send at 12:00: the later text gained nothing.
    story = " ".join(f"Paragraph {i} tells the story of the harbour strike in words of its own, part {i}." for i in range(8))
    trimmed = story.rsplit(" Paragraph", 2)[0]
    utc = datetime.timezone.utc

    def sent(doc_id, text, hour, rep=None):
        return Article(doc_id, f"{doc_id}.txt", text, publisher="Reuters", published=datetime.date(2024, 3, 4),
                       published_at=datetime.datetime(2024, 3, 4, hour, tzinfo=utc)).with_cluster(rep or doc_id, 2, 0.8)

    _write(tmp_path / "articles" / "part-00000-of-00001.parquet", [sent("a1", story, 9)], ARTICLE_SCHEMA)
    _write(tmp_path / "duplicates" / "part-00000-of-00001.parquet", [sent("d1", trimmed, 12, "a1")], ARTICLE_SCHEMA)
    text = format_explanation(explain("d1", str(tmp_path)))
    assert "direction: one publisher, the later text has 0% of its shingles in passages the earlier lacks" in text


def _cluster(tmp_path, rep: Article, dups: list[Article], keep: str | None) -> str:
    """An output of one cluster; its report.json names ``keep`` (None: no report.json)."""
    _write(tmp_path / "articles" / "part-00000-of-00001.parquet", [rep.with_cluster(rep.doc_id, 1 + len(dups), None)],
           ARTICLE_SCHEMA)
    _write(tmp_path / "duplicates" / "part-00000-of-00001.parquet",
           [d.with_cluster(rep.doc_id, 1 + len(dups), 0.9) for d in dups], ARTICLE_SCHEMA)
    if keep is not None:
        (tmp_path / "report.json").write_text(json.dumps({"options": {"dedup": {"cluster": {"keep": keep}}}}))
    return str(tmp_path)


def test_explain_says_the_representative_has_the_most_words(tmp_path):
    story = "The harbour strike ended on Monday after talks that lasted through the night, the union said."
    out = _cluster(tmp_path, Article("a1", "a1.txt", story + " Ships sailed."), [Article("d1", "d1.txt", story)],
                   "longest")
    for doc_id in ("a1", "d1"):
        text = format_explanation(explain(doc_id, out))
        assert ("  why a1 represents the cluster: --keep longest ranks the most words of cleaned text first; ties: "
                "more of title, byline, publisher, published given, the smaller digest of the text, then the "
                "smaller doc_id") in text
        assert f"    a1: 18 words, digest {text_digest(story + ' Ships sailed.')} (representative)\n    d1: 16 words" in text
        assert "    decided by 18 words against 16 words (d1, ranked next)" in text


def test_explain_says_a_tie_in_words_went_to_the_smaller_digest_then_the_doc_id(tmp_path):
    one, other = sorted(["Strike ends at the harbour.", "Strike ends in the harbour."], key=text_digest)
    out = _cluster(tmp_path / "a", Article("a1", "a1.txt", one), [Article("d1", "d1.txt", other)], "longest")
    assert (f"decided by a tie at 5 words with d1, broken by the smaller digest ({text_digest(one)} < "
            f"{text_digest(other)})") in format_explanation(explain("d1", out))
    out = _cluster(tmp_path / "b", Article("a1", "a1.txt", one), [Article("d1", "d1.txt", one)], "longest")
    assert "decided by the same text as d1 (one digest), broken by the smaller doc_id" in format_explanation(
        explain("a1", out))


def test_explain_says_a_tie_in_words_went_to_the_copy_that_says_most_of_itself(tmp_path):
    """fresh12 F5: the bare copy of a page represented its cluster; its title, byline and publisher were only
    in duplicates."""
    one, other = sorted(["Strike ends at the harbour.", "Strike ends in the harbour."], key=text_digest)
    described = Article("a1", "a1.html", other, title="Strike ends", byline="Ann Lee", publisher="The Post")
    out = _cluster(tmp_path, described, [Article("d1", "d1.txt", one)], "longest")
    assert ("decided by a tie at 5 words with d1, broken by what it says of itself: 3 of title, byline, publisher, "
            "published given against 0") in format_explanation(explain("d1", out))


def test_explain_reads_the_runs_keep_policy_and_shows_the_moments(tmp_path):
    utc = datetime.timezone.utc
    day = datetime.date(2024, 3, 4)
    story = "The harbour strike ended on Monday after talks that lasted through the night, the union said."
    rep = Article("a1", "a1.txt", story, published=day, published_at=datetime.datetime(2024, 3, 4, 9, tzinfo=utc))
    dups = [Article("d1", "d1.txt", story + " More.", published=day,
                    published_at=datetime.datetime(2024, 3, 4, 12, 30, tzinfo=utc)),
            Article("d2", "d2.txt", story + " Again.")]
    out = _cluster(tmp_path, rep, dups, "earliest")
    assert keep_policy(out) == "earliest"
    text = format_explanation(explain("d2", out))
    assert "--keep earliest ranks the earliest moment of publication first" in text
    assert "    d2: no date, digest" in text  # undated: last
    assert ("decided by published 2024-03-04 09:00:00 UTC against published 2024-03-04 12:30:00 UTC (d1, ranked "
            "next)") in text
    # Figures that contradict the policy the report names are said to, not explained away.
    (tmp_path / "report.json").write_text(json.dumps({"options": {"dedup": {"cluster": {"keep": "longest"}}}}))
    # d1 and d2 tie in words; d1 gives its date, so it ranks first.
    assert "by these figures d1 would rank first: this output was not made with --keep longest" in (
        format_explanation(explain("a1", out)))


def test_explain_without_a_report_or_with_an_indexed_representative(tmp_path):
    story = "The harbour strike ended on Monday after talks that lasted through the night, the union said."
    out = _cluster(tmp_path, Article("a1", "a1.txt", story + " More."), [Article("d1", "d1.txt", story)], None)
    assert keep_policy(out) is None
    assert "--keep longest (report.json not readable: the default assumed)" in format_explanation(explain("d1", out))
    indexed = tmp_path / "indexed"
    _write(indexed / "duplicates" / "part-00000-of-00001.parquet",
           [Article("d1", "d1.txt", story).with_cluster("old1", 2, 0.9)], ARTICLE_SCHEMA)
    assert "old1 is not in this run's articles: an article of the --index" in format_explanation(
        explain("d1", str(indexed)))


def test_explain_a_singleton_a_rejection_and_a_stranger(run_output):
    assert "why kept: no candidate pair joined it to a cluster's representative" in format_explanation(
        explain("a2", run_output))
    assert (
        format_explanation(explain("r1", run_output)) == "r1: REJECTED (bad.pdf): binary - starts with %PDF"
    )
    assert "not found" in format_explanation(explain("zz", run_output))


def test_explain_command_exit_codes(run_output, capsys):
    assert cli_main(["explain", "d1", "--output", run_output]) == 0
    assert "DROPPED" in capsys.readouterr().out
    assert cli_main(["explain", "zz", "--output", run_output]) == 1


def test_explain_command_takes_a_unique_prefix_in_any_case(tmp_path, capsys):
    ids = ["e0dc99d798cb6e7f", "e0dc99aa00000001", "0f9aa917a185dfb9"]
    _write(tmp_path / "articles" / "part-00000-of-00001.parquet", [_art(i, 1) for i in ids[1:]],
           ARTICLE_SCHEMA)
    _write(tmp_path / "rejected" / "part-00000-of-00001.parquet",
           [Rejected(ids[0], "bad.pdf", "binary", "starts with %PDF")], REJECTED_SCHEMA)
    out = str(tmp_path)
    for given in ("0F9AA917A185DFB9", "0f9aa9", "0F9Aa917"):
        assert cli_main(["explain", given, "--output", out]) == 0
        assert capsys.readouterr().out.startswith("0f9aa917a185dfb9: KEPT in articles (0f9aa917a185dfb9.txt)")
    assert cli_main(["explain", "E0DC99D7", "--output", out]) == 0
    assert capsys.readouterr().out == "e0dc99d798cb6e7f: REJECTED (bad.pdf): binary - starts with %PDF\n"
    # A prefix of two ids, across tables, lists both and explains neither.
    assert cli_main(["explain", "e0dc99", "--output", out]) == 2
    said = capsys.readouterr()
    assert said.out == "" and said.err == (
        "wirewash explain: e0dc99 is the start of 2 doc_ids; give more of its digits:\n"
        "  e0dc99aa00000001 in articles (e0dc99aa00000001.txt)\n"
        "  e0dc99d798cb6e7f in rejected (bad.pdf)\n")


def test_explain_command_says_what_a_doc_id_is_when_nothing_matches(tmp_path, capsys):
    _write(tmp_path / "articles" / "part-00000-of-00001.parquet", [_art("0f9aa917a185dfb9", 1)],
           ARTICLE_SCHEMA)
    hint = (" (a doc_id is 16 hex digits as in the output tables; its first 6 or more are enough; or an input's "
            "source as the tables name it, path#N for a record)")
    # Too short to be a prefix, a source name no row has: the hint; an unknown prefix of hex digits: none.
    for given, said in (("0f9aa", hint), ("other.txt", hint), ("0f9aa8", "")):
        assert cli_main(["explain", given, "--output", str(tmp_path)]) == 1
        assert capsys.readouterr().out == f"{given}: not found in articles, duplicates or rejected{said}\n"


def test_explain_command_takes_an_inputs_source_as_the_tables_name_it(tmp_path, capsys):
    # A user knows an input by its path, record N of a file by path#N. Before: "not found", exit 1.
    _write(tmp_path / "articles" / "part-00000-of-00001.parquet", [_art("0f9aa917a185dfb9", 1)],
           ARTICLE_SCHEMA)
    _write(tmp_path / "rejected" / "part-00000-of-00001.parquet",
           [Rejected("e0dc99d798cb6e7f", "in/feed.jsonl#2", "duplicate_id", "doc_id 1 (id 'x') is also ...")],
           REJECTED_SCHEMA)
    assert cli_main(["explain", "in/feed.jsonl#2", "--output", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("e0dc99d798cb6e7f: REJECTED (in/feed.jsonl#2): duplicate_id")
    assert cli_main(["explain", "0f9aa917a185dfb9.txt", "--output", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("0f9aa917a185dfb9: KEPT in articles (0f9aa917a185dfb9.txt)")
    # The file of that record is no input of its own: not found, with the hint.
    assert cli_main(["explain", "in/feed.jsonl", "--output", str(tmp_path)]) == 1
    assert "path#N for a record" in capsys.readouterr().out


def test_matching_ids_prefers_an_exact_id_and_bounds_what_it_reads(tmp_path):
    many = [_art(f"abcdef{i:010x}", 1) for i in range(30)]
    _write(tmp_path / "articles" / "part-00000-of-00001.parquet", [_art("abcdef", 1), *many], ARTICLE_SCHEMA)
    assert [m["doc_id"] for m in matching_ids("ABCDEF", str(tmp_path))] == ["abcdef"]
    matches = matching_ids("abcdef0", str(tmp_path))
    assert len(matches) == MAX_MATCHES + 1
    said = ambiguity("abcdef0", matches)
    assert said.startswith(f"abcdef0 is the start of more than {MAX_MATCHES} doc_ids")
    assert said.count("\n  abcdef0") == MAX_MATCHES


def test_read_samples_lists_kept_articles_without_a_title(tmp_path):
    untitled = [Article(i, f"{i}.txt", f"text of {i}").with_cluster(i, 1, None) for i in ("u2", "u1")]
    _write(tmp_path / "articles" / "part-00000-of-00001.parquet", [_art("a1", 1), *untitled], ARTICLE_SCHEMA)
    samples = read_samples(str(tmp_path), SampleLimits(untitled=5))
    assert samples.untitled == [{"doc_id": "u1", "source": "u1.txt"}, {"doc_id": "u2", "source": "u2.txt"}]
    assert samples.nearest_pairs == []  # no threshold given, no duplicates


def test_every_verdict_reason_verify_can_give_has_its_words_and_no_other():
    """REASONS is where explain's words come from: a reason verify returns without an entry cannot exist."""
    source = open(verdict_module.__file__).read()
    given = set(re.findall(r'(?:return|reason =|Verdict\() ?"([a-z_]+)"', source)) | {verdict_module.DUPLICATE}
    assert given == set(REASONS), "verify returns a reason REASONS lacks, or REASONS has one verify never gives"
    with pytest.raises(ValueError, match="no entry in REASONS"):
        Verdict("bogus", 0.5, 0.5)


@pytest.mark.parametrize("reason", sorted(set(REASONS) - {"duplicate"}))
def test_explain_says_each_refusal_reason_in_the_verdicts_own_words(run_output, reason):
    (Path(run_output) / "report.json").write_text(
        json.dumps({"counters": {f"dedup:rejected_by:{reason}": 2, "dedup:verdict:distinct": 2}})
    )
    text = format_explanation(explain("a2", run_output))
    assert f"    {reason} (2): {REASONS[reason]}" in text
    assert "reached the similarity threshold" not in text


def test_explain_a_singleton_of_a_run_that_refused_no_pair(run_output):
    """It said "verification refused no candidate pair in this run, so no other article shared enough LSH
    buckets with it to be compared": why it was kept, with the run's figures, in the field's terms."""
    (Path(run_output) / "report.json").write_text(json.dumps({"counters": {
        "dedup:candidate_pair": 2, "dedup:verdict:duplicate": 2}}))
    said = format_explanation(explain("a2", run_output)).splitlines()
    assert said[2:5] == [
        "  why kept: no candidate pair joined it to a cluster's representative, so it is the representative of a "
        "cluster of its own (cluster_size 1)",
        "  2 candidate pairs in this run (two articles whose MinHash signatures agree on all 3 rows of one of the "
        "42 bands), 2 passed verification as copies, 0 refused: so it was in no candidate pair (or only in one "
        "with an article that is a duplicate of another representative: a cluster does not chain)",
        "  the chance that an article this alike shares a band with it: 68.3% at Jaccard 0.3 (--threshold), "
        "99.6% at Jaccard 0.5",
    ]
    # The run's own banding and threshold, from its report.json.
    (Path(run_output) / "report.json").write_text(json.dumps({
        "counters": {"dedup:candidate_pair": 1, "dedup:verdict:duplicate": 1},
        "options": {"dedup": {"minhash": {"bands": 20, "rows": 5}, "verify": {"threshold": 0.5},
                              "cluster": {"keep": "longest"}}}}))
    said = format_explanation(explain("a2", run_output))
    assert "1 candidate pair in this run (two articles whose MinHash signatures agree on all 5 rows of one of the " \
           "20 bands), 1 passed verification as a copy, 0 refused" in said
    assert "47.0% at Jaccard 0.5 (--threshold)\n" in said


def test_explain_an_article_kept_apart_by_the_title_rule(tmp_path):
    """One body under two headlines: Jaccard 1.0, refused by the title rule. explain said "no candidate pair
    reached the similarity threshold"."""
    body = next(p for p in sorted((Path(__file__).parent.parent / "seeds").iterdir())).read_text()
    (tmp_path / "in").mkdir()
    with open(tmp_path / "in" / "x.jsonl", "w") as f:
        for i, title in (("a", "Oil prices rise as OPEC cuts output"), ("b", "Gold falls after Fed signals hikes")):
            f.write(json.dumps({"id": i, "title": title, "text": body}) + "\n")
    out = str(tmp_path / "out")
    assert cli_main(["--input", str(tmp_path / "in"), "--output", out]) == 0
    (doc_id, _) = pq.read_table(tmp_path / "out" / "articles").column("doc_id").to_pylist()
    text = format_explanation(explain(doc_id, out))
    assert f"    title (1): {REASONS['title']}" in text
    assert "reached the similarity threshold" not in text


def _run_two(tmp_path, records: list[dict]) -> str:
    """Run wirewash over ``records`` (one JSON Lines file); the explanation of the first record."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    out = str(tmp_path / "out")
    assert cli_main(["--input", str(tmp_path / "in"), "--output", out]) == 0
    (doc_id,) = pq.read_table(out + "/articles", filters=[("input_id", "=", "a")]).column("doc_id").to_pylist()
    return format_explanation(explain(doc_id, out))


def test_explain_names_the_weekday_reading_not_the_names_flag(tmp_path):
    """One body with another weekday ("Sunday" -> "Tuesday"): refused as tokens for the weekday read apart.
    explain said only "beyond --max_disagreeing / --max_disagreeing_figures", and the run counted the
    reading as a name (dedup:disagreeing:name): the flag for names, which cannot let such a pair through."""
    body = (Path(__file__).parent.parent / "seeds" / "003_e87492d5eec9c190.txt").read_text()
    assert body.count("Sunday") == 2
    text = _run_two(tmp_path, [{"id": "a", "text": body, "date": "2024-03-01"},
                                {"id": "b", "text": body.replace("Sunday", "Tuesday"), "date": "2024-03-01"}])
    assert "1 candidate pair in this run (" in text and "0 passed verification as copies, 1 refused; which were " \
           "its own is not recorded per article; the refused, by reason:" in text
    assert f"    tokens (1): {REASONS['tokens']}" in text
    assert f"        reading (1): {DISAGREEING['reading']}" in text
    assert f"        date (1): {DISAGREEING['date']}" in text
    assert "        name (" not in text
    assert "no flag allows it" in DISAGREEING["reading"] and "--max_disagreeing_figures" in DISAGREEING["date"]


def test_explain_names_days_apart_as_a_fixed_limit(tmp_path):
    """One body dated 13 working days apart: refused as published. explain named max_days_apart, which looks
    like a flag and is none."""
    body = (Path(__file__).parent.parent / "seeds" / "002_e2c9c377d638a77f.txt").read_text()
    text = _run_two(tmp_path, [{"id": "a", "text": body, "date": "2024-03-01"},
                                {"id": "b", "text": body, "date": "2024-03-20"}])
    assert ("    published (1): not a copy: publication dates more than 1 working day apart (Monday to Friday; "
            "a fixed limit, no flag sets it)") in text
    assert "max_days_apart" not in text


@pytest.mark.parametrize("words", [*REASONS.values(), *DISAGREEING.values()])
def test_what_explain_says_of_a_verdict_names_only_flags_that_exist(words):
    """Each --flag a reason names is one wirewash --help lists, and no setting is named as a flag is without
    its dashes (max_days_apart, max_disagreeing_title: no flag sets them)."""
    parser = OneLineParser(add_help=False)
    WirewashOptions._add_argparse_args(parser)
    flags = {s for a in parser._actions for s in a.option_strings}
    assert set(re.findall(r"--[a-z_]+", words)) <= flags
    assert not re.findall(r"(?<!--)\b[a-z]+_[a-z_]+", words)


def test_explain_says_an_article_was_extracted_from_html(tmp_path):
    """An article read from a page said nothing of trafilatura: its text looked like the file's own."""
    story = "The harbour strike ended on Monday after talks that lasted through the night, the union said."
    out = _cluster(tmp_path, Article("a1", "in/page.html", story + " More."),
                   [Article("d1", "crawl.warc.gz#3", story), Article("d2", "feed.jsonl#2", story)], "longest")
    page = format_explanation(explain("a1", out))
    assert page.startswith("a1: KEPT in articles (in/page.html)\n  read: an HTML page (by its name): main text "
                           "extracted by trafilatura")
    assert "What extraction left out is not recorded per article" in page
    assert "\n  read: the HTML of a WARC response: main text extracted" in format_explanation(explain("d1", out))
    # A record's text: HTML only when the run says some were, plain text says nothing of reading.
    assert "  read:" not in format_explanation(explain("d2", out))
    (tmp_path / "report.json").write_text(json.dumps({"counters": {"read:field:html_in_text": 4}}))
    assert ("\n  read: a record's text field; 4 record texts of this run were HTML and had their main text "
            "extracted as a page's") in format_explanation(explain("d2", out))
    # A file a stream read again after it was replaced: its name still says its format.
    assert read_step("in/page.html#v2", None).startswith("an HTML page (by its name)")
    assert read_step("feed.jsonl#v2#2", 4).startswith("a record's text field")
    assert "  read:" not in format_explanation(explain("a2", _cluster(
        tmp_path / "t", Article("a2", "a2.txt", story), [], None)))


def test_explain_reads_a_stream_on_a_runners_window_files_without_cluster_sizes(tmp_path, capsys):
    """fresh13 F5/F11: a stream on a runner writes per-window files (``part-[start, end)-SSSSS-of-NNNNN``)
    whose rows have no cluster_size: explain of its kept article failed (None > 1), and of its duplicate
    said the representative was "not in this run's articles: an article of the --index" and gave --keep's
    reason, which a stream does not apply."""
    window = "part-[1796284090.0, 1796284092.0)-00000-of-00001.parquet"
    _write(tmp_path / "articles" / window, [_art("a1", 0).with_cluster("a1", None, None)], ARTICLE_SCHEMA)
    _write(tmp_path / "duplicates" / window, [_art("d1", 0).with_cluster("a1", None, 0.8)], ARTICLE_SCHEMA)
    assert cli_main(["explain", "d1", "--output", str(tmp_path)]) == 0
    said = capsys.readouterr().out
    assert "cluster a1 (a stream counts no cluster sizes); kept instead: a1 (a1.txt)" in said
    assert "why a1 represents the cluster: a stream keeps the first of a story to arrive" in said
    assert "--index" not in said
    assert cli_main(["explain", "a1", "--output", str(tmp_path)]) == 0
    assert ("why kept: it is the representative of its cluster (a stream counts no cluster sizes): a stream keeps"
            in capsys.readouterr().out)


def test_explain_reads_a_local_streams_batches_and_runs_as_a_module(tmp_path, capsys):
    """fresh13 F5/F11: a local stream's output is its batch-*/ folders: explain said it "holds no wirewash
    output", and ``python -m pipeline.explain`` printed nothing (the module had no entry point)."""
    import runpy
    import shutil
    import sys

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for seed in ("002_*", "003_*"):
        shutil.copy(next(seeds.glob(seed)), src)
    assert cli_main(["--streaming", "--input", str(src), "--output", str(out), "--poll_seconds", "0.5",
                     "--stream_for", "1"]) == 0
    (batch,) = out.glob("batch-*")
    (dup,) = pq.read_table(batch / "duplicates").to_pylist()
    capsys.readouterr()
    argv = sys.argv
    sys.argv = ["explain", dup["doc_id"][:8], "--output", str(out)]
    try:
        with pytest.raises(SystemExit) as exited:
            runpy.run_module("wirewash.pipeline.explain", run_name="__main__")
    finally:
        sys.argv = argv
    said = capsys.readouterr().out
    assert exited.value.code == 0
    assert said.startswith(f"{dup['doc_id']}: DROPPED as a near-duplicate")
    # The --keep of the batches' reports, not "report.json not readable".
    assert "--keep longest ranks" in said and f"kept instead: {dup['duplicate_of']}" in said


def test_explain_piped_into_a_reader_that_stops_early_ends_without_a_traceback(run_output, monkeypatch, tmp_path):
    """``wirewash explain ID | head -1`` printed a BrokenPipeError traceback once head had its line."""
    import io as io_module
    import sys

    from wirewash.pipeline.explain import main as explain_main

    class ClosedPipe(io_module.StringIO):
        def __init__(self, fd):
            super().__init__()
            self._fd = fd

        def write(self, _text):
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self):
            return self._fd

    with open(tmp_path / "stdout", "w") as f:
        monkeypatch.setattr(sys, "stdout", ClosedPipe(f.fileno()))
        assert explain_main(["d1", "--output", run_output]) == 0


def test_explain_shows_what_the_cleaner_took_from_a_text_it_rejected_and_cuts_it_unless_full(tmp_path, capsys):
    # A new user's finding: a text rejected as too_short because its every word went as a correction note
    # showed no removal anywhere: the rejected table had no ``removed`` column.
    note = "Correction: an earlier version of this story misstated the date of the vote. " * 3
    rejected = Rejected("e0dc99d798cb6e7f", "in/a.txt", "too_short", "0 words after cleaning, fewer than min_words=20",
                        removed=(Removal("correction_note", note),))
    _write(tmp_path / "rejected" / "part-00000-of-00001.parquet", [rejected], REJECTED_SCHEMA)
    flat = " ".join(note.split())
    assert cli_main(["explain", "e0dc99d798cb6e7f", "--output", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("e0dc99d798cb6e7f: REJECTED (in/a.txt): too_short - 0 words after cleaning")
    shown = flat[:100].rstrip()  # the cut falls after a space: no space doubled before the note
    assert f"    correction_note: {shown} [... {len(flat) - 100} more characters; --full shows them]\n" in out
    assert cli_main(["explain", "e0dc99d798cb6e7f", "--output", str(tmp_path), "--full"]) == 0
    assert f"    correction_note: {flat}\n" in capsys.readouterr().out


def test_explain_reads_a_rejected_table_written_before_it_had_removed(tmp_path, capsys):
    old_schema = pa.schema([f for f in REJECTED_SCHEMA if f.name != "removed"])
    path = tmp_path / "rejected" / "part-00000-of-00001.parquet"
    path.parent.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(
        [{"doc_id": "e0dc99d798cb6e7f", "source": "bad.pdf", "input_id": None, "reason": "binary", "detail": "PDF"}],
        schema=old_schema), path)
    assert cli_main(["explain", "e0dc99d798cb6e7f", "--output", str(tmp_path)]) == 0
    assert capsys.readouterr().out == "e0dc99d798cb6e7f: REJECTED (bad.pdf): binary - PDF\n"


@pytest.mark.parametrize(("tail", "shown"), [
    ("👨‍👩‍👧 and more", "👨‍👩‍👧"),  # a family emoji: people joined by zero-width joiners
    ("🇬🇧🇫🇷 and more", "🇬🇧"),  # a flag is a pair of regional indicators
    ("क्षि and more", "क्षि"),  # a conjunct: a virama joins two consonants, a vowel sign follows
    ("é and more", "é"),  # e and a combining acute
])
def test_a_cut_removal_keeps_what_draws_one_character_whole(tail: str, shown: str) -> None:
    # A new user's finding: the cut at 100 characters left half a flag or half an emoji family.
    text = "a" * 99 + tail
    out = explain_module._one_line(text, 100)
    assert out.startswith("a" * 99 + shown + " [... ")
    assert out.endswith(f" {len(text) - 99 - len(shown)} more characters; --full shows them]")


def test_explain_refuses_output_given_twice(tmp_path, capsys):
    assert cli_main(["explain", "e0dc99d798cb6e7f", "--output", str(tmp_path), "--output", "other"]) == 2
    assert "--output given twice" in capsys.readouterr().err


def test_explain_command_refuses_tables_wirewash_did_not_write(tmp_path, capsys):
    # A breaker's hand-made rejected table with ``removed`` as a list of strings ended explain in a TypeError.
    _write(tmp_path / "articles" / "part-00000-of-00001.parquet", [_art("0f9aa917a185dfb9", 1)], ARTICLE_SCHEMA)
    rejected = tmp_path / "rejected" / "part-00000-of-00001.parquet"
    rejected.parent.mkdir()
    pq.write_table(pa.table({"doc_id": ["e0dc99d798cb6e7f"], "source": ["bad.txt"], "reason": ["too_short"],
                             "detail": ["3 words"], "removed": [["credit"]]}), rejected)
    assert cli_main(["explain", "e0dc99d798cb6e7f", "--output", str(tmp_path)]) == 2
    said = capsys.readouterr()
    assert said.out == "" and said.err == (
        f"wirewash explain: {tmp_path} holds tables wirewash did not write: rejected: column removed is "
        "list<element: string>, not list<item: struct<rule: string, text: string>>\n")
    # A needed column missing is said too; a column an earlier version did not write may be missing.
    pq.write_table(pa.table({"doc_id": ["e0dc99d798cb6e7f"], "source": ["bad.txt"], "detail": ["3 words"]}), rejected)
    assert cli_main(["explain", "e0dc99d798cb6e7f", "--output", str(tmp_path)]) == 2
    assert capsys.readouterr().err.endswith("rejected: no column reason\n")
    pq.write_table(pa.table({"doc_id": ["e0dc99d798cb6e7f"], "source": ["bad.txt"], "reason": ["too_short"],
                             "detail": ["3 words"]}), rejected)
    assert cli_main(["explain", "e0dc99d798cb6e7f", "--output", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("e0dc99d798cb6e7f: REJECTED (bad.txt): too_short")
