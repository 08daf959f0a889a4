"""Another story's headline glued into a story paragraph with no label: at its start, between two of its
sentences, after its last; and the story sentences of the same shape, which stay."""
from __future__ import annotations

import pytest

from test_cleaning import BODY, LEAD, SECOND, TAIL, doc, paragraphs, run

STORY = "The company said on Monday that turnout fell in every region, and analysts expect a cut next year."


@pytest.mark.parametrize("teaser", [
    "Insurer sets aside more cash for flood claims",
    "Ferry operator cuts winter timetable after fuel costs climb",
    "Une boulangerie lyonnaise sacrée meilleure baguette de France",
    "Stadtwerke erhöhen Fernwärmepreise im kommenden Winter deutlich",
])
def test_a_headline_glued_before_a_story_sentence_goes(teaser: str) -> None:
    out = run(doc(LEAD, BODY, f"{teaser} {STORY}", SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, STORY, SECOND, TAIL]
    assert any(r.rule == "unlabelled_teaser" and r.text == teaser for r in out.removed)


def test_a_headline_glued_before_a_quotation_goes() -> None:
    quote = '"We have never seen turnout this low," said Aigul Serik, an election observer in Almaty.'
    out = run(doc(LEAD, BODY, f"Museum returns looted bronze statues to Benin {quote}", SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, quote, SECOND, TAIL]


def test_a_headline_glued_between_two_sentences_or_after_the_last_goes() -> None:
    mid = f"{BODY} Teenager rescued after three nights on glacier {STORY}"
    end = f"{SECOND} Local bakery wins national sourdough prize"
    out = run(doc(LEAD, mid, end, TAIL))
    assert paragraphs(out.text) == [LEAD, f"{BODY} {STORY}", SECOND, TAIL]


@pytest.mark.parametrize("story", [
    # A title or a name running on in capitals, a term in quotation marks after a verb naming it, speech after
    # a reporting verb, a first person going on with a quoted speaker's words.
    "More than 40 stars sang as group USA For Africa, including Lionel Richie and Diana Ross, in 1985.",
    "Adriano has scored 14 goals in 20 Serie A appearances this season, the club said on Monday.",
    'BP chief executive Lord Browne said the results were strong "both operationally and financially."',
    'Eliminating this practice, called "PIK and roll," would save the government 1.4 billion dlrs.',
    "Detective Inspector Paul Miller of Thames Valley Police said it appeared a man used a ladder.",
    "Why it needed a rebrand I don't know as the name is misleading, he told the paper on Monday.",
    # Words the story uses elsewhere: the sentence's own opening.
    "Turnout across Kazakhstan regions fell The ruling party's share rose by three points.",
])
def test_story_sentences_of_that_shape_stay(story: str) -> None:
    out = run(doc(LEAD, BODY, story, SECOND, TAIL))
    assert story in paragraphs(out.text)


def test_a_paragraph_going_on_in_the_next_keeps_its_end() -> None:
    # A wrap or a removed name split the sentence: the lower-case line under it goes on with it.
    split = "Sprem, the Croatian 13th seed, saw off Elena Likhovtseva 6-3 6-2. Former world number one Lindsay Davenport"
    out = run(doc(LEAD, BODY, split, "powered her way into the fourth round with a straight sets win.", TAIL))
    assert split in out.text


def test_a_label_of_any_wording_lets_the_story_sentence_open_on_any_capital() -> None:
    # A label and a colon say what follows is a teaser: the story's sentence after the headline may open on a
    # noun ("Steps being considered ...") as well as on a sentence starter.
    story = "Steps being considered include listing the unit and bringing in a partner, the company said."
    for label in ("Recommended:", "Don't miss:", "Nicht verpassen:", "Notre sélection :"):
        glued = f"{BODY} {label} Ministers clash over plan to widen coastal motorway {story}"
        assert paragraphs(run(doc(LEAD, glued, TAIL)).text) == [LEAD, f"{BODY} {story}", TAIL], label


def test_a_labelled_line_of_the_story_stays() -> None:
    # A listing under a name and a colon, a date's month after its day; a name run on from the headline's end.
    listing = "- Michael Howard: No More Mr Nasty is being shown on BBC2 on Saturday 12 February at 2005 GMT."
    assert listing in paragraphs(run(doc(LEAD, BODY, listing, TAIL)).text)
    named = f"{BODY} Further reading: Teenager rescued after three nights on glacier Allied Domecq shares rose 4%."
    assert "Allied Domecq shares rose 4%." in run(doc(LEAD, named, TAIL)).text


def test_a_labelled_headline_alone_between_paragraphs_goes() -> None:
    for line in ("MUST READ Teenager rescued after three nights on glacier",
                 "Weiterlesen: Zoo begrüßt seltenes Nashornbaby im Tierpark Hellabrunn"):
        assert paragraphs(run(doc(LEAD, BODY, line, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL], line
    # A subhead has no label.
    assert "Rising costs" in paragraphs(run(doc(LEAD, BODY, "Rising costs", SECOND, TAIL)).text)


def test_a_desks_note_on_the_story_stays() -> None:
    for note in ("Note: Year-ago resulted restated to exclude Michigan cable systems sold in 1985.",
                 "NOTE: Share adjusted for three-for-two October 1986 stock split."):
        assert note in paragraphs(run(doc(LEAD, BODY, note, TAIL)).text), note
