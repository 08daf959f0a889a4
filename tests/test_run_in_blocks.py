"""A teaser's label and headline copied into a story paragraph's end with no space after the story's stop."""
from __future__ import annotations

import pytest

from tests.cleaned import BODY, LEAD, SECOND, kept, removed_by, run
from wirewash.transforms.core.cleaning.cues import RUN_IN_END

STORY = "The well was drilled by a group of Japanese companies working with the state oil firm."


@pytest.mark.parametrize("teaser", [
    "Also Read | Apple iPod family expands market",
    "Related: Dunne keen to commit to Man City",
    "相关阅读：国务院部署稳就业新举措",
])
def test_a_teaser_run_into_a_paragraphs_end_goes(teaser: str) -> None:
    out = run(LEAD, BODY, STORY + teaser, SECOND)
    assert removed_by(out, "inserted_teaser") == [teaser]
    assert kept(out) == [LEAD, BODY, STORY, SECOND]


@pytest.mark.parametrize("text, ends", [
    ("said.Scarica la nostra app", ["said."]),
    ("the Mic.相关阅读", ["the Mic."]),
    ("The U.S.A. team", []),  # capitals before each stop
    ("rose 3.5 pct", []),  # a decimal point
    ("visit example.com today", []),  # a lower-case letter after it
])
def test_a_run_in_end_is_a_stop_with_no_space_before_a_capital(text: str, ends: list[str]) -> None:
    assert [text[:m.end()] for m in RUN_IN_END.finditer(text)] == ends
