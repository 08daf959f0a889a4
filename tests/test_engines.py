"""wirewash on Beam's real engines, installed by ``python -m pipeline.engines install`` (.ci/run runs it):
Prism (a Go binary) and Flink (Beam's job server, embedded ``[local]`` Flink), Python SDK workers LOOPBACK.

Batch: the same rows as the local FnApiRunner run over seeds/. Streaming: files arriving over time in a
watched folder, several per poll and copies in the same poll, windows written, dedup across windows and
against --index, --stream_for ending the run; every check is made on the rows written, not on counters.

A missing engine skips (fails under CI=true, tests/conftest.require_tool), except one whose registry answered
that it does not serve it at the pinned Beam version: that skips everywhere, with the registry's answer.
"""
from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path
from typing import Tuple

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.coders import VarIntCoder
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.userstate import ReadModifyWriteStateSpec

from conftest import SEEDS, require_tool
from wirewash.pipeline import engines
from wirewash.pipeline.cli import run
from wirewash.pipeline.streaming import SCHEMA_PART

ENGINES = ["PrismRunner", "FlinkRunner"]
OUTPUTS = ("articles", "duplicates", "rejected")
# Long enough for the engine to start, write a first window and see the later arrivals on a loaded machine
# (with pytest-xdist, another test runs beside this one).
STREAM_FOR_S = 40
FIRST_WINDOW_TIMEOUT_S = 30


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    if request.param == "PrismRunner":
        require_tool(str(engines.prism_path()), "Prism binary")
    else:
        require_tool(shutil.which("java"), "Java")
        jar = engines.flink_jar_path()
        refused = engines.unavailable_reason(jar)
        if refused and not jar.exists():
            pytest.skip(f"Maven Central does not serve {engines.FLINK_ARTIFACT}: {refused.splitlines()[-1]}")
        require_tool(str(jar), "Flink job-server jar")
    return request.param


def written(out: Path, name: str) -> set[Path]:
    """The finished files of output ``name``, whether ``name-*.parquet`` files or a ``name/`` folder; not the
    half-written ones in Beam's ``beam-temp-*`` folders, which a watcher reading mid-run would choke on."""
    files = set(out.glob(f"{name}-*.parquet")) | set(out.glob(f"{name}/**/*.parquet"))
    return {f for f in files if not any(part.startswith("beam-temp-") for part in f.relative_to(out).parts)
            and f.name != SCHEMA_PART}


def rows(out: Path, name: str) -> list[dict]:
    """Every row of output ``name`` (``written``)."""
    return sorted((r for f in written(out, name) for r in pq.read_table(f).to_pylist()), key=lambda r: r["doc_id"])


def clusters(records: list[dict]) -> set[frozenset[str]]:
    """Kept and duplicate rows -> their clusters as sets of doc_ids, following duplicate_of links."""
    parent = {r["doc_id"]: r["duplicate_of"] or r["doc_id"] for r in records}

    def root(doc_id: str) -> str:
        while parent.get(doc_id, doc_id) != doc_id:
            doc_id = parent[doc_id]
        return doc_id

    groups: dict[str, set[str]] = {}
    for doc_id in parent:
        groups.setdefault(root(doc_id), set()).add(doc_id)
    return {frozenset(g) for g in groups.values()}


def arrive(src: Path, files: dict[str, str | Path], staging: Path) -> None:
    """Put files into the watched folder at once: each is written beside it, then renamed in whole."""
    staging.mkdir(exist_ok=True)
    for name, content in files.items():
        staged = staging / name
        if isinstance(content, Path):
            shutil.copy(content, staged)
        else:
            staged.write_text(content)
    for name in files:
        (staging / name).rename(src / name)


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*"))


# --- batch ----------------------------------------------------------------------------------------------------


def test_batch_on_engine_writes_the_local_runs_rows(engine, seed_output, tmp_path):
    local_out, local_report = seed_output
    report = run(["--runner", engine, "--input", str(SEEDS / "*"), "--output", str(tmp_path)])
    for name in OUTPUTS:
        assert rows(tmp_path, name) == rows(local_out, name), name
    assert (report["kept"], report["duplicates"], report["rejected"]) == (
        local_report["kept"], local_report["duplicates"], local_report["rejected"])
    assert len(rows(tmp_path, "duplicates")) == 1  # seeds/ holds one near-duplicate pair


