"""Compression layers that wrap any format: ``.gz``, ``.zst``, ``.bz2`` and ``.xz``, inflated as a stream
under a byte limit.

A layer refuses to produce more than ``max_inflated_bytes`` (a decompression bomb is ``too_large``), and a
stream that ends inside a gzip member, a zstandard frame or a bzip2/xz stream is ``truncated``: data cut off
in transfer is never passed on as if it were whole. Concatenated members and frames are legal
(``cat a.gz b.gz``) and all read, as are NULs padding them (gzip, bzip2, xz); other bytes after the last
are counted ``trailing_garbage``.
"""
from __future__ import annotations

import bz2
import functools
import io
import lzma
import zlib
from typing import TYPE_CHECKING, BinaryIO, Callable

from wirewash.transforms.core.readers.base import ReadConfig, Reject
from wirewash.transforms.core.readers.text import head_of, read_upto
from wirewash.transforms.core.wording import count_of

if TYPE_CHECKING:
    from zstandard import ZstdCompressionDict

# Read and inflate in pieces of this size: small enough to bound memory, large enough to be fast.
CHUNK = 1 << 16
# zstandard's decompressobj has no output limit per call, so it is fed small pieces: at zstd's largest
# ratio (a run-length block) 1 KiB of input still inflates to at most a few tens of MB before the check.
_ZSTD_FEED = 1 << 10


class _Inflater(io.RawIOBase):
    """A compressed stream of members/frames, inflated piece by piece, refusing more than ``limit`` bytes."""

    def __init__(
        self,
        raw: BinaryIO,
        limit: int,
        kind: str,
        start: Callable,
        feed: int,
        errors: tuple,
        magic: bytes = b"",
        start_offset: int = 0,
    ) -> None:
        super().__init__()
        self._raw, self._limit, self._kind, self._magic = raw, limit, kind, magic
        self._start, self._feed, self._errors = start, feed, errors
        self._inflater = start()
        self._pending = b""
        self._pos = 0  # how much of _pending has been fed to the inflater
        self._out = bytearray()
        self._inflated = 0
        self._read = start_offset  # bytes of the file read from raw: the damage's place is told from it
        self._damage: Reject | None = None
        self._any_input = self._in_member = self._done = False
        self._head = b""  # the file's first bytes, to tell data never compressed from damage
        self.trailing_garbage = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._out and not self._done:
            self._inflate_some()
        n = min(len(buffer), len(self._out))
        buffer[:n] = self._out[:n]
        del self._out[:n]
        return n

    def _where(self, unfed: int = 0, place: str = "at") -> str:
        """Where the stream stands, ``unfed`` bytes of what was read not yet given to the inflater."""
        fed = self._read - (len(self._pending) - self._pos) - unfed
        return f"{place} byte {fed:,} of the file, {count_of(self._inflated, 'byte')} into its inflated data"

    def _inflate_some(self) -> None:
        if self._damage is not None:  # raised once what was inflated before the damage has been read
            raise self._damage
        # bzip2 and xz keep input whose output did not fit in CHUNK: drain it before feeding more.
        draining = not getattr(self._inflater, "needs_input", True)
        if not draining and self._pos >= len(self._pending):
            self._pending, self._pos = self._raw.read(CHUNK), 0
            self._read += len(self._pending)
            if not self._pending:
                if self._in_member:
                    raise Reject(
                        "truncated",
                        f"the {self._kind} stream ends in the middle of its data, {self._where()} (cut off "
                        "in transfer or while being written): the records before are read",
                    )
                if not self._any_input:
                    raise Reject("empty", f"empty {self._kind} file")
                self._done = True
                return
            self._head = self._head or self._pending[:16]
            self._any_input = True
        self._in_member = True
        piece = b"" if draining else self._pending[self._pos : self._pos + self._feed]
        self._pos += len(piece)
        # zlib drops a call's output when it meets damage (a bad CRC is met after the member's last byte is
        # inflated): from a copy of the state before the call, the output up to the damage is recovered.
        before = self._inflater.copy() if self._kind == "gzip" else None
        try:
            if self._kind == "gzip":
                chunk = self._inflater.decompress(piece, CHUNK)
                self._pos -= len(self._inflater.unconsumed_tail)
            elif self._kind in ("bzip2", "xz"):
                chunk = self._inflater.decompress(piece, CHUNK)
            else:
                chunk = self._inflater.decompress(piece)
        except self._errors as e:
            # bzip2, xz and zstd keep no copy of their state: the failed call's output is lost with it.
            chunk, unfed = _up_to_damage(before, piece, self._errors) if before is not None else (b"", 0)
            self._inflated += len(chunk)
            at = self._where(unfed) if before is not None else self._where(place="by")
            detail = f"the {self._kind} data is damaged {at}: {e}; the records before are read"
            if not self._inflated and not chunk and not any(
                self._head.startswith(magic) for magic, suffix in MAGIC.items() if _KINDS[suffix] == self._kind
            ):
                # A file named .gz (.zst, .bz2, .xz) that was never compressed: not "damaged at byte 1".
                detail = (f"not {self._kind} data: the file starts with {self._head[:12]!r}, not as {self._kind} "
                          f"data does (named {_SUFFIXES[self._kind]} but never compressed?)")
            self._damage = Reject(f"corrupt_{self._kind}", detail)
            if not chunk:
                raise self._damage from None
        else:
            self._inflated += len(chunk)
        if self._inflated > self._limit:
            raise Reject("too_large", f"inflates past max_inflated_bytes={self._limit}")
        self._out += chunk
        if self._damage is not None:
            return
        if self._inflater.eof:
            # The next member or frame starts right after this one.
            self._pending = self._inflater.unused_data + self._pending[self._pos :]
            self._pos = 0
            self._inflater = self._start()
            self._in_member = False
            if self._magic:
                self._to_next_member()

    def _to_next_member(self) -> None:
        """At a member's (stream's) end, pass over NUL padding (xz's Stream Padding; ``dd conv=sync``, block
        devices: gzip, xz and bzip2 pass it over) to the next member; bytes that start none end the stream
        and set ``trailing_garbage`` (gzip: "trailing garbage ignored"). Padding was a phantom rejection
        after the records, or (xz, between streams) cost the records after it (fresh11 F7, break12 F16)."""
        while True:
            while len(self._pending) - self._pos < len(self._magic) and (more := self._raw.read(CHUNK)):
                self._read += len(more)
                self._pending = self._pending[self._pos :] + more
                self._pos = 0
            rest = self._pending[self._pos :]
            if not rest or rest.startswith(self._magic):
                return
            unpadded = rest.lstrip(b"\0")
            if len(unpadded) == len(rest):
                break
            self._pos += len(rest) - len(unpadded)
        self.trailing_garbage = True
        self._pending, self._pos, self._done = b"", 0, True


