"""The output folder: one folder per table, each run in a folder of its own, switched in by one atomic rename.

Layout on a local filesystem::

    OUTPUT/articles/      -> .current/articles       stable symlinks, created once, never replaced
    OUTPUT/duplicates/    -> .current/duplicates
    OUTPUT/rejected/      -> .current/rejected
    OUTPUT/report.json, report.html, README.md -> .current/<same name>
    OUTPUT/.current       -> .runs/<run_id>          the pointer, replaced by one os.replace
    OUTPUT/.runs/<run_id>/{articles,duplicates,rejected}/part-SSSSS-of-NNNNN.parquet, report.json, ...
    OUTPUT/.runs/<run_id>/.live                      flock held by the run's process while it runs
    OUTPUT/.output.lock                              flock held by the one run writing OUTPUT (``locks.output_lock``)
    INDEX/.run.lock                                  flock held by the one run using an --index (``locks.index_lock``)

A run writes only inside its own ``.runs/<run_id>/``; ``promote`` then replaces ``.current`` in one rename,
so a reader, or a kill at any moment, sees the whole previous run or the whole new one. Only after the swap
is the previous run's folder removed. wirewash never deletes or replaces a path it did not create: a stable
name already taken by anything but its own symlink is refused before any work (``check_output``).

Leftovers (``remove_leftovers``, at the start of each run): the folders of killed runs. A run folder is
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

Object stores (``gs://``, ``s3://``) have no symlinks and no atomic folder rename. There the run writes
``OUTPUT/.runs/<run_id>/`` the same way, and the pointer is the one-object file ``OUTPUT/CURRENT`` holding
the run id (a single object write is atomic on GCS and S3): readers read ``OUTPUT/.runs/<CURRENT>/articles/``.
"""
from __future__ import annotations

import contextlib
import datetime
import errno
import fcntl
import json
import os
import re
import shutil
import socket
import tempfile
import uuid
from typing import Iterator

import pyarrow.fs as fs
from apache_beam.io.filesystem import FileSystem
from apache_beam.io.filesystems import FileSystems

from wirewash.transforms.core.readers.listing import (
    expand_input, folders_holding, matches_nothing, stream_output_at, wirewash_at,
)
from wirewash.transforms.core.schema import (
    INDEX_LOCK, OUTPUT_LOCK, REPORT_JSON, STREAM_READING, STREAM_RECORD,
)

from wirewash.pipeline.dataset_card import CARD
from wirewash.pipeline.report import OUTPUT_NAMES

REPORT = REPORT_JSON
REPORT_HTML = "report.html"
RUNS = ".runs"
CURRENT = ".current"
# The pointer on object stores, where there are no symlinks.
CURRENT_FILE = "CURRENT"
# Written into a run folder before the pointer moves off it: only such folders are ever removed.
SUPERSEDED = ".superseded"
LIVE = ".live"
REMOVING = ".removing-"
# Far longer than the instant between a run creating its folder and its .live lock (see the module doc).
STALE_UNMARKED = datetime.timedelta(hours=24)
STABLE_NAMES = (*OUTPUT_NAMES, REPORT, REPORT_HTML, CARD)
_RUN_ID = re.compile(r"^\d{8}T\d{6}Z[0-9a-f]{8}$")
_GLOB = re.compile(r"[*?[]")


class UsageError(ValueError):
    """A command-line mistake found before any work: exit 2, one line, nothing created."""


def new_run_id(now: datetime.datetime | None = None) -> str:
    """``YYYYMMDDTHHMMSSZ`` + 8 hex digits: sorts by start time, unique, alphanumeric (an index run id too)."""
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return f"{now:%Y%m%dT%H%M%S}Z{uuid.uuid4().hex[:8]}"


def is_local(path: str) -> bool:
    return "://" not in path


def run_dir(output: str, run_id: str) -> str:
    return FileSystems.join(output, RUNS, run_id)


