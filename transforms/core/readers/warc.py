"""WARC (plain or gzipped per record, as Common Crawl writes them): each HTML response (or resource record, a
page stored without HTTP) is a document; in a WET (Common Crawl's extracted text), each conversion record. ARC
and WAT files are refused.

The HTTP body is decoded as a browser would: transfer coding (chunked) first, then content coding (gzip,
deflate, br), each bounded by ``max_doc_bytes``; the charset comes from the HTTP ``Content-Type`` header, else
from the page (``text.html_doc``). Crawlers that already decoded the body say so by renaming the header
(Common Crawl's ``X-Crawler-Transfer-Encoding``), so only the plain headers are obeyed, and a body that does
not start as its content coding says is taken as already decoded. A damaged stretch (garbage between records, a
wrong Content-Length, a gzip member cut short) is one rejection, and reading resumes at the next record after it.
"""
from __future__ import annotations

import dataclasses
import functools
import http.client
import io
import re
import zlib
from http.client import HTTPMessage
from typing import TYPE_CHECKING, BinaryIO, Iterator

from wirewash.transforms.core.readers.base import Extract, RawDoc, ReadConfig, Reader, Reject, Skipped
from wirewash.transforms.core.readers.compression import CHUNK, gunzip
from wirewash.transforms.core.readers.html import html_doc
from wirewash.transforms.core.readers.records import as_text, parse_date
from wirewash.transforms.core.readers.text import encoding_repairs, head_of, read_upto, to_text
from wirewash.transforms.core.schema import Rejected, make_doc_id

if TYPE_CHECKING:
    from fastwarc.warc import WarcHeaderMap, WarcRecord


def _codings(header: str | None) -> list[str]:
    codings = (c.strip().lower() for c in (header or "").split(","))
    return [c for c in codings if c and c != "identity"]


# A chunk-size line (RFC 9112 7.1): hex digits, maybe an extension, then the line's end.
_CHUNK_SIZE = re.compile(rb"[0-9a-fA-F]{1,16}[ \t]*(?:;[^\r\n]*)?\r?\n")


def _dechunk(body: bytes, limit: int) -> bytes:
    from fastwarc.stream_io import ChunkedReader

    if not _CHUNK_SIZE.match(body[:_MAX_STATUS_LINE]):
        # Archivers that stored the body de-chunked but kept the header: warcio and pywb read it as it is, a
        # page was corrupt_http (break12 F9).
        return body
    try:
        return read_upto(ChunkedReader(io.BytesIO(body)), limit + 1)
    except Exception as e:  # noqa: BLE001 - fastwarc raises plain exceptions on a malformed chunk header
        raise Reject("corrupt_http", f"malformed chunked body: {e}") from None


def _decode_content(body: bytes, coding: str, limit: int) -> bytes:
    if coding in ("gzip", "x-gzip", "deflate") and body[:1] in (b"\x1f", b"\x78"):
        return read_upto(gunzip(io.BytesIO(body), limit), limit + 1)
    if coding == "deflate":  # raw deflate, as some servers send it, without the zlib header the RFC wants
        try:
            inflater = zlib.decompressobj(wbits=-15)
            out = inflater.decompress(body, limit + 1)
        except zlib.error as e:
            raise Reject("corrupt_http", f"not a valid deflate body: {e}") from None
        return out
    if coding == "br":
        from fastwarc.stream_io import BrotliReader

        try:
            return read_upto(BrotliReader(io.BytesIO(body)), limit + 1)
        except Exception as e:  # noqa: BLE001 - fastwarc raises plain exceptions on a corrupt stream
            raise Reject("corrupt_http", f"not a valid brotli body: {e}") from None
    if coding in ("gzip", "x-gzip"):
        return body  # already decoded by the crawler, header kept
    raise Reject("corrupt_http", f"unknown HTTP content coding {coding!r}")


def http_body(body: bytes, transfer_encoding: str | None, content_encoding: str | None, limit: int) -> bytes:
    """The entity body of an HTTP response with its transfer and content codings removed (at most ``limit``
    bytes; one more means ``too_large``)."""
    if "chunked" in _codings(transfer_encoding):
        body = _dechunk(body, limit)
    for coding in reversed(_codings(content_encoding)):  # the last coding listed was applied last
        body = _decode_content(body, coding, limit)
    if len(body) > limit:
        raise Reject("too_large", f"HTTP body inflates past max_doc_bytes={limit}")
    return body


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


# Files a site serves as text/plain for machines, at names the web fixes (robots.txt, ads.txt, security.txt
# under /.well-known/...): no article, whatever their Content-Type.
_MACHINE_TEXT = re.compile(
    r"[^?#]*/(?:\.well-known/[^?#]*|(?:robots|ads|app-ads|humans|security|llms|sitemap[^/?#]*)\.txt)"
    r"(?:[?#].*)?",
    re.IGNORECASE,
)


