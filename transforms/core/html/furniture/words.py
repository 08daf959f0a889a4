"""An element's text as the furniture tests count it: its words, its words inside links, and its text as a
label (short, whitespace collapsed)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def _words(text: str) -> int:
    return len(text.split())


def _link_words(element: HtmlElement) -> int:
    return sum(_words(a.text_content()) for a in element.iter("a"))


_LABEL_MAX_CHARS = 60


def _label(element: HtmlElement) -> str:
    """The element's text, whitespace collapsed, or "" when longer than a label can be (read no further)."""
    parts: list[str] = []
    size = 0
    for piece in element.itertext():
        size += len(piece)
        if size > 4 * _LABEL_MAX_CHARS:
            return ""
        parts.append(piece)
    text = " ".join("".join(parts).split())
    return text if len(text) <= _LABEL_MAX_CHARS else ""
