"""Photo captions on a line of their own (``captions``): a description closing on a picture credit, or a
file-photo label, goes wherever it stands; the story's lines of close shape stay."""
from __future__ import annotations

import pytest

from tests.cleaned import kept, run
from wirewash.transforms.core.cleaning.captions import caption_line
from wirewash.transforms.core.cleaning.cues import credited
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
    "图为市中心一景。（新华社记者 Amara Kowalski 摄）", "图为城市夜景。（记者 王婷 摄）",  # in brackets, any script
    "夕暮れの市街地（2025年9月撮影）",
    # A Japanese paper's source after an equals sign: an agency, a Latin or katakana name, a photographer's mark.
    "記者会見する岸田首相＝共同", "会談に臨む閣僚。=Shutterstock", "デモ参加者＝ロイター", "記者会見する首相（左）＝田中撮影",
    # The day and the place before the photographer's mark (blind8 dev).
    "会場の外に集まった支持者=2024年4月7日、ワシントン、高橋直樹撮影", "記者会見する首相＝2024年2月22日、首相官邸、伊藤翔撮影",
    # A picture label in a script without case after the description's full stop.
    "متداول في البورصة. - صورة: Getty Images",
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
    "他说，这是一张新照片。（李四）",  # a bracketed name after a sentence, no photographer's mark
    # A Japanese headline's second clause after an equals sign, and a sum: no source after the sign.
    "日銀、利上げ決定＝市場予想通り", "首相、訪米へ＝首脳会談で協力確認", "政府、補助金を拡充＝中小企業に、資金を提供", "価格は2倍になった（x=2）",
    "وقال المتحدث إن الاجتماع انتهى. - وأضاف: لا تعليق",  # a story's sentence, its quote after a dash
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


HEADLINE = "Kazakh Leader Seeks Reset After Riots"


def test_a_description_over_its_credit_alone_goes_in_the_head() -> None:
    # A figure's caption and credit set on lines of their own under the byline (blind4 dev ad9d65feaf8708d0):
    # the description left over the lead hid the lead's dateline from the head.
    out = run(HEADLINE, "By Jane Doe", "Officials arrive for the meeting on Tuesday.", "Image: PA", LEAD, BODY)
    assert kept(out) == [LEAD, BODY]
    assert "Officials arrive for the meeting on Tuesday." in [r.text for r in out.removed if r.rule == "caption_line"]


def test_a_description_under_a_caption_label_alone_goes_anywhere() -> None:
    # BBC's figure read as text: the credit as a source, the caption's label, then the description.
    out = run(LEAD, "Image source, Getty Images", "Image caption,", "Fans cheer before the match", BODY, TAIL)
    assert kept(out) == [LEAD, BODY, TAIL]


def test_a_short_story_line_over_a_credit_in_the_body_stays() -> None:
    # In the body the credit may stand over its own caption: the short line above it is the story's.
    out = run(HEADLINE, LEAD, "He denied the charges.", "Photo: Getty Images", "Fans cheer before the match", BODY)
    assert "He denied the charges." in kept(out)


@pytest.mark.parametrize("caption", [
    # blind7 dev 13e537c6a339 and blind8 dev: a present-tense scene over a photographer and an agency after a slash.
    "Fans celebrate after the final whistle.",
    "Demonstrators gather outside the building on Tuesday.",
])
def test_a_scene_over_a_slashed_credit_under_a_story_paragraph_goes(caption: str) -> None:
    # Its words score as a caption's (learned.scored.leans_furniture), where a story's short sentence does not.
    out = run(HEADLINE, LEAD, BODY, caption, "Leah Abernathy/Bloomberg", TAIL)
    assert kept(out) == [LEAD, BODY, TAIL], out.removed
    assert caption in [r.text for r in out.removed if r.rule == "caption_line"]


@pytest.mark.parametrize("story", ["He denied the charges.", "The vote was delayed until March."])
def test_a_story_sentence_over_a_slashed_credit_stays(story: str) -> None:
    out = run(HEADLINE, LEAD, BODY, story, "Leah Abernathy/Bloomberg", TAIL)
    assert story in kept(out), out.removed


