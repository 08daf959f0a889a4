"""Build one split of blind6: pages as files in a folder, and the truth the scorer reads.

Each body's split is fixed by its text's hash (``Body.split``); its outlet, furniture and format by its
page id. Dev pages use only shared outlets and wordings; test pages come from a test-only outlet half of the
time and take a kind's test-only wording half the time where one exists.
"""
from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

from .bodies import headline_pool, load_bodies
from .compose import Page, compose, doc_id
from .outlets import OUTLETS, Outlet
from .render import render

_TEST_ONLY_OUTLETS = 0.5
_ENGLISH = 0.55


def pick_outlet(page_id: str, split: str) -> Outlet:
    """The outlet of a page: English about 55% of the time; on test pages a test-only outlet half."""
    rng = random.Random(page_id + "outlet")
    pool = [o for o in OUTLETS if not o.test_only]
    if split == "test" and rng.random() < _TEST_ONLY_OUTLETS:
        pool = [o for o in OUTLETS if o.test_only]
    english = [o for o in pool if o.lang == "en"]
    other = [o for o in pool if o.lang != "en"]
    return rng.choice(english if english and (rng.random() < _ENGLISH or not other) else other)


def truth_record(page: Page, file: str) -> dict:
    """What the scorer needs of a page: its paragraphs, headline, authors and every injected segment."""
    return {"doc_id": page.doc_id, "file": file, "source": page.body.source, "outlet": page.outlet.key,
            "lang": page.outlet.lang, "headline": page.body.headline, "authors": list(page.authors),
            "paragraphs": list(page.body.paragraphs),
            "segments": [{"kind": s.kind, "lines": list(s.lines), "pieces": list(s.pieces),
                          "test_only": s.test_only} for s in page.segments()]}


def pages(split: str, data: Path) -> list[tuple[str, str, Page]]:
    """(file name, content, page) of every page of ``split``, in body order."""
    bodies = load_bodies(data)
    english = headline_pool(data, bodies)
    out = []
    for body in bodies:
        if body.split != split:
            continue
        page = compose(body, pick_outlet(doc_id(body), split), split, english)
        out.append(render(page, random.Random(page.doc_id + "render")))
    return out


def build(split: str, folder: Path, data: Path,
          make_pages: Callable[[str, Path], list[tuple[str, str, Page]]] | None = None) -> list[dict]:
    """Write ``split``'s pages into ``folder`` and their truth into ``folder``'s parent as
    ``truth-<split>.jsonl``; return the truth records. ``make_pages`` is another set's ``pages`` (blind7's)."""
    folder.mkdir(parents=True, exist_ok=True)
    truth = []
    for name, content, page in (make_pages or pages)(split, data):
        (folder / name).write_text(content, encoding="utf-8", newline="")
        truth.append(truth_record(page, name))
    with open(folder.parent / f"truth-{split}.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(t, ensure_ascii=False) + "\n" for t in truth)
    return truth
