"""A record's text field that holds a page's HTML or Markdown, made plain text before cleaning.

Datasets scraped into JSON Lines or Parquet often keep the article's HTML (``<p>...</p>``) or a Markdown
rendering of it (``[link](url)``, ``**bold**``, ``# heading``) in the text field. Kept as is, the markup
reached the output and made that copy the longest of its cluster, so ``--keep longest`` kept it (newcomer's
F9/F28). HTML is extracted as a page's is (``extract``: trafilatura in the pipeline), character references
are decoded, Markdown syntax is reduced to its text; each is named in ``RawDoc.repaired`` (counted
``read:field:html_in_text``, ``read:field:html_entities_in_text``, ``read:field:markdown_in_text``). A text
laid out in blank-line paragraphs that names a few tags in its sentences is prose, not a page (newcomer's
F3). The record's title, byline and publisher get the same decoding, and lose their tags when HTML
(``read:field:markup_in_title``...: Reuters-21578 as JSON Lines has "&lt;CPML>" in 400 titles, F14).
"""
from __future__ import annotations

import dataclasses
import html
import re

from wirewash.transforms.core.readers.base import Extract, RawDoc, error_detail
from wirewash.transforms.core.schema import Rejected

# Elements a page's body is made of. A text can be HTML only when one of them is opened and closed, or a line
# is broken with <br>: a story that mentions "the <p> tag" opens nothing it closes.
_ELEMENTS = (
    "p|div|span|a|h[1-6]|ul|ol|li|table|tr|td|th|blockquote|figure|figcaption|section|article|strong|em|b|i"
    "|script|style|iframe"
)
_OPEN_RE = re.compile(rf"<({_ELEMENTS})(?:\s[^<>]*)?>", re.IGNORECASE)
_CLOSE_RE = re.compile(rf"</({_ELEMENTS})\s*>", re.IGNORECASE)
_BREAK_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A tag with attributes ('<a href="/x">', '<span class="dateline">') is written by a program; a tag named in a
# sentence ("write <strong>strong</strong> instead") has none.
_ATTRIBUTED_RE = re.compile(rf"<(?:{_ELEMENTS})\s[^<>]*=[^<>]*>", re.IGNORECASE)
# A text laid out in blank-line paragraphs that do not open with a tag is prose when its tags are sparse (a
# BBC story that names <b>, <strong> and <br> in one sentence has 2.5 per 1,000 characters; a paragraph with
# <b> or <i> in most of its sentences has tens) or kept to a few of its paragraphs (a short story naming
# tags in one of four paragraphs is dense; a page's inline markup runs through most of them).
_MAX_PROSE_TAGS_PER_1000 = 8
_MAX_TAGGED_PARAGRAPH_SHARE = 1 / 3
_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")
# Character references with their ";": html.unescape alone also reads legacy names without one ("Q&notes").
_ENTITY_RE = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Markdown: an image (its alt text kept), a link to a URL (its text kept: "[sic]" or "[1]" link nowhere),
# **bold**, an ATX heading at a line's start ("#MeToo" has no space after its "#").
_IMAGE_RE = re.compile(r"!\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")
# An image alone on its line, linked or not, is a picture between paragraphs: its alt text ("photo") is a
# caption at most.
_IMAGE_LINE_RE = re.compile(
    rf"^[ \t]*(?:\[?{_IMAGE_RE.pattern}(?:\]\([^)\s]*\))?[ \t]*)+(?:\n|$)", re.MULTILINE
)
_LINK_RE = re.compile(r"\[([^\]\n]+)\]\((?:https?://|www\.|/|#|mailto:)[^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_BOLD_RE = re.compile(r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*")
_HEADING_RE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


def _has_markup(text: str) -> bool:
    if "<" not in text:
        return False  # every tag opens with one: most stories hold none, and go unsearched
    if _BREAK_RE.search(text):
        return True
    opened = {m[1].lower() for m in _OPEN_RE.finditer(text)}
    return any(m[1].lower() in opened for m in _CLOSE_RE.finditer(text))