def table_dir(root: str, name: str) -> str:
    """The folder of one table under a run folder (or under OUTPUT, through its stable symlink)."""
    if name not in OUTPUT_NAMES:
        raise ValueError(f"unknown output {name!r}; one of {OUTPUT_NAMES}")
    return FileSystems.join(root, name)


def _our_link(path: str, name: str) -> bool:
    return os.path.islink(path) and os.readlink(path) == os.path.join(CURRENT, name)


def _nearest_existing(path: str) -> str:
    path = os.path.abspath(path)
    while not os.path.lexists(path):
        path = os.path.dirname(path)
    return path


def check_utf8(flag: str, path: str | None) -> None:
    """UsageError for a folder to write whose path is not UTF-8 (a name in Latin-1): Beam describes the
    pipeline, and so the paths it writes to, in UTF-8 text, and refused it once the run folder was made
    ("'utf-8' codec can't encode character '\\udcff'"). An input's path may be anything: it is read as
    bytes."""
    if not path or "://" in path:
        return
    try:
        path.encode("utf-8")
    except UnicodeEncodeError as e:
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")
        byte = os.fsencode(path[e.start])[0]
        raise UsageError(f"{flag} {shown}: the path is not UTF-8 (byte 0x{byte:02x}), and Beam writes only "
                         "to paths it can carry as UTF-8 text; give a folder whose path is UTF-8") from None


def check_not_file(flag: str, path: str, what: str) -> None:
    """UsageError when local ``path``, or a folder above it, is a file: ``flag``'s folder (``what``) could
    never be made there. Named as such, not by the OSError a makedirs would meet ("File exists")."""
    if os.path.lexists(path) and not os.path.isdir(path):
        raise UsageError(f"{flag} {path} is a file, not {what}; give a folder (it is created if missing)")
    existing = _nearest_existing(path)
    if not os.path.isdir(existing):
        raise UsageError(f"{flag} {path}: {existing} is a file, so the folder cannot be created")


def check_output(output: str, streaming: bool = False) -> None:
    """UsageError unless ``output`` is a folder wirewash may write into without touching anything it did not
    create: a new or empty folder, or one holding an earlier wirewash output. Creates nothing.

    A stream on a runner writes its windows' files straight into ``OUTPUT/<table>/`` folders (a stream has
    no end at which to switch); it continues an earlier stream's output but refuses a batch run's."""
    if not output.strip():
        raise UsageError("--output is empty; give a folder (it is created if missing)")
    if not is_local(output):
        if _GLOB.search(output):
            raise UsageError(f"--output {output}: an object store path may not hold *, ? or [")
        return  # checked by the first write; object stores have no permissions to ask for up front
    check_not_file("--output", output, "a folder")
    existing = _nearest_existing(output)
    if not os.access(existing, os.W_OK | os.X_OK):
        raise UsageError(f"--output {output}: {existing} is not writable")
    if existing != os.path.abspath(output):
        return
    if wirewash_at(output) == "index":
        # Written into, the index would hold an output beside its partitions (and a later --index run there
        # would be refused as pointing at an output).
        raise UsageError(
            f"--output {output} is a wirewash index (it holds manifest.json); give the output a folder of its "
            f"own, and this folder only as --index {output}"
        )
    if not streaming and stream_output_at(output):
        raise UsageError(f"--output {output} holds a stream's output; a batch run needs a folder of its own")
    for name in STABLE_NAMES:
        path = os.path.join(output, name)
        if streaming and _our_link(path, name):
            raise UsageError(f"--output {output} holds a batch run's output; a stream needs a folder of its own")
        if os.path.lexists(path) and not streaming and not _our_link(path, name):
            raise UsageError(
                f"--output {output} already holds {name}, which wirewash did not write; "
                "give a new or empty folder, or one an earlier wirewash run wrote"
            )
    for name in (RUNS, CURRENT):
        path = os.path.join(output, name)
        if os.path.lexists(path) and not (os.path.isdir(path) if name == RUNS else os.path.islink(path)):
            raise UsageError(f"--output {output} already holds {name}, which wirewash did not write")