def test_a_scene_over_a_credit_on_a_page_in_another_language_is_left_to_the_rules() -> None:
    # The score has seen no story prose but English, so a German page's lines are not scored, even one that
    # would score as a caption on an English page.
    lead = "Die Regierungspartei hat bei der vorgezogenen Parlamentswahl am Sonntag eine deutliche Mehrheit gewonnen."
    body = "Die Wahlbeteiligung lag nach Angaben der Wahlkommission bei rund 54 Prozent und damit unter dem Wert."
    line = "Fans celebrate after the final whistle."
    out = run(lead, body, line, "Lena Kuhlmann/dpa", body.replace("54", "55"))
    assert line in kept(out), out.removed


def test_a_description_over_its_credit_on_the_first_line_goes_when_the_title_came_apart() -> None:
    # A record's text opening on its picture, its title in a field of its own (blind4 dev d23829d78d53daa6).
    caption = "Traders work on the floor of the exchange."
    out = run(caption, "Image: Reuters", "By Jane Doe", LEAD, BODY, hint=HEADLINE)
    assert kept(out) == [LEAD, BODY]
    # Without a title the first line is the headline's place.
    assert caption in kept(run(caption, "Image: Reuters", "By Jane Doe", LEAD, BODY))


@pytest.mark.parametrize("caption", [
    # A picture desk's credit with its licensing link and the screen reader's note, a gallery's counter first.
    "[1/3]People walk past a shop window in Frankfurt on Wednesday. REUTERS/Graham Tully Purchase Licensing "
    "Rights, opens new tab",
    "Traders work on the floor of the exchange in Sydney. REUTERS/Graham Tully/File Photo Purchase Licensing "
    "Rights, opens new tab",
    # The photographer in capitals, the agency in brackets (the space after the full stop may be lost).
    "Varias personas pasan frente a la sede del banco en Madrid, este martes. DIEGO FUENTES (REUTERS)",
    "Vista general de Madrid, el pasado noviembre.DIEGO FUENTES (EFE)",
    # A photographer on assignment for the paper, the paper named in quotes.
    "Une vue de Bruxelles, mardi. ANTOINE LEFÈVRE POUR « LE MONDE »",
    "Des passants devant la Bourse, à Marseille, le 3 décembre. Antoine Lefèvre pour « Le Monde »",
])
def test_captions_closing_on_a_desks_credit(caption: str) -> None:
    assert caption_line(caption, count_words(caption))


@pytest.mark.parametrize("story", [
    "The minister met the press in Brussels. THE EUROPEAN UNION (EU)",  # no agency in the brackets
    'He told reporters the plan was ready. "It is a plan for the people"',  # speech
    "Read the full report here, opens new tab",  # a link, no credit
    "[1/3]",
])
def test_lines_near_a_desks_credit_are_no_captions(story: str) -> None:
    assert not caption_line(story, count_words(story))


def test_a_description_without_its_full_stop_over_a_credit_goes_in_the_body() -> None:
    # No story sentence stops without its full stop over a picture's credit.
    out = run(HEADLINE, LEAD, "Händler an der Börse in Köln", "Foto: IMAGO", BODY)
    assert kept(out) == [LEAD, BODY]


def test_a_picture_librarys_name_over_a_description_takes_it() -> None:
    # BBC pages set the picture's source over its caption; the story follows.
    out = run(HEADLINE, "Getty Images", "People walk past a shop window in Frankfurt on Wednesday.", LEAD, BODY)
    assert kept(out) == [LEAD, BODY]
    # Under a news agency's name alone, the short line is a lead: agencies sign stories too.
    out = run(HEADLINE, "PA", "Ministers met on Tuesday to agree the plan.", BODY)
    assert "Ministers met on Tuesday to agree the plan." in kept(out)


def test_a_caption_with_a_chained_credit_goes_whole() -> None:
    # The photographer, the agency and the library, slash after slash: a credit, not a teaser's headline.
    caption = "People walk past a shop window in London on Wednesday. Photograph: Marcus Feeney/AFP/Getty Images"
    out = run(HEADLINE, LEAD, caption, BODY)
    assert kept(out) == [LEAD, BODY]


