"""NearDuplicates: MinHash-LSH candidates, verified pairs, clusters that cannot chain (transforms/core/clusters.py).

    articles -> Sign -> Claimants -> OnePerId -> IdenticalTexts (one head per identical text, title and day,
             transforms/core/copies.py) -> GroupBands (heads' band members batched by key shard,
             transforms/core/bands.py) -> proposals per document (stars on each bucket's best ranks)
             -> candidates (each document's few best-ranked and most shared proposals; kin heads)
             -> VerifyPairs (pairs grouped by their worse document's best-ranked candidate,
             transforms/core/pairs.py; each document's evidence joined once, then sent once per group)
             -> verified_edges (better, worse, similarity) -> ResolveClusters (greedy rounds)
             -> followers take their head's decision -> doc_to_cluster -> AttachDecisions (the one join
             with the articles) -> kept / duplicates

Articles' texts travel once, into the final join. Before it, settling doc_ids and banding shuffle small
``Claimant``s (no evidence); evidence is shuffled once by doc_id, where the candidate pairs meet it, and then
only that of documents in a pair, once per group of pairs it is in (not once per pair). Every step is keyed
work; nothing collects the data set on one worker, and every choice (winner of a doc_id, pairs,
representative) is a function of ids and ranks, not of element order.
"""
from __future__ import annotations

from collections import Counter

import apache_beam as beam
from apache_beam.utils.windowed_value import WindowedValue

from wirewash.transforms.copies import FOLLOWERS, HEADS, KIN, FollowHeads, IdenticalTexts
from wirewash.transforms.core import bands, clusters, pairs
from wirewash.transforms.core.clusters import DedupConfig
from wirewash.transforms.metrics import CountingDoFn, ProgressDoFn

KEPT = "kept"
DUPLICATES = "duplicates"
REJECTED = "rejected"
_FINAL, _MESSAGES = "final", "messages"


class SignFn(ProgressDoFn):
    """Article -> (doc_id, SignedDoc), signed ``BATCH`` articles of a window at a time (``clusters.signed_docs``):
    each keeps its window and timestamp."""

    STAGE, NOUN, DONE = "dedup", "article", "signed"
    # From about 16 documents on, a batch's signatures cost no less per document (benchmarks/sign_batch.py); a
    # bounded batch keeps a bundle's buffered articles few.
    BATCH = 128

    def __init__(self, cfg: DedupConfig) -> None:
        self._cfg = cfg

    def start_bundle(self) -> None:
        super().start_bundle()
        self._waiting = {}

    def process(self, article, timestamp=beam.DoFn.TimestampParam, window=beam.DoFn.WindowParam):
        self.progressed()
        self.inc("dedup:signed")
        waiting = self._waiting.setdefault(window, [])
        waiting.append((article, timestamp))
        if len(waiting) >= self.BATCH:
            yield from self._signed(window, self._waiting.pop(window))

    def finish_bundle(self):
        super().finish_bundle()
        for window, waiting in self._waiting.items():
            yield from self._signed(window, waiting)
        self._waiting = {}

    def _signed(self, window, waiting):
        signed = clusters.signed_docs([article for article, _ in waiting], self._cfg)
        for (article, timestamp), doc in zip(waiting, signed):
            yield WindowedValue((article.doc_id, doc), timestamp, (window,))


class OnePerId(beam.PTransform):
    """(doc_id, ``clusters.Claimant``) -> one Claimant per doc_id (``clusters.settle``)."""

    def expand(self, signed):
        return (
            signed
            | "GroupById" >> beam.GroupByKey()
            | "PickOne" >> beam.MapTuple(lambda doc_id, same_id: (doc_id, clusters.settle(same_id)))
        )


def contested_claim(doc_id: str, claimant: clusters.Claimant):
    """(doc_id, its Claim) when other inputs claimed the doc_id too: ``clusters.attach`` needs no claim for a
    doc_id only one article has, so the final join carries none for nearly every document."""
    if claimant.contested:
        yield doc_id, claimant.claim


