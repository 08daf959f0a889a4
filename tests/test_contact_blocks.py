"""A press release's contact block: its label, the contact's name, title and organisation, and its numbers and
addresses go together wherever the page sets the block; a label over no number or address, and a sentence
opening on the label's word, stay."""
from __future__ import annotations

import pytest

from tests.cleaned import BODY, LEAD, SECOND, TAIL, kept, removed_by, run

# blind9 dev: PR Newswire's block between a story's paragraphs.
PR_NEWSWIRE = ("Media Contact:", "Dylan Ramirez", "+1 423-555-4413")


@pytest.mark.parametrize("block", [
    PR_NEWSWIRE,
    ("Media Contact: Dylan Ramirez", "Vice President, Communications", "+1 (423) 555-4413 | dylan.ramirez@acme.com"),
    ("Investor Relations Contact:", "Acme Holdings Inc", "ir@acme.com"),
    ("For more information, contact:", "Jane Doe", "Tel: 020 7946 0958", "jane.doe@example.co.uk"),
    ("Pressekontakt:", "Anna Schmidt", "Tel.: +49 30 1234567", "E-Mail: presse@example.de"),
    ("Contacto de prensa:", "María López", "+34 91 123 45 67"),
    ("Contact presse :", "Claire Rousseau", "claire.rousseau@example.fr"),
    ("Контакты для СМИ:", "Анна Иванова", "+7 495 123-45-67"),
])
def test_a_contact_block_goes_whole_between_or_under_the_story(block: tuple[str, ...]) -> None:
    for out in (run(LEAD, BODY, "\n".join(block), SECOND, TAIL), run(LEAD, BODY, SECOND, TAIL, "\n".join(block))):
        assert kept(out) == [LEAD, BODY, SECOND, TAIL], out.removed
        # (In a plain text's one paragraph the unwrapping may run a name and its address into one line.)
        assert [" ".join(r.split()) for r in removed_by(out, "contact_block")] == [" ".join(block)]


def test_a_blocks_lines_as_paragraphs_go_through_the_last_number() -> None:
    # As extracted pages give it: each line its own paragraph; the story goes on after the block.
    out = run(LEAD, BODY, *PR_NEWSWIRE, SECOND, TAIL)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL], out.removed


@pytest.mark.parametrize("lines", [
    # No number or address under the label: a story's own list.
    ("Contacts:", "The Samaritans", "Childline"),
    # The label's word opening a sentence, and the story after it.
    ("Contact: the two teams meet again in the final on Sunday, officials said.",),
    ("Contact", "Jane Doe", "The two teams meet again in the final on Sunday, officials said in a statement."),
    # A story sentence with a number: no contact line.
    ("Press contacts:", "Police said 2,000 people attended the rally on Saturday in the city centre."),
])
def test_a_label_over_no_contact_stays(lines: tuple[str, ...]) -> None:
    out = run(LEAD, BODY, *lines, TAIL)
    assert not removed_by(out, "contact_block"), out.removed
    assert lines[-1] in kept(out)
