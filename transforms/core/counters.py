"""Counters are passed into pure functions as an ``inc(name)`` callable.

Names are ``stage:outcome`` (``clean:removed:bloomberg_credit``, ``read:rejected:binary``). In the pipeline
``inc`` increments a Beam counter (transforms.metrics); in tests it is a ``collections.Counter``'s update, so
a test can assert exact counts. ``inc(name, n)`` adds ``n`` at once: a damaged Parquet row group stands for as
many inputs as its footer says, which may be more than a loop could count.
"""
from __future__ import annotations

from collections import Counter
from typing import Protocol


class Inc(Protocol):
    def __call__(self, name: str, n: int = 1) -> None: ...


NAMESPACE = "wirewash"


def noop(_name: str, _n: int = 1) -> None:
    """An ``inc`` for callers that do not count."""


def dict_counter() -> tuple[Counter, Inc]:
    """A Counter and the ``inc`` that fills it (the test-side twin of Beam Metrics)."""
    counts: Counter = Counter()

    def inc(name: str, n: int = 1) -> None:
        counts[name] += n

    return counts, inc
