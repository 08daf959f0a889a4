"""The publisher read off wire credits wherever the head puts them: a credit line in any language, a dateline
after a byline on one line, in Latin and Cyrillic script; a picture's credit or a sentence naming an agency is
none."""
from __future__ import annotations

import pytest

from wirewash.transforms.core.article import to_article
from wirewash.transforms.core.cleaning import CleanConfig
from wirewash.transforms.core.cleaning.credits import (
    closing_agency,
    copyright_holder,
    credit_line,
    dateline_agency,
    tail_credit,
)
from wirewash.transforms.core.cleaning.dateline import head_line_credits
from wirewash.transforms.core.parse import RawDoc
from cleaned import kept, run

TITLE = "Central bank lifts rates for third time this year"
LEAD = "The central bank raised its main interest rate by half a point on Thursday, the third rise this year."
BODY = "Economists had expected a smaller move after inflation eased in the spring, a survey showed."


@pytest.mark.parametrize(("line", "agency"), [
    ("Provided by Kyodo", "Kyodo"),
    ("From The Associated Press", "AP"),
    ("Source : AFP", "AFP"),
    ("mit Material von dpa", "dpa"),
    ("(avec Reuters)", "Reuters"),
    ("Agência Lusa", "Lusa"),
    ("Источник: РИА Новости", "RIA Novosti"),
    ("المصدر: الأناضول", "Anadolu"),
    ("稿源：中新社", "China News Service"),
    ("提供：時事通信", "Jiji"),
    ("출처: 연합뉴스", "Yonhap"),
    # Set in brackets, as a closing credit often is.
    ("(Con información de EFE)", "EFE"),
    ("（来源：中新社）", "China News Service"),
    # A label of words ending in a preposition or a word for the agency.
    ("Courtesy of Reuters", "Reuters"),
    ("Fonte Agência Lusa", "Lusa"),
    ("Avec AFP ›", "AFP"),  # set as a link
])
def test_a_credit_line_names_the_agency(line: str, agency: str) -> None:
    assert credit_line(line) == agency


@pytest.mark.parametrize("line", [
    "Photo: AFP", "Foto: dpa", "© Reuters", "By Jane Doe, Reuters", "Reuters",
    "Kyodo News reported the figures on Monday, officials said.",
    # A headline about an agency (BBC business 053) and a quote's fragment name it after a verb.
    "Weak dollar hits Reuters", "Mirza told the Reuters",
    # A photographer and the agency (blind dev bf0543: the story's publisher was Reuters, read as AP).
    "OLIVIA BRENNAN/AP", "Jan Weber/dpa",
])
def test_a_pictures_credit_a_byline_or_a_sentence_is_no_credit_line(line: str) -> None:
    assert credit_line(line) is None


def test_a_credit_line_in_the_head_is_removed_and_names_the_publisher() -> None:
    out = run(TITLE, "Provided by Kyodo", LEAD, BODY)
    assert out.publisher == "Kyodo"
    assert out.text == f"{LEAD}\n\n{BODY}"


def test_a_byline_run_into_a_dateline_gives_both_names_and_the_agency() -> None:
    out = run(TITLE, "By Marcus Whitfield and Claire Oduya | Reuters FRANKFURT (Reuters) -", LEAD, BODY)
    assert out.byline == "Marcus Whitfield and Claire Oduya"
    assert out.publisher == "Reuters"


def test_a_byline_run_into_a_cyrillic_dateline_and_the_lead() -> None:
    lead = "Иван Петров, Елена Кузнецова САНКТ-ПЕТЕРБУРГ, 13 июля. /ТАСС/. " + LEAD
    out = run(TITLE, lead, BODY)
    assert out.byline == "Иван Петров, Елена Кузнецова"
    assert out.publisher == "TASS"
    assert out.text == f"{LEAD}\n\n{BODY}"


