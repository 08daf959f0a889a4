"""Line breaks inside HTML text nodes, which a browser renders as spaces."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Elements whose text a browser shows as written, line breaks and all.
_PREFORMATTED = ("pre", "textarea", "code", "listing", "xmp", "plaintext", "script", "style")
_LINE_BREAK = re.compile(r"[ \t]*[\r\n]\s*")


def unwrap_text_nodes(tree: HtmlElement) -> int:
    """Turn each line break inside a text node into a space, as a browser renders it; returns how many text nodes
    changed. Text inside ``<pre>``, ``<code>``, ``<textarea>``, scripts and styles keeps its line breaks.

    trafilatura keeps the source's line breaks in text outside ``<p>``: a blog that hard-wraps its HTML
    (``<div><span>Photos\\n which were released online ... social media, \\nshow Nigerian actress, ...``) came out
    one line per source line, and the cleaner read "Photos" as a line of its own and split a sentence into two
    paragraphs at "has taken / to her Instagram page"."""
    kept = {d for p in tree.iter(*_PREFORMATTED) for d in p.iter()}
    changed = 0
    for element in tree.iter():
        parent = element.getparent()
        if isinstance(element.tag, str) and element not in kept and element.text and "\n" in element.text:
            element.text = _LINE_BREAK.sub(" ", element.text)
            changed += 1
        if element.tail and "\n" in element.tail and parent is not None and parent not in kept:
            element.tail = _LINE_BREAK.sub(" ", element.tail)
            changed += 1
    return changed