def _base(entry: str) -> str:
    """The folder an input entry or output path lies in: the part before its first glob character."""
    prefix = re.match(r"^[^*?[]*", entry).group(0)
    if prefix != entry:
        prefix = prefix.rsplit("/", 1)[0] if "/" in prefix else "."
    return os.path.realpath(prefix or ".")


def _within(inner: str, outer: str) -> bool:
    return inner == outer or inner.startswith(outer.rstrip(os.sep) + os.sep)


# Paths, relative to an output (or index) folder, of every kind of file a run writes there: a batch run's
# tables, Beam's temporary shards, reports, links; a stream's window files and micro-batch folders; an
# index's partitions, staging, manifest and lock. An input pattern matching none of them never reads them.
_WRITTEN = tuple(
    prefix + rel
    for prefix in ("", ".runs/20260101T000000Z00000000/", "batch-20260101T000000.000/",
                   "batch-20260101T000000.000/.runs/20260101T000000Z00000000/")
    for rel in (
        "articles/part-00000-of-00001.parquet", "rejected/beam-temp-part-0a/0a.part.parquet",
        "report.json", "report.html", "README.md", ".current", "CURRENT", ".superseded", ".live",
        OUTPUT_LOCK, STREAM_RECORD, f"{STREAM_RECORD}.batch-20260101T000000.000.tmp",
        f"{STREAM_READING}.batch-20260101T000000.000.tmp",
    )
) + tuple(
    prefix + rel
    for prefix in ("", "index/")
    for rel in ("manifest.json", ".manifest.json.r1", ".lock", INDEX_LOCK, ".pending-commit.json",
                "docs/part=00/r1.parquet", "bands/part=0a/w6.p0.parquet", ".incomplete-r1/docs/part=00/r1.parquet")
)


def _matcher(entry: str):
    """The input entry as a regex match over absolute paths (symlinks in its literal part resolved), as
    expand_input and Beam's matching read it: a folder means everything below it."""
    if os.path.isdir(entry):
        return re.compile(FileSystem.translate_pattern(os.path.join(os.path.realpath(entry), "**"))).match
    if entry.endswith("/"):
        # A pattern naming folders (``fe?d/``): expand_input reads everything below each.
        entry += "**"
    literal = re.match(r"^[^*?[]*", entry).group(0)
    if literal == entry:
        path = os.path.realpath(entry)
        return lambda candidate: candidate == path
    cut = literal.rfind("/")
    head = (entry[:cut] or "/") if cut >= 0 else "."
    rest = entry[cut + 1:]
    return re.compile(FileSystem.translate_pattern(os.path.join(os.path.realpath(head), rest))).match


def check_overlap(inputs: list[str], output: str, flag: str = "--output") -> None:
    """UsageError when ``output`` (a folder a run writes) overlaps an input: an input entry that would read
    a file a run writes there (a folder holding it, or a pattern matching it), an entry whose pattern
    matches the output folder or a folder holding it (``D/*``, ``D/o*``, ``D/[o]ut`` with output ``D/out``:
    the output then sits among the inputs, and a later run over that folder reads it as new articles), or an
    input inside it. ``.``, ``..`` and symlinks are resolved on both sides. Local paths only."""
    if not is_local(output):
        return
    out = os.path.realpath(output)
    what_is = flag.lstrip("-")
    for entry in inputs:
        if not entry or not is_local(entry):
            continue
        matches = _matcher(entry)
        if any(matches(os.path.join(out, rel)) for rel in _WRITTEN):
            raise UsageError(f"{flag} {output} is inside --input {entry}; give an {what_is} outside the input")
        folder = next((f for f in folders_holding(out) if matches(f)), None)
        if folder is not None:
            what = f"{flag} {output}" if folder == out else f"{folder}, which holds {flag} {output}"
            raise UsageError(
                f"--input {entry} matches {what}: a later run over those inputs would read this {what_is} as new "
                f"articles; give an {what_is} outside the input's folders, or a pattern that cannot match it "
                "(e.g. D/*.txt)"
            )
        if _within(_base(entry), out):
            raise UsageError(f"--input {entry} is inside {flag} {output}; give an {what_is} outside the input")