def test_engine_flags_are_filled_only_when_missing_and_the_engine_is_installed(tmp_path, monkeypatch):
    monkeypatch.setenv("WIREWASH_ENGINES", str(tmp_path))
    no_split = f"--experiments={engines.PRISM_NO_SPLIT}"
    assert engines.with_engine_flags(["--runner", "PrismRunner"]) == ["--runner", "PrismRunner", no_split]
    engines.prism_path().parent.mkdir(parents=True)
    engines.prism_path().write_text("")
    assert engines.with_engine_flags(["--runner=prism"]) == [
        "--runner=prism", f"--prism_location={engines.prism_path()}", no_split]
    assert engines.with_engine_flags(["--runner", "PrismRunner", "--prism_location", "/x"])[-2:] == ["/x", no_split]
    engines.flink_jar_path().write_text("")
    assert engines.with_engine_flags(["--runner", "FlinkRunner", "--environment_type=PROCESS"]) == [
        "--runner", "FlinkRunner", "--environment_type=PROCESS", f"--flink_job_server_jar={engines.flink_jar_path()}"]
    assert engines.with_engine_flags(["--runner", "apache_beam.runners.portability.flink_runner.FlinkRunner"])[-1] == (
        "--environment_type=LOOPBACK")
    assert engines.with_engine_flags(["--input", "x"]) == ["--input", "x"]


class _SlowCount(beam.DoFn):
    """Counts a key's elements in state; each takes longer than Prism's 100 ms progress tick."""

    COUNT = ReadModifyWriteStateSpec("count", VarIntCoder())

    def process(self, element, count=beam.DoFn.StateParam(COUNT)):
        time.sleep(0.35)
        n = (count.read() or 0) + 1
        count.write(n)
        yield element[0], n


def test_prism_never_runs_one_keys_state_in_two_bundles_at_once():
    """Without the flag Prism split this one-key bundle of 16 slow elements at 8, ran the residual beside the
    primary on the state before either, and the count ended at 8 (streaming's Decide lost an article so)."""
    require_tool(str(engines.prism_path()), "Prism binary")
    options = PipelineOptions(engines.with_engine_flags(["--runner", "PrismRunner", "--environment_type=LOOPBACK"]))
    with beam.Pipeline(options=options) as p:
        counts = (
            p
            | beam.Create([("k", i) for i in range(16)]).with_output_types(Tuple[str, int])
            | beam.ParDo(_SlowCount())
            | beam.CombinePerKey(max)
        )
        assert_that(counts, equal_to([("k", 16)]))


# --- streaming ------------------------------------------------------------------------------------------------


def stream(engine: str, src: Path, out: Path, later: dict[str, str | Path], *flags: str) -> tuple[dict, float | None]:
    """``--streaming`` on ``engine`` watching ``src``; ``later`` arrives (all in one poll) once the first window
    is written. Returns the report and when ``later`` arrived (None: the first window never came)."""
    arrived: list[float] = []

    def arrive_after_first_window() -> None:
        deadline = time.monotonic() + FIRST_WINDOW_TIMEOUT_S
        while not rows(out, "articles") and time.monotonic() < deadline:
            time.sleep(0.2)
        if rows(out, "articles"):
            arrive(src, later, out.parent / "staging")
            arrived.append(time.monotonic())

    watcher = threading.Thread(target=arrive_after_first_window)
    watcher.start()
    try:
        report = run(["--runner", engine, "--streaming", "--input", str(src), "--output", str(out),
                      "--poll_seconds", "1", "--window_seconds", "2", "--stream_for", str(STREAM_FOR_S), *flags])
    finally:
        watcher.join()
    return report, (arrived[0] if arrived else None)


