"""Write a ``Page`` as a file the pipeline reads: plain text (three line layouts), an HTML page with the
furniture in the markup outlets use, or a JSON / JSON Lines record.

``render`` returns the file's name and content and the page as actually written (a JSON record that gives the
headline in its ``title`` field sometimes leaves it out of the text, so that headline is then no furniture).
"""
from __future__ import annotations

import dataclasses
import html
import json
import random
import re
import textwrap

from .compose import Page, Segment

_LISTS = {"read_also", "related", "most_read", "tags", "share"}
_CLASSES = {"kicker": "section-label", "standfirst": "standfirst", "byline": "byline", "read_time": "meta",
            "listen": "audio-player", "ad": "ad-slot", "newsletter": "newsletter-signup",
            "pull_quote": "pullquote", "video": "video-player", "paywall": "paywall-teaser",
            "agency_credit": "credit",
            "correction": "correction", "copyright": "copyright", "comments": "comments", "bio": "author-bio",
            "app_promo": "promo", "read_also": "read-also", "related": "related", "most_read": "most-read",
            "tags": "tags", "share": "share-tools", "social": "embed-social"}
_AFTER_ARTICLE = {"related", "most_read", "comments", "app_promo", "copyright"}


def _lead(page: Page) -> str:
    first = page.body.paragraphs[0]
    prefix = page.prefix.text_lines()[0] if page.prefix else ""
    suffix = page.suffix.text_lines()[0] if page.suffix else ""
    return prefix + first + suffix


def _blocks(page: Page) -> list[list[str]]:
    """Head, body and tail as blocks of lines, in page order."""
    blocks = [s.text_lines() for s in page.head]
    inline = dict[int, list[Segment]]()
    for after, segment in page.inline:
        inline.setdefault(after, []).append(segment)
    for i, paragraph in enumerate(page.body.paragraphs):
        blocks.append([_lead(page) if i == 0 else paragraph])
        blocks.extend(s.text_lines() for s in inline.get(i + 1, []))
    return blocks + [s.text_lines() for s in page.tail]


def render_text(page: Page, rng: random.Random) -> str:
    """Plain text in one of three layouts: blank lines between blocks, one line per line with no blank lines,
    or hard-wrapped at 65-75 columns (CJK runs are not broken; blocks parted by a blank line or by an indented
    first line); sometimes stray trailing blanks, sometimes CRLF line ends."""
    blocks = _blocks(page)
    style = rng.choice(("blank", "dense", "wrap"))
    if style == "dense":
        text = "\n".join(line for block in blocks for line in block)
    elif style == "wrap":
        width = rng.randint(65, 75)
        # Wire copy of the Reuters-21578 kind indents each paragraph's first line instead of a blank line.
        indent, gap = ("    ", "\n") if rng.random() < 0.3 else ("", "\n\n")
        def wrap(line: str) -> str:
            return textwrap.fill(line, width, initial_indent=indent, break_long_words=False,
                                 break_on_hyphens=False)
        text = gap.join("\n".join(wrap(line) for line in block) for block in blocks)
    else:
        text = "\n\n".join("\n".join(block) for block in blocks)
    if rng.random() < 0.15:
        # Copied pages carry stray trailing blanks (spaces, tabs, no-break spaces) on some lines.
        text = re.sub("\n", lambda _: rng.choice((" \n", "\n", "\t\n", "\u00a0\n", "\n")), text)
    return text.replace("\n", "\r\n") if rng.random() < 0.1 else text + "\n"


def _segment_html(segment: Segment, rng: random.Random, when: str) -> str:
    lines = [html.escape(line) for line in segment.text_lines()]
    cls = _CLASSES.get(segment.kind, segment.kind)
    kind = segment.kind
    if kind == "headline":
        return f'<h1 class="article-headline">{lines[0]}</h1>'
    if kind in ("caption", "inline_caption"):
        spans = "".join(f'<span class="{"caption" if i == 0 else "credit"}">{line}</span> ' for i, line in
                        enumerate(lines))
        image = f'<img src="/img/{rng.randint(1000, 9999)}.jpg" alt="">'
        return f'<figure class="lead-image">{image}<figcaption>{spans}</figcaption></figure>'
    if kind == "published":
        return "".join(f'<time datetime="{when}">{line}</time><br>' for line in lines)
    if kind in _LISTS:
        heading = f"<h2>{lines[0]}</h2>" if len(lines) > 1 and kind != "share" else ""
        items = lines[1:] if heading else lines
        tag = "nav" if kind == "share" else "aside"
        links = "".join(f'<li><a href="/{rng.randint(10**5, 10**6)}">{line}</a></li>' for line in items)
        return f'<{tag} class="{cls}">{heading}<ul class="{cls}">{links}</ul></{tag}>'
    if kind == "pull_quote" or kind == "social":
        return f'<blockquote class="{cls}">' + "".join(f"<p>{line}</p>" for line in lines) + "</blockquote>"
    if kind in ("ad", "newsletter", "video", "paywall"):
        return f'<aside class="{cls}">' + "".join(f"<p>{line}</p>" for line in lines) + "</aside>"
    return f'<div class="{cls}">' + "<br>".join(lines) + "</div>"