class ChooseCandidates(beam.CombineFn):
    """A document's proposed better-ranked members, each with how many buckets proposed it (``bands.by_second``,
    one element per shard that proposed any) -> the few it is verified against (``clusters.chosen_candidates``).
    The accumulator counts proposals per member, so a runner combines them before the shuffle."""

    def __init__(self, cfg: clusters.ClusterConfig) -> None:
        self._cfg = cfg

    def create_accumulator(self):
        return Counter()

    def add_input(self, proposed, counted):
        for better, times in counted:
            proposed[better] += times
        return proposed

    def merge_accumulators(self, accumulators):
        merged = Counter()
        for proposed in accumulators:
            merged.update(proposed)
        return merged

    def extract_output(self, proposed):
        return clusters.chosen_candidates(proposed, self._cfg)


class CandidatePairs(beam.PTransform):
    """(worse, ((better, times proposed), ...)) from each shard -> (worse, chosen): each worse document's
    candidate pairs, its distinct better-ranked members (rank, doc_id) in rank order, at most
    ``candidates + most_shared``; one element per document that has any."""

    def __init__(self, cfg: clusters.ClusterConfig) -> None:
        super().__init__()
        self._cfg = cfg

    def expand(self, proposals):
        return (
            proposals
            | "ChooseCandidates" >> beam.CombinePerKey(ChooseCandidates(self._cfg))
        )


def band_members(doc_id: str, signed: clusters.Claimant):
    """(band_key, (rank, doc_id)) for every band of one document."""
    for key in signed.band_keys:
        yield key, (signed.rank, doc_id)


def signed_member(element):
    """A (doc_id, Claimant or SignedDoc) element's band member (rank, doc_id) and its band keys."""
    doc_id, signed = element
    return (signed.rank, doc_id), signed.band_keys


class _BatchByShardFn(beam.DoFn):
    """Elements -> (shard, ``bands.Batch``): the band members ``member_of`` finds in them, one output per
    window and key shard of the bundle (``bands.batches``), emitted when the bundle finishes."""

    def __init__(self, member_of) -> None:
        self._member_of = member_of

    def start_bundle(self) -> None:
        self._windows = {}

    def process(self, element, shards, window=beam.DoFn.WindowParam):
        member, keys = self._member_of(element)
        _shards, members, member_keys = self._windows.setdefault(window, (shards, [], []))
        members.append(member)
        member_keys.append(keys)

    def finish_bundle(self):
        for window, (shards, members, member_keys) in self._windows.items():
            for batch in bands.batches(members, member_keys, shards):
                yield WindowedValue(batch, window.max_timestamp(), (window,))
        self._windows = {}


class GroupBands(beam.PTransform):
    """Elements each holding one band member with ``per_element`` band keys (``member_of(element)`` ->
    (member, keys)) -> (shard, batches): every member of a band key in one shard's batches
    (``bands.ranked_buckets`` regroups them). The shard count follows the number of keys (``bands.shard_count``)."""

    def __init__(self, member_of, per_element: int) -> None:
        super().__init__()
        self._member_of = member_of
        self._per_element = per_element

    def expand(self, pcoll):
        per_element = self._per_element
        shards = (
            pcoll
            | "Count" >> beam.combiners.Count.Globally()
            | "Shards" >> beam.Map(lambda n: bands.shard_count(n * per_element))
        )
        return (
            pcoll
            | "BatchByShard" >> beam.ParDo(_BatchByShardFn(self._member_of), beam.pvalue.AsSingleton(shards))
            | "GroupByShard" >> beam.GroupByKey()
        )


class ProposePairsFn(CountingDoFn):
    """(shard, ``bands.Batch``es) -> (worse, ((better, times proposed), ...)): the pairs each of the shard's
    buckets proposes, counted per worse member. ``propose`` is ``clusters.star_proposals`` (batch) or
    ``clusters.new_proposals`` (new articles against an index)."""

    def __init__(self, propose, cfg: clusters.ClusterConfig) -> None:
        self._propose = propose
        self._cfg = cfg

    def process(self, element):
        _shard, batches = element
        yield from bands.by_second(*self._propose(bands.ranked_buckets(batches), self._cfg, self.inc))


