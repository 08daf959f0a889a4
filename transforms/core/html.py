"""Main text and metadata of an HTML page, by trafilatura."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageText:
    text: str
    title: str | None
    url: str | None
    date: str | None
    author: str | None
    sitename: str | None


def str_or_none(value: object) -> str | None:
    """A metadata value as a stripped string, or None when absent or blank."""
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def extract_page(html: str) -> PageText | None:
    """The page's main text (paragraphs one per line) and metadata, or None when it has no main text.

    trafilatura is imported here so that only workers that meet HTML pay for importing it.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=None, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or not doc.text or not doc.text.strip():
        return None
    return PageText(
        text=doc.text,
        title=str_or_none(doc.title),
        url=str_or_none(doc.url),
        date=str_or_none(doc.date),
        author=str_or_none(doc.author),
        sitename=str_or_none(doc.sitename),
    )
