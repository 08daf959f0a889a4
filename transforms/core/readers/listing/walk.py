"""A local pattern -> every file it matches (``list_local``): an iterative walk in path order, ``--exclude``
applied, and an earlier wirewash output or a version-control folder set aside as one rejection each."""
from __future__ import annotations

import fnmatch
import os
import re
from typing import Iterator

from wirewash.transforms.core.counters import Inc, noop
from wirewash.transforms.core.readers.listing.files import symlink_to_directory
from wirewash.transforms.core.readers.listing.outputs import _wirewash_folder, folders_holding, wirewash_at
from wirewash.transforms.core.readers.listing.paths import Listed, _tidy, canonical, literal, source_name
from wirewash.transforms.core.schema import OUTPUT_NAMES
from wirewash.transforms.core.wording import count_of


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
        reason, f"{_SET_ASIDE[reason]} ({count_of(matched, 'file')} matched): not read as articles; {how}, or --exclude it",
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


def matches_nothing(pattern: str, exclude: tuple[str, ...] = ()) -> bool:
    """Whether a local ``pattern`` (from ``expand_input``) matches no input; stops at the first match.

    For checking the command before any work: Beam's own local match walks recursively and fails on a deep
    tree."""
    try:
        return next(iter(list_local(pattern, exclude)), None) is None
    except FileNotFoundError:
        return True
