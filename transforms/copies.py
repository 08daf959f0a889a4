"""IdenticalTexts and FollowHeads: byte-identical copies of one text, title and day banded once, the others
taking that one's decision (transforms/core/copies.py); wired into NearDuplicates and IncrementalDuplicates."""
from __future__ import annotations

import apache_beam as beam

from wirewash.transforms.core import copies
from wirewash.transforms.metrics import CountingDoFn

# IdenticalTexts' outputs.
HEADS, FOLLOWERS, KIN = "heads", "followers", "kin"


class _IdenticalTextsFn(CountingDoFn):
    """(text digest, (doc_id, Claimant)s) -> the heads (doc_id, Claimant) to band, tagged ``followers`` (head,
    follower) and tagged ``kin`` (worse, (better,)) candidates (``copies.identical_texts``)."""

    def __init__(self, max_days_apart: int) -> None:
        self._max_days_apart = max_days_apart

    def process(self, element):
        _digest, same_text = element
        settled = copies.identical_texts(same_text, self._max_days_apart, self.inc)
        yield from settled.heads
        for pair in settled.followers:
            yield beam.pvalue.TaggedOutput(FOLLOWERS, pair)
        for better, worse in settled.kin:
            yield beam.pvalue.TaggedOutput(KIN, (worse, (better,)))


class IdenticalTexts(beam.PTransform):
    """(doc_id, Claimant) -> ``heads`` (doc_id, Claimant), one per identical text, title and day; tagged
    ``followers`` (head, follower) for the rest, which take their head's decision; tagged ``kin``: candidates
    (worse, (better,)) between heads of one text that may be copies (transforms/core/copies.py). One group per
    text digest: a story carried by 1,000 outlets is one group of 1,000 compact records."""

    def __init__(self, max_days_apart: int) -> None:
        super().__init__()
        self._max_days_apart = max_days_apart

    def expand(self, unique):
        return (
            unique
            | "ByText" >> beam.MapTuple(lambda doc_id, claimant: (claimant.digest, (doc_id, claimant)))
            | "GroupByText" >> beam.GroupByKey()
            | "Settle" >> beam.ParDo(_IdenticalTextsFn(self._max_days_apart)).with_outputs(
                FOLLOWERS, KIN, main=HEADS
            )
        )


class FollowHeads(beam.PTransform):
    """(decided (doc_id, (representative, similarity)), followers (head, follower)) -> decided, with every
    follower's and every head's that was in no verified pair (``copies.followed``)."""

    def expand(self, pcolls):
        decided, followers = pcolls
        return (
            {"decided": decided, FOLLOWERS: followers}
            | "JoinHeads" >> beam.CoGroupByKey()
            | "Follow" >> beam.FlatMapTuple(
                lambda head, grouped: copies.followed(head, grouped["decided"], grouped[FOLLOWERS])
            )
        )
