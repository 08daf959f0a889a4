"""Bylines in the shapes outlets print them, in several languages and scripts (``byline.byline_names``), and
lines of a byline's length that are none (headlines, buttons, captions, outlets)."""
from __future__ import annotations

import pytest

from wirewash.transforms.core.cleaning import CleanConfig, clean
from wirewash.transforms.core.cleaning.byline import byline_before_stamp, byline_names, labelled_byline
from wirewash.transforms.core.counters import noop


@pytest.mark.parametrize(("line", "names"), [
    # Every author of a list, with the Oxford comma or not, in capitals too.
    ("By Samuel Okafor, Owen Blake, and Kim Soo-jin", "Samuel Okafor, Owen Blake, and Kim Soo-jin"),
    ("By Marcus Whitfield and Claire Oduya | Reuters", "Marcus Whitfield and Claire Oduya"),
    ("BY ANA RUIZ AND OWEN BLAKE", "ANA RUIZ AND OWEN BLAKE"),
    ("Claire Rousseau, Antoine Girard et Luc Martin", "Claire Rousseau, Antoine Girard et Luc Martin"),
    # A handle, an outlet, a place, a stamp after the names.
    ("By Owen Blake @owenblake", "Owen Blake"),
    ("OLA BERG, AFP", "OLA BERG"),
    ("JAN WEBER | dpa", "JAN WEBER"),
    ("Claire Rousseau avec AFP", "Claire Rousseau"),
    ("Kim Soo-jin • Google News — First published October 1, 2019: 4:37 PM ET", "Kim Soo-jin"),
    # Labels in other languages, a phrase among them.
    ("Propos recueillis par Luc Martin", "Luc Martin"),
    ("dal nostro inviato Giulia Bianchi", "Giulia Bianchi"),
    ("Por João Silva e Beatriz Santos, de Lisboa", "João Silva e Beatriz Santos"),
    ("Текст: Анна Смирнова", "Анна Смирнова"),
    # Scripts without case: a label, a role word or a separator marks the names.
    ("作者：陈静", "陈静"),
    ("王伟（本报记者）", "王伟"),
    ("新华社上海4月19日电（记者 陈静）", "陈静"),
    ("編集委員・田中健", "田中健"),
    ("山田太郎、高橋美咲", "山田太郎, 高橋美咲"),
    ("박준호·최수진 기자", "박준호, 최수진"),
    ("[KBS 뉴스] 이지은 기자", "이지은"),
    ("بقلم خالد إبراهيم وليلى منصور", "خالد إبراهيم, ليلى منصور"),
    ("فاطمة حسن - دبي", "فاطمة حسن"),
    # What a pass left after the names when it cut a correction note off the line (blind dev bf0331, bf0515).
    ("مراسلو أخبار الساعة: محمد منصور وليلى حداد /", "محمد منصور, ليلى حداد"),
    ("记者 李娜 王洋 张静 🔴", "李娜, 王洋, 张静"),
    # The paper's name before the reporter's (blind dev bf0409).
    ("北斗タイムズ 渡辺翔太", "渡辺翔太"),
    # Labels of a phrase: a German noun capitalised in it, an Italian one opening on "A".
    ("Ein Beitrag von Anna Weber und Felix Schneider", "Anna Weber und Felix Schneider"),
    ("Von unserem Korrespondenten Felix Schneider", "Felix Schneider"),
    ("A cura di Marco Rossi e Giulia Bianchi", "Marco Rossi e Giulia Bianchi"),
    # Names with particles, and five authors under a label.
    ("Por José María de la Fuente y Ana García-Pérez", "José María de la Fuente y Ana García-Pérez"),
    ("By Jane Doe, John Roe, Ann Poe, Mark Moe and Sue Loe", "Jane Doe, John Roe, Ann Poe, Mark Moe and Sue Loe"),
    # Caseless labels: "كتبه" ("written by"), "取材・文＝", "文・写真：" (text and pictures).
    ("كتبه: خالد منصور", "خالد منصور"),
    ("取材・文＝佐藤美咲", "佐藤美咲"),
    ("文・写真：佐藤美咲", "佐藤美咲"),
    # A name in capitals sets its particles so: three words of a name, not five (blind4 dev).
    ("POR ELENA RUIZ DE LA VEGA", "ELENA RUIZ DE LA VEGA"),
    ("POR PABLO NAVARRO, ELENA RUIZ DE LA VEGA Y ANA DEL RÍO", "PABLO NAVARRO, ELENA RUIZ DE LA VEGA Y ANA DEL RÍO"),
    # Japanese papers' "執筆者：" (writer) label.
    ("執筆者：中村美咲、小林大輔", "中村美咲, 小林大輔"),
    # Arabic "and" set apart from the next name; a Latin comma between Arabic names.
    ("كريم يوسف و سارة ناصر - Dubai", "كريم يوسف, سارة ناصر"),
    ("بقلم: كريم يوسف و سارة ناصر", "كريم يوسف, سارة ناصر"),
    ("نور حداد, كريم يوسف و سارة ناصر - القاهرة", "نور حداد, كريم يوسف, سارة ناصر"),
])
def test_a_byline_yields_every_name(line: str, names: str) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize("line", [
    "Three DJs replace Peel radio show",  # a headline in title case
    "Profits slide at India's Dr Reddy",  # a headline in sentence case ending in a name
    "RATES RISE, FED SAYS",  # a headline in capitals
    "HOLLIS GRANBY",  # a name in capitals with nothing to mark it a byline
    "The Independent • 5 min read",
    "Auf X teilen",
    "São Paulo (AFP) -",  # a dateline
    "Latest Stories a",
    "기사, 듣기",  # buttons
    "澎湃新闻 | 科技",  # a site and its section
    "مسافرون في المحطة - أرشيف",  # a caption and its credit
    "澎湃新闻 |",  # a site's name and a separator alone
    "北斗タイムズ 朝日新聞",  # two papers' names
    "🔴 直播",  # a decoration and a label
    "By Monday, officials had counted every ballot.",
    "A Lot of Snow by Friday",  # a headline with a phrase before "by"
    "Ein Beitrag von 2019",  # a German label and no name
    # Five names with no label are a list of people, not a byline.
    "Jane Doe, John Roe, Ann Poe, Mark Moe and Sue Loe",
    "ツイート シェア はてブ",  # a Japanese page's share buttons: words in kana alone, no name
    "وزير الخارجية في القاهرة - رويترز",  # a caption's words and its credit, no list of names
])
def test_a_line_of_a_bylines_length_that_is_none(line: str) -> None:
    assert byline_names(line) is None