@pytest.mark.parametrize(("line", "agency"), [
    ("路透上海1月12日 -", "Reuters"),
    ("法新社深圳6月16日电", "AFP"),
    ("【大阪＝共同】", "Kyodo"),
    ("(베이징=연합뉴스)", "Yonhap"),
    ("عمان - الأناضول", "Anadolu"),
    ("MOSCOW, June 18. /TASS/.", "TASS"),
    ("Madrid, Jun 20 (EFE).-", "EFE"),
    # Two agencies joined: the wire the desk took the story from is the last (blind dev bf0163).
    ("Berlin (APA/Reuters) -", "Reuters"),
    # Japanese papers: the place, "発" (from) and the agency in brackets before a colon (blind dev bf0397, bf0436).
    ("北京発（共同）:", "Kyodo"),
    ("ソウル発（ロイター）:", "Reuters"),
])
def test_a_dateline_in_any_script_names_the_agency(line: str, agency: str) -> None:
    assert dateline_agency(line) == agency


@pytest.mark.parametrize("credit", ["法新社北京3月13日电", "路透上海2月19日 -"])
def test_a_credit_in_another_script_leaves_the_leads_opening_bracket(credit: str) -> None:
    # Reuters opens leads with the company in angle brackets; the credit's cut stopped at the "S" of "<SHV",
    # taking the bracket with the credit (furniture set, a Chinese head on a Reuters story).
    lead = ("<SHV (United Kingdom) Holding Co Ltd> said it was making a tender offer for up to 33 mln "
            "ordinary shares in Imperial Continental Gas Association.")
    out = run(TITLE, f"{credit} {lead}", BODY)
    assert out.text == f"{lead}\n\n{BODY}"
    assert [r.text for r in out.removed if r.rule != "headline"] == [credit]


def test_a_credit_in_another_script_still_goes_before_a_plain_lead() -> None:
    out = run(TITLE, f"法新社北京3月13日电 {LEAD}", BODY)
    assert out.text == f"{LEAD}\n\n{BODY}"
    assert out.publisher == "AFP"


@pytest.mark.parametrize("line", [
    "نواب خلال جلسة البرلمان (رويترز)",  # a caption and its picture's credit
    "Crowds at the station. (AFP)",
    "REUTERS/Jane Doe",
    "Officials told Reuters on Monday",
    "A view of the city (Jane Doe/Reuters)",  # a picture's credit, no dash or colon after it
])
def test_a_captions_credit_names_no_agency(line: str) -> None:
    assert dateline_agency(line) is None


def test_a_dateline_on_its_own_line_over_the_lead_names_the_publisher() -> None:
    out = run(TITLE, "(베이징=연합뉴스)", LEAD, BODY)
    assert out.publisher == "Yonhap"
    assert out.text == f"{LEAD}\n\n{BODY}"


def test_a_credit_line_a_pack_removes_still_names_the_publisher() -> None:
    out = run(LEAD, BODY, "Source: Reuters")
    assert out.publisher == "Reuters"


