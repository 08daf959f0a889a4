"""JSON Lines: one article per line (``text`` plus optional ``id``/``url``/``title``/``date``), read one
bounded line at a time; a line over ``max_doc_bytes`` is skipped piece by piece, never held. Lines may end in
"\n", "\r\n" or (an old Mac export) "\r" alone. A ``.jsonl`` whose first line is no JSON (one object or
array pretty-printed over many lines) is read as a ``.json`` file is.

``.json`` files: JSON Lines too (what pandas' and Hugging Face ``datasets``' ``to_json`` write by default),
unless the file is one JSON array of records (streamed element by element by ijson, each element held to
``max_doc_bytes``) or one object. ``looks_like_json`` tells such content under any other name."""
from __future__ import annotations

import codecs
import io
import json
from typing import BinaryIO, Iterator

import ijson

from wirewash.transforms.core.readers.base import Extract, RawDoc, ReadConfig, Reader, Reject
from wirewash.transforms.core.readers.compression import CHUNK
from wirewash.transforms.core.readers.encoding import decode_text, utf16_without_bom
from wirewash.transforms.core.readers.records import Fields, fields_of, record_to_doc
from wirewash.transforms.core.readers.text import BINARY_MAGIC, Prepended, read_upto
from wirewash.transforms.core.schema import Rejected, doc_id_hasher, make_doc_id

# What a line holding no record is made of.
_BLANK = b" \t\r\n\x0b\x0c\x00"
# Deeper than this, an array element is refused: its content id (``json.dumps``) would recurse past Python's limit.
_MAX_DEPTH = 500
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


class _CrAsLf(io.RawIOBase):
    """A stream whose "\r" bytes read as "\n": in JSON a raw CR is only ever whitespace or a line's end."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        piece = self._raw.read(len(buffer)).replace(b"\r", b"\n")
        buffer[: len(piece)] = piece
        return len(piece)


def _checked_utf8(stream: BinaryIO) -> BinaryIO:
    stream = _as_utf8(stream)
    head = stream.peek(CHUNK)[:CHUNK]
    if head.startswith(BINARY_MAGIC):
        # A zip or PDF under a .jsonl name: one rejection that says so, not a malformed_json per "line".
        raise Reject("binary", f"binary file (starts with {head[:4]!r}), not JSON Lines")
    if b"\r" in head and b"\n" not in head:  # CR-only line ends: every record was one "line"
        return io.BufferedReader(_CrAsLf(stream), CHUNK)
    return stream


def looks_like_json(head: bytes, text_column: str) -> bool:
    """Whether a file's first bytes are JSON records: one object, JSON Lines or an array of objects, the first
    record's ``text_column`` a string. Only valid JSON up to the end of that string gets that far, so a plain
    text that starts with "{" or "[" ("[Reuters] ...", "{Editor's note}") is not taken for JSON."""
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[")):
        return False
    try:
        for prefix, event, _value in ijson.parse(io.BytesIO(head), multiple_values=True):
            if event == "string" and prefix in (text_column, f"item.{text_column}"):
                return True
    except ijson.JSONError:  # the head ends inside a value, or is no JSON at all
        pass
    return False


def _first_line_is_json(stream: BinaryIO) -> bool:
    """Whether the first non-blank line (as far as the buffer holds it) parses as JSON on its own."""
    head = stream.peek(CHUNK)[:CHUNK].lstrip(_BLANK)
    end = head.find(b"\n")
    if end < 0 and len(head) == CHUNK:
        return True  # longer than a buffer: a line of JSON Lines, read and bounded line by line
    try:
        _loads(decode_text(head[: end if end >= 0 else len(head)]))
    except (ValueError, RecursionError):
        return False
    return True


def _read_jsonl(
    source: str, stream: BinaryIO, cfg: ReadConfig, _extract: Extract
) -> Iterator[RawDoc | Rejected]:
    stream = _checked_utf8(stream)
    if _first_line_is_json(stream):
        yield from _records(source, stream, cfg)
    else:  # one object or array over many lines ("indent=2"), or a first line cut: the JSON reader tells
        yield from _json_document(source, stream, cfg)


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
    yield from _json_document(source, _checked_utf8(stream), cfg)


def _json_document(source: str, stream: BinaryIO, cfg: ReadConfig) -> Iterator[RawDoc | Rejected]:
    if stream.peek(CHUNK)[:CHUNK].lstrip().startswith(b"["):
        yield from _array_records(source, stream, cfg)
        return
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


class _Element:
    """One element of a top-level array being built from parser events, within a size and depth."""

    def __init__(self, limit: int) -> None:
        self.limit, self.size = limit, 0
        self.refused: tuple[str, str] | None = None  # (reason, detail)
        self.stack: list[list | Fields] = []
        self.keys: list[str | None] = []
        self.value: object = None

    def add(self, value: object) -> None:
        if self.refused:
            return
        if not self.stack:
            self.value = value
        elif isinstance(self.stack[-1], list):
            self.stack[-1].append(value)
        else:
            record, key = self.stack[-1], self.keys[-1]
            if key in record and key not in record.duplicated:
                record.duplicated = (*record.duplicated, key)
            record[key] = value

    def event(self, event: str, value: object) -> bool:
        """Takes one parser event; True when the element is complete."""
        self.size += len(value) if isinstance(value, str) else 8
        if self.size > self.limit and not self.refused:
            self.refused = ("too_large", f"an array element over max_doc_bytes={self.limit}")
        if event in ("start_map", "start_array"):
            if len(self.stack) >= _MAX_DEPTH and not self.refused:
                self.refused = ("malformed_json", "JSON nested too deeply")
            container: list | Fields = Fields() if event == "start_map" else []
            self.add(container)
            self.stack.append(container)
            self.keys.append(None)
            return False
        if event in ("end_map", "end_array"):
            self.stack.pop()
            self.keys.pop()
        elif event == "map_key":
            self.keys[-1] = value
            return False
        else:
            self.add(value)
        return not self.stack


def _array_records(source: str, stream: BinaryIO, cfg: ReadConfig) -> Iterator[RawDoc | Rejected]:
    """A top-level array, element by element: memory is one element's, however long the array (a 56 MB
    array of 12,000 articles was one ``too_large``); an element over ``max_doc_bytes`` is one record's
    ``too_large``, an element nested past ``_MAX_DEPTH`` one ``malformed_json``."""
    events = ijson.basic_parse(stream, use_float=True)
    n, element = 0, None
    try:
        next(events)  # start_array
        for event, value in events:
            if element is None:
                if event == "end_array":
                    continue  # the array's end; trailing garbage after it raises from the parser
                element = _Element(cfg.max_doc_bytes)
            if not element.event(event, value):
                continue
            n += 1
            record_source = f"{source}#{n}"
            if element.refused:
                yield Rejected(make_doc_id(record_source, b""), record_source, *element.refused)
            else:
                content = json.dumps(element.value, sort_keys=True, ensure_ascii=False)
                content_id = make_doc_id(record_source, content.encode("utf-8", "surrogatepass"))
                yield record_to_doc(element.value, source, record_source, content_id, cfg)
            element = None
    except ijson.JSONError as e:
        raise Reject("malformed_json", f"after {n} array elements: {str(e).splitlines()[0]}"[:300]) from None
    if not n:
        raise Reject("empty", "an empty JSON array")


JSONL = Reader("jsonl", (".jsonl", ".ndjson"), _read_jsonl, records=True)
JSON = Reader("json", (".json",), _read_json, records=True)