def test_the_byline_under_a_headline_is_read_in_any_script() -> None:
    lead = "The central bank raised its main interest rate by half a point on Thursday, the third rise this year."
    out = clean("\n\n".join(["Central bank lifts rates again", "최수진·박준호 기자", lead]), CleanConfig(), noop)
    assert out.byline == "최수진, 박준호"
    assert out.text == lead


@pytest.mark.parametrize(("line", "names"), [
    ("By Samuel Okafor, Owen Blake, and Kim Soo-jin Saturday 14 Aug 2022 17.27 GMT",
     "Samuel Okafor, Owen Blake, and Kim Soo-jin"),
    ("박준호·정다은 기자 입력 2016.01.10 14:13", "박준호, 정다은"),
    ("Por Pedro Almeida Atualizado há 3 horas", "Pedro Almeida"),
    # A note with its label run into the byline.
    ("DI LUCA RICCI E LUCA ROMANO Rettifica: in una precedente versione era indicata una data errata.",
     "LUCA RICCI E LUCA ROMANO"),
    ("Текст: Ольга Смирнова и Ольга Лебедев Исправлено: в первоначальной версии была неверная дата.",
     "Ольга Смирнова и Ольга Лебедев"),
    ("记者 李娜 王洋 张静 🔴 更正：本文此前版本中数据有误，现已更正。", "李娜, 王洋, 张静"),
    # Names in a script without case are one word with the stamp after them (blind dev bf0439).
    ("佐藤由美、高橋太郎、田中花子記者 2025/04/29 07:03", "佐藤由美, 高橋太郎, 田中花子"),
])
def test_a_byline_run_into_a_stamp_yields_the_names(line: str, names: str) -> None:
    assert byline_before_stamp(line) == names


