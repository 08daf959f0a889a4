"""The clean stage's pure function: a raw document becomes an Article, or a rejection that says why."""
from __future__ import annotations

from transforms.core.boilerplate import CleanConfig, clean
from transforms.core.counters import Inc
from transforms.core.parse import RawDoc
from transforms.core.schema import Article, Rejected


def to_article(raw: RawDoc, cfg: CleanConfig, inc: Inc) -> Article | Rejected:
    cleaned = clean(raw.text, cfg, inc, title_hint=raw.title)
    words = len(cleaned.text.split())
    if words < cfg.min_words:
        inc("clean:rejected:too_short")
        return Rejected(
            raw.doc_id,
            raw.source,
            "too_short",
            f"{words} words after cleaning, fewer than min_words={cfg.min_words}",
        )
    inc("clean:article")
    # Container metadata (JSON fields, HTML meta tags) is explicit; what the cleaner read off the text is a guess.
    return Article(
        doc_id=raw.doc_id,
        source=raw.source,
        text=cleaned.text,
        title=raw.title or cleaned.title,
        published=raw.published or cleaned.published,
        byline=cleaned.byline or raw.byline,
        publisher=cleaned.publisher or raw.publisher,
        url=raw.url,
        removed=cleaned.removed,
        fetched=raw.fetched,
    )
