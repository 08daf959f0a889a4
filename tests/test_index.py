"""The index: manifest/version check and candidate pairs (pure), IncrementalDuplicates on TestPipeline,
and --index through the CLI: day 1 then day 2 against one run over both, re-runs, refusals, failed runs."""
from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from wirewash.pipeline.cli import main
from wirewash.transforms import dedup, index_store
from wirewash.transforms.core import index
from wirewash.transforms.core.clusters import DedupConfig
from wirewash.transforms.core.minhash import MinhashConfig, sign
from wirewash.transforms.core.schema import INDEX_LOCK, Article
from wirewash.transforms.incremental import IncrementalDuplicates
from wirewash.transforms.index_store import read_manifest, replace_manifest

from conftest import killed_at, snapshot, table_rows
from indexes import text, write_index

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CFG = MinhashConfig()

# --- pure -----------------------------------------------------------------------------------------------------


def test_manifest_round_trip_and_refusals():
    fresh = index.new_manifest(CFG)
    assert index.parse_manifest(json.dumps(fresh), CFG, "m")["runs"] == []
    other = MinhashConfig(bands=20, rows=6, seed=7)
    with pytest.raises(index.IndexMismatch) as e:
        index.parse_manifest(json.dumps(fresh), other, "m")
    assert "bands: index 42, this run 20" in str(e.value) and "seed: index 1, this run 7" in str(e.value)
    assert "shingle_size" not in str(e.value)
    stale = {**fresh, "minhash": {**fresh["minhash"], "hashing_scheme": "old"}}
    with pytest.raises(index.IndexMismatch, match="hashing_scheme: index 'old'"):
        index.parse_manifest(json.dumps(stale), CFG, "m")
    with pytest.raises(index.IndexMismatch, match="not a wirewash index manifest"):
        index.parse_manifest("{}", CFG, "m")
    # An index of another format (format 2 had no evidence columns) is refused, not misread.
    for other in (index.FORMAT - 1, index.FORMAT + 1):
        with pytest.raises(index.IndexMismatch, match=f"format {other}"):
            index.parse_manifest(json.dumps({**fresh, "format": other}), CFG, "m")


def test_index_state_validates():
    with pytest.raises(ValueError, match="alphanumeric"):
        index.IndexState("idx", "../x")
    with pytest.raises(ValueError, match="already committed"):
        index.IndexState("idx", "r1", ("r1",))


def test_committing_a_window_twice_leaves_the_manifest_unchanged_and_a_late_pane_extends_its_run():
    at = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    on_time = {"docs/part=00/w60000.p0.parquet": 10, "bands/part=01/w60000.p0.parquet": 20}
    once = index.with_run_files(index.new_manifest(CFG), index.window_run_id(60_000), 3, at, on_time)
    assert [(r["run_id"], r["articles"], r["files"]) for r in once["runs"]] == [
        ("w60000", 3, [{"path": "bands/part=01/w60000.p0.parquet", "bytes": 20},
                       {"path": "docs/part=00/w60000.p0.parquet", "bytes": 10}])]
    # A retried commit (later clock) is a no-op.
    again = index.with_run_files(once, "w60000", 3, at + datetime.timedelta(hours=1), on_time)
    assert again is once and json.dumps(again) == json.dumps(once)
    late = index.with_run_files(once, "w60000", 1, at, {"docs/part=00/w60000.p1.parquet": 5})
    (run,) = late["runs"]
    assert (run["articles"], len(run["files"]), index.version_of(late)) == (4, 3, 2)
    assert index.manifest_problems(late, {**on_time, "docs/part=00/w60000.p1.parquet": 4}) == [
        "docs/part=00/w60000.p1.parquet (run w60000) has 4 bytes, the manifest says 5"]
    both = index.with_run_files(once, "w120000", 1, at, {})
    assert [r["run_id"] for r in both["runs"]] == ["w60000", "w120000"]
    index.IndexState("idx", "s1", tuple(r["run_id"] for r in both["runs"]))  # window run ids are valid ids
    assert index.run_of(f"idx/docs/part=0a/{index.pane_file_name('w60000', 2)}") == "w60000"
    with pytest.raises(ValueError, match="before the epoch"):
        index.window_run_id(-1)


