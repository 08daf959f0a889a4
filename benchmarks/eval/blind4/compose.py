"""Lay furniture around real bodies as outlets' pages do, and write them as .txt, .html or .jsonl inputs.

A page: the head zone (headline, standfirst, byline, stamps, reading time, audio player, share row, gift prompt,
photo caption), the body with inserts between paragraphs (ads, read-more and related links, a newsletter box,
a pull quote) and a dateline glued to its first paragraph, then the tail zone (credits, correction, copyright,
tags, headline lists, comments, author bio, subscribe prompt). Every choice comes from a generator seeded by
the run's seed and the story's id, so a page is the same whatever else the set holds.
"""

from __future__ import annotations

import html
import json
import random
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from .bodies import Body
from .furniture import Fill, make_fill, pick, render

LANG_WEIGHTS = {"en": 36, "es": 9, "fr": 9, "de": 9, "pt": 9, "it": 9, "ru": 5, "ar": 4, "zh": 5, "ja": 5}
FORMAT_WEIGHTS = {"txt": 65, "html": 20, "json": 15}
HEAD_P = {
    "standfirst": 0.25,
    "byline": 0.75,
    "published": 0.6,
    "updated": 0.3,
    "reading_time": 0.3,
    "audio": 0.2,
    "share": 0.3,
    "gift": 0.15,
    "caption": 0.35,
}
INSIDE_P = {"ad": 0.35, "read_more": 0.35, "related": 0.2, "newsletter": 0.2, "pull_quote": 0.15}
TAIL_P = {
    "credits": 0.35,
    "correction": 0.15,
    "copyright": 0.45,
    "tags": 0.3,
    "more_from": 0.3,
    "comments": 0.2,
    "bio": 0.15,
    "subscribe": 0.2,
}
DATELINE_P = 0.35


@dataclass
class Item:
    """One piece of injected furniture: ``text`` exactly as placed (lines split by ``\\n``), ``key`` its wording."""

    kind: str
    text: str
    key: str
    test_only: bool


@dataclass
class Page:
    """One generated input and its truth: the body, the headline and authors it should yield, the furniture."""

    story_id: str
    split: str
    lang: str
    fmt: str
    layout: str
    body: Body
    headline: str
    authors: tuple[str, ...]
    items: list[Item] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        return f"{self.story_id}.{'jsonl' if self.fmt == 'json' else self.fmt}"


