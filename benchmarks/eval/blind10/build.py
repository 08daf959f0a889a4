"""Build one split of blind10: pages as files in a folder, and the truth the scorer reads.

Each body's split is fixed by its text's hash (``Body.split``); its outlet, furniture and format by its page id.
Dev pages use only shared outlets and wordings; test pages come from a test-only outlet 25% of the time and take
a kind's test-only wording half the time where one exists. The builder, composer and renderer are blind6's
(``benchmarks/eval/blind6/build.py``), run with blind10's ``compose.LAYOUT``.
"""
from __future__ import annotations

from pathlib import Path

from benchmarks.eval.blind6.build import build as blind6_build

from .compose import LAYOUT


def build(split: str, folder: Path, data: Path) -> list[dict]:
    """Write ``split``'s pages into ``folder`` and their truth beside it, as blind6's ``build`` does."""
    return blind6_build(split, folder, data, LAYOUT)