def _up_to_damage(inflater, piece: bytes, errors: tuple) -> tuple[bytes, int]:
    """(what ``inflater`` gives of ``piece`` byte by byte before it meets damage, the bytes of ``piece`` from
    the damaged one on): one input byte inflates to at most a few KiB, so this holds no more than the call
    that failed would have given."""
    out = bytearray()
    for at in range(len(piece)):
        try:
            out += inflater.decompress(piece[at : at + 1])
        except errors:
            return bytes(out), len(piece) - at
    return bytes(out), 0


class Layer(io.BufferedReader):
    """A compression layer's output, buffered."""

    @property
    def trailing_garbage(self) -> bool:
        """Whether bytes that are no member followed the last one and were passed over."""
        return self.raw.trailing_garbage


# The bytes every gzip member, every xz stream starts with.
_GZIP_ID, _XZ_ID = b"\x1f\x8b", b"\xfd7zXZ\x00"


def gunzip(raw: BinaryIO, limit: int) -> Layer:
    """A buffered stream of ``raw`` gunzipped (gzip or zlib headers), at most ``limit`` bytes."""
    start = functools.partial(zlib.decompressobj, wbits=47)
    inflater = _Inflater(raw, limit, "gzip", start, CHUNK, (zlib.error,), _GZIP_ID)
    return Layer(inflater, CHUNK)


def unzstd(raw: BinaryIO, limit: int) -> Layer:
    """A buffered stream of ``raw`` zstandard-decompressed, at most ``limit`` bytes; with the dictionary a
    leading skippable frame holds, in the WARC-zstd format."""
    import zstandard

    dictionary, raw = _zstd_dictionary(raw, limit)
    start = zstandard.ZstdDecompressor(dict_data=dictionary).decompressobj
    return Layer(_Inflater(raw, limit, "zstd", start, _ZSTD_FEED, (zstandard.ZstdError,)), CHUNK)


