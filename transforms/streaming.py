"""StreamingDuplicates: each arriving article against everything seen before, with keyed state per LSH band.

    articles -> Sign -> band_to_member ---------------------> MatchInBuckets (state: bucket members)
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
from wirewash.transforms.core.clusters import DedupConfig, duplicate_id_rejection
from wirewash.transforms.core.minhash import sign_article
from wirewash.transforms.incremental import ReadIndexPartitions
from wirewash.transforms.metrics import CountingDoFn

_SEED, _NEW, _ARTICLE, _VERDICT = "seed", "new", "article", "verdict"
_MEMBERS = "members"


class _SignFn(CountingDoFn):
    """Article -> (band_key, new member) per band; (doc_id, article message) tagged ``article``."""

    def __init__(self, cfg: DedupConfig) -> None:
        self._cfg = cfg

    def process(self, article, seed_loaded, timestamp=beam.DoFn.TimestampParam):
        # ``seed_loaded`` is only a gate: a side input holds every arrival back until the index is read.
        signed = sign_article(article, self._cfg.minhash)
        ts = float(timestamp)
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


class _DecideFn(CountingDoFn):
    """Per doc_id: once its article and all its band verdicts are in, the article is kept or a duplicate.

    Verdicts are folded as they come (count and best match per arrival timestamp), so a document costs
    O(bands) state operations. A second article claiming a decided or pending doc_id is rejected
    (``duplicate_id``); its verdicts carry its own timestamp and never count for the first.
    """

    ARTICLE = ReadModifyWriteStateSpec("article", PickleCoder())
    PENDING = ReadModifyWriteStateSpec("pending", PickleCoder())
    DECIDED = ReadModifyWriteStateSpec("decided", PickleCoder())

    def __init__(self, bands: int) -> None:
        self._bands = bands

    def process(
        self,
        element,
        article_state=beam.DoFn.StateParam(ARTICLE),
        pending_state=beam.DoFn.StateParam(PENDING),
        decided=beam.DoFn.StateParam(DECIDED),
    ):
        doc_id, (kind, ts, payload) = element
        held = article_state.read()
        pending = pending_state.read() or {}
        if kind == _ARTICLE:
            if held is not None or decided.read() is not None:
                self.inc("dedup:rejected:duplicate_id")
                owner = held[1].source if held is not None else "an article decided before"
                yield beam.pvalue.TaggedOutput(dedup.REJECTED, duplicate_id_rejection(doc_id, payload, owner))
                return
            held = (ts, payload)
            article_state.write(held)
        elif decided.read() is None:
            count, best = pending.get(ts, (0, None))
            pending[ts] = (count + 1, core.combine([best, payload]))
            pending_state.write(pending)
        if held is None:
            return
        count, best = pending.get(held[0], (0, None))
        if count < self._bands:
            return
        kept, article = core.outcome(held[1], best, self.inc)
        decided.write(held[0])
        article_state.clear()
        pending_state.clear()
        yield article if kept else beam.pvalue.TaggedOutput(dedup.DUPLICATES, article)


class IndexSeed(beam.PTransform):
    """A persisted index -> bucket members (band_key, seed member) for every indexed article."""

    def __init__(self, state: index.IndexState) -> None:
        super().__init__()
        self._state = state

    def expand(self, pbegin):
        all_partitions = [f"part={i:02x}" for i in range(index.PARTITIONS)]
        state = self._state

        def members(element):
            doc_id, grouped = element
            for row in grouped["doc"]:
                for band_key in grouped["band"]:
                    yield band_key, (_SEED, core.SEED_TIME, doc_id, index.row_evidence(row))

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
    """(timestamped articles, seed members) -> tagged ``kept``, ``duplicates``, ``rejected``.

    Arrivals wait until the seed members (IndexSeed, or an empty PCollection) have all been read, so an
    early arrival is not missed against the index.
    """

    def __init__(self, cfg: DedupConfig) -> None:
        super().__init__()
        self._cfg = cfg

    def expand(self, pcolls):
        articles, seed_members = pcolls
        cfg = self._cfg
        # An empty side input that is ready only when the seed is complete: a gate, with no data to
        # broadcast (a count would need a CombineGlobally, which the streaming DirectRunner cannot run).
        seed_loaded = seed_members | "SeedLoaded" >> beam.Filter(lambda _member: False)
        signed = articles | "Sign" >> beam.ParDo(
            _SignFn(cfg), beam.pvalue.AsIter(seed_loaded)
        ).with_outputs(_MEMBERS, _ARTICLE)
        doc_to_verdict = (
            (seed_members, signed[_MEMBERS])
            # Typed keys give state a deterministic key coder on every runner.
            | "AllMembers" >> beam.Flatten().with_output_types(Tuple[bytes, Any])
            | "MatchInBuckets" >> beam.ParDo(_BucketFn(cfg))
        )
        out = (
            (signed[_ARTICLE], doc_to_verdict)
            | "ArticlesAndVerdicts" >> beam.Flatten().with_output_types(Tuple[str, Any])
            | "Decide" >> beam.ParDo(_DecideFn(cfg.minhash.bands)).with_outputs(dedup.DUPLICATES, dedup.REJECTED, main=dedup.KEPT)
        )
        return {dedup.KEPT: out[dedup.KEPT], dedup.DUPLICATES: out[dedup.DUPLICATES], dedup.REJECTED: out[dedup.REJECTED]}


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
