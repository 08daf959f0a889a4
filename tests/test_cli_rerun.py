"""Re-runs and swapped folders (fresh12 F1, F6): a run never replaces an output whose articles an index lists
as published unless asked (--replace_output), and never takes an index for an output or an output for an
index. Each refusal exits 2 with one line, before any work, leaving every folder byte for byte as it was."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import snapshot, table_rows
from indexes import text, write_index
from wirewash.pipeline import index as index_folder
from wirewash.pipeline.output import layout
from wirewash.pipeline.cli import main
from wirewash.transforms.core.schema import INDEX_LOCK

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DAY = ["--input", "day", "--output", "out", "--index", "idx"]


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A working folder with a day's input (two seed stories that are not copies of each other)."""
    (tmp_path / "day").mkdir()
    for seed in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(seed, tmp_path / "day")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _refused(workdir: Path, capsys, argv: list[str], *parts: str) -> str:
    """Run ``argv``, expecting exit 2 with one line holding each of ``parts`` and nothing changed on disk."""
    capsys.readouterr()
    before = snapshot(workdir)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("wirewash: "), err
    for part in parts:
        assert part in err, err
    assert snapshot(workdir) == before
    return err


def test_running_a_day_again_against_its_index_is_refused_unless_asked(workdir, capsys):
    """F1: the second run of the same command (a retried cron job) replaced the 2 published articles by 2
    already_indexed rejections, exit 0, and deleted the first run's folder: the index keeps no text."""
    assert main(DAY) == 0
    first = layout.current_run("out")
    assert len(table_rows(workdir / "out", "articles")) == 2
    _refused(workdir, capsys, DAY, f"--output out publishes run {first} of --index idx (2 articles)",
             "already_indexed", "give each run its own --output", "--replace_output")
    # Asked for, the replacement is what it was before: every article already indexed.
    assert main([*DAY, "--replace_output"]) == 0
    assert layout.current_run("out") != first
    assert {r["reason"] for r in table_rows(workdir / "out", "rejected")} == {"already_indexed"}
    # A new --output per run, as docs/incremental-streaming.md runs day by day, needs no flag.
    assert main(["--input", "day", "--output", "out2", "--index", "idx"]) == 0


