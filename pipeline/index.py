"""Opening an index before a run (refusing an incompatible or damaged one) and committing a run into it after.

Commit order: the run's files are moved from ``INDEX/.incomplete-<run_id>/`` to their partitions, then
``manifest.json`` is replaced in one rename. Readers read only files of runs the manifest lists, so a run
killed anywhere before that rename leaves the index as it was (plus unreferenced files, harmless).

One writer: a run commits only if the manifest still has the version it opened; the loser fails before it
replaces its output (``IndexConflict``). On a local index the check and the commit run under ``INDEX/.lock``
(created with O_EXCL), so two commits can never interleave; on an object store there is no exclusive
create, and two commits within the same second could still both pass the check (documented in the README).
Paths are used literally: glob characters in an index path (``idx[1]``) are escaped or never matched.
"""
from __future__ import annotations

import contextlib
import datetime
import json
import os
import shutil
import socket
from typing import Iterator

from apache_beam.io.filesystems import FileSystems

from wirewash.transforms.core import index
from wirewash.transforms.core.minhash import MinhashConfig
from wirewash.transforms.incremental import read_manifest, replace_manifest

LOCK = ".lock"


class IndexProblem(RuntimeError):
    """The index cannot be used or updated now: exit 1 with one line."""


class IndexDamaged(IndexProblem):
    """A file a committed run lists is missing or has changed."""


class IndexConflict(IndexProblem):
    """Another run committed into the index, or holds its lock, since this run opened it."""


class IndexCommitError(RuntimeError):
    """The run's output is written but its articles were not added to the index."""


def _is_local(path: str) -> bool:
    return "://" not in path


def list_files(root: str) -> dict[str, int]:
    """Every file below ``root`` as path relative to it ("/"-separated) -> bytes; {} if ``root`` is missing.
    Local folders are walked with os (no patterns); others are listed with glob characters escaped."""
    if _is_local(root):
        found = {}
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = os.path.join(folder, name)
                found[os.path.relpath(path, root).replace(os.sep, "/")] = os.stat(path).st_size
        return found
    prefix = root.rstrip("/") + "/"
    (result,) = FileSystems.match([index.escape_glob(prefix) + "**"])
    return {m.path[len(prefix):]: m.size_in_bytes for m in result.metadata_list}


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


def open_index(path: str, cfg: MinhashConfig, run_id: str) -> index.IndexState:
    """The index's state for this run: IndexMismatch (a ValueError) for other settings, IndexDamaged for a
    missing or changed file."""
    manifest = _checked_manifest(path, cfg)
    return index.IndexState(
        path, run_id, tuple(r["run_id"] for r in manifest["runs"]), index.version_of(manifest)
    )


def staging_dir(state: index.IndexState) -> str:
    return FileSystems.join(state.path, f".incomplete-{state.run_id}")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _take_lock(state: index.IndexState) -> str:
    lock = os.path.join(state.path, LOCK)
    holder = {"run_id": state.run_id, "pid": os.getpid(), "host": socket.gethostname(),
              "since": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")}
    os.makedirs(state.path, exist_ok=True)
    for _attempt in range(2):
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            try:
                with open(lock, encoding="utf-8") as f:
                    other = json.load(f)
            except (OSError, ValueError):
                other = {}
            # A lock left by a killed run on this machine is taken over; any other is respected.
            if other.get("host") == holder["host"] and isinstance(other.get("pid"), int) and not _pid_alive(other["pid"]):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(lock)
                continue
            raise IndexConflict(
                f"index {state.path} is being committed by run {other.get('run_id', '?')} "
                f"(pid {other.get('pid', '?')} on {other.get('host', '?')} since {other.get('since', '?')}); "
                f"if no wirewash run is active, delete {lock}"
            ) from None
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(holder, f)
        return lock
    raise IndexConflict(f"index {state.path}: could not take {lock}")


def _check_version(state: index.IndexState, cfg: MinhashConfig) -> None:
    current = index.version_of(read_manifest(state.path, cfg))
    if current != state.version:
        raise IndexConflict(
            f"index {state.path} changed while this run ran (version {state.version} -> {current}: another run "
            "committed); this run's output and index files were discarded; run it again"
        )


@contextlib.contextmanager
def exclusive(state: index.IndexState | None, cfg: MinhashConfig) -> Iterator[None]:
    """Hold the index for one commit: IndexConflict unless this run is its only writer since it opened it.
    No-op without an index."""
    if state is None:
        yield
        return
    lock = _take_lock(state) if _is_local(state.path) else None
    try:
        _check_version(state, cfg)
        yield
    finally:
        if lock:
            os.remove(lock)


def commit(state: index.IndexState, cfg: MinhashConfig, articles: int) -> None:
    """Move this run's staged files into the index, then record the run and its files in the manifest.
    Call inside ``exclusive``."""
    try:
        _commit(state, cfg, articles)
    except Exception as e:
        raise IndexCommitError(
            f"output written, but the index was not updated ({e}); this run's articles count as new next time"
        ) from e


def _commit(state: index.IndexState, cfg: MinhashConfig, articles: int) -> None:
    staging = staging_dir(state)
    # Re-read: the manifest is the source of truth, and must still match the settings this run used.
    manifest = read_manifest(state.path, cfg)
    if not FileSystems.exists(FileSystems.join(state.path, index.MANIFEST)):
        # Written before any partition file: files without a manifest then only ever mean a lost manifest.
        replace_manifest(state.path, manifest, state.run_id)
    staged = {rel: size for rel, size in list_files(staging).items() if rel.endswith(".parquet")}
    sources = [FileSystems.join(staging, *rel.split("/")) for rel in sorted(staged)]
    targets = [FileSystems.join(state.path, *rel.split("/")) for rel in sorted(staged)]
    for folder in sorted({t.rsplit("/", 1)[0] for t in targets}):
        if not FileSystems.exists(folder):
            FileSystems.mkdirs(folder)
    if sources:
        FileSystems.rename(sources, targets)
    now = datetime.datetime.now(datetime.timezone.utc)
    replace_manifest(state.path, index.with_run(manifest, state.run_id, articles, now, staged), state.run_id)
    remove_tree(staging)


def remove_tree(path: str) -> None:
    """Delete a folder and everything in it, if it exists; the path is never read as a pattern."""
    if _is_local(path):
        if os.path.lexists(path):
            shutil.rmtree(path)
    elif FileSystems.exists(path):
        FileSystems.delete([path])
