"""The output switch (pipeline/output/), without Beam: a kill at each filesystem step of ``promote`` leaves
the whole previous output or the whole new one; only wirewash's own run folders are ever removed."""
from __future__ import annotations

import datetime
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import SEEDS, killed_at
from wirewash.pipeline import cli
from wirewash.pipeline import locks
from wirewash.pipeline.output import checks, layout, leftovers, promotion
from wirewash.pipeline.output.checks import UsageError
from wirewash.transforms.core.schema import INDEX_LOCK, OUTPUT_LOCK

OLD, NEW = "20260101T000000Z0000000a", "20260102T000000Z0000000b"


def make_run(out: Path, run_id: str, rows: int) -> None:
    """A finished run folder: each table with ``rows`` rows tagged with the run id, and its report."""
    run = out / ".runs" / run_id
    for name in ("articles", "duplicates", "rejected"):
        (run / name).mkdir(parents=True)
        pq.write_table(pa.table({"run": [run_id] * rows}), run / name / "part-00000-of-00001.parquet")
    (run / "report.json").write_text(json.dumps({"run": run_id}))
    (run / "report.html").write_text(run_id)
    (run / "README.md").write_text(run_id)


def visible_run(out: Path) -> str | None:
    """The run a reader sees, checking that every stable name shows that same run whole; None when there is
    no output at all yet."""
    if not (out / "report.json").exists():
        assert not any((out / n).exists() for n in layout.STABLE_NAMES), "half an output visible"
        return None
    run = json.loads((out / "report.json").read_text())["run"]
    rows = {OLD: 2, NEW: 3}[run]
    for name in ("articles", "duplicates", "rejected"):
        table = pq.read_table(out / name)
        assert table.column("run").to_pylist() == [run] * rows, (name, run)
    assert (out / "report.html").read_text() == (out / "README.md").read_text() == run
    return run


def _promote_killed_at(out: Path, step: int) -> int:
    """promote(NEW), killed at its ``step``-th filesystem change (``conftest.killed_at``)."""
    return killed_at(step, lambda: promotion.promote(str(out), NEW),
                     ((os, "symlink"), (os, "replace"), (os, "remove"), (shutil, "rmtree")))


@pytest.mark.parametrize("first_run", [True, False], ids=["into-empty-folder", "over-an-earlier-run"])
def test_a_kill_at_each_step_of_promote_leaves_the_old_or_the_new_output_whole(tmp_path, first_run):
    seen = set()
    for step in range(1, 50):
        out = tmp_path / f"kill-{step}"
        if not first_run:
            make_run(out, OLD, 2)
            promotion.promote(str(out), OLD)
        make_run(out, NEW, 3)
        code = _promote_killed_at(out, step)
        visible = visible_run(out)
        assert visible in ((None, NEW) if first_run else (OLD, NEW))
        seen.add(visible)
        # Whatever was left, the next attempt completes it.
        promotion.promote(str(out), NEW)
        assert visible_run(out) == NEW
        assert sorted(p.name for p in (out / ".runs").iterdir()) == [NEW]
        if code == 0:  # the step count ran past the last filesystem call: every step was killed once
            break
    else:
        pytest.fail("promote never finished")
    assert seen == ({None, NEW} if first_run else {OLD, NEW}), "the kills never hit both sides of the swap"


def test_promote_removes_only_the_previous_run_folder(tmp_path):
    out = tmp_path / "out"
    make_run(out, OLD, 2)
    promotion.promote(str(out), OLD)
    killed = "20260101T120000Z0000000c"
    make_run(out, killed, 1)  # a run killed before its promote: left alone, it may still be running
    (out / "notes.txt").write_text("mine")
    make_run(out, NEW, 3)
    promotion.promote(str(out), NEW)
    assert visible_run(out) == NEW
    assert sorted(p.name for p in (out / ".runs").iterdir()) == [killed, NEW]
    assert (out / "notes.txt").read_text() == "mine"
    with pytest.raises(ValueError, match="not a wirewash run id"):
        leftovers.remove_run(str(out), "../..")


