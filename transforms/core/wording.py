"""Counts in words, for what wirewash prints and renders: the terminal, ``wirewash explain``, report.html, and the
readers' rejection details those show. In transforms/core so that the readers, which cannot import pipeline/,
say "after 1 array element" as the report does."""
from __future__ import annotations


def count_of(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with thousands separators and ``noun`` in the number it takes in English: "0 candidate pairs",
    "1 candidate pair", "1,204 candidate pairs". ``plural`` for a noun whose plural is not ``noun`` + "s"
    ("copy", "copies")."""
    return f"{n:,} {noun_for(n, noun, plural)}"


def noun_for(n: int, noun: str, plural: str | None = None) -> str:
    """``noun`` alone in the number ``n`` takes, for a count set apart from its noun (report.html's tiles:
    a large figure above "duplicate" or "duplicates")."""
    return noun if n == 1 else plural or noun + "s"
