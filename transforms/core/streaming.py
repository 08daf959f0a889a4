"""Streaming dedup's pure logic: what one LSH bucket remembers, how an arriving article is matched against
it, and how the per-band verdicts of one article become its outcome.

Order: an article is "earlier" than another when its (timestamp, doc_id) is smaller. An article is only
ever matched against earlier ones, so two copies processed at the same moment in different buckets can
never each become the other's duplicate; the earliest of a story is always kept.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Iterable

import numpy as np

from transforms.core.counters import Inc
from transforms.core.minhash import jaccard, numbers_agree
from transforms.core.schema import Article

# (timestamp seconds, doc_id, shingle hashes as uint32 bytes, numbers); indexed articles get SEED_TIME.
Member = tuple[float, str, bytes, tuple[str, ...]]
# (similarity, timestamp, doc_id) of the earlier article an arrival near-duplicates.
Match = tuple[float, float, str]
SEED_TIME = float("-inf")


@dataclass(frozen=True)
class StreamConfig:
    """``--streaming`` settings: how often the input is listed, output window length, when to stop."""

    poll_seconds: float = 5.0
    window_seconds: float = 60.0
    # None: watch for ever; a number: stop listing new files after that many seconds, then drain and end.
    stop_after_seconds: float | None = None

    def __post_init__(self) -> None:
        if self.poll_seconds <= 0 or self.window_seconds <= 0:
            raise ValueError(
                f"poll_seconds and window_seconds must be > 0, got {self.poll_seconds}, {self.window_seconds}"
            )
        if self.stop_after_seconds is not None and self.stop_after_seconds <= 0:
            raise ValueError(f"stop_after_seconds must be > 0, got {self.stop_after_seconds}")


def _better(a: Match | None, b: Match | None) -> Match | None:
    """Highest similarity first, then the earliest article."""
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b, key=lambda m: (-m[0], m[1], m[2]))


def match_bucket(
    members: Iterable[Member],
    ts: float,
    doc_id: str,
    shingles: np.ndarray,
    numbers: tuple[str, ...],
    threshold: float,
    min_number_overlap: float,
) -> Match | None:
    """The best earlier member of one bucket that the arriving article near-duplicates, if any.

    The same test as batch verification (transforms.dedup.VerifyPairs): Jaccard at or above the threshold
    and numbers that agree.
    """
    best = None
    for m_ts, m_id, m_shingles, m_numbers in members:
        if (m_ts, m_id) >= (ts, doc_id) or m_id == doc_id:
            continue
        sim = jaccard(np.frombuffer(m_shingles, dtype=np.uint32), shingles)
        if sim >= threshold and numbers_agree(m_numbers, numbers, min_number_overlap):
            best = _better(best, (sim, m_ts, m_id))
    return best


def admits(members: list[Member], member: Member, max_bucket: int, inc: Inc) -> bool:
    """Whether ``member`` joins the bucket: not when it is one already, nor when the bucket is full.

    A full bucket keeps its first ``max_bucket`` members: later arrivals are still checked against them,
    so the state per bucket stays bounded whatever the stream sends.
    """
    if any(m[1] == member[1] for m in members):
        return False
    if len(members) >= max_bucket:
        inc("stream:bucket_full")
        return False
    return True


def combine(matches: Iterable[Match | None]) -> Match | None:
    """One article's verdicts from all its bands -> the one earlier article it duplicates, if any."""
    best = None
    for m in matches:
        best = _better(best, m)
    return best


def outcome(article: Article, match: Match | None, inc: Inc) -> tuple[bool, Article]:
    """(kept?, the article with its cluster columns). Cluster sizes are unknown while the stream runs."""
    if match is None:
        inc("dedup:kept")
        return True, dataclasses.replace(article, cluster_id=article.doc_id)
    sim, _ts, original = match
    inc("dedup:duplicate")
    return False, dataclasses.replace(article, cluster_id=original, duplicate_of=original, similarity=round(sim, 4))
