"""The publisher read off wire credits wherever the head puts them: a credit line in any language, a dateline
after a byline on one line, in Latin and Cyrillic script; a picture's credit or a sentence naming an agency is
none."""
from __future__ import annotations

import pytest

from wirewash.transforms.core.cleaning.credits import credit_line, dateline_agency
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
])
def test_a_credit_line_names_the_agency(line: str, agency: str) -> None:
    assert credit_line(line) == agency


@pytest.mark.parametrize("line", [
    "Photo: AFP", "Foto: dpa", "© Reuters", "By Jane Doe, Reuters", "Reuters",
    "Kyodo News reported the figures on Monday, officials said.",
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
])
def test_a_dateline_in_any_script_names_the_agency(line: str, agency: str) -> None:
    assert dateline_agency(line) == agency


@pytest.mark.parametrize("line", [
    "نواب خلال جلسة البرلمان (رويترز)",  # a caption and its picture's credit
    "Crowds at the station. (AFP)",
    "REUTERS/Jane Doe",
    "Officials told Reuters on Monday",
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
