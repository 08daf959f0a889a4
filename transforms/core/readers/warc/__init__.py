"""WARC (plain or gzipped per record, as Common Crawl writes them): each HTML response (or resource record, a
page stored without HTTP) is a document; in a WET (Common Crawl's extracted text), each conversion record. ARC
and WAT files are refused.

The HTTP body is decoded as a browser would: transfer coding (chunked) first, then content coding (gzip,
deflate, br), each bounded by ``max_doc_bytes``; the charset comes from the HTTP ``Content-Type`` header, else
from the page (``text.html_doc``). Crawlers that already decoded the body say so by renaming the header
(Common Crawl's ``X-Crawler-Transfer-Encoding``), so only the plain headers are obeyed, and a body that does
not start as its content coding says is taken as already decoded. A damaged stretch (garbage between records, a
wrong Content-Length, a gzip member cut short) is one rejection, and reading resumes at the next record after it.

``read`` holds the readers; ``responses`` decodes the HTTP response; ``pages`` says which records are pages;
``damage`` finds where reading resumes.
"""
from wirewash.transforms.core.readers.warc.pages import target_uri
from wirewash.transforms.core.readers.warc.read import ARC, WARC, WAT, WET
from wirewash.transforms.core.readers.warc.responses import http_body

__all__ = ["ARC", "WARC", "WAT", "WET", "http_body", "target_uri"]