@pytest.mark.parametrize(("line", "credited", "holder"), [
    ("Copyright 2023 Reuters", (), "Reuters"),
    ("(c) 2024 Agence France-Presse", (), "AFP"),
    ("© 2023 Thomson Reuters. All rights reserved.", (), "Reuters"),
    ("Copyright 2023 The Associated Press. All rights reserved. This material may not be published", (), "AP"),
    ("©2023 Bloomberg L.P.", (), "Bloomberg"),
    ("Copyright Reuters 2021-2023", (), "Reuters"),
    # A holder no wire list knows: the article's credit names it, or the line dates it (the site's own line).
    ("© 2024 Jakarta Globe", ("Photo: Jakarta Globe/Yudha Baskoro",), "Jakarta Globe"),
    ("© 2024 Jakarta Globe", (), "Jakarta Globe"),
    ("Copyright 2023 Example Media Group. All rights reserved.", (), "Example Media Group"),
    ("© 2023 El Diario de la Costa", (), "El Diario de la Costa"),
    # Undated, the word's line counts when the article's credit names the holder too; the mark's line never (a
    # picture's credit as often).
    ("Copyright Jakarta Globe", ("Picture by Jakarta Globe",), "Jakarta Globe"),
    ("Copyright Jakarta Globe", (), None),
    ("Copyright Jakarta Globe", ("Photo: Jakarta Globe Photos",), None),
    ("Copyright Globe", ("Photo: Jakarta Globe/Yudha Baskoro",), None),
    ("© Jakarta Globe", ("Picture by Jakarta Globe",), None),
    ("All rights reserved.", ("All rights reserved",), None),
    ("© Reuters", (), None),
    # "All rights reserved" in another language names no holder; nor does a phrase in lower case.
    ("© 2023 Todos los derechos reservados", (), None),
    ("© 2024 Alle Rechte vorbehalten", (), None),
    ("© 2024 — Tous droits réservés", (), None),
    ("© 2024 some rights reserved by the authors", (), None),
    ("Copyright law was reformed in 2019, lawmakers said.", (), None),
])
def test_a_copyright_line_names_a_known_wire_or_the_credited_holder(line, credited, holder) -> None:
    assert copyright_holder(line, credited) == holder


WIRE_STORY = (LEAD, BODY, "Analysts said the bank would likely pause at its next meeting in December, a poll found.")


def test_a_copyright_line_in_the_tail_names_the_publisher_when_nothing_else_does() -> None:
    out = run(*WIRE_STORY, "Copyright 2023 Reuters. All rights reserved.")
    assert (out.publisher, out.copyright_holder) == (None, "Reuters")
    assert out.text == "\n\n".join(WIRE_STORY)
    # The weakest source: a wire credit, and the input's own publisher field, come first.
    assert run("(Bloomberg) -- " + LEAD, *WIRE_STORY[1:], "Copyright 2023 Reuters").copyright_holder is None

    def article(publisher):
        raw = RawDoc("d1", "d1.jsonl#1", "\n\n".join([*WIRE_STORY, "(c) 2023 AFP"]), publisher=publisher)
        return to_article(raw, CleanConfig(), lambda _name: None).publisher

    assert (article(None), article("The Daily Planet")) == ("AFP", "The Daily Planet")


def test_a_generic_or_unnamed_copyright_line_or_one_in_the_head_names_no_publisher() -> None:
    assert run(*WIRE_STORY, "All rights reserved.").copyright_holder is None
    assert run(*WIRE_STORY, "© Example Media Group. All rights reserved.").copyright_holder is None
    assert run("Copyright 2023 Reuters.", *WIRE_STORY).copyright_holder is None  # the head: not the story's end


def test_a_sites_dated_copyright_line_names_the_publisher_when_nothing_better_does() -> None:
    # "© 2026 Example Media Ltd" under the story: the site's name, without its legal form.
    out = run(*WIRE_STORY, "© 2026 Example Media Ltd")
    assert (out.publisher, out.copyright_holder) == (None, "Example Media")

    def article(publisher):
        raw = RawDoc("d1", "d1.txt", "\n\n".join([*WIRE_STORY, "© 2026 Example Media Ltd"]), publisher=publisher)
        return to_article(raw, CleanConfig(), lambda _name: None).publisher

    assert (article(None), article("The Daily Planet")) == ("Example Media", "The Daily Planet")
    # A wire's credit comes first.
    assert run("(Bloomberg) -- " + LEAD, *WIRE_STORY[1:], "© 2026 Example Media Ltd").publisher == "Bloomberg"


def test_a_short_lead_under_a_wire_credit_on_its_own_line_is_story_text() -> None:
    # The credit opens the paragraph under it, however short that lead is: a byline over them is head furniture.
    lead = "Средняя суточная калорийность 1694 Ккал."
    body = ("Эта диета пришла к нам с запада и в своей основе содержит ограничение на количество углеводов, "
            "говорят диетологи.")
    out = run("Текст: Сергей Соколов и Анна Иванова", "Новосибирск, 10 апреля — РИА Новости.", lead, body)
    assert out.publisher == "RIA Novosti"
    assert kept(out) == [lead, body]


