"""JSON Lines: one article per line (``text`` plus optional ``id``/``url``/``title``/``date``), read one
bounded line at a time; a line over ``max_doc_bytes`` is skipped piece by piece, never held. Lines may end in
"\n", "\r\n" or (an old Mac export) "\r" alone. A ``.jsonl`` whose first line is no JSON (one object or
array pretty-printed over many lines) is read as a ``.json`` file is.

``.json`` files: JSON Lines too (what pandas' and Hugging Face ``datasets``' ``to_json`` write by default),
unless the file is one JSON array of records (streamed element by element by ijson, each element held to
``max_doc_bytes``), one object, or objects one after another (``jq .``). ``sniff_json`` tells such content
under any other name."""
from __future__ import annotations

import codecs
import io
import json
import re
from typing import BinaryIO, Iterator, Literal

from wirewash.transforms.core.readers.base import Extract, RawDoc, ReadConfig, Reader, Reject, Skipped
from wirewash.transforms.core.readers.compression import CHUNK
from wirewash.transforms.core.readers.encoding import (
    Decoded,
    decode_text,
    decoded,
    in_code_page,
    utf16_without_bom,
)
from wirewash.transforms.core.readers.json_stream import (
    Mapped,
    enveloped,
    holds_a_value,
    leading_fields,
    parsed_prefix,
    value_docs,
    value_records,
)
from wirewash.transforms.core.readers.json_text import HOOKS, loads, parsed
from wirewash.transforms.core.readers.records import (
    Fields,
    id_doc_id,
    leading_input_id,
    record_to_doc,
)
from wirewash.transforms.core.readers.text import BINARY_MAGIC, Prepended, encoding_repairs, read_upto
from wirewash.transforms.core.schema import Rejected, doc_id_hasher, make_doc_id
from wirewash.transforms.core.wording import count_of

