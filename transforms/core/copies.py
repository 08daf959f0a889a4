"""Byte-identical copies among a run's new articles: one banded document per text, title and publication day.

A story carried by many outlets, or a templated report sent word for word on many days, puts every copy in
the same buckets with the same rank but for its doc_id. The bounded candidate slots (``clusters``) then go
to whichever copies have the smallest doc_ids: copies from other days, which verification refuses for their
dates, took every slot and the same day's copies were never compared with one another (of 20 same-day copies
among 120, all 20 were kept). So identical copies are settled before banding, linearly in their number:

- documents with the same text digest, title and publication day would each verify as a copy of the others
  (nothing but their outlet and moment of publication differ, and a text identical to another gains no
  passage on it): the best-ranked of them (the ``head``) alone is banded and verified, and the others (its
  ``followers``) take its decision: the representative it is a duplicate of, or the head itself when it
  represents its cluster (``followed``);
- heads of one text that may be copies (another title the same day, or days at most ``max_days_apart``
  working days apart, or a day unknown) are paired directly (``kin``), a few pairs per head, outside the
  bounded slots the text's other days would fill;
- identical texts published more than ``max_days_apart`` working days apart are not copies (the labelled
  pairs: a templated report with the same words on another day is another day's report) and stay apart
  without a flag; each such recurrence of a text is counted (``dedup:identical_text_other_date``) so a run's
  report shows them.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from wirewash.transforms.core.clusters import Claimant, Member
from wirewash.transforms.core.counters import Inc
from wirewash.transforms.core.verify.passages import working_days_apart


@dataclass(frozen=True)
class IdenticalTexts:
    """One text digest's documents, settled: ``heads`` (doc_id, Claimant) to band; ``followers`` (head doc_id,
    follower doc_id); ``kin`` (better, worse) member pairs of heads to verify whatever the slots."""

    heads: list[tuple[str, Claimant]]
    followers: list[tuple[str, str]]
    kin: list[tuple[Member, Member]]


def identical_texts(
    same_text: Iterable[tuple[str, Claimant]], max_days_apart: int, inc: Inc
) -> IdenticalTexts:
    """The (doc_id, Claimant)s of one text digest, settled (``IdenticalTexts``). A document without band keys
    is never compared with anything, so it stays a head of its own and kin of none. Counts
    ``dedup:identical_copy`` per follower and ``dedup:identical_text_other_date`` per publication day of the
    text over ``max_days_apart`` working days after the one before it."""
    heads: dict[tuple[str, int | None], tuple[str, Claimant]] = {}
    alone, followers = [], []
    for doc_id, claimant in sorted(same_text, key=lambda member: (member[1].rank, member[0])):
        if not claimant.band_keys:
            alone.append((doc_id, claimant))
            continue
        head = heads.setdefault((claimant.title, claimant.published), (doc_id, claimant))
        if head[0] != doc_id:
            inc("dedup:identical_copy")
            followers.append((head[0], doc_id))
    days = sorted({day for _title, day in heads if day is not None})
    for earlier, later in zip(days, days[1:]):
        if working_days_apart(earlier, later) > max_days_apart:
            inc("dedup:identical_text_other_date")
    return IdenticalTexts(sorted([*heads.values(), *alone]), followers, _kin(heads.values(), max_days_apart))


def _kin(heads: Iterable[tuple[str, Claimant]], max_days_apart: int) -> list[tuple[Member, Member]]:
    """(better, worse) pairs of heads that may be copies: each head and the best-ranked head of every day it
    may be a copy on (its own, those at most ``max_days_apart`` working days away, and the unknown day; a head
    of unknown day: the best-ranked of all), when that one ranks better. A few pairs per head, and the days
    looked at are those near its own: linear in the heads however many days a text is sent on."""
    ranked = sorted(((claimant.rank, doc_id), claimant.published) for doc_id, claimant in heads)
    best_of_day: dict[int | None, Member] = {}
    for member, day in ranked:
        best_of_day.setdefault(day, member)
    days = sorted(day for day in best_of_day if day is not None)
    at = {day: i for i, day in enumerate(days)}
    pairs = set()
    for member, day in ranked:
        if day is None:
            near = [ranked[0][0]]
        else:
            near = [best_of_day[d] for d in _days_near(days, at[day], max_days_apart)]
            near += [best_of_day[None]] if None in best_of_day else []
        pairs.update((best, member) for best in near if best < member)
    return sorted(pairs)


def _days_near(days: list[int], i: int, max_days_apart: int) -> Iterator[int]:
    """``days[i]`` and the (sorted, distinct) ``days`` at most ``max_days_apart`` working days from it: the
    count only grows away from it, so the walk stops at the first day too far on each side."""
    yield days[i]
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(days) and working_days_apart(days[i], days[j]) <= max_days_apart:
            yield days[j]
            j += step


Decided = tuple[str, "float | None"]  # (representative id, similarity to it) of one document


def followed(
    head: str, decided: Iterable[Decided], followers: Iterable[str]
) -> Iterator[tuple[str, Decided]]:
    """(doc_id, (representative, similarity)) of a head and its followers, from the head's decision (none
    when it was in no verified pair: it represents itself). A follower's text is the head's, so its
    similarity to the head's representative is the head's, and 1.0 to the head itself."""
    rep, sim = next(iter(decided), (head, None))
    yield head, (rep, sim)
    for follower in sorted(followers):
        yield follower, (rep, 1.0 if rep == head else sim)
