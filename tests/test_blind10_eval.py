"""The blind10 evaluation set's generator and its scoring (benchmarks/eval/blind10), without running the
pipeline."""
from __future__ import annotations

import html
import json
import random
import re
from datetime import datetime
from pathlib import Path

import pytest

from benchmarks.eval.blind5.score import _core, norm, score_doc
from benchmarks.eval.blind6.build import pages
from benchmarks.eval.blind6.compose import fill
from benchmarks.eval.blind10 import compose as C
from benchmarks.eval.blind10.bodies import load_bodies
from benchmarks.eval.blind10.build import build
from benchmarks.eval.blind10.house import HOUSE
from benchmarks.eval.blind10.outlets import OUTLETS
from benchmarks.shared import data_dir

LANGS = {"en", "es", "fr", "de", "pt", "it"}
# Outlets blind5 models (its README); blind6's to blind9's are read from their modules.
BLIND5 = {"AP", "Reuters", "Bloomberg", "The Guardian", "BBC News", "AFP", "Le Monde", "Der Spiegel", "El País",
          "Corriere della Sera", "Folha de S.Paulo", "TASS", "Al Jazeera", "Xinhua", "NHK", "Yonhap"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, tuple[Path, list[dict]]]:
    root = tmp_path_factory.mktemp("blind10")
    return {split: (root / f"input-{split}", build(split, root / f"input-{split}", data_dir()))
            for split in ("dev", "test")}


def _visible(path: Path) -> str:
    """A rendered file's words as one line: tags dropped and entities decoded for HTML, the record's text and
    title for JSON."""
    content = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        content = html.unescape(re.sub(r"<[^>]+>", " ", content))
    elif path.suffix in (".json", ".jsonl"):
        record = json.loads(content)
        content = record.get("title", "") + "\n" + record["text"]
    return " ".join(norm(content).split())


def _chars(truth: list[dict], test_only: bool | None = None) -> int:
    return sum(len(p) for t in truth for s in t["segments"] for p in s["pieces"]
               if test_only is None or s["test_only"] == test_only)


def _wordings(outlet) -> set[str]:
    """Every wording an outlet's pages may carry (own or house), without the ``T:`` mark."""
    out = set()
    for kind in C.KINDS:
        shared, only, _ = C.LAYOUT.wordings(outlet, "caption" if kind == "inline_caption" else kind)
        out |= set(shared) | set(only)
    return out


def test_size_and_split(built):
    dev, test = built["dev"][1], built["test"][1]
    assert 400 <= len(dev) + len(test) <= 460
    assert 220 <= len(dev) <= 270 and 160 <= len(test) <= 210
    assert not {t["doc_id"] for t in dev} & {t["doc_id"] for t in test}
    assert not {"\n\n".join(t["paragraphs"]) for t in dev} & {"\n\n".join(t["paragraphs"]) for t in test}
    assert not {t["source"] for t in dev} & {t["source"] for t in test}
    assert 0.3 <= _chars(test, True) / _chars(test) <= 0.5


def test_language_mix(built):
    """About 60% of pages from English-language outlets, the rest spread over the five other languages."""
    for _, truth in built.values():
        assert 0.5 <= sum(t["lang"] == "en" for t in truth) / len(truth) <= 0.7
        assert {t["lang"] for t in truth} == LANGS
        for lang in LANGS - {"en"}:
            assert sum(t["lang"] == lang for t in truth) >= 0.04 * len(truth), lang


def test_test_only_never_on_dev(built):
    dev = built["dev"][1]
    assert not any(s["test_only"] for t in dev for s in t["segments"])
    assert not any(t["outlet"] in {o.key for o in OUTLETS if o.test_only} for t in dev)
    # Check every placeholder-free test-only wording against dev's lines (filling every test-only template with
    # each dev page's fillers would be costly).
    fixed = {w[2:] for h in HOUSE.values() for ws in h.values() for w in ws if w.startswith("T:") and "{" not in w}
    fixed |= {w for o in OUTLETS if o.test_only for ws in o.kinds.values() for w in ws if "{" not in w}
    fixed |= {w[2:] for o in OUTLETS for ws in o.kinds.values() for w in ws if w.startswith("T:") and "{" not in w}
    # A wording that is also a line of a shared one ("Publicidad", "(Lusa)") may appear on dev through that one.
    shared = {line.casefold() for o in OUTLETS if not o.test_only for w in _wordings(o) for line in w.split("\n")}
    fixed = {w.replace("¦", "").casefold() for w in fixed if "\n" not in w} - shared
    dev_lines = {line.casefold() for t in dev for s in t["segments"] for line in s["lines"]}
    assert len(fixed) > 15 and not fixed & dev_lines
    # And the test split does carry them: test-only outlets' pages and test-only house wordings.
    test = built["test"][1]
    assert any(t["outlet"] in {o.key for o in OUTLETS if o.test_only} for t in test)
    assert sum(s["test_only"] for t in test for s in t["segments"]) > 100


def test_every_kind_in_each_split(built):
    for split, (_, truth) in built.items():
        kinds = {s["kind"] for t in truth for s in t["segments"]}
        assert kinds == set(C.KINDS), (split, set(C.KINDS) ^ kinds)
        formats = {t["file"].rsplit(".", 1)[-1] for t in truth}
        assert formats == {"txt", "html", "json", "jsonl"}


