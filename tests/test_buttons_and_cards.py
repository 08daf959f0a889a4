"""A share row naming X among its buttons, an embedded card's credit run into the paragraph above it, and a call
to get the site's app run into a story paragraph's end after a quotation or with no space, and a byline
named by its writers' role once the share row over it is gone; and a page's notice that its scripts did not run."""
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


QUOTED = ('"Clearly 2004 was the most difficult year in our financial history," chief executive Michael Cherkasky said '
          'on Tuesday.')


@pytest.mark.parametrize("call, joint, rule", [
    ("Download our app for the latest news and alerts.", " ", "inserted_furniture"),  # after a closed quotation
    # Run in with no space after the stop: a block joined to the last sentence, which the glued pass reads first.
    ("Scarica la nostra app per restare aggiornato.", "", "glued_furniture"),
    ("Laden Sie unsere App herunter und bleiben Sie informiert.", " ", "inserted_furniture"),
])
def test_an_app_call_after_a_quotation_goes_and_the_paragraph_stays(call: str, joint: str, rule: str) -> None:
    out = run(LEAD, BODY, QUOTED + joint + call, SECOND)
    assert removed_by(out, rule) == [call]
    assert kept(out) == [LEAD, BODY, QUOTED, SECOND]


def test_an_app_call_goes_from_a_story_that_speaks_to_its_reader() -> None:
    # The story addresses its reader ("you"), which holds back a plain prompt to the reader, not the call.
    voiced = "If you lose a laptop in a taxi, you are not alone, the survey of drivers in London found this year."
    call = "Download our app for the latest news and alerts."
    out = run(LEAD, voiced, BODY + " " + call, SECOND)
    assert removed_by(out, "inserted_furniture") == [call]
    assert kept(out) == [LEAD, voiced, BODY, SECOND]


@pytest.mark.parametrize("paragraph", [
    # A quotation still open: the call is the speaker's.
    '"We are building the service for our readers first, he said. Download our app for the latest news and alerts.',
    # Run in with no space, but no call of the closed class.
    QUOTED[:-1] + ".Shares in the company fell 3% in early trading.",
])
def test_a_speakers_words_and_a_run_in_story_sentence_stay(paragraph: str) -> None:
    out = run(LEAD, BODY, paragraph, SECOND)
    assert removed_by(out, "inserted_furniture") == []
    assert paragraph in kept(out)


SOY_LEAD = ("Midwest cash soybean meal basis values were steady, with more active trade beginning to emerge, soy "
            "product dealers said.")


@pytest.mark.parametrize("line, names", [
    # The page's share row, removed first, left the byline as the text's first line.
    ("Aisha Bello and Luis Ortega, Staff writers", "Aisha Bello and Luis Ortega"),
    ("Aisha Bello, Staff writer", "Aisha Bello"),
    ("Ana Ruiz, Corresponsal en Bruselas", "Ana Ruiz"),
])
def test_names_and_a_writers_role_over_the_lead_are_the_byline(line: str, names: str) -> None:
    out = run("Share | Facebook | X | LinkedIn | Email", line, SOY_LEAD, SECOND)
    assert out.byline == names
    assert kept(out) == [SOY_LEAD, SECOND]


@pytest.mark.parametrize("line", ["Barack Obama, President", "Jane Doe, Chief Executive"])
def test_names_and_another_role_are_no_byline(line: str) -> None:
    out = run(line, SOY_LEAD, SECOND)
    assert out.byline is None


@pytest.mark.parametrize("line", [
    "Please turn on JavaScript to use this feature",
    "JavaScript is disabled in your browser.",
    "You need to enable JavaScript to view this content.",
])
def test_a_pages_script_notice_goes(line: str) -> None:
    out = run(LEAD, BODY, line, SECOND)
    assert removed_by(out, "page_widget") == [line]
    assert kept(out) == [LEAD, BODY, SECOND]


def test_a_story_sentence_on_javascript_stays() -> None:
    sentence = "JavaScript is required for the new banking app, which opens to customers in March."
    assert sentence in kept(run(LEAD, BODY, sentence, SECOND))
