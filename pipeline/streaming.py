"""--streaming: watch the input for new files, clean and deduplicate each article on arrival.

On a streaming runner (Dataflow, Flink, Prism: ``--runner``), build_streaming is one unbounded pipeline:
continuous file matching, keyed state per LSH band (transforms/streaming.py), per-window Parquet, and with an
index each window's kept articles committed into it as one run (transforms/incremental.py, WriteWindowRuns).

Locally, ``--runner PrismRunner`` runs it once ``python -m pipeline.engines install`` has built Prism
(tests/test_engines.py). Without a runner none of Beam's in-process Python runners can: FnApiRunner is
batch-only and the legacy BundleBasedDirectRunner fails on every splittable source (MatchContinuously,
PeriodicImpulse: "Transform node ... was not replaced as expected", apache/beam#26577). watch_locally
therefore polls the input itself and runs each poll's new files as one incremental batch against the index:
the same outcome per article (deduplicated against everything published before it), in micro-batches.
"""
from __future__ import annotations

import dataclasses
import logging
import time
from typing import Callable

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.filesystems import FileSystems
from apache_beam.utils.timestamp import MAX_TIMESTAMP, Timestamp

from wirewash.pipeline.options import Configs
from wirewash.transforms import clean, dedup, io
from wirewash.transforms.clean import CleanArticles
from wirewash.transforms.core.counters import Inc, noop
from wirewash.transforms.core.index import IndexState
from wirewash.transforms.core.schema import GENERATOR, STREAM_BATCH
from wirewash.transforms.core.streaming import StreamConfig
from wirewash.transforms.incremental import WriteWindowRuns
from wirewash.transforms.io import ParseFileFn, expand_input, write_articles, write_rejected
from wirewash.transforms.streaming import IndexSeed, StreamingDuplicates, WindowForOutput

log = logging.getLogger("wirewash")

def build_streaming(
    p: beam.Pipeline, cfg: Configs, stream: StreamConfig, output_dir: str, index: IndexState | None
) -> None:
    stop = (
        Timestamp.of(time.time() + stream.stop_after_seconds)
        if stream.stop_after_seconds is not None
        else MAX_TIMESTAMP
    )
    matched = [
        p
        | f"WatchInput{i}"
        >> fileio.MatchContinuously(pattern, interval=stream.poll_seconds, stop_timestamp=stop)
        for i, pattern in enumerate(expand_input(cfg.input))
    ]
    docs = (
        matched
        | "AllMatches" >> beam.Flatten()
        | "ReadMatches" >> fileio.ReadMatches(skip_directories=True)
        | "ParseFiles" >> beam.ParDo(ParseFileFn(cfg.read)).with_outputs(io.REJECTED, main=io.DOCS)
    )
    cleaned = docs[io.DOCS] | "CleanArticles" >> CleanArticles(cfg.clean)
    seed_members = p | "IndexSeed" >> IndexSeed(index) if index else p | "NoSeed" >> beam.Create([])
    deduped = (cleaned[clean.ARTICLES], seed_members) | "StreamingDuplicates" >> StreamingDuplicates(cfg.dedup)

    windowed = {
        name: records | f"Window{name.title()}" >> WindowForOutput(stream.window_seconds)
        for name, records in (("articles", deduped[dedup.KEPT]), ("duplicates", deduped[dedup.DUPLICATES]))
    }
    for name, records in windowed.items():
        records | f"Write{name.title()}" >> write_articles(output_dir, name)
    if index:
        # Each window's kept articles become one index run, so a later batch or a restarted stream knows them.
        windowed["articles"] | "IndexWindowRuns" >> WriteWindowRuns(cfg.dedup.minhash, index)
    (
        (docs[io.REJECTED], cleaned[clean.REJECTED], deduped[dedup.REJECTED])
        | "AllRejected" >> beam.Flatten()
        | "WindowRejected" >> WindowForOutput(stream.window_seconds)
        | "WriteRejected" >> write_rejected(output_dir)
    )


GROWN = "stream:grown_after_read"


def listed_sizes(patterns: list[str]) -> dict[str, int]:
    """Path -> size in bytes of every file matching ``patterns``; a pattern matching nothing yet is fine."""
    found: dict[str, int] = {}
    for result in FileSystems.match(patterns):
        found.update((m.path, m.size_in_bytes) for m in result.metadata_list)
    return found


def watch_locally(
    input_spec: str | tuple[str, ...],
    output: str,
    stream: StreamConfig,
    run_batch: Callable[[list[str], str], dict],
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
    inc: Inc = noop,
) -> list[dict]:
    """Poll ``input_spec`` every poll_seconds; run_batch(new paths, OUTPUT/batch-<utc>) for each poll that
    found files. Returns the batches' reports after the first poll that starts once stop_after_seconds have
    passed (never, without it).

    Each file is read once, when first seen: records appended to it later are not read. A file found larger
    than when it was listed for its batch is logged as a warning and counted ``stream:grown_after_read``
    (once per growth), so the loss is not silent; write a new file per delivery (or rename a finished one
    in)."""
    patterns = expand_input(input_spec)
    seen: dict[str, int] = {}
    reports = []
    stop = None if stream.stop_after_seconds is None else clock() + stream.stop_after_seconds
    while True:
        started = clock()
        # The poll that starts after the deadline is the last: files that arrived before it are still run.
        last = stop is not None and started >= stop
        found = listed_sizes(patterns)
        for path in sorted(p for p, size in found.items() if p in seen and size > seen[p]):
            inc(GROWN)
            log.warning("%s grew from %d to %d bytes after it was read: a stream reads each file once, so what "
                        "was appended is not read; write a new file for new records", path, seen[path], found[path])
            seen[path] = found[path]
        paths = sorted(set(found) - set(seen))
        if paths:
            stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(started)) + f"{started % 1:.3f}"[1:]
            reports.append(run_batch(paths, FileSystems.join(output, f"{STREAM_BATCH}{stamp}")))
            seen.update((p, found[p]) for p in paths)
            print(f"wirewash: batch-{stamp}: {reports[-1]['accounting']}", flush=True)
        if last:
            return reports
        sleep(max(0.0, stream.poll_seconds - (clock() - started)))


def stream_report(reports: list[dict], configs: Configs, watched: dict[str, int] | None = None) -> dict:
    """The micro-batches' reports summed, each batch's accounting line kept; ``watched``: the watcher's own
    counters (``stream:grown_after_read``), added to theirs."""
    totals = {k: sum(r[k] for r in reports) for k in ("inputs", "kept", "duplicates", "rejected")}
    removals: dict[str, int] = {}
    counters: dict[str, int] = dict(watched or {})
    for r in reports:
        for rule, n in r["removals_per_rule"].items():
            removals[rule] = removals.get(rule, 0) + n
        for name, n in r["counters"].items():
            counters[name] = counters.get(name, 0) + n
    return {
        "generator": GENERATOR,
        **totals,
        "accounting": f"inputs {totals['inputs']} = kept {totals['kept']} + duplicates {totals['duplicates']} "
        f"+ rejected {totals['rejected']} in {len(reports)} batches",
        "removals_per_rule": dict(sorted(removals.items())),
        "counters": dict(sorted(counters.items())),
        "batches": [{"output": r["options"]["output"], "accounting": r["accounting"]} for r in reports],
        "options": {"input": configs.input, "output": configs.output, "stream": dataclasses.asdict(configs.stream)},
    }