def test_truth_matches_files(built):
    for folder, truth in built.values():
        assert sorted(p.name for p in folder.iterdir()) == sorted(t["file"] for t in truth)
        for t in truth:
            text = _visible(folder / t["file"])
            for paragraph in t["paragraphs"]:
                assert " ".join(norm(paragraph).split()) in text, (t["file"], paragraph[:60])
            for segment in t["segments"]:
                assert segment["kind"] in C.KINDS
                assert segment["pieces"] and all(p.strip() for p in segment["pieces"])
                for piece in segment["pieces"]:
                    assert _core(piece) in text, (t["file"], segment["kind"], piece)
            if t["authors"]:
                assert all(" ".join(a.split()).casefold() in text.casefold() for a in t["authors"])


def test_build_is_deterministic(built):
    folder, truth = built["dev"]
    again = pages("dev", data_dir(), C.LAYOUT)
    assert [name for name, _, _ in again] == [t["file"] for t in truth]
    for name, content, _ in again[:120]:
        assert (folder / name).read_bytes().decode("utf-8") == content


def test_bodies_new_to_blind6_to_blind9(monkeypatch):
    from benchmarks.eval.blind6 import bodies as b6
    from benchmarks.eval.blind7 import bodies as b7
    from benchmarks.eval.blind8 import bodies as b8
    from benchmarks.eval.blind9 import bodies as b9
    from benchmarks.eval.blind10.bodies import _sources, earlier

    ours = load_bodies(data_dir())
    # The earlier sets' own draws, run on the stories blind6's loaders already read (the loaders are
    # deterministic; reading Reuters-21578 again for each set would multiply the test's time).
    sources = _sources(data_dir())
    for name in ("bbc", "reuters", "aeb"):
        monkeypatch.setattr(b6, "_" + name, lambda data, name=name: sources[name])
    monkeypatch.setattr(b7, "_LOADERS", tuple((name, getattr(b6, "_" + name)) for name, _ in b7._LOADERS))
    b7._load.cache_clear()
    theirs = [*b6.load_bodies(data_dir()), *b7.load_bodies(data_dir()), *b8.load_bodies(data_dir()),
              *b9.load_bodies(data_dir())]
    b7._load.cache_clear()
    assert earlier(sources) == theirs
    assert len(b9.load_bodies(data_dir())) == sum(b9._COUNTS.values())
    assert not {b.source for b in ours} & {b.source for b in theirs}
    assert not {b.text for b in ours} & {b.text for b in theirs}
    assert len({b.text for b in ours}) == len(ours) == 430
    assert {b.source.split("/")[0] for b in ours} == {"bbc", "reuters"}


def test_outlets_are_new():
    from benchmarks.eval.blind6.outlets import OUTLETS as BLIND6
    from benchmarks.eval.blind7.outlets import OUTLETS as BLIND7
    from benchmarks.eval.blind8.outlets import OUTLETS as BLIND8
    from benchmarks.eval.blind9.outlets import OUTLETS as BLIND9

    names = {o.name for o in OUTLETS}
    keys = {o.key for o in OUTLETS}
    assert len(names) == len(keys) == len(OUTLETS) >= 28
    earlier = BLIND5 | {o.name for o in (*BLIND6, *BLIND7, *BLIND8, *BLIND9)}
    assert not {n.casefold() for n in names} & {n.casefold() for n in earlier}
    assert {o.lang for o in OUTLETS if not o.test_only} == LANGS
    for lang in LANGS:
        assert sum(o.lang == lang and not o.test_only for o in OUTLETS) >= 2, lang
    assert sum(o.test_only for o in OUTLETS) >= 6
    assert any(o.live for o in OUTLETS if not o.test_only and o.lang != "en")
    assert any(o.live for o in OUTLETS if o.test_only)
    for outlet in OUTLETS:
        assert set(outlet.kinds) <= set(C.KINDS), outlet.key
        assert all(outlet.kinds.values()), outlet.key
        # A shared outlet's own kinds always have a wording dev pages may use.
        assert outlet.test_only or all(any(not w.startswith("T:") for w in ws) for ws in outlet.kinds.values())


def test_every_wording_fills():
    for outlet in OUTLETS:
        values = C._context(random.Random(7), outlet, datetime(2023, 3, 5, 9), ["One", "Two", "Three", "Four"])
        for kind in C.KINDS:
            shared, only, _ = C.LAYOUT.wordings(outlet, "caption" if kind == "inline_caption" else kind)
            for template in shared + only:
                segment = fill(template, values, kind, False)
                assert all(line.strip() for line in segment.lines), (outlet.key, template)
                assert "{" not in "".join(segment.lines), (outlet.key, template)
                assert not template.startswith("T:"), (outlet.key, template)


def test_house_covers_every_kind():
    assert set(HOUSE) == LANGS
    for lang, house in HOUSE.items():
        assert set(house) == set(C.KINDS) - {"headline", "standfirst", "pull_quote", "inline_caption"}, lang
        assert all(any(not w.startswith("T:") for w in ws) for ws in house.values()), lang


def test_scoring_on_blind10_truth(built):
    folder, truth = built["dev"]
    record = next(t for t in truth if t["file"].endswith(".txt") and len(t["segments"]) > 5)
    clean = score_doc(record, {"text": "\n\n".join(record["paragraphs"]), "title": record["headline"],
                               "byline": ", ".join(record["authors"]) or None})
    assert clean.kept == clean.paragraphs and not clean.leaked and clean.title_ok
    assert clean.byline_ok in (None, True)
    raw = score_doc(record, {"text": (folder / record["file"]).read_text(encoding="utf-8")})
    assert raw.kept == raw.paragraphs and sum(raw.leaked.values()) > 0.5 * sum(raw.injected.values())
