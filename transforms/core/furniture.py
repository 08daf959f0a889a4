"""Site furniture: paragraphs that recur across many documents of one input ("Sign up for our newsletter",
"About Ascom ..." press-release footers, a site's standing disclaimer), found as a corpus statistic.

The Beam stage (transforms/furniture.py) counts, per paragraph hash, the documents containing it, keeps the
hashes over the thresholds below and removes those paragraphs. This module holds the pure parts: which key
a paragraph counts under, which counts make furniture, and the removal itself.

Counted per site: furniture is what one site repeats on its pages. Across sites, the lines that repeat most
are the paragraphs and subheads of syndicated wire stories, which are story text and dedup's business; a
corpus-wide count would strip them from every copy of a popular story. The site is the page's URL host, or,
for inputs without a URL, the folder the document was read from.

Why two thresholds: a short line (a label, a prompt, a credit) seen on ``min_docs`` pages of a site is
furniture; long paragraphs are furniture only when ``min_docs_long`` is set (off by default), because a site
re-running one story keeps all its paragraphs, which dedup, not furniture removal, must see.

Only whole furniture-shaped paragraphs count and go: a short line that is no sentence ("Sign up for our
newsletter", "Share this article"), never a recurring sentence of story text ("Terms were not disclosed."), a
fragment of one (a lower-case start: "said.", "mln dlrs."), a results-table row ("Pay April 30") or a table's
label ("Nine mths" over its rows): all of those recur across a wire's copy and are the story's.
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Container
from dataclasses import dataclass
from urllib.parse import urlsplit

from wirewash.transforms.core.article import too_short
from wirewash.transforms.core.cleaning.structure import is_data_row, is_sentence
from wirewash.transforms.core.counters import Inc
from wirewash.transforms.core.schema import Article, Rejected, Removal

RULE = "site_furniture"
SHORT = "s"  # key suffixes: a short paragraph and a long one count against different thresholds
LONG = "l"


@dataclass(frozen=True)
class FurnitureConfig:
    """Thresholds of the site-furniture stage; ``min_docs`` 0 turns the stage off."""

    min_docs: int = 20  # a short paragraph on at least this many pages of one site is furniture
    max_short_words: int = 20  # "short": furniture lines are labels and prompts, rarely longer
    min_docs_long: int = 0  # any paragraph on at least this many pages of one site; 0: long ones never are
    min_words: int = 25  # as CleanConfig.min_words: an article left shorter is rejected

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"FurnitureConfig.{f.name} must be an int >= 0, got {value!r}")
        if self.max_short_words < 1:
            raise ValueError(f"FurnitureConfig.max_short_words must be >= 1, got {self.max_short_words}")
        if self.min_docs and self.min_docs_long and self.min_docs_long < self.min_docs:
            raise ValueError(
                f"FurnitureConfig.min_docs_long ({self.min_docs_long}) must be >= min_docs ({self.min_docs}): "
                "long paragraphs need more evidence than short ones"
            )

    @property
    def enabled(self) -> bool:
        return self.min_docs > 0


def site_of(article: Article) -> str:
    """The site a document belongs to: its URL host without "www.", else the folder it was read from."""
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")
    return article.source.split("#", 1)[0].rpartition("/")[0]


def paragraph_key(site: str, paragraph: str, cfg: FurnitureConfig) -> str:
    """A stable key for a paragraph on a site: a hash of both (case-folded words), suffixed by length class."""
    words = paragraph.casefold().split()
    digest = hashlib.blake2b(f"{site}\0{' '.join(words)}".encode("utf-8"), digest_size=8).hexdigest()
    return digest + (SHORT if len(words) <= cfg.max_short_words else LONG)


def _paragraphs(article: Article) -> list[str]:
    return [p for p in article.text.split("\n\n") if p.strip()] if article.text else []


def _shaped(paras: list[str], cfg: FurnitureConfig) -> list[bool]:
    """Per paragraph, whether it may be furniture: long, when ``min_docs_long`` is set (0: a long paragraph
    is never furniture, ``is_furniture``, so its key is neither counted nor looked up: hashing every word of
    every story paragraph was most of the stage's CPU), or a short line that is no sentence, no fragment, no
    table row and no label over one."""
    out = []
    for i, para in enumerate(paras):
        # Split no further than the words a short paragraph may have: a story paragraph's hundred words are
        # not listed to be counted (one more piece than ``max_short_words`` says it is long).
        words = para.split(None, cfg.max_short_words)
        if len(words) > cfg.max_short_words:
            out.append(cfg.min_docs_long > 0)
            continue
        prev, nxt = paras[i - 1] if i else "", paras[i + 1] if i + 1 < len(paras) else ""
        # "Nine mths" over "Shr loss 2.38 dlrs vs loss 5.17 dlrs"; "... as follows:" over what follows.
        # (Each ``is_sentence`` first: a neighbour is most often a story paragraph, ending a sentence, and the
        # tests are pure, so their order changes no answer, only what a long neighbour costs.)
        label = len(words) <= 3 and not is_sentence(nxt) and any(c.isdigit() for c in nxt)
        # A line beside a table's row is one of its rows or labels, with its figures in words or without any:
        # "Year" under "Revs 105.3 mln vs 131.2 mln" over "Shr not given"; "Qtly div five cts vs five cts
        # prior" over "Pay March 31".
        in_table = any(not is_sentence(row) and is_data_row(row) for row in (prev, nxt) if row)
        story = is_sentence(para) or para[0].islower() or para[-1] == ":" or is_data_row(para)
        out.append(not (story or label or in_table))
    return out


def document_keys(article: Article, cfg: FurnitureConfig) -> set[str]:
    """The distinct keys of one cleaned article's furniture-shaped paragraphs: a document counts once each."""
    site = site_of(article)
    paras = _paragraphs(article)
    return {paragraph_key(site, p, cfg) for p, ok in zip(paras, _shaped(paras, cfg)) if ok}


def is_furniture(key: str, doc_count: int, cfg: FurnitureConfig) -> bool:
    if not cfg.enabled:
        return False
    if key.endswith(SHORT):
        return doc_count >= cfg.min_docs
    return cfg.min_docs_long > 0 and doc_count >= cfg.min_docs_long


def remove_furniture(
    article: Article, furniture: Container[str], cfg: FurnitureConfig, inc: Inc
) -> Article | Rejected:
    """The article without its furniture paragraphs (recorded as ``site_furniture`` removals, after the
    cleaner's own), or a ``mostly_furniture`` rejection when fewer than ``min_words`` words are left."""
    kept: list[str] = []
    removed: list[Removal] = []
    site = site_of(article)
    paras = _paragraphs(article)
    for para, shaped in zip(paras, _shaped(paras, cfg)):
        if shaped and paragraph_key(site, para, cfg) in furniture:
            removed.append(Removal(RULE, para))
            inc(f"furniture:removed:{RULE}")
        else:
            kept.append(para)
    if not removed:
        return article
    text = "\n\n".join(kept)
    rejected = too_short(
        article.doc_id, article.source, text, cfg.min_words, "mostly_furniture", "removing site furniture"
    )
    if rejected is not None:
        inc("furniture:rejected:mostly_furniture")
        return dataclasses.replace(rejected, input_id=article.input_id, removed=article.removed + tuple(removed))
    return dataclasses.replace(article, text=text, removed=article.removed + tuple(removed))
