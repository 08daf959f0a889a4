"""--streaming: watch the input for new files, clean and deduplicate each article on arrival.

On a streaming runner (Dataflow, Flink, Prism: ``--runner``), build_streaming is one unbounded pipeline:
continuous file matching, keyed state per LSH band (transforms/streaming.py), per-window Parquet, and with an
index each window's kept articles committed into it as one run (transforms/incremental.py, WriteWindowRuns).

Locally, ``--runner PrismRunner`` runs it once ``python -m pipeline.engines install`` has built Prism
(tests/test_engines.py). Without a runner none of Beam's in-process Python runners can: FnApiRunner is
batch-only and the legacy BundleBasedDirectRunner fails on every splittable source (MatchContinuously,
PeriodicImpulse: "Transform node ... was not replaced as expected", apache/beam#26577). watch_locally
therefore polls the input itself and runs each poll's new files (once complete) as one incremental batch
against the index: the same outcome per article (deduplicated against everything published before it), in
micro-batches; OUTPUT/stream-read.json remembers the files read, so a restart reads none twice.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import re
import time
from collections import Counter
from typing import Callable, Iterable, Mapping

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io import fileio
from apache_beam.io.filesystems import FileSystems
from apache_beam.utils.timestamp import MAX_TIMESTAMP, Timestamp

from wirewash.pipeline import index as index_folder
from wirewash.pipeline.output import checks, layout, promotion
from wirewash.pipeline.options import Configs
from wirewash.transforms import clean, dedup, io
from wirewash.transforms.clean import CleanArticles
from wirewash.transforms.core.counters import Inc, noop
from wirewash.transforms.core.index import IndexState
from wirewash.transforms.core.schema import (
    ARTICLE_SCHEMA, GENERATOR, OUTPUT_NAMES, REJECTED_SCHEMA, STREAM_BATCH, STREAM_READING, STREAM_RECORD,
)
from wirewash.transforms.core.streaming import StreamConfig
from wirewash.transforms.core.wording import count_of
from wirewash.transforms.incremental import WriteWindowRuns
from wirewash.transforms.io import LOCAL_BYTES, ParseFileFn, expand_input, write_articles, write_rejected
from wirewash.transforms.streaming import IndexSeed, StreamingDuplicates, WindowForOutput

log = logging.getLogger("wirewash")

# The file of a runner stream's table that holds its schema and no rows: Beam writes a window's files only when
# the window has rows, so a table no window has yet (rejected/, when every input was good) would be no folder
# at all and readers would not see its columns. Beam's own window files are part-[START, END)-SSSSS-of-NNNNN.
SCHEMA_PART = "part-schema.parquet"


def write_schema_parts(output: str) -> None:
    """``OUTPUT/<table>/part-schema.parquet`` (the table's schema, no rows) for each table that lacks one."""
    for name in OUTPUT_NAMES:
        path = FileSystems.join(output, name, SCHEMA_PART)
        if FileSystems.exists(path):
            continue
        schema = REJECTED_SCHEMA if name == io.REJECTED else ARTICLE_SCHEMA
        buffer = pa.BufferOutputStream()
        pq.write_table(schema.empty_table(), buffer)
        if layout.is_local(output):
            os.makedirs(os.path.dirname(path), exist_ok=True)
        with FileSystems.create(path) as f:
            f.write(buffer.getvalue().to_pybytes())


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
    rejected_before = (docs[io.REJECTED], cleaned[clean.REJECTED]) | "RejectedBeforeDedup" >> beam.Flatten()
    deduped = (cleaned[clean.ARTICLES], seed_members, rejected_before) | "StreamingDuplicates" >> StreamingDuplicates(
        cfg.dedup
    )

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
        deduped[dedup.REJECTED]
        | "WindowRejected" >> WindowForOutput(stream.window_seconds)
        | "WriteRejected" >> write_rejected(output_dir)
    )