def test_partitions_and_run_names():
    key = bytes([0, 5, 0xAB, 1, 2, 3])
    assert index.band_partition(key) == "part=ab"
    parts = {index.doc_partition(f"doc{i}") for i in range(5000)}
    assert len(parts) == 256 and all(len(p) == len("part=00") for p in parts)
    assert index.run_of("gs://b/idx/bands/part=0a/3f2e1d.parquet") == "3f2e1d"


def test_a_docs_row_keeps_the_moment_and_the_outlet_and_an_older_row_has_neither(tmp_path):
    moment = datetime.datetime(2024, 3, 4, 11, 0, 5, tzinfo=datetime.timezone.utc)
    signed = sign("d", text(0), MinhashConfig(), None, moment.date(), published_at=moment, publisher="Reuters")
    path = tmp_path / "docs.parquet"
    pq.write_table(pa.Table.from_pylist([index.doc_row(signed, moment.date(), "run1", "d1g")], index.DOCS_SCHEMA), path)
    (row,) = pq.read_table(path, columns=["doc_id", *index.EVIDENCE_COLUMNS]).to_pylist()
    back = index.row_evidence(row)
    assert (back.published_at, back.outlet, back.published) == (int(moment.timestamp()), "reuters", moment.toordinal())
    # A docs file an earlier version wrote has no such columns: read, it gives no direction.
    older = {k: v for k, v in row.items() if k not in ("published_at", "outlet")}
    assert (index.row_evidence(older).published_at, index.row_evidence(older).outlet) == (None, None)


# --- Beam wiring ----------------------------------------------------------------------------------------------

def test_incremental_duplicates_against_an_index(tmp_path):
    write_index(tmp_path, "run1", {"old-a": text(0), "old-b": text(200)})
    # A run that wrote files but never committed: its article must not be seen.
    write_index(tmp_path / "ghost", "ghost", {"old-c": text(100)})
    shutil.copytree(tmp_path / "ghost" / "bands", tmp_path / "bands", dirs_exist_ok=True)
    shutil.copytree(tmp_path / "ghost" / "docs", tmp_path / "docs", dirs_exist_ok=True)
    state = index.IndexState(str(tmp_path), "run2", ("run1",))
    articles = [
        Article("new-longer-copy-of-a", "s1", text(0, 95)),  # longer than old-a, still old-a wins
        Article("new-c", "s2", text(100)),  # only the uncommitted run has it: kept
        Article("new-c-copy", "s3", text(102)),  # copy of new-c within the run
        Article("old-b", "s4", text(200)),  # the very document already indexed
    ]
    with test_pipeline.TestPipeline(runner="FnApiRunner") as p:
        out = p | beam.Create(articles) | IncrementalDuplicates(DedupConfig(), state)
        assert_that(out[dedup.KEPT] | "KeptIds" >> beam.Map(lambda a: (a.doc_id, a.cluster_size)),
                    equal_to([("new-c", 2)]), label="Kept")
        assert_that(
            out[dedup.DUPLICATES] | "DupIds" >> beam.Map(lambda a: (a.doc_id, a.duplicate_of, a.similarity < 1.0)),
            equal_to([("new-longer-copy-of-a", "old-a", True), ("new-c-copy", "new-c", True)]),
            label="Duplicates",
        )
        assert_that(out[dedup.REJECTED] | "RejectedIds" >> beam.Map(lambda r: (r.doc_id, r.reason)),
                    equal_to([("old-b", "already_indexed")]), label="Rejected")


@pytest.mark.parametrize("representative", [text(0), text(0, 95)], ids=["identical", "longer"])
def test_identical_indexed_copies_with_other_dates_do_not_crowd_out_the_representative(tmp_path, representative):
    """F14: identical copies of a story, indexed because their dates were too far from it to be copies, took
    every candidate slot of a re-run copy (doc_ids before the representative's): never compared, it was kept."""
    monday = datetime.date(2024, 3, 4)
    copies = {f"a{i}": text(0) for i in range(6)}
    days = {doc_id: monday - datetime.timedelta(weeks=3 * (i + 1)) for i, doc_id in enumerate(copies)}
    write_index(tmp_path, "run1", {**copies, "rep": representative}, {**days, "rep": monday})
    state = index.IndexState(str(tmp_path), "run2", ("run1",))
    articles = [
        Article("again", "s1", text(0), published=monday),  # the re-run copy: a duplicate of rep
        Article("later", "s2", text(0), published=monday + datetime.timedelta(weeks=2)),  # no indexed copy that day
    ]
    with test_pipeline.TestPipeline(runner="FnApiRunner") as p:
        out = p | beam.Create(articles) | IncrementalDuplicates(DedupConfig(), state)
        assert_that(out[dedup.KEPT] | "KeptIds" >> beam.Map(lambda a: a.doc_id), equal_to(["later"]), label="Kept")
        assert_that(out[dedup.DUPLICATES] | "DupIds" >> beam.Map(lambda a: (a.doc_id, a.duplicate_of)),
                    equal_to([("again", "rep")]), label="Duplicates")


