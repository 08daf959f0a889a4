"""Photo captions on a line of their own (``captions``): a description closing on a picture credit, or a
file-photo label, goes wherever it stands; the story's lines of close shape stay."""
from __future__ import annotations

import pytest

from tests.cleaned import kept, run
from wirewash.transforms.core.cleaning.captions import caption_line
from wirewash.transforms.core.cleaning.normalise import count_words

LEAD = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
BODY = "Turnout was estimated at around 54%, far below the 63% participation in previous elections."
TAIL = "Economic challenges, including high inflation, are also top of mind for Tokayev, analysts said."


@pytest.mark.parametrize("caption", [
    "Manifestanti davanti a Montecitorio - Foto Ansa",  # a dash, a picture word, the source
    "محتجون أمام البرلمان - أ ف ب",  # a dash and an agency
    "Protesters gather outside parliament - Reuters",
    "Protesters gather outside parliament. (Getty Images)",  # a bracketed agency after the description
    "Protesters gather outside parliament (Photo: AFP)",
    "Una veduta della città al tramonto (foto ANSA)",  # a picture word and the source, no colon
    # A labelled credit in brackets naming the photographer and the outlet, whatever the label.
    "Pictured:\xa0the site earlier this week (Credit: Olivia Nakamura for Metro Tribune)",
    "(Getty Images)",
    "Des manifestants devant l'Assemblée, dimanche. LUDOVIC MARIN / AFP",  # cues.credited's shapes
    "Вид на город вечером. Фото: Дмитрий Лебедев/РИА Новости",
    "Photo d'illustration. © Thomas Mercier / La Dépêche de l'Est",
    "• Vista de la ciudad al atardecer. EFE/Elena Sánchez",  # a slideshow's bullet
    "图为城市夜景。王婷 摄", "新华社记者 杨磊 摄:",  # the photographer's mark
    "夕暮れの市街地（2025年9月撮影）",
    "Immagine d'archivio", "Photo d'illustration", "الصورة من الأرشيف", "资料图", "EFE/Archivo", "Archivbild",
    # a file-photo label or a picture word and a colon before the one description
    "File photo: Shoppers walk along a high street.", "Photo d'archives : Des voyageurs en gare.",
    "Pictured: Traders work on the floor of the stock exchange",
    # A caption's own label before the description (blind dev bf0069), and a link's arrow or an ellipsis the
    # page sets after the credit (bf0191, bf0069).
    "Pie de foto: reunión del consejo el jueves", "Légende : des voyageurs en gare", "Imagem de arquivo | Lusa >",
    "EFE/Archivo…", "Protesters gather outside parliament - Reuters ›",
])
def test_caption_lines(caption: str) -> None:
    assert caption_line(caption, count_words(caption))


@pytest.mark.parametrize("story", [
    "Protesters gathered outside parliament on Sunday, Reuters reported.",  # the agency as the story's source
    "Rising costs - Jane Doe",  # a subhead with its author: a name, no picture word or agency
    "Inside the archives",  # a subhead
    "He was treated at St. Lukes/Roosevelt Hospital Center",
    '"We will not stop here," the minister said - AFP',  # speech
    "U.S. TREASURY/FED",  # telex copy in capitals
    "He met the party's leaders (Labour: Tom Watson, Ed Miliband)",  # a bracketed list of names, not a credit
    "The talks resumed on Monday (Update: Talks Collapse).",  # a sentence's end
    "他们在现场拍摄了大量照片。",  # a sentence about photographing
    # A line-up closing on a label and names: no picture in its credit.
    "Replacements: Priscott for Roberts (71), Green for Dowd (71). Not used: Fury, Brooks",
    # A story sentence with a caption's credit run into its end: longer than a caption (``glued`` cuts the credit).
    "Moody's Investors Service Inc said it launched today a new index of investment grade U.S. corporate bonds "
    "based on 100 issues. Foto: ANSA/Giuseppe Lami",
    # After a picture label: two sentences, or a description run into a longer story sentence, are the
    # story's.
    "Photo: The first picture of the comet was taken in May. It shows a tail of gas.",
    "Pictured: Fans cheer before the match The bank also cut its seven-day repossession rate to 8-1/2 pct.",
    # A caption's label word opening a story's sentence, and a teaser's arrow after no credit.
    "Caption: the minister said the photo was taken in May. It was later withdrawn.",
    "Read the full report on the election here >", "Analysis: the quiet winners of the new trade deal →",
    # A story's last sentence and the wire's sign-off after its full stop: the tail's credit, not a caption.
    "Economists had expected a smaller rise, a survey showed. — Adnkronos >",
    "Economists had expected a smaller rise, a survey showed. - Reuters",
])
def test_story_lines_of_close_shape_are_no_captions(story: str) -> None:
    assert not caption_line(story, count_words(story))


def test_a_caption_between_paragraphs_goes_and_the_story_stays() -> None:
    caption = "Manifestanti davanti a Montecitorio - Foto Ansa"
    out = run(LEAD, BODY, caption, "Inside the archives", TAIL)
    assert kept(out) == [LEAD, BODY, "Inside the archives", TAIL]
    assert [r.text for r in out.removed if r.rule == "caption_line"] == [caption]


def test_a_file_photo_label_alone_goes_on_the_first_line_and_a_headline_there_stays() -> None:
    # A page without a headline opens on its picture's label (blind dev bf0509).
    out = run("资料图", LEAD, BODY, TAIL)
    assert kept(out) == [LEAD, BODY, TAIL] and [r.rule for r in out.removed] == ["caption_line"]
    headline = "Protesters gather outside parliament - Reuters"  # a caption's shape, but no label alone
    out = run(headline, LEAD, BODY, TAIL)
    assert all(r.rule != "caption_line" for r in out.removed)