GROWN = "stream:grown_after_read"
# A file read before and since replaced under its name (new inode, or a size or mtime other than by growing):
# read again as a new version (watch_locally).
REPLACED = "stream:replaced_reread"
# A new file found changed since the previous poll (still being copied in) and left for a later one; counted
# once per file.
HELD = "stream:held_back"
# A file found before the stream stopped that was still changing at its last poll: not read (watch_locally).
UNREAD = "stream:unread_at_stop"
RECORD_FORMAT = 1
# (bytes, mtime in epoch seconds, "st_dev:st_ino" of a local file or None) of a listed file.
Listing = tuple[int, float, "str | None"]
# How much of a file's start the record keeps a digest of: a rewrite in place that makes the file longer
# (``cat new > latest.jsonl``) changes its first record, an append does not.
HEAD_BYTES = 4096


def _stat(path: str) -> Listing | None:
    """A local file's listing now, its identity the file the name points to (a rename over it makes
    another); None once it is gone."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime, f"{st.st_dev}:{st.st_ino}"


def head_digest(path: str, size: int) -> str | None:
    """``"<n>:<digest>"`` of a local file's first n = min(size, HEAD_BYTES) bytes; None if unreadable."""
    n = min(size, HEAD_BYTES)
    try:
        with open(path, "rb") as f:
            return f"{n}:{hashlib.blake2b(f.read(n), digest_size=8).hexdigest()}"
    except OSError:
        return None


def listed_files(patterns: list[str]) -> dict[str, Listing]:
    """Path -> (bytes, mtime, identity) of every file matching ``patterns``; a pattern matching nothing yet is
    fine, and so is a local file gone between the listing and its stat (a later poll sees its successor)."""
    found: dict[str, Listing] = {}
    for result in FileSystems.match(patterns):
        for m in result.metadata_list:
            if not layout.is_local(m.path):
                found[m.path] = (m.size_in_bytes, m.last_updated_in_seconds, None)
            elif (now := _stat(m.path)) is not None:
                found[m.path] = now
    return found


def change_since_read(entry: dict, now: Listing, head: Callable[[int], str | None]) -> str | None:
    """How a file listed as ``now`` differs from its record ``entry`` (as read): None (unchanged), GROWN
    (the same file, longer: appended to) or REPLACED (another file under the name, or rewritten: shorter,
    of the same size with another mtime, or longer with another start: ``head(n)``, the file's
    ``head_digest`` of n bytes now, differs from the entry's). An entry from before identities and heads
    were recorded is judged by size and mtime."""
    size, mtime, identity = now
    if entry.get("file") is not None and identity is not None and identity != entry["file"]:
        return REPLACED
    if size > entry["bytes"]:
        recorded = entry.get("head")
        if recorded is not None and head(int(recorded.split(":")[0])) != recorded:
            return REPLACED
        return GROWN
    if size < entry["bytes"] or mtime != entry["mtime"]:
        return REPLACED
    return None


def sizes_read(listed: dict[str, Listing], after: dict[str, Listing | None], local_bytes: int | None
               ) -> dict[str, Listing]:
    """What a batch read of each file listed as ``listed``: a file may grow between the listing and the
    batch opening it (about 4 s later), and the batch reads it as it is then. ``after``: the files found
    after the batch; ``local_bytes``: the batch's LOCAL_BYTES, the sizes its files had when opened, summed.

    Files unchanged since the listing were read as listed, so what is left of ``local_bytes`` is what the
    grown ones had when opened: one grown file's exactly; several grown ones' only when they were all read
    whole, as found after. Otherwise (the sum unknown, a file replaced or gone meanwhile) the listing: a
    file may then be said to have grown after its read when the batch did read what was added. A file the
    batch could not open counts nothing while its listing is subtracted: an error only ever says less was
    read, never more."""
    grown = {p: now for p, at in listed.items()
             if (now := after.get(p)) is not None and now[2] == at[2] and now[0] > at[0]}
    settled = [p for p, at in listed.items() if after.get(p) == at]
    if local_bytes is None or not grown or len(grown) + len(settled) < len(listed):
        return listed
    rest = local_bytes - sum(listed[p][0] for p in settled)
    if len(grown) == 1:
        read = {p: rest for p in grown}
    elif rest == sum(now[0] for now in grown.values()):
        read = {p: now[0] for p, now in grown.items()}
    else:
        return listed
    if not all(listed[p][0] <= n <= grown[p][0] for p, n in read.items()):
        return listed
    # With the mtime found after: a later append changes the size, which is what tells growth.
    return {**listed, **{p: (n, grown[p][1], grown[p][2]) for p, n in read.items()}}


