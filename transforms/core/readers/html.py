"""HTML pages: each file is one document, its main text extracted by trafilatura (in the pipeline, in a
child process with a time limit), its metadata kept."""
from __future__ import annotations

import datetime
import re
from typing import BinaryIO, Iterator

from wirewash.transforms.core.readers.base import Extract, RawDoc, ReadConfig, Reader, Reject, error_detail
from wirewash.transforms.core.readers.records import parse_date, parse_time, published_of
from wirewash.transforms.core.readers.text import encoding_repairs, read_document_bytes, to_text
from wirewash.transforms.core.schema import GENERATOR, make_doc_id

# The tag report.html carries (pipeline/report_html.py), looked for in the page's head only.
_OUR_REPORT = re.compile(
    rb"<meta\s+name=[\"']?generator[\"']?\s+content=[\"']?" + re.escape(GENERATOR.encode()) + rb"[\"'\s>/]",
    re.I,
)
_HEAD_BYTES = 4096


def ours_report_html(data: bytes) -> bool:
    """Whether ``data`` is a report.html wirewash wrote: its head names wirewash as the generator."""
    return _OUR_REPORT.search(data[:_HEAD_BYTES]) is not None


def html_doc(source: str, data: bytes, extract: Extract, content_type: str | None = None) -> RawDoc:
    """A page's main text and metadata; ``content_type`` is the HTTP header it was served with, if known.
    A report.html wirewash wrote (copied away from its output, or in an archive) is no article."""
    if ours_report_html(data):
        raise Reject("earlier_output",
                     "a report.html wirewash wrote (<meta name=\"generator\">): not read as an article")
    html = to_text(data, content_type, html=True)
    try:
        page = extract(html.text)
    except TimeoutError as e:
        raise Reject("extraction_timeout", str(e)[:300]) from None
    except Exception as e:  # noqa: BLE001 - lxml/trafilatura raise anything on hostile markup, RecursionError too
        raise Reject("html_error", error_detail(e)[:300]) from None
    if page is None:
        raise Reject("no_main_text", "trafilatura found no main text in the page")
    published, published_at, repaired = published_of(page.date)
    if published is not None and published_at is None:
        published_at = moment_on(published, page.stamps)
    return RawDoc(
        doc_id=make_doc_id(source, data),
        source=source,
        text=page.text,
        title=page.title,
        url=page.url,
        published=published,
        published_at=published_at,
        byline=page.author,
        # A wire credit beats the site's name: one the page set as a stamp line, or one the cleaner finds.
        publisher=page.credit or page.sitename,
        repaired=(*encoding_repairs(html), *repaired),
    )


def moment_on(day: datetime.date, stamps: tuple[str, ...]) -> datetime.datetime | None:
    """The moment (UTC, ``parse_time``) the first of a page's publication ``stamps`` (``PageText.stamps``) names
    on ``day``, the page's publication day as its date was read (trafilatura gives a day alone); None when
    none gives a time of day on that day: a date alone is no midnight, and a stamp of another day (an
    update's, a related story's) is not this one's moment."""
    for stamp in stamps:
        moment = parse_time(stamp)
        if moment is not None and parse_date(stamp) == day:
            return moment
    return None


def _read_html(source: str, stream: BinaryIO, cfg: ReadConfig, extract: Extract) -> Iterator[RawDoc]:
    yield html_doc(source, read_document_bytes(stream, cfg), extract)


HTML = Reader("html", (".html", ".htm", ".xhtml"), _read_html, whole_file=True)
