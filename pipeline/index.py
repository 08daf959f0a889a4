"""Opening an index before a run (finishing a commit a killed run left pending, refusing an incompatible or
damaged index) and publishing a run into its output and the index after.

Publishing is one transaction over two folders (``publish``), run under the index's lock and version check
(``exclusive``; transforms/index_store.py):

1. ``INDEX/.pending-commit.json`` is written and fsynced: the run id, its output folder, the run current
   there before it, its article count, and each staged file with its size. This is the commit point.
2. The output switches to the run (pipeline/output/promotion.py ``promote``).
3. The staged files move from ``INDEX/.incomplete-<run_id>/`` to their partitions, then ``manifest.json`` is
   replaced in one rename, listing the run and its files (readers read only files of listed runs).
4. The pending record is removed, then the staging folder.

A kill before step 1 leaves output and index as they were. After it, the pending record stays, and the next
run opening the index (``recover``: under the lock, before anything else) finishes the transaction: the
output is switched to the run if it still shows the recorded previous run, then steps 3 and 4. It rolls
back instead (moved and staged files deleted, the record removed) when a staged file is missing or changed,
or when the run can no longer be published: its output moved on to another run meanwhile (a run without
this index wrote there) and the run's folder holds no sign of ever having been current. So articles are in
the index if and only if they were published; the one exception, staged files lost after the output
switched, is logged as such. Either outcome is counted (``index:pending_completed``,
``index:pending_rolled_back``).

A run killed before its pending record leaves its staging folder: each run holds an flock on its staging
folder's ``.live`` (as on its output run folder, pipeline/output/leftovers.py), and opening the index removes staging
folders no process holds (``index:leftover_staging_removed``).
"""
from __future__ import annotations

import contextlib
import datetime
import json
import logging
import os
import shutil
from typing import Callable, Iterator

from apache_beam.io.filesystems import FileSystems

from wirewash.transforms.core.wording import count_of
from wirewash.pipeline.output import checks, layout, leftovers, promotion
from wirewash.pipeline.output.checks import UsageError
from wirewash.transforms.core import index
from wirewash.transforms.core.minhash import MinhashConfig
from wirewash.transforms.core.readers.listing import folders_holding, wirewash_at
from wirewash.transforms.core.schema import OUTPUT_NAMES
from wirewash.transforms.index_store import (
    PENDING, IndexConflict, IndexProblem, check_version, file_size, is_local, list_files, locked,
    read_manifest, replace_manifest,
)

# LOCK, PENDING, IndexConflict, IndexProblem and read_manifest are used through this module by the CLI.

log = logging.getLogger("wirewash")
STAGING = ".incomplete-"


class IndexDamaged(IndexProblem):
    """A file a committed run lists is missing or has changed."""


class IndexCommitError(RuntimeError):
    """The run's output is written but its articles were not added to the index."""


def _no_count(_name: str) -> None:
    pass


def _checked_manifest(path: str, cfg: MinhashConfig) -> dict:
    """The manifest, or IndexDamaged naming the first listed file that is missing or changed, or saying the
    manifest itself is gone while partition files remain (a new index would silently drop their runs)."""
    try:
        manifest = read_manifest(path, cfg)
    except index.IndexMismatch as e:
        # Not JSON at all: a manifest cut short or overwritten, damage rather than a mistake in the command.
        if isinstance(e.__cause__, json.JSONDecodeError):
            raise IndexDamaged(f"index {path} is damaged: {e}; restore {index.MANIFEST}") from e
        raise
    if not FileSystems.exists(FileSystems.join(path, index.MANIFEST)):
        orphans = [t for t in (index.BANDS, index.DOCS) if list_files(FileSystems.join(path, t))]
        if orphans:
            raise IndexDamaged(
                f"index {path} is damaged: {index.MANIFEST} is missing but {' and '.join(orphans)} hold files; "
                f"restore {index.MANIFEST}, or give a new folder to start a new index"
            )
        return manifest
    if not any(run.get("files") for run in manifest["runs"]):
        return manifest
    on_disk = {}
    for table in (index.BANDS, index.DOCS):
        on_disk.update({f"{table}/{rel}": size for rel, size in list_files(FileSystems.join(path, table)).items()})
    problems = index.manifest_problems(manifest, on_disk)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise IndexDamaged(
            f"index {path} is damaged: {problems[0]}{more}; restore the file or start a new index"
        )
    return manifest