# What a line holding no record is made of; "\x1a" is the end-of-file mark DOS tools (copy /a, old editors)
# append, which was a malformed_json input of its own.
_BLANK = b" \t\r\n\x0b\x0c\x00\x1e\x1a"
# RFC 7464's record separator, which starts each record of a JSON text sequence (application/json-seq: jq
# --seq, GeoJSON text sequences): read as JSON Lines. Each line was a malformed_json, or the file one.
_RS = b"\x1e"
# A comment line some exporters and hand-edited files put among the records ("# exported 2024-03-04",
# "// batch 2"): no JSON value starts so. Each was a malformed_json input that never existed, and a file
# opening with a few of them one malformed_json "not JSON Lines" for all of its records.
_COMMENT = re.compile(rb"[ \t]*(?:#|//)")
# An array's bracket on a line of its own among records ending in commas: a slice cut from the middle of an
# array split by lines ("{...},", then "]"). Each was a malformed_json input that never existed.
_BRACKET = re.compile(rb"\s*[\[\]]\s*,?\s*")
_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _utf8_of(raw: BinaryIO, encoding: str) -> BinaryIO:
    """A stream in another Unicode encoding, re-encoded as UTF-8 piece by piece."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    return io.BufferedReader(Mapped(raw, lambda piece, at_end: decoder.decode(piece, final=at_end).encode("utf-8")),
                             CHUNK)


def as_utf8(stream: BinaryIO) -> BinaryIO:
    """``stream`` as UTF-8 lines: a UTF-16/32 file (BOM, or NULs in every other byte) is re-encoded, so that
    its lines split at the right bytes; a UTF-8 BOM is dropped."""
    stream = stream if hasattr(stream, "peek") else io.BufferedReader(stream, CHUNK)
    head = stream.peek(4)[:4]
    for bom, encoding in _UTF16_32_BOMS:
        if head.startswith(bom):
            return _utf8_of(stream, encoding)
    sample = stream.peek(4096)[:4096]
    utf16 = utf16_without_bom(sample)
    # Only a file that starts in UTF-16: UTF-8 lines with UTF-16 ones appended after them (``_utf16le_line``)
    # were all re-read as UTF-16, the UTF-8 records lost with the file as one malformed_json.
    if utf16 and utf16_without_bom(sample[:64]) == utf16:
        return _utf8_of(stream, utf16)
    if head.startswith(codecs.BOM_UTF8):
        stream.read(len(codecs.BOM_UTF8))
    return stream


# A JSON record's start in UTF-16 LE, after the NUL a split at b"\n" leaves: blanks, then "{" or "[", each
# followed by its zero byte. Told by its start, not by its share of NULs, which a Chinese record has few of.
_UTF16LE_RECORD = re.compile(rb"\x00?(?=(?:[ \t]\x00)*[{\[]\x00)")


def _utf16le_line(line: bytes) -> Decoded | None:
    """A line of UTF-16 LE among UTF-8 JSON Lines, as Windows PowerShell 5's ``>>`` (Out-File -Append) appends
    them, without a BOM and each ending in "\r\n": its text, noted as a mixed encoding; None for any other
    line. Split at b"\n", such a line starts with the NUL of the "\n" before it."""
    start = _UTF16LE_RECORD.match(line)
    if start is None:
        return None
    return Decoded(line[start.end():].decode("utf-16-le", "replace").rstrip("\r\x00"), mixed=True)


def _utf16le_joined(
    lines: Iterator[tuple[str, bytes | None, str, bytes]], limit: int
) -> Iterator[tuple[str, bytes | None, str, bytes]]:
    """``_bounded_lines`` with the pieces of a UTF-16 LE line cut at a character holding the byte 0x0A (上 is
    b"\x0a\x4e", Serbian Њ b"\x0a\x04") joined again: such a line ends in "\r\x00" before its "\n", a piece
    of one does not. Each line keeps the number of its first piece."""
    held: tuple[str, bytes] | None = None
    for record_source, line, content_id, head in lines:
        if held is not None and line is not None and len(held[1]) + 1 + len(line) <= limit:
            record_source, line = held[0], held[1] + b"\n" + line
            content_id = make_doc_id(record_source, line)
        elif held is not None:
            yield held[0], held[1], make_doc_id(*held), b""
        held = None
        if line is not None and not line.endswith(b"\r\x00") and _UTF16LE_RECORD.match(line):
            held = (record_source, line)
            continue
        yield record_source, line, content_id, head
    if held is not None:
        yield held[0], held[1], make_doc_id(*held), b""


def _bounded_lines(
    stream: BinaryIO, source: str, limit: int
) -> Iterator[tuple[str, bytes | None, str, bytes]]:
    """(record source ``path#N``, line bytes or None when longer than ``limit``, content id, the first
    ``CHUNK`` bytes of a line over the limit or b"") per line.

    A line over the limit is skipped chunk by chunk, hashed on the way so that its id is the one it would have
    had if it were held whole; it is never held in memory, but for its first buffer, where its record's id may
    be (``_leading_id``).
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
            if len(line) <= limit:
                yield record_source, line, make_doc_id(record_source, line), b""
            else:
                yield record_source, None, make_doc_id(record_source, line), line[:CHUNK]
            continue
        h, head = doc_id_hasher(record_source), raw[:CHUNK]
        held = b""  # one piece held back: its "\r" may turn out to be the end of the line
        while raw and not raw.endswith(b"\n"):
            h.update(held)
            held, raw = raw, stream.readline(CHUNK)
        h.update((held + raw).rstrip(b"\n").rstrip(b"\r"))
        yield record_source, None, h.hexdigest(), head


def _glued_objects(text: str) -> list[tuple[Fields, str]] | None:
    """(object, its text) per object of a line holding two or more side by side (``{...}{...}``, ``{...}
    {...}``: files joined without their last newline), or None when the line holds anything else. Read as
    ``jq`` reads them; the line was one ``malformed_json`` input for two documents (fresh11 F14)."""
    decoder = json.JSONDecoder(**HOOKS)
    objects: list[tuple[Fields, str]] = []
    at = json.decoder.WHITESPACE.match(text).end()
    try:
        while at < len(text):
            value, end = decoder.raw_decode(text, at)
            if not isinstance(value, dict):
                return None
            objects.append((value, text[at:end]))
            at = json.decoder.WHITESPACE.match(text, end).end()
    except (ValueError, RecursionError):
        return None
    return objects if len(objects) > 1 else None


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
    stream = as_utf8(stream)
    head = stream.peek(CHUNK)[:CHUNK]
    if head.startswith(BINARY_MAGIC):
        # A zip or PDF under a .jsonl name: one rejection that says so, not a malformed_json per "line".
        raise Reject("binary", f"binary file (starts with {head[:4]!r}), not JSON Lines")
    if b"\r" in head and b"\n" not in head:  # CR-only line ends: every record was one "line"
        return io.BufferedReader(_CrAsLf(stream), CHUNK)
    return stream


