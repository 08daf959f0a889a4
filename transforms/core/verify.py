"""Verification of a candidate pair: is one text a copy of the other, or another article on the same story?

A copy is one text trimmed, re-headed, respelled or lightly edited, its edits spread through it. A different
article on the same story has passages the other lacks, or other distinctive tokens: templated wire reports
(the Fed's repurchase operations on different days, different companies' convertible offerings, weather
warnings for different counties) share most of their wording and differ exactly in names, figures, dates.

So the evidence about a pair is

- ``jaccard``: shingle-set Jaccard, the similarity written to the output (a floor: ``threshold``);
- ``coverage``: the share of the shorter text's shingles (its 3-word passages) found in the longer one. A copy
  trimmed to 70% has Jaccard ~0.7 but coverage ~1.0; an update that reuses background paragraphs covers
  only those;
- ``disagreeing``: the shorter text's distinctive tokens - numbers, and capitalised words (names of people,
  companies and places, tickers, weekdays and months) - that the longer text does not contain, in any case
  or position. A trimmed copy has none: everything it kept is in the original.

Batch, incremental and streaming dedup all decide with ``verify``, over ``Evidence`` records built by
``transforms.core.minhash.sign``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np

# A number as written: digits with inner separators ("1,500", "9-7/8", "53.9", "10:30").
_NUMBER_RE = re.compile(r"\d[\d.,:/-]*\d|\d")
# A word: letters and digits; apostrophes and hyphens end it ("Moscow's" is Moscow, "Russia-Ukraine" two).
_WORD_RE = re.compile(r"[^\W\d_]\w*")
_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
NUMBER, DATE, NAME = "number", "date", "name"


def kind_of(token: str) -> str:
    """``number``, ``date`` (weekday or month) or ``name`` (people, companies, places, tickers)."""
    if token[:1].isdigit():
        return NUMBER
    return DATE if token in _DATE_WORDS else NAME


@dataclass(frozen=True)
class Evidence:
    """What verification needs of one text; built by ``minhash.sign``, stored in the index.

    ``shingles``: sorted unique uint32 shingle hashes. ``tokens``: its distinctive tokens, case-folded and
    sorted (numbers, capitalised words). ``vocabulary``: all its words, case-folded: a name of the other text
    found here is not missing, only capitalised or placed otherwise ("Shares" opening a sentence).
    """

    shingles: np.ndarray
    tokens: tuple[str, ...] = ()
    vocabulary: frozenset[str] = frozenset()


@dataclass(frozen=True)
class VerifyConfig:
    """When a candidate pair is a copy. Defaults tuned on the dev split of benchmarks/eval (README).

    ``threshold``: least shingle Jaccard. ``min_coverage``: least share of the shorter text's shingles in
    the longer. ``max_disagreeing``: most names of the shorter text the longer may lack (a respelled name, a
    new byline); ``max_disagreeing_figures``: most numbers, weekdays and months it may lack (templated
    reports differ in little else).
    """

    threshold: float = 0.3
    min_coverage: float = 0.6
    max_disagreeing: int = 2
    max_disagreeing_figures: int = 1

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold}")
        if not 0.0 <= self.min_coverage <= 1.0:
            raise ValueError(f"min_coverage must be in [0, 1], got {self.min_coverage}")
        if self.max_disagreeing < 0 or self.max_disagreeing_figures < 0:
            raise ValueError(
                f"max_disagreeing and max_disagreeing_figures must be >= 0, got {self.max_disagreeing}, "
                f"{self.max_disagreeing_figures}"
            )


DUPLICATE = "duplicate"


@dataclass(frozen=True)
class Verdict:
    """``reason``: ``duplicate``, or why not (``jaccard``, ``coverage``, ``tokens``).
    ``disagreeing``: the shorter text's distinctive tokens the longer lacks."""

    reason: str
    jaccard: float
    coverage: float
    disagreeing: tuple[str, ...] = field(default=())

    @property
    def duplicate(self) -> bool:
        return self.reason == DUPLICATE


def distinctive_tokens(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """(tokens, vocabulary) of ``text`` as ``Evidence`` holds them."""
    text = unicodedata.normalize("NFKC", text)
    # "1,500" and "1500" are one figure respelled.
    tokens = {n.replace(",", "") for n in _NUMBER_RE.findall(text)}
    words = _WORD_RE.findall(text)
    tokens.update(w.casefold() for w in words if w[0].isupper())
    return tuple(sorted(tokens)), frozenset(w.casefold() for w in words)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique hash arrays (two empty sets: 1.0)."""
    if a.size == 0 and b.size == 0:
        return 1.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter)


def verify(a: Evidence, b: Evidence, cfg: VerifyConfig) -> Verdict:
    """Whether ``a`` and ``b`` are copies of one text, with the evidence; symmetric in ``a`` and ``b``."""
    small, large = (a, b) if (a.shingles.size, a.tokens) <= (b.shingles.size, b.tokens) else (b, a)
    if small.shingles.size == 0:
        return Verdict("jaccard", 1.0 if large.shingles.size == 0 else 0.0, 0.0)
    inter = np.intersect1d(small.shingles, large.shingles, assume_unique=True).size
    sim = inter / (small.shingles.size + large.shingles.size - inter)
    coverage = inter / small.shingles.size
    known = large.vocabulary.union(large.tokens)
    disagreeing = tuple(t for t in small.tokens if t not in known)
    if sim < cfg.threshold:
        reason = "jaccard"
    elif coverage < cfg.min_coverage:
        reason = "coverage"
    elif _too_many(disagreeing, cfg):
        reason = "tokens"
    else:
        reason = DUPLICATE
    return Verdict(reason, sim, coverage, disagreeing)


def _too_many(disagreeing: tuple[str, ...], cfg: VerifyConfig) -> bool:
    names = sum(kind_of(t) == NAME for t in disagreeing)
    return names > cfg.max_disagreeing or len(disagreeing) - names > cfg.max_disagreeing_figures