@pytest.mark.parametrize("line", [
    "Updated 14 March 2024, 09:41", "Share 5 comments", "北京 2025/04/29 07:03", "更新 2025/04/29 07:03",
])
def test_a_stamp_alone_yields_no_names(line: str) -> None:
    assert byline_before_stamp(line) is None


def test_only_a_notes_label_ends_a_byline_in_a_lead() -> None:
    # Two people and their ages open a lead; a figure ends no byline there.
    lead = "Jane Doe and John Roe 25 and 31 were arrested on Monday after the protest in the capital."
    assert byline_before_stamp(lead, figures=False) is None
    assert byline_before_stamp("The minister said: we will act on prices this week.", figures=False) is None


def test_a_caseless_byline_and_credit_run_into_a_lead_leave_the_lead() -> None:
    # The bracketed credit ends the byline: the story after it, colon and all, is no note run into the byline
    # (furniture set, a Korean head on an Italian story: the whole lead went as the byline).
    title = "Black Friday deals for nostalgics you should not miss"
    lead = ("Il black Friday incombe su di noi: per chi non lo sapesse il venerdì nero è l’ennesima "
            "consuetudine importata dagli USA, dove i negozi offrono sconti.")
    body = "Negli ultimi anni il Black Friday si è trasformato in una settimana di sconti e offerte speciali."
    assert byline_before_stamp(f"박준호·김민수 기자 (워싱턴=연합뉴스) {lead}", figures=False) is None
    out = clean("\n\n".join([title, f"박준호·김민수 기자 (워싱턴=연합뉴스) {lead}", body]), CleanConfig(), noop)
    assert out.text == f"{lead}\n\n{body}"
    assert out.byline == "박준호, 김민수"


def test_a_caseless_byline_and_credit_with_a_note_run_into_them_still_go() -> None:
    note = "정정: 이 기사의 이전 버전에서 날짜가 잘못 표기됐습니다."
    assert byline_before_stamp(f"박준호·김민수 기자 (워싱턴=연합뉴스) {note}", figures=False) == "박준호, 김민수"
    assert byline_names("이지은 기자 (서울=연합뉴스) =") == "이지은"


def test_a_byline_with_a_note_run_into_it_under_the_headline_is_no_lead() -> None:
    title = "Hong Kong money supply rises 2.2 pct in January"
    lead = "Hong Kong's broadly defined M3 money supply rose 2.2 pct in January, the government said."
    body = "The rise followed a fall of 0.8 pct in December, the figures showed on Friday."
    note = "DI LUCA RICCI E LUCA ROMANO Rettifica: in una precedente versione era indicata una data errata."
    out = clean("\n\n".join([title, note, lead, body]), CleanConfig(), noop)
    assert out.byline == "LUCA RICCI E LUCA ROMANO"
    assert out.text == f"{lead}\n\n{body}"
    # Without the label the same line is the lead.
    plain = "Luca Ricci and Luca Romano said in a statement that the date had been wrong in an earlier version."
    assert clean("\n\n".join([title, plain, body]), CleanConfig(), noop).text == f"{plain}\n\n{body}"


def test_an_outlet_after_the_names_is_no_name() -> None:
    assert byline_names("Samuel Okafor and Ola Berg, The Independent") == "Samuel Okafor and Ola Berg"