def test_streaming_on_engine_deduplicates_across_windows_and_against_the_index(engine, tmp_path):
    idx = tmp_path / "idx"
    # The index knows seed 000 from an earlier local batch run.
    run(["--input", str(seed("000")), "--output", str(tmp_path / "day1"), "--index", str(idx)])
    (indexed,) = rows(tmp_path / "day1", "articles")
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    # First poll: three files, one of them too short to keep.
    arrive(src, {"001.txt": seed("001"), "002.txt": seed("002"), "short.txt": "Too short to keep."}, tmp_path / "s0")
    later = {"003.txt": seed("003"), "000-again.txt": seed("000"), "004.txt": seed("004")}
    report, arrived = stream(engine, src, out, later, "--index", str(idx))
    assert arrived is not None, "no window was written before the later files were due"

    kept, dups, rejected = (rows(out, name) for name in OUTPUTS)
    name = {r["doc_id"]: Path(r["source"]).name for r in kept + dups + rejected}
    # Accounting from the rows: every file that arrived is in exactly one output.
    assert sorted(name.values()) == sorted(["001.txt", "002.txt", "short.txt", *later])
    assert len(kept) + len(dups) + len(rejected) == len(name) == report["inputs"]
    assert sorted(name[r["doc_id"]] for r in kept) == ["001.txt", "002.txt", "004.txt"]
    by_source = {name[r["doc_id"]]: r for r in dups}
    # 003 is 002's story, arriving windows later; 000-again is the indexed article.
    assert by_source["003.txt"]["duplicate_of"] == next(r["doc_id"] for r in kept if name[r["doc_id"]] == "002.txt")
    assert by_source["000-again.txt"]["duplicate_of"] == indexed["doc_id"]
    assert [(name[r["doc_id"]], r["reason"]) for r in rejected] == [("short.txt", "too_short")]
    # Output windows: the first poll's articles and the later ones are in different window files.
    windows = {f.name.split(")")[0] for f in written(out, "articles")}
    assert len(windows) >= 2, windows
    # Each window's kept articles were committed to the index as a run of their own.
    manifest = json.loads((idx / "manifest.json").read_text())
    assert sum(r["articles"] for r in manifest["runs"]) == 1 + len(kept)
    # ... listing its files with their sizes, as a batch run's commit does.
    listed = {f["path"]: f["bytes"] for r in manifest["runs"] for f in r["files"]}
    assert listed == {str(p.relative_to(idx)): p.stat().st_size for p in idx.glob("*/*/*.parquet")}


def test_streaming_on_engine_matches_copies_arriving_in_the_same_poll(engine, tmp_path):
    """Every file of a poll carries the poll's timestamp: copies in one poll must still be compared."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    # Three copies of each seed in one poll: all of a group's copies arriving in doc_id order, which alone
    # hides the bug, is then too unlikely to let a broken build pass.
    first = {f"{s}{copy}.txt": seed(s) for s in ("000", "001", "002", "003", "004") for copy in ("", "-copy-1", "-copy-2")}
    arrive(src, first, tmp_path / "s0")
    later = {"004-copy-a.txt": seed("004"), "004-copy-b.txt": seed("004"), "000-copy.txt": seed("000")}
    report, arrived = stream(engine, src, out, later)
    assert arrived is not None, "no window was written before the later files were due"

    kept, dups, rejected = (rows(out, name) for name in OUTPUTS)
    name = {r["doc_id"]: Path(r["source"]).name for r in kept + dups + rejected}
    assert sorted(name.values()) == sorted([*first, *later]) and not rejected
    assert len(kept) + len(dups) == report["inputs"]
    story = {n: n.split("-")[0].split(".")[0] for n in name.values()}
    # 002 and 003 are one story (the batch run's pair); every copy joins its original's cluster.
    story.update({n: "002" for n, s in story.items() if s == "003"})
    expected = {frozenset(d for d, n in name.items() if story[n] == s) for s in set(story.values())}
    assert clusters(kept + dups) == expected
    assert len(kept) == len(expected)


def _fake_client(bin_dir: Path, name: str, output: str, code: int) -> None:
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / name).write_text(f"#!/bin/sh\necho '{output}'\nexit {code}\n")
    (bin_dir / name).chmod(0o755)


def test_install_records_a_registry_refusal_and_fails_on_anything_else(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WIREWASH_ENGINES", str(tmp_path / "cache"))
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    refusal = f"[ERROR] Failed to execute goal: Could not find artifact {engines.FLINK_ARTIFACT} in central"
    _fake_client(tmp_path / "bin", "mvn", refusal, 1)
    assert engines.main(["install", "flink"]) == 0
    assert refusal in engines.unavailable_reason(engines.flink_jar_path())
    assert "not served by its registry" in capsys.readouterr().err
    _fake_client(tmp_path / "bin", "go", "go: github.com/apache/beam/sdks/v2@v9: dial tcp: i/o timeout", 1)
    assert engines.main(["install", "prism"]) == 1
    assert engines.unavailable_reason(engines.prism_path()) is None
    assert "FAILED" in capsys.readouterr().err
