"""JSON Lines: one article per line (``text`` plus optional ``id``/``url``/``title``/``date``), read one
bounded line at a time; a line over ``max_doc_bytes`` is skipped piece by piece, never held.

``.json`` files: JSON Lines too (what pandas' and Hugging Face ``datasets``' ``to_json`` write by default),
unless the file is one JSON array of records (read whole, under ``max_inflated_bytes``) or one object."""
from __future__ import annotations

import codecs
import io
import json
from typing import BinaryIO, Iterator

from wirewash.transforms.core.readers.base import Extract, RawDoc, ReadConfig, Reader, Reject
from wirewash.transforms.core.readers.compression import CHUNK
from wirewash.transforms.core.readers.encoding import decode_text, utf16_without_bom
from wirewash.transforms.core.readers.records import fields_of, record_to_doc
from wirewash.transforms.core.readers.text import BINARY_MAGIC, Prepended, read_upto
from wirewash.transforms.core.schema import Rejected, doc_id_hasher, make_doc_id

# What a line holding no record is made of.
_BLANK = b" \t\r\n\x0b\x0c\x00"
_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class _Utf8Of(io.RawIOBase):
    """A stream in another Unicode encoding, re-encoded as UTF-8 piece by piece."""

    def __init__(self, raw: BinaryIO, encoding: str) -> None:
        super().__init__()
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._out = b""
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._out and not self._done:
            piece = self._raw.read(CHUNK)
            self._done = not piece
            self._out = self._decoder.decode(piece, final=self._done).encode("utf-8")
        n = min(len(buffer), len(self._out))
        buffer[:n], self._out = self._out[:n], self._out[n:]
        return n


def _as_utf8(stream: BinaryIO) -> BinaryIO:
    """``stream`` as UTF-8 lines: a UTF-16/32 file (BOM, or NULs in every other byte) is re-encoded, so that
    its lines split at the right bytes; a UTF-8 BOM is dropped."""
    stream = stream if hasattr(stream, "peek") else io.BufferedReader(stream, CHUNK)
    head = stream.peek(4)[:4]
    for bom, encoding in _UTF16_32_BOMS:
        if head.startswith(bom):
            return io.BufferedReader(_Utf8Of(stream, encoding), CHUNK)
    utf16 = utf16_without_bom(stream.peek(4096)[:4096])
    if utf16:
        return io.BufferedReader(_Utf8Of(stream, utf16), CHUNK)
    if head.startswith(codecs.BOM_UTF8):
        stream.read(len(codecs.BOM_UTF8))
    return stream


def _bounded_lines(stream: BinaryIO, source: str, limit: int) -> Iterator[tuple[str, bytes | None, str]]:
    """(record source ``path#N``, line bytes or None when longer than ``limit``, content id) per line.

    A line over the limit is skipped chunk by chunk, hashed on the way so that its id is the one it would have
    had if it were held whole; it is never held in memory.
    """
    n = 0
    while True:
        # Room for a line of exactly ``limit`` bytes and its "\r\n".
        raw = stream.readline(limit + 2)
        if not raw:
            return
        n += 1
        record_source = f"{source}#{n}"
        if raw.endswith(b"\n") or len(raw) < limit + 2:  # the whole line (a short read without "\n" is EOF)
            line = raw.rstrip(b"\n").rstrip(b"\r")
            yield record_source, line if len(line) <= limit else None, make_doc_id(record_source, line)
            continue
        h = doc_id_hasher(record_source)
        held = b""  # one piece held back: its "\r" may turn out to be the end of the line
        while raw and not raw.endswith(b"\n"):
            h.update(held)
            held, raw = raw, stream.readline(CHUNK)
        h.update((held + raw).rstrip(b"\n").rstrip(b"\r"))
        yield record_source, None, h.hexdigest()


def _loads(text: str) -> object:
    """``json.loads`` noting repeated keys (``records.Fields``), so a record holding a field twice is refused
    (``duplicate_column``), not read with the last value. The hook costs a few microseconds a record; a
    pre-scan of the text for repeated names cost more than the parse itself."""
    return json.loads(text, object_pairs_hook=fields_of)


def _checked_utf8(stream: BinaryIO) -> BinaryIO:
    stream = _as_utf8(stream)
    if stream.peek(8)[:8].startswith(BINARY_MAGIC):
        # A zip or PDF under a .jsonl name: one rejection that says so, not a malformed_json per "line".
        raise Reject("binary", f"binary file (starts with {stream.peek(4)[:4]!r}), not JSON Lines")
    return stream


def _read_jsonl(
    source: str, stream: BinaryIO, cfg: ReadConfig, _extract: Extract
) -> Iterator[RawDoc | Rejected]:
    yield from _records(source, _checked_utf8(stream), cfg)


def _records(source: str, stream: BinaryIO, cfg: ReadConfig) -> Iterator[RawDoc | Rejected]:
    records = 0
    for record_source, line, content_id in _bounded_lines(stream, source, cfg.max_doc_bytes):
        if line is not None and not line.strip(_BLANK):  # NUL padding too (preallocated, then cut short)
            continue
        records += 1
        if line is None:
            detail = f"line longer than max_doc_bytes={cfg.max_doc_bytes}"
            yield Rejected(content_id, record_source, "too_large", detail)
            continue
        try:
            record = _loads(decode_text(line))
        except (ValueError, RecursionError) as e:
            detail = "JSON nested too deeply" if isinstance(e, RecursionError) else str(e)[:200]
            yield Rejected(content_id, record_source, "malformed_json", detail)
            continue
        yield record_to_doc(record, source, record_source, content_id, cfg)
    if not records:
        raise Reject("empty", "no JSON Lines records")


def _read_json(
    source: str, stream: BinaryIO, cfg: ReadConfig, _extract: Extract
) -> Iterator[RawDoc | Rejected]:
    stream = _checked_utf8(stream)
    if not stream.peek(CHUNK)[:CHUNK].lstrip().startswith(b"["):
        # JSON Lines, unless the whole file is one (pretty-printed) object: one record.
        head = read_upto(stream, cfg.max_doc_bytes + 1)
        if len(head) <= cfg.max_doc_bytes:
            try:
                record = _loads(decode_text(head))
            except (ValueError, RecursionError):
                pass  # JSON Lines ("Extra data" after the first line), or malformed lines: one rejection each
            else:
                line = head.rstrip(b"\n").rstrip(b"\r")  # the id JSON Lines would give a one-line file
                yield record_to_doc(record, source, f"{source}#1", make_doc_id(f"{source}#1", line), cfg)
                return
        yield from _records(source, io.BufferedReader(Prepended(head, stream), CHUNK), cfg)
        return
    data = read_upto(stream, cfg.max_inflated_bytes + 1)
    if len(data) > cfg.max_inflated_bytes:
        detail = f"a JSON array over max_inflated_bytes={cfg.max_inflated_bytes}: JSON Lines is streamed"
        raise Reject("too_large", detail)
    try:
        records = _loads(decode_text(data))
    except (ValueError, RecursionError) as e:
        detail = "JSON nested too deeply" if isinstance(e, RecursionError) else str(e)[:200]
        raise Reject("malformed_json", detail) from None
    if not records:
        raise Reject("empty", "an empty JSON array")
    for n, record in enumerate(records, 1):
        record_source = f"{source}#{n}"
        content = json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass")
        yield record_to_doc(record, source, record_source, make_doc_id(record_source, content), cfg)


JSONL = Reader("jsonl", (".jsonl", ".ndjson"), _read_jsonl)
JSON = Reader("json", (".json",), _read_json)
