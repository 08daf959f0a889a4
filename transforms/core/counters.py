"""Counters are passed into pure functions as an ``inc(name)`` callable.

Names are ``stage:outcome`` (``clean:removed:bloomberg_credit``, ``read:rejected:binary``). In the pipeline
``inc`` increments a Beam counter (transforms.metrics); in tests it is a ``collections.Counter``'s update, so
a test can assert exact counts.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable

Inc = Callable[[str], None]

NAMESPACE = "wirewash"


def noop(_name: str) -> None:
    """An ``inc`` for callers that do not count."""


def dict_counter() -> tuple[Counter, Inc]:
    """A Counter and the ``inc`` that fills it (the test-side twin of Beam Metrics)."""
    counts: Counter = Counter()

    def inc(name: str) -> None:
        counts[name] += 1

    return counts, inc
