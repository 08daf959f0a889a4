"""Site furniture: paragraphs that recur across many documents of one input ("Sign up for our newsletter",
"About Ascom ..." press-release footers, a site's standing disclaimer), found as a corpus statistic.

The Beam stage (transforms/furniture.py) counts, per paragraph hash, the documents containing it, keeps the
hashes over the thresholds below and removes those paragraphs. This module holds the pure parts: which key
a paragraph counts under, which counts make furniture, and the removal itself.

Why two thresholds: news input is full of syndicated copies of one story, which share every paragraph. A
short line (a label, a prompt, a credit) seen in ``min_docs`` documents is furniture; a long paragraph must be
in ``min_docs_long`` documents before it is, so that the copies of a story keep their text for dedup to judge.
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Container
from dataclasses import dataclass

from transforms.core.counters import Inc
from transforms.core.schema import Article, Rejected, Removal

RULE = "site_furniture"
SHORT = "s"  # key suffixes: a short paragraph and a long one count against different thresholds
LONG = "l"


@dataclass(frozen=True)
class FurnitureConfig:
    """Thresholds of the site-furniture stage; ``min_docs`` 0 turns the stage off."""

    min_docs: int = 20  # a short paragraph in at least this many documents is furniture
    max_short_words: int = 20  # "short": furniture lines are labels and prompts, rarely longer
    min_docs_long: int = 1000  # any paragraph in at least this many documents is furniture
    min_words: int = 25  # as CleanConfig.min_words: an article left shorter is rejected

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"FurnitureConfig.{f.name} must be an int >= 0, got {value!r}")
        if self.max_short_words < 1:
            raise ValueError(f"FurnitureConfig.max_short_words must be >= 1, got {self.max_short_words}")
        if self.min_docs and self.min_docs_long < self.min_docs:
            raise ValueError(
                f"FurnitureConfig.min_docs_long ({self.min_docs_long}) must be >= min_docs ({self.min_docs}): "
                "long paragraphs need more evidence than short ones"
            )

    @property
    def enabled(self) -> bool:
        return self.min_docs > 0


def paragraph_key(paragraph: str, cfg: FurnitureConfig) -> str:
    """A stable key for a paragraph: a hash of its case-folded words, suffixed by its length class."""
    words = paragraph.casefold().split()
    digest = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).hexdigest()
    return digest + (SHORT if len(words) <= cfg.max_short_words else LONG)


def document_keys(text: str, cfg: FurnitureConfig) -> set[str]:
    """The distinct paragraph keys of one cleaned text: a document counts once per paragraph."""
    return {paragraph_key(p, cfg) for p in text.split("\n\n") if p.strip()}


def is_furniture(key: str, doc_count: int, cfg: FurnitureConfig) -> bool:
    return cfg.enabled and doc_count >= (cfg.min_docs if key.endswith(SHORT) else cfg.min_docs_long)


def remove_furniture(
    article: Article, furniture: Container[str], cfg: FurnitureConfig, inc: Inc
) -> Article | Rejected:
    """The article without its furniture paragraphs (recorded as ``site_furniture`` removals, after the
    cleaner's own), or a ``mostly_furniture`` rejection when fewer than ``min_words`` words are left."""
    kept: list[str] = []
    removed: list[Removal] = []
    for para in article.text.split("\n\n") if article.text else []:
        if paragraph_key(para, cfg) in furniture:
            removed.append(Removal(RULE, para))
            inc(f"furniture:removed:{RULE}")
        else:
            kept.append(para)
    if not removed:
        return article
    text = "\n\n".join(kept)
    words = len(text.split())
    if words < cfg.min_words:
        inc("furniture:rejected:mostly_furniture")
        return Rejected(
            article.doc_id,
            article.source,
            "mostly_furniture",
            f"{words} words after removing site furniture, fewer than min_words={cfg.min_words}",
        )
    return dataclasses.replace(article, text=text, removed=article.removed + tuple(removed))
