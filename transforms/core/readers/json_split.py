"""A JSON array, or JSON values one after another (``jq .``), cut into each top-level value's bytes before any
value is parsed, so that a value the parser refuses costs that value alone: yajl (ijson) has no lenient mode,
and one bad element ended the array, every element after it lost to one rejection for the file.

The cut follows strings (with their escapes) and brackets only. A raw newline inside a string (a string cut
short, or written unescaped) and a line opening a value at the elements' own indentation while one is still
open (a value never closed) mark that value broken; the cut resumes at the next line opening a value at that
indentation, so an array laid out a value per line, or pretty-printed, loses the broken value alone."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import BinaryIO, Iterator

from wirewash.transforms.core.readers.base import Reject
from wirewash.transforms.core.readers.compression import CHUNK
from wirewash.transforms.core.wording import count_of

# Outside strings: what is neither a quote, a bracket, a comma nor a line's end.
_OUTSIDE = re.compile(rb'[^"{}\[\],\n]*')
# Inside a string: what is neither its end, an escape nor a raw line end.
_INSIDE = re.compile(rb'[^"\\\n]*')
_BLANKS = b" \t\r\n\x0b\x0c\x1e\xef\xbb\xbf"


@dataclass(frozen=True)
class Piece:
    """One top-level value: its bytes (None when over the limit, never held), or why it is broken."""

    data: bytes | None
    broken: str | None = None


class _Cutter:
    """The cut's state across the stream's chunks: ``feed`` one chunk, get the values it completes."""

    def __init__(self, limit: int, in_array: bool) -> None:
        self.limit, self.base = limit, int(in_array)
        self.depth = self.base
        self.in_string = self.escaped = False
        self.parts: list[bytes] = []
        self.size = 0
        self.broken: str | None = None
        self.skipping = False  # after a broken value, until a line opens the next one
        self.indent: bytes | None = None  # what precedes a value opening its line
        self.line: bytes = b""  # the current line's start, while it is blanks only
        self.at_line_start = True
        self.ended = not in_array  # the array's "]" was met (values: no array to end)
        self.opened = not in_array  # the array's "[" was met
        self.open = bytearray()  # the brackets open in the value being cut, innermost last
        self.comma_last = False  # nothing but blanks since a top-level comma
        self.after_end = False  # non-blank data after the array's end

    def _hold(self, data: bytes) -> None:
        if self.skipping or not data:
            return
        self.size += len(data)
        self.comma_last = self.comma_last and not data.strip(_BLANKS)
        if self.size <= self.limit:
            self.parts.append(data)
        else:
            self.parts = []

    def _cut(self) -> Piece | None:
        if self.skipping:
            self.skipping = False
            self.parts, self.size = [], 0
            return None
        data = b"".join(self.parts).strip(_BLANKS)
        broken, over = self.broken, self.size > self.limit
        self.parts, self.size, self.broken = [], 0, None
        if over:
            return Piece(None, broken)
        return Piece(data, broken) if data or broken else None

    def _break(self, why: str) -> Piece:
        """The value held so far, broken; what follows is passed over to a line opening the next value."""
        self.broken = why
        piece = self._cut()
        self.skipping, self.in_string, self.escaped, self.depth = True, False, False, self.base
        self.open.clear()
        return piece

    def feed(self, buf: bytes) -> Iterator[Piece]:
        pos, n = 0, len(buf)
        if not self.opened:
            pos = buf.find(b"[")
            if pos < 0:
                return
            self.opened, pos = True, pos + 1
            self.at_line_start = False
        start = pos  # where the held part of ``buf`` starts
        while pos < n:
            if self.in_string:
                if self.escaped:
                    pos, self.escaped = pos + 1, False
                    continue
                pos = _INSIDE.match(buf, pos).end()
                if pos == n:
                    break
                c = buf[pos]
                if c == 0x0A:
                    self._hold(buf[start:pos])
                    yield self._break("a string runs past the end of its line (cut short, or a raw newline)")
                    start = pos
                    continue
                self.in_string, self.escaped = c != 0x22, c == 0x5C
                pos += 1
                continue
            end = _OUTSIDE.match(buf, pos).end()
            if self.ended and self.base and buf[pos:end].strip(_BLANKS):  # past the array's end
                self.after_end = True
                return
            if self.at_line_start:
                lead = buf[pos:end]
                if lead.strip(b" \t\r"):
                    self.at_line_start = False
                else:
                    self.line += lead
            pos = end
            if pos == n:
                break
            c = buf[pos]
            if c == 0x0A:
                self.at_line_start, self.line = True, b""
                pos += 1
                continue
            opens_line, self.at_line_start = self.at_line_start, False
            # A line opening a value where the values open theirs (any, before one was seen to).
            at_indent = self.indent is None or self.line == self.indent
            opens_value = c in b"{[" and opens_line and at_indent
            # The array's own end after a broken value: a "]" left of where its values open.
            closes_array = c == 0x5D and opens_line and self.base and (
                self.indent is None or len(self.line) < len(self.indent) or not self.indent
            )
            if self.skipping and (opens_value or closes_array):  # the next value after a broken one
                self._cut()
                start = pos
            elif opens_value and self.indent is not None and self.open[-1:] == b"{":
                # In an object, a line may open with a key only: this value was never closed.
                self._hold(buf[start:pos])
                yield self._break("a value is not closed before the next one opens")
                self._cut()
                start = pos
            if self.skipping:
                pos += 1
                continue
            if self.ended and self.base and c == 0x5B:  # arrays one after another (files joined): read on
                self.ended, pos = False, pos + 1
                start = pos
                continue
            if self.ended and self.base:  # past the array's end: only blanks, or another array, may follow
                self.after_end = True
                return
            if c == 0x22:
                self.in_string = True
            elif c in b"{[":
                if self.depth == self.base and opens_line and self.indent is None:
                    self.indent = self.line
                if self.depth == 0:  # among values, what came before (a bare string, a number) is one
                    self._hold(buf[start:pos])
                    start = pos
                    if piece := self._cut():
                        yield piece
                self.depth += 1
                self.open.append(c)
            elif c in b"}]":
                if self.depth == self.base:  # the array's own "]" (or a stray closer among values)
                    self._hold(buf[start:pos])
                    piece = self._cut()
                    if piece or self.comma_last:
                        yield piece or Piece(b"")
                    start = pos + 1
                    if self.base and c == 0x5D:
                        self.ended = True
                    elif not self.base:
                        yield Piece(b"", f"a stray {chr(c)!r}")
                    pos += 1
                    continue
                self.depth -= 1
                del self.open[-1:]
                if self.depth == 0:  # a value among values closes
                    self._hold(buf[start:pos + 1])
                    piece = self._cut()
                    if piece:
                        yield piece
                    start = pos + 1
            elif c == 0x2C and self.depth == self.base:
                self._hold(buf[start:pos])
                piece = self._cut()
                yield piece if piece else Piece(b"", None)
                self.comma_last = True
                start = pos + 1
            pos += 1
        self._hold(buf[start:pos])

    def close(self) -> Iterator[Piece]:
        if self.in_string or self.depth > self.base:
            raise _CutShort()
        piece = self._cut()
        if piece:
            yield piece


class _CutShort(Exception):
    """The file ends inside a value."""


def top_level_values(stream: BinaryIO, limit: int, in_array: bool) -> Iterator[Piece]:
    """Each top-level value of ``stream`` (after an array's ``[`` when ``in_array``), each held to ``limit``
    bytes; ``Piece(b"")`` for nothing between two commas (``[1,,2]``, ``[1,]``: a comma too many). Raises
    ``Reject`` when the file ends inside a value, or holds more than blanks after the array's ``]``."""
    cutter = _Cutter(limit, in_array)
    n = 0
    what = "array element" if in_array else "JSON value"
    try:
        while chunk := stream.read(CHUNK):
            for piece in cutter.feed(chunk):
                n += piece.data != b"" or piece.broken is not None
                yield piece
            if cutter.after_end:
                raise Reject("malformed_json", f"after {count_of(n, what)}: data after the array's end")
        for piece in cutter.close():
            n += 1
            yield piece
    # A file that ends inside a value, or before its array's "]", was cut off (a copy or a download stopped
    # early): ``truncated``, as a JSON Lines file ending inside its last record is (jsonl._unparsed), not a
    # mistake in the JSON (``malformed_json``, as these were).
    except _CutShort:
        raise Reject("truncated", f"after {count_of(n, what)}: the file ends inside a value, cut off") from None
    if in_array and not cutter.ended:
        raise Reject("truncated", f"after {count_of(n, what)}: the file ends before the array's ']', cut off")
