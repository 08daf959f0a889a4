"""Main text and metadata of an HTML page, by trafilatura, with page furniture pruned first (``furniture``) and
the metadata trafilatura reads off a page (site name, title, author) cleaned of what pages put there besides
(``metadata``)."""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from wirewash.transforms.core.html.blocks import blocked_text, mark_blocks, unmarked
from wirewash.transforms.core.html.furniture import (
    PRUNE_XPATH,
    drop_empty_openers,
    drop_scripts,
    furniture_boxes,
    lift_embedded_posts,
    mark_furniture,
    stamp_credit,
    stamp_lines,
    unframe_layout_tables,
    unwrap_spans_in_sentences,
    wrap_bare_text,
)
from wirewash.transforms.core.html.markup import repair_markup
from wirewash.transforms.core.html.metadata import (
    byline_authors,
    clean_author,
    clean_sitename,
    clean_title,
    published_stamps,
    site_or_none,
    stamp_agency,
)
from wirewash.transforms.core.html.whitespace import unwrap_text_nodes

if TYPE_CHECKING:
    from lxml.html import HtmlElement, HTMLParser

__all__ = [
    "EXTRACTION", "ExtractionSettings", "PageText", "clean_author", "clean_sitename", "clean_title", "site_or_none",
    "drop_empty_openers", "drop_scripts", "extract_page", "furniture_boxes", "lift_embedded_posts",
    "mark_furniture", "published_stamps", "repair_markup", "stamp_agency", "stamp_lines", "str_or_none",
    "unframe_layout_tables", "unwrap_spans_in_sentences", "unwrap_text_nodes", "wrap_bare_text",
]


@dataclass(frozen=True)
class PageText:
    text: str
    title: str | None
    url: str | None
    date: str | None
    author: str | None
    sitename: str | None
    # The wire agency a stamp line of the page named ("AFP, 10:32 AM"), pruned from ``text``.
    credit: str | None = None
    # What the page's metadata gives as its moment of publication (``published_stamps``): ``date`` is a day.
    stamps: tuple[str, ...] = ()


def str_or_none(value: object) -> str | None:
    """A metadata value as a stripped string, or None when absent or blank."""
    if value is None:
        return None
    s = str(value).strip()
    return s or None


@dataclass(frozen=True)
class ExtractionSettings:
    """trafilatura's precision/recall knobs, and whether furniture boxes are pruned before it runs; the defaults
    won on the article-extraction benchmark (benchmarks/extraction.py prints every combination tried)."""

    favor_precision: bool = True
    favor_recall: bool = False
    include_tables: bool = True
    deduplicate: bool = False
    prune_furniture: bool = True

    def __post_init__(self) -> None:
        for f in fields(self):
            if not isinstance(getattr(self, f.name), bool):
                raise ValueError(f"ExtractionSettings.{f.name} must be a bool, got {getattr(self, f.name)!r}")
        if self.favor_precision and self.favor_recall:
            raise ValueError("ExtractionSettings: favor_precision and favor_recall are mutually exclusive")

    def trafilatura_options(self) -> dict[str, bool]:
        """The keyword arguments these settings pass to trafilatura's extract/bare_extraction."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "prune_furniture"}


EXTRACTION = ExtractionSettings()


class NestedTooDeep(ValueError):
    """A page whose elements nest past libxml2's deepest tree: its text below that depth cannot be read."""


def _parsed_page(html: str) -> HtmlElement | None:
    """The page's lxml tree, as trafilatura's ``load_html`` parses it; a page nested past libxml2's default
    256 levels (unclosed ``<div>``, ``<font>`` or ``<blockquote>`` tags nest each paragraph in the last)
    is parsed again with its ``huge_tree`` limit, 2,048 levels: libxml2 stops at the limit and drops the
    rest of the page, so such a page kept only its first paragraphs, silently, or was ``no_main_text``.
    Past 2,048 levels ``NestedTooDeep``, since the page's end cannot be read."""
    from lxml.html import HTMLParser, fromstring
    from trafilatura.utils import HTML_PARSER, load_html

    tree = load_html(html)
    if not _hit_depth_limit(HTML_PARSER):
        return tree
    deep = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                      remove_pis=True, huge_tree=True)
    tree = fromstring(html.encode("utf-8", "surrogatepass"), parser=deep)
    if _hit_depth_limit(deep):
        raise NestedTooDeep("the page nests elements deeper than 2,048 levels, libxml2's limit: the text "
                            "past that depth cannot be read")
    _unnest_chains(tree)
    return tree


# Above this depth a page keeps its structure; below it, a chain of unclosed tags is laid flat.
_KEPT_DEPTH = 64


