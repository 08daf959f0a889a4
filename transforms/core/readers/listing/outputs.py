"""Wirewash's own folders: whether a folder is a wirewash output, an index, a local stream's output or a copy
of one that lost its links, and whether a report.json is one wirewash wrote."""
from __future__ import annotations

import json
import os
import stat
from collections.abc import Mapping
from typing import Iterator, NamedTuple

from wirewash.transforms.core.schema import (
    GENERATOR, INDEX_LOCK, OUTPUT_LOCK, OUTPUT_NAMES, REPORT_JSON, STREAM_BATCH, STREAM_READING, STREAM_RECORD,
)


def folders_holding(path: str) -> Iterator[str]:
    """``path`` and each folder above it, up to ``/``."""
    while True:
        yield path
        parent = os.path.dirname(path)
        if parent == path:
            return
        path = parent


class _Named(NamedTuple):
    """What ``_wirewash_folder`` asks of a ``DirEntry``, from one ``lstat``."""

    path: str
    mode: int

    def is_dir(self, follow_symlinks: bool = True) -> bool:
        return os.path.isdir(self.path) if follow_symlinks else stat.S_ISDIR(self.mode)

    def is_symlink(self) -> bool:
        return stat.S_ISLNK(self.mode)


class _Entries(Mapping[str, "_Named"]):
    """A folder's entries looked up by name, one ``lstat`` each, and listed only when iterated: listing every
    folder above each input file named on its own cost a folder's size per file (3,000 files named in one
    folder: 9 s)."""

    def __init__(self, folder: str) -> None:
        self._folder = folder

    def __getitem__(self, name: str) -> _Named:
        path = os.path.join(self._folder, name)
        try:
            return _Named(path, os.lstat(path).st_mode)
        except OSError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        try:
            with os.scandir(self._folder) as it:
                return iter([e.name for e in it])
        except OSError:
            return iter(())

    def __len__(self) -> int:
        return sum(1 for _ in self)


def wirewash_at(folder: str) -> str | None:
    """"output" or "index" when the local ``folder`` is a wirewash output or index (``_wirewash_folder``)."""
    return _wirewash_folder(_Entries(folder)) if os.path.isdir(folder) else None


def _wirewash_folder(entries: Mapping[str, os.DirEntry | _Named]) -> str | None:
    """"output" when a folder's entries are those of a wirewash output (its ``.current`` link and ``.runs``
    folder, pipeline/output/layout.py), or a copy of one that lost them (a report.json wirewash wrote,
    ``wirewash_report``, beside a table or an index), or a local stream's output (``holds_stream``).
    "index" for an index (``manifest.json`` beside ``docs/`` and ``bands/``, transforms/core/index.py, or,
    before any article was indexed, beside the lock every batch run on it takes), else None."""
    # A first run still writing has no .current yet, only its lock.
    if _is_dir(entries, ".runs") and (
        OUTPUT_LOCK in entries or (".current" in entries and entries[".current"].is_symlink())
    ):
        return "output"
    if REPORT_JSON in entries and any(_is_dir(entries, n) for n in (*OUTPUT_NAMES, "index")) and wirewash_report(
        entries[REPORT_JSON].path
    ) is not None:
        return "output"
    if holds_stream(entries):
        return "output"
    indexed = _is_dir(entries, "docs") and _is_dir(entries, "bands")
    return "index" if "manifest.json" in entries and (indexed or INDEX_LOCK in entries) else None


def holds_stream(entries: Mapping[str, os.DirEntry | _Named]) -> bool:
    """Whether a folder's entries are those of a local stream's output (pipeline/streaming.py): its record of
    the files read or of the running batch (``_stream_record``), its own report.json (wirewash's, listing its
    ``batches``), or a micro-batch folder beside a report.json wirewash wrote. The one test for both uses: a
    batch run refuses such a folder as its output (pipeline/output/checks.py), a listing sets it aside as input, so
    it asks for a file only wirewash writes: a folder named ``batch-...`` alone is no sign (it may be
    anyone's), and the folder is listed only where wirewash's report already stands."""
    if any(n in entries and _stream_record(entries[n].path) for n in (STREAM_RECORD, STREAM_READING)):
        return True
    report = wirewash_report(entries[REPORT_JSON].path) if REPORT_JSON in entries else None
    if report is not None and "batches" in report:
        return True
    return report is not None and any(n.startswith(STREAM_BATCH) and _is_dir(entries, n) for n in entries)


def stream_output_at(folder: str) -> bool:
    """``holds_stream`` of a local folder."""
    return os.path.isdir(folder) and holds_stream(_Entries(folder))


def _is_dir(entries: Mapping[str, os.DirEntry | _Named], name: str) -> bool:
    entry = entries.get(name)
    return entry is not None and entry.is_dir(follow_symlinks=False)


def _stream_record(path: str) -> bool:
    """Whether the file at ``path`` begins as a local stream's record of files read does: its format
    (pipeline/streaming.py writes it first). The record itself may be large: only its head is read."""
    try:
        with open(path, "rb") as f:
            head = f.read(128)
    except OSError:
        return False
    return head.startswith(b'{"format": ')


# Far above any report.json wirewash writes (its counters and samples are bounded); a larger file is not one.
_MAX_REPORT_BYTES = 64 << 20


def wirewash_report(path: str) -> dict | None:
    """The report.json at ``path`` when wirewash wrote it: its ``generator`` names wirewash, or, written
    before that field, it has the accounting line and counters every report has. Else None."""
    try:
        if not os.path.isfile(path) or os.path.getsize(path) > _MAX_REPORT_BYTES:
            return None
        with open(path, "rb") as f:
            return ours_report(json.load(f))
    except (OSError, ValueError, RecursionError):
        return None


def ours_report(report: object) -> dict | None:
    """``report`` (a parsed report.json) when wirewash wrote it (``wirewash_report``), else None."""
    if not isinstance(report, dict):
        return None
    accounting = report.get("accounting")
    before_the_marker = (
        isinstance(accounting, str) and accounting.startswith("inputs ") and isinstance(report.get("counters"), dict)
    )
    ours = report.get("generator") == GENERATOR or before_the_marker
    return report if ours else None
