"""Page furniture found in the HTML tree before trafilatura runs (boxes of links, labels, polls, hover cards,
agency stamp lines), the scripts that mislead date search, and bare text and spans inside sentences that
trafilatura would drop."""
from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from wirewash.transforms.core.cleaning.credits import AGENCY_NAMES
from wirewash.transforms.core.cleaning.rules import ar, de, es, fr, it, ja, ko, pt, ru, zh
from wirewash.transforms.core.html.metadata import stamp_agency

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


# ---------------------------------------------------------------- furniture boxes, pruned before extraction

# A class or id token naming a box of page furniture: link lists, tag lists, share tools, paywall notices,
# polls, sponsored links, calls to action, buttons ("Click To Tweet" after a quote). Tokens are the class/id split at spaces, "-" and "_"
# ("latest-news" -> "latest"); two adjacent tokens count joined too ("read-more-big__container" -> "readmore").
_FURNITURE_TOKEN = re.compile(
    r"related|relacionad[ao]s?|correlati|verwandte|latest|tags?|taglist|share|sharing|social|sharebar"
    r"|paywall|subscriber|newsletter|poll|polls|survey|sponsored|sponsor|promoted|outbrain|taboola"
    r"|recommended|recommendations|readmore|readalso|alsoread|seealso|breadcrumbs?|archives?|trending|mostread"
    r"|popular|cta|promo|signup|btn|button"
)
# Tokens that name a prompt or an advertisement, seldom a frame a story is set in (as "paywall", "share" or
# "social" may be): a box so named goes although it holds one paragraph of 30+ words ("nrplus-cta": "Something
# to Consider / If you enjoyed this article, we have a proposition for you: Join NRPLUS. Members get ..."), up
# to ``_PROMPT_MAX_WORDS`` (``_is_prompt``).
_PROMPT_TOKEN = re.compile(r"cta|newsletter|signup|sponsored|promoted|outbrain|taboola|poll|polls|survey")
_PROMPT_MAX_WORDS = 150
_PROMPT_PARAGRAPH_WORDS = 12
_PROMPT_MAX_PARAGRAPHS = 2
# A heading that labels a box of links to other pages, not a subhead of the story.
_FURNITURE_HEADING = re.compile(
    r"(?i:(?:related|latest|more|top|popular|recommended|trending|other|recent|most read|most popular|sponsored"
    r"|promoted|paid|partner)"
    r"(?: [\w'’]{1,20})? (?:links|news|stories|articles|headlines|videos|posts|reads|content|topics|coverage)"
    r"|(?:from (?:the|our) )?archives?|sponsored|related|read (?:more|next|also)|see also|have your say"
    r"|you (?:may|might) also (?:like|enjoy|be interested in)|(?:also|must) read|further reading|what to read next"
    r"|recommended(?: for you)?|editor(?:s['’]?|['’]s)? picks?|(?:from )?around the web|elsewhere on the web"
    r"|(?:most|top) (?:read|viewed|shared|commented|emailed|watched|popular)|(?:previous|next) (?:post|article|story)"
    r"|more from [\w .&'’]{1,40}|more on this (?:story|topic)|don['’]t miss|trending(?: now)?|poll|reader poll"
    r"|quick vote|tags|topics)[:.…]?"
)
# In other languages, the packs' own labels of tag lists and teasers ("Temas", "Lire aussi", "関連記事").
_PACK_LABELS = tuple(
    rule.pattern
    for pack in (ar, de, es, fr, it, ja, ko, pt, ru, zh)
    for rule in pack.RULES
    if rule.kind in ("list_label", "teaser_label") and rule.pattern is not None
)
_CONTAINERS = ("div", "section", "aside", "ul", "ol", "nav", "p", "span", "form", "figure", "footer")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# A furniture box is short or mostly links; a story wrapped in a class like "paywall" or "share-body" is not.
_BOX_MAX_WORDS = 60
_LINK_BOX_MAX_WORDS = 400
_LINK_BOX_MIN_SHARE = 0.6
_STORY_PARAGRAPH_WORDS = 30


def _tokens(element: HtmlElement) -> list[str]:
    """The class, id and role split at spaces, "-" and "_", and each two adjacent pieces of one name joined."""
    tokens: list[str] = []
    names = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}".lower()
    for name in names.split():
        pieces = [t for t in re.split(r"[_\-]+", name) if t]
        tokens += pieces
        tokens += [a + b for a, b in zip(pieces, pieces[1:])]
    return tokens


def _words(text: str) -> int:
    return len(text.split())


