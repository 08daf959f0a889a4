"""Band members travel to their buckets in batches: a shuffle element per bundle and key shard, not per band
of each document.

A document has ``bands`` (42) band keys and nearly every bucket holds one member, so a shuffle element per
(band key, member) made band grouping the most numerous Beam work of a run (840,000 elements at 20,000
documents), each decoded into Python objects only to find it alone in its bucket. A batch carries each
member once and its keys as one bytes object; the shard's keys are grouped by numpy, and no bucket becomes a
Python list: the members of keys two or more hold are sorted once, and each bucket is a run of their codes
(``ranked_buckets``), which ``clusters.star_proposals`` proposes pairs on and ``by_second`` counts. A shard
is a set of band keys, so a shard's members, grouped, are whole buckets; the shard count grows with the
members (``shard_count``), so one shard stays a bounded load for one worker at any corpus size. Every band
key of a run has one width (2 + 4 x rows bytes).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

M = TypeVar("M")
P = TypeVar("P")
# (members, their band keys concatenated, each key's member as an index into members, uint32 bytes)
Batch = tuple[tuple, bytes, bytes]

# About 4,800 documents' band members per shard: the most one worker groups at once.
MEMBERS_PER_SHARD = 200_000
_INT64_MAX = np.iinfo(np.int64).max


def shard_count(members: int) -> int:
    """How many key shards ``members`` band members are grouped in (at least one)."""
    return max(1, -(-members // MEMBERS_PER_SHARD))


def batches(members: Sequence[M], keys: Sequence[Sequence[bytes]], shards: int) -> Iterator[tuple[int, Batch]]:
    """A bundle's members, each with its band keys -> (shard, batch) for each shard any key falls in.

    A key's shard is its last 4 bytes (its last MinHash value: uniform, and known from the key alone) as a
    big-endian integer mod ``shards``; a batch holds only the members with a key in its shard.
    """
    blob = b"".join(b"".join(member_keys) for member_keys in keys)
    if not blob:
        return
    width = next(len(member_keys[0]) for member_keys in keys if member_keys)
    rows = np.frombuffer(blob, dtype=np.uint8).reshape(-1, width)
    owners = np.repeat(np.arange(len(members), dtype=np.uint32), [len(member_keys) for member_keys in keys])
    if shards == 1:
        yield 0, (tuple(members), blob, owners.tobytes())
        return
    shard = (np.ascontiguousarray(rows[:, -4:]).view(">u4").ravel() % shards).astype(np.int64)
    order = np.argsort(shard, kind="stable")
    starts = np.flatnonzero(np.diff(shard[order], prepend=-1))
    for start, end in zip(starts, [*starts[1:], len(order)]):
        held = order[start:end]
        used, local = np.unique(owners[held], return_inverse=True)
        yield int(shard[held[0]]), (tuple(members[i] for i in used), rows[held].tobytes(), local.astype(np.uint32).tobytes())


@dataclass(frozen=True)
class RankedBuckets:
    """A shard's buckets of two or more distinct members, as codes. ``members``: the distinct members of the
    shard's shared band keys in sorted order; a member's code is its index there, so codes compare as members
    do. ``codes`` (int64): each bucket's codes ascending, each once, bucket after bucket in band key order;
    bucket ``b`` is ``codes[starts[b]:starts[b + 1]]`` (``starts``: int64, one more than there are buckets)."""

    members: list
    codes: np.ndarray
    starts: np.ndarray


def ranked_buckets(shard_batches: Iterable[Batch]) -> RankedBuckets:
    """One shard's batches -> the members of each band key, sorted and without repeats, for the keys that two
    or more distinct members hold (a key's lone member is proposed nothing). Members must be hashable and
    ordered; only those of shared keys are sorted, in Python, once per shard."""
    members: list = []
    blobs, owners = [], []
    for batch_members, blob, owner_bytes in shard_batches:
        owners.append(np.frombuffer(owner_bytes, dtype=np.uint32).astype(np.int64) + len(members))
        members.extend(batch_members)
        blobs.append(blob)
    none = RankedBuckets([], np.zeros(0, np.int64), np.zeros(1, np.int64))
    if not members:
        return none
    owner = np.concatenate(owners)
    keys = np.frombuffer(b"".join(blobs), dtype=f"S{len(blobs[0]) // (len(owners[0]) or 1)}")
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    sizes = np.diff(np.flatnonzero(np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1], [True]))))
    shared = np.repeat(sizes > 1, sizes)
    if not shared.any():
        return none
    bucket = np.repeat(np.arange(len(sizes)), sizes)[shared]
    entry = owner[order][shared]
    # One member may be several entries (a member sent in several bundles; incremental runs send one per key).
    held = np.zeros(len(members), bool)
    held[entry] = True
    entries = np.flatnonzero(held)
    # Each entry hashed once (a tuple does not keep its hash): distinct members numbered as met, then sorted.
    met: dict = {}
    numbers = np.fromiter((met.setdefault(members[i], len(met)) for i in entries.tolist()), np.int64, len(entries))
    distinct = list(met)
    ranking = sorted(range(len(distinct)), key=distinct.__getitem__)
    ranked = [distinct[i] for i in ranking]
    code_of_number = np.empty(len(distinct), np.int64)
    code_of_number[ranking] = np.arange(len(distinct))
    code = np.zeros(len(members), np.int64)
    code[entries] = code_of_number[numbers]
    # Sorted (bucket, code) once each: a bucket's distinct members in rank order, buckets in key order.
    pairs = np.sort(bucket * len(ranked) + code[entry])
    bucket, codes = np.divmod(pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))], len(ranked))
    sizes = np.diff(np.flatnonzero(np.concatenate(([True], bucket[1:] != bucket[:-1], [True]))))
    codes = codes[np.repeat(sizes > 1, sizes)]
    return RankedBuckets(ranked, codes, np.concatenate(([0], np.cumsum(sizes[sizes > 1]))))


def by_second(
    members: Sequence[P], better: np.ndarray, worse: np.ndarray
) -> list[tuple[P, tuple[tuple[P, int], ...]]]:
    """(better, worse) proposals as codes into ``members`` (int64 arrays of one length: pair ``i`` is
    ``members[better[i]]``, ``members[worse[i]]``, once per bucket that proposed it, in the order proposed) ->
    (worse, ((better, how many times proposed), ...)), one per worse member, worse members and each one's
    better ones in the order first proposed: what ``clusters.chosen_candidates`` counts, as tuples (a shuffle
    codes them without pickling)."""
    if not len(worse):
        return []
    proposals = len(worse)
    pair = worse * len(members) + better
    if len(members) ** 2 * proposals <= _INT64_MAX:
        # A pair and its proposal's place as one number: a plain sort (several times faster than a stable
        # argsort) puts each pair's proposals together, its first one first.
        pair, place = np.divmod(np.sort(pair * proposals + np.arange(proposals)), proposals)
    else:
        place = np.argsort(pair, kind="stable")
        pair = pair[place]
    opens = np.flatnonzero(np.concatenate(([True], pair[1:] != pair[:-1])))
    first = place[opens]  # each distinct pair's first proposal
    times = np.diff(opens, append=proposals)
    pair_worse, pair_better = np.divmod(pair[opens], len(members))
    # Distinct pairs come by worse member: each one's first proposal is its pairs' earliest.
    runs = np.flatnonzero(np.concatenate(([True], pair_worse[1:] != pair_worse[:-1], [True])))
    worse_first = np.repeat(np.minimum.reduceat(first, runs[:-1]), np.diff(runs))
    order = np.argsort(worse_first * proposals + first)
    pair_worse = pair_worse[order]
    starts = np.flatnonzero(np.concatenate(([True], pair_worse[1:] != pair_worse[:-1]))).tolist()
    counted = list(zip(map(members.__getitem__, pair_better[order].tolist()), times[order].tolist()))
    ends = [*starts[1:], len(counted)]
    return [(members[w], tuple(counted[s:e])) for w, s, e in zip(pair_worse[starts].tolist(), starts, ends)]
