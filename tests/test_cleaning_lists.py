"""Other stories' headlines set between two paragraphs of a story (transforms.core.cleaning.lists.stray_headlines),
and the story's own short lines there, which stay: a subhead, a wire line without a full stop, a sentence a hard
wrap broke."""
from __future__ import annotations

from tests.cleaned import kept, run

LEAD = "B.C. Resources said it reached an agreement in principle with five lenders on a credit facility."
BODY = "The company said the credit facility is extendable under certain circumstances, with annual payments."
TAIL = "It earlier reported that its losses before extraordinary items rose from a year ago, the company said."


def test_another_storys_headline_between_paragraphs_goes() -> None:
    out = run(LEAD, "Insurer sets aside more cash for flood claims", BODY, TAIL)
    assert kept(out) == [LEAD, BODY, TAIL]
    # With a label over it, and in another script.
    out = run(LEAD, "Read more", "Festival organisers cancel final night over weather", BODY, TAIL)
    assert kept(out) == [LEAD, BODY, TAIL]
    assert kept(run(LEAD, "Музей установил рекорд посещаемости", BODY, TAIL)) == [LEAD, BODY, TAIL]


def test_a_subhead_on_the_storys_subject_stays() -> None:
    out = run(LEAD, "How the credit facility works for lenders", BODY, TAIL)
    assert kept(out) == [LEAD, "How the credit facility works for lenders", BODY, TAIL]


def test_wire_lines_without_a_full_stop_stay() -> None:
    # Too few words to judge, or figures: a wire story's own line that lost its full stop.
    for line in ("Terms were not disclosed", "Harvesting stretches from December 1986 to April 1987"):
        assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, line, BODY, TAIL]


def test_a_sentence_a_hard_wrap_broke_stays() -> None:
    # The line ends on a name the next paragraph goes on with, or the paragraph above ends on an initial.
    broken = ["Sun said it has a half interest and Comdisco Resources", "Inc the remainder. " + BODY]
    assert kept(run(LEAD, *broken, TAIL)) == [LEAD, *broken, TAIL]
    initial = "The company said directors elected Chairman Nicholas A."
    broken = [initial, "Gallo Third to the additional title of president and Chief", BODY]
    assert kept(run(LEAD, *broken, TAIL)) == [LEAD, *broken, TAIL]