def record_key(path: str) -> str:
    """The name a file has in the record: absolute (symlinks kept), so a restart from another folder, or with
    --input spelled otherwise, knows it."""
    return os.path.abspath(path) if layout.is_local(path) else path


_HEAD = re.compile(r"\d+:[0-9a-f]+")


def _entry(e: object) -> bool:
    return (isinstance(e, dict) and isinstance(e.get("path"), str) and isinstance(e.get("bytes"), int)
            and isinstance(e.get("mtime"), (int, float)) and isinstance(e.get("batch"), str)
            and isinstance(e.get("version", 1), int) and isinstance(e.get("file"), (str, type(None)))
            and (e.get("head") is None or isinstance(e["head"], str) and bool(_HEAD.fullmatch(e["head"]))))


def _read_json(path: str) -> dict | None:
    if not FileSystems.exists(path):
        return None
    try:
        with FileSystems.open(path) as f:
            data = json.loads(f.read().decode("utf-8"))
        if data.get("format") != RECORD_FORMAT or not isinstance(data.get("files"), list):
            raise ValueError(f"not a format {RECORD_FORMAT} record")
        if not all(_entry(e) for e in data["files"]):
            raise ValueError("an entry lacks its path, bytes, mtime or batch, or has a bad file, version or "
                             "head")
        return data
    except (ValueError, AttributeError) as e:
        # Written by rename after an fsync, so only damage from outside makes it unreadable.
        raise checks.UsageError(
            f"{path} is not readable ({e}): restore it, or delete it and every input file is read again"
        ) from e


def _write_json(path: str, files: list[dict], tag: str) -> None:
    # One file a line: greppable, and json's C encoder per entry costs 0.26 s for 100,000 files where an
    # indented dump costs 0.42 s, paid at every batch.
    head = json.dumps({"format": RECORD_FORMAT, "generator": GENERATOR})[:-1]
    lines = ",\n".join(json.dumps(e) for e in sorted(files, key=lambda e: (e["path"], e.get("version", 1))))
    promotion.write_durably(path, f'{head}, "files": [\n{lines}\n]}}\n'.encode("utf-8"), tag)


def _committed(batch_output: str) -> bool:
    """Whether a micro-batch switched its output to its run: a new folder per batch, so any current run."""
    return layout.current_run(batch_output) is not None


def read_record(output: str, committed: Callable[[str], bool] = _committed, inc: Inc = noop) -> list[dict]:
    """The files OUTPUT's committed micro-batches read, each {"path", "bytes", "mtime", "batch"} and, since
    replaced files are read again, "file" (its identity) and "version" (1 if absent); [] for an
    output no stream wrote. A batch a killed stream left running is folded in if its output was committed
    (``committed(OUTPUT/<batch>)``: killed between its commit and the record's), else forgotten, its folder
    removed, so its files are read again. UsageError for a record damaged from outside."""
    files = (_read_json(FileSystems.join(output, STREAM_RECORD)) or {"files": []})["files"]
    reading_path = FileSystems.join(output, STREAM_READING)
    reading = _read_json(reading_path)
    if reading and reading["files"]:
        batch = reading["files"][0]["batch"]
        if committed(FileSystems.join(output, batch)):
            # A stream killed after writing the record but before removing this finds them listed already.
            known = {(e["path"], e.get("version", 1)) for e in files}
            files = files + [e for e in reading["files"] if (e["path"], e.get("version", 1)) not in known]
            _write_json(FileSystems.join(output, STREAM_RECORD), files, batch)
            inc("stream:killed_batch_recorded")
        else:
            # Only its killed run's folder, which no later batch would tidy: nothing in it was published.
            index_folder.remove_tree(FileSystems.join(output, batch))
            log.warning("%s was stopped before it committed: its folder is removed and its %d files are read "
                        "again", batch, len(reading["files"]))
            inc("stream:killed_batch_reread")
    if reading is not None:
        FileSystems.delete([reading_path])
    batches = sorted({e["batch"] for e in files})
    gone = [b for b in batches if not FileSystems.exists(FileSystems.join(output, b))]
    if gone:
        log.warning("%d of the batch folders %s lists are gone (%s...): their files are not read again; "
                    "delete %s to read every input file again (with the same index their articles are then "
                    "rejected as already_indexed)", len(gone), STREAM_RECORD, gone[0], STREAM_RECORD)
    return files