class _VerifyGroupFn(CountingDoFn):
    """(group, {"pairs": [its pairs], "evidence": [(member, packed evidence)]}) -> (better, worse, jaccard) for
    each of the group's pairs ``verify`` finds copies (``pairs.verified``)."""

    def __init__(self, cfg) -> None:
        self._cfg = cfg

    def process(self, element):
        _key, grouped = element
        yield from pairs.verified(grouped["pairs"], grouped["evidence"], self._cfg, self.inc)


class VerifyPairs(beam.PTransform):
    """(candidates (worse, chosen better members), ``CandidatePairs``; doc_to_evidence (doc_id,
    ``clusters.RankedEvidence``)) -> verified edges ((rank, better), (rank, worse), jaccard) that ``verify``
    finds copies.

    Pairs are verified in groups (transforms/core/pairs.py): each worse document's pairs (``GroupByWorse``,
    chosen and kin as one) go to the group of its best-ranked candidate (``GroupByFirst``, cut at
    ``pairs.GROUP_PAIRS`` pairs), which asks each member it needs for its evidence (``JoinEvidence``, the one
    shuffle of all evidence; ``clusters.evidence_of`` picks the member among the records of a doc_id) and
    meets it by group (``JoinGroups``). A story's copies share their best-ranked candidate, so a record
    travels once per group, not once per pair: linear in the copies. Only documents in a pair send their
    evidence on, and never the whole corpus to one place; packed, evidence is one bytes object wherever a
    runner holds it.
    """

    def __init__(self, cfg: DedupConfig) -> None:
        super().__init__()
        self._cfg = cfg

    def expand(self, pcolls):
        candidates, doc_to_evidence = pcolls
        grouped = (
            candidates
            | "KeyByWorse" >> beam.MapTuple(lambda worse, chosen: (worse[1], (worse, chosen)))
            | "GroupByWorse" >> beam.GroupByKey()
            | "WorsePairs" >> beam.FlatMapTuple(lambda _doc_id, chosen: pairs.worse_pairs(chosen))
            | "KeyByFirst" >> beam.MapTuple(lambda worse, betters: (betters[0][1], (worse, betters)))
            | "GroupByFirst" >> beam.GroupByKey()
            | "Groups" >> beam.FlatMapTuple(pairs.groups)
        )
        evidence = (
            {
                "evidence": doc_to_evidence,
                "wanted": grouped | "Wanted" >> beam.FlatMapTuple(pairs.wanted),
            }
            | "JoinEvidence" >> beam.CoGroupByKey()
            | "SendEvidence" >> beam.FlatMapTuple(
                lambda _doc_id, joined: pairs.sent_evidence(joined["evidence"], joined["wanted"])
            )
        )
        return (
            {"pairs": grouped, "evidence": evidence}
            | "JoinGroups" >> beam.CoGroupByKey()
            | "Verify" >> beam.ParDo(_VerifyGroupFn(self._cfg.verify))
        )


class _Decide(beam.DoFn):
    """One document's state (better neighbours, followers, known statuses) + messages -> its outcome, or its
    state for the next round. Decided: tagged ``final`` (doc_id, (representative, similarity)) and a status
    message to each follower (a worse-ranked verified neighbour)."""

    def process(self, element):
        doc_id, grouped = element
        # No state: messages to a document already decided.
        for better, followers, known in grouped["state"]:
            known = dict(known)
            for sender, status in grouped["message"]:
                known[sender] = status
            verdict = clusters.decide(better, known)
            if verdict is None:
                yield doc_id, (better, followers, known)
            else:
                yield from _decided(doc_id, verdict, followers)


def _decided(doc_id, verdict, followers):
    status, rep, sim = verdict
    yield beam.pvalue.TaggedOutput(_FINAL, (doc_id, (rep or doc_id, sim)))
    for follower in followers:
        yield beam.pvalue.TaggedOutput(_MESSAGES, (follower, (doc_id, status)))


