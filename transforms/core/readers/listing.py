"""Input paths: ``--input`` -> patterns -> every file they match, listed without recursion or surprises.

A local pattern is listed here, not by Beam's glob: the walk is iterative (a tree 1,100 levels deep is fine),
a directory that cannot be listed is reported instead of silently skipped, file names that are not UTF-8 are
carried as bytes, and a path that exists is taken literally (``[`` and ``\\`` in a name are not pattern
syntax). Symlinks to directories are not followed (so a loop ends); each is reported.
"""
from __future__ import annotations

import errno
import fnmatch
import json
import os
import re
import stat
from collections.abc import Mapping
from typing import Iterator, NamedTuple, Sequence

from wirewash.transforms.core.counters import Inc, noop
from wirewash.transforms.core.schema import (
    GENERATOR, INDEX_LOCK, OUTPUT_LOCK, OUTPUT_NAMES, REPORT_JSON, STREAM_BATCH, STREAM_READING, STREAM_RECORD,
)


class Listed(NamedTuple):
    """One input: ``source`` names it in the output, ``location`` opens it (local: the OS path as bytes,
    canonical; remote: the URL as UTF-8); ``file_identity`` tells which listed paths are one file.
    ``problem`` is (reason, detail) when it cannot be read at all."""

    source: str
    location: bytes
    problem: tuple[str, str] | None = None


def literal(path: str, problem: tuple[str, str] | None = None) -> Listed:
    """The input a local path names as it is spelled (relative stays relative in its source)."""
    return Listed(source_name(_tidy(path)), canonical(path), problem)


def is_remote(path: str) -> bool:
    return "://" in path


def source_name(path: str | bytes) -> str:
    """A path as it appears in ``source``: valid UTF-8 whatever the file system gave, and unambiguous beside
    the ``path#N`` of records and the ``archive!member@N`` of archive members: ``%``, ``#``, ``!``, ``@`` and
    bytes that are not UTF-8 are percent-encoded (a file named ``k.tar!x.txt`` spelled member ``x.txt`` of
    ``k.tar``, break12 F4)."""
    if isinstance(path, str):
        path = os.fsencode(path) if not is_remote(path) else path.encode("utf-8", "surrogateescape")
    out = []
    for c in path.decode("utf-8", "surrogateescape"):
        if "\udc80" <= c <= "\udcff":
            out.append(f"%{ord(c) - 0xDC00:02X}")
        elif c in "%#!@":
            out.append(f"%{ord(c):02X}")
        else:
            out.append(c)
    return "".join(out)


def versioned_source(source: str, version: int | None) -> str:
    """The source of a file read again as ``version`` of its name (a stream's replaced file): ``path#v2``.
    No path's source holds a bare ``#`` (``source_name`` encodes it), so it is never another file's."""
    return source if version is None else f"{source}#v{version}"


def path_of(location: bytes) -> str:
    """The path to open for a ``Listed.location``."""
    return location.decode("utf-8") if b"://" in location else os.fsdecode(location)


def canonical(path: str) -> bytes:
    """The one spelling of a local path: absolute, ``.``/``..``/``//`` removed (``dir/./a`` is ``dir/a``,
    ``//a.txt`` is ``/a.txt``), as OS bytes. Symlinks are kept (a link's path is its name); ``file_identity``
    is what makes a link and its target one input."""
    return os.fsencode(_tidy(os.path.abspath(path)))


def _tidy(path: str) -> str:
    """A path as the user spelled it (relative stays relative), without ``.``, ``..`` or ``//``."""
    return re.sub(r"^/+", "/", os.path.normpath(path))


def escape(path: str) -> str:
    """A literal path as a pattern that matches only itself."""
    return re.sub(r"([\[*?])", r"[\1]", path)


def input_entries(spec: str | Sequence[str]) -> list[str]:
    """``--input`` -> its entries: the whole value when it names a local path that exists (a file name may
    hold a comma), else its comma-separated entries. A sequence is several ``--input`` values, each read so."""
    if not isinstance(spec, str):
        return [entry for value in spec for entry in input_entries(value)]
    whole = spec.strip()
    if whole and not is_remote(whole) and os.path.lexists(whole):
        return [whole]
    return [e.strip() for e in spec.split(",")]


