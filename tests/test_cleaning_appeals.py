"""A page's calls to the reader in any place of the story: appeals for support, offers at a price, a
newsletter box's pitch and heading run into one line, paid products' marks and locked tools; and the story's
own sentences in the same words, which stay."""
from __future__ import annotations

import pytest

from tests.cleaned import kept, run
from wirewash.transforms.core.cleaning.boxes import newsletter_box

LEAD = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
BODY = "Turnout was estimated at around 54%, far below the 63% participation in previous elections."
TAIL = "Economic challenges, including high inflation, are also top of mind for Tokayev, analysts said."


@pytest.mark.parametrize("line", [
    "Support free-thinking journalism and attend Independent events",
    "Support independent journalism and get our app",
    "«Медуза» — в России заблокирована. Помогите нам работать дальше.",
    "Поддержите «Медузу»",
    "Поддержите нас!",
    "Get one year for $40 Cancel anytime.",
    "Digital: 2,99 € im Monat, monatlich kündbar",
    "Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.",
    "La newsletter Économie Recevez chaque matin l'essentiel de l'actualité économique.",
    "Stay informed with free updates Simply sign up to the Technology myFT Digest -- delivered directly to your inbox.",
])
def test_an_appeal_offer_or_pitch_between_the_storys_paragraphs_goes(line: str) -> None:
    assert newsletter_box(line, len(line.split()))
    assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, BODY, TAIL]


@pytest.mark.parametrize("line", [
    "Supporting quality journalism has become harder for local papers in the region, the report found.",
    "The tickets cost $40 a year and members can cancel anytime, the club said.",
    "The weekly newsletter has 4,000 readers, the firm said.",
    "The company said its newsletter Subscribe Weekly reached 20,000 readers last year.",
    "Болельщики просили: поддержите «Спартак» в финале, сказал тренер журналистам.",
])
def test_the_storys_sentences_in_the_same_words_stay(line: str) -> None:
    assert not newsletter_box(line, len(line.split()))
    assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, line, BODY, TAIL]


@pytest.mark.parametrize("line", [
    "Dieser Artikel ist Teil von ZEIT ONLINE Z+ Jetzt testen",
    "Dieser Beitrag gehört zu SPIEGEL+",
    "Esta funcionalidad es sólo para registrados",
    "Share or comment on this article:",
    "Read in app",
    "Be the first one to comment.",
])
def test_a_paid_products_mark_a_locked_tool_or_a_button_between_paragraphs_goes(line: str) -> None:
    assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, BODY, TAIL]


def test_a_storys_sentences_on_paid_products_and_registration_stay() -> None:
    for line in ("Dieser Artikel ist Teil einer Serie über die Wahl, sagte die Redaktion am Montag.",
                 "El servicio es sólo para registrados en el padrón municipal, explicó el alcalde."):
        assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, line, BODY, TAIL], line


def test_a_flattened_list_run_into_the_end_of_a_story_paragraph_goes_and_the_sentence_stays() -> None:
    glued = (
        "Fox said the offer represents 50 pct of preferred shares currently outstanding.Most Read from "
        "Bloomberg Neeson in bid to revive theatre Tottenham bid for Forest duo Soderling wins tense Milan final"
    )
    out = run(LEAD, glued, BODY, TAIL)
    assert kept(out) == [
        LEAD, "Fox said the offer represents 50 pct of preferred shares currently outstanding.", BODY, TAIL,
    ]
    assert [r.rule for r in out.removed] == ["headline_list"]


def test_a_story_sentence_run_on_after_a_list_labels_word_stays() -> None:
    # "Related" opens the fragment, but the words after it go on in lower case: a sentence, not headlines.
    line = ("The count continued overnight in the capital.Related coverage of the vote ran through the night on "
            "state television and radio")
    assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, line, BODY, TAIL]