def _prose(text: str) -> bool:
    """Whether ``text`` is laid out as prose: two or more blank-line paragraphs that open with no tag hold
    most of it, no tag has attributes, and tags are sparse or in few paragraphs (tags named in a sentence,
    not a page's markup)."""
    if _ATTRIBUTED_RE.search(text):
        return False
    paragraphs = [p for p in _PARAGRAPH_BREAK_RE.split(text) if p.strip() and not p.lstrip().startswith("<")]
    if len(paragraphs) < 2 or 2 * sum(map(len, paragraphs)) < len(text):
        return False
    tags = sum(len(r.findall(text)) for r in (_OPEN_RE, _CLOSE_RE, _BREAK_RE))
    tagged = sum(1 for p in paragraphs if _OPEN_RE.search(p) or _BREAK_RE.search(p))
    return (tags * 1000 < _MAX_PROSE_TAGS_PER_1000 * len(text)
            or tagged <= _MAX_TAGGED_PARAGRAPH_SHARE * len(paragraphs))


def is_html(text: str) -> bool:
    """Whether ``text`` is HTML by its shape: an element opened and closed, or a <br>, in a text not laid
    out as prose (``_prose``): a story naming "<b>bold</b>" in a sentence keeps its paragraphs and tags."""
    return _has_markup(text) and not _prose(text)


def markup_stripped(text: str) -> str:
    """A short field (a title, a byline) without its tags when it is HTML by shape, its character references
    decoded and its Markdown reduced, as the record's text is. Tags are stripped before references are
    decoded, so "&lt;b&gt;" stays the text "<b>"."""
    if _has_markup(text):
        text = " ".join(_CLOSE_RE.sub("", _OPEN_RE.sub("", _BREAK_RE.sub(" ", text))).split())
    return markdown_reduced(entities_decoded(text)).strip()


def entities_decoded(text: str) -> str:
    """``text`` with its character references (``&amp;``, ``&#8217;``, ``&nbsp;``) decoded."""
    return _ENTITY_RE.sub(lambda m: html.unescape(m[0]), text)


def markdown_reduced(text: str) -> str:
    """``text`` with Markdown images, links, bold and headings reduced to their text; an image alone on its
    line is dropped, one inside a sentence keeps its alt text."""
    # Each pattern's every match holds a literal ("![" an image, "](" a link, "**" bold, "#" a heading),
    # looked for in the text as it stands before that pattern's turn: a text without it is left as is,
    # unsearched. Most stories hold none of them, and the five searches cost ~0.25 ms on a 3 kB one.
    text = markdown_media_reduced(text)
    if "**" in text:
        text = _BOLD_RE.sub(lambda m: m[1], text)
    return _HEADING_RE.sub(lambda m: m[1], text) if "#" in text else text


def markdown_media_reduced(text: str) -> str:
    """``text`` with Markdown images and links reduced (``markdown_reduced``'s first two steps): what a plain
    text file saved from a page as Markdown gets. Its bold and headings stay, as the head's parsing reads a
    bold kicker or a "# " headline by that mark."""
    if "![" in text:
        text = _IMAGE_LINE_RE.sub("", text)
        text = _IMAGE_RE.sub(lambda m: m[1], text)
    if "](" in text:
        text = _LINK_RE.sub(lambda m: m[1], text)
    return text


def plain_record_text(doc: RawDoc, extract: Extract) -> RawDoc | Rejected:
    """A record's document with its text, title, byline and publisher made plain (see the module's docstring);
    a text that is HTML with no main text, or whose extraction fails, is the record's rejection, as a page's
    would be the file's."""
    text, repaired = doc.text, list(doc.repaired)
    fields: dict[str, str | None] = {}
    for name in ("title", "byline", "publisher"):
        value = getattr(doc, name)
        if value and (plain := markup_stripped(value)) != value:
            fields[name] = plain or None
            repaired.append(f"markup_in_{name}")

    def rejected(reason: str, detail: str) -> Rejected:
        return Rejected(doc.doc_id, doc.source, reason, detail[:300], input_id=doc.input_id)

    if is_html(text):
        # Wrapped as a page's article: trafilatura finds no main text in some bare fragments.
        try:
            page = extract(f"<html><body><article>{text}</article></body></html>")
        except TimeoutError as e:
            return rejected("extraction_timeout", str(e))
        except Exception as e:  # noqa: BLE001 - lxml/trafilatura raise anything on hostile markup
            return rejected("html_error", error_detail(e))
        if page is None:
            return rejected("no_main_text", "the text field is HTML and trafilatura found no main text in it")
        text = page.text
        repaired.append("html_in_text")
    else:
        decoded = entities_decoded(text)
        if decoded != text:
            text = decoded
            repaired.append("html_entities_in_text")
    reduced = markdown_reduced(text)
    if reduced != text:
        text = reduced
        repaired.append("markdown_in_text")
    if text == doc.text and not fields:
        return doc
    return dataclasses.replace(doc, text=text, repaired=tuple(repaired), **fields)