def test_a_retry_of_a_run_that_failed_before_committing_runs(workdir, capsys, monkeypatch):
    def fail(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(index_folder, "publish", fail)
    assert main(DAY) == 1
    monkeypatch.undo()
    monkeypatch.chdir(workdir)
    assert layout.current_run("out") is None
    assert main(DAY) == 0
    assert len(table_rows(workdir / "out", "articles")) == 2


def test_a_retry_after_the_output_switched_but_the_index_commit_failed_is_refused(
    workdir, capsys, monkeypatch
):
    """The output is published and the commit pending: the retry would first finish the commit, then replace
    the articles by already_indexed rejections."""
    def crash(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(index_folder.index, "with_run", crash)
    assert main(DAY) == 1
    monkeypatch.undo()
    monkeypatch.chdir(workdir)
    published = layout.current_run("out")
    _refused(workdir, capsys, DAY,
             f"publishes run {published} of --index idx (2 articles; its commit is pending")


def _published_output(
    root: Path, name: str, seed_output: Path, index: Path | None, articles: int = 1
) -> Path:
    """A copy of a real output whose current run ``index`` lists as committed with ``articles`` articles,
    its report naming that index as the run's (as a run with --index writes it)."""
    out = root / name
    shutil.copytree(seed_output, out, symlinks=True)
    run_id = layout.current_run(str(out))
    report_path = out / ".runs" / run_id / "report.json"
    report = json.loads(report_path.read_text())
    report["options"]["index"] = str(index) if index else None
    report_path.write_text(json.dumps(report))
    if index:
        index.mkdir(exist_ok=True)
        write_index(index, run_id, {f"d{i}": text(i * 100) for i in range(articles)})
    return out


def test_an_output_of_another_index_is_not_replaced_by_a_run_with_another_index_or_none(
    workdir, capsys, seed_output
):
    _published_output(workdir, "out", seed_output[0], workdir / "idx")
    run_id = layout.current_run("out")
    of_idx = f"--output out publishes run {run_id} of index {workdir / 'idx'} (1 article)"
    _refused(workdir, capsys, ["--input", "day", "--output", "out", "--index", "other"],
             of_idx, "this run, against another index, would replace them", "--replace_output")
    _refused(workdir, capsys, ["--input", "day", "--output", "out"], of_idx, "without that index")


def test_what_may_be_replaced_as_before(tmp_path, seed_output):
    """No refusal where nothing published would be lost: an output whose run no index lists (a plain run's:
    a plain re-run gives the same result), one whose run kept no article, an output not yet written; and
    none with --replace_output."""
    plain = _published_output(tmp_path, "plain", seed_output[0], None)
    index_folder.check_republish(str(plain), str(tmp_path / "idx"), False)
    index_folder.check_republish(str(plain), None, False)
    empty = _published_output(tmp_path, "empty", seed_output[0], tmp_path / "idx0", articles=0)
    index_folder.check_republish(str(empty), str(tmp_path / "idx0"), False)
    index_folder.check_republish(str(tmp_path / "new"), str(tmp_path / "idx0"), False)
    listed = _published_output(tmp_path, "listed", seed_output[0], tmp_path / "idx1")
    with pytest.raises(ValueError, match="already_indexed"):
        index_folder.check_republish(str(listed), str(tmp_path / "idx1"), False)
    index_folder.check_republish(str(listed), str(tmp_path / "idx1"), True)


def test_a_commit_pending_into_the_output_counts_as_published(tmp_path, seed_output):
    """A run killed after its pending record, before its output switched: the next run on the index switches
    the output to it (index.recover), so a retry would then replace it."""
    out = tmp_path / "out"
    shutil.copytree(seed_output[0], out, symlinks=True)
    killed = layout.current_run(str(out))
    os.remove(out / ".current")  # as before the switch: the run's folder is there, nothing current yet
    idx = tmp_path / "idx"
    idx.mkdir()
    pending = {"run_id": killed, "articles": 3, "output": str(out), "previous": None, "files": {}}
    (idx / index_folder.PENDING).write_text(json.dumps(pending))
    with pytest.raises(ValueError, match=f"publishes run {killed} of --index .* its commit is pending"):
        index_folder.check_republish(str(out), str(idx), False)
    # Its folder gone (the commit is then rolled back), there is nothing to lose.
    shutil.rmtree(out / ".runs" / killed)
    index_folder.check_republish(str(out), str(idx), False)


@pytest.fixture
def folders(workdir, seed_output):
    """``out``: an output; ``idx``: an index; ``idx0``: an index no article was added to yet (its manifest
    and its run lock only); ``live``: a local stream's output, its index inside it."""
    shutil.copytree(seed_output[0], workdir / "out", symlinks=True)
    write_index(workdir / "idx", "run1", {"a": text(0)})
    (workdir / "idx0").mkdir()
    shutil.copy(workdir / "idx" / "manifest.json", workdir / "idx0")
    (workdir / "idx0" / INDEX_LOCK).write_text("")
    (workdir / "live").mkdir()
    (workdir / "live" / "report.json").write_text(json.dumps({"generator": "wirewash", "batches": []}))
    shutil.copytree(workdir / "idx0", workdir / "live" / "index")
    return workdir


SWAPS = [
    (["--output", "idx", "--index", "new"], "--output idx is a wirewash index (it holds manifest.json)"),
    (["--output", "idx0"], "--output idx0 is a wirewash index"),
    (["--output", "new", "--index", "out"],
     "--index out holds a wirewash output, not an index: a new, empty index"),
    (["--output", "new", "--index", "live"],
     "--index live holds a wirewash output, not an index (its stream's "
     "index is --index live/index)"),
    (["--output", "same", "--index", "same/"], "--index same/ is also the --output"),
    (["--output", "new", "--index", "out/articles"], "--index out/articles is inside the tables of the wirewash "
     "output"),
    (["--output", "new", "--index", "out/.runs/x"], "--index out/.runs/x is inside the tables"),
    (["--output", "idx", "--index", "idx"], "--output idx is a wirewash index"),
    (["--output", "new", "--index", "day"], "--index day is inside --input day"),
]


@pytest.mark.parametrize("argv, message", SWAPS, ids=[" ".join(a) for a, _ in SWAPS])
def test_an_output_and_an_index_swapped_or_one_folder_are_refused(folders, capsys, argv, message):
    """F6: --output idx wrote an output into the index; --index out made a new, empty index beside the
    articles, and the day's articles were kept again."""
    _refused(folders, capsys, ["--input", "day", *argv], message)