# The IIPC WARC-zstd format (ArchiveTeam's .warc.zst): a skippable frame of this magic first holds the
# dictionary every frame after it was compressed with. Without it each frame was "Dictionary mismatch", one
# corrupt_zstd for the file (break12 F15).
_ZSTD_DICT_FRAME = b"\x5d\x2a\x4d\x18"
_ZSTD_FRAME = b"\x28\xb5\x2f\xfd"
# Far past zstd's dictionaries (ArchiveTeam's are under 1 MB; zstd --train makes 110 KB).
_MAX_ZSTD_DICT = 1 << 26


def _zstd_dictionary(raw: BinaryIO, limit: int) -> tuple[ZstdCompressionDict | None, BinaryIO]:
    """(the zstandard dictionary ``raw``'s first frame holds, or None; ``raw`` from its start)."""
    import zstandard

    head, raw = head_of(raw, 8, exact=True)
    if not head.startswith(_ZSTD_DICT_FRAME) or len(head) < 8:
        return None, raw
    size = int.from_bytes(head[4:], "little")
    cap = min(limit, _MAX_ZSTD_DICT)
    if size > cap:
        raise Reject("too_large", f"a zstd dictionary frame of {size} bytes, past {cap}")
    data = read_upto(raw, 8 + size)[8:]
    if len(data) < size:
        raise Reject("truncated", "the zstd stream ends inside its dictionary frame")
    try:
        if data.startswith(_ZSTD_FRAME):  # the format allows the dictionary itself compressed
            data = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read(cap + 1)
        if len(data) > cap:
            raise Reject("too_large", f"a zstd dictionary inflating past {cap} bytes")
        return zstandard.ZstdCompressionDict(data), raw
    except zstandard.ZstdError as e:
        raise Reject("corrupt_zstd", f"not a valid zstd dictionary in the WARC-zstd frame: {e}") from None


def bunzip2(raw: BinaryIO, limit: int) -> Layer:
    """A buffered stream of ``raw`` bzip2-decompressed (concatenated streams too), at most ``limit`` bytes."""
    inflater = _Inflater(raw, limit, "bzip2", bz2.BZ2Decompressor, CHUNK, (OSError, EOFError), b"BZh")
    return Layer(inflater, CHUNK)


def unxz(raw: BinaryIO, limit: int) -> Layer:
    """A buffered stream of ``raw`` xz-decompressed (concatenated streams too), at most ``limit`` bytes."""
    errors = (lzma.LZMAError, EOFError)
    inflater = _Inflater(raw, limit, "xz", lzma.LZMADecompressor, CHUNK, errors, _XZ_ID)
    return Layer(inflater, CHUNK)


def gunzip_bounded(data: bytes, limit: int) -> bytes:
    """Inflate gzip data, refusing to produce more than ``limit`` bytes; raises ``Reject``."""
    return gunzip(io.BytesIO(data), limit).read()


# Suffix -> the layer that removes it.
LAYERS: dict[str, Callable[[BinaryIO, ReadConfig], Layer]] = {
    ".gz": lambda raw, cfg: gunzip(raw, cfg.max_inflated_bytes),
    ".zst": lambda raw, cfg: unzstd(raw, cfg.max_inflated_bytes),
    ".bz2": lambda raw, cfg: bunzip2(raw, cfg.max_inflated_bytes),
    ".xz": lambda raw, cfg: unxz(raw, cfg.max_inflated_bytes),
}
# Each layer's kind, as its rejections name it, by its suffix, and back.
_KINDS = {".gz": "gzip", ".zst": "zstd", ".bz2": "bzip2", ".xz": "xz"}
_SUFFIXES = {kind: suffix for suffix, kind in _KINDS.items()}
# The magic number that starts each layer's data: a file compressed under a name that does not say so (a
# download saved without its ".gz", a ".jsonl" that is really gzip) is inflated by its content, as file(1)
# would, rather than read as binary, or as garbage JSON Lines line by line.
MAGIC: dict[bytes, str] = {
    b"\x1f\x8b\x08": ".gz",
    b"\x28\xb5\x2f\xfd": ".zst",
    # "BZh", the block size 1-9, then a block's magic (pi) or, for an empty stream, the end's (sqrt pi).
    **{b"BZh%d%s" % (n, m): ".bz2" for n in range(1, 10) for m in (b"1AY&SY", b"\x17rE8P\x90")},
    b"\xfd7zXZ\x00": ".xz",
}
