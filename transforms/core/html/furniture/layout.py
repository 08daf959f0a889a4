"""Markup round the story's text that misleads trafilatura, undone before it runs: scripts whose data
misleads its date search (``drop_scripts``), tables that lay out a page (``unframe_layout_tables``), and the
wrappers round an embedded post (``lift_embedded_posts``)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def drop_scripts(tree: HtmlElement) -> None:
    """Remove ``<script>`` elements other than JSON data (JSON-LD metadata stays): htmldate's timestamp search
    reads the serialised page, so a consent cookie's ``"expires": "2021-01-31T00:00:00Z"`` became the
    publication date (adbar/htmldate#28)."""
    for script in list(tree.iter("script")):
        if "json" not in (script.get("type") or "").lower() and script.getparent() is not None:
            script.drop_tree()


# ---------------------------------------------------------------- layout tables

_BLOCKS = ("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "article", "section")
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


def unframe_layout_tables(tree: HtmlElement) -> int:
    """Turn tables that lay out a page (a cell holds a paragraph, a heading or another table) into ``<div>``s;
    returns how many tables were turned.

    With ``include_tables`` trafilatura renders a table row by row ("| cell | cell |"), each cell's paragraphs
    run together: a page set in a layout table came out as one line holding the headline, the byline, the date
    and the lead ("| | Seeking a bigger role for a big rocket by Jeff Foust Monday, November 18, 2019 Earlier
    this month, ..."). A table of data holds text and inline markup in its cells, and stays a table."""
    def own(table: HtmlElement, tags: tuple[str, ...]) -> list[HtmlElement]:
        # A table nested in a cell (a pull quote set in a box) is judged on its own cells.
        return [e for e in table.iter(*tags) if next(e.iterancestors("table"), None) is table]

    layout = [
        table for table in tree.iter("table")
        if any(child.tag in _BLOCKS for cell in own(table, ("td", "th")) for child in cell)
    ]
    for table in layout:
        for part in own(table, _TABLE_PARTS[1:]) + [table]:
            part.tag = "div"
    return len(layout)


# ---------------------------------------------------------------- embedded posts

# The class an embed script looks for on a quoted post: Twitter, Instagram, TikTok, Reddit, Facebook.
_EMBEDDED_POST_CLASS = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|reddit-card|fb-xfbml")


def lift_embedded_posts(tree: HtmlElement) -> int:
    """Take each embedded post (``<blockquote class="twitter-tweet">`` and its kin) out of the wrappers that
    hold nothing but it, so that the post stands where its outermost wrapper stood; returns how many moved.

    trafilatura drops any element whose class holds "widget" or "embed", and sites wrap the quoted post in such
    boxes (``<div class="sdc-article-widget sdc-article-tweet"><div ...__inner><div ...__content><blockquote
    class="twitter-tweet">``): the club's statement and the player's farewell quoted in a story were lost, while
    the same post set straight in the story's body was kept. A wrapper that holds anything else (a caption, a
    list of links) is left alone."""
    lifted = 0
    for post in list(tree.iter("blockquote")):
        if _EMBEDDED_POST_CLASS.search(post.get("class") or "") is None:
            continue
        own = " ".join(post.text_content().split())
        outer = None
        for wrapper in post.iterancestors():
            if wrapper.tag in ("body", "html", "article", "main") or wrapper.getparent() is None:
                break
            if " ".join(wrapper.text_content().split()) != own:
                break
            outer = wrapper
        if outer is None:
            continue
        post.tail = outer.tail
        outer.getparent().replace(outer, post)
        lifted += 1
    return lifted
