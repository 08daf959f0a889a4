"""Text outside paragraphs that trafilatura would drop: an empty inline element opening a ``<p>``
(``drop_empty_openers``), and the bare text a block opens with (``wrap_bare_text``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from wirewash.transforms.core.html.furniture.running_text import _INLINE
from wirewash.transforms.core.html.furniture.words import _link_words, _words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# ---------------------------------------------------------------- text outside paragraphs

# A run of bare text this long is a paragraph, not a label ("Share", "Photo: AFP", "Updated 3:12 pm").
_BARE_PARAGRAPH_WORDS = 12


def drop_empty_openers(tree: HtmlElement) -> int:
    """Drop an empty inline element (no text, no children) that opens a ``<p>``, keeping the text after it;
    returns how many were dropped.

    trafilatura lost the whole paragraph after such an anchor: WordPress marks where its "read more" cut falls
    with ``<p><span id="more-5662"></span>Islam pecah jadi Sunni dan Syi’ah karena faktor politik. ...</p>``,
    and that paragraph was missing from the extracted text while the ones around it were kept."""
    dropped = 0
    for para in list(tree.iter("p")):
        first = next(iter(para), None)
        while (
            first is not None and isinstance(first.tag, str) and first.tag in _INLINE and len(first) == 0
            and not (first.text or "").strip() and not (para.text or "").strip()
        ):
            first.drop_tag()
            dropped += 1
            first = next(iter(para), None)
    return dropped


def _run_words(text: str | None, run: list[HtmlElement]) -> tuple[int, int]:
    """Words of a run of bare text and inline elements (comments among them), and how many are link text."""
    elements = [e for e in run if isinstance(e.tag, str)]
    words = _words(text or "") + sum(_words(e.tail or "") for e in run)
    words += sum(_words(e.text_content()) for e in elements)
    return words, sum(_link_words(e) for e in elements)


def wrap_bare_text(tree: HtmlElement) -> int:
    """Put the run of bare text a ``<div>``, ``<section>`` or ``<article>`` opens with into a ``<p>`` when the
    element goes on with a ``<br>`` or a block and the run is a paragraph (12+ words, mostly not link text);
    returns how many were wrapped.

    trafilatura reads paragraphs from ``<p>`` and from the text after each ``<br>``, so the text before a div's
    first ``<br>`` is dropped whenever the page has ``<p>`` text elsewhere: ``<div class="content">Following the
    16-inch MacBook Pro, Apple plans ... <em><a>DigiTimes</a></em>. A preview ...<br><br>The report claims ...``
    lost its lead. (readability wraps such text the same way.) A div that holds only text is left alone: on the
    benchmark that was as often a standfirst or a pull quote as a lead, and it moved trafilatura's choice of the
    article's frame on pages that set every paragraph in a div. A section opens so as well: ``<section
    class="article-page">We bring you the best deals ... early.<p></p><h2>PS4 DualShock ...``."""
    wrapped = 0
    for div in list(tree.iter("div", "section", "article")):
        if not (div.text or "").strip():
            continue
        children = list(div)
        run: list[HtmlElement] = []
        for child in children:
            if isinstance(child.tag, str) and child.tag not in _INLINE:
                break
            run.append(child)  # an inline element, or a comment
        if len(run) == len(children):
            continue
        words, links = _run_words(div.text, run)
        if words < _BARE_PARAGRAPH_WORDS or 2 * links >= words:
            continue
        para = div.makeelement("p", {})
        para.text, div.text = div.text, None
        for child in run:
            para.append(child)  # moves it, with its tail
        div.insert(0, para)
        wrapped += 1
    return wrapped
