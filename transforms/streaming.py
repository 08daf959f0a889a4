"""StreamingDuplicates: each arriving article against everything seen before, with keyed state per LSH band.

    articles, rejections -> ClaimIds (state per doc_id) -> rejected (a doc_id of their own)
      | the articles that hold their doc_id
    Sign -> band_to_member ---------------------> MatchInBuckets (state: bucket members)
                           \\                        | doc_to_verdict (one per band)
                            doc_to_article -----> Decide (state per doc_id) -> kept / duplicates

A bucket's state holds (timestamp, doc_id, evidence) of up to ``max_bucket`` members, so an arrival is
verified against every earlier member it shares a band with, without any lookup outside its key. Arrivals
wait in the bucket until the watermark passes their timestamp, then are matched in (timestamp, doc_id)
order (transforms/core/streaming.py): copies arriving in one poll, or out of order, are still compared. IndexSeed loads a persisted index into the same buckets as members earlier than any
arrival. Everything stays in the global window: dedup must reach back across all time; only the written
output is windowed.
"""
from __future__ import annotations

from typing import Any, Tuple

import apache_beam as beam
from apache_beam.coders import PickleCoder
from apache_beam.transforms import trigger, window
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.transforms.userstate import BagStateSpec, ReadModifyWriteStateSpec, TimerSpec, on_timer
from apache_beam.utils.timestamp import Duration, Timestamp

from wirewash.transforms import dedup
from wirewash.transforms.core import index
from wirewash.transforms.core import streaming as core
from wirewash.transforms.core.clusters import DedupConfig
from wirewash.transforms.core.minhash import sign_article
from wirewash.transforms.core.schema import Article
from wirewash.transforms.incremental import ReadIndexPartitions
from wirewash.transforms.metrics import CountingDoFn

# A seed member of an indexed article's first band also claims its doc_id (``_ClaimFn``): once per article.
_SEED, _SEED_HOLDER, _NEW, _ARTICLE, _VERDICT, _CLAIM = "seed", "seed_holder", "new", "article", "verdict", "claim"
_MEMBERS = "members"


class _SignFn(CountingDoFn):
    """(timestamp, article) -> (band_key, new member) per band; (doc_id, article message) tagged ``article``."""

    def __init__(self, cfg: DedupConfig) -> None:
        self._cfg = cfg

    def process(self, claimed, seed_loaded):
        # ``seed_loaded`` is only a gate: a side input holds every arrival back until the index is read.
        # The arrival's own timestamp: ClaimIds outputs it stamped a tick later, by its timer.
        ts, article = claimed
        signed = sign_article(article, self._cfg.minhash)
        self.inc("dedup:signed")
        yield beam.pvalue.TaggedOutput(_ARTICLE, (article.doc_id, (_ARTICLE, ts, article)))
        for key in signed.band_keys:
            yield beam.pvalue.TaggedOutput(_MEMBERS, (key, (_NEW, ts, article.doc_id, signed.evidence)))


# A timer at an arrival's timestamp plus this fires once the watermark has passed the timestamp itself, so
# every arrival with that timestamp is in the bucket. One millisecond, not less: the portable wire format
# carries timer and element timestamps in milliseconds, so on a portable runner (Prism, Flink) a smaller tick
# is truncated away, the timer fires at the arrival's own timestamp, nothing is due (``core.due`` takes only
# what is strictly before it) and re-arming it at the same time loops for ever, holding the watermark.
_TICK = Duration(micros=1000)


class _BucketFn(CountingDoFn):
    """One LSH bucket: holds arrivals until the watermark passes them, answers each with its best earlier
    match (a verdict per arrival), remembers up to max_bucket members."""

    MEMBERS = BagStateSpec("members", PickleCoder())
    PENDING = BagStateSpec("pending", PickleCoder())
    FLUSH = TimerSpec("flush", TimeDomain.WATERMARK)

    def __init__(self, cfg: DedupConfig) -> None:
        self._verify = cfg.verify
        self._max_bucket = cfg.cluster.max_bucket

    def process(
        self,
        element,
        members=beam.DoFn.StateParam(MEMBERS),
        pending=beam.DoFn.StateParam(PENDING),
        flush=beam.DoFn.TimerParam(FLUSH),
    ):
        _band_key, (kind, ts, doc_id, evidence) = element
        member = (ts, doc_id, evidence)
        if kind != _NEW:
            if core.admits(list(members.read()), member, self._max_bucket, self.inc):
                members.add(member)
            return
        waiting = list(pending.read())
        pending.add(member)
        first = min([m[0] for m in waiting] + [ts])
        flush.set(Timestamp.of(first) + _TICK)

    @on_timer(FLUSH)
    def on_flush(
        self,
        fired=beam.DoFn.TimestampParam,
        members=beam.DoFn.StateParam(MEMBERS),
        pending=beam.DoFn.StateParam(PENDING),
        flush=beam.DoFn.TimerParam(FLUSH),
    ):
        now, later = core.due(pending.read(), float(fired))
        current = list(members.read())
        for member in now:
            ts, doc_id, _evidence = member
            match = core.match_bucket(current, member, self._verify, self.inc)
            # Stamped by the timer (the arrival's time plus a tick), which holds the watermark until it fires.
            yield doc_id, (_VERDICT, ts, match)
            if core.admits(current, member, self._max_bucket, self.inc):
                members.add(member)
                current.append(member)
        pending.clear()
        for member in later:
            pending.add(member)
        if later:
            flush.set(Timestamp.of(min(m[0] for m in later)) + _TICK)


