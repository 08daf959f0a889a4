"""Band members batched per bundle and key shard (transforms/core/bands.py) and their Beam wiring (GroupBands)."""
from __future__ import annotations

import random
from collections import defaultdict

import apache_beam as beam
import numpy as np
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from wirewash.transforms.core import bands
from wirewash.transforms.core.clusters import SignedDoc
from wirewash.transforms.core.minhash import MinhashConfig, sign
from wirewash.transforms.dedup import GroupBands, signed_member

STORY = (
    "LONDON, March 3 (Reuters) - British bank shares fell sharply on Tuesday after the Bank of England warned that "
    "lenders faced a further 12 billion pounds of losses on commercial property loans over the next two years, "
    "traders said. Barclays dropped 4.2 percent and Lloyds lost 3.8 percent in early trading in London."
)
COPY = STORY.replace("sharply", "steeply").replace("traders said", "dealers said")
OTHER = (
    "TOKYO, March 3 - Japan's exports rose for a third straight month in February as shipments of cars and "
    "electronics to China recovered, the finance ministry said on Wednesday, beating economists' forecasts."
)


def _keys(text: str) -> tuple[bytes, ...]:
    return tuple(sign("d", text, MinhashConfig()).band_keys)


def _grouped(members, keys):
    """What a GroupByKey on (band key, member) would give, buckets of two or more, as sorted lists."""
    by_key = defaultdict(list)
    for member, member_keys in zip(members, keys):
        for key in member_keys:
            by_key[key].append(member)
    return sorted(sorted(m) for m in by_key.values() if len(m) > 1)


def _lists(ranked: bands.RankedBuckets) -> list[list]:
    """``ranked``'s buckets as lists of members, in its order."""
    bounds = ranked.starts.tolist()
    return [[ranked.members[c] for c in ranked.codes[s:e].tolist()] for s, e in zip(bounds, bounds[1:])]


def test_shard_count_grows_with_the_members():
    assert bands.shard_count(0) == 1
    assert bands.shard_count(bands.MEMBERS_PER_SHARD) == 1
    assert bands.shard_count(bands.MEMBERS_PER_SHARD + 1) == 2
    assert bands.shard_count(1_000_000_000 * 42) == 210_000


def test_a_story_and_its_copy_share_buckets_whatever_the_shard_count():
    members = ["story", "copy", "other"]
    keys = [_keys(STORY), _keys(COPY), _keys(OTHER)]
    expected = _grouped(members, keys)
    assert expected and all(bucket == ["copy", "story"] for bucket in expected)
    for shards in (1, 3, 64):
        by_shard = defaultdict(list)
        for shard, batch in bands.batches(members, keys, shards):
            batch_members, blob, _owners = batch
            # Each batch holds only keys of its own shard, and only the members having one.
            width = len(keys[0][0])
            assert all(int.from_bytes(blob[i + width - 4 : i + width], "big") % shards == shard
                       for i in range(0, len(blob), width))
            assert len(set(batch_members)) == len(batch_members)
            by_shard[shard].append(batch)
        assert len(by_shard) == 1 if shards == 1 else len(by_shard) > 1
        got = sorted(bucket for shard_batches in by_shard.values() for bucket in _lists(bands.ranked_buckets(shard_batches)))
        assert got == expected


def test_lone_members_make_no_bucket():
    members = ["story", "other"]
    assert _lists(bands.ranked_buckets(batch for _s, batch in bands.batches(members, [_keys(STORY), _keys(OTHER)], 1))) == []
    assert list(bands.batches([], [], 4)) == []
    assert _lists(bands.ranked_buckets([])) == []


def test_buckets_regroup_batches_of_several_bundles_like_a_group_by_key():
    rng = random.Random(3)
    pool = [bytes([0, band]) + rng.randbytes(4) for band in range(3) for _ in range(5)]
    members = [f"d{i}" for i in range(60)]
    keys = [tuple(rng.sample(pool, 3)) for _ in members]
    shard_batches = defaultdict(list)
    for bundle in (slice(0, 25), slice(25, 60)):  # two bundles, each batching its own members
        for shard, batch in bands.batches(members[bundle], keys[bundle], 2):
            shard_batches[shard].append(batch)
    got = sorted(b for batches in shard_batches.values() for b in _lists(bands.ranked_buckets(batches)))
    assert got == _grouped(members, keys)


