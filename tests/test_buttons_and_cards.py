"""A share row naming X among its buttons, and an embedded card's credit run into the paragraph above it."""
from __future__ import annotations

import pytest

from tests.cleaned import BODY, LEAD, SECOND, kept, removed_by, run

CARD_PARAGRAPH = BODY + " A post shared by Aditya Menon (@raman)"


@pytest.mark.parametrize("row", [
    "Share | Facebook | X | LinkedIn | Email | Copy link",
    "Facebook / X / WhatsApp",
    "Share on X | Email",
])
def test_a_share_row_with_x_goes(row: str) -> None:
    out = run(LEAD, BODY, row, SECOND)
    assert removed_by(out, "share_bar") == [row]
    assert kept(out) == [LEAD, BODY, SECOND]


@pytest.mark.parametrize("line", [
    "X Factor",  # a programme's name
    "Malcolm X",  # a name
    "Xi Jinping",
])
def test_the_letter_x_outside_a_row_is_no_button(line: str) -> None:
    out = run(LEAD, BODY, line, SECOND)
    assert removed_by(out, "share_bar") == []
    assert line in kept(out)


def test_a_cards_credit_run_into_a_paragraph_goes_and_the_paragraph_stays() -> None:
    out = run(LEAD, CARD_PARAGRAPH, SECOND)
    assert removed_by(out, "page_prompt") == ["A post shared by Aditya Menon (@raman)"]
    assert kept(out) == [LEAD, BODY, SECOND]


@pytest.mark.parametrize("paragraph", [
    # The story's own reference to an account: no line rule takes it.
    BODY + " Readers can follow the count on the commission's account (@kzelections)",
    # An address after the account: a reference, not a card's credit.
    BODY + " A post shared by Aditya Menon (@raman) https://instagram.com/p/xyz",
])
def test_an_account_closing_a_story_paragraph_stays(paragraph: str) -> None:
    out = run(LEAD, paragraph, SECOND)
    assert paragraph in kept(out)