def open_index(
    path: str, cfg: MinhashConfig, run_id: str, inc: Callable[[str], None] = _no_count
) -> index.IndexState:
    """The index's state for this run, after finishing a commit a killed run left pending (``recover``):
    IndexMismatch (a ValueError) for other settings, IndexDamaged for a missing or changed file."""
    recover(path, cfg, run_id, inc)
    remove_leftover_staging(path, inc)
    manifest = _checked_manifest(path, cfg)
    return index.IndexState(
        path, run_id, tuple(r["run_id"] for r in manifest["runs"]), index.version_of(manifest)
    )


def staging_dir(state: index.IndexState) -> str:
    return _staging(state.path, state.run_id)


def _staging(root: str, run_id: str) -> str:
    return FileSystems.join(root, f"{STAGING}{run_id}")


@contextlib.contextmanager
def live_staging(state: index.IndexState | None) -> Iterator[None]:
    """Create this run's staging folder and hold its .live flock for the block (pipeline/output/leftovers.py
    live_folder), so that another run's cleanup never removes it. No-op without a local index."""
    if state is None or not is_local(state.path):
        yield
        return
    os.makedirs(staging_dir(state), exist_ok=True)
    with leftovers.live_folder(staging_dir(state)):
        yield


def remove_leftover_staging(
    path: str, inc: Callable[[str], None] = _no_count, now: datetime.datetime | None = None
) -> None:
    """Delete the staging folders of runs killed before their pending record (``.incomplete-<run_id>/``
    of a local index), by the rules for output run folders (pipeline/output/leftovers.py): never the one a pending
    record names, never one whose .live flock a process holds, one without .live only once 24 h old."""
    if not is_local(path) or not os.path.isdir(path):
        return
    now = now or datetime.datetime.now(datetime.timezone.utc)
    pending = _read_pending(path)
    for name in sorted(os.listdir(path)):
        folder = os.path.join(path, name)
        if name.startswith(layout.REMOVING):
            leftovers.remove_trash(folder)  # a removal a kill interrupted
        if not name.startswith(STAGING) or (pending and name == STAGING + pending["run_id"]):
            continue
        run_id = name[len(STAGING):]
        with leftovers.hold_folder(folder) as state:
            stale = state == "held" or (state == "unmarked" and leftovers.stale_unmarked(run_id, now))
            if not stale:
                continue
            leftovers.remove_folder(folder, os.path.join(path, layout.REMOVING + run_id))
            inc("index:leftover_staging_removed")


@contextlib.contextmanager
def exclusive(state: index.IndexState | None, cfg: MinhashConfig) -> Iterator[None]:
    """Hold the index for one publish: IndexConflict unless this run is its only writer since it opened it.
    A commit left pending by a run that died after this one opened the index is finished first (and then
    conflicts, unless it was rolled back). No-op without an index."""
    if state is None:
        yield
        return
    with locked(state.path, state.run_id):
        _recover_locked(state.path, cfg, _no_count)
        check_version(state.path, cfg, state.version)
        yield


# --- checks before any work ---------------------------------------------------------------------------------


def _same_folder(a: str, b: str) -> bool:
    if is_local(a) != is_local(b):
        return False
    return os.path.realpath(a) == os.path.realpath(b) if is_local(a) else a.rstrip("/") == b.rstrip("/")


