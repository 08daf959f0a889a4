"""Streaming dedup's pure logic: what one LSH bucket remembers, how arrivals are matched against it, and how
the per-band verdicts of one article become its outcome.

Order: an article is "earlier" than another when its (timestamp, doc_id) is smaller. A bucket holds its
arrivals back until the watermark passes their timestamp (``due``), then matches them in that order, each
against every member before it (``match_bucket``): every pair in a bucket is compared once whatever the
arrival order, copies with equal timestamps included, and two copies can never each become the other's
duplicate. The earliest of a story is kept. An arrival behind the watermark (late) is also compared with the
members after it, which are decided already: with no earlier match, it is a duplicate of such a member.

Before any of that, every input with an id of its own, article or rejected one, claims its doc_id
(``settle_claims``): the earliest claimant holds it and every later one gets a doc_id of its own, so no two
output rows of a stream share a doc_id, whatever order the inputs arrive in.
"""
from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any, Callable, Iterable


from wirewash.transforms.core.clusters import duplicate_id_rejection, rejection_under_own_doc_id, text_digest
from wirewash.transforms.core.counters import Inc
from wirewash.transforms.core.schema import Article, Rejected
from wirewash.transforms.core.verify import Evidence, VerifyConfig, verify

# (timestamp seconds, doc_id, evidence); indexed articles get SEED_TIME.
Member = tuple[float, str, Evidence]
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
        # NaN passed "<= 0" and then never compared true (a poll loop that never slept, a window never
        # closing); inf overflows the sleep and the timers. None, not inf, is "watch for ever".
        timings = {"poll_seconds": self.poll_seconds, "window_seconds": self.window_seconds,
                   "stream_for": self.stop_after_seconds}
        for flag, value in timings.items():
            if value is not None and not (math.isfinite(value) and value > 0):
                raise ValueError(f"--{flag} must be a finite number of seconds > 0, got {value}")


def _better(a: Match | None, b: Match | None) -> Match | None:
    """Highest similarity first, then the earliest article."""
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b, key=lambda m: (-m[0], m[1], m[2]))


def match_bucket(members: Iterable[Member], arrival: Member, cfg: VerifyConfig, inc: Inc) -> Match | None:
    """The member of one bucket the arriving article is a copy of, if any (``verify``, as batch dedup).

    The best match ordered before the arrival; failing that (a late arrival), the best one after it.
    """
    ts, doc_id, evidence = arrival
    before = after = None
    for m_ts, m_id, m_evidence in members:
        if m_id == doc_id:
            continue
        verdict = verify(m_evidence, evidence, cfg)
        inc("stream:verdict:" + ("duplicate" if verdict.duplicate else verdict.reason))
        if not verdict.duplicate:
            continue
        match = (verdict.jaccard, m_ts, m_id)
        if (m_ts, m_id) < (ts, doc_id):
            before = _better(before, match)
        else:
            after = _better(after, match)
    if before is None and after is not None:
        inc("stream:late_match")
    return before or after


def due(
    pending: Iterable[tuple], until: float, order: Callable[[Any], Any] = lambda m: (m[0], m[1])
) -> tuple[list, list]:
    """(arrivals to handle now, in ``order``: those stamped before ``until``, the rest to hold). Bucket
    members by default, in (timestamp, doc_id) order; any tuple whose first item is its timestamp."""
    now, later = [], []
    for m in pending:
        (now if m[0] < until else later).append(m)
    return sorted(now, key=order), later


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


@dataclass(frozen=True)
class Holder:
    """Who holds a doc_id in a stream: ``owner`` names it in the details of the later claimants, ``claims``
    counts the claimants so far (each later one's place, which keeps their own doc_ids apart), ``indexed``:
    an article an earlier run published (``IndexSeed``)."""

    owner: str
    claims: int = 1
    indexed: bool = False


INDEXED_HOLDER = Holder("an indexed article", indexed=True)
# (timestamp, record) of one input claiming a doc_id: an article, or an input rejected before dedup.
IdClaim = tuple[float, "Article | Rejected"]


def claim_order(claimant: IdClaim) -> tuple:
    """Earliest first; of one timestamp (one poll's files), articles before rejections, as batch ``attach``
    places them, then the smallest (source, text digest) or (source, reason, detail)."""
    ts, record = claimant
    if isinstance(record, Article):
        return ts, 0, record.source, text_digest(record.text)
    return ts, 1, record.source, record.reason, record.detail


def settle_claims(
    doc_id: str, holder: Holder | None, arrivals: Iterable[IdClaim], inc: Inc
) -> tuple[Holder | None, list[IdClaim]]:
    """(the doc_id's holder after ``arrivals``, each arrival's record in ``claim_order``): with no holder the
    first arrival takes the doc_id and goes on unchanged (an article to dedup); every other is rejected under
    a doc_id of its own (``clusters``' helpers), its detail naming the holder: an article as
    ``duplicate_id`` (``already_indexed`` when an earlier run published the doc_id), a rejected input with
    its reason. Called with the arrivals the watermark has passed, so the outcome does not depend on the
    order they were processed in."""
    out = []
    for ts, record in sorted(arrivals, key=claim_order):
        if holder is None:
            holder = Holder(record.source)
            out.append((ts, record))
            continue
        nth = holder.claims
        if isinstance(record, Rejected):
            record = rejection_under_own_doc_id(doc_id, record, holder.owner, nth, inc)
        elif holder.indexed:
            inc("dedup:rejected:already_indexed")
            record = duplicate_id_rejection(doc_id, record, holder.owner, nth, "already_indexed",
                                            "published by an earlier run")
        else:
            inc("dedup:rejected:duplicate_id")
            record = duplicate_id_rejection(doc_id, record, holder.owner, nth)
        holder = dataclasses.replace(holder, claims=nth + 1)
        out.append((ts, record))
    return holder, out
