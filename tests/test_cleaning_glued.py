"""Furniture run into a story paragraph's start or end (``glued``): the piece goes, the story sentences stay;
and the story's own sentences of the same shapes, which stay whole."""
from __future__ import annotations

import pytest

from test_cleaning import BODY, LEAD, SECOND, TAIL, doc, paragraphs, run
from wirewash.transforms.core.cleaning.glued import glued_head, glued_tail, joined_block
from wirewash.transforms.core.cleaning.structure import SENTENCE_BREAK


@pytest.mark.parametrize("caption", [
    "Shoppers walk along a high street. REUTERS/Ana Ruiz",
    "Des policiers devant le bâtiment. AFP/MARIE DUPONT",
    "Torcedores antes da partida — Foto: João Silva/Observador",
    "Blick auf die Skyline am Abend. © dpa",
])
def test_a_caption_run_into_a_paragraphs_start_goes(caption: str) -> None:
    out = run(doc(LEAD, f"{caption} {SECOND}", TAIL))
    assert paragraphs(out.text) == [LEAD, SECOND, TAIL], caption
    assert caption in [r.text for r in out.removed if r.rule == "glued_furniture"]


@pytest.mark.parametrize("story", [
    # A slash after an abbreviation or inside a name: no credit closes a caption there.
    "Spectrum 2000 Inc said the U.S. Army/Air Force Exchange will carry its products in all stores in June.",
    "In November 1986, Novo purchased 75 pct of shares in A/S Ferrosan, which heads a group of drug makers.",
    "He was treated at St. Lukes/Roosevelt Hospital Center in New York, where he stayed for two weeks.",
    # A caption's shape without a credit: a labelled sentence stays (a note, a clause before a colon).
    "Dempsey dove deeper: Taylor lived in a warm, dry house with his wife. They had a loft in the town.",
    "File photo: Police officers stand guard outside the building. The original book will be revised.",
])
def test_a_story_paragraph_of_the_same_shape_stays_whole(story: str) -> None:
    out = run(doc(LEAD, story, TAIL))
    assert story in out.text
    assert all(r.rule != "glued_furniture" for r in out.removed)


