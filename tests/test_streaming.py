"""Streaming dedup: bucket/verdict logic (pure); StreamingDuplicates under TestStream on the
BundleBasedDirectRunner (arrivals over time, a duplicate after its original, a late arrival, an index seed;
kept articles committed into the index per window);
--streaming from the CLI: the local watcher, and the graph built for a streaming runner."""
from __future__ import annotations

import itertools
import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.coders.coders import TimestampCoder
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing import test_pipeline
from apache_beam.testing.test_stream import TestStream as ArticleStream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import TimestampedValue
from apache_beam.utils.timestamp import Timestamp

from wirewash.pipeline.cli import main, run
from wirewash.pipeline.options import WirewashOptions
from wirewash.pipeline.streaming import (
    GROWN,
    REPLACED,
    build_streaming,
    change_since_read,
    head_digest,
    sizes_read,
    watch_locally,
)
from wirewash.transforms import dedup
from wirewash.transforms.core import index
from wirewash.transforms.core import streaming as core
from wirewash.transforms.core.counters import dict_counter, noop
from wirewash.transforms.core.cleaning import CleanConfig, clean
from wirewash.transforms.core.clusters import DedupConfig
from wirewash.transforms.core.minhash import sign
from wirewash.transforms.core.schema import Article, Rejected
from wirewash.transforms.incremental import WriteWindowRuns
from wirewash.transforms.streaming import _TICK, IndexSeed, StreamingDuplicates, WindowForOutput

from indexes import text, write_index

CFG = DedupConfig()
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _member(ts: float, doc_id: str, body: str) -> core.Member:
    return ts, doc_id, sign(doc_id, body, CFG.minhash).evidence


def _match(members, ts: float, doc_id: str, body: str, inc=lambda _n: None):
    return core.match_bucket(members, _member(ts, doc_id, body), CFG.verify, inc)


# --- pure -----------------------------------------------------------------------------------------------------


def test_match_bucket_prefers_the_closest_then_earliest_earlier_member():
    members = [_member(1.0, "a", text(0)), _member(2.0, "b", text(2)), _member(9.0, "later", text(1))]
    sim, ts, doc_id = _match(members, 5.0, "new", text(1))
    assert (ts, doc_id) == (1.0, "a") and 0.9 < sim < 1.0  # a and b are equally close: a is earlier
    assert _match(members, 5.0, "new", text(300)) is None
    # An equal timestamp falls back on doc_id, so two simultaneous copies cannot both be duplicates.
    twins = [_member(3.0, "x", text(0)), _member(3.0, "y", text(0))]
    assert _match(twins, 3.0, "y", text(0))[2] == "x"


def test_a_late_arrival_with_no_earlier_match_is_matched_with_a_later_decided_member():
    counts, inc = dict_counter()
    members = [_member(9.0, "later", text(1))]
    assert _match(members, 0.5, "late", text(1), inc)[2] == "later"
    assert counts["stream:late_match"] == 1


def test_due_releases_arrivals_before_the_watermark_in_timestamp_then_id_order():
    pending = [_member(5.0, "b", text(0)), _member(5.0, "a", text(0)), _member(7.0, "c", text(0)), _member(1.0, "z", text(0))]
    now, later = core.due(pending, 5.000001)
    assert [m[1] for m in now] == ["z", "a", "b"] and [m[1] for m in later] == ["c"]


def test_a_flush_timer_still_releases_its_arrival_after_the_wire_truncates_it_to_milliseconds():
    # Portable runners (Prism) get timer timestamps through TimestampCoder, in milliseconds; a sub-millisecond
    # tick came back as the arrival's own timestamp, released nothing and re-armed itself for ever.
    wire = TimestampCoder()
    for ts in (1796066222.26, 1796066222.2604):
        fired = wire.decode(wire.encode(Timestamp.of(ts) + _TICK))
        now, later = core.due([_member(ts, "a", text(0))], float(fired))
        assert [m[1] for m in now] == ["a"] and not later


def test_match_bucket_uses_the_batch_verification():
    report = "The bank offered {} billion at {} percent, {} bids were accepted, the central bank said on Monday."
    members = [_member(1.0, "a", report.format(12, 4.5, 31) * 3)]
    assert _match(members, 2.0, "same", report.format(12, 4.5, 31) * 3) is not None
    assert _match(members, 2.0, "other", report.format(7, 3.2, 18) * 3) is None


def test_admits_bounds_a_bucket_and_skips_a_known_member():
    counts, inc = dict_counter()
    members = [_member(1.0, "a", text(0)), _member(2.0, "b", text(5))]
    assert core.admits(members, _member(3.0, "c", text(9)), 3, inc)
    assert not core.admits(members, _member(4.0, "a", text(0)), 3, inc)
    assert not core.admits(members + [_member(3.0, "c", text(9))], _member(5.0, "d", text(7)), 3, inc)
    assert counts == {"stream:bucket_full": 1}


def test_combine_and_outcome():
    counts, inc = dict_counter()
    assert core.combine([None, None]) is None
    best = core.combine([None, (0.5, 2.0, "b"), (0.7, 3.0, "c"), (0.7, 1.0, "d")])
    assert best == (0.7, 1.0, "d")
    article = Article("n", "src", "body")
    kept, out = core.outcome(article, None, inc)
    assert kept and out.cluster_id == "n" and out.duplicate_of is None
    kept, out = core.outcome(article, (0.71234, 1.0, "d"), inc)
    assert not kept and (out.cluster_id, out.duplicate_of, out.similarity) == ("d", "d", 0.7123)
    assert counts == {"dedup:kept": 1, "dedup:duplicate": 1}


def _claims(holder, arrivals):
    counts, inc = dict_counter()
    settled, out = core.settle_claims("x", holder, arrivals, inc)
    return settled, [r for _ts, r in out], counts


SHORT = Rejected("x", "f.jsonl#2", "too_short", "2 words after cleaning", "a")
NO_TEXT = Rejected("x", "f.jsonl#3", "no_text_field", "the record has 'id'", "a")
STORY = Article("x", "f.jsonl#1", text(0), input_id="a")


def test_settle_claims_lets_an_article_hold_its_doc_id_over_rejections_of_one_timestamp_in_any_order():
    outcomes = set()
    for order in itertools.permutations([(5.0, SHORT), (5.0, STORY), (5.0, NO_TEXT)]):
        settled, out, counts = _claims(None, order)
        outcomes.add(tuple(out))
        assert counts == {"dedup:rejection_under_own_doc_id": 2} and settled.claims == 3
    (out,) = outcomes  # the same rows whatever the order they were processed in
    assert out[0] == STORY and len({r.doc_id for r in out}) == 3
    assert [(r.source, r.reason) for r in out[1:]] == [("f.jsonl#2", "too_short"), ("f.jsonl#3", "no_text_field")]
    assert out[1].detail == "2 words after cleaning; doc_id x (id 'a') is also that of f.jsonl#1"