def test_object_store_layout_uses_a_pointer_file(tmp_path, monkeypatch):
    # No symlinks on gs:// or s3://: the same code path, run on a local folder, writes OUTPUT/CURRENT.
    for module in (layout, promotion, leftovers):
        monkeypatch.setattr(module, "is_local", lambda path: False)
    out = tmp_path / "out"
    make_run(out, OLD, 2)
    promotion.promote(str(out), OLD)
    make_run(out, NEW, 3)
    promotion.promote(str(out), NEW)
    assert (out / "CURRENT").read_text() == NEW and not (out / ".runs" / OLD).exists()
    assert layout.current_root(str(out)) == str(out / ".runs" / NEW)
    assert not (out / "articles").exists()


def test_check_output_accepts_its_own_output_and_refuses_anything_else(tmp_path):
    out = tmp_path / "out"
    checks.check_output(str(out))  # missing: created later
    make_run(out, OLD, 2)
    promotion.promote(str(out), OLD)
    checks.check_output(str(out))  # an earlier wirewash output
    (out / "articles").unlink()
    (out / "articles").mkdir()  # a folder of someone else's under a table name
    with pytest.raises(UsageError, match="already holds articles, which wirewash did not write"):
        checks.check_output(str(out))
    with pytest.raises(UsageError, match="may not hold"):
        checks.check_output("gs://bucket/o[1]")


def test_a_batch_run_on_a_streams_output_is_refused_naming_it(tmp_path):
    """F11: a batch run on a local stream's output said its report.json was not wirewash's."""
    live = tmp_path / "live"
    make_run(live / "batch-20260101T000000.000", OLD, 1)
    promotion.promote(str(live / "batch-20260101T000000.000"), OLD)
    (live / "report.json").write_text(json.dumps({"generator": "wirewash", "batches": [], "accounting": "inputs 0"}))
    with pytest.raises(UsageError, match="holds a stream's output; a batch run needs a folder of its own"):
        checks.check_output(str(live))
    checks.check_output(str(live), streaming=True)  # the stream itself carries on
    # A report.json of someone else's there is still not ours.
    (live / "report.json").write_text(json.dumps({"batches": [1]}))
    shutil.rmtree(live / "batch-20260101T000000.000")
    with pytest.raises(UsageError, match="already holds report.json, which wirewash did not write"):
        checks.check_output(str(live))


def test_a_streams_output_whose_batch_folders_were_deleted_is_still_refused_to_a_batch_run(tmp_path):
    """Its record of the files read stays: a batch run there would mix with the stream a restart continues."""
    live = tmp_path / "live"
    live.mkdir()
    (live / "stream-read.json").write_text(json.dumps({"format": 1, "files": []}))
    with pytest.raises(UsageError, match="holds a stream's output"):
        checks.check_output(str(live))
    checks.check_output(str(live), streaming=True)


