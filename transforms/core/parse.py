"""Bytes of one input file -> raw documents (or rejections that say why).

Formats by extension (after an optional ``.gz``): ``.html``/``.htm`` (main text by trafilatura),
``.jsonl``/``.ndjson`` (one article per line, ``text`` plus optional ``id``/``url``/``title``/``date``),
anything else plain text. Every failure becomes a ``Rejected`` with a stable ``reason`` code; nothing raises.
"""
from __future__ import annotations

import codecs
import datetime
import json
import re
import zlib
from dataclasses import dataclass
from typing import Iterator

from transforms.core.counters import Inc
from transforms.core.html import extract_page, str_or_none
from transforms.core.schema import Rejected, make_doc_id

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


@dataclass(frozen=True)
class ReadConfig:
    max_doc_bytes: int = 5_000_000
    max_inflated_bytes: int = 50_000_000
    # Fields of JSON Lines records and columns of Parquet files holding the text and the document id.
    text_column: str = "text"
    id_column: str = "id"

    def __post_init__(self) -> None:
        if not self.text_column or not self.id_column or self.text_column == self.id_column:
            raise ValueError(
                f"text_column ({self.text_column!r}) and id_column ({self.id_column!r}) must be two names"
            )
        if self.max_doc_bytes <= 0:
            raise ValueError(f"max_doc_bytes must be positive, got {self.max_doc_bytes}")
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


def gunzip_bounded(data: bytes, limit: int) -> bytes:
    """Inflate gzip data, refusing to produce more than ``limit`` bytes (a decompression bomb stops here)."""
    if not data:
        raise _Reject("empty", "empty .gz file")
    out = bytearray()
    pending = data
    # Concatenated gzip members are legal (and what `cat a.gz b.gz` makes), so loop over members.
    while pending:
        d = zlib.decompressobj(wbits=47)
        try:
            chunk = d.decompress(pending, limit + 1 - len(out))
        except zlib.error as e:
            raise _Reject("corrupt_gzip", f"not a valid gzip stream: {e}") from None
        out += chunk
        if len(out) > limit:
            raise _Reject("too_large", f"inflates past max_inflated_bytes={limit}")
        if d.unconsumed_tail:
            raise _Reject("too_large", f"inflates past max_inflated_bytes={limit}")
        if not d.eof:
            raise _Reject("corrupt_gzip", "truncated gzip stream")
        pending = d.unused_data
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


def _html_doc(source: str, data: bytes, html: str) -> RawDoc:
    page = extract_page(html)
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
    if not isinstance(text, str) or not text.strip():
        inc("read:rejected:no_text_field")
        detail = f"record has no non-empty {cfg.text_column!r} string"
        return Rejected(doc_id, record_source, "no_text_field", detail)
    inc("read:document")
    return RawDoc(
        doc_id=str_or_none(record.get(cfg.id_column)) or doc_id,
        source=record_source,
        text=_CONTROL_RE.sub("", text),
        title=str_or_none(record.get("title")),
        url=str_or_none(record.get("url")),
        published=parse_date(record.get("date")),
    )


def _parse_jsonl(source: str, data: bytes, cfg: ReadConfig, inc: Inc) -> Iterator[RawDoc | Rejected]:
    records = 0
    for n, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        records += 1
        record_source = f"{source}#{n}"
        doc_id = make_doc_id(record_source, line)
        if len(line) > cfg.max_doc_bytes:
            inc("read:rejected:too_large")
            yield Rejected(doc_id, record_source, "too_large", f"{len(line)} bytes > max_doc_bytes")
            continue
        try:
            record = json.loads(decode_text(line))
        except ValueError as e:
            inc("read:rejected:malformed_json")
            yield Rejected(doc_id, record_source, "malformed_json", str(e)[:200])
            continue
        yield record_to_doc(record, record_source, doc_id, cfg, inc)
    if not records:
        raise _Reject("empty", "no JSON Lines records")


def parse_file(
    source: str, data: bytes, cfg: ReadConfig, inc: Inc, name: str | None = None
) -> Iterator[RawDoc | Rejected]:
    """Every document in one file's bytes, or one ``Rejected`` per unusable document or file.

    ``name`` (default ``source``) picks the format: a container (a .zst file, a WARC record) passes its own.
    """
    fmt, gzipped = _format_of(name or source)
    try:
        if len(data) > cfg.max_inflated_bytes:
            raise _Reject("too_large", f"file larger than max_inflated_bytes={cfg.max_inflated_bytes}")
        if gzipped:
            data = gunzip_bounded(data, cfg.max_inflated_bytes)
        if fmt == "jsonl":
            yield from _parse_jsonl(source, data, cfg, inc)
            return
        if len(data) > cfg.max_doc_bytes:
            raise _Reject("too_large", f"{len(data)} bytes > max_doc_bytes={cfg.max_doc_bytes}")
        text = _to_text(data)
        if fmt == "html":
            doc = _html_doc(source, data, text)
        else:
            doc = RawDoc(doc_id=make_doc_id(source, data), source=source, text=text)
    except _Reject as r:
        inc(f"read:rejected:{r.reason}")
        yield Rejected(make_doc_id(source, data), source, r.reason, r.detail)
        return
    inc("read:document")
    yield doc
