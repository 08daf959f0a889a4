"""Boxes of page furniture in the HTML tree (``furniture_boxes``): named so by a class/id/role token or
headed by a label, and short or link-dense; a label standing alone over links; a card shown on hover; a teaser
set inside a link; an agency stamp line (``stamps``). They are marked for trafilatura to prune
(``mark_furniture``, ``PRUNE_XPATH``)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wirewash.transforms.core.cleaning.rules import ar, de, es, fr, it, ja, ko, pt, ru, zh
from wirewash.transforms.core.html.furniture.running_text import in_running_text
from wirewash.transforms.core.html.furniture.stamps import stamp_lines
from wirewash.transforms.core.html.furniture.words import _label, _link_words, _words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

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
    for element in _pull_quotes(tree):
        if element not in pruned and not inside_pruned(element):
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


_PULL_QUOTE_MIN_WORDS = 6


def _pull_quotes(tree: HtmlElement) -> list[HtmlElement]:
    """Boxes named a pull quote (``class="pullquote"``, ``pull-quote``) whose words the page says again
    elsewhere: a passage of the story set apart in display type. One the page says nowhere else is kept: a
    quotation shown only there is text of the page's own."""
    boxes = [
        e for e in tree.iter(*_CONTAINERS, "blockquote")
        if "pullquote" in _tokens(e) and _words(e.text_content()) >= _PULL_QUOTE_MIN_WORDS
    ]
    if not boxes:
        return []
    page = " ".join(tree.text_content().split())
    found = []
    for box in boxes:
        passage = " ".join(box.text_content().split()).strip("\"“”«» ")
        if page.count(passage) >= 2:
            found.append(box)
    return found


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
