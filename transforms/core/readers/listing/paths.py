"""Paths of inputs: ``--input`` -> its entries and patterns, a listed input (``Listed``) with its canonical
location, and the ``source`` that names it in the output."""
from __future__ import annotations

import os
import re
from typing import NamedTuple, Sequence


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
