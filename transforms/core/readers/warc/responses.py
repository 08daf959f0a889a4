"""The HTTP response inside a WARC record: its body with the transfer coding (chunked) and content codings
(gzip, deflate, br) removed, each bounded, and the final response after interim 1xx ones."""
from __future__ import annotations

import http.client
import io
import re
import zlib
from http.client import HTTPMessage

from wirewash.transforms.core.readers.base import Reject
from wirewash.transforms.core.readers.compression import gunzip
from wirewash.transforms.core.readers.text import read_upto


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


class _Response(HTTPMessage):
    """The headers of the final response after interim ones, spoken to as fastwarc's are."""

    status_code = 0


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