def split_of(story_id: str) -> str:
    """'dev' or 'test' by the story's hash: a body belongs to exactly one split, whatever the seed."""
    return "test" if int(story_id, 16) % 2 else "dev"


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _sentences(paragraph: str) -> list[str]:
    """Sentences of 50-220 characters, none the whole paragraph: a standfirst or pull quote repeats part of one."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", paragraph)
    return [s for s in parts if 50 <= len(s) <= 220] if len(parts) > 1 else []


def _item(kind: str, page: Page, fill: Fill, rng: random.Random, extra: dict[str, str] | None = None) -> Item:
    wording = pick(kind, page.lang, page.split, rng)
    return Item(kind, render(wording.template, fill, extra), wording.key, wording.test_only)


def compose(body: Body, seed: int, headlines: list[str]) -> tuple[Page, str]:
    """The page for ``body`` and its text (a JSON record's ``text``, or the whole .txt or .html file).

    ``headlines`` are other stories' titles (at least 6) for read-more inserts and headline lists.
    """
    rng = random.Random(f"{seed}:{body.story_id}")
    split = split_of(body.story_id)
    lang, fmt = _weighted(rng, LANG_WEIGHTS), _weighted(rng, FORMAT_WEIGHTS)
    layout = "html" if fmt == "html" else rng.choice(("blank", "blank", "wrapped", "lines"))
    fill = make_fill(lang, rng, [h for h in headlines if h != body.headline])
    page = Page(body.story_id, split, lang, fmt, layout, body, body.headline, ())
    head: list[Item] = []
    for kind, p in HEAD_P.items():
        if rng.random() < p:
            extra = {}
            if kind == "standfirst":
                ledes = _sentences(body.paragraphs[0])
                if not ledes:
                    continue
                extra["lede"] = ledes[0]
            head.append(_item(kind, page, fill, rng, extra))
            if kind == "byline":
                page.authors = fill.authors
    if head and rng.random() < 0.3:  # some outlets put the lead photo above the byline and stamps
        captions = [i for i in head if i.kind == "caption"]
        head = captions + [i for i in head if i.kind != "caption"]
    blocks: list[str | Item] = list(body.paragraphs)
    if rng.random() < DATELINE_P:
        dateline = _item("dateline", page, fill, rng)
        page.items.append(dateline)
        blocks[0] = dateline.text + body.paragraphs[0]
    inserts = [k for k, p in INSIDE_P.items() if rng.random() < p]
    for kind in inserts:
        extra = {}
        if kind == "pull_quote":
            quotes = [s for para in body.paragraphs[1:] for s in _sentences(para)]
            if not quotes:
                continue
            extra["quote"] = rng.choice(quotes)
        item = _item(kind, page, fill, rng, extra)
        blocks.insert(rng.randint(1, len(blocks) - 1), item)
    tail = [_item(k, page, fill, rng) for k, p in TAIL_P.items() if rng.random() < p]
    if rng.random() < 0.3:
        rng.shuffle(tail)
    headline_in_text = fmt != "json" or rng.random() < 0.5
    if headline_in_text:
        head.insert(0, Item("headline", body.headline, "headline", False))
    page.items.extend(head + [b for b in blocks if isinstance(b, Item)] + tail)
    ordered = [*head, *blocks, *tail]
    return page, _layout(page, ordered, rng)


def _item_lines(item: Item) -> list[str]:
    return item.text.split("\n")


def _layout(page: Page, ordered: list, rng: random.Random) -> str:
    """Plain text (also a JSON record's text) or the HTML page, in ``page.layout``."""
    if page.fmt == "html":
        return _html(page, ordered, rng)
    chunks: list[str] = []
    for block in ordered:
        lines = _item_lines(block) if isinstance(block, Item) else [block]
        if page.layout == "wrapped":
            lines = [
                textwrap.fill(line, 70, break_on_hyphens=False, break_long_words=False)
                if len(line) > 70
                else line
                for line in lines
            ]
        chunks.append("\n".join(lines))
    return ("\n" if page.layout == "lines" else "\n\n").join(chunks) + "\n"


_HTML_TAGS = {
    "byline": ('<div class="{c}">', "</div>", ["byline", "author-name", "article__author"]),
    "published": ('<time class="{c}" datetime="">', "</time>", ["published", "date", "timestamp"]),
    "updated": ('<p class="{c}">', "</p>", ["updated", "modified-date"]),
    "share": ('<div class="{c}">', "</div>", ["share-tools", "social-share", "sharebar"]),
    "caption": (
        '<figure><img src="/img/lead.jpg" alt=""><figcaption class="{c}">',
        "</figcaption></figure>",
        ["caption", "media-caption"],
    ),
    "ad": ('<div class="{c}">', "</div>", ["ad-slot", "advert", "dfp-ad"]),
    "newsletter": ('<aside class="{c}">', "</aside>", ["newsletter-signup", "inline-newsletter"]),
    "pull_quote": ('<blockquote class="{c}">', "</blockquote>", ["pullquote", "pull-quote"]),
    "more_from": ('<section class="{c}">', "</section>", ["more-stories", "most-read", "related-articles"]),
    "related": ('<aside class="{c}">', "</aside>", ["related", "related-links"]),
}


def _html(page: Page, ordered: list, rng: random.Random) -> str:
    title_suffix = rng.choice(("", " | Northern Post", " - The Daily Ledger"))
    head = [
        f'<!DOCTYPE html>\n<html lang="{page.lang}"><head><meta charset="utf-8">',
        f"<title>{html.escape(page.headline + title_suffix)}</title>",
    ]
    if page.authors and rng.random() < 0.5:
        head.append(f'<meta name="author" content="{html.escape(", ".join(page.authors))}">')
    out = ["\n".join(head) + "</head><body>", "<main><article>"]
    for block in ordered:
        if isinstance(block, str):
            out.append(f"<p>{html.escape(block)}</p>")
            continue
        if block.kind == "headline":
            out.append(f"<h1>{html.escape(block.text)}</h1>")
            continue
        lines = [html.escape(line) for line in _item_lines(block)]
        open_tag, close_tag, classes = _HTML_TAGS.get(block.kind, ("<p>", "</p>", [""]))
        inner = (
            "<br>".join(lines)
            if block.kind not in ("more_from", "related")
            else (
                f"<h2>{lines[0]}</h2><ul>"
                + "".join(f'<li><a href="/news/{i}">{x}</a></li>' for i, x in enumerate(lines[1:]))
                + "</ul>"
            )
        )
        out.append(open_tag.format(c=rng.choice(classes)) + inner + close_tag)
    out.append("</article></main></body></html>")
    return "\n".join(out) + "\n"


def write_page(page: Page, text: str, folder: Path) -> Path:
    """Write ``page`` into ``folder`` under ``page.file_name``; a JSON page is one record with id, title and text."""
    path = folder / page.file_name
    if page.fmt == "json":
        record = {
            "id": page.story_id,
            "title": page.headline,
            "text": text,
            "url": f"https://news.example.com/{page.story_id}",
        }
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        path.write_text(text, encoding="utf-8")
    return path


def build(bodies: list[Body], seed: int, split: str, folder: Path | None = None) -> list[Page]:
    """The pages of ``split`` ("dev" or "test") for ``bodies``, written into ``folder`` when given."""
    headlines = [b.headline for b in bodies]
    pages = []
    for body in bodies:
        if split_of(body.story_id) != split:
            continue
        page, text = compose(body, seed, headlines)
        if folder is not None:
            write_page(page, text, folder)
        pages.append(page)
    return pages
