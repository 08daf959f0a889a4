"""Leftovers (``remove_leftovers``, at the start of each run): the folders of killed runs. A run folder is
removed only when its name is a wirewash run id, it is not current, and no process holds its ``.live``
flock. The kernel drops an flock when the last process holding it dies, however it dies (kill -9
included), and no unrelated process can inherit it the way a reused pid would be, so "nobody holds it"
means "its run is over", with no pid, host or clock guesswork (a forked child still running keeps it held:
the folder then stays, the safe side). A folder with no ``.live`` at all (written by a wirewash before this rule, or
killed in the instant between creating its folder and its lock) is removed only once its run id, which is its
start time, is more than STALE_UNMARKED old. A folder is renamed to ``.removing-<run_id>`` before it is
deleted, so a kill mid-delete never leaves a partial folder under a run id's name. On object stores, and
file systems without flock, there is no lock: folders of killed runs are left (a bucket lifecycle rule on
``.runs/`` can expire them).
"""
from __future__ import annotations

import contextlib
import datetime
import errno
import fcntl
import json
import os
import shutil
import socket
from typing import Iterator

from apache_beam.io.filesystems import FileSystems

from wirewash.pipeline.output.layout import (
    LIVE, REMOVING, RUNS, RUN_ID, current_run, is_local, run_dir, started_at,
)

# Far longer than the instant between a run creating its folder and its .live lock (see the module doc).
STALE_UNMARKED = datetime.timedelta(hours=24)


def remove_run(output: str, run_id: str) -> None:
    """Delete one run folder of ours (never anything else), tolerating that it is already gone. Renamed to
    ``.removing-<run_id>`` first: a kill mid-delete leaves that name, never a partial run folder."""
    if not RUN_ID.match(run_id):
        raise ValueError(f"not a wirewash run id: {run_id!r}")
    folder = run_dir(output, run_id)
    if not is_local(output):
        if FileSystems.exists(folder):
            FileSystems.delete([folder])
        return
    remove_folder(folder, os.path.join(output, RUNS, REMOVING + run_id))


def remove_trash(trash: str) -> None:
    """Delete a folder wirewash renamed for deletion (``remove_folder``), tolerating that it is gone."""

    def ignore_vanished(_func, _path, exc_info) -> None:
        # Another run's cleanup may be deleting the same folder at the same moment: files vanishing is fine.
        if not isinstance(exc_info[1], FileNotFoundError):
            raise exc_info[1]

    shutil.rmtree(trash, onerror=ignore_vanished)


def sweep_trash(output: str) -> None:
    """Finish deleting folders a kill interrupted (``.removing-<run_id>``). Local only."""
    runs = os.path.join(output, RUNS)
    for name in sorted(os.listdir(runs)) if os.path.isdir(runs) else ():
        if name.startswith(REMOVING) and RUN_ID.match(name[len(REMOVING):]):
            remove_trash(os.path.join(runs, name))


@contextlib.contextmanager
def live_folder(folder: str) -> Iterator[None]:
    """Hold ``folder/.live`` (an flock) for the block: the sign to other processes that this one is writing
    the folder. The file also names the process, for people. Local folders only; the folder must exist."""
    fd = os.open(os.path.join(folder, LIVE), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            # Our own new folder: nobody else has a reason to hold it, so never contended.
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            # A file system without flock (some FUSE mounts): hold_folder then finds it "busy" for ever, so
            # the folder is never removed as a leftover; safe, only untidy.
            pass
        holder = {"pid": os.getpid(), "host": socket.gethostname(),
                  "since": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")}
        os.write(fd, json.dumps(holder).encode("utf-8"))
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def hold_folder(folder: str) -> Iterator[str]:
    """Try to hold another process's ``folder/.live`` flock for the block; yields "held", "busy" (its live
    writer, or another process cleaning or recovering it, holds it), "unmarked" (no .live file) or "missing"
    (no such folder). Local folders only."""
    try:
        fd = os.open(os.path.join(folder, LIVE), os.O_RDWR)
    except FileNotFoundError:
        yield "unmarked" if os.path.isdir(folder) else "missing"
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            # Held by another process (BlockingIOError), or no flock on this file system: never removable.
            yield "busy"
            return
        yield "held"
    finally:
        os.close(fd)


@contextlib.contextmanager
def live_run(output: str, run_id: str) -> Iterator[None]:
    """``live_folder`` on ``.runs/<run_id>/``: to other runs' cleanup and to an index recovery, this run is
    still writing it. No-op on object stores."""
    if not is_local(output):
        yield
        return
    with live_folder(run_dir(output, run_id)):
        yield


@contextlib.contextmanager
def hold_run(output: str, run_id: str) -> Iterator[str]:
    """``hold_folder`` on ``.runs/<run_id>/``; always "held" on object stores, which have no locks."""
    if not is_local(output):
        yield "held"
        return
    with hold_folder(run_dir(output, run_id)) as state:
        yield state


def stale_unmarked(run_id: str, now: datetime.datetime) -> bool:
    """Whether a folder of ``run_id`` with no .live file is old enough to be a killed run's (module doc)."""
    return bool(RUN_ID.match(run_id)) and now - started_at(run_id) >= STALE_UNMARKED


def remove_folder(folder: str, trash: str) -> None:
    """Rename a local folder to ``trash`` (a name only wirewash creates), then delete it: a kill mid-delete
    never leaves a partial folder under its real name. Tolerates either being gone already."""
    try:
        os.rename(folder, trash)
    except OSError as e:
        if e.errno != errno.ENOENT:
            raise
    remove_trash(trash)


def remove_leftovers(output: str, own_run_id: str, now: datetime.datetime | None = None) -> list[str]:
    """Delete the run folders killed runs left under ``OUTPUT/.runs/`` (rules in the module doc); returns
    their run ids. Never ``own_run_id``, never the current run, never a folder whose .live flock is held.
    Local outputs only: [] on object stores."""
    runs = os.path.join(output, RUNS)
    if not is_local(output) or not os.path.isdir(runs):
        return []
    sweep_trash(output)
    now = now or datetime.datetime.now(datetime.timezone.utc)
    removed = []
    for name in sorted(os.listdir(runs)):
        if not RUN_ID.match(name) or name in (own_run_id, current_run(output)):
            continue
        with hold_run(output, name) as state:
            if state in ("busy", "missing"):
                continue
            if state == "unmarked" and not stale_unmarked(name, now):
                continue
            # Read again while holding the flock: an index recovery switches to a run only while holding it.
            if current_run(output) == name:
                continue
            remove_run(output, name)
            removed.append(name)
    return removed
