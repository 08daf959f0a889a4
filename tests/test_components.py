"""Candidate pairs per bucket, the large-star/small-star rounds (simulated without Beam), and rank()."""
from __future__ import annotations

import random
from collections import defaultdict
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.core import components
from transforms.core.minhash import MinhashConfig, sign
from transforms.core.candidates import bucket_pairs
from transforms.core.counters import dict_counter


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def union_find_labels(edges) -> dict[str, str]:
    """node -> smallest id of its component (a plain reference, nothing like the rounds)."""
    uf = UnionFind()
    for a, b in edges:
        uf.union(a, b)
    members = defaultdict(list)
    for node in list(uf.parent):
        members[uf.find(node)].append(node)
    return {node: min(group) for group in members.values() for node in group}


# --- bucket_pairs ------------------------------------------------------------------------------------------


def test_small_bucket_gives_all_sorted_pairs():
    counts, inc = dict_counter()
    pairs = list(bucket_pairs(["d", "b", "a", "c"], max_bucket=4, inc=inc))
    assert pairs == [("a", "b"), ("a", "c"), ("a", "d"), ("b", "c"), ("b", "d"), ("c", "d")]
    assert dict(counts) == {"dedup:bucket_with_candidates": 1}


def test_bucket_of_one_or_none_gives_nothing():
    counts, inc = dict_counter()
    assert list(bucket_pairs([], 10, inc)) == []
    assert list(bucket_pairs(["x"], 10, inc)) == []
    assert list(bucket_pairs(["x", "x", "x"], 10, inc)) == []  # one document, listed thrice
    assert dict(counts) == {}


def test_duplicate_ids_in_a_bucket_are_ignored():
    counts, inc = dict_counter()
    assert list(bucket_pairs(["b", "a", "b", "a"], 10, inc)) == [("a", "b")]
    assert dict(counts) == {"dedup:bucket_with_candidates": 1}


@pytest.mark.parametrize("n", [11, 50, 301])
def test_hot_bucket_is_linear_and_connected(n):
    ids = [f"doc{i:04d}" for i in range(n)]
    random.Random(n).shuffle(ids)
    counts, inc = dict_counter()
    pairs = list(bucket_pairs(ids + ids[:5], max_bucket=10, inc=inc))
    assert dict(counts) == {"dedup:bucket_with_candidates": 1, "dedup:hot_bucket": 1}
    assert len(pairs) <= 2 * n
    assert len(set(pairs)) == len(pairs)
    assert all(a < b for a, b in pairs)
    assert {x for p in pairs for x in p} == set(ids)
    labels = union_find_labels(pairs)
    assert set(labels.values()) == {min(ids)}


def test_bucket_exactly_at_max_bucket_is_all_pairs():
    ids = [str(i) for i in range(10)]
    counts, inc = dict_counter()
    pairs = list(bucket_pairs(ids, max_bucket=10, inc=inc))
    assert sorted(pairs) == sorted(combinations(sorted(ids), 2))
    assert "dedup:hot_bucket" not in counts


# --- connected components: the rounds, simulated ----------------------------------------------------------


def _group(edges) -> dict[str, list[str]]:
    nbrs = defaultdict(list)
    for edge in edges:
        for a, b in components.both_directions(edge):
            nbrs[a].append(b)
    return nbrs


def _round(edges, star):
    return [e for node, nbrs in _group(edges).items() for e in star(node, nbrs)]


def simulate(edges, rounds: int) -> dict[str, tuple[str, bool]]:
    """What ConnectedComponents does, one group-by-node at a time, without Beam."""
    edges = list(edges)
    for _ in range(rounds):
        edges = _round(edges, components.large_star)
        edges = _round(edges, components.small_star)
    return {node: components.star_label(node, nbrs) for node, nbrs in _group(edges).items()}


def _name(i: int) -> str:
    return f"n{i:03d}"


def _chain(n, order):
    ids = [_name(i) for i in order]
    return list(zip(ids, ids[1:]))


