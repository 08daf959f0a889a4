"""The publisher read off wire credits wherever the head puts them: a credit line in any language, a dateline
after a byline on one line, in Latin and Cyrillic script; a picture's credit or a sentence naming an agency is
none."""
from __future__ import annotations

import pytest

from wirewash.transforms.core.cleaning.credits import closing_agency, credit_line, dateline_agency
from cleaned import run

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


def test_a_closing_credit_names_the_publisher_when_the_head_names_none() -> None:
    # Reuters' 1987 copy signs off "Reuter"; a page closes with "(Con información de EFE)".
    assert run(TITLE, LEAD, BODY, "Reuter").publisher == "Reuters"
    assert run(TITLE, LEAD, BODY, "(dpa/lhe)").publisher == "dpa"
    # The head's credit comes first.
    assert run(TITLE, "Provided by Kyodo", LEAD, BODY, "Reuter").publisher == "Kyodo"


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