def test_settle_claims_lets_the_earliest_hold_and_remembers_it_for_later_arrivals():
    settled, out, counts = _claims(None, [(2.0, SHORT)])
    assert out == [SHORT] and not counts  # no one else claims x yet: the rejection keeps it
    settled, out, counts = _claims(settled, [(9.0, STORY)])
    (late,) = out
    assert (late.reason, late.source, late.input_id) == ("duplicate_id", STORY.source, "a") and late.doc_id != "x"
    assert late.detail == "doc_id x (id 'a') is also that of f.jsonl#2"
    assert counts == {"dedup:rejected:duplicate_id": 1}
    # Two identical claimants later still get doc_ids apart: each its place among the claimants.
    settled, out, _ = _claims(settled, [(10.0, STORY)])
    assert out[0].doc_id not in {"x", late.doc_id} and settled.claims == 3


def test_settle_claims_against_an_indexed_article_gives_every_arrival_a_doc_id_of_its_own():
    settled, out, counts = _claims(core.INDEXED_HOLDER, [(1.0, STORY), (1.0, SHORT)])
    assert [(r.reason, r.doc_id != "x") for r in out] == [("already_indexed", True), ("too_short", True)]
    assert out[0].detail == "published by an earlier run; doc_id x (id 'a') is also that of an indexed article"
    assert counts == {"dedup:rejected:already_indexed": 1, "dedup:rejection_under_own_doc_id": 1}
    assert settled.indexed and settled.claims == 3


def test_stream_config_validates():
    with pytest.raises(ValueError, match="window_seconds"):
        core.StreamConfig(window_seconds=0)
    with pytest.raises(ValueError, match="--stream_for"):  # the flag that sets stop_after_seconds
        core.StreamConfig(stop_after_seconds=-1)
    with pytest.raises(ValueError, match="poll_seconds must be a finite"):
        core.StreamConfig(poll_seconds=float("nan"))


# --- TestStream -----------------------------------------------------------------------------------------------


def _windowed(pcoll, label):
    class WithWindow(beam.DoFn):
        def process(self, a, w=beam.DoFn.WindowParam):
            yield a.doc_id, a.duplicate_of, int(w.start)

    return pcoll | f"Window{label}" >> WindowForOutput(60) | f"Reify{label}" >> beam.ParDo(WithWindow())


def test_streaming_duplicates_over_time(tmp_path):
    write_index(tmp_path, "run1", {"indexed": text(300)})
    state = index.IndexState(str(tmp_path), "stream", ("run1",))
    stream = (
        ArticleStream()
        .add_elements([TimestampedValue(Article("orig", "s", text(0)), 10)])
        .add_elements([TimestampedValue(Article("other", "s", text(150)), 20)])
        .advance_watermark_to(30)
        .add_elements([TimestampedValue(Article("copy", "s", text(3)), 40)])
        .add_elements([TimestampedValue(Article("copy-of-indexed", "s", text(302)), 70)])
        .advance_watermark_to(200)
        # Late: its timestamp (50) is behind the watermark; it is still checked and written in a late pane.
        .add_elements([TimestampedValue(Article("late-copy", "s", text(152)), 50)])
        .add_elements([TimestampedValue(Article("orig", "s2", text(0)), 210)])
        .advance_watermark_to(211)
        .advance_watermark_to_infinity()
    )
    # TestStream needs the legacy DirectRunner; named explicitly so that nothing tries to download Prism.
    with test_pipeline.TestPipeline(runner="BundleBasedDirectRunner", options=PipelineOptions(["--streaming"])) as p:
        articles = p | "Arrivals" >> stream
        seed = p | "Seed" >> IndexSeed(state)
        out = (articles, seed) | StreamingDuplicates(CFG)
        assert_that(_windowed(out[dedup.KEPT], "Kept"), equal_to([("orig", None, 0), ("other", None, 0)]), label="Kept")
        assert_that(
            _windowed(out[dedup.DUPLICATES], "Dups"),
            equal_to([("copy", "orig", 0), ("copy-of-indexed", "indexed", 60), ("late-copy", "other", 0)]),
            label="Duplicates",
        )
        assert_that(out[dedup.REJECTED] | beam.Map(lambda r: (r.detail.split()[1], r.doc_id != "orig", r.source, r.reason)),
                    equal_to([("orig", True, "s2", "duplicate_id")]), label="Rejected")


@pytest.mark.parametrize("order", ["sorted", "reversed"])
def test_copies_arriving_with_one_timestamp_are_compared_whatever_their_order(order):
    # MatchContinuously stamps every file of one poll with the poll time: all five seeds in one arrival.
    bodies = {p.name[:3]: clean(p.read_text(), CleanConfig(), noop).text for p in sorted(SEEDS.iterdir())}
    ids = sorted(bodies) if order == "sorted" else sorted(bodies, reverse=True)
    stream = (
        ArticleStream()
        .add_elements([TimestampedValue(Article(f"seed{k}", "s", bodies[k]), 10) for k in ids])
        .advance_watermark_to(20)
        .advance_watermark_to_infinity()
    )
    with test_pipeline.TestPipeline(runner="BundleBasedDirectRunner", options=PipelineOptions(["--streaming"])) as p:
        out = (p | "Arrivals" >> stream, p | "NoSeed" >> beam.Create([])) | StreamingDuplicates(CFG)
        assert_that(out[dedup.KEPT] | "Kept" >> beam.Map(lambda a: a.doc_id),
                    equal_to(["seed000", "seed001", "seed002", "seed004"]), label="Kept")
        # Equal timestamps: the smaller doc_id is the earlier one, so 003 is the copy of 002.
        assert_that(out[dedup.DUPLICATES] | "Dups" >> beam.Map(lambda a: (a.doc_id, a.duplicate_of)),
                    equal_to([("seed003", "seed002")]), label="Duplicates")


def _rows(pcoll, label):
    # doc_ids other than the shared one and the position's are derived ones: "own".
    return pcoll | label >> beam.Map(
        lambda r: (r.doc_id if r.doc_id in ("x", "pos") else "own", r.source, getattr(r, "reason", None)))


