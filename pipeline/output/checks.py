"""The checks of --input, --output and --index before any work: a mistake is a ``UsageError`` (exit 2, one
line) and nothing is created. wirewash never deletes or replaces a path it did not create: a stable name
already taken by anything but its own symlink is refused before any work (``check_output``).
"""
from __future__ import annotations

import contextlib
import os
import re
import tempfile
from typing import Iterator

from apache_beam.io.filesystem import FileSystem

from wirewash.transforms.core.readers.listing import (
    expand_input, folders_holding, matches_nothing, stream_output_at, wirewash_at,
)
from wirewash.transforms.core.schema import INDEX_LOCK, STREAM_READING, STREAM_RECORD

from wirewash.pipeline.output.layout import CURRENT, REMOVING, RUNS, STABLE_NAMES, TOP_NAMES, is_local

_GLOB = re.compile(r"[*?[]")


class UsageError(ValueError):
    """A command-line mistake found before any work: exit 2, one line, nothing created."""


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


def check_output_holds_no_foreign_files(output: str, streaming: bool = False) -> None:
    """UsageError when the existing local folder ``output`` holds a file or folder no wirewash run writes at
    an output's top and is no earlier output. A folder of someone's files (articles, an earlier output's table
    folder) is no output: the next run would read it as an earlier output, its files in no table. Run after
    ``check_overlap``, whose message says more when the output is inside the input."""
    if not is_local(output) or not os.path.isdir(output):
        return
    if not streaming and wirewash_at(output) is None:
        foreign = next((e for e in sorted(os.listdir(output)) if not _ours(e)), None)
        if foreign is not None:
            raise UsageError(
                f"--output {output} already holds {foreign} and is no wirewash output (a folder of your files, or "
                "a table folder inside an output); give a new or empty folder, or one an earlier wirewash run wrote"
            )


# What a repository sets in a folder only to keep it: the folder is still empty of anyone's data (the
# repository's own output/ holds .gitkeep).
_FOLDER_KEEPERS = (".gitkeep", ".keep", ".gitignore")


def _ours(entry: str) -> bool:
    """Whether a name at an output's top is one a wirewash run writes there (a first run that stopped may
    leave only some), or a repository's keeper of an empty folder."""
    return entry in (*TOP_NAMES, *_FOLDER_KEEPERS) or (
        entry.startswith(REMOVING) or entry.endswith(".tmp")
    )


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
        *TOP_NAMES, STREAM_RECORD, f"{STREAM_RECORD}.batch-20260101T000000.000.tmp",
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