class _UnresolvedFn(CountingDoFn):
    """A document still undecided after the last round -> kept on its own, counted ``dedup:unresolved``."""

    def process(self, element):
        doc_id, _state = element
        self.inc("dedup:unresolved")
        yield doc_id, (doc_id, None)


class ResolveClusters(beam.PTransform):
    """(verified edges[, followers (head, follower): ``IdenticalTexts``]) -> (doc_id,
    (representative_id, cluster_size, similarity)) for every document in a cluster of two or more; ``rounds``
    greedy rounds (transforms/core/clusters.py), then documents still undecided are kept on their own and
    counted as ``dedup:unresolved``; followers take their head's decision (``FollowHeads``)."""

    def __init__(self, rounds: int) -> None:
        super().__init__()
        self._rounds = rounds

    def expand(self, pcolls):
        edges, *followers = pcolls

        def start(element):
            doc_id, grouped = element
            better = tuple(sorted(grouped["better"]))
            followers = tuple(sorted(set(grouped["follower"])))
            if not better:
                yield from _decided(doc_id, (clusters.REPRESENTATIVE, None, None), followers)
            else:
                yield doc_id, (better, followers, {})

        out = (
            {
                "better": edges | "ByWorse" >> beam.Map(lambda e: (e[1][1], (e[0][0], e[0][1], e[2]))),
                "follower": edges | "ByBetter" >> beam.Map(lambda e: (e[0][1], e[1][1])),
            }
            | "Neighbours" >> beam.CoGroupByKey()
            | "Start" >> beam.FlatMap(start).with_outputs(_FINAL, _MESSAGES, main="state")
        )
        finals = [out[_FINAL]]
        state, messages = out["state"], out[_MESSAGES]
        for i in range(self._rounds):
            out = (
                {"state": state, "message": messages}
                | f"Round{i}" >> beam.CoGroupByKey()
                | f"Decide{i}" >> beam.ParDo(_Decide()).with_outputs(_FINAL, _MESSAGES, main="state")
            )
            finals.append(out[_FINAL])
            state, messages = out["state"], out[_MESSAGES]

        finals.append(state | "KeepUnresolved" >> beam.ParDo(_UnresolvedFn()))
        decided = finals | "AllDecided" >> beam.Flatten()
        if followers:
            decided = (decided, followers[0]) | "FollowHeads" >> FollowHeads()

        def sized(rep_id, members):
            members = list(members)
            if len(members) < 2:
                return
            for doc_id, sim in members:
                yield doc_id, (rep_id, len(members), sim)

        return (
            decided
            | "ByRepresentative" >> beam.MapTuple(lambda doc_id, decided: (decided[0], (doc_id, decided[1])))
            | "GroupClusters" >> beam.GroupByKey()
            | "Sizes" >> beam.FlatMapTuple(sized)
        )


class ClusterCandidates(beam.PTransform):
    """(candidates, doc_to_evidence[, followers]) -> (doc_id, (representative_id, cluster_size, similarity)):
    the part batch and incremental dedup share once they have their candidates (``followers``: batch's
    identical copies, ``IdenticalTexts``)."""

    def __init__(self, cfg: DedupConfig) -> None:
        super().__init__()
        self._cfg = cfg

    def expand(self, pcolls):
        candidates, doc_to_evidence, *followers = pcolls
        verified_edges = (candidates, doc_to_evidence) | "VerifyPairs" >> VerifyPairs(self._cfg)
        return (verified_edges, *followers) | "ResolveClusters" >> ResolveClusters(self._cfg.cluster.rounds)


class _FinishFn(CountingDoFn):
    """(doc_id, {"article", "claim", "cluster"}) -> its records (``clusters.attach``), tagged by outcome."""

    def process(self, element):
        doc_id, grouped = element
        records = clusters.attach(doc_id, grouped["article"], grouped["claim"], grouped["cluster"], self.inc,
                                  grouped.get("rejected", ()))
        for record in records:
            if isinstance(record, clusters.Rejected):
                yield beam.pvalue.TaggedOutput(REJECTED, record)
            elif record.duplicate_of is None:
                yield record
            else:
                yield beam.pvalue.TaggedOutput(DUPLICATES, record)


