"""The blind6 evaluation set's generator and its use of blind5's scorer (benchmarks/eval/blind6), without
running the pipeline."""
from __future__ import annotations

import html
import json
import os
import random
import re
import subprocess
import sys

import pytest

from benchmarks.eval.blind5.score import _core, score_doc
from benchmarks.eval.blind6.bodies import Body, load_bodies
from benchmarks.eval.blind6.build import build, pick_outlet, truth_record
from benchmarks.eval.blind6.compose import compose, fill
from benchmarks.eval.blind6.outlets import OUTLETS
from benchmarks.eval.blind6.render import render
from benchmarks.shared import data_dir

_HEADLINES = [f"Sample headline number {i} about the markets" for i in range(10)]


def _body(i: int) -> Body:
    paragraphs = tuple(f"Paragraph {j} of story {i} says the council met on Tuesday to discuss the plan. "
                       f"Officials said the vote would come later this month, {j} people said." for j in range(6))
    return Body(f"test/{i}", f"Council weighs plan number {i}", paragraphs)


def _flat(text: str) -> str:
    return " ".join(_core(text).split())


def _written_text(name: str, content: str) -> str:
    """What a reader sees of a file: JSON's text and title, HTML without its tags."""
    if name.endswith((".json", ".jsonl")):
        record = json.loads(content)
        return record.get("title", "") + "\n" + record["text"]
    if name.endswith(".html"):
        return html.unescape(re.sub(r"<[^>]+>", "\n", content))
    return content


def test_fill_splits_lines_and_marked_pieces():
    segment = fill("Reporting by {a1};¦ Editing by {a2}\nT", {"a1": "Ann Lee", "a2": "Bo Chan"}, "agency_credit",
                   False)
    assert segment.lines == ("Reporting by Ann Lee; Editing by Bo Chan", "T")
    assert segment.pieces == ("Reporting by Ann Lee;", " Editing by Bo Chan", "T")


def test_pages_are_deterministic():
    outlet = OUTLETS[0]
    first = compose(_body(1), outlet, "dev", _HEADLINES)
    again = compose(_body(1), outlet, "dev", _HEADLINES)
    assert first == again
    assert render(first, random.Random("x")) == render(again, random.Random("x"))


_PAGES_DIGEST = """
import hashlib, random
from tests.test_blind6_eval import _HEADLINES, _body
from benchmarks.eval.blind6.compose import compose
from benchmarks.eval.blind6.outlets import OUTLETS
from benchmarks.eval.blind6.render import render
pages = [render(compose(_body(i), OUTLETS[i % len(OUTLETS)], "test", _HEADLINES), random.Random(i))
         for i in range(60)]
print(hashlib.sha256(repr(pages).encode()).hexdigest())
"""


def test_pages_do_not_depend_on_string_hashing():
    """Sets iterated while drawing would make pages differ between processes."""
    digests = {subprocess.run([sys.executable, "-c", _PAGES_DIGEST], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(digests) == 1 and digests != {""}


@pytest.mark.parametrize("split", ["dev", "test"])
def test_truth_is_what_was_written(split):
    """Every injected piece, every story paragraph and every named author is in the file as written."""
    for i in range(150):
        body = _body(i)
        page = compose(body, OUTLETS[i % len(OUTLETS)], split, _HEADLINES)
        name, content, written = render(page, random.Random(i))
        truth = truth_record(written, name)
        text = _flat(_written_text(name, content))
        for segment in truth["segments"]:
            for piece in segment["pieces"]:
                assert _flat(piece) in text, (name, segment["kind"], piece)
        for paragraph in truth["paragraphs"]:
            assert _flat(paragraph) in text
        for author in truth["authors"]:
            assert any(author.casefold() in line.casefold() for s in truth["segments"]
                       if s["kind"] in ("byline", "dateline") for line in s["lines"])


def test_dev_pages_carry_no_test_only_furniture():
    for i in range(300):
        page = compose(_body(i), pick_outlet(f"page{i}", "dev"), "dev", _HEADLINES)
        assert not page.outlet.test_only
        assert not any(s.test_only for s in page.segments())


def test_test_pages_draw_test_only_outlets_and_wordings():
    outlets = [pick_outlet(f"page{i}", "test") for i in range(200)]
    assert 60 < sum(o.test_only for o in outlets) < 140
    shared = next(o for o in OUTLETS if not o.test_only and any(
        t.startswith("T:") for ts in o.kinds.values() for t in ts))
    flags = [s.test_only for i in range(100) for s in compose(_body(i), shared, "test", _HEADLINES).segments()]
    assert any(flags) and not all(flags)


def test_scorer_counts_a_known_leak_and_kept_paragraphs():
    page = compose(_body(3), OUTLETS[1], "dev", _HEADLINES)
    truth = truth_record(page, f"{page.doc_id}.txt")
    leaked = next(s for s in truth["segments"] if s["kind"] != "headline" and len(_core(s["pieces"][0])) >= 20)
    dropped = truth["paragraphs"][2]
    kept = [p for p in truth["paragraphs"] if p != dropped]
    row = {"text": "\n\n".join(kept[:2] + [leaked["pieces"][0]] + kept[2:]), "title": truth["headline"],
           "byline": ", ".join(truth["authors"]) or None}
    score = score_doc(truth, row)
    assert score.kept == len(truth["paragraphs"]) - 1
    assert score.leaked == {leaked["kind"]: len(_core(leaked["pieces"][0]))}
    assert score.title_ok
    assert score.byline_ok in (True, None)


_DATA = data_dir()
needs_data = pytest.mark.skipif(not (_DATA / "bbc-news").is_dir(), reason=f"no shared data under {_DATA}")


@needs_data
def test_splits_are_disjoint_and_cover_the_bodies():
    bodies = load_bodies(_DATA)
    dev = {b.source for b in bodies if b.split == "dev"}
    test = {b.source for b in bodies if b.split == "test"}
    assert not dev & test and len(dev) + len(test) == len(bodies) >= 450
    assert 0.5 < len(dev) / len(bodies) < 0.6


@needs_data
def test_test_only_furniture_is_over_a_third_of_test(tmp_path):
    truth = build("test", tmp_path / "input-test", _DATA)
    assert len(list((tmp_path / "input-test").iterdir())) == len(truth)
    assert (tmp_path / "truth-test.jsonl").read_text(encoding="utf-8").count("\n") == len(truth)
    chars = [(len(_core(p)), s["test_only"]) for t in truth for s in t["segments"] for p in s["pieces"]]
    assert sum(n for n, only in chars if only) > sum(n for n, _ in chars) / 3