class _ClaimFn(CountingDoFn):
    """Per doc_id: the inputs claiming it (articles, inputs rejected before dedup, an indexed article) wait
    until the watermark passes them, then ``core.settle_claims`` lets the earliest hold it; the articles that
    do go on to dedup as (timestamp, article), every record rejected is tagged ``rejected``. The holder
    stays in state for good (one small record per doc_id): a claimant arriving any time later gets a doc_id
    of its own."""

    HOLDER = ReadModifyWriteStateSpec("holder", PickleCoder())
    WAITING = BagStateSpec("waiting", PickleCoder())
    FLUSH = TimerSpec("flush", TimeDomain.WATERMARK)

    def process(
        self,
        element,
        holder=beam.DoFn.StateParam(HOLDER),
        waiting=beam.DoFn.StateParam(WAITING),
        flush=beam.DoFn.TimerParam(FLUSH),
    ):
        _doc_id, (kind, ts, record) = element
        if kind == _SEED_HOLDER:
            # Seeds are read before the watermark passes any arrival, so nothing can hold the doc_id yet.
            holder.write(core.INDEXED_HOLDER)
            return
        earlier = [c[0] for c in waiting.read()]
        waiting.add((ts, record))
        flush.set(Timestamp.of(min(earlier + [ts])) + _TICK)

    @on_timer(FLUSH)
    def on_flush(
        self,
        fired=beam.DoFn.TimestampParam,
        key=beam.DoFn.KeyParam,
        holder=beam.DoFn.StateParam(HOLDER),
        waiting=beam.DoFn.StateParam(WAITING),
        flush=beam.DoFn.TimerParam(FLUSH),
    ):
        now, later = core.due(waiting.read(), float(fired), core.claim_order)
        settled, out = core.settle_claims(key, holder.read(), now, self.inc)
        holder.write(settled)
        waiting.clear()
        for claimant in later:
            waiting.add(claimant)
        if later:
            flush.set(Timestamp.of(min(c[0] for c in later)) + _TICK)
        for ts, record in out:
            yield (ts, record) if isinstance(record, Article) else beam.pvalue.TaggedOutput(dedup.REJECTED, record)


class _DecideFn(CountingDoFn):
    """Per doc_id: once its article and all its band verdicts are in, the article is kept or a duplicate.

    Verdicts are folded as they come (count and best match), so a document costs O(bands) state operations.
    ClaimIds sends one article per doc_id, so its state is cleared once it is decided.
    """

    ARTICLE = ReadModifyWriteStateSpec("article", PickleCoder())
    PENDING = ReadModifyWriteStateSpec("pending", PickleCoder())

    def __init__(self, bands: int) -> None:
        self._bands = bands

    def process(
        self,
        element,
        article_state=beam.DoFn.StateParam(ARTICLE),
        pending_state=beam.DoFn.StateParam(PENDING),
    ):
        _doc_id, (kind, _ts, payload) = element
        held = article_state.read()
        count, best = pending_state.read() or (0, None)
        if kind == _ARTICLE:
            held = payload
            article_state.write(held)
        else:
            count, best = count + 1, core.combine([best, payload])
            pending_state.write((count, best))
        if held is None or count < self._bands:
            return
        kept, article = core.outcome(held, best, self.inc)
        article_state.clear()
        pending_state.clear()
        yield article if kept else beam.pvalue.TaggedOutput(dedup.DUPLICATES, article)


class IndexSeed(beam.PTransform):
    """A persisted index -> bucket members (band_key, seed member) for every indexed article; its first
    band's marked ``_SEED_HOLDER``, which also claims the article's doc_id."""

    def __init__(self, state: index.IndexState) -> None:
        super().__init__()
        self._state = state

    def expand(self, pbegin):
        all_partitions = [f"part={i:02x}" for i in range(index.PARTITIONS)]
        state = self._state

        def members(element):
            doc_id, grouped = element
            for row in grouped["doc"]:
                for i, band_key in enumerate(grouped["band"]):
                    yield band_key, (_SEED_HOLDER if i == 0 else _SEED, core.SEED_TIME, doc_id, index.row_evidence(row))

        return (
            {
                "band": (
                    pbegin
                    | "BandPartitions" >> beam.Create(all_partitions)
                    | "ReadBands" >> ReadIndexPartitions(state, index.BANDS, ["band_key", "doc_id"])
                    | "BandsById" >> beam.Map(lambda row: (row["doc_id"], row["band_key"]))
                ),
                "doc": (
                    pbegin
                    | "DocPartitions" >> beam.Create(all_partitions)
                    | "ReadDocs" >> ReadIndexPartitions(state, index.DOCS, ["doc_id", *index.EVIDENCE_COLUMNS])
                    | "DocsById" >> beam.Map(lambda row: (row["doc_id"], row))
                ),
            }
            | "JoinBandsDocs" >> beam.CoGroupByKey()
            | "SeedMembers" >> beam.FlatMap(members)
        )