@pytest.mark.parametrize(
    "inputs, output, message",
    [
        (["data"], "data", "--output data is inside --input data"),
        (["data/"], "data/out", "--output data/out is inside --input data/"),
        (["data/*/*.json"], "data/out", "--output data/out is inside --input data/\\*/\\*.json"),
        (["data/**.parquet"], "data/out", "--output data/out is inside --input data/\\*\\*.parquet"),
        (["elsewhere", "data/sub/x.jsonl"], "data", "--input data/sub/x.jsonl is inside --output data"),
        (["link-to-data"], "data/out", "--output data/out is inside --input link-to-data"),
    ],
)
def test_an_output_overlapping_an_input_is_refused(tmp_path, monkeypatch, inputs, output, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data" / "sub").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    os.symlink(tmp_path / "data", tmp_path / "link-to-data")
    with pytest.raises(UsageError, match=message):
        checks.check_overlap(inputs, output)
    # Apart, or a pattern that cannot match anything a run writes there: fine.
    checks.check_overlap(["elsewhere", "gs://b/data", "data/*.txt", "data/*/*.jsonl", "*.txt"], "data/out")


@pytest.mark.parametrize(
    "entry, output",
    [
        ("D/*", "D/out"),
        ("D/**", "D/out"),
        ("D/o*", "D/out"),
        ("D/[o]ut", "D/out"),
        ("./D/*", "D/out"),
        ("D/sub/../*", "D/out"),
        ("link-to-D/*", "D/out"),
        ("D/*", "link-to-D/out"),
        ("D/*", "D/a/b/out"),  # the pattern matches a folder holding the output
        ("D/*/b", "D/a/b/out"),
        ("D/?", "D/a/b/out"),
        ("D/*/", "D/out"),
    ],
)
@pytest.mark.parametrize("flag", ["--output", "--index"])
def test_a_pattern_matching_the_output_folder_or_one_holding_it_is_refused(tmp_path, monkeypatch, entry, output, flag):
    """The output would sit among the inputs the pattern picks: a later run over them reads it as articles."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "D" / "sub").mkdir(parents=True)
    (tmp_path / "D" / "a.txt").write_text("x")
    os.symlink(tmp_path / "D", tmp_path / "link-to-D")
    entry_, output_ = re.escape(entry), re.escape(output)
    refused = f"--input {entry_} matches .*{flag} {output_}|{flag} {output_} is inside --input {entry_};"
    with pytest.raises(UsageError, match=refused):
        checks.check_overlap([entry], output, flag)


@pytest.mark.parametrize(
    "entry, output",
    [
        ("D/*.jsonl", "D/out"),
        ("D/*.txt", "D/out"),
        ("D/in/*", "D/out"),  # a sibling folder
        ("D/in", "D/out"),
        ("D/x*", "D/a/b/out"),
        ("D/*/*.txt", "D/out"),
        ("D/*", "E/out"),
    ],
)
def test_a_pattern_that_cannot_match_the_output_is_allowed(tmp_path, monkeypatch, entry, output):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "D" / "in").mkdir(parents=True)
    checks.check_overlap([entry], output)


def test_the_cli_refuses_a_self_ingesting_pattern_before_any_work(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "D").mkdir()
    (tmp_path / "D" / "a.txt").write_text("Some words here.")
    assert cli.main(["--input", "D/*", "--output", "D/out"]) == 2
    assert "--input D/* matches --output D/out" in capsys.readouterr().err
    assert not (tmp_path / "D" / "out").exists()
    # The output's folder exists from an earlier run: D/o* lists no file, and is still named for its overlap.
    (tmp_path / "D" / "out").mkdir()
    assert cli.main(["--input", "D/o*", "--output", "D/out"]) == 2
    assert "--input D/o* matches --output D/out" in capsys.readouterr().err


def test_leftovers_of_killed_runs_are_removed_and_nothing_else(tmp_path):
    """remove_leftovers at a run's start: killed runs' folders go; the current run, the calling run, a live
    run (its .live flock held), a young folder without .live, and anything not named as a run stay."""
    out = tmp_path / "out"
    make_run(out, OLD, 2)
    promotion.promote(str(out), OLD)
    own, killed, live, young = (f"2026010{d}T000000Z0000000{d}" for d in range(3, 7))
    legacy = "20251201T000000Z00000007"  # no .live: a wirewash before the rule, or killed before its lock
    for run_id in (own, killed, live, young, legacy):
        make_run(out, run_id, 1)
    for run_id in (own, killed, live):
        (out / ".runs" / run_id / layout.LIVE).write_text("{}")
    (out / ".runs" / "notes").mkdir()
    (out / ".runs" / (layout.REMOVING + "20260101T000000Z000000ff") / "articles").mkdir(parents=True)
    now = layout.started_at(young) + leftovers.STALE_UNMARKED - datetime.timedelta(seconds=1)
    with leftovers.live_run(str(out), live):  # another run, still writing
        removed = leftovers.remove_leftovers(str(out), own, now)
    assert removed == [legacy, killed]
    assert sorted(p.name for p in (out / ".runs").iterdir()) == sorted([OLD, own, live, young, "notes"])
    assert visible_run(out) == OLD
    # Once old enough, a folder without .live counts as killed too; the current one never goes.
    later = now + datetime.timedelta(seconds=2)
    assert leftovers.remove_leftovers(str(out), own, later) == [live, young]
    assert sorted(p.name for p in (out / ".runs").iterdir()) == sorted([OLD, own, "notes"])


def test_a_run_folder_is_live_until_its_process_dies_however_it_dies(tmp_path):
    out = tmp_path / "out"
    make_run(out, OLD, 2)
    promotion.promote(str(out), OLD)
    make_run(out, NEW, 3)
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        with leftovers.live_run(str(out), NEW):
            os.write(ready_w, b"x")
            time.sleep(60)
        os._exit(0)
    os.read(ready_r, 1)
    own = "20260105T000000Z0000000f"
    assert leftovers.remove_leftovers(str(out), own) == []  # its process is running
    assert json.loads((out / ".runs" / NEW / layout.LIVE).read_text())["pid"] == pid
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    assert leftovers.remove_leftovers(str(out), own) == [NEW]
    assert sorted(p.name for p in (out / ".runs").iterdir()) == [OLD] and visible_run(out) == OLD


def _holding_output_lock(out: Path, run_id: str, lock: str = "output_lock") -> subprocess.Popen:
    """Another process holding ``out``'s lock (``lock``: output_lock or index_lock) as a run does, until killed."""
    code = (
        "import sys, time\n"
        f"from wirewash.pipeline.locks import {lock}\n"
        f"with {lock}({str(out)!r}, {run_id!r}):\n"
        "    print('held', flush=True)\n"
        "    time.sleep(600)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_second_run_on_a_busy_output_fails_naming_the_first_and_a_killed_holder_frees_it(tmp_path):
    """F26: two runs on one --output both exited 0 and the later finisher's output silently won."""
    out = tmp_path / "out"
    holder = _holding_output_lock(out, "20260101T000000Zfeedf00d")
    try:
        second = subprocess.run(
            [sys.executable, "-m", "wirewash", "--input", str(SEEDS), "--output", str(out)],
            capture_output=True, text=True, timeout=300,
        )
        assert second.returncode == 1
        assert f"pid {holder.pid} on {socket.gethostname()}" in second.stderr
        assert "20260101T000000Zfeedf00d" in second.stderr and "started 20" in second.stderr
        # It stopped before any work: no run folder, nothing switched.
        assert not (out / layout.RUNS).exists() and not (out / "articles").exists()
    finally:
        holder.kill()
        holder.wait()
    # The kernel dropped the killed holder's lock: the next run takes it.
    with locks.output_lock(str(out), "20260101T000001Z00000000"):
        held = json.loads((out / OUTPUT_LOCK).read_text())
        assert (held["pid"], held["run_id"]) == (os.getpid(), "20260101T000001Z00000000")


def test_a_second_run_on_a_busy_index_fails_at_once_naming_the_first(tmp_path):
    """F13: a second run on one --index (another --output) did all its work, then failed at its commit."""
    idx, out = tmp_path / "idx", tmp_path / "out"
    holder = _holding_output_lock(idx, "20260101T000000Zfeedf00d", "index_lock")
    try:
        second = subprocess.run(
            [sys.executable, "-m", "wirewash", "--input", str(SEEDS), "--output", str(out), "--index", str(idx)],
            capture_output=True, text=True, timeout=300,
        )
        assert second.returncode == 1, second.stderr
        assert f"--index {idx} is in use by run 20260101T000000Zfeedf00d (pid {holder.pid}" in second.stderr
        # It stopped before any work: no output folder, nothing staged in the index.
        assert not out.exists() and sorted(p.name for p in idx.iterdir()) == [INDEX_LOCK]
    finally:
        holder.kill()
        holder.wait()
    with locks.index_lock(str(idx), "20260101T000001Z00000000"):
        assert json.loads((idx / INDEX_LOCK).read_text())["pid"] == os.getpid()


def test_a_lock_record_is_stale_when_its_process_is_gone_here_or_it_is_too_old():
    now = datetime.datetime(2026, 1, 2, tzinfo=datetime.timezone.utc)
    here, young = socket.gethostname(), (now - datetime.timedelta(hours=1)).isoformat()
    old = (now - locks.STALE_OUTPUT_LOCK).isoformat()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    stale = locks.lock_is_stale
    assert not stale({"pid": os.getpid(), "host": here, "since": young}, here, now)
    assert stale({"pid": gone.pid, "host": here, "since": young}, here, now)
    # Another host's pid says nothing here: only its age does.
    assert not stale({"pid": gone.pid, "host": here + "-other", "since": young}, here, now)
    assert stale({"pid": os.getpid(), "host": here + "-other", "since": old}, here, now)
    assert stale({"pid": "?"}, here, now)