def check_index(path: str | None, output: str) -> None:
    """UsageError, before any work and creating nothing, for an --index that cannot be an index: the --output
    folder itself, or a folder holding a wirewash output (``--index out`` typed for ``--index idx`` made a
    new, empty index beside the articles, so nothing was deduplicated against history), or a folder inside
    an output's tables (``--index out/articles`` put manifest.json among the articles' Parquet files; an
    index beside them, as a local stream keeps ``OUTPUT/index``, is fine). Recognised as
    the listing recognises an earlier output (``wirewash_at``); local folders only."""
    if not path:
        return
    if _same_folder(path, output):
        raise UsageError(f"--index {path} is also the --output; give each a folder of its own "
                         "(e.g. --output out/day1 --index idx)")
    if not is_local(path):
        return
    checks.check_not_file("--index", path, "an index folder")
    spelled = os.path.abspath(path)
    outer = next((f for f in folders_holding(spelled) if wirewash_at(f) == "output"), None)
    if outer and outer != spelled and os.path.relpath(spelled, outer).split(os.sep)[0] in (
        *OUTPUT_NAMES, layout.RUNS, layout.CURRENT
    ):
        raise UsageError(
            f"--index {path} is inside the tables of the wirewash output {outer}: readers of its tables would "
            "read the index's files as rows; give the index a folder of its own"
        )
    if outer == spelled:
        own = os.path.join(path, "index")
        # A local stream keeps its index inside its output: the folder above it is an easy slip.
        hint = f" (its stream's index is --index {own})" if wirewash_at(own) == "index" else ""
        raise UsageError(
            f"--index {path} holds a wirewash output, not an index{hint}: a new, empty index would be made "
            "there and nothing deduplicated against earlier runs; give the index folder, or a new one to start "
            "one"
        )


