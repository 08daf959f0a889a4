"""Other stories' lists flattened into the page's last line, its items parted by bullets, its label and ranks
among them; and the story's own short list set so, which stays."""
from __future__ import annotations

import pytest

from tests.cleaned import kept, removed_by, run

HEAD = "Howard attacks Blair on burglars"
STORY = (
    "Tory leader Michael Howard has accused Tony Blair of performing U-turns over rules on using force against "
    "burglars.",
    "The government has ruled out amending the present law, which allows reasonable force in self defence, "
    "officials said.",
    "Mr Howard said the test matched the hurdle ministers had introduced for civil cases last year.",
)


@pytest.mark.parametrize("line", [
    "• Government approves new housing plan • Nikkei extends gains to close higher • Bank of Japan holds rates",
    "• 政府、新たな住宅支援策を決定 • 日経平均、続伸して取引終了 • 日銀、政策金利を据え置き",
    "Popular • 1 • Student 'inequality' exposed • 2 • Row threatens Hendrix museum plan",
    # blind8 dev: rails of links set apart by bars or slashes, a label perhaps first.
    "Viewers to be able to shape TV | Johnson announces June retirement | Nat Insurance to rise, say Tories",
    "/ Perché il prezzo del pane continua a salire / Cosa prevede la nuova manovra / I sindacati annunciano lo sciopero",
    "IBGE / Sindicatos anunciam nova greve nacional / Banco Central mantém juros e vê inflação menor",
])
def test_a_flattened_list_of_other_stories_closing_the_page_goes(line: str) -> None:
    out = run(HEAD, *STORY, line)
    assert removed_by(out, "teased_list") == [line]
    assert kept(out) == list(STORY)


@pytest.mark.parametrize("paras", [
    # The story's own points: they name what its opening names.
    (*STORY, "• Howard attacks burglary law test • Blair defends force rules • Ministers rule out law change"),
    # Introduced by the story.
    (*STORY[:2], "The changes proposed were these:",
     "• Government approves new housing plan • Nikkei extends gains to close higher • Bank of Japan holds rates"),
    # Two items with no label: too few to tell from a sentence's pair.
    (*STORY, "• Government approves new housing plan • Nikkei extends gains to close higher"),
])
def test_a_flattened_list_of_the_storys_own_stays(paras: tuple[str, ...]) -> None:
    out = run(HEAD, *paras)
    assert removed_by(out, "teased_list") == []
    assert paras[-1] in kept(out)


def test_a_labelled_list_with_ranked_items_run_into_one_line_goes() -> None:
    # blind8 dev 53a62dde7b8e (a business site's closing list): each headline behind its rank and a full stop,
    # which ends no sentence there.
    line = ("Most Read · 1. Why few targets are better than many · 2. Market unfazed by Aurora setback · "
            "3. Campbell rescues Arsenal")
    out = run(HEAD, *STORY, line)
    assert removed_by(out, "headline_list") == [line]
    assert kept(out) == list(STORY)


def test_a_ranked_line_with_a_sentence_end_in_an_item_is_no_flattened_list() -> None:
    # A rank is read only after a separator; a full stop inside an item is a sentence's end, so the line is not
    # taken whole as a list (what else reads it is other rules' work).
    line = "Most Read · 1. Why few targets are better than many. 2. Market unfazed by Aurora setback"
    assert removed_by(run(HEAD, *STORY, line), "headline_list") == []


@pytest.mark.parametrize("line", [
    "Net profit 5.6 mln vs 4.3 mln / Revs 12.1 mln vs 11.0 mln / Shr 1.20 dlrs vs 1.10",  # a results table's row
    "Mr Howard / Tony Blair / Home Office officials said they would talk.",  # a sentence
])
def test_a_closing_line_parted_by_slashes_that_is_no_rail_stays(line: str) -> None:
    out = run(HEAD, *STORY, line)
    assert line in kept(out)
