"""One input file, read as a stream -> raw documents (or rejections that say why).

Formats by extension (after an optional ``.gz``): ``.html``/``.htm`` (main text by trafilatura),
``.jsonl``/``.ndjson`` (one article per line, ``text`` plus optional ``id``/``url``/``title``/``date``),
anything else plain text. Every failure becomes a ``Rejected`` with a stable ``reason`` code; nothing raises.
Nothing is read whole: a text or HTML document is read up to ``max_doc_bytes``, JSON Lines one bounded line at
a time, and ``.gz`` is inflated chunk by chunk up to ``max_inflated_bytes``.
"""
from __future__ import annotations

import codecs
import datetime
import io
import json
import os
import re
import stat
import zlib
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterator

from transforms.core.counters import Inc
from transforms.core.html import PageText, extract_page, str_or_none
from transforms.core.schema import Rejected, doc_id_hasher, make_doc_id

Extract = Callable[[str], "PageText | None"]

HTML_EXTENSIONS = (".html", ".htm")
JSONL_EXTENSIONS = (".jsonl", ".ndjson")

# Magic numbers of the binary formats most often found mixed into text dumps.
_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"PK\x03\x04",  # zip, docx, xlsx
    b"\x7fELF",
    b"\x1f\x8b",  # gzip without a .gz name
)
# C0 controls other than tab, newline, form feed and carriage return carry no text.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.05
# Read and inflate in pieces of this size: small enough to bound memory, large enough to be fast.
_CHUNK = 1 << 16


@dataclass(frozen=True)
class ReadConfig:
    max_doc_bytes: int = 5_000_000
    max_inflated_bytes: int = 50_000_000
    # Fields of JSON Lines records and columns of Parquet files holding the text and the document id.
    text_column: str = "text"
    id_column: str = "id"
    # trafilatura takes well under a second on a real page; only a pathological one gets near this.
    html_timeout_s: float = 20.0

    def __post_init__(self) -> None:
        if not self.text_column or not self.id_column or self.text_column == self.id_column:
            raise ValueError(
                f"text_column ({self.text_column!r}) and id_column ({self.id_column!r}) must be two names"
            )
        if self.max_doc_bytes <= 0:
            raise ValueError(f"max_doc_bytes must be positive, got {self.max_doc_bytes}")
        if not self.html_timeout_s > 0:
            raise ValueError(f"html_timeout_s must be positive, got {self.html_timeout_s}")
        if self.max_inflated_bytes < self.max_doc_bytes:
            raise ValueError(
                f"max_inflated_bytes ({self.max_inflated_bytes}) must be >= max_doc_bytes "
                f"({self.max_doc_bytes})"
            )


@dataclass(frozen=True)
class RawDoc:
    """One document before cleaning: its text and whatever metadata the container gave."""

    doc_id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: datetime.date | None = None
    byline: str | None = None
    publisher: str | None = None
    fetched: datetime.date | None = None  # when a crawler fetched it (WARC-Date), not when it was published


