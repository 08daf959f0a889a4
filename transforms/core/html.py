"""Main text and metadata of an HTML page, by trafilatura."""
from __future__ import annotations

from dataclasses import dataclass, fields


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


@dataclass(frozen=True)
class ExtractionSettings:
    """trafilatura's precision/recall knobs; the defaults won on the article-extraction benchmark
    (benchmarks/extraction.py prints every combination tried and the README lists the figures)."""

    favor_precision: bool = True
    favor_recall: bool = False
    include_tables: bool = True
    deduplicate: bool = False

    def __post_init__(self) -> None:
        for f in fields(self):
            if not isinstance(getattr(self, f.name), bool):
                raise ValueError(f"ExtractionSettings.{f.name} must be a bool, got {getattr(self, f.name)!r}")
        if self.favor_precision and self.favor_recall:
            raise ValueError("ExtractionSettings: favor_precision and favor_recall are mutually exclusive")


EXTRACTION = ExtractionSettings()


def extract_page(html: str, settings: ExtractionSettings = EXTRACTION) -> PageText | None:
    """The page's main text (paragraphs one per line) and metadata, or None when it has no main text.

    trafilatura is imported here so that only workers that meet HTML pay for importing it.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=None,
        with_metadata=True,
        include_comments=False,
        include_tables=settings.include_tables,
        favor_precision=settings.favor_precision,
        favor_recall=settings.favor_recall,
        deduplicate=settings.deduplicate,
        # Dates from metadata and markup only: htmldate's extensive search read "Copyright 2023" in a footer
        # as the publication date.
        date_extraction_params={"extensive_search": False, "original_date": True},
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