def _media_type(headers: WarcHeaderMap | _Response | None, record: WarcRecord) -> str:
    """The payload's media type, lowercased, without parameters: the HTTP Content-Type, else the type Common
    Crawl identified in the payload."""
    content_type = (headers.get("Content-Type") or "") if headers else ""
    identified = as_text(record.headers.get("WARC-Identified-Payload-Type")) or ""
    return (content_type or identified).split(";", 1)[0].strip().lower()


def _plain_article(headers: WarcHeaderMap | _Response | None, record: WarcRecord) -> bool:
    """Whether a record is a plain-text article served over HTTP: a response (a resource record of text/plain
    is a crawler's own log or a capture's note) of text/plain, not at a name kept for machines."""
    if _media_type(headers, record) != "text/plain" or as_text(record.headers.get("WARC-Type")) != "response":
        return False
    return _MACHINE_TEXT.fullmatch(target_uri(record) or "") is None


def _skip(headers: WarcHeaderMap | _Response | None, record: WarcRecord) -> str | None:
    """Why a response record is no page (``Skipped``'s reason), or None."""
    if "html" not in _media_type(headers, record) and not _plain_article(headers, record):
        return "warc_not_html"
    status = headers.status_code if headers else None
    if status and not 200 <= status < 300:
        # A redirect, "not found" or server-error page is the site's, not an article: it was kept as one.
        return f"warc_http_{status // 100}xx"
    return None


class _Response(HTTPMessage):
    """The headers of the final response after interim ones, spoken to as fastwarc's are."""

    status_code = 0


def _resource_headers(record: WarcRecord) -> _Response:
    """A ``resource`` record's headers as a 200 response's: its WARC Content-Type, no coding (the block is
    the resource as it was stored)."""
    headers = _Response()
    headers["Content-Type"] = as_text(record.headers.get("Content-Type")) or ""
    headers.status_code = 200
    return headers


def _final_response(block: bytes) -> tuple[_Response, bytes]:
    """(headers, body) of the response that follows an interim one's headers (fastwarc parsed those):
    the first status line that is not 1xx, and its headers, with the stdlib's HTTP parser."""
    fp = io.BytesIO(block)
    while True:
        line = fp.readline(_MAX_STATUS_LINE)
        status = _STATUS_LINE.match(line)
        if status is None:
            raise Reject("corrupt_http", f"no final HTTP response after an interim 1xx one: {line[:60]!r}")
        try:
            headers = http.client.parse_headers(fp, _class=_Response)
        except http.client.HTTPException as e:
            detail = f"unreadable HTTP headers after an interim 1xx response: {e}"
            raise Reject("corrupt_http", detail) from None
        headers.status_code = int(status[1])
        if not 100 <= headers.status_code < 200:
            return headers, fp.read()


_STATUS_LINE = re.compile(rb"HTTP/[0-9.]+[ \t]+([0-9]{3})\b")
_MAX_STATUS_LINE = 1 << 12


def _drained(reader: BinaryIO) -> int:
    """How many bytes are left in ``reader``, read and dropped."""
    total = 0
    while chunk := reader.read(CHUNK):
        total += len(chunk)
    return total


# A WARC's first line ending in LF alone: headers converted as text.
_LF_ONLY = re.compile(rb"WARC/\d\.\d+\n")


def _inflated_start(head: bytes) -> bytes:
    """What the start of a gzipped WARC inflates to, as far as ``head`` goes; b"" when it does not."""
    try:
        return zlib.decompressobj(wbits=31).decompress(head, 64)
    except zlib.error:
        return b""


