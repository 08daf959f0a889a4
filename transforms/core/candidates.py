"""Candidate pairs from one LSH bucket, with the work per bucket bounded.

Templated pages and empty texts land thousands of documents in one bucket; all pairs of such a bucket would
be quadratic. Above ``max_bucket`` members a bucket is linked as a chain over its sorted ids plus a star on
its smallest id: linear in the bucket size, and still enough to join the bucket into one component when its
members verify against their neighbours.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from transforms.core.counters import Inc


def bucket_pairs(doc_ids: Iterable[str], max_bucket: int, inc: Inc) -> Iterator[tuple[str, str]]:
    """Pairs (a, b) with a < b to verify for one bucket."""
    members = sorted(set(doc_ids))
    if len(members) < 2:
        return
    inc("dedup:bucket_with_candidates")
    if len(members) <= max_bucket:
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                yield a, b
        return
    inc("dedup:hot_bucket")
    head = members[0]
    for a, b in zip(members, members[1:]):
        yield a, b
        if a != head:
            yield head, b
