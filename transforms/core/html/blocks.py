"""A page's blocks through trafilatura: a blank line where the page's layout starts a block.

A page sets a widget's lines in one element of its own (a newsletter box's ``<div>`` holding its heading, pitch,
field and button) and its story's paragraphs around it. trafilatura's text sets every element on a line of its
own and keeps no trace of the element round them, so the cleaner would read a page as one block and could not
tell the box's leftover lines by the block they share (``cleaning.blocks``). The first line-level element of each
container holding two or more, and the first after such a container, are marked before extraction
(``mark_blocks``); the marked lines of the extracted text open blocks (``blocked_text``).

The mark is a character trafilatura keeps (it drops the invisible format characters) and pages do not set at a
line's start, U+2E3B THREE-EM DASH; wherever it is found after extraction, it is dropped.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

BLOCK_MARK = "\u2e3b"
# The elements trafilatura sets as lines, and the ones a page groups them in.
_LINES = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote figcaption".split())
_CONTAINERS = frozenset("div section aside figure ul ol form header footer nav article".split())


def _line_of(element: HtmlElement) -> HtmlElement | None:
    """``element`` if it is a line with text, else its first descendant that is."""
    for e in element.iter():
        if isinstance(e.tag, str) and e.tag in _LINES and e.text_content().strip():
            return e
    return None


def _mark(line: HtmlElement | None) -> int:
    if line is None or (line.text or "").startswith(BLOCK_MARK):
        return 0
    line.text = BLOCK_MARK + (line.text or "")
    return 1


def mark_blocks(tree: HtmlElement) -> int:
    """Mark the first line of every container whose children hold two lines or more, and the first line after
    it; returns how many lines were marked."""
    marked = 0
    for container in tree.iter(*_CONTAINERS):
        lines = [c for c in container if isinstance(c.tag, str) and c.tag in _LINES and c.text_content().strip()]
        if len(lines) < 2:
            continue
        marked += _mark(lines[0])
        after = container.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        if after is not None:
            marked += _mark(_line_of(after))
    return marked


def blocked_text(text: str) -> str:
    """``text`` with a blank line before each marked line (not before the first), and every mark dropped."""
    if BLOCK_MARK not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if line.startswith(BLOCK_MARK) and out and out[-1]:
            out.append("")
        out.append(line.replace(BLOCK_MARK, ""))
    return "\n".join(out)


def unmarked(text: str | None) -> str | None:
    """``text`` without marks: a field trafilatura read off a marked line (a title from an ``<h1>``)."""
    return None if text is None else text.replace(BLOCK_MARK, "")