def watch_locally(
    input_spec: str | tuple[str, ...],
    output: str,
    stream: StreamConfig,
    run_batch: Callable[[list[str], str, dict[str, int], dict[str, str]], dict],
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
    inc: Inc = noop,
    committed: Callable[[str], bool] = _committed,
) -> list[dict]:
    """Poll ``input_spec`` every poll_seconds; run_batch(paths, OUTPUT/batch-<utc>, versions, files) for each
    poll that found files ready, run_batch returning the batch's report once its output is committed;
    ``versions`` maps the record key of each file read again to its version (``--input_version``), ``files``
    each local path to the identity (``st_dev:st_ino``) the poll listed (``--input_file``: a file renamed over
    it before the batch opens it is rejected ``replaced_before_read`` and read as the new file it is at a
    later poll, since the record keeps the identity listed). Returns the batches' reports after the last poll
    (none without stop_after_seconds).

    A file is ready once its size and mtime are those of the previous poll: one found still changing (being
    copied in) is counted ``stream:held_back`` and waits. The poll starting once stop_after_seconds have
    passed is the last; files it finds not yet ready get one more poll, and any still changing then are
    logged and counted ``stream:unread_at_stop`` (a later stream on OUTPUT reads them).

    Each file is read once: ``OUTPUT/stream-read.json`` records the files of each committed batch
    (``read_record``), so a restarted stream skips them; ``OUTPUT/.stream-reading.json`` names the running
    batch's. Records appended to a file after it was read are not read: a file found larger than when read is
    logged and counted ``stream:grown_after_read`` (once per growth); write a new file per delivery. A file
    replaced under a name already read (``change_since_read``: an exporter's write-then-rename) is a new
    arrival, read as version 2, 3, ... of the name (sources ``path#v2``), recorded, logged and counted
    ``stream:replaced_reread``."""
    patterns = expand_input(input_spec)
    if not FileSystems.exists(output):
        FileSystems.mkdirs(output)
    record = read_record(output, committed, inc)
    # Each path's latest version as read; a grown file's takes the size warned of, so it is warned once.
    seen = {e["path"]: e for e in sorted(record, key=lambda e: e.get("version", 1))}
    # New files found at the previous poll, and those of them found changing (counted once each).
    waiting: dict[str, Listing] = {}
    changing: set[str] = set()
    reports = []
    stop = None if stream.stop_after_seconds is None else clock() + stream.stop_after_seconds
    settling = False
    while True:
        started = clock()
        last = stop is not None and started >= stop
        found = listed_files(patterns)
        keys = {p: record_key(p) for p in found}
        changes = {p: change_since_read(seen[keys[p]], at, lambda n, p=p: head_digest(p, n))
                   for p, at in found.items() if keys[p] in seen}
        for path in sorted(p for p, change in changes.items() if change == GROWN):
            inc(GROWN)
            log.warning("%s grew from %d to %d bytes after it was read: a stream reads each file once, so what "
                        "was appended is not read; write a new file for new records",
                        path, seen[keys[path]]["bytes"], found[path][0])
            seen[keys[path]] = {**seen[keys[path]], "bytes": found[path][0], "mtime": found[path][1]}
        # A replaced file waits to be complete as a new one does. After the last poll only the files it found
        # are waited for: later ones arrived after the stop.
        new = {p: at for p, at in found.items()
               if (keys[p] not in seen or changes[p] == REPLACED) and (not settling or p in waiting)}
        paths = sorted(p for p, at in new.items() if waiting.get(p) == at)
        for path in sorted(set(new) & set(waiting) - changing):
            if new[path] != waiting[path]:
                inc(HELD)
                changing.add(path)
        waiting = {p: at for p, at in new.items() if waiting.get(p) != at}
        changing &= set(waiting)
        if paths:
            stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(started)) + f"{started % 1:.3f}"[1:]
            batch = f"{STREAM_BATCH}{stamp}"
            read = [dict(path=keys[p], bytes=found[p][0], mtime=found[p][1], file=found[p][2],
                         version=seen[keys[p]].get("version", 1) + 1 if keys[p] in seen else 1, batch=batch)
                    for p in paths]
            versions = {e["path"]: e["version"] for e in read if e["version"] > 1}
            files = {p: found[p][2] for p in paths if found[p][2] is not None}
            for path, e in zip(paths, read):
                if e["version"] > 1:
                    inc(REPLACED)
                    before = seen[keys[path]]
                    # "taken", not "read": the batch may have rejected it as replaced before its read.
                    log.warning("%s was replaced since %s took it (%d bytes, mtime %s; now %d, %s): read as "
                                "version %d, its records' sources %s#v%d", path, before["batch"], before["bytes"],
                                before["mtime"], e["bytes"], e["mtime"], e["version"], path, e["version"])
            _write_json(FileSystems.join(output, STREAM_READING), read, batch)
            reports.append(run_batch(paths, FileSystems.join(output, batch), versions, files))
            local = all(layout.is_local(p) for p in paths)
            as_read = sizes_read({p: found[p] for p in paths}, {p: _stat(p) for p in paths} if local else {},
                                 reports[-1].get("counters", {}).get(LOCAL_BYTES) if local else None)
            for path, e in zip(paths, read):
                e["bytes"], e["mtime"], e["file"] = as_read[path]
                now = _stat(path) if local else None
                if now is not None and now[2] == e["file"]:
                    e["head"] = head_digest(path, e["bytes"])
            record += read
            _write_json(FileSystems.join(output, STREAM_RECORD), record, batch)
            FileSystems.delete([FileSystems.join(output, STREAM_READING)])
            seen.update((e["path"], e) for e in read)
            print(f"wirewash: {batch}: {reports[-1]['accounting']}", flush=True)
        if settling or (last and not waiting):
            for path in sorted(waiting):
                inc(UNREAD)
                log.warning("%s was still changing when the stream stopped: not read; a later stream on this "
                            "output reads it", path)
            return reports
        settling = last
        sleep(max(0.0, stream.poll_seconds - (clock() - started)))


