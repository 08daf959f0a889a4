"""Scoring of the third blind set, pure: which characters of each input segment an output text kept.

Whitespace, punctuation and case are normalised away: both texts become word tokens (each CJK character one
token), the output's tokens are aligned to the input's in order, and a segment's kept characters are those of
its tokens the alignment matched. A leaked furniture line therefore counts exactly its word characters.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from typing import Iterable, Sequence

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def kept_per_segment(segments: Sequence[str], output: str) -> list[tuple[int, int]]:
    """(kept characters, all characters) of each segment's word tokens, the segments read in order."""
    ref: list[str] = []
    owner: list[int] = []
    for i, seg in enumerate(segments):
        toks = tokens(seg)
        ref += toks
        owner += [i] * len(toks)
    kept = [0] * len(segments)
    total = [0] * len(segments)
    for tok, i in zip(ref, owner):
        total[i] += len(tok)
    matcher = SequenceMatcher(None, ref, tokens(output), autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.a, block.a + block.size):
            kept[owner[k]] += len(ref[k])
    return list(zip(kept, total))


def normalise_field(value: str | None) -> str:
    return " ".join(tokens(value or ""))


def title_right(expected: str, got: str | None) -> bool:
    return normalise_field(expected) == normalise_field(got)


def byline_right(names: list[str], line: str, got: str | None) -> bool:
    """Every author named, and nothing longer than the byline line itself (no glued stamp or story)."""
    if not names:
        return not normalise_field(got)
    value = normalise_field(got)
    return all(normalise_field(n) in value for n in names) and len(value) <= len(normalise_field(line)) + 2


def publisher_right(expected: str | None, got: str | None, aliases: dict[str, set[str]]) -> bool:
    if not expected:
        return not normalise_field(got)
    accepted = {normalise_field(a) for a in aliases.get(expected, set())} | {normalise_field(expected)}
    return normalise_field(got) in accepted


def published_right(expected: date, got: date | None) -> bool:
    return got == expected


@dataclass
class Tally:
    """Characters kept of all, per group (kind, language, zone...)."""
    kept: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, groups: Iterable[str], kept: int, total: int) -> None:
        for g in groups:
            self.kept[g] += kept
            self.total[g] += total

    def pct(self, group: str) -> float:
        return 100.0 * self.kept[group] / self.total[group] if self.total[group] else float("nan")


@dataclass
class Count:
    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    seen: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, groups: Iterable[str], ok: bool) -> None:
        for g in groups:
            self.right[g] += ok
            self.seen[g] += 1

    def pct(self, group: str) -> float:
        return 100.0 * self.right[group] / self.seen[group] if self.seen[group] else float("nan")