def test_new_identical_copies_from_other_days_do_not_crowd_out_the_same_days(tmp_path):
    """As in a batch run (test_transforms): new copies of other days, a week apart, ranked first and took every
    slot of the same day's new copies, which were all kept; now one of them stands for the rest."""
    day = datetime.date(2024, 3, 6)
    write_index(tmp_path, "run1", {"old": text(200)}, {"old": day})
    state = index.IndexState(str(tmp_path), "run2", ("run1",))
    same_day = [Article(f"s{i:02d}", f"today/{i}", text(0), published=day) for i in range(8)]
    weekly = [Article(f"a{i:02d}", f"old/{i}", text(0), published=day - datetime.timedelta(weeks=i + 1)) for i in range(6)]
    with test_pipeline.TestPipeline(runner="FnApiRunner") as p:
        out = p | beam.Create(same_day + weekly) | IncrementalDuplicates(DedupConfig(), state)
        assert_that(out[dedup.KEPT] | "KeptIds" >> beam.Map(lambda a: a.doc_id),
                    equal_to(["s00"] + [a.doc_id for a in weekly]), label="Kept")
        assert_that(out[dedup.DUPLICATES] | "DupIds" >> beam.Map(lambda a: (a.doc_id, a.duplicate_of)),
                    equal_to([(a.doc_id, "s00") for a in same_day[1:]]), label="Duplicates")


# --- CLI ------------------------------------------------------------------------------------------------------


def _kept_sources(out: Path) -> set[str]:
    return {Path(r["source"]).name[:3] for r in table_rows(out, "articles")}


def _rows(out: Path, name: str) -> list[dict]:
    return table_rows(out, name)


def _day(tmp_path: Path, name: str, seeds: list[str]) -> Path:
    d = tmp_path / name
    d.mkdir()
    for f in SEEDS.iterdir():
        if f.name[:3] in seeds:
            shutil.copy(f, d / f.name)
    return d


def _reuters_copies(one_run: Path) -> tuple[str, str]:
    """Seeds 002 and 003 are one story: (the copy one run keeps as most complete, the other)."""
    best = "002" if "002" in _kept_sources(one_run) else "003"
    return best, "003" if best == "002" else "002"


@pytest.fixture(scope="module")
def one_run(seed_output):
    return seed_output[0]


def test_day_by_day_equals_one_run_when_the_earlier_copy_is_the_most_complete(tmp_path, one_run):
    best, other = _reuters_copies(one_run)
    day1, day2 = _day(tmp_path, "d1", ["000", best]), _day(tmp_path, "d2", ["001", other])
    idx = tmp_path / "idx"
    assert main(["--input", str(day1), "--output", str(tmp_path / "o1"), "--index", str(idx)]) == 0
    assert main(["--input", str(day2), "--output", str(tmp_path / "o2"), "--index", str(idx)]) == 0
    # 004 is left out to keep the test fast; it clusters with nothing, so one run's kept set minus 004.
    one_run_kept = {s for s in _kept_sources(one_run) if s != "004"}
    assert _kept_sources(tmp_path / "o1") | _kept_sources(tmp_path / "o2") == one_run_kept
    (dup,) = _rows(tmp_path / "o2", "duplicates")
    (kept_best,) = [r for r in _rows(tmp_path / "o1", "articles") if Path(r["source"]).name.startswith(best)]
    assert dup["duplicate_of"] == kept_best["doc_id"] and Path(dup["source"]).name.startswith(other)
    manifest = json.loads((idx / "manifest.json").read_text())
    assert [r["articles"] for r in manifest["runs"]] == [2, 1]
    assert not list(idx.glob(".incomplete-*")) and not list(idx.glob(".manifest*"))
    # Exactly the kept articles are indexed, once each.
    # The file's own schema: pyarrow < 24 (Beam 2.75's bound) would add the part=xx folder as a column.
    indexed = pq.read_schema(next(idx.glob("docs/*/*.parquet")))
    assert indexed.remove_metadata().equals(index.DOCS_SCHEMA)
    all_ids = [r["doc_id"] for p in idx.glob("docs/*/*.parquet") for r in pq.read_table(p).to_pylist()]
    assert sorted(all_ids) == sorted(r["doc_id"] for o in ("o1", "o2") for r in _rows(tmp_path / o, "articles"))


