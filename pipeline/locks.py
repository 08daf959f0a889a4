"""One run at a time per --output and per --index: an flock on ``OUTPUT/.output.lock`` and ``INDEX/.run.lock``
naming its holder (run id, pid, host, start), taken before any work and held to the run's end."""
from __future__ import annotations

import contextlib
import datetime
import fcntl
import json
import os
import socket
from typing import Iterator

from wirewash.transforms.core.schema import INDEX_LOCK, OUTPUT_LOCK
from wirewash.transforms.index_store import pid_alive

from wirewash.pipeline.output.checks import UsageError
from wirewash.pipeline.output.layout import is_local

# Where flock is unavailable, a lock record older than this is a crashed run's, whoever wrote it (no wirewash
# batch run on one machine takes a day; a longer one must be given its own --output).
STALE_OUTPUT_LOCK = datetime.timedelta(hours=24)


class OutputBusy(RuntimeError):
    """Another run is writing the same --output, or using the same --index: exit 1, naming it."""


def lock_is_stale(holder: dict, host: str, now: datetime.datetime) -> bool:
    """Whether a lock record (pid, host, since), read where flock cannot say, is a crashed run's: its pid is
    gone on this host, or it is older than STALE_OUTPUT_LOCK. An unreadable record is stale: a live run
    writes it whole right after taking the lock."""
    try:
        since = datetime.datetime.fromisoformat(holder["since"])
        pid = int(holder["pid"])
    except (KeyError, TypeError, ValueError):
        return True
    return (holder.get("host") == host and not pid_alive(pid)) or now - since >= STALE_OUTPUT_LOCK


def _describe(holder: dict) -> str:
    return (f"run {holder.get('run_id', '?')} (pid {holder.get('pid', '?')} on {holder.get('host', '?')}, "
            f"started {holder.get('since', '?')})")


@contextlib.contextmanager
def output_lock(output: str, run_id: str) -> Iterator[None]:
    """Hold ``OUTPUT/.output.lock`` for the block, or OutputBusy naming the run holding it: two runs on one
    output would each switch it, and the later finisher would silently win (``run_lock``)."""
    with run_lock(output, OUTPUT_LOCK, run_id, "--output", "is being written by"):
        yield


@contextlib.contextmanager
def index_lock(index: str, run_id: str) -> Iterator[None]:
    """Hold ``INDEX/.run.lock`` for the whole run, or OutputBusy naming the run holding it: of two runs on one
    index only the first to commit can, so the other would do all its work only to be discarded at its end.
    (The commit itself is guarded by the index's own lock and version check, transforms/index_store.py.)"""
    with run_lock(index, INDEX_LOCK, run_id, "--index", "is in use by"):
        yield


@contextlib.contextmanager
def run_lock(folder: str, name: str, run_id: str, flag: str, held_by: str) -> Iterator[None]:
    """Hold ``folder/name`` for the block, or OutputBusy ``"{flag} {folder} {held_by} <the holder>"``.

    An flock: the kernel drops it when its process dies however it dies, so a killed run's lock is simply
    free again. The file is never removed (removing it would let a third run lock a new file while a second
    holds the old one); it names its holder while held and is empty when free. Where flock is unavailable
    (some FUSE mounts), the record decides (``lock_is_stale``). Object stores have no exclusive create: no
    lock. Creates ``folder`` if missing."""
    if not is_local(folder):
        yield
        return
    path = os.path.join(folder, name)
    try:
        os.makedirs(folder, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise UsageError(f"{flag} {folder} cannot be created: {e}") from e
    try:
        now = datetime.datetime.now(datetime.timezone.utc)
        host = socket.gethostname()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputBusy(
                f"{flag} {folder} {held_by} {_describe(_read_holder(fd))}; wait for it to end or give another {flag}"
            ) from None
        except OSError:
            holder = _read_holder(fd)
            if holder and not lock_is_stale(holder, host, now):
                raise OutputBusy(
                    f"{flag} {folder} {held_by} {_describe(holder)} (no flock on this file system; "
                    f"if that run is gone, delete {path})"
                ) from None
        record = {"run_id": run_id, "pid": os.getpid(), "host": host, "since": now.isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(record).encode("utf-8"), 0)
        try:
            yield
        finally:
            # Emptied while still held: a free lock names nobody, and a failed run leaves the folder as it was.
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)


def _read_holder(fd: int) -> dict:
    try:
        holder = json.loads(os.pread(fd, 4096, 0).decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return holder if isinstance(holder, dict) else {}