def starts_as_json(head: bytes) -> bool:
    """Whether ``head`` starts with ``{`` or ``[`` (after a BOM, UTF-16/32 zero bytes, blanks): what
    ``sniff_json`` must look at further."""
    return head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n\x1e").startswith((b"{", b"["))


def sniff_json(head: bytes, whole: bool) -> Literal["records", "text", "text_starting_as_json"]:
    """What a file no suffix claimed is, by its first bytes (decoded as the JSON readers decode: a UTF-8 BOM
    dropped, UTF-16/32 re-encoded, a code page detected): ``records`` when it starts with a JSON object, or
    an array whose first element is one, and the parser accepts all of ``head`` (the file, or a valid prefix
    of it cut at the window): JSON Lines, concatenated or pretty-printed objects, an array. Whether the
    records hold the text field is the JSON reader's to say, record by record (``no_text_field``).
    JSON Lines with a broken line are records too when the first line and most lines are objects on their
    own (the reader rejects the broken one alone); ``whole``: ``head`` is the whole file, its last line not
    cut. ``text_starting_as_json``: a complete JSON object followed by what is no JSON (a story quoting a
    payload on its first line); ``text`` otherwise ("[Reuters] ...", "{Editor's note}", a list of words)."""
    if not starts_as_json(head):
        return "text"  # cheap: most text files are never decoded here
    # Decoded as the JSON readers decode each line: a code page's "é" is invalid UTF-8 to the parser.
    data = decode_text(as_utf8(io.BytesIO(head)).read()).encode("utf-8", "surrogatepass")
    events, failed = parsed_prefix(data)
    first = [event for event, _value in events[:2]]
    if first[:1] != ["start_map"] and first != ["start_array", "start_map"]:
        return "text"
    if not failed or _mostly_json_lines(data, whole):
        return "records"
    return "text_starting_as_json" if holds_a_value(events) else "text"


def _mostly_json_lines(data: bytes, whole: bool) -> bool:
    lines = [line for line in data.split(b"\n") if line.strip(_BLANK)]
    if not whole:
        lines = lines[:-1]  # cut at the window
    parsed = [_is_object(line) for line in lines]
    return bool(parsed) and parsed[0] and 2 * sum(parsed) > len(parsed)


def _is_object(line: bytes) -> bool:
    try:
        return isinstance(loads(line.lstrip(_RS).decode("utf-8", "surrogatepass")), dict)
    except (ValueError, RecursionError):
        return False


def _is_json(line: bytes) -> bool:
    try:
        loads(decode_text(line))
    except (ValueError, RecursionError):
        return False
    return True


def _first_line_is_json(head: bytes) -> bool:
    """Whether the first line of ``head`` neither blank nor a comment (as far as it holds it) parses as JSON
    on its own."""
    head = head[:CHUNK].lstrip(_BLANK)
    while _COMMENT.match(head) and b"\n" in head:
        head = head[head.index(b"\n"):].lstrip(_BLANK)
    end = head.find(b"\n")
    if end < 0 and len(head) == CHUNK:
        return True  # longer than a buffer: a line of JSON Lines, read and bounded line by line
    try:
        loads(decode_text(head[: end if end >= 0 else len(head)]))
    except (ValueError, RecursionError):
        return False
    return True


def _starts_as_values(head: bytes) -> bool:
    """Whether ``head`` starts with JSON values one after another (what ``jq .`` writes): a complete first
    value, or a valid prefix of one longer than a buffer (it becomes its record's ``too_large``)."""
    events, failed = parsed_prefix(head[:CHUNK])
    return holds_a_value(events) or (bool(events) and not failed)


def _read_jsonl(
    source: str, stream: BinaryIO, cfg: ReadConfig, _extract: Extract
) -> Iterator[RawDoc | Rejected]:
    stream = _checked_utf8(stream)
    if cfg.records_path:
        yield from enveloped(source, stream, cfg)
    elif _first_line_is_json(stream.peek(CHUNK)):
        yield from _records(source, stream, cfg)
    else:  # one object or array over many lines ("indent=2"), or a first line cut: the JSON reader tells
        yield from _json_document(source, stream, cfg)


def _records(source: str, stream: BinaryIO, cfg: ReadConfig) -> Iterator[RawDoc | Rejected]:
    # What one buffer holds, never more: a read past it could meet a cut or a bomb before the records are
    # kept.
    _check_json_lines(stream.peek(CHUNK)[:CHUNK])
    records = 0
    first_code_page: bool | None = None  # whether the first line beyond ASCII was read in a code page
    lines = _utf16le_joined(_bounded_lines(stream, source, cfg.max_doc_bytes), cfg.max_doc_bytes)
    for record_source, line, content_id, head in lines:
        if line is not None and not line.strip(_BLANK):  # NUL padding too (preallocated, then cut short)
            continue
        if line is not None and _COMMENT.match(line):
            yield Skipped("json_comment")
            continue
        if line is not None and _BRACKET.fullmatch(line):
            yield Skipped("json_array_bracket")
            continue
        records += 1
        if line is not None and line.startswith(b"\x00") and b"\x00" not in line.lstrip(b"\x00"):
            # A record written after NUL padding (a writer that preallocated, crashed, and appended on the same
            # line): the record is read, as a line of NULs alone is passed over. It was malformed_json.
            line = line.lstrip(b"\x00")
        if line is None:
            detail = f"line longer than max_doc_bytes={cfg.max_doc_bytes}"
            input_id = leading_input_id(leading_fields(head), cfg)
            doc_id = id_doc_id(source, input_id) if input_id is not None else content_id
            yield Rejected(doc_id, record_source, "too_large", detail, input_id=input_id)
            continue
        text = (b"\x00" in line and _utf16le_line(line)) or decoded(line.lstrip(_RS))
        if not text.mixed and not line.isascii():
            # The file's first line beyond ASCII tells its encoding; a line in the other (a record appended
            # by a Windows tool in Windows-1252, or in UTF-8 to such a file) is a mixed encoding, as UTF-16
            # is.
            code_page = in_code_page(line, text)
            first_code_page = code_page if first_code_page is None else first_code_page
            if code_page != first_code_page:
                text = text._replace(mixed=True)
        try:
            record, lenient = parsed(text.text)
        except (ValueError, RecursionError) as e:
            glued = _glued_objects(text.text) if not isinstance(e, RecursionError) else None
            if glued:
                for k, (record, written) in enumerate(glued, 1):
                    part_source = f"{record_source}.{k}"
                    part_id = make_doc_id(part_source, written.encode("utf-8", "surrogatepass"))
                    yield record_to_doc(record, source, part_source, part_id, cfg, encoding_repairs(text))
                continue
            yield Rejected(content_id, record_source, *_unparsed(record_source, text.text, e, _at_end(stream)))
            continue
        repairs = (*encoding_repairs(text), *lenient)
        if isinstance(record, list):  # a batch of records on one line
            yield from value_docs(record, source, record_source, cfg, repairs)
            continue
        yield record_to_doc(record, source, record_source, content_id, cfg, repairs)
    if not records:
        raise Reject("empty", "no JSON Lines records")


def _at_end(stream: BinaryIO) -> bool:
    """Whether only blanks (NUL padding too) are left in ``stream`` as far as one buffer shows; False when
    reading on fails (a cut .gz): the read of the next line raises that again, after this line's rejection."""
    try:
        return not stream.peek(CHUNK)[:CHUNK].strip(_BLANK)
    except (Reject, OSError):
        return False


def _unparsed(record_source: str, text: str, error: Exception, at_end: bool) -> tuple[str, str]:
    """(reason, detail) of a line of ``record_source`` (``path#N``, N its physical line, 1-based) that does not
    parse (``error``): ``truncated`` when it is the file's last and ends inside a JSON value (``at_end``: only
    blanks after it; a copy or a download cut off mid-record), else ``malformed_json`` naming line N and the
    column. The parser's own message said "line 1 column 21 (char 20)" of every line: the line alone was
    parsed, and its "line 1" read as the file's."""
    number = int(record_source.rsplit("#", 1)[1])
    if isinstance(error, RecursionError):
        return "malformed_json", f"JSON nested too deeply: line {number}"
    data = text.encode("utf-8", "surrogatepass")
    events, failed = parsed_prefix(data)
    # A valid start whose object or array is still open; a number at the end ("{...}7") is no cut record.
    open_value = not failed and sum((e in ("start_map", "start_array")) - (e in ("end_map", "end_array"))
                                    for e, _ in events) > 0
    if at_end and open_value:
        return "truncated", (f"the file ends inside the record on line {number}, its last: cut off after "
                             f"{len(data):,} bytes of it, in a JSON value not closed")
    cut = "; the line ends inside a JSON value (a record cut short)" if open_value else ""
    if isinstance(error, json.JSONDecodeError):
        # Lines the parser counts inside one record: those of UTF-16 pieces joined again (_utf16le_joined).
        return "malformed_json", f"{error.msg}: line {number + error.lineno - 1} column {error.colno}{cut}"
    return "malformed_json", f"{str(error)[:200]}: line {number}{cut}"


def _check_json_lines(head: bytes) -> None:
    """``malformed_json`` for the whole file when most lines of ``head`` (what one buffer holds: 4 KiB to 64
    KiB) are no JSON: prose after a JSON first line, not JSON Lines, was one ``malformed_json`` per line
    (3,000 rows for a 3,000-line story). A broken record still starts with ``{``, and a bare value (a number,
    a string) is JSON: a real JSON Lines file with bad lines keeps its per-line rejections (a file of mostly
    bare values was refused whole as "not JSON Lines", its records among them lost). Comment lines count
    neither way."""
    pieces = head.split(b"\n")[:-1]  # the last one may be cut at the buffer's end
    lines = _utf16le_joined(((str(n), line, "", b"") for n, line in enumerate(pieces, 1)), len(head))
    numbered = [(int(n), line.lstrip(_BLANK)) for n, line, _, _ in lines
                if line and line.strip(_BLANK) and not _COMMENT.match(line)]
    prose = [(n, line) for n, line in numbered if not line.startswith((b"{", b"[")) and not _is_json(line)]
    if 2 * len(prose) > len(numbered):
        n, line = prose[0]
        raise Reject(
            "malformed_json",
            f"not JSON Lines: {len(prose):,} of its first {count_of(len(numbered), 'line')} "
            f"{'is' if len(prose) == 1 else 'are'} no JSON value "
            f"(line {n}: {line[:40].decode('utf-8', 'replace')!r}); a text file under a .txt name is read as "
            "one article",
        )


def _read_json(
    source: str, stream: BinaryIO, cfg: ReadConfig, _extract: Extract
) -> Iterator[RawDoc | Rejected]:
    stream = _checked_utf8(stream)
    yield from enveloped(source, stream, cfg) if cfg.records_path else _json_document(source, stream, cfg)


def _json_document(source: str, stream: BinaryIO, cfg: ReadConfig) -> Iterator[RawDoc | Rejected]:
    if stream.peek(CHUNK)[:CHUNK].lstrip().startswith(b"["):
        yield from value_records(source, stream, cfg, in_array=True)
        return
    # JSON Lines, unless the whole file is one (pretty-printed) object: one record.
    head = read_upto(stream, cfg.max_doc_bytes + 1)
    if len(head) <= cfg.max_doc_bytes:
        text = decoded(head)
        try:
            record, lenient = parsed(text.text)
        except (ValueError, RecursionError):
            pass  # JSON Lines ("Extra data" after the first line), or malformed lines: one rejection each
        else:
            line = head.rstrip(b"\n").rstrip(b"\r")  # the id JSON Lines would give a one-line file
            content_id = make_doc_id(f"{source}#1", line)
            repairs = (*encoding_repairs(text), *lenient)
            yield record_to_doc(record, source, f"{source}#1", content_id, cfg, repairs)
            return
    stream = io.BufferedReader(Prepended(head, stream), CHUNK)
    # A whole file of one line is a JSON Lines record however it ends: cut mid-record, it is its line's
    # ``truncated`` (``path#1``) with a line end after it or none. Without one, its valid start read as
    # values one after another, one ``malformed_json`` for the file.
    one_line = len(head) <= cfg.max_doc_bytes and len(head.strip(_BLANK).splitlines()) == 1
    if not _first_line_is_json(head) and not one_line and _starts_as_values(head):
        # Objects pretty-printed one after another (``jq .``): no line alone is JSON, each value is a record.
        yield from value_records(source, stream, cfg, in_array=False)
    else:  # JSON Lines, or a first line cut short: the lines after it are still read
        yield from _records(source, stream, cfg)



JSONL = Reader("jsonl", (".jsonl", ".ndjson"), _read_jsonl, records=True)
JSON = Reader("json", (".json",), _read_json, records=True)