def _listed_runs(path: str) -> dict[str, dict]:
    """Run id -> manifest entry of each run the index at ``path`` lists; {} when it has no readable manifest
    (open_index reports a damaged one). Read without checking its settings: only run ids are asked."""
    where = FileSystems.join(path, index.MANIFEST)
    try:
        if not FileSystems.exists(where):
            return {}
        with FileSystems.open(where) as f:
            return {r["run_id"]: r for r in json.loads(f.read().decode("utf-8"))["runs"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _published_into(path: str, output: str, current: str | None) -> tuple[str, int, bool] | None:
    """(run id, articles, pending) of the run of the index at ``path`` that ``output`` publishes: its current
    run when the manifest lists it, or the run of a pending commit into ``output`` that is current there or
    that recovery would switch it to (its previous run is current, its folder is there). None otherwise."""
    listed = _listed_runs(path).get(current) if current else None
    if listed is not None:
        return current, int(listed.get("articles", 0)), False
    try:
        pending = _read_pending(path)
    except IndexProblem:
        return None  # open_index reports it
    if not pending or not _same_folder(pending["output"], output):
        return None
    run_id = pending["run_id"]
    folder = layout.run_dir(output, run_id)
    switching = pending.get("previous") == current and FileSystems.exists(folder)
    return (run_id, int(pending.get("articles", 0)), True) if run_id == current or switching else None


def check_republish(output: str, path: str | None, replace: bool) -> None:
    """UsageError, before any work, when this run would replace an output whose articles an index lists as
    published, unless ``replace`` (--replace_output). The indexes asked: this run's --index, and the one the
    output's current report names. Run again against the same index (a retried cron job), every article
    comes back already_indexed and the index keeps no text, so the published articles would be lost; against
    another index, or none, that index would go on listing articles as published by a run no output holds.
    An output never published (its first run failed, or was killed, before committing), one whose run kept
    no article, and one a run without an index wrote are replaced as usual."""
    if replace:
        return
    current = layout.current_run(output)
    report = (layout.current_report(output) or {}) if current else {}
    recorded = report.get("options", {}).get("index") if isinstance(report.get("options"), dict) else None
    for idx in (p for p in (path, recorded) if p):
        published = _published_into(idx, output, current)
        if published is None or not published[1]:
            continue  # nothing published there: a run with no kept articles loses nothing when replaced
        run_id, articles, pending = published
        same = bool(path) and _same_folder(idx, path)
        flag = "--index" if same else "index"
        what = f"run {run_id} of {flag} {idx} ({articles} article{'s' * (articles > 1)}" + (
            "; its commit is pending, and the next run on that index finishes it)" if pending else ")"
        )
        if same:
            why = ("run again against that index, they would come back as already_indexed rejections and "
                   "replace them, and the index keeps no text, so they would be lost")
        else:
            this_run = "against another index" if path else "without that index"
            why = (f"this run, {this_run}, would replace them, and {idx} would go on listing them as published "
                   "by a run no output holds")
        raise UsageError(
            f"--output {output} publishes {what}; {why}: give each run its own --output (out/day1, out/day2, "
            "...), or add --replace_output to replace it anyway"
        )


# --- the pending record -------------------------------------------------------------------------------------


def _pending_path(root: str) -> str:
    return FileSystems.join(root, PENDING)


def _write_pending(root: str, pending: dict) -> None:
    data = json.dumps(pending, indent=2).encode("utf-8")
    promotion.write_durably(_pending_path(root), data, pending["run_id"])


def _read_pending(root: str) -> dict | None:
    path = _pending_path(root)
    if not FileSystems.exists(path):
        return None
    with FileSystems.open(path) as f:
        text = f.read().decode("utf-8")
    try:
        return json.loads(text)
    except ValueError as e:
        # Written by rename after an fsync, so only damage from outside makes it unreadable.
        raise IndexDamaged(f"index {root} is damaged: {PENDING} is not readable ({e}); restore or delete it") from e


def _remove(path: str) -> None:
    if is_local(path):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)
    elif FileSystems.exists(path):
        FileSystems.delete([path])


def discard_pending(state: index.IndexState) -> None:
    """Remove this run's pending record, if any: for a run that failed before its output switched."""
    pending = _read_pending(state.path)
    if pending and pending["run_id"] == state.run_id:
        _remove(_pending_path(state.path))


# --- publish and commit -------------------------------------------------------------------------------------


def publish(state: index.IndexState, cfg: MinhashConfig, output: str, articles: int) -> None:
    """Switch ``output`` to this run and add its staged files to the index, as one transaction (module doc).
    Call inside ``exclusive``. IndexCommitError when the output switched but the index step failed: the
    pending record stays, and the next run on this index finishes the commit."""
    staged = {rel: size for rel, size in list_files(staging_dir(state)).items() if rel.endswith(".parquet")}
    if articles and not any(rel.startswith(f"{index.DOCS}/") for rel in staged):
        # Before the output is touched: publishing would index none of the articles it publishes.
        raise IndexCommitError(f"index {state.path}: this run's {count_of(articles, 'article')} {'has' if articles == 1 else 'have'} "
                              "no staged index files")
    pending = {
        "run_id": state.run_id,
        "articles": articles,
        "output": os.path.abspath(output) if is_local(output) else output,
        "previous": layout.current_run(output),
        "files": staged,
    }
    _write_pending(state.path, pending)
    promotion.promote(output, state.run_id)
    try:
        _complete(state.path, cfg, pending)
    except Exception as e:
        raise IndexCommitError(
            f"output written, but the index was not updated ({e}); the next run on this index finishes the commit"
        ) from e


def _complete(root: str, cfg: MinhashConfig, pending: dict) -> None:
    """Steps 3 and 4 of a publish, each safe to repeat: move the staged files still in staging, list the run
    (unless already listed), remove the record and the staging folder."""
    run_id = pending["run_id"]
    staging = _staging(root, run_id)
    manifest = read_manifest(root, cfg)
    if not FileSystems.exists(FileSystems.join(root, index.MANIFEST)):
        # Written before any partition file: files without a manifest then only ever mean a lost manifest.
        replace_manifest(root, manifest, run_id)
    if all(r["run_id"] != run_id for r in manifest["runs"]):
        rels = [rel for rel in sorted(pending["files"]) if FileSystems.exists(FileSystems.join(staging, *rel.split("/")))]
        targets = [FileSystems.join(root, *rel.split("/")) for rel in rels]
        for folder in sorted({t.rsplit("/", 1)[0] for t in targets}):
            if not FileSystems.exists(folder):
                FileSystems.mkdirs(folder)
        if rels:
            FileSystems.rename([FileSystems.join(staging, *rel.split("/")) for rel in rels], targets)
        now = datetime.datetime.now(datetime.timezone.utc)
        replace_manifest(root, index.with_run(manifest, run_id, pending["articles"], now, pending["files"]), run_id)
    _remove(_pending_path(root))
    remove_tree(staging)


# --- recovery -----------------------------------------------------------------------------------------------


def recover(path: str, cfg: MinhashConfig, run_id: str, inc: Callable[[str], None] = _no_count) -> None:
    """Finish, or roll back, a publish a killed run left pending in the index at ``path`` (module doc).
    Nothing to do without a pending record; left alone while a live run holds the index's lock (that run is
    publishing and will clear it)."""
    if not FileSystems.exists(_pending_path(path)) and not _temporaries(path):
        return
    try:
        with locked(path, run_id):
            _recover_locked(path, cfg, inc)
    except IndexConflict:
        return


def _damaged_files(root: str, pending: dict) -> list[str]:
    """Each staged file of the record that is neither still staged nor moved in with its recorded size."""
    staging = _staging(root, pending["run_id"])
    return [
        rel for rel, size in sorted(pending["files"].items())
        if size not in (file_size(FileSystems.join(folder, *rel.split("/"))) for folder in (staging, root))
    ]


def _published(pending: dict) -> bool:
    """Whether the run's output is, or is made, or was once, the current one (module doc)."""
    output, run_id = pending["output"], pending["run_id"]
    with leftovers.hold_run(output, run_id) as held:
        current = layout.current_run(output)
        if current == run_id:
            return True
        folder = layout.run_dir(output, run_id)
        if held != "held":
            # Busy: another run is removing it right now (it was not current). Missing: removed already.
            return False
        if current == pending["previous"] and FileSystems.exists(FileSystems.join(folder, layout.REPORT)):
            promotion.promote(output, run_id)
            return True
        return FileSystems.exists(FileSystems.join(folder, layout.SUPERSEDED))


def _temporaries(root: str) -> list[str]:
    """The temporary manifest and pending record files a killed writer left (local index)."""
    if not is_local(root) or not os.path.isdir(root):
        return []
    prefixes = (f".{index.MANIFEST}.", f"{PENDING}.")
    return [os.path.join(root, n) for n in sorted(os.listdir(root)) if n.startswith(prefixes)]


def _recover_locked(root: str, cfg: MinhashConfig, inc: Callable[[str], None]) -> None:
    # Under the lock nobody else is writing one: any there is a killed writer's.
    for tmp in _temporaries(root):
        _remove(tmp)
    pending = _read_pending(root)
    if pending is None:
        return
    run_id = pending["run_id"]
    if any(r["run_id"] == run_id for r in read_manifest(root, cfg)["runs"]):
        _complete(root, cfg, pending)  # killed after its manifest entry, before removing the record
        return
    damaged = _damaged_files(root, pending)
    if not damaged and _published(pending):
        _complete(root, cfg, pending)
        inc("index:pending_completed")
        log.warning("index %s: finished the commit of run %s, which was killed while publishing", root, run_id)
        return
    published = layout.current_run(pending["output"]) == run_id
    for rel in pending["files"]:
        _remove(FileSystems.join(root, *rel.split("/")))
    remove_tree(_staging(root, run_id))
    _remove(_pending_path(root))
    inc("index:pending_rolled_back")
    if damaged:
        log.warning(
            "index %s: rolled back the commit of run %s, killed while publishing: staged file %s is missing or "
            "changed%s", root, run_id, damaged[0],
            f"; its articles are published in {pending['output']} but not indexed" if published else "",
        )
    else:
        log.warning(
            "index %s: rolled back the commit of run %s, killed while publishing: its output %s moved on to "
            "another run before it could be switched in", root, run_id, pending["output"],
        )


def remove_tree(path: str) -> None:
    """Delete a folder and everything in it, if it exists; the path is never read as a pattern."""
    if is_local(path):
        if os.path.lexists(path):
            shutil.rmtree(path)
    elif FileSystems.exists(path):
        FileSystems.delete([path])
