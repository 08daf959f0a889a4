"""Build one split of blind6: pages as files in a folder, and the truth the scorer reads.

Each body's split is fixed by its text's hash (``Body.split``); its outlet, furniture and format by its
page id. Dev pages use only shared outlets and wordings; test pages come from a test-only outlet half of the
time and take a kind's test-only wording half the time where one exists. blind7 builds its pages here too,
with its own ``Layout``.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from .bodies import headline_pool
from .compose import LAYOUT, Layout, Page, compose
from .outlets import Outlet
from .render import render


def pick_outlet(page_id: str, split: str, layout: Layout = LAYOUT) -> Outlet:
    """The outlet of a page: English ``layout.english`` of the time; on test pages a test-only outlet
    ``layout.test_only_outlets`` of the time."""
    rng = random.Random(page_id + layout.outlet_salt)
    pool = [o for o in layout.outlets if not o.test_only]
    if split == "test" and rng.random() < layout.test_only_outlets:
        pool = [o for o in layout.outlets if o.test_only]
    english = [o for o in pool if o.lang == "en"]
    other = [o for o in pool if o.lang != "en"]
    return rng.choice(english if english and (rng.random() < layout.english or not other) else other)


def truth_record(page: Page, file: str) -> dict:
    """What the scorer needs of a page: its paragraphs, headline, authors and every injected segment."""
    return {"doc_id": page.doc_id, "file": file, "source": page.body.source, "outlet": page.outlet.key,
            "lang": page.outlet.lang, "headline": page.body.headline, "authors": list(page.authors),
            "paragraphs": list(page.body.paragraphs),
            "segments": [{"kind": s.kind, "lines": list(s.lines), "pieces": list(s.pieces),
                          "test_only": s.test_only} for s in page.segments()]}


def pages(split: str, data: Path, layout: Layout = LAYOUT) -> list[tuple[str, str, Page]]:
    """(file name, content, page) of every page of ``split`` of ``layout``'s set, in body order."""
    bodies = layout.load_bodies(data)
    english = headline_pool(data, bodies)
    out = []
    for body in bodies:
        if body.split != split:
            continue
        page = compose(body, pick_outlet(layout.doc_id(body), split, layout), split, english, layout)
        out.append(render(page, random.Random(page.doc_id + layout.render_salt)))
    return out


def build(split: str, folder: Path, data: Path, layout: Layout = LAYOUT) -> list[dict]:
    """Write ``split``'s pages of ``layout``'s set into ``folder`` and their truth into ``folder``'s parent as
    ``truth-<split>.jsonl``; return the truth records."""
    folder.mkdir(parents=True, exist_ok=True)
    truth = []
    for name, content, page in pages(split, data, layout):
        (folder / name).write_text(content, encoding="utf-8", newline="")
        truth.append(truth_record(page, name))
    with open(folder.parent / f"truth-{split}.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(t, ensure_ascii=False) + "\n" for t in truth)
    return truth
