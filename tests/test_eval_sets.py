"""The blind furniture evaluation set (benchmarks/eval/): its cases and its scoring, not the cleaner."""
from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.eval import furniture_set as fs  # noqa: E402
from benchmarks.eval.furniture_eval import read_outputs  # noqa: E402
from benchmarks.eval.locales import LOCALES  # noqa: E402

pytestmark = pytest.mark.skipif(not fs.DATA_DIR.is_dir(), reason=f"no real data at {fs.DATA_DIR}")


@pytest.fixture(scope="module")
def bodies() -> list[fs.Body]:
    return fs.load_bodies()


@pytest.fixture(scope="module")
def cases(bodies) -> list[fs.Case]:
    return [fs.make_case(b) for b in bodies]


def test_cases_do_not_depend_on_order_or_run(bodies, cases):
    shuffled = list(bodies)
    random.Random(7).shuffle(shuffled)
    again = {c.case_id: c for c in (fs.make_case(b) for b in shuffled)}
    assert [again[c.case_id] for c in cases] == cases
    assert fs.load_cases("dev") == [c for c in cases if c.split == "dev"]


def test_splits_are_disjoint_halves(cases):
    by_split = Counter(c.split for c in cases)
    assert set(by_split) == {"dev", "test"}
    assert min(by_split.values()) >= 600
    assert abs(by_split["dev"] - by_split["test"]) < 0.1 * len(cases)
    dev = {c.case_id for c in cases if c.split == "dev"}
    test = {c.case_id for c in cases if c.split == "test"}
    assert not dev & test and len(dev | test) == len(cases)


def test_story_and_furniture_are_in_the_raw_text(cases):
    for case in cases:
        raw = fs.normalise(case.raw_text)
        for p in case.story_paragraphs:
            assert fs.normalise(p) in raw, (case.case_id, p)
        for kind, text in case.furniture:
            assert fs.contains(raw, fs.normalise(text)), (case.case_id, kind, text)
        assert case.furniture, case.case_id


def test_no_furniture_piece_is_found_in_the_story(cases):
    # Otherwise the exact story would "leak" it and the score could not tell keeping from removing.
    for case in cases:
        story = " \n ".join(fs.normalise(p) for p in case.story_paragraphs)
        for kind, text in case.furniture:
            assert not fs.contains(story, fs.normalise(text)), (case.case_id, kind, text)


def test_raw_text_leaks_everything_and_keeps_everything(cases):
    result = fs.score(cases, {c.case_id: {"text": c.raw_text} for c in cases})
    assert result["leaked"] == 1.0 and result["kept"] == 1.0
    assert set(result["by_kind"].values()) == {1.0}
    assert result["missing"] == []


def test_exact_story_leaks_nothing(cases):
    outputs = {
        c.case_id: {"text": "\n\n".join(c.story_paragraphs), "title": c.title, "publisher": c.publisher,
                    "byline": c.byline}
        for c in cases
    }
    result = fs.score(cases, outputs)
    assert result["leaked"] == 0.0 and result["kept"] == 1.0
    for name in ("title", "publisher", "byline"):
        assert result[name]["accuracy"] == 1.0 and result[name]["spurious"] == 0.0


def test_missing_output_loses_the_story(cases):
    some = cases[:20]
    result = fs.score(some, {})
    assert result["kept"] == 0.0 and result["leaked"] == 0.0
    assert result["missing"] == [c.case_id for c in some]
    assert "title" not in result


def test_wrong_fields_score_wrong():
    case = fs.Case("x", "dev", "en", "raw", ("Story text here.",), (("byline", "By Ana Ruiz and Tom Lee"),),
                   "A title", "AFP", "Ana Ruiz, Tom Lee", False)
    result = fs.score([case], {"x": {"text": "Story text here.", "title": "Another title", "publisher": "AP",
                                     "byline": "Ana Ruiz"}})
    assert result["title"]["accuracy"] == 0.0
    assert result["publisher"]["accuracy"] == 0.0
    assert result["byline"]["accuracy"] == 0.0
    ok = fs.score([case], {"x": {"text": "", "title": " a  TITLE", "publisher": "Agence France-Presse",
                                 "byline": "ANA RUIZ and TOM LEE"}})
    assert ok["title"]["accuracy"] == ok["publisher"]["accuracy"] == ok["byline"]["accuracy"] == 1.0


def test_contains_needs_whole_words_except_in_cjk():
    assert not fs.contains("free trade deal", "ad")
    assert fs.contains("see the ad here", "ad")
    assert fs.contains("新华社北京3月4日电记者", "新华社北京3月4日电")
    assert fs.normalise("\ufeffREAD\u200b  MORE:\nnow") == "read more: now"


def test_variety(cases):
    for split in ("dev", "test"):
        part = [c for c in cases if c.split == split]
        assert set(c.language for c in part) == set(LOCALES), split
        assert sum(c.wrapped for c in part) > 0.15 * len(part)
        assert sum(c.invisible for c in part) > 0.1 * len(part)
        kinds = Counter(k for c in part for k, _ in c.furniture)
        assert len(kinds) >= 20 and min(kinds.values()) >= 20, kinds
        assert len({c.publisher for c in part}) >= 10


def test_read_outputs_maps_rows_by_source_file(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "articles").mkdir()
    pq.write_table(pa.table({"source": ["/in/bbc-tech-001.txt"], "text": ["kept"], "title": ["T"]}),
                   tmp_path / "articles" / "part-0.parquet")
    dup = tmp_path / "duplicates-0.parquet"
    pq.write_table(pa.table({"source": ["reuters-9.txt"], "text": ["dup"]}), dup)
    pq.write_table(pa.table({"source": ["aeb-x.txt"], "reason": ["short"]}), tmp_path / "rejected-0.parquet")
    assert read_outputs(tmp_path) == {
        "bbc-tech-001": {"text": "kept", "title": "T"}, "reuters-9": {"text": "dup"},
    }