def test_the_earlier_copy_wins_where_one_run_keeps_the_more_complete(tmp_path, one_run):
    best, other = _reuters_copies(one_run)
    day1, day2 = _day(tmp_path, "d1", [other]), _day(tmp_path, "d2", [best])
    idx = tmp_path / "idx"
    assert main(["--input", str(day1), "--output", str(tmp_path / "o1"), "--index", str(idx)]) == 0
    assert main(["--input", str(day2), "--output", str(tmp_path / "o2"), "--index", str(idx)]) == 0
    assert _kept_sources(tmp_path / "o1") == {other} and _kept_sources(tmp_path / "o2") == set()
    (dup,) = _rows(tmp_path / "o2", "duplicates")
    assert Path(dup["source"]).name.startswith(best)


def test_incompatible_index_is_refused_before_any_work(tmp_path, capsys):
    idx = tmp_path / "idx"
    write_index(idx, "run1", {"old-a": text(0)})
    before = sorted(p.name for p in idx.rglob("*"))
    assert main(["--input", str(SEEDS), "--output", str(tmp_path / "o2"), "--index", str(idx), "--num_perm", "64",
                 "--bands", "21"]) == 2
    err = capsys.readouterr().err
    assert "other MinHash settings" in err and "num_perm: index 128, this run 64" in err
    assert not (tmp_path / "o2").exists()
    # Nothing but the run's lock, taken before the index is opened and free again.
    assert sorted(p.name for p in idx.rglob("*") if p.name != INDEX_LOCK) == before
    assert (idx / INDEX_LOCK).read_text() == ""


