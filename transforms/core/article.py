"""The clean stage's pure function: a raw document becomes an Article, or a rejection that says why."""
from __future__ import annotations

import dataclasses
import re

from wirewash.transforms.core.cleaning import CleanConfig, clean
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.counters import Inc
from wirewash.transforms.core.parse import RawDoc
from wirewash.transforms.core.readers.records import metadata_text
from wirewash.transforms.core.schema import Article, Rejected
from wirewash.transforms.core.wording import count_of

__all__ = ["count_words", "to_article", "too_long", "too_short"]

# A token without a letter or digit (an emoji, "|", "***"): no word, so a text of emoji alone is no article.
_WORDLESS_TOKEN = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")
_SPACE = re.compile(r"\s")
# Characters per wanted word in the prefix counted first: news text averages about six.
_PREFIX_CHARS_PER_WORD = 16


def too_short(
    doc_id: str, source: str, text: str, min_words: int, reason: str, after: str
) -> Rejected | None:
    """A ``reason`` rejection when ``text``, left ``after`` some step, has fewer than ``min_words`` words
    (tokens with a letter or digit)."""
    # A prefix that ends at whitespace holds only whole words of the text, so its count is at most the text's:
    # enough words in the prefix settle it without scanning the rest of a 4 kB article twice per document.
    space = _SPACE.search(text, _PREFIX_CHARS_PER_WORD * min_words)
    if space is not None and _words(text[: space.start()]) >= min_words:
        return None
    words = _words(text)
    if words >= min_words:
        return None
    return Rejected(doc_id, source, reason, f"{count_of(words, 'word')} after {after}, fewer than min_words={min_words}")


def _words(text: str) -> int:
    return count_words(_WORDLESS_TOKEN.sub(" ", text))


def too_long(text: str, cfg: CleanConfig) -> str | None:
    """Why ``text`` is too long to clean (its characters over ``cfg.max_clean_chars`` or lines over
    ``cfg.max_clean_lines``), else None. Costs one pass of ``str.count`` over the text."""
    if len(text) > cfg.max_clean_chars:
        return f"{len(text)} characters > max_clean_chars={cfg.max_clean_chars}"
    lines = text.count("\n") + 1
    if lines > cfg.max_clean_lines:
        return f"{lines} lines > max_clean_lines={cfg.max_clean_lines}"
    return None


# The counter of a removal from a text then rejected as too short (its row in rejected/ lists them).
REMOVED_FROM_REJECTED = "clean:removed_from_rejected:"


def to_article(raw: RawDoc, cfg: CleanConfig, inc: Inc) -> Article | Rejected:
    """The cleaned Article, or a Rejected: ``too_long`` before cleaning, ``too_short`` after. Counts
    ``clean:article`` and the cleaner's counters (``clean:removed:<rule>``, ``clean:metadata:<field>``), or
    ``clean:rejected:<reason>`` and, for a text cleaned to too few words, ``clean:removed_from_rejected:<rule>``
    per removal (no field read off it went to a column)."""
    why = too_long(raw.text, cfg)
    if why is not None:
        inc("clean:rejected:too_long")
        return Rejected(raw.doc_id, raw.source, "too_long", why, input_id=raw.input_id)
    counted: list[str] = []
    cleaned = clean(raw.text, cfg, counted.append, title_hint=raw.title)
    rejected = too_short(raw.doc_id, raw.source, cleaned.text, cfg.min_words, "too_short", "cleaning")
    if rejected is not None:
        inc("clean:rejected:too_short")
        # Its removals went to no article, and its fields to no column: counted apart, not as the articles'.
        for r in cleaned.removed:
            inc(REMOVED_FROM_REJECTED + r.rule)
        return dataclasses.replace(rejected, input_id=raw.input_id, removed=cleaned.removed)
    for name in counted:
        inc(name)
    inc("clean:article")
    # Container metadata (JSON fields, HTML meta tags) is explicit; what the cleaner read off the text is a guess.
    return Article(
        doc_id=raw.doc_id,
        source=raw.source,
        text=cleaned.text,
        title=metadata_text(raw.title) or metadata_text(cleaned.title),
        published=raw.published or cleaned.published,
        published_at=raw.published_at,
        byline=metadata_text(cleaned.byline) or metadata_text(raw.byline),
        publisher=(metadata_text(cleaned.publisher) or metadata_text(raw.publisher)
                   or metadata_text(cleaned.copyright_holder)),
        url=raw.url,
        removed=cleaned.removed,
        fetched=raw.fetched,
        input_id=raw.input_id,
    )