def test_a_short_line_under_a_credit_glued_to_no_lead_is_still_head_furniture() -> None:
    # Without a credit standing over it, a short line above the lead is head furniture as before.
    lead = "Средняя суточная калорийность 1694 Ккал."
    body = ("Эта диета пришла к нам с запада и в своей основе содержит ограничение на количество углеводов, "
            "говорят диетологи.")
    out = run("Текст: Сергей Соколов и Анна Иванова", lead, body)
    assert kept(out) == [body]


def test_a_closing_credit_names_the_publisher_when_the_head_names_none() -> None:
    # Reuters' 1987 copy signs off "Reuter"; a page closes with "(Con información de EFE)".
    assert run(TITLE, LEAD, BODY, "Reuter").publisher == "Reuters"
    assert run(TITLE, LEAD, BODY, "(dpa/lhe)").publisher == "dpa"
    # The head's credit comes first.
    assert run(TITLE, "Provided by Kyodo", LEAD, BODY, "Reuter").publisher == "Kyodo"


def test_a_closing_credit_names_its_agencies_in_quotes_and_in_the_genitive() -> None:
    # blind7 dev (a Russian page's closer): "По материалам ТАСС и «Интерфакса»", the second name in quotes and
    # declined. A sentence on what the press reported names no agency and stays.
    for closer in ('По материалам ТАСС и "Интерфакса"', "По материалам ТАСС и «Интерфакса»"):
        out = run(TITLE, LEAD, BODY, closer)
        assert kept(out) == [LEAD, BODY], closer
        assert out.publisher == "TASS", closer
    assert tail_credit("With Reuters and \"AP\"")
    assert not tail_credit("По материалам прессы, сообщил министр.")


@pytest.mark.parametrize(("closer", "agency"), [
    ("(ANSA).", "ANSA"), ("— Adnkronos >", "Adnkronos"), ("(AFP)", "AFP"), ("(EFE).", "EFE"), ("(dpa)", "dpa"),
    # An agency no list names, told by its shape: a short word in capitals in brackets. No publisher from it.
    ("(ANP).", None),
])
def test_a_bare_agency_closer_goes_alone_or_run_into_the_last_paragraph(closer: str, agency: str | None) -> None:
    # Blind set, dev, packs' lines off: the Italian wires close on "(ANSA).", a page on "— Adnkronos >".
    out = run(TITLE, LEAD, BODY, closer)
    assert kept(out) == [LEAD, BODY]
    assert out.publisher == agency
    if closer.endswith((".", ">")):  # its own end mark made the paragraph read as closing on a sentence
        out = run(TITLE, LEAD, f"{BODY} {closer}")
        assert kept(out) == [LEAD, BODY]
        assert out.publisher == agency


@pytest.mark.parametrize("end", ["(in Rome).", "(See below).", "(Photo)", "— and then >"])
def test_a_bracket_closing_the_story_that_names_no_agency_stays(end: str) -> None:
    assert kept(run(TITLE, LEAD, f"{BODY} {end}")) == [LEAD, f"{BODY} {end}"]


@pytest.mark.parametrize("line", ["Reuter said the figures were preliminary.", "Editing the film took two years."])
def test_a_story_line_naming_an_agency_is_no_closing_credit(line: str) -> None:
    assert closing_agency(line) is None
    assert run(TITLE, LEAD, BODY, line).publisher is None


def test_a_chinese_dateline_in_brackets_names_the_agency_first() -> None:
    # "【中新社武汉4月20日电】": the agency, the place and the day the story was cabled.
    assert dateline_agency("【中新社武汉4月20日电】") == "China News Service"
    assert run(TITLE, "【中新社武汉4月20日电】", LEAD, BODY).publisher == "China News Service"


