"""The switch to a finished run (``promote``), and the durable writes it and the index's records rely on.

A run writes only inside its own ``.runs/<run_id>/``; ``promote`` then replaces ``.current`` in one rename,
so a reader, or a kill at any moment, sees the whole previous run or the whole new one. Only after the swap
is the previous run's folder removed.
"""
from __future__ import annotations

import os

from apache_beam.io.filesystems import FileSystems

from wirewash.pipeline.output.layout import (
    CURRENT, CURRENT_FILE, RUNS, RUN_ID, STABLE_NAMES, SUPERSEDED, current_run, is_local, run_dir,
)
from wirewash.pipeline.output.leftovers import remove_run, sweep_trash


def write_durably(path: str, data: bytes, tag: str) -> None:
    """Write ``data`` at ``path`` so that it survives a kill and a power loss once this returns, and a reader
    sees the old file or the new one, never part of either: local, ``<path>.<tag>.tmp`` fsynced, renamed over,
    and the folder fsynced; object stores, one object write (atomic there)."""
    if not is_local(path):
        with FileSystems.create(path) as f:
            f.write(data)
        return
    tmp = f"{path}.{tag}.tmp"
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    folder = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _replace_symlink(target: str, path: str, run_id: str) -> None:
    tmp = f"{path}.{run_id}.tmp"
    if os.path.lexists(tmp):
        os.remove(tmp)  # our own name: left by this run's earlier, killed attempt
    os.symlink(target, tmp)
    os.replace(tmp, path)


def promote(output: str, run_id: str) -> None:
    """Make ``.runs/<run_id>`` the current output in one atomic step, then remove the previous run's folder.

    Steps: stable symlinks created if missing; the current run's folder marked superseded; a new pointer
    written beside ``.current``; ``os.replace`` of ``.current`` by it (the commit point); every superseded
    run folder that is no longer current removed. A kill before the replace leaves the previous output
    whole, after it the new one; a superseded folder a kill left behind is removed by the next promote.
    Folders of runs never promoted (still running, or killed) are left alone.
    """
    previous = current_run(output)
    if previous and previous != run_id and RUN_ID.match(previous):
        with FileSystems.create(FileSystems.join(run_dir(output, previous), SUPERSEDED)) as f:
            f.write(run_id.encode("utf-8"))
    if not is_local(output):
        with FileSystems.create(FileSystems.join(output, CURRENT_FILE)) as f:
            f.write(run_id.encode("utf-8"))
    else:
        for name in STABLE_NAMES:
            path = os.path.join(output, name)
            if not os.path.lexists(path):
                # Dangling until the first .current exists: a reader then finds no output, as before.
                _replace_symlink(os.path.join(CURRENT, name), path, run_id)
        _replace_symlink(os.path.join(RUNS, run_id), os.path.join(output, CURRENT), run_id)
    for superseded in _superseded_runs(output):
        if superseded != run_id:
            remove_run(output, superseded)
    if is_local(output):
        sweep_trash(output)


def _superseded_runs(output: str) -> list[str]:
    if is_local(output):
        runs = os.path.join(output, RUNS)
        names = os.listdir(runs) if os.path.isdir(runs) else []
        return sorted(n for n in names if RUN_ID.match(n) and os.path.exists(os.path.join(runs, n, SUPERSEDED)))
    (result,) = FileSystems.match([FileSystems.join(output, RUNS, "*", SUPERSEDED)])
    return sorted({n for n in (m.path.split("/")[-2] for m in result.metadata_list) if RUN_ID.match(n)})
