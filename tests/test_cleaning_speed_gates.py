"""The cheap tests the cleaner runs before a costly regex search (issue 11 speed): each must hold wherever the
search would find something, or outputs change. Edge cases of each pattern's anchors and case."""
from __future__ import annotations

import pytest

from wirewash.transforms.core.cleaning import stamps


@pytest.mark.parametrize("line", [
    "Updated 1:49 p.m.", "Posted Oct. 8, 2021 · Updated 1:49 P.M.", "Published 6:15 p. m...", "at 10h30 a.m.\n",
    "Le 01/01/2024 à 15h01", "Shares rose 3 p.c.", "The talks ended at 4 p.m. sharp.", "The vote is at 9:30 am.",
    "1:49 p.m.\n\n", "", "m.", "\n",
])
def test_the_meridiem_gate_holds_wherever_the_patterns_match(line: str) -> None:
    matched = (stamps._CLOCK_MERIDIEM_END.search(line) is not None
               or stamps._MERIDIEM_END.search(line) is not None)
    assert stamps._closes_on_meridiem(line) or not matched


def test_a_stamp_closing_on_its_meridiem_is_still_found() -> None:
    assert stamps.meridiem_stamp("Posted Oct. 8, 2021 · Updated 1:49 p.m.")
    assert stamps.meridiem_stamp("Posted Oct. 8, 2021 · Updated 1:49 p.m.\n")
    assert not stamps.meridiem_stamp("Police said the shooting began shortly before 1:49 p.m.")
    assert stamps.date_time("Published July 25, 2022 at 6:15 p.m.")
    assert not stamps.date_time("The council met on 01/01/2024 at 15:01 and voted.")