def _missing(entry: str) -> str:
    """Why an ``--input`` entry names nothing, where the plain answer would mislead: a comma split a brace
    pattern (``day{1,2}.jsonl``, as bash, Hadoop and Spark write them, became ``day{1`` and ``2}.jsonl``), a
    file was named as a folder (``a.jsonl/``), or ``-`` was given for standard input."""
    if entry.count("{") != entry.count("}"):
        return ("no such file or folder: brace patterns ({a,b}) are not expanded, and the comma separates "
                "inputs; give each as an --input of its own, or leave the pattern unquoted for the shell to "
                "expand")
    if entry == "-":
        # Every input is listed, sized and read again by path (retries, workers on other machines), which a
        # pipe cannot give; as Spark and Flink, wirewash reads files only.
        return ("standard input is not read: save it to a file (command > in.jsonl) and give that file's path, "
                "or /dev/stdin for a one-off local run")
    if entry.endswith("/") and os.path.isfile(entry.rstrip("/")):
        return f"{entry.rstrip('/')} is a file, not a folder: drop the trailing /"
    return "no such file or folder"


def check_inputs(
    entries: list[str], exclude: tuple[str, ...] = (), defaulted: bool = False, streaming: bool = False
) -> None:
    """UsageError for a local input entry that names nothing: a missing path, or a pattern matching nothing
    (``defaulted``: the entries are the default --input, not given by the user); for one every file of which
    ``exclude`` leaves out; and for an input with no entry at all (``--input "$DIR"`` with DIR unset), which
    would replace the earlier output with empty tables. A stream (``streaming``) waits for its files: an empty
    folder, a pattern matching nothing yet in a folder that exists, or files all excluded so far are its inbox
    before the first arrival, not a mistake (only a folder that does not exist is)."""
    if not any(entries):
        raise UsageError("--input is empty; give a file, folder or pattern")
    if not all(entries):
        # ``--input "$DAY1" --input "$DAY2"`` with DAY2 unset would read day 1 only and say nothing.
        raise UsageError("--input has an empty entry (an unset variable, or a stray comma); give a file, folder "
                         "or pattern in each --input, or leave that one out")
    for entry in entries:
        if not entry or not is_local(entry):
            continue
        # The readers' own listing: Beam's local match recurses and fails on a deep tree.
        if streaming and os.path.isdir(entry if os.path.lexists(entry) else _base(entry)):
            continue  # nothing to list: what it holds now says nothing of what will arrive
        patterns = expand_input(entry)
        empty = all(map(matches_nothing, patterns))
        if not os.path.lexists(entry) and (empty or not re.search(r"[*?[]", entry)):
            if defaulted:
                # Run outside the repository (an installed wirewash), "--input seeds/*" names a flag never typed.
                raise UsageError(f"no --input given, and the default {entry} (the repository's sample articles, "
                                 "read from its root) names nothing here: give --input FILE, FOLDER or PATTERN")
            raise UsageError(f"--input {entry}: {_missing(entry)}")
        if empty and os.path.isdir(entry):
            # Else the run starts, and fails in its first step with Beam's log of the listing's error.
            raise UsageError(f"--input {entry}: the folder holds no files")
        if exclude and not empty and all(matches_nothing(p, exclude) for p in patterns):
            globs = " ".join(f"--exclude {g!r}" for g in exclude)
            raise UsageError(f"--input {entry}: every file it names is excluded by {globs}")