def test_interfax_without_its_domain_is_its_dateline() -> None:
    out = run(TITLE, "Санкт-Петербург. 14 июня. INTERFAX - " + LEAD, BODY)
    assert out.publisher == "Interfax"
    assert out.text == f"{LEAD}\n\n{BODY}"


AR_LEAD = "قال مسؤولون إن البنك المركزي أبقى على أسعار الفائدة دون تغيير يوم الخميس، مشيرين إلى أن التضخم يتراجع."
AR_BODY = "وكان الاقتصاديون يتوقعون القرار الذي جاء بعد ثلاث زيادات في العام الماضي، ولم تتحرك الأسواق كثيرا."


# An Arabic dateline however the desk sets the place and the date apart (an Arabic comma, a dash, an en dash),
# before an Arabic or an English lead: the agency is the publisher, never a picture's credit run into the lead
# (it was read as a glued caption: "دبي – 17 فبراير (أ ف ب)"); a writer after "كتب:" is the byline.
@pytest.mark.parametrize(("dateline", "agency", "byline"), [
    ("دبي – 17 فبراير (أ ف ب) –", "AFP", None),
    ("الرياض، 12 مايو (واس) -", "SPA", None),
    ("بيروت - 3 مارس (د ب أ) -", "dpa", None),
    ("الكويت، 4 مارس (كونا) -", "KUNA", None),
    ("عمان - (أ ف ب) -", "AFP", None),  # a dash before the brackets too
    ("كتب: فاطمة حسن (رويترز) -", "Reuters", "فاطمة حسن"),
])
@pytest.mark.parametrize("lead", [AR_LEAD, LEAD])
def test_an_arabic_dateline_names_the_agency_and_leaves_the_lead(
    dateline: str, agency: str, byline: str | None, lead: str
) -> None:
    out = run(TITLE, f"{dateline} {lead}", AR_BODY if lead is AR_LEAD else BODY)
    assert out.publisher == agency
    assert out.byline == byline
    assert kept(out)[0] == lead
    assert "glued_caption" not in {r.rule for r in out.removed}


def test_an_arabic_caption_run_into_the_lead_is_still_a_caption() -> None:
    out = run(TITLE, f"مشجعون قبل المباراة (رويترز) {LEAD}", BODY)
    assert kept(out) == [LEAD, BODY]
    assert out.publisher is None  # a picture's credit names no publisher
    assert [r.rule for r in out.removed if r.rule != "headline"] == ["glued_caption"]



def test_a_headline_about_an_agency_is_the_title_and_names_no_publisher() -> None:
    # BBC business 053 (bbc-news/business/053.txt): a BBC story about Reuters.
    lead = ("Revenues at media group Reuters slipped 11% during 2004, mainly due to the weakness of the dollar, "
            "the group said.")
    out = run("Weak dollar hits Reuters", lead, BODY)
    assert out.title == "Weak dollar hits Reuters"
    assert out.publisher is None
    assert kept(out) == [lead, BODY]


@pytest.mark.parametrize("agency", ["(AFP)", "(dpa)", "(Reuters)"])
def test_a_last_paragraph_closing_on_its_agency_keeps_its_sentence(agency: str) -> None:
    """Was removed whole as a photo caption (found by cnote12): the agency is the wire's sign-off, run into the
    story's last sentence."""
    last = "Economists had expected a smaller move after inflation eased in the spring, a survey showed."
    text = ("Central bank lifts rates for third time this year\n\nThe central bank raised its main interest rate by "
            f"half a point on Thursday, the third rise this year.\n\n{last} {agency}")
    result = run(text)
    assert result.text.endswith(last)
    assert [(r.rule, r.text) for r in result.removed if r.rule != "headline"] == [("tail_credit", agency)]


def test_a_dateline_with_a_kicker_run_into_it_names_the_agency() -> None:
    # Blind dev bf0043: the head takes the line whole (its kicker is no lead); the slashed agency is the publisher.
    assert head_line_credits("Brussels, November 11 /AP/ - LOOK WHAT YOU MADE ME DO") == (None, "AP")
    assert head_line_credits("Brussels, November 11 - LOOK WHAT YOU MADE ME DO") == (None, None)


