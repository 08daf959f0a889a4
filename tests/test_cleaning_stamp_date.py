"""stamp_date: the date of first publication a removed stamp gives, and clean() lifting it into published."""
from __future__ import annotations

import datetime

import pytest

from wirewash.transforms.core.cleaning.clean import clean
from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.stamp_date import bare_stamp, dated_entry, stamp_date

D3 = datetime.date(2026, 12, 3)


@pytest.mark.parametrize(("stamp", "day"), [
    ("Published: 3 December 2026 10:15 GMT", D3),
    ("First published on Tue 1 Dec 2026 09.00 GMT", datetime.date(2026, 12, 1)),
    ("Posted Oct. 8, 2021 · Updated 1:49 p.m.", datetime.date(2021, 10, 8)),
    ("Tom Okafor and Liam Whitfield → Published July 25, 2022 at 6:15 p.m.", datetime.date(2022, 7, 25)),
    ("Publié le 3 déc. 2026 à 10h15, mis à jour le 3 déc. 2026 à 11h02", D3),
    ("Le 01/12/2026 à 15h01", datetime.date(2026, 12, 1)),
    ("Publicado el 2 de diciembre de 2026", datetime.date(2026, 12, 2)),
    ("Publicado em 2 de dezembro de 2026 às 10h15", datetime.date(2026, 12, 2)),
    ("Veröffentlicht am 3.12.2026, 10:15 Uhr", D3),
    ("Pubblicato il 2 dicembre 2026 alle 10:15", datetime.date(2026, 12, 2)),
    ("Опубликовано 3 декабря 2026 г., 10:15", D3),
    ("发布时间：2026年12月3日 10:15", D3),
    ("公開日：2026年12月2日", datetime.date(2026, 12, 2)),
    ("입력 2026.12.03 10:15", D3),
    ("Thursday, December 3, 2026 - 6:15 p.m. ET", D3),
    ("By Jane Doe | December 2, 2026", datetime.date(2026, 12, 2)),
    ("3 December 2026 · Updated 4 December 2026", D3),
    ("12/3/2026 10:15 a.m. ET", D3),  # a US clock: month first
    ("Published 31/12/2025", datetime.date(2025, 12, 31)),  # only day first is a date
    ("Published 12/31/2025", datetime.date(2025, 12, 31)),
    ("Publié le 03/12/2026", D3),  # a French label: day first
    ("2026年9月12日 15:46 来源：新华社", datetime.date(2026, 9, 12)),  # the source after the date
    # A dateline with the wire's name in brackets after its date.
    ("LONDON, March 5, 2026 (Reuters) -", datetime.date(2026, 3, 5)),
    ("LONDON, March 5, 2026 (AP) —", datetime.date(2026, 3, 5)),
    ("RENNES, 4 mars 2026 (AFP) -", datetime.date(2026, 3, 4)),
    ("MADRID, 5 Mar. 2026 (EUROPA PRESS) -", datetime.date(2026, 3, 5)),
    ("2026年6月16日 16時30分", datetime.date(2026, 6, 16)),
    ("文/陈浩  发布时间：2026-09-01 10:49", datetime.date(2026, 9, 1)),
    ("글·사진 최유진 기자, 입력 2026.08.29 08:47", datetime.date(2026, 8, 29)),
    ("نشر في: 17 فبراير 2026 - 21:00", datetime.date(2026, 2, 17)),
    ("By Lukas Berger, Economics Correspondent, June 22, 2026 4:55 pm", datetime.date(2026, 6, 22)),
])
def test_publication_date_of_a_stamp(stamp: str, day: datetime.date) -> None:
    assert stamp_date(stamp) == day


@pytest.mark.parametrize("stamp", [
    "Updated: 3 December 2026",  # an update is not the publication
    "Mis à jour le 3 décembre 2026",
    "Actualizado 02/12/2026",
    "Aktualisiert am 3.12.2026",
    "Обновлено 3 декабря 2026",
    "03/12/2026",  # day or month first: nothing tells
    "Published 03/04/2026",
    "Originally published December 3; revised 10:15 ET",  # no year written
    "Publicado el 3 de diciembre",
    "Published 3 March 1987",  # before 1990
    "Published 26-02-87",  # a two-digit year names no century
    "Published 31 February 2026",
    "The report was released on 3 December 2026.",  # a sentence, not a stamp
    "Photo: Reuters, 3 December 2026",
    "آخر تحديث: 9 يونيو 2026",
    "수정 2026-03-31 14:46",
    "The minister, who resigned on 3 December 2026",
    "— Sarah Whitfield (@teamlead_22) January 18, 2026",  # a post's signature
    "Posted in Politics",
    "The minister (Labour) resigned on 3 December 2026",  # brackets in a sentence are no wire's credit
    "LONDON, March 5, 2026 (Reuters 10) -",  # a figure in the brackets: no wire's name
])
def test_no_publication_date(stamp: str) -> None:
    assert stamp_date(stamp) is None


def test_bounds_are_fixed_not_the_run_day() -> None:
    # The same input gives the same ``published`` on any later run, so no bound follows the clock.
    assert stamp_date("Published 5 December 2031") == datetime.date(2031, 12, 5)
    assert stamp_date("Published 5 December 2100") is None


_STORY = """Storm closes ports along the northern coast

{stamp}

Heavy rain and strong winds forced the closure of three ports along the northern coast on Thursday, officials \
said, as forecasters warned of more disruption.

The harbour authority said ferries would stay in port until the weather eased, and that freight would be \
diverted to southern terminals for at least two days.
"""