class _Reject(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def _format_of(name: str) -> tuple[str, bool]:
    lower = name.lower()
    gzipped = lower.endswith(".gz")
    if gzipped:
        lower = lower[:-3]
    if lower.endswith(HTML_EXTENSIONS):
        return "html", gzipped
    if lower.endswith(JSONL_EXTENSIONS):
        return "jsonl", gzipped
    return "text", gzipped


class _BoundedGunzip(io.RawIOBase):
    """A gzip stream inflated chunk by chunk that refuses to produce more than ``limit`` bytes.

    A decompression bomb stops at the limit (``too_large``), a cut-off stream at its end (``corrupt_gzip``).
    """

    def __init__(self, raw: BinaryIO, limit: int) -> None:
        super().__init__()
        self._raw = raw
        self._limit = limit
        self._inflater = zlib.decompressobj(wbits=47)
        self._pending = b""
        self._out = bytearray()
        self._inflated = 0
        self._any_input = False
        self._in_member = False
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._out and not self._done:
            self._inflate_some()
        n = min(len(buffer), len(self._out))
        buffer[:n] = self._out[:n]
        del self._out[:n]
        return n

    def _inflate_some(self) -> None:
        if not self._pending:
            self._pending = self._raw.read(_CHUNK)
            if not self._pending:
                if self._in_member:
                    raise _Reject("corrupt_gzip", "truncated gzip stream")
                if not self._any_input:
                    raise _Reject("empty", "empty .gz file")
                self._done = True
                return
            self._any_input = True
        self._in_member = True
        try:
            chunk = self._inflater.decompress(self._pending, _CHUNK)
        except zlib.error as e:
            raise _Reject("corrupt_gzip", f"not a valid gzip stream: {e}") from None
        self._pending = self._inflater.unconsumed_tail
        self._inflated += len(chunk)
        if self._inflated > self._limit:
            raise _Reject("too_large", f"inflates past max_inflated_bytes={self._limit}")
        self._out += chunk
        if self._inflater.eof:
            # Concatenated gzip members are legal (and what `cat a.gz b.gz` makes): start the next one.
            self._pending = self._inflater.unused_data
            self._inflater = zlib.decompressobj(wbits=47)
            self._in_member = False


def gunzip_bounded(data: bytes, limit: int) -> bytes:
    """Inflate gzip data, refusing to produce more than ``limit`` bytes (a decompression bomb stops here)."""
    return _BoundedGunzip(io.BytesIO(data), limit).readall()


def _read_upto(stream: BinaryIO, n: int) -> bytes:
    """At most ``n`` bytes; a stream may return short reads before its end, so read until n or EOF."""
    out = bytearray()
    while len(out) < n:
        piece = stream.read(min(n - len(out), _CHUNK))
        if not piece:
            break
        out += piece
    return bytes(out)


def decode_text(data: bytes) -> str:
    """Decode bytes as UTF-8, UTF-16 (BOM or NUL pattern), else Windows-1252, else Latin-1; never fails."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    sample = data[:4096]
    if len(sample) >= 4:
        # ASCII-range text in UTF-16 without a BOM has a NUL in every other byte. Checked before UTF-8:
        # such bytes are also valid UTF-8 (NUL is), and would decode to text that is half NULs.
        even_nuls = sample[0::2].count(0) / (len(sample) / 2)
        odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
        if odd_nuls > 0.3 and even_nuls < 0.05:
            return data.decode("utf-16-le", errors="replace")
        if even_nuls > 0.3 and odd_nuls < 0.05:
            return data.decode("utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _check_not_binary(data: bytes) -> None:
    if data.startswith(_BINARY_MAGIC):
        raise _Reject("binary", f"binary file (starts with {data[:4]!r})")


def _to_text(data: bytes) -> str:
    _check_not_binary(data)
    text = decode_text(data)
    controls = len(_CONTROL_RE.findall(text[:65536]))
    if controls > _MAX_CONTROL_SHARE * min(len(text), 65536):
        raise _Reject("binary", f"{controls} control characters in the first 64 KiB: not text")
    text = _CONTROL_RE.sub("", text)
    if not text.strip():
        raise _Reject("empty", "no text")
    return text


def parse_date(value: object) -> datetime.date | None:
    """An ISO date or datetime string (as JSON Lines and page metadata give them) -> date, else None."""
    if not isinstance(value, str):
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _html_doc(source: str, data: bytes, html: str, extract: Extract) -> RawDoc:
    try:
        page = extract(html)
    except TimeoutError as e:
        raise _Reject("extraction_timeout", str(e)[:300]) from None
    except Exception as e:  # noqa: BLE001 - lxml/trafilatura raise anything on hostile markup, RecursionError too
        raise _Reject("html_error", f"{type(e).__name__}: {e}"[:300]) from None
    if page is None:
        raise _Reject("no_main_text", "trafilatura found no main text in the page")
    return RawDoc(
        doc_id=make_doc_id(source, data),
        source=source,
        text=page.text,
        title=page.title,
        url=page.url,
        published=parse_date(page.date),
        byline=page.author,
        publisher=page.sitename,  # the wire credit, when the cleaner finds one, takes precedence
    )


def record_to_doc(
    record: object, record_source: str, doc_id: str, cfg: ReadConfig, inc: Inc
) -> RawDoc | Rejected:
    """One dataset record (a JSON Lines object, a Parquet row) -> RawDoc; ``doc_id`` unless it has an id."""
    text = record.get(cfg.text_column) if isinstance(record, dict) else None
    # Controls removed before the emptiness test: a text of only "\b" is no text (found by fuzzing).
    text = _CONTROL_RE.sub("", text) if isinstance(text, str) else None
    if text is None or not text.strip():
        inc("read:rejected:no_text_field")
        detail = f"record has no non-empty {cfg.text_column!r} string"
        return Rejected(doc_id, record_source, "no_text_field", detail)
    inc("read:document")
    return RawDoc(
        doc_id=str_or_none(record.get(cfg.id_column)) or doc_id,
        source=record_source,
        text=text,
        title=str_or_none(record.get("title")),
        url=str_or_none(record.get("url")),
        published=parse_date(record.get("date")),
    )


def _bounded_lines(stream: BinaryIO, source: str, limit: int) -> Iterator[tuple[str, bytes | None, str]]:
    """(record source ``path#N``, line bytes or None when longer than ``limit``, doc id) per line.

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
            held, raw = raw, stream.readline(_CHUNK)
        h.update((held + raw).rstrip(b"\n").rstrip(b"\r"))
        yield record_source, None, h.hexdigest()


def _parse_jsonl(source: str, stream: BinaryIO, cfg: ReadConfig, inc: Inc) -> Iterator[RawDoc | Rejected]:
    records = 0
    for record_source, line, doc_id in _bounded_lines(stream, source, cfg.max_doc_bytes):
        if line is not None and not line.strip():
            continue
        records += 1
        if line is None:
            inc("read:rejected:too_large")
            yield Rejected(doc_id, record_source, "too_large", f"line longer than max_doc_bytes={cfg.max_doc_bytes}")
            continue
        try:
            record = json.loads(decode_text(line))
        except (ValueError, RecursionError) as e:
            inc("read:rejected:malformed_json")
            detail = "JSON nested too deeply" if isinstance(e, RecursionError) else str(e)[:200]
            yield Rejected(doc_id, record_source, "malformed_json", detail)
            continue
        yield record_to_doc(record, record_source, doc_id, cfg, inc)
    if not records:
        raise _Reject("empty", "no JSON Lines records")


def parse_stream(
    source: str,
    stream: BinaryIO,
    cfg: ReadConfig,
    inc: Inc,
    extract: Extract = extract_page,
    name: str | None = None,
) -> Iterator[RawDoc | Rejected]:
    """Every document in one file, read from ``stream``, or one ``Rejected`` per unusable document or file.

    ``extract`` turns HTML into a page; the pipeline passes one that runs in a child process with a time
    limit (a ``TimeoutError`` from it becomes ``extraction_timeout``, any other error ``html_error``).
    ``name`` (default ``source``) picks the format: a container (a .zst file, a WARC record) passes its own.
    A rejection of a whole file has the id of the source and the bytes read before the problem was found.
    """
    fmt, gzipped = _format_of(name or source)
    data = b""
    try:
        if gzipped:
            stream = io.BufferedReader(_BoundedGunzip(stream, cfg.max_inflated_bytes), _CHUNK)
        if fmt == "jsonl":
            yield from _parse_jsonl(source, stream, cfg, inc)
            return
        # One byte past the limit is enough to know a document is too large, without holding all of it.
        data = _read_upto(stream, cfg.max_doc_bytes + 1)
        if len(data) > cfg.max_doc_bytes:
            raise _Reject("too_large", f"more than max_doc_bytes={cfg.max_doc_bytes} bytes")
        text = _to_text(data)
        if fmt == "html":
            doc = _html_doc(source, data, text, extract)
        else:
            doc = RawDoc(doc_id=make_doc_id(source, data), source=source, text=text)
    except _Reject as r:
        inc(f"read:rejected:{r.reason}")
        yield Rejected(make_doc_id(source, data), source, r.reason, r.detail)
        return
    inc("read:document")
    yield doc


def parse_file(
    source: str,
    data: bytes,
    cfg: ReadConfig,
    inc: Inc,
    extract: Extract = extract_page,
    name: str | None = None,
) -> Iterator[RawDoc | Rejected]:
    """parse_stream over bytes already in memory."""
    return parse_stream(source, io.BytesIO(data), cfg, inc, extract, name)


def unreadable_reason(path: str) -> tuple[str, str] | None:
    """(reason, detail) when a local ``path`` must not be opened, else None (remote paths are always files).

    Opening a FIFO blocks until something writes to it, and a device can be endless: only regular files are
    opened. A dangling symlink or a symlink loop fails the stat.
    """
    if "://" in path:
        return None
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        return "unreadable", f"{type(e).__name__}: {e.strerror or e}"
    if not stat.S_ISREG(mode):
        return "not_regular_file", f"not a regular file (mode {stat.filemode(mode)})"
    return None


def dangling_links(root: str) -> Iterator[tuple[str, str]]:
    """(path, detail) of every symlink below local directory ``root`` that points nowhere or into a loop.

    Beam's local listing skips files it cannot stat, so without this they would vanish without a trace.
    Symlinks to directories are not followed (as in Beam's listing), so a loop of directories ends.
    """
    for dirpath, _dirs, files in os.walk(root):
        for name in sorted(files):
            path = os.path.join(dirpath, name)
            if os.path.islink(path):
                problem = unreadable_reason(path)
                if problem is not None and problem[0] == "unreadable":
                    yield path, problem[1]