@pytest.mark.parametrize("piece", [
    "Shoppers walk along a high street. REUTERS/Ana Ruiz",
    "CONTINUA DEPOIS DA PUBLICIDADE",
    "[광고] 본문 아래 계속",
    "广告 赞助内容",
])
def test_furniture_run_into_a_paragraphs_end_goes(piece: str) -> None:
    out = run(doc(LEAD, f"{BODY} {piece}", SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL], piece


@pytest.mark.parametrize("credit", ["Редактор: Дмитрий Волков", "Redacción: Elena Fernández"])
def test_an_editors_credit_run_into_a_paragraphs_end_leaves_its_last_sentence(credit: str) -> None:
    # A re-wrapped page runs the credit line into the paragraph over it; the sentence before a labelled
    # credit was taken for a caption's description and went with it (furniture set, a Russian page).
    para = ("The move comes after it bought small New York software firm Giant Company Software. Terms of "
            "the acquisition were not disclosed.")
    out = run(doc(LEAD, f"{para} {credit}", SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, para, SECOND, TAIL], credit
    assert [r.text for r in out.removed if r.rule == "glued_furniture"] == [credit]


def test_a_caption_with_a_labelled_picture_credit_run_into_a_paragraphs_end_goes_whole() -> None:
    caption = "Protesters gather outside the court in Kyiv. Bild: Owen Blake"
    out = run(doc(LEAD, f"{BODY} {caption}", SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL]
    assert [r.text for r in out.removed if r.rule == "glued_furniture"] == [caption]


@pytest.mark.parametrize("tail", [
    "Not used: Fury, Brooks",  # a line-up: a list of names after the label
    "She now faces",  # a sentence going on in the next paragraph
    "-- FEELING LIKE SECOND RATE",  # an advice column's sign-off
    "Ticket details: http://www.daviscupfinals.com/",  # the story's own link, with its label
    "Note: The bundle includes Hulu with limited commercials.",  # a labelled note
    '"We will not stop here"',  # speech
])
def test_a_story_fragment_after_the_last_sentence_stays(tail: str) -> None:
    para = f"{BODY} {tail}"
    out = run(doc(LEAD, para, SECOND, TAIL))
    assert para in out.text, tail


def test_no_fragment_is_cut_after_an_abbreviation() -> None:
    para = "The company moved its head office last year to a new building near St. Louis, MO"
    assert glued_tail(para, 8, open_end=False) is None
    assert glued_tail(f"{BODY} CONTINUA DEPOIS DA PUBLICIDADE", 8, open_end=False) == len(BODY) + 1


def test_a_fragment_the_next_paragraph_continues_or_the_page_ends_on_stays() -> None:
    assert glued_tail(f"{BODY} CONTINUA DEPOIS DA PUBLICIDADE", 8, open_end=False) is not None
    assert glued_tail(f"{BODY} CONTINUA DEPOIS DA PUBLICIDADE", 8, open_end=True) is None
    para = f"{BODY} The President Of The"
    nxt = "commission resigned on Tuesday after the vote in parliament."
    assert para in run(doc(LEAD, para, nxt, TAIL)).text
    assert para in run(doc(LEAD, SECOND, para)).text  # the page's last paragraph, cut short
    # Lower-case words are a sentence going on in the next paragraph, whatever that starts with.
    para = f"{BODY} French Open champion"
    assert para in run(doc(LEAD, para, "Anastasia Myskina beat her in straight sets on Tuesday.", TAIL)).text


def test_a_caption_needs_story_text_after_it() -> None:
    assert glued_head("Shoppers walk along a high street. REUTERS/Ana Ruiz There it is.", 8) is None
    assert glued_head(f"Shoppers walk along a high street. REUTERS/Ana Ruiz {SECOND}", 8) == len(
        "Shoppers walk along a high street. REUTERS/Ana Ruiz "
    )


@pytest.mark.parametrize("caption", [
    # blind9 dev: the credit after a bar, after the rights sign with no space, or slashed in brackets, right
    # after the description's last word.
    "Commuters queue at a bus stop | Getty Images",
    "Workers at an assembly line ©iStock",
    "Aficionados durante el partido (Lucía Fernández / AFP via Getty Images)",
])
def test_a_caption_closing_on_its_credit_run_into_a_paragraphs_start_goes(caption: str) -> None:
    assert glued_head(f"{caption} {SECOND}", 8) == len(caption) + 1
    assert glued_head(caption, 8) is None  # no story after it: a caption line's, not run into a paragraph
    assert paragraphs(run(doc(LEAD, BODY, f"{caption} {SECOND}", TAIL)).text) == [LEAD, BODY, SECOND, TAIL]


@pytest.mark.parametrize("para", [
    # A bar, a rights sign or a bracket that closes on no picture source.
    "Voters queue at a polling station | Turnout Since the morning the queues have grown, officials said today.",
    "The logo ©Acme was registered in 1990 and the company sued its rival over it, the court heard on Monday.",
    "The leaders met in the capital (Moscow / Kyiv) The talks lasted three hours, officials said on Monday.",
])
def test_no_credit_closes_a_caption_there(para: str) -> None:
    assert glued_head(para, 8) is None
    assert para in run(doc(LEAD, BODY, para, TAIL)).text


@pytest.mark.parametrize("block", [
    # Blocks an extractor ran into the story's last sentence with no space (blind9 dev; NewsArticles' ABC News
    # pages), furniture by their shape or a pack's line rule, after a quotation too.
    "YOUR BROWSER DOES NOT SUPPORT THE VIDEO TAG.",
    "A post shared by Imran Siddiqui (@ahmed)",
    "Alex Stone and Marilyn Heck contributed to this report.",
])
@pytest.mark.parametrize("story", [BODY, 'He called it "the most important work of my life".'])
def test_a_furniture_block_joined_to_the_last_sentence_goes(block: str, story: str) -> None:
    para = f"{SECOND} {story}{block}"
    assert joined_block(para, 8, list(SENTENCE_BREAK.finditer(para))) == len(para) - len(block)
    assert paragraphs(run(doc(LEAD, para, TAIL)).text) == [LEAD, f"{SECOND} {story}", TAIL]


def test_a_story_sentence_joined_with_no_space_stays() -> None:
    para = f"{SECOND} The firm said profit rose.The shares fell 5% in early trading on Monday in New York."
    assert joined_block(para, 8, list(SENTENCE_BREAK.finditer(para))) is None
    assert para in run(doc(LEAD, para, TAIL)).text


def test_a_headline_in_a_script_without_case_run_into_a_latin_story_goes_figures_and_all() -> None:
    for piece in ("자동차 업체 8만 대 리콜", "暴风雨致3000户停电"):
        out = run(doc(LEAD, f"{BODY} {piece}", SECOND, TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL], piece
    # In a story in that script, or in Latin letters, a fragment with a figure stays.
    korean = "정부는 올해 예산을 확정했다. 자동차 업체 8만 대 리콜"
    assert glued_tail(korean, 2, open_end=False) is None
    latin = f"{BODY} TOP 10 PICKS FOR 2020"
    assert glued_tail(latin, 8, open_end=False) is None


@pytest.mark.parametrize("label", ["Advertisement", "ANZEIGE", "Story Continues"])
def test_a_label_joined_to_the_last_sentence_with_no_space_goes(label: str) -> None:
    # An extractor joined two blocks: "... a stunt show.Advertisement".
    out = run(doc(LEAD, BODY + label, SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL]


def test_a_stray_letter_or_a_sentence_joined_with_no_space_stays() -> None:
    for glued in (BODY[:-1] + ".R", BODY + "The vote was delayed twice, said officials in the capital city."):
        assert glued_tail(glued, 5, False) is None, glued