@pytest.mark.parametrize("caption", [
    "Passanti davanti alla sede della società, martedì. (ansa)",
    "Traders work on the floor of the exchange.(Supplied)",
    "Shoppers walk past a store window in the city centre.Credit...Kenji Watanabe for The New York Times",
    "The company's headquarters, pictured last year. (PA Wire)",
])
def test_a_caption_closing_on_a_bracketed_source_or_a_times_credit_goes(caption: str) -> None:
    assert credited(caption)


def test_a_wire_sign_off_or_a_terms_abbreviation_in_brackets_is_no_picture_credit() -> None:
    for text in ("Die elektronische Patientenakte (ePA)", "The vote is due in March. (AFP)"):
        assert not credited(text), text


@pytest.mark.parametrize("caption", [
    # blind8 dev 688461bdf6ce (g1): the credit set off by an em dash after the description's full stop.
    "O ministro fala com a imprensa após a reunião. — Foto: Rafael Albuquerque/g1",
    "A sede da empresa, no início do ano. – Foto: Gustavo Medeiros/g1",
])
def test_a_labelled_credit_after_any_dash_closes_a_caption(caption: str) -> None:
    assert caption_line(caption, count_words(caption))
    assert caption in [r.text for r in run(LEAD, BODY, caption, TAIL).removed]


def test_a_source_after_a_dash_is_no_picture_credit() -> None:
    line = "The deal closed on Monday — Source: company filings"
    assert not caption_line(line, count_words(line))


@pytest.mark.parametrize(("caption", "story"), [
    # An agency's capitals alone are the credit: the capital after them is the story's.
    ("Commuters wait for a train during rush hour. Credit: AAP",
     "LG Card had been threatened with collapse because of its huge debts but the creditors stepped in."),
    # A word that opens a sentence before a name ends an outlet's name after the slash.
    ("Shoppers walk past a store window display. Credit: Hannah Okafor/The West Australian",
     "Under Mr Ebbers' leadership, WorldCom emerged from obscurity to become a telecoms giant."),
    # A quotation opening after the credit's name is the story's.
    ("Photo: Dow Jones",
     '"Many factions within the LDP are distancing themselves from Nakasone," Uchida said on Monday.'),
    # The agency's own credit goes on with its desk or a slash.
    ("Commuters wait for a train. Credit: PA Wire", "The company said it would appeal against the ruling next month."),
])
def test_a_glued_captions_credit_ends_where_the_story_starts(caption: str, story: str) -> None:
    out = run(LEAD, BODY, f"{caption} {story}", TAIL)
    assert kept(out) == [LEAD, BODY, story, TAIL], out.removed


@pytest.mark.parametrize("caption", [
    "Enlarge / Visitors look at a smartphone display at a trade show. (Bethany Crowe)",
    "Enlarge / Fans celebrate outside the stadium.",
    "Pictured: the minister at the summit. (Jane Doe)",
])
def test_a_caption_under_the_enlarge_button_or_with_its_bracketed_credit_goes(caption: str) -> None:
    assert kept(run(LEAD, BODY, caption, TAIL)) == [LEAD, BODY, TAIL]


def test_a_story_sentence_on_enlarging_a_picture_stays() -> None:
    line = "Enlarge the picture to see more of the view, the museum advises visitors on its website."
    assert kept(run(LEAD, BODY, line, TAIL)) == [LEAD, BODY, line, TAIL]


@pytest.mark.parametrize("caption", [
    "Commuters wait for a train during rush hour (THE CANADIAN PRESS)",
    "Trabajadores en una planta de montaje (Europa Press)",
    "The minister speaks to reporters (Staff photo / Ben Carruthers)",
])
def test_a_description_closing_on_an_agency_or_a_staff_photo_in_brackets_goes(caption: str) -> None:
    assert kept(run(LEAD, BODY, caption, TAIL)) == [LEAD, BODY, TAIL]
    line = "Shares in The Canadian Press rose, the company said."
    assert kept(run(LEAD, BODY, line, TAIL)) == [LEAD, BODY, line, TAIL]