def test_ranked_buckets_sort_each_bucket_once_each_and_keep_the_band_key_order():
    # Keys given out of order; a member sent twice (two bundles, or one element per key); a key whose only
    # holder is sent twice makes no bucket.
    members = ["c", "a", "b", "a", "d", "d"]
    keys = [(b"k2", b"k1"), (b"k2",), (b"k1", b"k2"), (b"k1",), (b"k3",), (b"k3",)]
    ranked = bands.ranked_buckets(batch for _s, batch in bands.batches(members, keys, 1))
    assert _lists(ranked) == [["a", "b", "c"], ["a", "b", "c"]]
    assert ranked.members[:3] == ["a", "b", "c"]
    assert ranked.codes.dtype == ranked.starts.dtype == np.int64


def _by_second(pairs):
    """``bands.by_second`` of (better, worse) pairs of one-letter members, given as codes."""
    members = sorted({m for pair in pairs for m in pair})
    better, worse = (np.array([members.index(p[side]) for p in pairs], np.int64) for side in (0, 1))
    return bands.by_second(members, better, worse)


def test_by_second_counts_each_better_per_worse():
    pairs = [("a", "w"), ("b", "w"), ("a", "w"), ("a", "x")]
    assert sorted((w, sorted(c)) for w, c in _by_second(pairs)) == [("w", [("a", 2), ("b", 1)]), ("x", [("a", 1)])]
    assert bands.by_second([], np.zeros(0, np.int64), np.zeros(0, np.int64)) == []


def test_by_second_counts_alike_where_a_pair_and_its_place_would_overflow_one_int64(monkeypatch):
    rng = random.Random(4)
    pairs = [(rng.choice("abc"), rng.choice("vwxyz")) for _ in range(200)]
    packed = _by_second(pairs)
    monkeypatch.setattr(bands, "_INT64_MAX", 0)
    assert _by_second(pairs) == packed


def test_by_second_keeps_the_order_of_first_proposals():
    # Deterministic output: worse members, and each one's better members, in the order first proposed.
    pairs = [("b", "w"), ("a", "x"), ("a", "w"), ("b", "w"), ("c", "x")]
    assert _by_second(pairs) == [("w", (("b", 2), ("a", 1))), ("x", (("a", 1), ("c", 1)))]
    # A worse member whose first pair is proposed again after others still comes first.
    pairs = [("c", "y"), ("b", "x"), ("a", "y"), ("c", "y"), ("a", "x")]
    assert _by_second(pairs) == [("y", (("c", 2), ("a", 1))), ("x", (("b", 1), ("a", 1)))]


def _signed(doc_id, text):
    return doc_id, SignedDoc(doc_id, "src", "digest", (0, -1, "", doc_id), b"", _keys(text))


def test_group_bands_puts_a_story_and_its_copy_in_the_same_buckets(monkeypatch):
    # Several shards at test size, as a large corpus would have.
    monkeypatch.setattr(bands, "MEMBERS_PER_SHARD", 40)
    docs = [_signed("story", STORY), _signed("copy", COPY), _signed("other", OTHER)]
    shared = len(set(docs[0][1].band_keys) & set(docs[1][1].band_keys))
    assert shared > 0
    with TestPipeline(runner="FnApiRunner") as p:
        grouped = p | beam.Create(docs) | GroupBands(signed_member, 42)
        buckets = grouped | beam.FlatMapTuple(lambda _shard, batches: _lists(bands.ranked_buckets(batches)))
        assert_that(
            buckets | beam.Map(lambda members: tuple(sorted(doc_id for _rank, doc_id in members))),
            equal_to([("copy", "story")] * shared),
            label="Buckets",
        )
        assert_that(grouped | beam.MapTuple(lambda shard, _b: shard < 4), equal_to([True] * 4), label="Shards")
