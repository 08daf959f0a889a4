"""An index folder's files: its manifest, its listing, and the lock and version check every commit into it
goes through, whether a batch run's (pipeline/index.py) or a stream window's (incremental.WriteWindowRuns).

One writer: a commit holds ``INDEX/.lock`` (created with O_EXCL; local indexes only, object stores have no
exclusive create) and goes ahead only if the manifest still has the version its writer expects. A lock whose
holder (pid on this host) is gone is taken over; any other is respected. Paths are used literally: glob
characters in an index path (``idx[1]``) are escaped or never matched.
"""
from __future__ import annotations

import contextlib
import datetime
import json
import os
import socket
from typing import Iterator

from apache_beam.io.filesystems import FileSystems

from wirewash.transforms.core import index
from wirewash.transforms.core.minhash import MinhashConfig

LOCK = ".lock"
# A batch run's commit in progress (pipeline/index.py): written before its output switches, removed once
# its manifest entry is in. Found under the lock, it means its writer died and the commit must be finished.
PENDING = ".pending-commit.json"


class IndexProblem(RuntimeError):
    """The index cannot be used or updated now: exit 1 with one line."""


class IndexConflict(IndexProblem):
    """Another run committed into the index, or holds its lock, since this run opened it."""


def is_local(path: str) -> bool:
    return "://" not in path


def read_manifest(root: str, cfg: MinhashConfig) -> dict:
    """The index's manifest, a fresh one if the index does not exist yet; IndexMismatch if incompatible."""
    where = FileSystems.join(root, index.MANIFEST)
    if not FileSystems.exists(where):
        return index.new_manifest(cfg)
    with FileSystems.open(where) as f:
        return index.parse_manifest(f.read().decode("utf-8"), cfg, where)


def replace_manifest(root: str, manifest: dict, run_id: str) -> None:
    """Write the manifest beside the old one, then replace it in one rename: a reader sees the old run list
    or the new one, never half a file."""
    tmp = FileSystems.join(root, f".{index.MANIFEST}.{run_id}")
    with FileSystems.create(tmp) as f:
        f.write(json.dumps(manifest, indent=2).encode("utf-8"))
    FileSystems.rename([tmp], [FileSystems.join(root, index.MANIFEST)])


def list_files(root: str) -> dict[str, int]:
    """Every file below ``root`` as path relative to it ("/"-separated) -> bytes; {} if ``root`` is missing.
    Local folders are walked with os (no patterns); others are listed with glob characters escaped."""
    if is_local(root):
        found = {}
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = os.path.join(folder, name)
                found[os.path.relpath(path, root).replace(os.sep, "/")] = os.stat(path).st_size
        return found
    prefix = root.rstrip("/") + "/"
    (result,) = FileSystems.match([index.escape_glob(prefix) + "**"])
    return {m.path[len(prefix):]: m.size_in_bytes for m in result.metadata_list}


def file_size(path: str) -> int | None:
    """Bytes of one file, None if it does not exist; the path is never read as a pattern."""
    if is_local(path):
        return os.stat(path).st_size if os.path.isfile(path) else None
    (result,) = FileSystems.match([index.escape_glob(path)])
    return result.metadata_list[0].size_in_bytes if result.metadata_list else None


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def take_lock(root: str, run_id: str) -> str | None:
    """Create ``root/.lock`` naming this process, or IndexConflict naming its live holder; None (no lock) on
    an object store. A lock whose holder was a process on this host that is gone is taken over."""
    if not is_local(root):
        return None
    lock = os.path.join(root, LOCK)
    holder = {"run_id": run_id, "pid": os.getpid(), "host": socket.gethostname(),
              "since": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")}
    os.makedirs(root, exist_ok=True)
    for _attempt in range(2):
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            try:
                with open(lock, encoding="utf-8") as f:
                    other = json.load(f)
            except (OSError, ValueError):
                other = {}
            if other.get("host") == holder["host"] and isinstance(other.get("pid"), int) and not pid_alive(other["pid"]):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(lock)
                continue
            raise IndexConflict(
                f"index {root} is being committed by run {other.get('run_id', '?')} "
                f"(pid {other.get('pid', '?')} on {other.get('host', '?')} since {other.get('since', '?')}); "
                f"if no wirewash run is active, delete {lock}"
            ) from None
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(holder, f)
        return lock
    raise IndexConflict(f"index {root}: could not take {lock}")


def check_version(root: str, cfg: MinhashConfig, expected: int) -> dict:
    """The manifest, or IndexConflict when its version is not ``expected`` (another writer committed)."""
    manifest = read_manifest(root, cfg)
    current = index.version_of(manifest)
    if current != expected:
        raise IndexConflict(
            f"index {root} changed while this run ran (version {expected} -> {current}: another run "
            "committed); this run's output and index files were discarded; run it again"
        )
    return manifest


@contextlib.contextmanager
def locked(root: str, run_id: str) -> Iterator[None]:
    """Hold ``root/.lock`` (take_lock) for the block."""
    lock = take_lock(root, run_id)
    try:
        yield
    finally:
        if lock:
            os.remove(lock)
