"""Spans inside a sentence that trafilatura's discard rules drop for their class or id, unwrapped so that
their text stays (``unwrap_spans_in_sentences``)."""
from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from wirewash.transforms.core.html.furniture.boxes import _PRUNE_MARK
from wirewash.transforms.core.html.furniture.layout import _BLOCKS
from wirewash.transforms.core.html.furniture.running_text import in_running_text

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# ---------------------------------------------------------------- spans in a sentence

# Names trafilatura's metadata search reads an author or a date from: such a span is left as it is.
_METADATA_NAME = re.compile(r"author|byline|writer|date|time|publish", re.IGNORECASE)


def unwrap_spans_in_sentences(tree: HtmlElement) -> int:
    """Unwrap each ``<span>`` inside a sentence (``in_running_text``) that trafilatura's discard rules drop
    for its class or id, keeping its text and children in place; returns how many were unwrapped.

    trafilatura drops a ``<div>``, ``<p>`` or ``<span>`` by names alone ("link", "bottom", "teaser", "tags",
    "share-", "meta", "-icon" ...), inline or not: CBS sets every link inside its story sentences in ``<span
    class="link">``, so "... has reported that <span class="link"><a>the NFL will fine Rudolph</a></span> for
    his role in the fight" lost its middle. trafilatura strips every ``<span>`` once it has pruned, so an
    unwrapped span changes nothing else in its text. A span trafilatura drops as hidden or as comments
    (``aria-hidden``, ``display: none``, "hidden", "reply-" ...), one named for an author or a date (its
    metadata search reads them), one holding a block, and a furniture box marked (``mark_furniture``), or
    one inside one, are left alone."""
    from trafilatura.xpaths import OVERALL_DISCARD_XPATH, PRECISION_DISCARD_XPATH, TEASER_DISCARD_XPATH

    # The first overall rule names boxes (navigation, share tools, tags, related links); the rest find what
    # a page hides, and comments.
    named = OVERALL_DISCARD_XPATH[:1] + TEASER_DISCARD_XPATH + PRECISION_DISCARD_XPATH
    hidden = OVERALL_DISCARD_XPATH[1:]
    unwrapped = 0
    for span in list(tree.iter("span")):
        # trafilatura's rules read attributes only: a bare span is none of theirs.
        names = f"{span.get('class') or ''} {span.get('id') or ''} {span.get('itemprop') or ''}"
        if not span.attrib or _METADATA_NAME.search(names):
            continue
        if any(True for _ in span.iter(*_BLOCKS)) or not in_running_text(span):
            continue
        if any(e.get(_PRUNE_MARK) is not None for e in itertools.chain((span,), span.iterancestors())):
            continue
        # The rules test the element's own attributes: read from its parent, they answer for it alone.
        parent = span.getparent()
        if any(span in rule(parent) for rule in named) and not any(span in rule(parent) for rule in hidden):
            span.drop_tag()
            unwrapped += 1
    return unwrapped