def _graphs():
    rng = random.Random(2024)
    yield "chain", _chain(64, range(64))
    yield "reversed chain", _chain(64, range(63, -1, -1))
    shuffled = list(range(100))
    rng.shuffle(shuffled)
    yield "shuffled chain", _chain(100, shuffled)
    yield "star", [(_name(0), _name(i)) for i in range(1, 40)]
    yield "star on max", [(_name(99), _name(i)) for i in range(40)]
    yield "clique", list(combinations([_name(i) for i in range(12)], 2))
    yield "single edge", [(_name(5), _name(2))]
    for k in range(25):
        n = rng.randrange(2, 200)
        m = rng.randrange(1, 2 * n)
        yield f"random {k}", [(_name(rng.randrange(n)), _name(rng.randrange(n))) for _ in range(m)]


@pytest.mark.parametrize("name, edges", list(_graphs()), ids=[name for name, _ in _graphs()])
def test_rounds_converge_to_the_component_minimum(name, edges):
    edges = [(a, b) for a, b in edges if a != b]  # the pipeline never produces self-pairs
    expected = union_find_labels(edges)
    result = simulate(edges, rounds=8)
    assert set(result) == set(expected), "a node was lost or invented by the rounds"
    assert all(settled for _label, settled in result.values())
    assert {node: label for node, (label, _settled) in result.items()} == expected


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(0, 60)).filter(lambda e: e[0] != e[1]),
        min_size=1,
        max_size=120,
    )
)
def test_rounds_match_union_find_on_random_graphs(int_edges):
    edges = [(_name(a), _name(b)) for a, b in int_edges]
    result = simulate(edges, rounds=8)
    assert all(settled for _label, settled in result.values())
    assert {node: label for node, (label, _settled) in result.items()} == union_find_labels(edges)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 40), st.integers(0, 40)).filter(lambda e: e[0] != e[1]),
        min_size=1,
        max_size=80,
    ),
    st.integers(1, 3),
)
def test_settled_everywhere_means_correct_even_with_few_rounds(int_edges, rounds):
    """The check is sound: whenever no node is flagged, every label is right, however few the rounds."""
    edges = [(_name(a), _name(b)) for a, b in int_edges]
    result = simulate(edges, rounds=rounds)
    if all(settled for _label, settled in result.values()):
        assert {node: label for node, (label, _s) in result.items()} == union_find_labels(edges)


def test_one_round_on_a_long_chain_is_detected_as_unsettled():
    result = simulate(_chain(64, range(64)), rounds=1)
    unsettled = [node for node, (_label, settled) in result.items() if not settled]
    assert unsettled
    assert len(result) == 64


def test_star_rounds_on_a_small_example():
    # 3 - 1 - 2 as a neighbour list of each node.
    assert sorted(components.large_star("1", ["3", "2"])) == [("2", "1"), ("3", "1")]
    assert sorted(components.large_star("3", ["1"])) == []
    assert sorted(components.large_star("2", ["3", "1"])) == [("3", "1")]
    assert sorted(components.small_star("3", ["1", "2"])) == [("2", "1"), ("3", "1")]
    assert sorted(components.small_star("1", ["2", "3"])) == []
    assert components.star_label("1", ["2", "3"]) == ("1", True)
    assert components.star_label("3", ["1"]) == ("1", True)
    assert components.star_label("3", ["1", "2"]) == ("1", False)
    assert list(components.both_directions(("a", "b"))) == [("a", "b"), ("b", "a")]


# --- rank -----------------------------------------------------------------------------------------------------


def _rank(doc_id: str, text: str):
    return components.rank(doc_id, sign(doc_id, text, MinhashConfig()).words)


def test_rank_prefers_longer_text_then_smaller_id():
    long = _rank("zzz", "one two three four")
    short = _rank("aaa", "one two three")
    assert long < short
    assert _rank("aaa", "one two") < _rank("bbb", "three four")
    assert min([_rank("b", "x y"), _rank("a", "x y"), _rank("c", "x y z")]) == (-3, "c")
    # Words, not characters: whitespace runs do not count.
    assert _rank("a", "one   two\n\nthree") == (-3, "a")
