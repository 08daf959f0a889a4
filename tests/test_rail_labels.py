"""A rail's label naming one story over its one headline ("Related Story"), and a read-also label with the
headline run into a story paragraph's end after a middle dot or a space ("Also read · ..."): the label and
the headline go, the story stays."""
from __future__ import annotations

import pytest

from tests.cleaned import BODY, LEAD, SECOND, TAIL, kept, run

HEADLINE = "Blair stresses prosperity goals"


@pytest.mark.parametrize("label", ["Related Story", "RELATED ARTICLE", "Noticia relacionada"])
def test_a_label_naming_one_story_goes_with_its_one_headline(label: str) -> None:
    out = run(LEAD, BODY, label, HEADLINE, SECOND, TAIL)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL], out.removed


def test_a_subhead_under_a_list_label_in_the_plural_stays() -> None:
    # One line under a bare label of many stories is as often the story's subhead.
    out = run(LEAD, BODY, "Related Stories", "Reform agenda", SECOND, TAIL)
    assert "Reform agenda" in kept(out)


@pytest.mark.parametrize("glued", [" Also read · Potter director signs Warner deal",
                                   "Also read Verizon 'seals takeover of MCI'"])
def test_a_read_also_label_and_its_headline_run_into_a_paragraph_go(glued: str) -> None:
    out = run(LEAD, BODY + glued, SECOND, TAIL)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL], out.removed


def test_a_story_sentence_on_what_someone_also_read_stays() -> None:
    sentence = BODY + " He also read Tolstoy in prison, his lawyer said."
    assert sentence in kept(run(LEAD, sentence, SECOND, TAIL))


@pytest.mark.parametrize("label", ["Editors' picks", "Editor's Choice", "Popular on inkl", "Popular at The Hill"])
def test_a_rail_of_picked_or_popular_stories_goes_with_its_headlines(label: str) -> None:
    out = run(LEAD, BODY, SECOND, TAIL, label, HEADLINE, "Yangtze Electric's profits double")
    assert kept(out) == [LEAD, BODY, SECOND, TAIL], out.removed


def test_a_subhead_on_popular_culture_stays() -> None:
    out = run(LEAD, BODY, "Popular culture", SECOND, TAIL)
    assert "Popular culture" in kept(out)


def test_an_also_see_rail_goes_between_paragraphs() -> None:
    out = run(LEAD, BODY, "Also see:", HEADLINE, "Yangtze Electric's profits double", SECOND, TAIL)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL], out.removed


@pytest.mark.parametrize("headline", [HEADLINE, "- Cyber criminals step up the pace"])
def test_further_reading_takes_its_one_headline_and_not_the_story_under_it(headline: str) -> None:
    # A box of one linked story (blind10 dev: taken as a list's label, it took the story paragraph under it).
    out = run(LEAD, BODY, "Further Reading\n" + headline, SECOND, TAIL)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL], out.removed


def test_a_next_article_label_and_its_headline_go_and_a_players_next_up_goes() -> None:
    out = run(LEAD, BODY, SECOND, TAIL, "Articolo Successivo", "La Roma vince il derby e sale al quarto posto")
    assert kept(out) == [LEAD, BODY, SECOND, TAIL], out.removed
    assert kept(run(LEAD, BODY, "Next Up", SECOND, TAIL)) == [LEAD, BODY, SECOND, TAIL]