def expand_input(spec: str | Sequence[str]) -> list[str]:
    """``--input`` -> patterns: comma-separated entries; a directory means every file below it, and a path
    that exists (or a pattern's leading folders that exist) is escaped so that its ``[``, ``*`` and ``?`` are
    taken literally."""
    patterns = []
    for entry in input_entries(spec):
        if not entry:
            continue
        if is_remote(entry):
            patterns.append(entry.rstrip("/") + "/**" if entry.endswith("/") else entry)
        elif os.path.isdir(entry):
            patterns.append(escape(entry.rstrip("/") or "/").rstrip("/") + "/**")
        elif os.path.lexists(entry):
            patterns.append(escape(entry))
        else:
            pattern = _escape_existing_prefix(entry.rstrip("/") or "/")
            patterns.append(pattern + "/**" if entry.endswith("/") else pattern)
    return patterns


def _escape_existing_prefix(pattern: str) -> str:
    """``pattern`` with its longest leading run of directories that exist as spelled escaped: in
    ``in[1]/*.txt`` the folder ``in[1]`` is a name, not a character class."""
    parts = pattern.split("/")
    for n in range(len(parts) - 1, 0, -1):
        prefix = "/".join(parts[:n])
        if prefix and os.path.isdir(prefix):
            return escape(prefix) + "/" + "/".join(parts[n:])
    return pattern


def _tokens(pattern: str) -> list[tuple[bool, str]]:
    """(is_literal, text) per piece: a literal character, or the regex of a wildcard."""
    out: list[tuple[bool, str]] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "*":
            if pattern.startswith("**", i):
                i += 2
                if pattern.startswith("/", i):  # "a/**/b" also matches "a/b"
                    out.append((False, "(?:.*/)?"))
                    i += 1
                else:
                    out.append((False, ".*"))
                continue
            out.append((False, "[^/]*"))
        elif c == "?":
            out.append((False, "[^/]"))
        elif c == "[":
            end = pattern.find("]", i + 2 if pattern.startswith(("[!", "[^"), i) else i + 1)
            if end < 0:
                out.append((True, c))
            else:
                body = pattern[i + 1 : end]
                if len(body) == 1:
                    out.append((True, body))  # "[[]": an escaped character
                else:
                    negate = body[:1] in ("!", "^")
                    body = body[1:] if negate else body
                    out.append((False, "[" + ("^/" if negate else "") + body.replace("\\", "\\\\") + "]"))
                i = end
        else:
            out.append((True, c))
        i += 1
    return out


def _excluded(path: str, below_root: str, exclude: tuple[str, ...]) -> bool:
    """Whether an ``--exclude`` glob matches the entry's name or its path below the input's root (``*``
    crosses "/"); a glob starting with "/" is matched against the absolute path. Never the folders above the
    input: ``*old*`` meant for ``old/`` backups would otherwise exclude a whole input kept in
    ``gold-standard/``, and only when it was named by a relative path."""
    name = os.path.basename(path)
    absolute = None
    for g in exclude:
        if g.startswith("/"):
            absolute = absolute or os.path.abspath(path)
            if fnmatch.fnmatchcase(absolute, g):
                return True
        # Also "/" + that path: ``*/LICENSE`` leaves out the root's own LICENSE too.
        elif any(fnmatch.fnmatchcase(p, g) for p in (name, below_root, "/" + below_root)):
            return True
    return False


EXCLUDED = "read:excluded"

# Version-control folders a checkout holds: their hooks, config and objects are no articles.
_VERSION_CONTROL = frozenset({".git", ".hg", ".svn", ".bzr", "CVS", "_darcs"})
_SET_ASIDE = {
    "earlier_output": "an earlier wirewash output or index",
    "version_control": "a version-control folder (a checkout's history, hooks and config)",
}