def _link_words(element: HtmlElement) -> int:
    return sum(_words(a.text_content()) for a in element.iter("a"))


def _is_box(element: HtmlElement) -> bool:
    """Short or mostly link text, and holding no story paragraph (30+ words, mostly not link text)."""
    if _story_paragraphs(element):
        return False
    words = _words(element.text_content())
    if words <= _BOX_MAX_WORDS:
        return True
    return words <= _LINK_BOX_MAX_WORDS and _link_words(element) >= _LINK_BOX_MIN_SHARE * words


def _story_paragraphs(element: HtmlElement) -> int:
    """Paragraphs of 30+ words, mostly not link text, in ``element`` (itself when it holds no ``<p>``)."""
    paragraphs = list(element.iter("p")) or [element]
    return sum(
        1 for p in paragraphs
        if (n := _words(p.text_content())) >= _STORY_PARAGRAPH_WORDS and 2 * _link_words(p) < n
    )


def _is_prompt(element: HtmlElement) -> bool:
    """Up to 150 words, one paragraph of them of a story's length at most, and two of 12+ words at most (the
    prompt and its short form for phones); a short story of short paragraphs has more."""
    paragraphs = sum(1 for p in element.iter("p") if _words(p.text_content()) >= _PROMPT_PARAGRAPH_WORDS)
    return (
        _words(element.text_content()) <= _PROMPT_MAX_WORDS
        and paragraphs <= _PROMPT_MAX_PARAGRAPHS
        and _story_paragraphs(element) <= 1
    )


def _holds_the_story(element: HtmlElement) -> bool:
    return element.tag in ("html", "body", "article", "main") or any(
        True for _ in element.iter("article", "main", "h1")
    )


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


def _is_label(text: str) -> bool:
    return bool(text) and (
        _FURNITURE_HEADING.fullmatch(text) is not None or any(p.fullmatch(text) for p in _PACK_LABELS)
    )


def _labelled_by_heading(element: HtmlElement) -> bool:
    """A container whose first child is a furniture label, not words of a sentence, and which holds more than
    that label."""
    first = next(iter(element), None)
    if first is None or not isinstance(first.tag, str) or first.tag not in _HEADINGS + ("strong", "span", "p"):
        return False
    label = _label(first)
    return _is_label(label) and _label(element) != label and not in_running_text(first)


def _label_then_links(element: HtmlElement) -> bool:
    """A paragraph or list item whose own text before its first child is a furniture label and whose rest is
    mostly link text: ``<p>From the archive: <a>Budget row, 2004</a> | <a>Town plan, 2005</a></p>``. The label
    and its links share one line, so neither the heading tests nor trafilatura's link density (the label's words
    count against it) caught it."""
    text = " ".join((element.text or "").split())
    if not text or len(element) == 0 or not _is_label(text):
        return False
    rest = _words(element.text_content()) - _words(text)
    return rest > 0 and _link_words(element) >= _LINK_BOX_MIN_SHARE * rest and _is_box(element)


def _is_link_box(element: HtmlElement) -> bool:
    words = _words(element.text_content())
    return 0 < words <= _LINK_BOX_MAX_WORDS and _link_words(element) >= _LINK_BOX_MIN_SHARE * words and _is_box(
        element
    )


def _is_link_table(table: HtmlElement) -> bool:
    """A table of up to 400 words, 60%+ of them link text, with no story paragraph; its words counted cell by
    cell, as a browser sets cells apart ("<td>Played</td><td>40</td>" is two words, not "Played40")."""
    words = _words(" ".join(table.itertext()))
    return 0 < words <= _LINK_BOX_MAX_WORDS and _link_words(table) >= _LINK_BOX_MIN_SHARE * words and not (
        _story_paragraphs(table)
    )


# A card of links set inside a sentence, shown on hover: <p>... kill Rep. <span><a>Ilhan Omar</a><span><img>
# <a>Ilhan Omar</a><a>Hillicon Valley: Progressives oppose ...</a> <a>MORE</a></span></span> (D-Minn.), ...</p>.
_CARD_TAGS = ("span", "div", "aside")
_CARD_MIN_LINKS = 3
_CARD_MIN_WORDS = 8
_CARD_MIN_LINK_SHARE = 0.8