def _summed(tables: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """Name -> the sum of its counts over ``tables``, sorted by name."""
    total: Counter[str] = Counter()
    for table in tables:
        total.update(table)
    return dict(sorted(total.items()))


def stream_report(reports: list[dict], configs: Configs, watched: dict[str, int] | None = None) -> dict:
    """The micro-batches' reports summed, each batch's accounting line kept; ``watched``: the watcher's own
    counters (``stream:grown_after_read``, ``stream:held_back``, ...), added to theirs."""
    totals = {k: sum(r[k] for r in reports) for k in ("inputs", "kept", "duplicates", "rejected")}
    return {
        "generator": GENERATOR,
        **totals,
        "accounting": f"inputs {totals['inputs']} = kept {totals['kept']} + duplicates {totals['duplicates']} "
        f"+ rejected {totals['rejected']} in {count_of(len(reports), 'batch', 'batches')}",
        "removals_per_rule": _summed(r["removals_per_rule"] for r in reports),
        "metadata_per_rule": _summed(r.get("metadata_per_rule", {}) for r in reports),
        "removed_from_rejected": _summed(r.get("removed_from_rejected", {}) for r in reports),
        "counters": _summed([watched or {}, *(r["counters"] for r in reports)]),
        "batches": [{"output": r["options"]["output"], "accounting": r["accounting"]} for r in reports],
        "options": {"input": configs.input, "output": configs.output, "stream": dataclasses.asdict(configs.stream)},
    }