def test_a_failed_commit_leaves_the_index_as_it_was(tmp_path, monkeypatch, capsys):
    from wirewash.pipeline import index as index_folder

    idx = tmp_path / "idx"
    write_index(idx, "run1", {"old-a": text(0)})
    manifest = (idx / "manifest.json").read_text()

    def crash(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(index_folder.index, "with_run", crash)
    assert main(["--input", str(SEEDS / "001*"), "--output", str(tmp_path / "o2"), "--index", str(idx)]) == 1
    assert "the index was not updated" in capsys.readouterr().err
    assert (idx / "manifest.json").read_text() == manifest
    # The commit stays pending: the next run on the index finishes it (test_breaker.py).
    assert json.loads((idx / index_folder.PENDING).read_text())["output"] == str(tmp_path / "o2")
    # The output was written; 001's index files were moved in but belong to no committed run yet, so readers
    # skip them (test_incremental_duplicates_against_an_index runs against such files).
    assert _kept_sources(tmp_path / "o2") == {"001"}
    moved = {index.run_of(str(p)) for p in idx.glob("*/*/*.parquet")} - {"run1"}
    assert len(moved) == 1 and moved.isdisjoint(r["run_id"] for r in json.loads(manifest)["runs"])
    assert not (idx / index_store.LOCK).exists()


# --- a damaged index, two writers, literal paths, a kill during the commit -----------------------------------


@pytest.fixture
def indexed_day(tmp_path):
    """An index of one committed run, its manifest listing the run's files."""
    idx = tmp_path / "idx"
    write_index(idx, "run1", {"old-a": text(0)})
    (run,) = json.loads((idx / "manifest.json").read_text())["runs"]
    assert {f["path"].split("/")[0] for f in run["files"]} == {"bands", "docs"}
    for f in run["files"]:
        assert (idx / f["path"]).stat().st_size == f["bytes"]
    return idx


@pytest.mark.parametrize("damage", ["delete docs", "delete bands", "truncate docs"])
def test_a_missing_or_changed_index_file_fails_loudly_before_any_work(indexed_day, tmp_path, capsys, damage):
    action, table = damage.split()
    victim = sorted(indexed_day.glob(f"{table}/*/*.parquet"))[0]
    if action == "delete":
        victim.unlink()
    else:
        victim.write_bytes(victim.read_bytes()[:-10])
    before = snapshot(indexed_day)
    out = tmp_path / "o2"
    assert main(["--input", str(SEEDS / "00[01]*"), "--output", str(out), "--index", str(indexed_day)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"index {indexed_day} is damaged: {table}/" in err
    assert ("is missing" if action == "delete" else "bytes, the manifest says") in err
    assert snapshot(indexed_day) == {**before, INDEX_LOCK: b""} and not out.exists()


def test_the_second_of_two_concurrent_runs_fails_and_leaves_no_half_state(
    indexed_day, tmp_path, monkeypatch, capsys, seed_output
):
    from wirewash.pipeline import cli as pipeline_cli

    out = tmp_path / "o2"
    shutil.copytree(seed_output[0], out, symlinks=True)
    output_before = snapshot(out)
    real = pipeline_cli.counters_of

    def another_run_commits_meanwhile(result):
        # What another run's commit does to the manifest: one more run, one version later.
        manifest = read_manifest(str(indexed_day), CFG)
        now = datetime.datetime.now(datetime.timezone.utc)
        replace_manifest(str(indexed_day), index.with_run(manifest, "other", 1, now, {}), "other")
        return real(result)

    monkeypatch.setattr(pipeline_cli, "counters_of", another_run_commits_meanwhile)
    assert main(["--input", str(SEEDS / "001*"), "--output", str(out), "--index", str(indexed_day)]) == 1
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "changed while this run ran (version 1 -> 2" in err and "run it again" in err
    assert snapshot(out) == output_before  # the loser's output never replaced the earlier one
    manifest = json.loads((indexed_day / "manifest.json").read_text())
    assert [r["run_id"] for r in manifest["runs"]] == ["run1", "other"] and manifest["version"] == 2
    listed = {f["path"] for r in manifest["runs"] for f in r["files"]}
    on_disk = {str(p.relative_to(indexed_day)) for p in indexed_day.glob("*/*/*.parquet")}
    assert on_disk == listed  # the loser left no file in the index
    assert sorted(p.name for p in indexed_day.iterdir()) == [INDEX_LOCK, "bands", "docs", "manifest.json"]


def test_a_live_lock_is_respected_and_a_dead_one_taken_over(indexed_day, tmp_path):
    import socket

    from wirewash.pipeline import index as index_folder

    state = index_folder.open_index(str(indexed_day), CFG, "r2")
    lock = indexed_day / index_store.LOCK

    lock.write_text(json.dumps({"run_id": "other", "pid": os.getppid(), "host": socket.gethostname()}))
    with pytest.raises(index_folder.IndexConflict, match=f"being committed by run other .*delete {lock}"):
        with index_folder.exclusive(state, CFG):
            pass
    assert lock.exists()
    lock.write_text(json.dumps({"run_id": "killed", "pid": _dead_pid(), "host": socket.gethostname()}))
    with index_folder.exclusive(state, CFG):
        assert json.loads(lock.read_text())["run_id"] == "r2"
    assert not lock.exists()


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_glob_characters_in_the_index_and_output_paths_are_paths(tmp_path):
    idx, out = tmp_path / "idx[1]*", tmp_path / "out[1]?"
    write_index(idx, "run1", {"old-a": text(0)})
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "copy.jsonl").write_text(json.dumps({"id": "new", "text": text(0, 95)}) + "\n")
    assert main(["--input", str(tmp_path / "in"), "--output", str(out), "--index", str(idx)]) == 0
    # The run read idx[1]* (a path, not a pattern) and found the copy's original there.
    (dup,) = _rows(out, "duplicates")
    assert dup["duplicate_of"] == "old-a"
    manifest = json.loads((idx / "manifest.json").read_text())
    assert [r["articles"] for r in manifest["runs"]] == [1, 0] and manifest["version"] == 2
    assert sorted(p.name for p in idx.iterdir()) == [INDEX_LOCK, "bands", "docs", "manifest.json"]
    # Beam wrote the output through a glob-free link in the temp folder, removed afterwards.
    run_id = json.loads((out / "report.json").read_text())["run"]["id"]
    assert not os.path.lexists(os.path.join(tempfile.gettempdir(), f"wirewash-{run_id}"))


OLD_RUN, NEW_RUN = "20260101T000000Z0000000a", "20260102T000000Z0000000b"


def _output_run(out: Path, run_id: str) -> None:
    """A finished run folder in ``out`` whose report names it (and its .live lock file, as every run's)."""
    (out / ".runs" / run_id / "articles").mkdir(parents=True)
    (out / ".runs" / run_id / ".live").write_text("{}")
    (out / ".runs" / run_id / "report.json").write_text(json.dumps({"run": run_id}))


# Every filesystem change publishing and opening an index make.
_FS_CALLS = ((os, "rename"), (os, "replace"), (os, "remove"), (os, "makedirs"), (os, "open"), (os, "symlink"),
             (os, "fsync"), (shutil, "rmtree"))


def _killed_at(step: int, action) -> int:
    return killed_at(step, action, _FS_CALLS)


def _ready_to_publish(root: Path) -> None:
    """``root/idx``: an index of run1 with NEW_RUN's files staged; ``root/out``: OLD_RUN current, NEW_RUN
    written beside it."""
    from wirewash.pipeline import index as index_folder
    from wirewash.pipeline.output import promotion

    write_index(root / "idx", "run1", {"old-a": text(0)})
    staged = Path(index_folder.staging_dir(index.IndexState(str(root / "idx"), NEW_RUN)))
    write_index(staged, NEW_RUN, {"new-b": text(200), "new-c": text(300)})
    (staged / index.MANIFEST).unlink()
    (staged / ".live").write_text("{}")  # as every run's staging folder has
    _output_run(root / "out", OLD_RUN)
    promotion.promote(str(root / "out"), OLD_RUN)
    _output_run(root / "out", NEW_RUN)


def _publishing(idx: Path) -> index.IndexState:
    """NEW_RUN's state, as opened before it staged its files (opening now would find them unheld, since no
    process holds their .live here, and remove them as a killed run's)."""
    return index.IndexState(str(idx), NEW_RUN, ("run1",), 1)


def test_a_kill_at_each_step_of_publishing_leaves_output_and_index_agreeing(tmp_path):
    """Output switch and index commit as one transaction: after a kill at any step and the next run's open
    (which finishes or rolls back a pending commit), the output shows the old run and the index lacks the
    new one, or the output shows the new run and the index has it."""
    from wirewash.pipeline import index as index_folder

    template = tmp_path / "template"
    _ready_to_publish(template)
    outcomes = set()
    for step in range(1, 80):
        case = tmp_path / f"kill{step}"
        shutil.copytree(template, case, symlinks=True)
        idx, out = case / "idx", case / "out"
        state = _publishing(idx)

        def publish():
            with index_folder.exclusive(state, CFG):
                index_folder.publish(state, CFG, str(out), 2)

        code = _killed_at(step, publish)
        counted = []
        after = index_folder.open_index(str(idx), CFG, "run3", counted.append)
        visible = json.loads((out / "report.json").read_text())["run"]
        assert (visible, after.committed_runs) in ((OLD_RUN, ("run1",)), (NEW_RUN, ("run1", NEW_RUN))), step
        outcomes.add(visible)
        assert not (idx / index_folder.PENDING).exists()
        if visible == NEW_RUN:
            # Every file the manifest lists is in place (open_index checked sizes); readers find the new docs.
            docs = {r["doc_id"] for f in idx.glob("docs/*/*.parquet") for r in pq.read_table(f).to_pylist()
                    if index.run_of(str(f)) in after.committed_runs}
            assert docs == {"old-a", "new-b", "new-c"}
        # Once the record is durable the transaction is committed: finished, never rolled back. Killed
        # before it, the run's staged files are a leftover, removed.
        assert counted in ([], ["index:pending_completed"], ["index:leftover_staging_removed"])
        # Nothing but, perhaps, the killed process's lock, which the next commit takes over.
        assert [p.name for p in idx.iterdir() if p.name.startswith(".")] in ([], [index_store.LOCK])
        with index_folder.exclusive(after, CFG):  # a lock the kill left is taken over
            pass
        if code == 0:
            break
    else:
        pytest.fail("publishing never finished")
    assert outcomes == {OLD_RUN, NEW_RUN}


@pytest.mark.parametrize("meanwhile", ["a staged file is lost", "the output moves on"])
def test_a_pending_commit_that_cannot_be_finished_is_rolled_back(tmp_path, monkeypatch, meanwhile):
    """Killed after its pending record, before its output switched; then a staged file vanishes, or a run
    without the index publishes into the same output. Completing would index articles never published (or
    list a file that is gone): the next open rolls the commit back instead, and counts it."""
    from wirewash.pipeline import index as index_folder
    from wirewash.pipeline.output import promotion

    _ready_to_publish(tmp_path)
    idx, out = tmp_path / "idx", tmp_path / "out"
    state = _publishing(idx)

    def killed(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(promotion, "promote", killed)
    with pytest.raises(KeyboardInterrupt):
        with index_folder.exclusive(state, CFG):
            index_folder.publish(state, CFG, str(out), 2)
    monkeypatch.undo()
    assert (idx / index_folder.PENDING).exists()
    expected = OLD_RUN
    if meanwhile == "a staged file is lost":
        next(Path(index_folder.staging_dir(state)).rglob("*.parquet")).unlink()
    else:
        expected = "20260103T000000Z0000000c"
        _output_run(out, expected)
        promotion.promote(str(out), expected)
    counted = []
    after = index_folder.open_index(str(idx), CFG, "run3", counted.append)
    assert after.committed_runs == ("run1",) and counted == ["index:pending_rolled_back"]
    assert json.loads((out / "report.json").read_text())["run"] == expected
    assert sorted(p.name for p in idx.iterdir()) == ["bands", "docs", "manifest.json"]
    assert {index.run_of(str(p)) for p in idx.glob("*/*/*.parquet")} == {"run1"}


def test_a_kill_at_each_step_of_finishing_a_pending_commit_still_ends_agreeing(tmp_path, monkeypatch):
    """The run finishing a killed run's commit can be killed too, at any step: the run after it finishes
    the job, and output and index agree."""
    from wirewash.pipeline import index as index_folder
    from wirewash.pipeline.output import promotion

    template = tmp_path / "template"
    _ready_to_publish(template)
    real_promote = promotion.promote

    def killed(*_args):
        raise KeyboardInterrupt

    for step in range(1, 80):
        case = tmp_path / f"kill{step}"
        shutil.copytree(template, case, symlinks=True)
        idx, out = case / "idx", case / "out"
        # Killed as its output was about to switch: the pending record names this copy's output.
        monkeypatch.setattr(promotion, "promote", killed)
        with pytest.raises(KeyboardInterrupt):
            with index_folder.exclusive(_publishing(idx), CFG):
                index_folder.publish(_publishing(idx), CFG, str(out), 2)
        monkeypatch.setattr(promotion, "promote", real_promote)
        code = _killed_at(step, lambda: index_folder.open_index(str(idx), CFG, "run3"))
        after = index_folder.open_index(str(idx), CFG, "run4")
        assert json.loads((out / "report.json").read_text())["run"] == NEW_RUN, step
        assert after.committed_runs == ("run1", NEW_RUN), step
        assert [p.name for p in idx.iterdir() if p.name.startswith(".")] in ([], [index_store.LOCK]), step
        if code == 0:
            break
    else:
        pytest.fail("recovery never finished")
    assert step > 10  # recovery has that many filesystem steps: each was killed once


def test_opening_an_index_removes_killed_runs_staging_only(indexed_day):
    """A run killed before its pending record left ``.incomplete-<run_id>/`` (its index files): opening the
    index removes it, but never the staging of a live run nor the one a pending record names."""
    from wirewash.pipeline import index as index_folder

    live, killed, pending = (index.IndexState(str(indexed_day), f"2026010{d}T000000Z0000000{d}") for d in (2, 3, 4))
    for state in (live, killed, pending):
        Path(index_folder.staging_dir(state), "docs").mkdir(parents=True)
        Path(index_folder.staging_dir(state), ".live").write_text("{}")
    (indexed_day / index_folder.PENDING).write_text(json.dumps({"run_id": pending.run_id}))
    counted = []
    with index_folder.live_staging(live):  # a run still writing
        index_folder.remove_leftover_staging(str(indexed_day), counted.append)
    assert counted == ["index:leftover_staging_removed"]
    assert sorted(p.name for p in indexed_day.iterdir() if p.name.startswith(".incomplete")) == [
        f".incomplete-{live.run_id}", f".incomplete-{pending.run_id}"]