def render_html(page: Page, rng: random.Random) -> str:
    """A whole page: ``<title>`` (headline, sometimes with the site's name), meta author and date sometimes,
    the furniture in ``<header>``, ``<figure>``, ``<aside>``, ``<ul class=...>`` around ``<p>`` paragraphs."""
    title = html.escape(page.body.headline)
    site = html.escape(page.outlet.name)
    when = page.published.isoformat() + "Z"
    metas = [f'<meta property="og:site_name" content="{site}">']
    if rng.random() < 0.5 and page.authors:
        metas.append(f'<meta name="author" content="{html.escape(", ".join(page.authors))}">')
    if rng.random() < 0.5:
        metas.append(f'<meta property="article:published_time" content="{when}">')
    page_title = rng.choice((f"{title} | {site}", f"{title} - {site}", title))
    inline = dict[int, list[str]]()
    for after, segment in page.inline:
        inline.setdefault(after, []).append(_segment_html(segment, rng, when))
    body = []
    for i, paragraph in enumerate(page.body.paragraphs):
        if i == 0:
            prefix = ""
            if page.prefix:
                prefix = f'<span class="dateline">{html.escape(page.prefix.text_lines()[0])}</span>'
            suffix = html.escape(page.suffix.text_lines()[0]) if page.suffix else ""
            body.append(f"<p>{prefix}{html.escape(paragraph)}{suffix}</p>")
        else:
            body.append(f"<p>{html.escape(paragraph)}</p>")
        body.extend(inline.get(i + 1, []))
    inside = [_segment_html(s, rng, when) for s in page.tail if s.kind not in _AFTER_ARTICLE]
    after = [_segment_html(s, rng, when) for s in page.tail if s.kind in _AFTER_ARTICLE]
    head = "\n".join(_segment_html(s, rng, when) for s in page.head)
    parts = ["<!DOCTYPE html>", f'<html lang="{page.outlet.lang}">', "<head>", '<meta charset="utf-8">',
             f"<title>{page_title}</title>", *metas, "</head>", "<body>",
             f'<header class="site-header"><a href="/" class="logo">{site}</a></header>', "<main>",
             "<article>",
             '<header class="article-header">', head, "</header>", '<div class="article-body">', *body,
             "</div>",
             '<footer class="article-footer">', *inside, "</footer>", "</article>", *after, "</main>",
             "</body>",
             "</html>"]
    return "\n".join(parts) + "\n"


def render(page: Page, rng: random.Random) -> tuple[str, str, Page]:
    """(file name, content, page as written): about 45% text, 35% HTML, 20% JSON records."""
    draw = rng.random()
    if draw < 0.45:
        return f"{page.doc_id}.txt", render_text(page, rng), page
    if draw < 0.8:
        return f"{page.doc_id}.html", render_html(page, rng), page
    record: dict[str, str] = {"id": page.doc_id, "url": f"https://{page.outlet.domain}/{page.doc_id[3:]}"}
    if rng.random() < 0.5:
        record["title"] = page.body.headline
        if rng.random() < 0.5:
            page = dataclasses.replace(page, head=tuple(s for s in page.head if s.kind != "headline"))
    if rng.random() < 0.5:
        record["date"] = page.published.isoformat()
    if rng.random() < 0.5:
        record["publisher"] = page.outlet.name
    record["text"] = "\n\n".join("\n".join(block) for block in _blocks(page))
    if rng.random() < 0.5:
        return f"{page.doc_id}.jsonl", json.dumps(record, ensure_ascii=False) + "\n", page
    return f"{page.doc_id}.json", json.dumps(record, ensure_ascii=False, indent=2) + "\n", page