def list_local(pattern: str, exclude: tuple[str, ...] = (), inc: Inc = noop) -> Iterator[Listed]:
    """Every non-directory entry matching a local ``pattern`` (``*``, ``?``, ``[...]`` within a name, ``**``
    across directories), in path order; an unlistable directory below the root is one ``unreadable`` item, a
    symlink to a directory one ``symlink_to_directory`` item. Each file or folder an ``exclude`` glob leaves out
    counts ``read:excluded``. Raises FileNotFoundError when the pattern's fixed part does not exist."""
    tokens = _tokens(pattern)
    first_wild = next((i for i, (lit, _) in enumerate(tokens) if not lit), len(tokens))
    prefix = "".join(t for _, t in tokens[:first_wild])
    if first_wild == len(tokens):  # no wildcard: one path
        if not os.path.lexists(prefix):
            raise FileNotFoundError(f"no such input: {prefix}")
        if _excluded(prefix, os.path.basename(prefix), exclude):
            inc(EXCLUDED)
        else:
            around = _output_around(os.path.dirname(os.path.realpath(prefix)))
            if around:
                yield _set_aside(around, "earlier_output", 1)
            else:
                yield literal(prefix)
        return
    root = prefix[: prefix.rfind("/") + 1]
    rest = tokens[len(root) :]  # one token per character of the literal root
    matcher = re.compile("".join(re.escape(t) if lit else t for lit, t in rest), re.DOTALL).fullmatch
    crosses = any(not lit and ".*" in t for lit, t in rest)
    max_depth = None if crosses else sum(1 for lit, t in rest if lit and t == "/")
    start = root.rstrip("/") or ("/" if root else ".")
    if not os.path.isdir(start):
        raise FileNotFoundError(f"no such directory: {start}")
    # A folder set aside at, around or below the root -> (reason, how many of its files the pattern matches): an earlier
    # wirewash output or index (read, its Parquet tables and reports would be new articles) or a version-control
    # folder (git's sample hooks read as articles). Each is one rejection instead.
    set_aside: dict[str, list] = {}
    # The input itself named as, or inside, such a folder (``--input out``, ``out/*``, ``out/.runs/``):
    # its reports, lock and card are never articles either, whichever way it is named.
    around = _output_around(start)
    if around:
        set_aside[around] = ["earlier_output", 0]
    stack: list[tuple[str, str, int, str | None]] = [(start, "", 0, around)]
    while stack:
        directory, relative, depth, inside = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            yield Listed(source_name(directory), canonical(directory),
                         ("unreadable", f"directory not listed: {type(e).__name__}: {e.strerror or e}"))
            continue
        if inside is None and depth > 0 and _wirewash_folder({e.name: e for e in entries}):
            inside = directory
            set_aside.setdefault(inside, ["earlier_output", 0])
        subdirectories = []
        for entry in entries:
            path = os.path.join(directory, entry.name) if directory != "." or root else entry.name
            rel = relative + entry.name
            if _excluded(path, rel, exclude):
                inc(EXCLUDED)
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                if max_depth is None or depth < max_depth:
                    below = inside
                    if below is None and entry.name in _VERSION_CONTROL:
                        below = path
                        set_aside[below] = ["version_control", 0]
                    subdirectories.append((path, rel + "/", depth + 1, below))
                continue
            if not matcher(rel):
                continue
            if inside is not None:
                set_aside[inside][1] += 1
                continue
            if entry.is_symlink() and os.path.isdir(path):
                yield Listed(source_name(path), canonical(path), symlink_to_directory(path))
                continue
            yield literal(path)
        stack.extend(reversed(subdirectories))
    for folder, (reason, matched) in sorted(set_aside.items()):
        if matched:
            yield _set_aside(folder, reason, matched)


def _set_aside(folder: str, reason: str, matched: int) -> Listed:
    how = {
        "earlier_output": "name one of its tables in --input to read it (OUTPUT/articles)",
        "version_control": "name it in --input to read it",
    }[reason]
    return Listed(source_name(_tidy(folder)), canonical(folder), (
        reason, f"{_SET_ASIDE[reason]} ({matched} files matched): not read as articles; {how}, or --exclude it",
    ))


def _output_around(folder: str) -> str | None:
    """The wirewash output or index ``folder`` is, or lies inside (as spelled, then with symlinks resolved),
    unless it lies inside one of an output's tables (``out/articles``, ``out/.runs/<run>/articles``): a
    table named as the input is read as asked; everything else of an output (reports, lock, card, links, an
    index's partitions) is never an article."""
    for spelled in dict.fromkeys((os.path.abspath(folder), os.path.realpath(folder))):
        for outer in folders_holding(spelled):
            kind = wirewash_at(outer)
            if kind:
                parts = os.path.relpath(spelled, outer).split(os.sep)
                in_table = parts[0] in OUTPUT_NAMES or (parts[0] == ".runs" and parts[2:3] and parts[2] in OUTPUT_NAMES)
                return None if in_table and kind == "output" else outer
    return None


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


