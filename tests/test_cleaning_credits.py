"""The publisher read off wire credits wherever the head puts them: a credit line in any language, a dateline
after a byline on one line, in Latin and Cyrillic script; a picture's credit or a sentence naming an agency is
none."""
from __future__ import annotations

import pytest

from wirewash.transforms.core.article import to_article
from wirewash.transforms.core.cleaning import CleanConfig
from wirewash.transforms.core.cleaning.credits import copyright_holder, credit_line, dateline_agency
from wirewash.transforms.core.parse import RawDoc
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


@pytest.mark.parametrize(("line", "credited", "holder"), [
    ("Copyright 2023 Reuters", (), "Reuters"),
    ("(c) 2024 Agence France-Presse", (), "AFP"),
    ("© 2023 Thomson Reuters. All rights reserved.", (), "Reuters"),
    ("Copyright 2023 The Associated Press. All rights reserved. This material may not be published", (), "AP"),
    ("©2023 Bloomberg L.P.", (), "Bloomberg"),
    ("Copyright Reuters 2021-2023", (), "Reuters"),
    # A holder no wire list knows counts only when the article's credit names it too.
    ("© 2024 Jakarta Globe", ("Photo: Jakarta Globe/Yudha Baskoro",), "Jakarta Globe"),
    ("© 2024 Jakarta Globe", (), None),
    ("© 2024 Jakarta Globe", ("Picture by Jakarta Globe",), "Jakarta Globe"),
    ("© 2024 Jakarta Globe", ("Photo: Jakarta Globe Photos",), None),
    ("© 2024 Globe", ("Photo: Jakarta Globe/Yudha Baskoro",), None),
    ("Copyright 2023 Example Media Group. All rights reserved.", (), None),
    ("All rights reserved.", ("All rights reserved",), None),
    ("© Reuters", (), None),  # no year, not the word: a picture's credit as often
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
    assert run(*WIRE_STORY, "© 2023 Example Media Group. All rights reserved.").copyright_holder is None
    assert run("Copyright 2023 Reuters.", *WIRE_STORY).copyright_holder is None  # the head: not the story's end