def _read_warc(
    source: str, stream: BinaryIO, cfg: ReadConfig, extract: Extract, wet: bool = False
) -> Iterator[RawDoc | Rejected | Skipped]:
    """A WARC's HTML responses, or (``wet``) a WET's conversion records (the text Common Crawl extracted
    from each page), each a document."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    # A ``resource`` record holds a page fetched without HTTP (wget's and browsers' captures, a file:// crawl):
    # its block is the page itself, typed by the WARC Content-Type (it was skipped as no response).
    wanted = WarcRecordType.conversion if wet else WarcRecordType.response | WarcRecordType.resource
    responses = 0
    head, stream = head_of(stream, 512)
    gzipped = head[:2] == b"\x1f\x8b"
    if _LF_ONLY.match(_inflated_start(head) if gzipped else head):
        # fastwarc reads no record type from such headers: every record was skipped as warc_not_response and
        # the file called "no HTML response records". CR LF cannot be put back: the lengths counted it.
        raise Reject("corrupt_warc", "its header lines end in LF alone, not CR LF: the file was converted as "
                     "text (git's autocrlf, an editor, FTP in ASCII mode), which changed its byte counts; "
                     "give the original")
    stream = _GzipEndCheck(stream)
    records = ArchiveIterator(stream, parse_http=True)
    n = 0
    # Where the last record read (or the last resumption) started: damage is after it.
    last = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            resumed = stream.past_empty_member(last) if gzipped else None
            if resumed is None:
                break
            last, records = resumed, ArchiveIterator(stream, parse_http=True)
            continue
        except OSError as e:
            # The damaged stretch (one record or more: which cannot be told) is one rejection; reading
            # resumes at the next record that can be found after it.
            n += 1
            resumed = stream.resume(last + 1, gzipped)
            damaged = f"{source}#{n}"
            rest = "no record after it" if resumed is None else f"reading resumed at byte {resumed}"
            detail = f"unreadable WARC data after the record at byte {last} ({e}): {rest}"
            yield Rejected(make_doc_id(damaged, b""), damaged, "corrupt_warc", detail[:300])
            if resumed is None:
                return
            last, records = resumed, ArchiveIterator(stream, parse_http=True)
            continue
        n += 1
        last = record.stream_pos
        length = as_text(record.headers.get("Content-Length"))
        if length is not None and not length.strip().isdigit():
            # "-5", "abc" or "" (none at all is a record cut in its headers: ``truncated`` below): fastwarc
            # read such a record as an empty block, so its bytes were an empty status line (corrupt_http
            # "unreadable HTTP status line ''") and then a second rejection, corrupt_warc, for the same
            # record. Where it ends cannot be known: reading resumes at the next record header after its own.
            record_source = f"{source}#{n}"
            resumed = stream.resume(last + 1, gzipped)
            rest = "no record after it" if resumed is None else f"reading resumed at byte {resumed}"
            detail = f"Content-Length {length!r} is not a count of bytes, so where the record ends is "
            detail += f"unknown: {rest}"
            yield Rejected(make_doc_id(record_source, b""), record_source, "corrupt_warc", detail[:300])
            if resumed is None:
                return
            last, records = resumed, ArchiveIterator(stream, parse_http=True)
            continue
        if not record.record_type & wanted:
            yield Skipped("warc_not_conversion" if wet else "warc_not_response")
            continue
        resource = record.record_type == WarcRecordType.resource
        headers = None if wet else _resource_headers(record) if resource else record.http_headers
        if headers is not None and headers.status_code is None:
            # A status line fastwarc could not read ("HTTP/1.1 abc", no HTTP at all): ``100 <= None`` lost
            # the rest of the archive as one read_error; only this record is bad.
            responses += 1
            record_source = f"{source}#{n}"
            line = (as_text(headers.status_line) or "")[:80]
            detail = f"unreadable HTTP status line {line!r}"
            yield Rejected(make_doc_id(record_source, b""), record_source, "corrupt_http", detail)
            continue
        # RFC 9110 15.2: an interim response (100 Continue, 103 Early Hints) recorded before the final one in
        # the same record; its empty headers were taken for the page's, which was lost (break12 F7).
        interim = headers is not None and 100 <= headers.status_code < 200
        skip = None if interim or wet else _skip(headers, record)
        if skip is not None:
            yield Skipped(skip)
            continue
        responses += 1
        record_source = f"{source}#{n}"
        cut = record.headers.get("WARC-Truncated")
        if cut is not None:
            # The crawler stopped reading the payload (Common Crawl at 1 MiB, Heritrix on time or length): the
            # page ends mid-sentence and was kept as if whole (fresh11 F3).
            why = as_text(cut) or "unspecified"
            detail = f"the crawler cut this record's payload (WARC-Truncated: {why})"
            yield Rejected(make_doc_id(record_source, b""), record_source, "truncated", detail[:300])
            continue
        too_large = record.content_length > cfg.max_inflated_bytes
        # A body past the limit is read through, not held, to learn whether it is there: a Content-Length of
        # 10^12 in a 7 kB file was too_large and the records after it lost (break12 F14).
        raw = b"" if too_large else record.reader.read()
        got = _drained(record.reader) if too_large else len(raw)
        if got < record.content_length:  # fastwarc sets content_length to the HTTP body's after parsing
            # The file ends inside the body, or its Content-Length is wrong and the body ran on over the
            # records after it: those are read again from the next record header after this one's.
            resumed = stream.resume(record.stream_pos + 1, gzipped)
            short = f"the data ends {record.content_length - got} bytes short of this record's body"
            detail = short if resumed is None else f"{short}: reading resumed at byte {resumed}"
            yield Rejected(make_doc_id(record_source, b""), record_source, "truncated", detail)
            if resumed is None:
                return
            last, records = resumed, ArchiveIterator(stream, parse_http=True)
            continue
        if too_large:
            detail = f"{record.content_length} bytes > max_inflated_bytes={cfg.max_inflated_bytes}"
            yield Rejected(make_doc_id(record_source, b""), record_source, "too_large", detail)
            continue
        if wet:
            try:
                doc = _text_doc(record_source, raw, as_text(record.headers.get("Content-Type")), record, cfg)
            except Reject as r:
                yield Rejected(make_doc_id(record_source, raw), record_source, r.reason, r.detail[:300])
            else:
                yield doc
            continue
        if interim:
            try:
                headers, raw = _final_response(raw)
            except Reject as r:
                yield Rejected(make_doc_id(record_source, raw), record_source, r.reason, r.detail[:300])
                continue
            if (skip := _skip(headers, record)) is not None:
                responses -= 1  # counted as a page before its final headers said otherwise
                yield Skipped(skip)
                continue
        try:
            codings = headers.get("Transfer-Encoding"), headers.get("Content-Encoding")
            body = http_body(raw, *codings, cfg.max_doc_bytes)
            if _plain_article(headers, record):  # read as the text it is: no markup to extract from
                doc = _text_doc(record_source, body, headers.get("Content-Type"), record, cfg)
            else:
                doc = html_doc(record_source, body, extract, headers.get("Content-Type") or "")
        except Reject as r:
            yield Rejected(make_doc_id(record_source, raw), record_source, r.reason, r.detail[:300])
            continue
        # The crawl's URI is where the page was fetched; page metadata may name a canonical URL instead.
        url = target_uri(record)
        fetched = parse_date(record.headers.get("WARC-Date"))
        yield dataclasses.replace(doc, url=doc.url or url, fetched=fetched)
    if stream.in_member:
        # The rest of the file, as for other cut streams (the record fastwarc read last may be part of it).
        raise Reject("truncated", f"the file ends inside a gzip member, in or after record {n}")
    if not responses:
        if wet:
            raise Reject("empty", "no conversion records in the WET file")
        raise Reject("no_html_responses", "no HTML response records in the WARC")


def target_uri(record: WarcRecord) -> str | None:
    """The record's ``WARC-Target-URI``. A URI is ASCII (RFC 3986), but crawlers write the bytes a link held
    (a Latin-1 path): those that are not UTF-8 are percent-encoded, as a browser sends them, where fastwarc's
    decoding made them U+FFFD and the URL pointed nowhere. Wget 1.19 wrote the URI in angle brackets (WARC
    1.0's grammar had them; warcio strips them too): dropped, where the url began with "<"."""
    raw = record.headers.get_bytes(b"WARC-Target-URI")
    if not raw:
        return None
    text = raw.decode("utf-8", "surrogateescape").strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].strip()
    if not raw.isascii():
        text = "".join(f"%{ord(c) - 0xDC00:02X}" if "\udc80" <= c <= "\udcff" else c for c in text)
    return text or None