def matches_nothing(pattern: str, exclude: tuple[str, ...] = ()) -> bool:
    """Whether a local ``pattern`` (from ``expand_input``) matches no input; stops at the first match.

    For checking the command before any work: Beam's own local match walks recursively and fails on a deep
    tree."""
    try:
        return next(iter(list_local(pattern, exclude)), None) is None
    except FileNotFoundError:
        return True


def file_identity(listed: Listed) -> bytes:
    """What makes two inputs one file: for a local file its (st_dev, st_ino) after following symlinks, so a
    symlink, a hardlink and the file itself are one input however they were listed; otherwise (a remote
    URL, a path that cannot be stat'ed such as a dangling link or a loop, an input already found unreadable)
    its location, so each such path is still one input and gets its own rejection."""
    if listed.problem is not None or b"://" in listed.location:
        return listed.location
    try:
        st = os.stat(listed.location)
    except OSError:
        return listed.location
    # No path starts with ":", so an identity never equals a location.
    return b":inode:%d:%d" % (st.st_dev, st.st_ino)


def one_per_file(same: list[Listed]) -> Listed:
    """The input that names a file listed under several paths: a path that is not a symlink before one that
    is (adding a link ``latest.txt`` beside a file must not rename it, nor change its doc_id), then the
    smallest ``source``, then location; so the choice, and every doc_id, is the same whatever order the
    listing came in."""
    if len(same) == 1:
        return same[0]
    return min(same, key=lambda item: (os.path.islink(path_of(item.location)), item.source, item.location))


def symlink_to_directory(path: str) -> tuple[str, str]:
    """The rejection of a symlink ``path`` to a directory found inside an input folder. Not followed, as
    ``find`` and ``rsync -r`` do not: a link to a parent would recur, and a link out of the folder would read
    files nobody named; named in --input itself, it is read."""
    try:
        target = os.readlink(path)
    except OSError as e:
        target = f"{type(e).__name__}: {e.strerror or e}"
    return "symlink_to_directory", (
        f"a symlink to a directory ({target}): links inside an input folder are not followed, so a link loop "
        f"or a link out of the folder is never read; to read it, give it as an --input of its own ({path}/), "
        "or --exclude it"
    )


def unreadable_reason(path: str) -> tuple[str, str] | None:
    """(reason, detail) when a local ``path`` must not be opened, else None (remote paths are always files).

    Opening a FIFO blocks until something writes to it, and a device can be endless: only regular files are
    opened. A dangling symlink or a symlink loop fails the stat.
    """
    if is_remote(path):
        return None
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        why = f"{type(e).__name__}: {e.strerror or e}"
        if isinstance(e, FileNotFoundError) and os.path.islink(path):
            why = f"a dangling symlink (its target does not exist): {why}"
        elif isinstance(e, FileNotFoundError):
            return gone(e)
        elif e.errno == errno.ELOOP:
            why = f"a symlink loop: {why}"
        return "unreadable", why
    if stat.S_ISDIR(mode) and os.path.islink(path):
        return symlink_to_directory(path)
    if not stat.S_ISREG(mode):
        return "not_regular_file", f"not a regular file (mode {stat.filemode(mode)})"
    return None


def gone(e: OSError) -> tuple[str, str]:
    """The rejection of a file listed and then deleted or renamed away before it was opened (a race with
    whoever moves files in the input folder): said as such, not as a bare OS error, and never a failed run."""
    return "unreadable", f"gone before it was read (deleted or renamed after it was listed): {type(e).__name__}: {e.strerror or e}"


def replaced_since_listed(listed: str, now: os.stat_result) -> tuple[str, str] | None:
    """(reason, detail) when the file opened (``now``, its fstat) is not the one listed as ``listed``
    (``"st_dev:st_ino"``): the name was given to another file in between (``mv new latest.jsonl``). Reading it
    would take the newer file for the listed one; its lister (a stream) reads it as the new file it is."""
    identity = f"{now.st_dev}:{now.st_ino}"
    if identity == listed:
        return None
    return "replaced_before_read", (
        f"replaced after it was listed (file {listed}, now {identity}, {now.st_size} bytes): not read as the "
        "file listed; a stream reads the new file at its next poll")
