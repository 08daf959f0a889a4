"""Band members travel to their buckets in batches: a shuffle element per bundle and key shard, not per band
of each document.

A document has ``bands`` (42) band keys and nearly every bucket holds one member, so a shuffle element per
(band key, member) made band grouping the most numerous Beam work of a run (840,000 elements at 20,000
documents), each decoded into Python objects only to find it alone in its bucket. A batch carries each
member once and its keys as one bytes object; the shard's keys are grouped by numpy, and only the buckets of
two or more members become Python lists. A shard is a set of band keys, so a shard's members, grouped, are
whole buckets; the shard count grows with the members (``shard_count``), so one shard stays a bounded load
for one worker at any corpus size. Every band key of a run has one width (2 + 4 x rows bytes).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

import numpy as np

M = TypeVar("M")
P = TypeVar("P")
# (members, their band keys concatenated, each key's member as an index into members, uint32 bytes)
Batch = tuple[tuple, bytes, bytes]

# About 4,800 documents' band members per shard: the most one worker groups at once.
MEMBERS_PER_SHARD = 200_000


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


def buckets(shard_batches: Iterable[Batch]) -> Iterator[list]:
    """One shard's batches -> the members of each band key that two or more of them hold (a key's lone member
    is proposed nothing), in no particular order."""
    members: list = []
    blobs, owners = [], []
    for batch_members, blob, owner_bytes in shard_batches:
        owners.append(np.frombuffer(owner_bytes, dtype=np.uint32).astype(np.int64) + len(members))
        members.extend(batch_members)
        blobs.append(blob)
    if not members:
        return
    owner = np.concatenate(owners)
    keys = np.frombuffer(b"".join(blobs), dtype=f"S{len(blobs[0]) // (len(owners[0]) or 1)}")
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1])))
    sizes = np.diff(starts, append=len(order))
    for start, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist()):
        yield [members[i] for i in owner[order[start : start + size]].tolist()]


def by_second(pairs: Iterable[tuple[P, P]]) -> list[tuple[P, tuple[tuple[P, int], ...]]]:
    """(better, worse) proposals -> (worse, ((better, how many times proposed), ...)), one per worse member:
    what ``clusters.chosen_candidates`` counts, as tuples (a shuffle codes them without pickling)."""
    # Counted as whole pairs by Counter's C loop, then grouped: a Counter made per pair for ``setdefault`` (thrown
    # away for all but a worse member's first) cost half of ProposePairs where stories have many copies.
    counted: dict[P, list[tuple[P, int]]] = {}
    for (better, worse), times in Counter(pairs).items():
        counted.setdefault(worse, []).append((better, times))
    return [(worse, tuple(proposed)) for worse, proposed in counted.items()]