def _is_hover_card(element: HtmlElement) -> bool:
    """An inline box inside a ``<p>`` that holds a picture or 3+ links, 8+ words, and 80%+ of them link text:
    a person's or a topic's card of headlines, hidden until the reader hovers over the name."""
    if not any(True for _ in element.iterancestors("p")):
        return False
    links = sum(1 for _ in element.iter("a"))
    has_picture = any(True for _ in element.iter("img", "picture"))
    if links < (2 if has_picture else _CARD_MIN_LINKS):
        return False
    words = _words(element.text_content())
    return words >= _CARD_MIN_WORDS and _link_words(element) >= _CARD_MIN_LINK_SHARE * words


# A heading over a box of links: what follows the heading is 90%+ link text, in 2+ links.
_HEADED_LINK_SHARE = 0.9


def _headed_links(element: HtmlElement) -> bool:
    """A heading of label length with no link in it, then 2+ blocks holding nothing but links: the heading of a
    box of links (``<div id="feature"><h2>16" MacBook Pro Now Available</h2><div><a>16-Inch MacBook Pro: Magic
    Keyboard ...</a></div><div><a>First Impressions ...</a></div>...``). trafilatura drops the links as too
    link-dense and kept the heading, a line of furniture standing alone before the story's headline."""
    children = [c for c in element if isinstance(c.tag, str)]
    if len(children) < 3 or children[0].tag not in _HEADINGS or not _label(children[0]):
        return False
    if any(True for _ in children[0].iter("a")):
        return False
    rest = children[1:]
    words = sum(_words(c.text_content()) for c in rest)
    links = sum(1 for c in rest for _ in c.iter("a"))
    return words > 0 and links >= 2 and sum(_link_words(c) for c in rest) >= _HEADED_LINK_SHARE * words


# Blocks set inside a link make a teaser; a link round an image or a phrase is a link.
_TEASER_BLOCKS = ("p", "div") + _HEADINGS
_TEASER_MAX_BLOCKS = 2
_TEASER_MAX_WORDS = 80


def _is_teaser_link(anchor: HtmlElement) -> bool:
    """A link (``href``) round one or two blocks of up to 80 words that hold all its text: a teaser of another
    page (``<a href="/guide/night-mode/"><p>Night mode is an automatic setting which takes advantage of ...</p>
    </a>``).

    trafilatura measures link density inside a paragraph, so a paragraph set inside a link reads as prose: a
    sidebar's teaser was kept before the story. Text of the link's own beside its blocks, more blocks, or more
    words is a link the parser left open over the story's paragraphs (``<a href=x>text<p>...``), not a teaser."""
    if not anchor.get("href") or (anchor.text or "").strip():
        return False
    children = [c for c in anchor if isinstance(c.tag, str)]
    blocks = sum(1 for c in children if c.tag in _TEASER_BLOCKS)
    if not blocks or blocks > _TEASER_MAX_BLOCKS or any((c.tail or "").strip() for c in anchor):
        return False
    if any(_words(c.text_content()) for c in children if c.tag not in _TEASER_BLOCKS):
        return False
    return 0 < _words(anchor.text_content()) <= _TEASER_MAX_WORDS