@pytest.mark.parametrize("arrival", ["one poll, article first", "one poll, rejection first",
                                     "rejection a poll earlier", "article a poll earlier"])
def test_a_rejection_sharing_an_articles_doc_id_gets_one_of_its_own_whatever_the_arrival(arrival):
    """Two records of one file with one id, one too short: a kept article and a rejected input with one
    doc_id. Each output row gets a doc_id of its own, as a batch run gives it, in whatever order they come."""
    article = Article("x", "f.jsonl#1", text(0), input_id="a")
    unnamed = Rejected("pos", "f.jsonl#4", "no_text_field", "", None)  # no id: its doc_id is its position's
    rejection_first = arrival in ("one poll, rejection first", "rejection a poll earlier")
    first, second = (SHORT, article) if rejection_first else (article, SHORT)
    stream = ArticleStream().add_elements([TimestampedValue(first, 10), TimestampedValue(unnamed, 10)])
    if "earlier" in arrival:
        stream = stream.advance_watermark_to(11).add_elements([TimestampedValue(second, 40)])
    else:
        stream = stream.add_elements([TimestampedValue(second, 10)])
    stream = stream.advance_watermark_to(41).advance_watermark_to_infinity()
    if arrival == "rejection a poll earlier":  # it held x before the article came: the article cannot take it
        expected = [("x", SHORT.source, "too_short"), ("own", article.source, "duplicate_id")]
    else:  # as batch attach: the article holds x
        expected = [("x", article.source, None), ("own", SHORT.source, "too_short")]
    with test_pipeline.TestPipeline(runner="BundleBasedDirectRunner", options=PipelineOptions(["--streaming"])) as p:
        arrivals = p | "Arrivals" >> stream
        articles, rejections = arrivals | beam.Partition(lambda r, _n: 0 if isinstance(r, Article) else 1, 2)
        out = (articles, p | "NoSeed" >> beam.Create([]), rejections) | StreamingDuplicates(CFG)
        rows = (_rows(out[dedup.KEPT], "Kept"), _rows(out[dedup.REJECTED], "Rejected")) | beam.Flatten()
        assert_that(rows, equal_to([*expected, ("pos", unnamed.source, "no_text_field")]))


def test_after_a_restart_a_rejection_sharing_an_indexed_doc_id_gets_one_of_its_own(tmp_path):
    write_index(tmp_path, "run1", {"x": text(300)})
    state = index.IndexState(str(tmp_path), "stream", ("run1",))
    again = Article("x", "f.jsonl#1", text(300), input_id="a")
    stream = (ArticleStream().add_elements([TimestampedValue(again, 10), TimestampedValue(SHORT, 10)])
              .advance_watermark_to(11).advance_watermark_to_infinity())
    with test_pipeline.TestPipeline(runner="BundleBasedDirectRunner", options=PipelineOptions(["--streaming"])) as p:
        articles, rejections = p | "Arrivals" >> stream | beam.Partition(
            lambda r, _n: 0 if isinstance(r, Article) else 1, 2)
        out = (articles, p | "Seed" >> IndexSeed(state), rejections) | StreamingDuplicates(CFG)
        assert_that(out[dedup.KEPT] | "Kept" >> beam.Map(lambda a: a.doc_id), equal_to([]), label="Kept")
        assert_that(out[dedup.REJECTED] | beam.Map(lambda r: (r.reason, r.doc_id != "x", r.detail.split(";")[-1])),
                    equal_to([("already_indexed", True, " doc_id x (id 'a') is also that of an indexed article"),
                              ("too_short", True, " doc_id x (id 'a') is also that of an indexed article")]),
                    label="Rejected")


def test_streamed_windows_become_index_runs_that_a_later_batch_deduplicates_against(tmp_path):
    idx = tmp_path / "idx"
    body = {s: clean(next(SEEDS.glob(f"{s}_*")).read_text(), CleanConfig(), noop).text for s in ("000", "002", "003")}
    # Buckets hold arrivals until the watermark passes them. The DirectRunner holds no watermark for a pending
    # timer (real runners do), so the watermark first steps just past the arrivals, as a polling source's does.
    stream = (
        ArticleStream()
        .add_elements([TimestampedValue(Article("reuters", "s", body["002"]), 10)])
        .advance_watermark_to(11)
        .advance_watermark_to(70)
        # 003 is the same story as 002: a duplicate, so not indexed.
        .add_elements([TimestampedValue(Article("other", "s", body["000"]), 80),
                       TimestampedValue(Article("reuters-copy", "s", body["003"]), 90)])
        .advance_watermark_to(91)
        .advance_watermark_to(130)
        .advance_watermark_to_infinity()
    )
    with test_pipeline.TestPipeline(runner="BundleBasedDirectRunner", options=PipelineOptions(["--streaming"])) as p:
        out = (p | "Arrivals" >> stream, p | "NoSeed" >> beam.Create([])) | StreamingDuplicates(CFG)
        committed = out[dedup.KEPT] | WindowForOutput(60) | WriteWindowRuns(CFG.minhash, index.IndexState(str(idx), "s"))
        assert_that(committed, equal_to(["w60000", "w120000"]))
    manifest = json.loads((idx / "manifest.json").read_text())
    assert sorted((r["run_id"], r["articles"]) for r in manifest["runs"]) == [("w120000", 1), ("w60000", 1)]
    # Committed as batch runs are: each window's files listed with their sizes, one version per commit.
    listed = {f["path"]: f["bytes"] for r in manifest["runs"] for f in r["files"]}
    on_disk = {str(p.relative_to(idx)): p.stat().st_size for p in idx.glob("*/*/*.parquet")}
    assert listed == on_disk and len(listed) > 2 and manifest["version"] == 2
    indexed = {(r["doc_id"], r["run_id"]) for f in idx.glob("docs/*/*.parquet") for r in pq.read_table(f).to_pylist()}
    assert indexed == {("reuters", "w60000"), ("other", "w120000")}
    assert not list(idx.rglob(".*"))  # no temporary file or manifest left behind

    day2 = tmp_path / "day2"
    day2.mkdir()
    shutil.copy(next(SEEDS.glob("003_*")), day2)
    assert main(["--input", str(day2), "--output", str(tmp_path / "out"), "--index", str(idx)]) == 0
    (dup,) = [r for f in (tmp_path / "out" / "duplicates").glob("*.parquet") for r in pq.read_table(f).to_pylist()]
    assert dup["duplicate_of"] == "reuters"
    assert len(json.loads((idx / "manifest.json").read_text())["runs"]) == 3