def _text_doc(
    source: str, raw: bytes, content_type: str | None, record: WarcRecord, cfg: ReadConfig
) -> RawDoc:
    """A record's text (a WET conversion record's, a text/plain response's body) as a plain-text document,
    with the record's URI and fetch date."""
    if len(raw) > cfg.max_doc_bytes:
        raise Reject("too_large", f"more than max_doc_bytes={cfg.max_doc_bytes} bytes")
    text = to_text(raw, content_type)
    return RawDoc(
        doc_id=make_doc_id(source, raw),
        source=source,
        text=text.text,
        url=target_uri(record),
        fetched=parse_date(record.headers.get("WARC-Date")),
        repaired=encoding_repairs(text),
    )


def _refuse_arc(source: str, stream: BinaryIO, cfg: ReadConfig, extract: Extract) -> Iterator:
    detail = "an ARC file, the format before WARC: convert it first (warcio recompress IN.arc.gz OUT.warc.gz)"
    raise Reject("unsupported_format", detail)


def _refuse_wat(source: str, stream: BinaryIO, cfg: ReadConfig, extract: Extract) -> Iterator:
    detail = "a Common Crawl WAT file holds pages' metadata, not their text: give its WARC or WET files"
    raise Reject("unsupported_format", detail)


# fastwarc reads gzipped WARCs itself, record by record: no inflation limit for a 1 GB Common Crawl file.
# It seeks, so a WARC in another compression layer (.warc.zst) is inflated into memory first.
WARC = Reader("warc", (".warc", ".warc.gz"), _read_warc, seekable=True)
# Common Crawl's extracted text (CC-MAIN-*.warc.wet.gz): one article per page, not one of all pages' headers.
WET = Reader("wet", (".wet", ".wet.gz"), functools.partial(_read_warc, wet=True), seekable=True)
# Read as plain text, each was one junk article of every record's headers and raw HTML (break12 F11, F12).
ARC = Reader("arc", (".arc", ".arc.gz"), _refuse_arc)
WAT = Reader("wat", (".wat", ".wat.gz"), _refuse_wat)
