"""Connected components of the verified-pair graph, one distributed round at a time, and the cluster rule.

The rounds are Kiveris et al.'s alternating large-star / small-star ("Connected Components in MapReduce and
Beyond", SoCC 2014): each round is a group-by-node and a function of one node's neighbour list, so no worker
ever holds more than one node's neighbours. After enough rounds every component is a star around its
smallest id, which becomes the component label. ``star_label`` checks that a node is settled, so a run with
too few rounds is detected, not silently wrong.
"""
from __future__ import annotations

from typing import Iterable, Iterator

Edge = tuple[str, str]


def large_star(node: str, neighbours: Iterable[str]) -> Iterator[Edge]:
    """Connect every larger neighbour of ``node`` to the smallest id of its closed neighbourhood."""
    nbrs = set(neighbours)
    m = min(nbrs | {node})
    for v in nbrs:
        if v > node:
            yield v, m


def small_star(node: str, neighbours: Iterable[str]) -> Iterator[Edge]:
    """Connect ``node`` and its smaller neighbours to the smallest of them."""
    smaller = {v for v in neighbours if v < node}
    if not smaller:
        return
    m = min(smaller)
    for v in smaller | {node}:
        if v != m:
            yield v, m


def star_label(node: str, neighbours: Iterable[str]) -> tuple[str, bool]:
    """The component label of ``node`` and whether its neighbourhood is a settled star.

    Settled: a centre whose neighbours are all larger, or a leaf with exactly one, smaller, neighbour.
    """
    nbrs = set(neighbours)
    m = min(nbrs | {node})
    settled = m == node or len(nbrs) == 1
    return m, settled


def both_directions(edge: Edge) -> Iterator[Edge]:
    a, b = edge
    yield a, b
    yield b, a


Rank = tuple[int, str]


def rank(doc_id: str, words: int) -> Rank:
    """Order of preference for a cluster's representative: most complete text first, ties by smallest id.

    "Most complete" is the word count of the cleaned text (``Signed.words``): a trimmed copy has fewer
    words than its original. Smaller rank is better.
    """
    return (-words, doc_id)
