"""Whether an inline element is part of a sentence of its block (``in_running_text``): its text is the
story's, so no class name makes it furniture."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

# ---------------------------------------------------------------- running text

# Inline elements that continue a run of text; any other element (a block, a <br>) ends the run.
_INLINE = frozenset(
    "a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u".split()
)
# Pictures and breaks inside a word are part of a run too; any other element not inline ends it.
_IN_RUN = _INLINE | {"img", "picture", "svg", "wbr"}


def _prose(text: str | None, owner: HtmlElement) -> str | None:
    """``text`` stripped, when it is prose: outside any link, with a letter in it."""
    if owner.tag == "a" or any(True for _ in owner.iterancestors("a")):
        return None
    return text.strip() if text and any(c.isalpha() for c in text) else None


def _text_beside(element: HtmlElement, after: bool) -> str | None:
    """The nearest text that is not blank after (or before) ``element`` in its run, when it is prose that the
    run itself holds (a tail, or the text of an element holding ``element``); None when the nearest text is
    inside an element beside it, or when a block or a ``<br>`` ends the run first."""
    node = element
    while (parent := node.getparent()) is not None:
        if after and (node.tail or "").strip():
            return _prose(node.tail, parent)
        for sibling in node.itersiblings(preceding=not after):
            # Before the element, a sibling's tail lies between the two; after it, beyond the sibling.
            if not after and (sibling.tail or "").strip():
                return _prose(sibling.tail, parent)
            if isinstance(sibling.tag, str) and (
                sibling.tag not in _IN_RUN or sibling.text_content().strip()
            ):
                return None
            if after and (sibling.tail or "").strip():
                return _prose(sibling.tail, parent)
        if not after and (parent.text or "").strip():
            return _prose(parent.text, parent)
        if parent.tag not in _INLINE:
            return None
        node = parent
    return None


def _appended(element: HtmlElement) -> bool:
    """Whether ``element`` ends an inline element after that element's own words, with nothing after it:
    how a hover card, a tooltip or a footnote's pop-up hangs on its term (``<span class="term">CPI<span
    class="tooltip">Consumer Price Index ...</span></span>``), shown apart from the sentence."""
    parent = element.getparent()
    if parent is None or parent.tag not in _INLINE:
        return False

    def text(nodes: Iterator[HtmlElement]) -> str:
        return "".join((n.text_content() if isinstance(n.tag, str) else "") + (n.tail or "") for n in nodes)

    if ((element.tail or "") + text(element.itersiblings())).strip():
        return False
    return bool(((parent.text or "") + text(element.itersiblings(preceding=True))).strip())


def in_running_text(element: HtmlElement) -> bool:
    """Whether an inline element (``span``, ``a``, ``em``, ``strong``, ``small``, ``time`` ...) holding text
    is part of a sentence of its block, so that no class name makes it furniture. The text next to it (the
    nearest that is not blank, in the same run of inline text: a block or a ``<br>`` ends the run) must be
    prose the run itself holds, outside any link and with a letter; the element is in a sentence when there
    is such prose on both sides, or before it ending in a letter, a digit, a comma or a semicolon (the
    sentence runs into it: "... has reported that <span class="link"><a>the NFL will fine Rudolph</a>
    </span>"), or after it opening in lower case or with a comma or a semicolon (the sentence runs on out of
    it).

    A label ("Related:", "Tags:"), a separator ("|", ","), a link, another element holding text ("<span>©
    2019 Site</span><span class="x">Not associated with ...</span>"), a block or nothing beside it leaves an
    inline element to the furniture tests, and so does hanging on a term as a pop-up does (``_appended``)."""
    if not isinstance(element.tag, str) or element.tag not in _INLINE or not element.text_content().strip():
        return False
    if _appended(element):
        return False
    before, after = _text_beside(element, after=False), _text_beside(element, after=True)
    if before and after:
        return True
    if before and (before[-1].isalnum() or before[-1] in ",;"):
        return True
    return bool(after) and (after[0].islower() or after[0] in ",;")