def _window_commit(idx, version: int) -> None:
    stream = (
        ArticleStream()
        .add_elements([TimestampedValue(Article("a", "s", text(0)), 10)])
        .advance_watermark_to(11)
        .advance_watermark_to_infinity()
    )
    with test_pipeline.TestPipeline(runner="BundleBasedDirectRunner", options=PipelineOptions(["--streaming"])) as p:
        out = (p | "Arrivals" >> stream, p | "NoSeed" >> beam.Create([])) | StreamingDuplicates(CFG)
        out[dedup.KEPT] | WindowForOutput(60) | WriteWindowRuns(CFG.minhash, index.IndexState(str(idx), "s", (), version))


@pytest.mark.parametrize("other_writer", ["a batch run committed", "a live process holds the lock"])
def test_a_window_commit_respects_the_index_lock_and_version(tmp_path, other_writer):
    """A stream's window commit goes through the batch commit's lock and version check: a batch run that
    committed into the index after the stream opened it (its articles are missing from the stream's seed),
    or one committing right now, makes the commit fail loudly instead of interleaving."""
    idx = tmp_path / "idx"
    write_index(idx, "run1", {"indexed": text(300)})  # version 1
    if other_writer == "a batch run committed":
        opened, match = 0, "changed while this run ran"
    else:
        opened, match = 1, "being committed by run other"
        (idx / ".lock").write_text(json.dumps({"run_id": "other", "pid": os.getppid(), "host": socket.gethostname()}))
    before = (idx / "manifest.json").read_text()
    with pytest.raises(Exception, match=match):
        _window_commit(idx, opened)
    assert (idx / "manifest.json").read_text() == before


# --- CLI ------------------------------------------------------------------------------------------------------