def test_the_heads_dateline_beats_a_closing_credit_line() -> None:
    # Blind dev bf0242: "Firenze - (ANSA)" over the lead; the tail's "— Adnkronos" is another outlet's credit.
    out = run(TITLE, "Firenze - (ANSA)", LEAD, BODY, "— Adnkronos")
    assert out.publisher == "ANSA"
    assert run(TITLE, LEAD, BODY, "— Adnkronos").publisher == "Adnkronos"


def test_a_captions_agency_names_no_publisher() -> None:
    # Blind dev bf0313: a caption's credit after a dash reads as a dateline's agency; the closing credit is the
    # story's.
    caption = "محتجون أمام البرلمان - أ ف ب"
    assert run(TITLE, LEAD, caption, BODY, "المصدر: واس").publisher == "SPA"
    assert run(TITLE, LEAD, caption, BODY).publisher is None


KO_LEAD = "시작은 엘제이의 일방적인 사진 공개로부터 비롯됐다. 그건 이 사안을 두고 벌어진 진실공방이 어떤 결론을 내더라도 잘못된 일이다."
KO_BODY = "여론공방이나 진흙탕 싸움이 아닌 좀 더 차분하게 사안들을 들여다봐야 할 필요가 있다는 지적이 나왔다."


@pytest.mark.parametrize("sign_off", [
    ("정덕현 칼럼니스트", "thekian1@entermedia.co.kr [사진=JTBC, 이매진아시아]"),  # a columnist, over two lines
    ("홍길동 기자 gildong@yna.co.kr",),
    ("김민지 논설위원 minji@example.co.kr [사진=연합뉴스]",),
])
def test_a_korean_sign_off_leaves_the_tail_whatever_the_role(sign_off: tuple[str, ...]) -> None:
    out = run("엘제이의 리벤지인가, 류화영의 코스프레인가", KO_LEAD, KO_BODY, *sign_off,
              "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>")
    assert kept(out) == [KO_LEAD, KO_BODY]


def test_a_story_sentence_naming_a_columnist_stays() -> None:
    line = "칼럼니스트 정덕현은 이번 사안을 데이트 폭력의 문제로 봤다."
    out = run("엘제이의 리벤지인가, 류화영의 코스프레인가", KO_LEAD, line, KO_BODY)
    assert kept(out) == [KO_LEAD, line, KO_BODY]


@pytest.mark.parametrize("credit", ["Nairobi (EFE).- ", "Nairobi (EFE). - ", "Nairobi, 4 mar (EFE) - "])
def test_efe_s_dash_spaced_or_not_ends_the_credit(credit: str) -> None:
    lead = "Heavy rains have displaced more than 20,000 people in western Kenya, officials said on Monday."
    out = run("Floods displace thousands in Kenya", credit + lead, BODY)
    assert kept(out)[0] == lead and out.publisher == "EFE"


@pytest.mark.parametrize("credit", [
    "—With assistance from Luis Ortega.", "(With inputs from agencies)", "(With inputs from PTI)",
])
def test_a_desks_assistance_or_inputs_credit_goes(credit: str) -> None:
    assert kept(run(LEAD, BODY, credit)) == [LEAD, BODY]


@pytest.mark.parametrize(("credit", "publisher"), [
    ("GOLD COAST--(BUSINESS WIRE)--", "Business Wire"),
    ("Denver, Nov. 11, 2024--(BUSINESS WIRE)--", "Business Wire"),
    ("TORONTO, Jan. 10, 2024 (GLOBE NEWSWIRE) -- ", "GlobeNewswire"),
])
def test_a_press_release_wires_dateline_goes_and_names_the_publisher(credit: str, publisher: str) -> None:
    out = run("Acme reports record quarter", credit + LEAD, BODY)
    assert kept(out) == [LEAD, BODY], out.removed
    assert out.publisher == publisher