@contextlib.contextmanager
def glob_free(path: str, run_id: str) -> Iterator[str]:
    """``path`` itself, or, when it holds a glob character, a symlink to it in the temp folder: Beam's file
    sinks match their own output paths as patterns, so ``o[1]`` would never be written. Local paths only
    (check_output refuses such object store paths); the link is removed afterwards."""
    if not _GLOB.search(path):
        yield path
        return
    alias = os.path.join(os.path.realpath(tempfile.gettempdir()), f"wirewash-{run_id}")
    if _GLOB.search(alias):
        raise UsageError(f"--output {path} holds *, ? or [, and so does the temp folder {alias}")
    os.symlink(os.path.realpath(path), alias)
    try:
        yield alias
    finally:
        os.remove(alias)


def current_run(output: str) -> str | None:
    """The run id the output's pointer names, None when there is none yet."""
    if is_local(output):
        pointer = os.path.join(output, CURRENT)
        target = os.readlink(pointer) if os.path.islink(pointer) else None
        return os.path.basename(target) if target else None
    pointer = FileSystems.join(output, CURRENT_FILE)
    if not FileSystems.exists(pointer):
        return None
    with FileSystems.open(pointer) as f:
        return f.read().decode("utf-8").strip()


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
    if previous and previous != run_id and _RUN_ID.match(previous):
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
        _sweep_trash(output)


def _superseded_runs(output: str) -> list[str]:
    if is_local(output):
        runs = os.path.join(output, RUNS)
        names = os.listdir(runs) if os.path.isdir(runs) else []
        return sorted(n for n in names if _RUN_ID.match(n) and os.path.exists(os.path.join(runs, n, SUPERSEDED)))
    (result,) = FileSystems.match([FileSystems.join(output, RUNS, "*", SUPERSEDED)])
    return sorted({n for n in (m.path.split("/")[-2] for m in result.metadata_list) if _RUN_ID.match(n)})


def remove_run(output: str, run_id: str) -> None:
    """Delete one run folder of ours (never anything else), tolerating that it is already gone. Renamed to
    ``.removing-<run_id>`` first: a kill mid-delete leaves that name, never a partial run folder."""
    if not _RUN_ID.match(run_id):
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


def _sweep_trash(output: str) -> None:
    """Finish deleting folders a kill interrupted (``.removing-<run_id>``). Local only."""
    runs = os.path.join(output, RUNS)
    for name in sorted(os.listdir(runs)) if os.path.isdir(runs) else ():
        if name.startswith(REMOVING) and _RUN_ID.match(name[len(REMOVING):]):
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


def started_at(run_id: str) -> datetime.datetime:
    """A run's start time, read from its id (``new_run_id``)."""
    return datetime.datetime.strptime(run_id[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)


def stale_unmarked(run_id: str, now: datetime.datetime) -> bool:
    """Whether a folder of ``run_id`` with no .live file is old enough to be a killed run's (module doc)."""
    return bool(_RUN_ID.match(run_id)) and now - started_at(run_id) >= STALE_UNMARKED


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
    _sweep_trash(output)
    now = now or datetime.datetime.now(datetime.timezone.utc)
    removed = []
    for name in sorted(os.listdir(runs)):
        if not _RUN_ID.match(name) or name in (own_run_id, current_run(output)):
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


def current_report(output: str) -> dict | None:
    """The current run's report.json; None when it cannot be read."""
    path = f"{current_root(output).rstrip('/')}/{REPORT}"
    filesystem, path = fs.FileSystem.from_uri(path) if "://" in path else (fs.LocalFileSystem(), path)
    try:
        with filesystem.open_input_stream(path) as f:
            report = json.loads(f.read())
    except (OSError, ValueError):
        return None
    return report if isinstance(report, dict) else None


def current_root(output: str) -> str:
    """Where the current run's tables and reports are read from: OUTPUT itself through its symlinks
    (local), or ``OUTPUT/.runs/<CURRENT>`` (object stores). OUTPUT itself when it has no pointer yet."""
    if is_local(output):
        return output
    run_id = current_run(output)
    return run_dir(output, run_id) if run_id else output