def by_input_id(rejected: clusters.Rejected, _partitions: int) -> int:
    """0 for a rejected input with an id of its own, which an article with that id may share; 1 for one
    without, whose doc_id is of its position, no other input's (a ``beam.Partition`` function)."""
    return 0 if rejected.input_id is not None else 1


class AttachDecisions(beam.PTransform):
    """(articles, doc_to_claim, doc_to_cluster[, rejections]) -> tagged kept / duplicates / rejected: the one
    join of the decisions onto the articles (``clusters.attach``). ``doc_to_claim`` holds the claims of
    contested doc_ids and rejecting ones (``already_indexed``); a doc_id without one is held by its only
    article. ``rejections``: the inputs earlier stages rejected, passed on among the rejected; those with an
    id of their own join too, as an article with that id may hold their doc_id (a record without one has a
    doc_id of its position, no other input's)."""

    def expand(self, pcolls):
        articles, doc_to_claim, doc_to_cluster, *rejections = pcolls
        joined = {
            "article": articles | "KeyById" >> beam.Map(lambda a: (a.doc_id, a)),
            "claim": doc_to_claim,
            "cluster": doc_to_cluster,
        }
        passed = []
        if rejections:
            named, unnamed = rejections[0] | "ByInputId" >> beam.Partition(by_input_id, 2)
            joined["rejected"] = named | "KeyRejectedById" >> beam.Map(lambda r: (r.doc_id, r))
            passed.append(unnamed)
        out = (
            joined
            | "JoinDecisions" >> beam.CoGroupByKey()
            | "Finish" >> beam.ParDo(_FinishFn()).with_outputs(DUPLICATES, REJECTED, main=KEPT)
        )
        rejected = (out[REJECTED], *passed) | "AllRejected" >> beam.Flatten() if passed else out[REJECTED]
        return {KEPT: out[KEPT], DUPLICATES: out[DUPLICATES], REJECTED: rejected}


class NearDuplicates(beam.PTransform):
    """Articles, or (articles, rejections of earlier stages) -> tagged ``kept``, ``duplicates`` and
    ``rejected`` (same-id collisions, and the rejections given, each row under a doc_id of its own:
    ``AttachDecisions``) PCollections."""

    def __init__(self, cfg: DedupConfig) -> None:
        super().__init__()
        self._cfg = cfg

    def expand(self, pcolls):
        articles, *rejections = pcolls if isinstance(pcolls, tuple) else (pcolls,)
        cfg = self._cfg
        signed = articles | "Sign" >> beam.ParDo(SignFn(cfg))
        unique = (
            signed
            | "Claimants" >> beam.MapTuple(lambda doc_id, s: (doc_id, s.claimant))
            | "OnePerId" >> OnePerId()
        )
        texts = unique | "IdenticalTexts" >> IdenticalTexts(cfg.verify.max_days_apart)
        candidates = (
            texts[HEADS]
            | "GroupBands" >> GroupBands(signed_member, cfg.minhash.bands)
            | "ProposePairs" >> beam.ParDo(ProposePairsFn(clusters.star_proposals, cfg.cluster))
            | "CandidatePairs" >> CandidatePairs(cfg.cluster)
        )
        candidates = (candidates, texts[KIN]) | "WithKin" >> beam.Flatten()
        doc_to_evidence = signed | "Evidence" >> beam.MapTuple(lambda doc_id, s: (doc_id, s.ranked_evidence))
        doc_to_cluster = (candidates, doc_to_evidence, texts[FOLLOWERS]) | "Cluster" >> ClusterCandidates(cfg)
        doc_to_claim = unique | "Claims" >> beam.FlatMapTuple(contested_claim)
        return (articles, doc_to_claim, doc_to_cluster, *rejections) | "AttachDecisions" >> AttachDecisions()