def test_watch_locally_runs_each_polls_new_files_once(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("a")
    arrivals = iter([["b.txt", "c.txt"], [], ["d.txt"]])
    now = [0.0]

    def sleep(seconds):
        now[0] += max(seconds, 1.0)
        for name in next(arrivals, []):
            (tmp_path / "in" / name).write_text(name)

    batches = []

    def run_batch(paths, out, _versions, _files):
        batches.append(([p.rsplit("/", 1)[-1] for p in paths], out.rsplit("/", 1)[-1].startswith("batch-")))
        return {"accounting": f"{len(paths)} files"}

    reports = watch_locally(str(tmp_path / "in"), str(tmp_path / "out"), core.StreamConfig(1, 60, 3.5), run_batch,
                            clock=lambda: now[0], sleep=sleep)
    assert batches == [(["a.txt"], True), (["b.txt", "c.txt"], True), (["d.txt"], True)]
    assert [r["accounting"] for r in reports] == ["1 files", "2 files", "1 files"]


def test_watch_locally_warns_and_counts_a_file_that_grew_after_it_was_read(tmp_path, caplog):
    """A stream reads each file once: records appended later are not read, so the growth is said and counted."""
    (tmp_path / "in").mkdir()
    feed = tmp_path / "in" / "feed.jsonl"
    feed.write_text('{"id": 1, "text": "a"}\n')
    now = [0.0]
    polls = [0]

    def sleep(seconds):
        now[0] += max(seconds, 1.0)
        polls[0] += 1
        if polls[0] in (2, 3):  # after it was read at the second poll (the first found it new)
            with open(feed, "a") as f:
                f.write('{"id": 2, "text": "b"}\n')

    batches = []

    def run_batch(paths, out, _versions, _files):
        batches.append([p.rsplit("/", 1)[-1] for p in paths])
        return {"accounting": f"{len(paths)} files"}

    counts, inc = dict_counter()
    with caplog.at_level("WARNING", logger="wirewash"):
        watch_locally(str(tmp_path / "in"), str(tmp_path / "out"), core.StreamConfig(1, 60, 3.5), run_batch,
                      clock=lambda: now[0], sleep=sleep, inc=inc)
    assert batches == [["feed.jsonl"]]
    assert counts == {"stream:grown_after_read": 2}
    assert sum("feed.jsonl grew from" in r.getMessage() and "not read" in r.getMessage() for r in caplog.records) == 2


def _watch(input_spec, out, stop_after, at_poll=None, run_batch=None, **kwargs):
    """watch_locally with polls at t = 0, 1, 2, ... (fake clock); ``at_poll[n]()`` runs in the sleep before
    poll n. Returns (each batch's file names, the counters)."""
    now, polls, batches = [0.0], [0], []

    def sleep(seconds):
        now[0] += max(seconds, 1.0)
        polls[0] += 1
        (at_poll or {}).get(polls[0], lambda: None)()

    def record_batch(paths, batch_out, _versions, _files):
        batches.append([p.rsplit("/", 1)[-1] for p in paths])
        return {"accounting": f"{len(paths)} files"}

    counts, inc = dict_counter()
    watch_locally(input_spec, str(out), core.StreamConfig(1, 60, stop_after), run_batch or record_batch,
                  clock=lambda: now[0], sleep=sleep, inc=inc, **kwargs)
    return batches, dict(counts)


def test_watch_locally_reads_a_new_file_once_it_is_unchanged_since_the_previous_poll(tmp_path):
    """A file still being copied in (cp, scp: no rename) grows between polls: it waits until a poll finds it
    as the one before did, so it is read whole; counted once however long it changes."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "small.txt").write_text("done")
    big = tmp_path / "in" / "big.txt"
    big.write_text("part 1\n")

    def append():
        with open(big, "a") as f:
            f.write("more\n")

    sizes = []

    def run_batch(paths, _out, _versions, _files):
        sizes.append({p.rsplit("/", 1)[-1]: os.path.getsize(p) for p in paths})
        return {"accounting": ""}

    batches, counts = _watch(str(tmp_path / "in"), tmp_path / "out", 3.5, {1: append, 2: append}, run_batch)
    assert sizes == [{"small.txt": 4}, {"big.txt": len("part 1\nmore\nmore\n")}]
    assert counts == {"stream:held_back": 1}


def test_watch_locally_gives_its_last_polls_files_one_more_and_counts_those_still_changing(tmp_path, caplog):
    inbox = tmp_path / "in"
    inbox.mkdir()

    def arrive():
        (inbox / "late.txt").write_text("late")
        (inbox / "copying.txt").write_text("part")

    def after_the_last_poll():
        (inbox / "copying.txt").write_text("part and more")
        (inbox / "after.txt").write_text("arrived after the stream stopped")

    with caplog.at_level("WARNING", logger="wirewash"):
        batches, counts = _watch(str(inbox), tmp_path / "out", 1.5, {2: arrive, 3: after_the_last_poll})
    assert batches == [["late.txt"]]
    assert counts == {"stream:held_back": 1, "stream:unread_at_stop": 1}
    assert [r.getMessage() for r in caplog.records if "still changing" in r.getMessage()] == [
        f"{inbox / 'copying.txt'} was still changing when the stream stopped: not read; a later stream on "
        "this output reads it"]


def test_a_restarted_watch_skips_the_files_its_committed_batches_read(tmp_path, monkeypatch, caplog):
    """The record is keyed by absolute path (the restart names the input relatively), survives its batch
    folders being deleted, and a recorded file that grew since is said and counted as in one session."""
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    (inbox / "a.txt").write_text("a")
    (inbox / "b.txt").write_text("bb")

    def run_batch(paths, batch_out, _versions, _files):
        os.makedirs(batch_out)
        return {"accounting": ""}

    _watch(str(inbox), out, 1.5, run_batch=run_batch)
    record = json.loads((out / "stream-read.json").read_text())
    (batch,) = {e.pop("batch") for e in record["files"]}
    assert record["files"] == [{"path": str(inbox / n), "bytes": os.path.getsize(inbox / n),
                                "mtime": os.path.getmtime(inbox / n), "version": 1,
                                "file": f"{os.stat(inbox / n).st_dev}:{os.stat(inbox / n).st_ino}",
                                "head": head_digest(str(inbox / n), os.path.getsize(inbox / n))}
                               for n in ("a.txt", "b.txt")]
    assert batch.startswith("batch-") and not (out / ".stream-reading.json").exists()

    shutil.rmtree(out / batch)
    (inbox / "c.txt").write_text("c")
    with open(inbox / "a.txt", "a") as f:
        f.write(" appended")
    monkeypatch.chdir(tmp_path)
    with caplog.at_level("WARNING", logger="wirewash"):
        batches, counts = _watch("in", out, 1.5)
    assert batches == [["c.txt"]]
    assert counts == {"stream:grown_after_read": 1}
    assert any("1 of the batch folders stream-read.json lists are gone" in r.getMessage()
               for r in caplog.records)
    assert [e["path"] for e in json.loads((out / "stream-read.json").read_text())["files"]] == [
        str(inbox / n) for n in ("a.txt", "b.txt", "c.txt")]


@pytest.mark.parametrize("now, head, change", [
    ((10, 5.0, "1:7"), "10:aa", None),
    ((12, 6.0, "1:7"), "10:aa", GROWN),  # appended to: its first 10 bytes are as read
    ((12, 6.0, "1:7"), "10:bb", REPLACED),  # rewritten in place, longer: they are not
    ((10, 5.0, "1:8"), "10:aa", REPLACED),  # another file renamed over it, even of the same size and mtime
    ((8, 6.0, "1:7"), "8:aa", REPLACED),  # rewritten in place, shorter
    ((10, 6.0, "1:7"), "10:aa", REPLACED),  # rewritten in place, the same size
    ((12, 6.0, None), "10:aa", GROWN),  # a remote file has no identity: size and mtime say it
])
def test_change_since_read(now, head, change):
    heads = []

    def head_now(n):
        heads.append(n)
        return head

    entry = {"bytes": 10, "mtime": 5.0, "file": "1:7", "head": "10:aa"}
    assert change_since_read(entry, now, head_now) == change
    assert heads == ([10] if now[0] > 10 and now[2] == "1:7" or now[2] is None else [])  # read only on growth
    # A record written before identities and heads were: the same rules without them.
    old = change_since_read({"bytes": 10, "mtime": 5.0}, now, head_now)
    assert old == (None if now[:2] == (10, 5.0) else GROWN if now[0] > 10 else REPLACED)


def test_watch_locally_reads_a_file_replaced_under_its_name_again_as_a_new_version(tmp_path, caplog):
    """An exporter writes latest.jsonl.tmp and renames it over latest.jsonl: another file under a name
    already read. It is read again, once complete, as version 2 (its own sources and doc_ids), recorded, so
    a restart reads neither version again; and a later rewrite is version 3."""
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    latest = inbox / "latest.jsonl"
    latest.write_text('{"id": "1", "text": "hour 1"}\n')

    def replace(text):
        def write():
            (inbox / "latest.jsonl.tmp").write_text(text)
            os.replace(inbox / "latest.jsonl.tmp", latest)
        return write

    versions = []

    def run_batch(paths, _out, batch_versions, _files):
        versions.append(([os.path.basename(p) for p in paths], batch_versions))
        return {"accounting": ""}

    with caplog.at_level("WARNING", logger="wirewash"):
        # Read at poll 1; replaced (shorter) before poll 3, found complete at poll 4.
        _, counts = _watch(str(inbox), out, 4.5, {3: replace('{"id": "1", "text": "2"}\n')}, run_batch)
    assert versions == [(["latest.jsonl"], {}), (["latest.jsonl"], {str(latest): 2})]
    assert counts == {"stream:replaced_reread": 1}
    assert any(f"{latest} was replaced since batch-" in m and f"{latest}#v2" in m
               for m in (r.getMessage() for r in caplog.records))
    recorded = json.loads((out / "stream-read.json").read_text())["files"]
    assert [(e["path"], e["version"], e["bytes"]) for e in recorded] == [
        (str(latest), 1, 30), (str(latest), 2, 25)]
    assert recorded[1]["file"] == f"{os.stat(latest).st_dev}:{os.stat(latest).st_ino}" != recorded[0]["file"]

    assert _watch(str(inbox), out, 1.5) == ([], {})
    replace('{"id": "1", "text": "hour 3"}\n')()
    _, counts = _watch(str(inbox), out, 1.5, run_batch=run_batch)
    assert (versions[2:], counts) == ([(["latest.jsonl"], {str(latest): 3})], {"stream:replaced_reread": 1})
    # Rewritten in place (cat new > latest.jsonl), longer: not an append, since its start changed.
    latest.write_text('{"id": "1", "text": "hour 4, a longer story"}\n')
    _, counts = _watch(str(inbox), out, 1.5, run_batch=run_batch)
    assert (versions[3:], counts) == ([(["latest.jsonl"], {str(latest): 4})], {"stream:replaced_reread": 1})


@pytest.mark.parametrize("after, local_bytes, read", [
    ({"a": (10, 1.0, "1:1"), "b": (5, 1.0, "1:2")}, 15, {"a": (10, 1.0, "1:1"), "b": (5, 1.0, "1:2")}),
    # b grew from 5 to 9 bytes while the batch started: opened at 9 (all read) or at 7 (2 bytes not read).
    ({"a": (10, 1.0, "1:1"), "b": (9, 2.0, "1:2")}, 19, {"a": (10, 1.0, "1:1"), "b": (9, 2.0, "1:2")}),
    ({"a": (10, 1.0, "1:1"), "b": (9, 2.0, "1:2")}, 17, {"a": (10, 1.0, "1:1"), "b": (7, 2.0, "1:2")}),
    # Both grew: only both read whole is known; else, or with no figure or a file replaced, the listing.
    ({"a": (12, 2.0, "1:1"), "b": (9, 2.0, "1:2")}, 21, {"a": (12, 2.0, "1:1"), "b": (9, 2.0, "1:2")}),
    ({"a": (12, 2.0, "1:1"), "b": (9, 2.0, "1:2")}, 19, "listed"),
    ({"a": (10, 1.0, "1:1"), "b": (9, 2.0, "1:2")}, None, "listed"),
    ({"a": (10, 1.0, "1:3"), "b": (9, 2.0, "1:2")}, 19, "listed"),
    ({"a": None, "b": (9, 2.0, "1:2")}, 19, "listed"),
    # A sum the files cannot have had (b unopened, a file listed twice) is never taken for more read.
    ({"a": (10, 1.0, "1:1"), "b": (9, 2.0, "1:2")}, 12, "listed"),
    ({"a": (10, 1.0, "1:1"), "b": (9, 2.0, "1:2")}, 29, "listed"),
])
def test_sizes_read_takes_what_a_file_grown_before_its_batch_opened_it_had(after, local_bytes, read):
    listed = {"a": (10, 1.0, "1:1"), "b": (5, 1.0, "1:2")}
    assert sizes_read(listed, after, local_bytes) == (listed if read == "listed" else read)


def test_a_file_grown_between_its_listing_and_its_batch_is_recorded_as_read_and_not_said_to_grow(
        tmp_path, caplog):
    """stream12: a writer appends 3 records, pauses longer than a poll (the file is ready), and appends 3
    more while the batch starts: the batch reads all 6, so nothing is said to have grown after the read,
    until a record is appended after it."""
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    feed = inbox / "feed.jsonl"

    def append(ids):
        with open(feed, "a") as f:
            f.writelines(json.dumps({"id": str(i), "text": text(i * 100)}) + "\n" for i in ids)

    append(range(3))
    reports = []

    def run_batch(paths, batch_out, _versions, _files):
        append(range(3, 6))  # before the batch opens the file
        flags = ["--output", batch_out, "--index", str(tmp_path / "idx")]
        reports.append(run([f"--input={p}" for p in paths] + flags))
        return reports[-1]

    with caplog.at_level("WARNING", logger="wirewash"):
        _, counts = _watch(str(inbox), out, 2.5, {3: lambda: append([6])}, run_batch)
    assert [r["inputs"] for r in reports] == [6]
    (entry,) = json.loads((out / "stream-read.json").read_text())["files"]
    assert entry["bytes"] == os.path.getsize(feed) - len(json.dumps({"id": "6", "text": text(600)}) + "\n")
    # Only the record appended after the read is said, once.
    assert counts == {"stream:grown_after_read": 1}
    assert [m for m in (r.getMessage() for r in caplog.records) if "grew from" in m] == [
        f"{feed} grew from {entry['bytes']} to {os.path.getsize(feed)} bytes after it was read: a stream "
        "reads each file once, so what was appended is not read; write a new file for new records"]


@pytest.mark.parametrize("committed", [False, True])
def test_a_batch_killed_mid_run_is_read_again_unless_its_output_was_committed(tmp_path, committed):
    """Killed before its commit: its files are read again. Killed after its commit but before the record
    was written: they are recorded, not read again (that would only reject them as already_indexed)."""
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    (inbox / "a.txt").write_text("a")

    killed_batches = []

    def killed(paths, batch_out, _versions, _files):
        os.makedirs(batch_out)
        killed_batches.append(os.path.basename(batch_out))
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _watch(str(inbox), out, 1.5, run_batch=killed)
    assert not (out / "stream-read.json").exists() and (out / ".stream-reading.json").exists()

    batches, counts = _watch(str(inbox), out, 1.5, committed=lambda _batch_out: committed)
    if committed:
        assert (batches, counts) == ([], {"stream:killed_batch_recorded": 1})
    else:
        assert (batches, counts) == ([["a.txt"]], {"stream:killed_batch_reread": 1})
    recorded = json.loads((out / "stream-read.json").read_text())["files"]
    assert [e["path"] for e in recorded] == [str(inbox / "a.txt")]
    assert not (out / ".stream-reading.json").exists()
    # The killed batch's folder stays as the output it committed, else is removed: only its dead run was there.
    assert [p.name for p in out.glob("batch-*")] == (killed_batches if committed else [])


def test_a_damaged_stream_record_stops_the_watch_saying_what_to_do(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "stream-read.json").write_text('{"format": 1, "files": [{"path": "x"}]}')
    with pytest.raises(ValueError, match="stream-read.json is not readable .*lacks its path.*delete it and"):
        _watch(str(tmp_path / "in"), tmp_path / "out", 1.5)


def test_streaming_cli_locally_deduplicates_a_later_copy_against_earlier_batches(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next(SEEDS.glob("002_*")), src)

    def arrive_later():
        time.sleep(1.5)
        # Written elsewhere and renamed in: a watcher never sees half a file.
        staged = tmp_path / next(SEEDS.glob("003_*")).name
        shutil.copy(next(SEEDS.glob("003_*")), staged)
        staged.rename(src / staged.name)

    threading.Thread(target=arrive_later).start()
    out = tmp_path / "out"
    assert main(["--streaming", "--input", str(src), "--output", str(out), "--poll_seconds", "0.5",
                 "--stream_for", "2"]) == 0
    report = json.loads((out / "report.json").read_text())
    assert (report["inputs"], report["kept"], report["duplicates"], len(report["batches"])) == (2, 1, 1, 2)
    first, second = sorted(out.glob("batch-*"))
    (dup,) = [r for f in (second / "duplicates").glob("*.parquet") for r in pq.read_table(f).to_pylist()]
    (kept,) = [r for f in (first / "articles").glob("*.parquet") for r in pq.read_table(f).to_pylist()]
    assert dup["duplicate_of"] == kept["doc_id"] and dup["source"].endswith(next(SEEDS.glob("003_*")).name)


def test_streaming_cli_restarted_reads_only_the_files_it_has_not_read(tmp_path, capsys):
    """A stream stopped and started again on the same input and output: its second session reads only the
    file that arrived since, deduplicated against the first session's batch; nothing is read twice."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    original, copy = next(SEEDS.glob("002_*")), next(SEEDS.glob("003_*"))
    shutil.copy(original, src)
    flags = ["--streaming", "--input", str(src), "--output", str(out), "--poll_seconds", "0.5",
             "--stream_for", "1"]
    assert main(flags) == 0
    shutil.copy(copy, src)
    capsys.readouterr()
    assert main(flags) == 0
    report = json.loads((out / "report.json").read_text())
    assert (report["inputs"], report["kept"], report["duplicates"], report["rejected"]) == (1, 0, 1, 0)
    # One batch, in the singular; the metadata its batch took summed as the boilerplate is; and the closing
    # line names only the report a stream writes (no report.html).
    assert report["accounting"].endswith(" in 1 batch") and sum(report["metadata_per_rule"].values()) > 0
    closing = capsys.readouterr().out.strip().splitlines()[-1]
    assert closing.endswith(f"of metadata (moved to columns); report: {out / 'report.json'}"), closing
    first, second = sorted(out.glob("batch-*"))
    assert [b["output"] for b in report["batches"]] == [str(second)]
    (dup,) = [r for f in (second / "duplicates").glob("*.parquet") for r in pq.read_table(f).to_pylist()]
    assert dup["source"].endswith(copy.name)
    recorded = json.loads((out / "stream-read.json").read_text())["files"]
    assert [(Path(e["path"]).name, e["batch"]) for e in recorded] == [
        (original.name, first.name), (copy.name, second.name)]


@pytest.mark.parametrize("value, problem", [
    ("/in/a=b.jsonl", "--input_version must be PATH=N"),
    ("in/a.jsonl=2", "must be an absolute path and a version >= 2"),
    ("/in/a.jsonl=1", "must be an absolute path and a version >= 2"),
])
def test_input_version_says_what_is_wrong_with_it(value, problem):
    with pytest.raises(ValueError, match=problem):
        WirewashOptions(["--input_version", value]).configs()
    configs = WirewashOptions(["--input_version", "/in/a=b.jsonl=3"]).configs()
    assert configs.read.versions == (("/in/a=b.jsonl", 3),)


@pytest.mark.parametrize("value", ["/in/a.jsonl", "/in/a.jsonl=12", "/in/a.jsonl=1:x", "=1:2"])
def test_input_file_says_what_is_wrong_with_it(value):
    with pytest.raises(ValueError, match="input_file must be PATH=DEV:INODE"):
        WirewashOptions(["--input_file", value]).configs()
    configs = WirewashOptions(["--input_file", "in/a=b.jsonl=64:12"]).configs()
    # Files alone are the input: the default seeds are not read beside them.
    assert (configs.input, configs.read.files) == ((), (("in/a=b.jsonl", "64:12"),))


def test_input_file_without_an_identity_is_quoted_as_given():
    # Split at a "=" it does not have, the value came back as "=/in/a.jsonl".
    with pytest.raises(ValueError, match="got '/in/a.jsonl'$"):
        WirewashOptions(["--input_file", "/in/a.jsonl"]).configs()


def test_streaming_cli_reads_a_file_replaced_under_its_name_as_a_new_version(tmp_path):
    """latest.jsonl read, then replaced by another story under the same input id (write elsewhere, rename
    over it) while the stream is stopped: the restart reads it as latest.jsonl#v2, a doc_id of its own, not
    an already_indexed rejection; a third start reads nothing."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    latest = src / "latest.jsonl"

    def export(seed):
        staged = tmp_path / "latest.jsonl.tmp"
        staged.write_text(json.dumps({"id": "top", "text": next(SEEDS.glob(seed)).read_text()}) + "\n")
        staged.rename(latest)

    flags = ["--streaming", "--input", str(src), "--output", str(out), "--poll_seconds", "0.5",
             "--stream_for", "1"]
    export("001_*")
    assert main(flags) == 0
    export("004_*")
    assert main(flags) == 0
    report = json.loads((out / "report.json").read_text())
    assert (report["inputs"], report["rejected"], report["counters"]["stream:replaced_reread"]) == (1, 0, 1)
    first, second = sorted(out.glob("batch-*"))
    rows = {b.name: [r for t in ("articles", "duplicates") for f in (b / t).glob("*.parquet")
                     for r in pq.read_table(f).to_pylist()] for b in (first, second)}
    (one,), (two,) = rows[first.name], rows[second.name]
    assert (one["source"], two["source"]) == (f"{latest}#1", f"{latest}#v2#1")
    assert one["doc_id"] != two["doc_id"] and one["input_id"] == two["input_id"] == "top"
    assert main(flags) == 0
    assert json.loads((out / "report.json").read_text())["inputs"] == 0


def test_a_stream_starts_on_an_empty_inbox_and_reads_what_arrives(tmp_path):
    """An empty folder (or a pattern matching nothing yet) is a stream's inbox before the first arrival: it
    was refused, exit 2, "the folder holds no files", as an empty batch input is (streamrep12)."""
    src = tmp_path / "in"
    src.mkdir()

    def arrive_later():
        time.sleep(1.0)
        staged = tmp_path / next(SEEDS.glob("002_*")).name
        shutil.copy(next(SEEDS.glob("002_*")), staged)
        staged.rename(src / staged.name)

    threading.Thread(target=arrive_later).start()
    out = tmp_path / "out"
    assert main(["--streaming", "--input", str(src / "*.txt"), "--output", str(out), "--poll_seconds", "0.5",
                 "--stream_for", "2"]) == 0
    report = json.loads((out / "report.json").read_text())
    assert (report["inputs"], report["kept"]) == (1, 1)
    # A folder that does not exist is still a mistake, and a batch run of an empty folder still refused.
    assert main(["--streaming", "--input", str(tmp_path / "nope"), "--output", str(tmp_path / "o2"),
                 "--stream_for", "1"]) == 2
    (tmp_path / "empty").mkdir()
    assert main(["--input", str(tmp_path / "empty"), "--output", str(tmp_path / "o3")]) == 2


def test_streaming_cli_gives_a_rejected_record_sharing_a_kept_ones_id_a_doc_id_of_its_own(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    story = clean(next(SEEDS.glob("002_*")).read_text(), CleanConfig(), noop).text
    records = [{"id": "a", "text": "Too short."}, {"id": "a", "text": story}, {"id": "b", "title": "no text"}]
    (src / "f.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    assert main(["--streaming", "--input", str(src), "--output", str(out), "--poll_seconds", "0.5",
                 "--stream_for", "1"]) == 0
    (batch,) = out.glob("batch-*")
    kept, rejected = ([r for f in (batch / name).glob("*.parquet") for r in pq.read_table(f).to_pylist()]
                      for name in ("articles", "rejected"))
    assert [r["input_id"] for r in kept] == ["a"]
    assert sorted(r["reason"] for r in rejected) == ["no_text_field", "too_short"]
    assert len({r["doc_id"] for r in kept + rejected}) == 3
    (short,) = [r for r in rejected if r["reason"] == "too_short"]
    assert short["detail"].endswith(f"also that of {kept[0]['source']}")
    report = json.loads((out / "report.json").read_text())
    assert report["counters"]["dedup:rejection_under_own_doc_id"] == 1


def test_streaming_graph_for_a_streaming_runner_builds(tmp_path):
    write_index(tmp_path / "idx", "run1", {"indexed": text(300)})
    options = PipelineOptions(["--streaming", "--input", str(tmp_path / "in"), "--output", str(tmp_path / "out")])
    configs = options.view_as(WirewashOptions).configs()
    p = beam.Pipeline(options=options)
    build_streaming(p, configs, core.StreamConfig(stop_after_seconds=1), str(tmp_path / "out"),
                    index.IndexState(str(tmp_path / "idx"), "s1", ("run1",)))
    labels = {t.unique_name for t in p.to_runner_api().components.transforms.values()}
    for step in ("WatchInput0", "StreamingDuplicates/ClaimIds", "StreamingDuplicates/MatchInBuckets",
                 "StreamingDuplicates/Decide", "StreamingDuplicates/RejectionClaims",
                 "IndexSeed/JoinBandsDocs", "WindowArticles/FixedWindows", "WriteRejected",
                 "IndexWindowRuns/FilesPerWindow", "IndexWindowRuns/CommitWindowRun"):
        assert step in labels, step


@pytest.mark.parametrize("change", ["replace", "delete"])
def test_a_file_replaced_or_gone_between_its_poll_and_its_batch_is_rejected_and_the_stream_goes_on(
        tmp_path, monkeypatch, caplog, change):
    """fresh13 F1/F8: the poll lists latest.txt; before its batch opens it, another story is renamed over the
    name (or the file is deleted). The batch got the file as listed (--input_file PATH=DEV:INODE): it rejects
    it, replaced_before_read with a warning (it read the new story as the listed file, silently, and then
    read it again as version 2), or unreadable "gone before it was read" (the batch failed on a missing
    --input and the stream with it). The new story is read at the next poll as version 2."""
    from wirewash.pipeline import cli

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    latest = src / "latest.txt"
    latest.write_text(next(SEEDS.glob("001_*")).read_text())
    batches = []

    def racing_run(argv):
        if "--streaming" in argv:  # main's own call
            return run(argv)
        if not batches:
            if change == "replace":
                staged = tmp_path / "latest.txt.tmp"
                staged.write_text(next(SEEDS.glob("004_*")).read_text())
                staged.rename(latest)
            else:
                latest.unlink()
        batches.append(argv)
        return run(argv)

    monkeypatch.setattr(cli, "run", racing_run)
    with caplog.at_level("WARNING", logger="wirewash"):
        assert main(["--streaming", "--input", str(src), "--output", str(out), "--poll_seconds", "0.5",
                     "--stream_for", "2.5"]) == 0
    assert any(a.startswith(f"--input_file={latest}=") for a in batches[0])
    report = json.loads((out / "report.json").read_text())
    first, *rest = sorted(out.glob("batch-*"))
    (rejected,) = [r for f in (first / "rejected").glob("*.parquet") for r in pq.read_table(f).to_pylist()]
    assert rejected["source"] == str(latest)
    if change == "replace":
        assert rejected["reason"] == "replaced_before_read"
        assert rejected["detail"].startswith("replaced after it was listed (file ")
        assert any("replaced after it was listed" in r.getMessage() for r in caplog.records)
        (second,) = rest
        (kept,) = [r for f in (second / "articles").glob("*.parquet") for r in pq.read_table(f).to_pylist()]
        assert kept["source"] == f"{latest}#v2" and kept["doc_id"] != rejected["doc_id"]
        assert (report["inputs"], report["kept"], report["rejected"]) == (2, 1, 1)
        assert report["counters"]["stream:replaced_reread"] == 1
    else:
        assert rejected["reason"] == "unreadable"
        assert rejected["detail"].startswith("gone before it was read")
        assert (rest, report["inputs"], report["rejected"]) == ([], 1, 1)


def test_a_runner_streams_tables_each_hold_their_schema_before_any_window_has_rows(tmp_path):
    """fresh13 F12: Beam writes a window's files only when the window has rows, so a stream on Prism whose
    inputs were all good had no rejected/ folder at all. Each table now holds part-schema.parquet (no rows),
    written once; a restart leaves it as it is."""
    from wirewash.pipeline.streaming import SCHEMA_PART, write_schema_parts
    from wirewash.transforms.core.schema import ARTICLE_SCHEMA, REJECTED_SCHEMA

    write_schema_parts(str(tmp_path / "out"))
    for name, schema in (("articles", ARTICLE_SCHEMA), ("duplicates", ARTICLE_SCHEMA), ("rejected", REJECTED_SCHEMA)):
        table = pq.read_table(tmp_path / "out" / name)
        assert (table.num_rows, table.schema.names) == (0, schema.names)
    part = tmp_path / "out" / "rejected" / SCHEMA_PART
    before = part.stat().st_mtime_ns
    write_schema_parts(str(tmp_path / "out"))
    assert part.stat().st_mtime_ns == before


def test_a_stream_goes_on_past_a_file_its_exclude_leaves_out(tmp_path):
    """A local stream lists its folder whole and gives each file to its batch, which applies --exclude: a
    batch whose file was excluded failed ("no input matches", before that "every file it names is
    excluded") and stopped the stream. Now it counts read:excluded and reads the rest."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(next(SEEDS.glob("000_*")), src)
    (src / "crawl.log").write_text("GET /story 200\n")
    assert main(["--streaming", "--input", str(src), "--output", str(out), "--exclude", "*.log",
                 "--poll_seconds", "0.5", "--stream_for", "1"]) == 0
    report = json.loads((out / "report.json").read_text())
    assert (report["inputs"], report["kept"], report["counters"]["read:excluded"]) == (1, 1, 1)
