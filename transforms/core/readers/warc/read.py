"""The WARC and WET readers: record by record through fastwarc, each page a document, each damaged stretch
one rejection; ARC and WAT files refused."""
from __future__ import annotations

import dataclasses
import functools
import re
import zlib
from typing import BinaryIO, Iterator

from wirewash.transforms.core.wording import count_of
from wirewash.transforms.core.readers.base import Extract, RawDoc, ReadConfig, Reader, Reject, Skipped
from wirewash.transforms.core.readers.compression import CHUNK
from wirewash.transforms.core.readers.html import html_doc
from wirewash.transforms.core.readers.records import as_text, parse_date
from wirewash.transforms.core.readers.text import head_of
from wirewash.transforms.core.readers.warc.damage import _GzipEndCheck
from wirewash.transforms.core.readers.warc.pages import (
    _plain_article, _resource_headers, _skip, _text_doc, target_uri,
)
from wirewash.transforms.core.readers.warc.responses import _final_response, http_body
from wirewash.transforms.core.schema import Rejected, make_doc_id


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
            short = f"the data ends {count_of(record.content_length - got, 'byte')} short of this record's body"
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
