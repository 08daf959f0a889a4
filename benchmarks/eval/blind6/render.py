"""Write a ``Page`` as a file the pipeline reads, in page models blind5 does not use:

- text: blank lines between blocks; one line per block; hard-wrapped at 66-74 columns; or the Markdown a
  reader-mode or LLM scraper writes (``# headline``, ``> quote``, ``- [item](url)`` lists); some with CRLF
  line ends or trailing blanks;
- HTML: a component page whose furniture sits in ``<div data-testid=...>`` and ``<p>`` siblings of the story
  (no ``<aside>`` or ``<figure>`` to tell them apart), a syndication portal page (the wire's copy inside the
  portal's frame), or a live blog (posts with ``<time>`` stamps);
- JSON records (``id``, ``url``, ``text``; sometimes ``title``, ``date``, ``publisher``), one per
  ``.jsonl`` line or one pretty-printed object in ``.json``.

``render`` returns the file's name, its content and the page as written (a record whose ``title`` field holds
the headline leaves it out of the text half the time; then that headline is no furniture).
"""
from __future__ import annotations

import dataclasses
import html
import json
import random
import re
import textwrap

from .compose import Page, Segment

_LISTS = {"read_also", "related", "most_read", "tags", "share", "live_key"}


def _blocks(page: Page) -> list[tuple[str, list[str]]]:
    """(kind, lines) in page order; story paragraphs have the kind ``story``."""
    blocks = [(s.kind, list(s.lines)) for s in page.head]
    for i in range(len(page.body.paragraphs)):
        blocks.append(("story", [page.paragraph(i)]))
        blocks.extend((s.kind, list(s.lines)) for after, s in page.inline if after == i + 1)
    return blocks + [(s.kind, list(s.lines)) for s in page.tail]


def _markdown(kind: str, lines: list[str], rng: random.Random) -> list[str]:
    if kind == "headline":
        return ["# " + lines[0]]
    if kind in ("pull_quote", "social"):
        return ["> " + line for line in lines]
    if kind in ("caption", "inline_caption"):
        return [f"![{lines[0]}](https://cdn.example.net/{rng.randint(10**5, 10**6)}.jpg)", *lines[1:]]
    if kind in _LISTS and len(lines) > 1:
        return [lines[0]] + [f"- [{line}](/{rng.randint(10**5, 10**6)})" for line in lines[1:]]
    if kind == "kicker":
        return [f"**{lines[0]}**", *lines[1:]]
    return lines


def render_text(page: Page, rng: random.Random) -> str:
    """One of four layouts; a tenth of files with Windows line ends, some with trailing blanks on lines."""
    style = rng.choice(("blank", "dense", "wrap", "markdown"))
    blocks = _blocks(page)
    if style == "markdown":
        text = "\n\n".join("\n".join(_markdown(k, ls, rng) if k != "story" else ls) for k, ls in blocks)
    elif style == "dense":
        text = "\n".join(line for _, ls in blocks for line in ls)
    elif style == "wrap":
        width = rng.randint(66, 74)
        text = "\n\n".join("\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
                                     for line in ls) for _, ls in blocks)
    else:
        text = "\n\n".join("\n".join(ls) for _, ls in blocks)
    if rng.random() < 0.15:
        text = re.sub("\n", lambda _: rng.choice(("\n", " \n", "\u00a0\n")), text)
    return text.replace("\n", "\r\n") + "\r\n" if rng.random() < 0.1 else text + "\n"


_TESTID = {"kicker": "section-link", "standfirst": "article-summary", "byline": "byline", "published": "timestamp",
           "read_time": "read-time", "listen": "audio-player", "share": "share-bar", "caption": "image-caption",
           "inline_caption": "image-caption", "ad": "ad-container", "read_also": "inline-related",
           "newsletter": "newsletter-promo", "pull_quote": "pull-quote", "video": "video-player",
           "social": "embed", "paywall": "paywall", "live_key": "key-events", "live": "post-header"}


def _div(segment: Segment, rng: random.Random) -> str:
    """A segment as a component page renders it: a ``div`` of ``p`` or ``span`` lines, links for lists."""
    lines = [html.escape(line) for line in segment.lines]
    name = _TESTID.get(segment.kind, segment.kind.replace("_", "-"))
    if segment.kind == "headline":
        return f'<h1 data-testid="headline">{lines[0]}</h1>'
    if segment.kind in ("caption", "inline_caption"):
        image = f'<img src="https://cdn.example.net/{rng.randint(10**5, 10**6)}.jpg" alt="">'
        return f'<div data-testid="{name}">{image}' + "".join(f"<span>{x}</span>" for x in lines) + "</div>"
    if segment.kind in _LISTS and len(lines) > 1:
        links = "".join(f'<a href="/{rng.randint(10**5, 10**6)}">{x}</a>' for x in lines[1:])
        return f'<div data-testid="{name}"><p>{lines[0]}</p><div>{links}</div></div>'
    if segment.kind == "published":
        return f'<div data-testid="{name}">' + "".join(f"<time>{x}</time>" for x in lines) + "</div>"
    tag = rng.choice(("p", "span")) if len(lines) == 1 else "p"
    return f'<div data-testid="{name}">' + "".join(f"<{tag}>{x}</{tag}>" for x in lines) + "</div>"


