"""The index: manifest/version check and candidate pairs (pure), IncrementalDuplicates on TestPipeline,
and --index through the CLI: day 1 then day 2 against one run over both, re-runs, refusals, failed runs."""
from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.cli import main
from transforms import dedup
from transforms.core import index
from transforms.core.counters import dict_counter
from transforms.core.minhash import MinhashConfig
from transforms.core.schema import Article
from transforms.incremental import IncrementalDuplicates

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
    # threshold and max_bucket are query-time settings: changing them keeps the index usable.
    assert index.parse_manifest(json.dumps(fresh), MinhashConfig(threshold=0.5, max_bucket=10), "m")
    stale = {**fresh, "minhash": {**fresh["minhash"], "hashing_scheme": "old"}}
    with pytest.raises(index.IndexMismatch, match="hashing_scheme: index 'old'"):
        index.parse_manifest(json.dumps(stale), CFG, "m")
    with pytest.raises(index.IndexMismatch, match="not a wirewash index manifest"):
        index.parse_manifest("{}", CFG, "m")
    # An index of another format (format 1 had no numbers column) is refused, not misread.
    for other in (index.FORMAT - 1, index.FORMAT + 1):
        with pytest.raises(index.IndexMismatch, match=f"format {other}"):
            index.parse_manifest(json.dumps({**fresh, "format": other}), CFG, "m")


def test_index_state_validates():
    with pytest.raises(ValueError, match="alphanumeric"):
        index.IndexState("idx", "../x")
    with pytest.raises(ValueError, match="already committed"):
        index.IndexState("idx", "r1", ("r1",))


def test_committing_a_run_twice_leaves_the_manifest_unchanged():
    at = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    once = index.with_run_once(index.new_manifest(CFG), index.window_run_id(60_000), 3, at)
    assert [(r["run_id"], r["articles"]) for r in once["runs"]] == [("w60000", 3)]
    # A retried commit (later clock, other count, as a late pane would bring) is a no-op.
    again = index.with_run_once(once, "w60000", 5, at + datetime.timedelta(hours=1))
    assert again is once and json.dumps(again) == json.dumps(once)
    both = index.with_run_once(once, "w120000", 1, at)
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


def test_pairs_with_new_skips_indexed_pairs_and_bounds_hot_buckets():
    counts, inc = dict_counter()
    members = [("n2", True), ("o1", False), ("n1", True), ("o2", False)]
    pairs = set(index.pairs_with_new(members, 100, inc))
    assert pairs == {("n2", "o1"), ("n2", "o2"), ("n1", "o1"), ("n1", "o2"), ("n1", "n2")}
    assert list(index.pairs_with_new([("o1", False), ("o2", False)], 100, inc)) == []
    hot = [(f"o{i:03d}", False) for i in range(10)] + [("n", True)]
    assert sorted(index.pairs_with_new(hot, 3, inc)) == [("n", "o000"), ("n", "o001"), ("n", "o002")]
    assert counts["index:hot_bucket"] == 1


def test_indexed_ranks_beat_every_new_rank():
    from transforms.core.components import rank

    assert index.indexed_rank("zzz", 30) < rank("aaa", 100_000)


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
        out = p | beam.Create(articles) | IncrementalDuplicates(CFG, state)
        assert_that(out[dedup.KEPT] | "KeptIds" >> beam.Map(lambda a: (a.doc_id, a.cluster_size)),
                    equal_to([("new-c", 2)]), label="Kept")
        assert_that(
            out[dedup.DUPLICATES] | "DupIds" >> beam.Map(lambda a: (a.doc_id, a.duplicate_of, a.similarity < 1.0)),
            equal_to([("new-longer-copy-of-a", "old-a", True), ("new-c-copy", "new-c", True)]),
            label="Duplicates",
        )
        assert_that(out[dedup.REJECTED] | "RejectedIds" >> beam.Map(lambda r: (r.doc_id, r.reason)),
                    equal_to([("old-b", "already_indexed")]), label="Rejected")


# --- CLI ------------------------------------------------------------------------------------------------------


def _kept_sources(out: Path) -> set[str]:
    return {Path(r["source"]).name[:3] for f in out.glob("articles-*.parquet") for r in pq.read_table(f).to_pylist()}


def _rows(out: Path, name: str) -> list[dict]:
    return [r for f in sorted(out.glob(f"{name}-*.parquet")) for r in pq.read_table(f).to_pylist()]


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
def one_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("one")
    assert main(["--input", str(SEEDS), "--output", str(out)]) == 0
    return out


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
    assert sorted(p.name for p in idx.rglob("*")) == before


def test_a_failed_commit_leaves_the_index_as_it_was(tmp_path, monkeypatch, capsys):
    from pipeline import index as index_folder

    idx = tmp_path / "idx"
    write_index(idx, "run1", {"old-a": text(0)})
    manifest = (idx / "manifest.json").read_text()

    def crash(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(index_folder.index, "with_run", crash)
    assert main(["--input", str(SEEDS / "001*"), "--output", str(tmp_path / "o2"), "--index", str(idx)]) == 1
    assert "the index was not updated" in capsys.readouterr().err
    assert (idx / "manifest.json").read_text() == manifest
    # The output was written; 001's index files were moved in but belong to no committed run, so readers
    # skip them (test_incremental_duplicates_against_an_index runs against such files).
    assert _kept_sources(tmp_path / "o2") == {"001"}
    moved = {index.run_of(str(p)) for p in idx.glob("*/*/*.parquet")} - {"run1"}
    assert len(moved) == 1 and moved.isdisjoint(r["run_id"] for r in json.loads(manifest)["runs"])
