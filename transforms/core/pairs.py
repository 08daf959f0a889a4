"""Candidate pairs verified in groups: each document's evidence travels once per group it is in, not once per
pair.

A story in many copies pairs every copy with the same few best-ranked copies (``clusters.chosen_candidates``:
the best-ranked first, and the best copy shares nearly every bucket). Verified pair by pair, the better side's
evidence (about 3.4 kB for a 3 kB article) was shipped and held once per pair: at 25 copies a story, 3.2
records per copy beside its own, and twice the memory of a corpus without copies. So a worse document's
pairs go to the group of its best-ranked candidate (``first``), the representative-to-be of a story's
copies; the group asks each member it needs for its evidence once, and verifies every pair inside it with
each record unpacked once. A story in 25 copies is one group of 25 records. A group holds at most
``GROUP_PAIRS`` pairs (a story in 1,000 copies is cut into groups of whole worse documents, in rank order),
so no worker holds a story's copies at once; its best copies then travel once per group, not once per pair.

Every grouping is a function of ranks and doc_ids, not of element order, and every pair is verified exactly
once whichever group it lands in (the same edges and counters as pair by pair).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain

from wirewash.transforms.core.clusters import Member, RankedEvidence, evidence_of
from wirewash.transforms.core.counters import Inc
from wirewash.transforms.core.histogram import PAIR_COVERAGE, PAIR_SIMILARITY, similarity_bucket
from wirewash.transforms.core.verify import Verdict, VerifyConfig, disagreeing_kind, unpacked, verify

# Pairs per group: a story's groups hold a few hundred unpacked records (about 17 kB each with what verify
# derives from them, a few MB), while its best copies travel once per 256 pairs (under 1% of the pairs).
GROUP_PAIRS = 256

Pair = tuple[Member, Member]  # (better, worse)
GroupKey = tuple[str, int]  # (first's doc_id, part): one group of pairs
Edge = tuple[Member, Member, float]  # (better, worse, jaccard) of a pair verified copies


def worse_pairs(chosen: Iterable[tuple[Member, Iterable[Member]]]) -> list[tuple[Member, tuple[Member, ...]]]:
    """(worse, its distinct better members in rank order) from every candidate element of one doc_id: a pair
    both chosen and kin (``copies``) is verified once. Ordered by worse member."""
    betters: dict[Member, set[Member]] = {}
    for worse, better in chosen:
        betters.setdefault(worse, set()).update(better)
    return [(worse, tuple(sorted(better))) for worse, better in sorted(betters.items()) if better]


def groups(
    first: str, worse: Iterable[tuple[Member, tuple[Member, ...]]], max_pairs: int = GROUP_PAIRS
) -> Iterator[tuple[GroupKey, tuple[Pair, ...]]]:
    """The pairs of the worse documents whose first candidate is ``first``, in groups of at most ``max_pairs``
    (one document with more is a group of its own): whole worse documents in rank order, so each worse
    record goes to one group and the cut is the same whatever order the elements came in."""
    part, pairs = 0, []
    for member, betters in sorted(worse):
        if pairs and len(pairs) + len(betters) > max_pairs:
            yield (first, part), tuple(pairs)
            part, pairs = part + 1, []
        pairs.extend((better, member) for better in betters)
    if pairs:
        yield (first, part), tuple(pairs)


def wanted(key: GroupKey, pairs: Iterable[Pair]) -> Iterator[tuple[str, tuple[GroupKey, tuple[Member, ...]]]]:
    """(doc_id, (group, its members the group needs)): one request per doc_id and group, each member once."""
    by_id: dict[str, set[Member]] = {}
    for pair in pairs:
        for member in pair:
            by_id.setdefault(member[1], set()).add(member)
    for doc_id, members in sorted(by_id.items()):
        yield doc_id, (key, tuple(sorted(members)))


def sent_evidence(
    records: Iterable[RankedEvidence], requests: Iterable[tuple[GroupKey, tuple[Member, ...]]]
) -> Iterator[tuple[GroupKey, tuple[Member, bytes]]]:
    """(group, (member, packed evidence)) for each member a group asked one doc_id's records for
    (``evidence_of``); a member without a record sends nothing, and its pairs are not verified."""
    records = list(records)
    for key, members in requests:
        for member in members:
            evidence = evidence_of(member, records)
            if evidence is not None:
                yield key, (member, evidence)


def verified(pairs: Iterable[Iterable[Pair]], evidence: Iterable[tuple[Member, bytes]], cfg: VerifyConfig,
             inc: Inc) -> Iterator[Edge]:
    """The edges of one group's pairs (``groups``: the one element a group key holds) that ``verify`` finds
    copies, each member's evidence unpacked once (what verify derives from a record stays on it for its next
    pair); a pair missing a side's evidence is skipped. Counts every verdict (``count_verdict``)."""
    records = {member: unpacked(blob) for member, blob in evidence}
    for better, worse in chain.from_iterable(pairs):
        if better not in records or worse not in records:
            continue
        verdict = verify(records[better], records[worse], cfg)
        count_verdict(verdict, inc)
        if verdict.duplicate:
            yield better, worse, verdict.jaccard


def count_verdict(verdict: Verdict, inc: Inc) -> None:
    """One candidate pair's counters: its verdict, why it was rejected, its similarity and coverage buckets."""
    inc("dedup:candidate_pair")
    inc(PAIR_SIMILARITY + similarity_bucket(verdict.jaccard))
    inc(PAIR_COVERAGE + similarity_bucket(verdict.coverage))
    # Whether the pair had a direction (one publisher, two known moments) when weighed as copies.
    if verdict.gained is not None:
        inc("dedup:direction:" + ("gained" if verdict.reason == "gained" else "within"))
    if verdict.duplicate:
        inc("dedup:verdict:duplicate")
        return
    inc("dedup:verdict:distinct")
    inc(f"dedup:rejected_by:{verdict.reason}")
    if verdict.reason == "tokens":
        for kind in sorted({disagreeing_kind(t) for t in verdict.disagreeing} - {None}):
            inc(f"dedup:disagreeing:{kind}")