class StreamingDuplicates(beam.PTransform):
    """(timestamped articles, seed members[, rejections of earlier stages]) -> tagged ``kept``,
    ``duplicates``, ``rejected``.

    Arrivals wait until the seed members (IndexSeed, or an empty PCollection) have all been read, so an
    early arrival is not missed against the index. Articles and the rejections that have an id of their own
    first claim their doc_id (ClaimIds): every output row's doc_id is its own, as batch ``AttachDecisions``
    makes it; a rejection without an id has a doc_id of its position, no other input's, and passes on.
    """

    def __init__(self, cfg: DedupConfig) -> None:
        super().__init__()
        self._cfg = cfg

    def expand(self, pcolls):
        articles, seed_members, *rejections = pcolls
        cfg = self._cfg
        # An empty side input that is ready only when the seed is complete: a gate, with no data to
        # broadcast (a count would need a CombineGlobally, which the streaming DirectRunner cannot run).
        seed_loaded = seed_members | "SeedLoaded" >> beam.Filter(lambda _member: False)
        claims = [
            articles | "ArticleClaims" >> beam.ParDo(_ClaimOf()),
            seed_members | "IndexedClaims" >> beam.FlatMapTuple(
                lambda _key, m: [(m[2], (_SEED_HOLDER, m[1], None))] if m[0] == _SEED_HOLDER else []),
        ]
        passed = []
        if rejections:
            named, unnamed = rejections[0] | "ByInputId" >> beam.Partition(dedup.by_input_id, 2)
            claims.append(named | "RejectionClaims" >> beam.ParDo(_ClaimOf()))
            passed.append(unnamed)
        claimed = (
            claims
            # Typed keys give state a deterministic key coder on every runner.
            | "AllClaims" >> beam.Flatten().with_output_types(Tuple[str, Any])
            | "ClaimIds" >> beam.ParDo(_ClaimFn()).with_outputs(dedup.REJECTED, main="held")
        )
        signed = claimed["held"] | "Sign" >> beam.ParDo(
            _SignFn(cfg), beam.pvalue.AsIter(seed_loaded)
        ).with_outputs(_MEMBERS, _ARTICLE)
        doc_to_verdict = (
            (seed_members, signed[_MEMBERS])
            | "AllMembers" >> beam.Flatten().with_output_types(Tuple[bytes, Any])
            | "MatchInBuckets" >> beam.ParDo(_BucketFn(cfg))
        )
        out = (
            (signed[_ARTICLE], doc_to_verdict)
            | "ArticlesAndVerdicts" >> beam.Flatten().with_output_types(Tuple[str, Any])
            | "Decide" >> beam.ParDo(_DecideFn(cfg.minhash.bands)).with_outputs(dedup.DUPLICATES, main=dedup.KEPT)
        )
        rejected = (claimed[dedup.REJECTED], *passed) | "AllRejected" >> beam.Flatten()
        return {dedup.KEPT: out[dedup.KEPT], dedup.DUPLICATES: out[dedup.DUPLICATES], dedup.REJECTED: rejected}


class _ClaimOf(beam.DoFn):
    """A timestamped article or rejected input -> (its doc_id, (``_CLAIM``, timestamp, it)) for ClaimIds."""

    def process(self, record, timestamp=beam.DoFn.TimestampParam):
        yield record.doc_id, (_CLAIM, float(timestamp), record)


# Output windows accept articles this late (by their timestamp) in a late pane. Timestamps are arrival
# times in the file-watching CLI, so only a custom timestamped source can produce anything later.
ALLOWED_LATENESS_SECONDS = 7 * 24 * 3600


class WindowForOutput(beam.PTransform):
    """Fixed output windows, one pane when the watermark passes, one more per late arrival."""

    def __init__(self, window_seconds: float) -> None:
        super().__init__()
        self._window_seconds = window_seconds

    def expand(self, records):
        return records | "FixedWindows" >> beam.WindowInto(
            window.FixedWindows(self._window_seconds),
            trigger=trigger.AfterWatermark(late=trigger.AfterCount(1)),
            allowed_lateness=ALLOWED_LATENESS_SECONDS,
            accumulation_mode=trigger.AccumulationMode.DISCARDING,
        )
