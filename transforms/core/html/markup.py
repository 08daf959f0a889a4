"""Markup a crawler cut short, repaired before the page is parsed.

Pages saved by a crawl lose pieces: a write that stopped mid-stream and resumed leaves "<!DOCTYPE htm" with
no ">" before the next tag, "<title>Korean Golfer Wins(The Korea Times)ntById(" with no "</title>", or
"<html xmogo.jpg" ... />" closed by a later tag's "/>". libxml2 then reads the whole page as the doctype, as
the title's text (a title holds text only, up to "</title>") or as an empty document, and trafilatura finds no
main text: 7 of L3S-GN1's 292 dev pages were rejected so (benchmarks/l3s_gn1.py).
"""
from __future__ import annotations

import re

# A declaration at the page's start that another tag opens before it closes.
_CUT_DECLARATION = re.compile(r"\A\s*<!(?:doctype)?[^<>]*(?=<)", re.IGNORECASE)
_TITLE_OPEN = re.compile(r"<title(?:\s[^<>]*)?>", re.IGNORECASE)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)
# A tag inside a title's text: titles hold text, so a title running into markup lost its "</title>".
_TAG = re.compile(r"<[/!a-zA-Z]")
_TITLE_END = re.compile(r"[\r\n<]")
# The <html> start tag closed by another tag's "/>" ("<html xmogo.jpg" alt=... />"): an empty document.
_SELF_CLOSED_HTML = re.compile(r"(<html\b[^<>]*?)\s*/>", re.IGNORECASE)
# Where the head ends, at the latest: repairs look no further.
_HEAD_CHARS = 8192


def _close_title(html: str) -> str:
    opened = _TITLE_OPEN.search(html, 0, _HEAD_CHARS)
    if opened is None:
        return html
    closed = _TITLE_CLOSE.search(html, opened.end())
    inside = html[opened.end():closed.start() if closed else len(html)]
    if _TAG.search(inside) is None:
        return html
    # The title's first line is its text; what follows is the page the lost "</title>" let it swallow.
    end = _TITLE_END.search(inside)
    cut = opened.end() + (end.start() if end else len(inside))
    return f"{html[:cut]}</title>{html[cut:]}"


def repair_markup(html: str) -> str:
    """``html`` with a cut-off leading doctype dropped, a title that runs into markup closed after its first
    line, and an ``<html>`` start tag that a later "/>" closed reopened; other pages unchanged."""
    html = _CUT_DECLARATION.sub("", html, count=1)
    html = _close_title(html)
    return _SELF_CLOSED_HTML.sub(r"\1>", html[:_HEAD_CHARS], count=1) + html[_HEAD_CHARS:]
