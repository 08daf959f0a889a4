"""Hostile inputs found in session 17: each lost records, cost time out of all proportion, or was refused
whole where only a part was bad, on main. Each test names what happened before."""

from __future__ import annotations

import json
import time

import pytest
from test_hostile_s14 import outcome, read, story
from test_hostile_s16 import _unclosed_page


def test_a_page_nested_2000_levels_deep_reads_every_paragraph_in_linear_time():
    # Before: trafilatura read each element's whole subtree, time growing with the square of the depth:
    # 600 paragraphs 2.1 s of CPU, 1,200 11 s, 2,000 minutes (an extraction_timeout in the pipeline).
    # After: 0.5 s, 0.9 s and 1.7 s (time.process_time, one run each).
    started = time.process_time()
    items, _ = read("unclosed.html", _unclosed_page(2000))
    took = time.process_time() - started
    assert outcome(items) == [("unclosed.html", "RawDoc", None)]
    numbers = [int(line.split()[1].rstrip(".")) for line in items[0].text.splitlines()
               if line.startswith("Paragraph ")]
    assert numbers == list(range(2000))
    assert took < 30, f"{took:.1f} s of CPU for 2,000 nested paragraphs"