@pytest.mark.parametrize(("stamp", "day"), [
    ("Published: 2 December 2026 10:15 GMT", datetime.date(2026, 12, 2)),
    ("Publié le 2 déc. 2026 à 10h15", datetime.date(2026, 12, 2)),
    # Only an update's stamp: its date, the latest day the story was current (see stamp_date).
    ("Updated: 2 December 2026 10:15 GMT", datetime.date(2026, 12, 2)),
    ("Aktualisiert am 2.12.2026, 16:50 Uhr", datetime.date(2026, 12, 2)),
    ("Mis à jour le 2 décembre 2026 à 11h02", datetime.date(2026, 12, 2)),
])
def test_clean_sets_published_from_the_stamp_it_removes(stamp: str, day: datetime.date | None) -> None:
    seen: list[str] = []
    cleaned = clean(_STORY.format(stamp=stamp), CleanConfig(), seen.append)
    assert stamp not in cleaned.text
    assert cleaned.published == day
    assert ("clean:metadata:published" in seen) == (day is not None)


@pytest.mark.parametrize(("dateline", "publisher", "rule"), [
    ("LONDON, March 5, 2026 (Reuters) -", "Reuters", "reuters_credit"),
    ("LONDON, March 5, 2026 (AP) —", "AP", "ap_credit"),
    ("DOHA, Qatar, March 5, 2026 (AP) —", "AP", "ap_credit"),
    ("RENNES, 4 mars 2026 (AFP) -", "AFP", "afp_credit"),
])
def test_a_wire_dateline_gives_its_date_and_its_wire(dateline: str, publisher: str, rule: str) -> None:
    # A new user's finding: the wire's name after the date lost the dateline's date, the field left null; and an
    # English dateline with a year was removed by the Spanish pack's rule ("reuters_es_credit").
    story = _STORY.replace("\n\nHeavy rain", "\n\n" + dateline + " Heavy rain").format(stamp="")
    cleaned = clean(story, CleanConfig(), lambda _: None)
    assert cleaned.text.startswith("Heavy rain")
    assert cleaned.published == stamp_date(dateline) is not None
    assert cleaned.publisher == publisher
    assert [r.rule for r in cleaned.removed if dateline.startswith(r.text.strip())] == [rule]


def test_a_date_prefix_wins_over_a_stamp() -> None:
    text = "date 2026-11-30 " + _STORY.format(stamp="Published: 2 December 2026 10:15 GMT")
    assert clean(text, CleanConfig(), lambda _: None).published == datetime.date(2026, 11, 30)


def test_a_first_publication_stamp_wins_over_an_earlier_update_stamp() -> None:
    # Two stamps removed: the update's comes first on the page, the first publication's date is ``published``.
    stamp = "Updated: 3 December 2026 11:02 GMT\n\nPublished: 2 December 2026 10:15 GMT"
    assert clean(_STORY.format(stamp=stamp), CleanConfig(), lambda _: None).published == datetime.date(2026, 12, 2)


def test_an_update_date_is_read_only_when_asked() -> None:
    assert stamp_date("Updated: 3 December 2026") is None
    assert stamp_date("Updated: 3 December 2026", updates=True) == datetime.date(2026, 12, 3)
    # A date far from the label is not the update's.
    note = "Updated by the news desk after readers wrote in about the 3 December 2026 vote"
    assert stamp_date(note, updates=True) is None


@pytest.mark.parametrize(("stamp", "first", "update"), [
    # The label after the date and its clock, as Korean, Japanese and Chinese sites set it.
    ("2026.12.03 10:15 입력", D3, D3),
    ("기사입력 2026.12.03 오전 10:15", D3, D3),
    ("2026.12.04 오후 3:15 수정 | 2026.12.03 10:15 입력", D3, datetime.date(2026, 12, 4)),
    ("최종수정 2026.12.04 | 기사입력 2026.12.03", D3, datetime.date(2026, 12, 4)),
    ("2026年12月3日 10時15分 公開", D3, D3),
    ("2026/12/04 10:15 更新", None, datetime.date(2026, 12, 4)),
    # A label after a comma opens the next part: the date before it is the publication's.
    ("Publié le 3 déc. 2026 à 10h15, mis à jour le 4 déc. 2026", D3, D3),
])
def test_a_label_after_its_date_governs_it(stamp: str, first: datetime.date | None, update: datetime.date) -> None:
    assert stamp_date(stamp) == first
    assert stamp_date(stamp, updates=True) == update


@pytest.mark.parametrize("text, entry", [
    ("June 23 -- Jiffy Lube Live, Bristow, VA", True),
    ("Sept. 12 – Shoreline Amphitheatre, Mountain View, CA", True),
    ("12 de marzo: votación en el Congreso", True),
    ("1989 - The Berlin Wall falls", True),
    ("10 Downing Street - a short history", False),  # a number, no date
    ("5 things to know about the budget", False),
    ("June 23", False),  # a date alone is a stamp, no entry
    ("Mayor says June 23 vote will go ahead", False),
])
def test_dated_entry(text: str, entry: bool) -> None:
    assert dated_entry(text) is entry


@pytest.mark.parametrize("text, bare", [
    ("August 7, 2026 at 2:58 PM GMT+1", True),
    ("Thursday, December 3, 2026 - 6:15 p.m. ET", True),
    ("August 7, 2026: markets close higher", False),
    ("June 23", False),  # no year
])
def test_bare_stamp(text: str, bare: bool) -> None:
    assert bare_stamp(text) is bare