def furniture_boxes(tree: HtmlElement) -> list[HtmlElement]:
    """Elements of ``tree`` that are boxes of page furniture, outermost only: named so by a class/id/role token
    or headed by a label such as "Latest News" / "Related Links", and short or link-dense (``_is_box``); or a
    label standing alone ("<h3>Don't miss</h3>") together with the box of links right after it; or an agency's
    stamp line (``stamp_agency``); or a card of links shown on hover inside a paragraph (``_is_hover_card``); or
    a box of links under a heading of its own (``_headed_links``); or a label and its links on one line
    (``_label_then_links``); or a teaser set inside a link (``_is_teaser_link``). None of these but the card
    is an inline element inside a sentence (``in_running_text``): its text is the story's, whatever its
    class."""
    found: list[HtmlElement] = []
    pruned: set[HtmlElement] = set()

    def inside_pruned(element: HtmlElement) -> bool:
        return any(a in pruned for a in element.iterancestors())

    def add(element: HtmlElement) -> None:
        if element not in pruned:
            found.append(element)
            pruned.add(element)

    # The cheap tests (a token, a label) first: only their few candidates pay for reading a subtree.
    for element in tree.iter(*_CONTAINERS):
        tokens = _tokens(element)
        named = any(_FURNITURE_TOKEN.fullmatch(t) for t in tokens)
        candidate = named or _labelled_by_heading(element) or _headed_links(element)
        if not candidate or inside_pruned(element) or _holds_the_story(element) or in_running_text(element):
            continue
        if _is_box(element) or (any(_PROMPT_TOKEN.fullmatch(t) for t in tokens) and _is_prompt(element)):
            add(element)
    for element in tree.iter(*_HEADINGS, "p", "strong", "div", "span"):
        nxt = element.getnext()
        if nxt is None or not isinstance(nxt.tag, str) or element in pruned or not _is_label(_label(element)):
            continue
        if inside_pruned(element) or _holds_the_story(nxt):
            continue
        if in_running_text(element) or in_running_text(nxt):
            continue
        if nxt in pruned or _is_link_box(nxt):
            add(element)
            add(nxt)
    for element in tree.iter("p", "li"):
        if element not in pruned and not inside_pruned(element) and _label_then_links(element):
            add(element)
    for anchor in tree.iter("a"):
        if _is_teaser_link(anchor) and not inside_pruned(anchor) and not _holds_the_story(anchor) and not (
            in_running_text(anchor)
        ):
            add(anchor)
    # A table still a table after ``unframe_layout_tables`` holds inline text only: one that is mostly links is
    # a site's navigation laid out in cells ("| Home | News | Forum |", "| January 2008 | December 2007 |").
    for table in tree.iter("table"):
        if not inside_pruned(table) and not _holds_the_story(table) and _is_link_table(table):
            add(table)
    for element in stamp_lines(tree):
        if element not in pruned and not inside_pruned(element) and not in_running_text(element):
            add(element)
    # A card is found by what it holds, not by its name, and sits inside a sentence by design (the name it
    # pops up from stays): ``in_running_text`` does not shield it. The innermost card: the span around the
    # name and its card holds the name too.
    cards = [e for e in tree.iter(*_CARD_TAGS) if _is_hover_card(e)]
    holders = {a for card in cards for a in card.iterancestors(*_CARD_TAGS)}
    for card in cards:
        if card not in holders and card not in pruned and not inside_pruned(card):
            add(card)
    return found


def drop_scripts(tree: HtmlElement) -> None:
    """Remove ``<script>`` elements other than JSON data (JSON-LD metadata stays): htmldate's timestamp search
    reads the serialised page, so a consent cookie's ``"expires": "2021-01-31T00:00:00Z"`` became the
    publication date (adbar/htmldate#28)."""
    for script in list(tree.iter("script")):
        if "json" not in (script.get("type") or "").lower() and script.getparent() is not None:
            script.drop_tree()


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


# Furniture boxes are marked, not removed, before trafilatura runs: it reads the metadata (a date or a byline
# inside a share bar) from the whole page, then prunes what ``prune_xpath`` selects from the text it extracts.
_PRUNE_MARK = "data-wirewash-furniture"
PRUNE_XPATH = f"//*[@{_PRUNE_MARK}]"


def mark_furniture(tree: HtmlElement) -> list[HtmlElement]:
    """Mark furniture boxes in ``tree`` with the attribute ``PRUNE_XPATH`` selects; returns them."""
    boxes = furniture_boxes(tree)
    for box in boxes:
        box.set(_PRUNE_MARK, "")
    return boxes


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


# ---------------------------------------------------------------- agency stamp lines

_STAMP_TAGS = ("p", "div", "span", "li", "small", "time", "header", "footer")
_SPELLINGS = sorted({s for spellings in AGENCY_NAMES.values() for s in spellings}, key=len, reverse=True)
_AGENCY_WORD = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in _SPELLINGS) + r")(?!\w)")
_STAMP_MAX_DEPTH = 3


def stamp_lines(tree: HtmlElement) -> list[HtmlElement]:
    """The outermost elements of ``tree`` whose text is an agency stamp line (``stamp_agency``). Only short text
    nodes that name an agency are read up from: their element and its 2 nearest ancestors (about 4 ms a
    benchmark page on a loaded machine)."""
    found: list[HtmlElement] = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for text, owner in ((element.text, element), (element.tail, element.getparent())):
            # A stamp line is short, so is each of its text nodes: the cheap tests spare most a regex search.
            if not text or len(text) > 4 * _LABEL_MAX_CHARS or text.isspace() or owner is None:
                continue
            if _AGENCY_WORD.search(text) is None:
                continue
            line = None
            for up in itertools.islice(itertools.chain((owner,), owner.iterancestors()), _STAMP_MAX_DEPTH):
                label = _label(up) if up.tag in _STAMP_TAGS else ""
                if not label:
                    break
                if stamp_agency(label) is not None:
                    line = up
            if line is not None and line not in found:
                found.append(line)
    return found


def stamp_credit(boxes: list[HtmlElement]) -> str | None:
    """The agency the first stamp line among ``boxes`` names, or None."""
    return next((name for box in boxes if (name := stamp_agency(_label(box))) is not None), None)