@pytest.mark.parametrize(("line", "names"), [
    # A job title after the comma is no second author (aeb 05844573ca7e: "Tom Krisher, AP Auto Writer"), in the
    # packs' other languages too, where a role's "en" is no conjunction between names.
    ("Tom Krisher, AP Auto Writer", "Tom Krisher"),
    ("By Tom Krisher and Dee-Ann Durbin, Associated Press Writers", "Tom Krisher and Dee-Ann Durbin"),
    ("Jane Doe, Senior Correspondent", "Jane Doe"),
    ("Por Ana Ruiz, Corresponsal en Bruselas", "Ana Ruiz"),
    ("Von Anna Weber, Korrespondentin in Paris", "Anna Weber"),
    # A second name after the comma is an author.
    ("Por Ana Ruiz, Elena Sánchez", "Ana Ruiz, Elena Sánchez"),
])
def test_a_job_title_after_the_names_is_no_name(line: str, names: str) -> None:
    assert byline_names(line) == names


def test_a_reporter_named_inside_a_wire_credit_is_the_byline() -> None:
    lead = "Президент подписал указ о проведении учений в трёх регионах страны в следующем месяце."
    out = clean("КАЗАНЬ, 27 сентября. /Корр. ТАСС Сергей Орлов/. " + lead, CleanConfig(), noop)
    assert out.byline == "Сергей Орлов"
    assert out.text == lead


@pytest.mark.parametrize("line", ["Créditos: Mariana Silva", "Foto: Jane Doe", "Photo : Luc Martin"])
def test_a_pictures_credit_is_no_byline(line: str) -> None:
    assert byline_names(line) is None
    assert byline_names("Texto: Mariana Silva") == "Mariana Silva"


def test_capitals_with_a_separator_and_nothing_after_are_no_byline() -> None:
    # "ARTICLE RÉSERVÉ · 13 MIN": a label over a reading time, not a name over it.
    assert byline_names("ARTICLE RÉSERVÉ ·") is None
    assert byline_before_stamp("ARTICLE RÉSERVÉ · 13 MIN") is None
    assert byline_names("By Jane Doe ·") == "Jane Doe"


def test_a_pictures_credit_over_the_lead_is_a_page_head() -> None:
    lead = "The Steelers spent Monday trying to distance themselves from the fight, the team said in a statement."
    body = "Cleveland also received a fine for the brawl, the league said on Tuesday evening."
    out = clean("\n\n".join(["Créditos: Mariana Silva", lead, body]), CleanConfig(), noop)
    assert out.byline is None
    assert out.text == f"{lead}\n\n{body}"


LEAD = "The central bank raised its main interest rate by half a point on Thursday, the third rise this year."


def test_a_labelled_list_of_names_with_a_stamp_run_into_it_is_a_byline() -> None:
    # Blind dev bf0040: the unwrapping ran the stamp into the byline, and the line ends as a sentence does.
    line = ("By Daniel Okafor, Tom Fischer and Aisha Raman, Harbor Daily News Originally published 6/12/2025; "
            "refreshed 6:01 a.m..")
    out = clean(f"{line}\n\n{LEAD}", CleanConfig(), noop)
    assert out.byline == "Daniel Okafor, Tom Fischer and Aisha Raman"
    assert out.text == LEAD


def test_a_lead_opening_with_by_and_names_then_figures_stays() -> None:
    lead = "By Monday, Jane Doe and John Roe had counted 40 ballots in the capital city, officials said."
    out = clean(f"{lead}\n\n{LEAD}", CleanConfig(), noop)
    assert out.byline is None
    assert out.text == f"{lead}\n\n{LEAD}"


@pytest.mark.parametrize(("line", "labelled"), [
    ("By Jane Doe", True),
    ("POR ELENA RUIZ DE LA VEGA", True),
    ("Текст: Ольга Смирнова", True),
    ("作者：陈静", True),
    ("田中健一記者", True),
    ("بقلم خالد منصور", True),
    # Names alone, or under another word: a headline may read so.
    ("Jane Doe and John Roe, Reuters", False),
    ("Basin Pipeline Reopens in U.S. Southwest", False),
    ("Ec Ministers Announce Plan for Steel Closures", False),
    ("Profile: Gordon Brown", False),
    # A role inside a line, after a headline run into it, is no byline's.
    ("Nasa adds five companies to commercial lunar lander program 記者：佐藤花子", False),
])
def test_a_byline_under_its_own_label_or_role(line: str, labelled: bool) -> None:
    assert labelled_byline(line) is labelled