def _paragraph_html(page: Page, i: int) -> str:
    """Paragraph ``i`` with its glued furniture in inline markup, as pages hold it."""
    text = html.escape(page.body.paragraphs[i])
    for g in page.glued:
        if g.index != i:
            continue
        piece = html.escape(g.segment.lines[0])
        if g.segment.kind == "dateline":
            text = f"<strong>{piece.rstrip()}</strong>{g.joint}{' ' if piece.endswith(' ') else ''}{text}"
        elif g.before:
            text = f'<span class="caption">{piece}</span>{g.joint}{text}'
        else:
            text = f'{text}{g.joint}<span class="{g.segment.kind}">{piece}</span>'
    return f"<p>{text}</p>"


def render_html(page: Page, rng: random.Random) -> str:
    title = html.escape(page.body.headline)
    site = html.escape(page.outlet.name)
    model = "live" if page.live else rng.choice(("component", "portal"))
    metas = [f'<meta property="og:site_name" content="{site}">']
    if page.authors and rng.random() < 0.5:
        metas.append(f'<meta name="author" content="{html.escape(", ".join(page.authors))}">')
    if rng.random() < 0.5:
        metas.append(f'<meta property="article:published_time" content="{page.published.isoformat()}Z">')
    body: list[str] = []
    for i in range(len(page.body.paragraphs)):
        body.append(_paragraph_html(page, i))
        for after, segment in page.inline:
            if after != i + 1:
                continue
            if model == "live" and segment.kind == "live":
                # A live blog opens a new post block at each stamp.
                body.append(f'</div><div class="block" id="post-{rng.randint(10**6, 10**7)}">')
            body.append(_div(segment, rng))
    head = "\n".join(_div(s, rng) for s in page.head)
    tail = "\n".join(_div(s, rng) for s in page.tail)
    if model == "portal":
        frame = [f'<div id="module-header"><a href="/">{site}</a><nav><a href="/news">News</a>'
                 '<a href="/finance">Finance</a><a href="/sports">Sports</a></nav></div>',
                 '<div class="caas-container"><div class="caas-header">', head, "</div>",
                 '<div class="caas-body">', *body, "</div>", '<div class="caas-footer">', tail, "</div></div>"]
    else:
        wrap = '<div class="live-blog"><div class="block">' if model == "live" else '<div class="article-body">'
        close = "</div></div>" if model == "live" else "</div>"
        frame = [f'<div class="masthead"><a href="/">{site}</a></div>', '<div id="main">',
                 '<div class="article-header">', head, "</div>", wrap, *body, close,
                 '<div class="article-end">', tail, "</div>", "</div>"]
    page_title = rng.choice((f"{title} | {site}", f"{title} - {site}", title))
    parts = ["<!DOCTYPE html>", f'<html lang="{page.outlet.lang}">', "<head>", '<meta charset="utf-8">',
             f"<title>{page_title}</title>", *metas, "</head>", "<body>", *frame, "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def render(page: Page, rng: random.Random) -> tuple[str, str, Page]:
    """(file name, content, page as written): about 45% text, 35% HTML, 20% JSON records."""
    draw = rng.random()
    if draw < 0.45:
        return f"{page.doc_id}.txt", render_text(page, rng), page
    if draw < 0.8:
        return f"{page.doc_id}.html", render_html(page, rng), page
    record: dict[str, object] = {"id": page.doc_id, "url": f"https://{page.outlet.domain}/{page.doc_id[3:]}"}
    if rng.random() < 0.5:
        record["title"] = page.body.headline
        if rng.random() < 0.5:
            page = dataclasses.replace(page, head=tuple(s for s in page.head if s.kind != "headline"))
    if rng.random() < 0.5:
        record["date"] = page.published.isoformat()
    if rng.random() < 0.4:
        record["publisher"] = page.outlet.name
    joint = rng.choice(("\n\n", "\n\n", "\n"))
    record["text"] = joint.join("\n".join(lines) for _, lines in _blocks(page))
    if rng.random() < 0.5:
        return f"{page.doc_id}.jsonl", json.dumps(record, ensure_ascii=False) + "\n", page
    return f"{page.doc_id}.json", json.dumps(record, ensure_ascii=False, indent=2) + "\n", page
