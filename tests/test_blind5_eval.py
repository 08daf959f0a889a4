"""The blind5 evaluation set's generator and scorer (benchmarks/eval/blind5), without running the pipeline."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from benchmarks.eval.blind5.build import build
from benchmarks.eval.blind5.compose import ALL_OUTLETS, TEST_ONLY_MARK
from benchmarks.eval.blind5.score import names, norm, same_title, score_doc, score_output
from benchmarks.shared import data_dir

DATA = data_dir()
needs_data = pytest.mark.skipif(not (DATA / "bbc-news").is_dir(), reason=f"no shared data at {DATA}")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[dict]]]:
    root = tmp_path_factory.mktemp("blind5")
    return {split: (root / split, build(split, root / split, DATA)) for split in ("dev", "test")}


def _contents(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


@needs_data
def test_generation_is_deterministic(built, tmp_path: Path) -> None:
    folder, _ = built["dev"]
    build("dev", tmp_path / "again", DATA)
    assert _contents(tmp_path / "again") == _contents(folder)


@needs_data
def test_splits_are_disjoint_and_cover_about_500_bodies(built) -> None:
    dev, test = built["dev"][1], built["test"][1]
    assert 450 <= len(dev) + len(test) <= 550 and min(len(dev), len(test)) > 180
    bodies = {split: {"\n".join(r["paragraphs"]) for r in records} for split, (_, records) in built.items()}
    assert not bodies["dev"] & bodies["test"]
    assert len(bodies["dev"]) == len(dev) and len(bodies["test"]) == len(test)
    short = sum(len("\n\n".join(r["paragraphs"])) < 600 for r in dev + test)
    assert 0 < short < (len(dev) + len(test)) / 3


def _literals(wording: str) -> list[str]:
    return [part for part in re.split(r"\{\w+\}|§[^§]*§|\n", wording.removeprefix(TEST_ONLY_MARK))
            if len(part.strip()) >= 8]


@needs_data
def test_test_only_wordings_never_reach_dev(built) -> None:
    shared = [w for o in ALL_OUTLETS if not o.test_only for ws in o.templates.values() for w in ws
              if not w.startswith(TEST_ONLY_MARK)]
    test_only = [w for o in ALL_OUTLETS for ws in o.templates.values() for w in ws
                 if o.test_only or w.startswith(TEST_ONLY_MARK)]
    # A fragment a shared wording also holds ("Sign up here.") may rightly appear in dev.
    own = {lit.strip() for w in test_only for lit in _literals(w)
           if not any(lit.strip() in s for s in shared)}
    assert len(own) > 40
    dev_text = "\n".join(_contents(built["dev"][0]).values())
    assert [lit for lit in own if lit in dev_text] == []
    assert not any(s["test_only"] for r in built["dev"][1] for s in r["segments"])


@needs_data
def test_a_third_of_test_furniture_is_test_only(built) -> None:
    segments = [s for r in built["test"][1] for s in r["segments"]]
    chars = sum(len(p) for s in segments for p in s["pieces"])
    only = sum(len(p) for s in segments if s["test_only"] for p in s["pieces"])
    assert only / chars > 1 / 3


@needs_data
def test_kinds_languages_and_formats(built) -> None:
    dev_folder, dev = built["dev"]
    assert len({s["kind"] for r in dev for s in r["segments"]}) >= 25
    langs = {o.lang for o in ALL_OUTLETS if o.name in {r["outlet"] for r in dev}}
    assert langs >= {"en", "es", "fr", "de", "pt", "it", "ru", "ar", "zh", "ja", "ko"}
    assert {p.suffix for p in dev_folder.iterdir()} == {".txt", ".html", ".json", ".jsonl"}
    record = json.loads(next(dev_folder.glob("*.jsonl")).read_text(encoding="utf-8"))
    assert record["id"] == next(dev_folder.glob("*.jsonl")).stem and record["text"]


def _flat(text: str) -> str:
    return " ".join(norm(text).split())


@needs_data
def test_truth_matches_the_written_files(built) -> None:
    """Every paragraph and injected piece the truth names is in its file (markup and wrapping aside)."""
    folder, records = built["dev"]
    for record in records:
        raw = (folder / record["file"]).read_text(encoding="utf-8")
        if record["file"].endswith((".json", ".jsonl")):
            raw = json.loads(raw)["text"]
        elif record["file"].endswith(".html"):
            raw = html.unescape(re.sub(r"<[^>]+>", "\n", raw))
        text = _flat(raw)
        pieces = [p for s in record["segments"] for p in s["pieces"]]
        assert [p for p in record["paragraphs"] + pieces if _flat(p) not in text] == [], record["file"]


TRUTH = {
    "doc_id": "b5-x", "headline": "Mills close as prices fall", "authors": ["Jane Doe", "John Roe"],
    "paragraphs": ["Three paper mills closed on Monday as pulp prices fell for a sixth month running.",
                   "Share prices of the owners rose after the announcement, traders said, and analysts "
                   "expect further closures across the region before the end of the year."],
    "segments": [
        {"kind": "headline", "pieces": ["Mills close as prices fall"], "test_only": False},
        {"kind": "share", "pieces": ["Share", "Save"], "test_only": False},
        {"kind": "read_also", "pieces": ["Lire aussi", "Pulp exporters brace for a long winter"],
         "test_only": True},
        {"kind": "copyright", "pieces": ["© 2026 AFP"], "test_only": False},
    ],
}


def test_scorer_counts_leaked_pieces_and_kept_paragraphs() -> None:
    text = ("Three paper mills closed on Monday as pulp prices\nfell for a sixth month running.\n\n"
            "Share prices of the owners rose after the announcement, traders said, and analysts expect "
            "further closures across the region.\n\nShare\n\nPulp exporters brace for a long winter")
    row = {"text": text, "title": "MILLS CLOSE AS PRICES FALL.", "byline": "john roe and Jane  Doe"}
    score = score_doc(TRUTH, row)
    # The wrapped first paragraph is kept; the second was cut, so it is lost, and its "Share" (inside a line
    # of over 120 characters) is no leak; the standalone "Share" line and the related headline are.
    assert (score.kept, score.paragraphs) == (1, 2)
    assert score.leaked == {"share": 5, "read_also": 38}
    assert score.injected == {"headline": 26, "share": 9, "read_also": 48, "copyright": 10}
    assert score.test_only == [48, 38]
    assert score.title_ok and score.byline_ok and not score.byline_invented


def test_scorer_ignores_end_punctuation_and_counts_each_injection_once() -> None:
    truth = {**TRUTH, "segments": [{"kind": "newsletter", "pieces": ["Sign up here."], "test_only": False},
                                   {"kind": "ad", "pieces": ["Anzeige", "Anzeige"], "test_only": False}]}
    text = TRUTH["paragraphs"][0] + "\n\nSign up here\n\nAnzeige"
    score = score_doc(truth, {"text": text, "title": None, "byline": None})
    assert score.injected == {"newsletter": 12, "ad": 14}
    assert score.leaked == {"newsletter": 12, "ad": 7}


def test_scorer_without_output_text_leaks_nothing() -> None:
    score = score_doc(TRUTH, {"text": "", "title": None, "byline": None})
    assert (score.kept, score.leaked, score.title_ok, score.byline_ok) == (0, {}, False, False)


def test_score_output_counts_duplicates_rejected_and_missing_pages(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    truth = [{**TRUTH, "doc_id": f"b5-{i}", "file": f"b5-{i}.{ext}"}
             for i, ext in enumerate(("txt", "html", "jsonl", "txt"))]
    row = {"text": "\n\n".join(TRUTH["paragraphs"]), "title": TRUTH["headline"],
           "byline": "Jane Doe, John Roe"}
    tables = {"articles": [{**row, "source": "/in/b5-0.txt"}],
              "duplicates": [{**row, "source": "/in/b5-2.jsonl#1"}],
              "rejected": [{"source": "/in/b5-1.html", "reason": "empty"}]}
    for name, rows in tables.items():
        (tmp_path / name).mkdir()
        pq.write_table(pa.Table.from_pylist(rows), tmp_path / name / "part-00000-of-00001.parquet")
    figures, scores = score_output(truth, tmp_path)
    assert [s.doc_id for s in scores] == ["b5-0", "b5-2"]
    assert (figures["pages"], figures["scored"], figures["duplicates"]) == (4, 2, 1)
    assert figures["rejected"] == {"b5-1": "empty"} and figures["missing"] == ["b5-3"]
    assert figures["story_kept_pct"] == 100.0 and figures["leaked_pct"] == 0.0
    assert figures["formats"] == {"json": {"pages": 1, "leaked_pct": 0.0},
                                  "txt": {"pages": 1, "leaked_pct": 0.0}}


def test_byline_and_title_normalisation() -> None:
    assert names("Jane Doe and JOHN ROE") == names("john roe, jane doe") == ["jane doe", "john roe"]
    assert names("Claire Dumoulin et Mathieu Roux") == ["claire dumoulin", "mathieu roux"]
    assert names("张伟、王芳") == ["张伟", "王芳"]
    assert names("By Jane Doe") != names("Jane Doe")
    assert same_title("“Mills close”", "Mills close") and not same_title("Mills close | AFP", "Mills close")