def _unnest_chains(tree: HtmlElement) -> None:
    """Lays flat the chain an unclosed tag builds below ``_KEPT_DEPTH`` (``<div><p>1</p><div><p>2</p>...``:
    each element the last child of its parent of the same tag) by moving each such element to just after its
    parent, its text in the same order. trafilatura (readability's link density, its text length, per
    element) reads each element's whole subtree, which took time growing with the square of the depth: a
    2,000-paragraph chain took minutes, an ``extraction_timeout``. Only pages past libxml2's default 256
    levels come here, so every other page is extracted as it was."""
    depth = {tree: 0}
    chain = []
    for element in tree.iterdescendants():
        parent = element.getparent()
        depth[element] = depth[parent] + 1
        if (depth[element] > _KEPT_DEPTH and element.tag == parent.tag
                and element.getnext() is None and parent.getparent() is not None):
            chain.append((element, parent))
    # In document order, each element is lifted after a parent already lifted out of its own.
    for element, parent in chain:
        element.tail = (element.tail or "") + (parent.tail or "") or None
        parent.tail = None
        parent.addnext(element)


def _hit_depth_limit(parser: HTMLParser) -> bool:
    # libxml2 reports the limit as a fatal "Excessive depth in document" and keeps the tree built so far.
    return any(e.type_name == "ERR_RESOURCE_LIMIT" and "depth" in e.message for e in parser.error_log)


# The class names sites give the element holding the byline ("byline", "article__author", "author-name").
_BYLINE_CLASS = re.compile(r"byline|author", re.IGNORECASE)


def _byline_line(tree: HtmlElement) -> str | None:
    """The first line of text (up to a ``<br>`` or a block: "Jane Doe<br>Senior correspondent", "<div>By JANE
    DOE</div><div>Associated Press</div>") of the first element whose class names a byline or an author, or
    None. Read before trafilatura, which may edit the tree."""
    for element in tree.iter():
        if isinstance(element.tag, str) and _BYLINE_CLASS.search(element.get("class") or ""):
            lines = (" ".join(x.split()) for x in _line_text(element).split(_BREAK))
            line = next((t for t in lines if t), None)
            if line is not None:
                return line
    return None


_BREAK = "\n"
# Elements that set their text on a line of their own; inline ones (a, span, em, time) run on in the line.
_BLOCKS = frozenset("br div p h1 h2 h3 h4 h5 h6 li ul ol section header footer figure figcaption".split())


def _line_text(element: HtmlElement) -> str:
    # The element's text with a break at each <br> and around each block; newlines in the source are spaces.
    parts = [(element.text or "").replace("\n", " ")]
    for child in element:
        block = isinstance(child.tag, str) and child.tag in _BLOCKS
        parts.append(f"{_BREAK}{_line_text(child)}{_BREAK}" if block else _line_text(child))
        parts.append((child.tail or "").replace("\n", " "))
    return "".join(parts)


def extract_page(html: str, settings: ExtractionSettings = EXTRACTION) -> PageText | None:
    """The page's main text (paragraphs one per line) and cleaned metadata, or None when it has no main text.

    trafilatura is imported here so that only workers that meet HTML pay for importing it.
    """
    import trafilatura

    tree = _parsed_page(repair_markup(html))
    if tree is None:
        return None
    stamps = published_stamps(tree)  # JSON-LD's among them: before the scripts go
    drop_scripts(tree)
    unwrap_text_nodes(tree)
    drop_empty_openers(tree)
    unframe_layout_tables(tree)
    wrap_bare_text(tree)
    lift_embedded_posts(tree)
    # Read before trafilatura, which may edit the tree it is given.
    headings = tuple(h.text_content() for h in tree.iter("h1", "h2", "h3"))
    page_title = next((t.text_content() for t in tree.iter("title")), None)
    byline = _byline_line(tree)
    boxes = mark_furniture(tree) if settings.prune_furniture else []
    marked = bool(boxes)
    # After marking, whose boxes it leaves alone: a hover card sits inside a sentence and still goes.
    unwrap_spans_in_sentences(tree)
    mark_blocks(tree)
    doc = trafilatura.bare_extraction(
        tree,
        url=None,
        with_metadata=True,
        include_comments=False,
        prune_xpath=PRUNE_XPATH if marked else None,
        **settings.trafilatura_options(),
        # Dates from metadata and markup only: htmldate's extensive search read "Copyright 2023" in a footer
        # as the publication date.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not doc.text or not doc.text.strip():
        return None
    text = blocked_text(doc.text)
    url = str_or_none(doc.url)
    sitename = site_or_none(unmarked(str_or_none(doc.sitename)), headings, page_title)
    author = unmarked(str_or_none(doc.author))
    return PageText(
        text=text,
        title=clean_title(unmarked(str_or_none(doc.title)), sitename, url, headings, page_title),
        url=url,
        date=str_or_none(doc.date),
        author=byline_authors(clean_author(author, sitename), author, byline),
        sitename=clean_sitename(sitename),
        credit=stamp_credit(boxes),
        stamps=stamps,
    )
