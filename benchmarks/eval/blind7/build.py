"""Build one split of blind7: pages as files in a folder, and the truth the scorer reads.

Each body's split is fixed by its text's hash (``Body.split``); its outlet, furniture and format by its
page id. Dev pages use only shared outlets and wordings; test pages come from a test-only outlet 35% of the
time and take a kind's test-only wording half the time where one exists. Rendering is blind6's
(``benchmarks/eval/blind6/render.py``), imported.
"""
from __future__ import annotations

import random
from pathlib import Path

from benchmarks.eval.blind6.build import build as blind6_build
from benchmarks.eval.blind6.render import render

from .bodies import headline_pool, load_bodies
from .compose import Page, compose, doc_id
from .outlets import OUTLETS, Outlet

_TEST_ONLY_OUTLETS = 0.35
_ENGLISH = 0.55


def pick_outlet(page_id: str, split: str) -> Outlet:
    """The outlet of a page: English about 55% of the time; on test pages a test-only outlet 35%."""
    rng = random.Random(page_id + "outlet7")
    pool = [o for o in OUTLETS if not o.test_only]
    if split == "test" and rng.random() < _TEST_ONLY_OUTLETS:
        pool = [o for o in OUTLETS if o.test_only]
    english = [o for o in pool if o.lang == "en"]
    other = [o for o in pool if o.lang != "en"]
    return rng.choice(english if english and (rng.random() < _ENGLISH or not other) else other)


def pages(split: str, data: Path) -> list[tuple[str, str, Page]]:
    """(file name, content, page) of every page of ``split``, in body order."""
    bodies = load_bodies(data)
    english = headline_pool(data, bodies)
    out = []
    for body in bodies:
        if body.split != split:
            continue
        page = compose(body, pick_outlet(doc_id(body), split), split, english)
        out.append(render(page, random.Random(page.doc_id + "render7")))
    return out


def build(split: str, folder: Path, data: Path) -> list[dict]:
    """Write ``split``'s pages into ``folder`` and their truth beside it, as blind6's ``build`` does."""
    return blind6_build(split, folder, data, pages)
