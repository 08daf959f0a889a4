"""A damaged WARC read on: the stream handed to fastwarc, watched for a gzip member cut short or an empty one
(``_GzipEndCheck``), and the next record found after a damaged stretch."""
from __future__ import annotations

import re
import zlib
from typing import BinaryIO

from wirewash.transforms.core.readers.compression import CHUNK


class _GzipEndCheck:
    """The stream handed to fastwarc unchanged, with a copy inflated (output discarded) only to learn whether
    it ends inside a gzip member (fastwarc stops silently at a member cut off in transfer) and where the empty
    members end (fastwarc takes one for the end of the file: `cat` of a segment with no records, break12 F13).
    fastwarc reads sequentially (one ``tell`` at the start), so every byte passes here once."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._inflater = zlib.decompressobj(wbits=31)
        self._started = False
        self._inflated = 0  # by the member being inflated
        self.gzip = True  # until the first bytes say otherwise
        self.in_member = False
        self.empty_ends: list[int] = []

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        if self.gzip:
            self._track(data, self._raw.tell() - len(data))
        return data

    def _track(self, data: bytes, offset: int) -> None:
        if not self._started and data:
            self._started, self.gzip = True, data[:2] == b"\x1f\x8b"
        end = offset + len(data)
        while data and self.gzip:
            self.in_member = True
            try:
                self._inflated += len(self._inflater.decompress(data, CHUNK))
            except zlib.error:
                self.gzip = self.in_member = False  # damage: fastwarc reports it as corrupt_warc
                return
            if self._inflater.eof:
                data = self._inflater.unused_data
                if not self._inflated:
                    self.empty_ends.append(end - len(data))
                self._inflater = zlib.decompressobj(wbits=31)
                self._inflated = 0
                self.in_member = False
            else:
                data = self._inflater.unconsumed_tail

    def tell(self) -> int:
        return self._raw.tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        self.gzip = self.in_member = False  # a jump makes the copy meaningless: no claim either way
        return self._raw.seek(offset, whence)

    def resume(self, start: int, gzipped: bool) -> int | None:
        """Continue at the first record at or after ``start`` (``_is_record``; a gzip member, when ``gzipped``),
        tracked again, and return its offset; None when there is none."""
        offset = self._next_record(start, gzipped)
        if offset is not None:
            self._raw.seek(offset)
            self._inflater = zlib.decompressobj(wbits=31)
            self._started, self.gzip, self.in_member, self._inflated = True, gzipped, False, 0
            self.empty_ends = [end for end in self.empty_ends if end > offset]
        return offset

    def past_empty_member(self, last: int) -> int | None:
        """The first record after an empty gzip member that fastwarc stopped at (the last record read, or
        the last resumption, started at ``last``), reading resumed there; None when there is none."""
        ends = [end for end in self.empty_ends if end > last]
        self.empty_ends = []
        return self.resume(ends[0], True) if ends else None

    def _next_record(self, start: int, gzipped: bool) -> int | None:
        magic = _GZIP_MAGIC if gzipped else _WARC_MAGIC
        pos, carry = start, b""
        self._raw.seek(start)
        while chunk := self._raw.read(_SCAN):
            data, base = carry + chunk, pos - len(carry)
            pos += len(chunk)
            at = data.find(magic)
            while at >= 0:
                if _is_record(self._raw, base + at, gzipped):
                    return base + at
                at = data.find(magic, at + 1)
            self._raw.seek(pos)
            # A magic cut by the chunk's end is found whole in the next round, never twice.
            carry = data[len(data) - len(magic) + 1 :]
        return None

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        pass  # the caller owns the file


# How a damaged stretch of a WARC is passed over: the next record is the next gzip member that inflates to a
# WARC header (gzipped WARCs: one member per record), or the next WARC header line (plain WARCs).
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_WARC_START = re.compile(rb"WARC/1\.[01]\r?\n[!-9;-~]+:")
_SCAN = 1 << 20


def _is_record(raw: BinaryIO, at: int, gzipped: bool) -> bool:
    """Whether a record starts at ``at``: a WARC header line and a first field; gzipped, a whole gzip member
    that inflates to one (a member cut short by the damage is passed over too, output discarded)."""
    raw.seek(at)
    if not gzipped:
        return _WARC_START.match(raw.read(64)) is not None
    inflater = zlib.decompressobj(wbits=31)
    start = b""
    try:
        while not inflater.eof:
            data = inflater.unconsumed_tail or raw.read(CHUNK)
            if not data:
                return False
            out = inflater.decompress(data, CHUNK)
            if len(start) < 64:
                start += out[:64]
                if len(start) >= 64 and not _WARC_START.match(start):
                    return False
    except zlib.error:
        return False
    return _WARC_START.match(start) is not None
