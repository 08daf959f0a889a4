"""Which WARC records are pages: the media type, a text/plain article told from a file served for machines, a
status outside 2xx; a record's URI and a text record as a plain-text document."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wirewash.transforms.core.readers.base import RawDoc, ReadConfig, Reject
from wirewash.transforms.core.readers.records import as_text, parse_date
from wirewash.transforms.core.readers.text import encoding_repairs, to_text
from wirewash.transforms.core.readers.warc.responses import _Response
from wirewash.transforms.core.schema import make_doc_id

if TYPE_CHECKING:
    from fastwarc.warc import WarcHeaderMap, WarcRecord


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


def _resource_headers(record: WarcRecord) -> _Response:
    """A ``resource`` record's headers as a 200 response's: its WARC Content-Type, no coding (the block is
    the resource as it was stored)."""
    headers = _Response()
    headers["Content-Type"] = as_text(record.headers.get("Content-Type")) or ""
    headers.status_code = 200
    return headers


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
