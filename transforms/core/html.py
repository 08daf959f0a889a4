"""Main text and metadata of an HTML page, by trafilatura, with page furniture pruned first and the metadata
trafilatura reads off a page (site name, title, author) cleaned of what pages put there besides."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from wirewash.transforms.core.cleaning.credits import AGENCY_NAMES, agency
from wirewash.transforms.core.cleaning.rules import ar, de, es, fr, it, ja, ko, pt, ru, zh

if TYPE_CHECKING:
    from lxml.html import HtmlElement


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

# ---------------------------------------------------------------- furniture boxes, pruned before extraction

# A class or id token naming a box of page furniture: link lists, tag lists, share tools, paywall notices,
# polls, sponsored links, calls to action ("nrplus-cta": "Something to Consider ... Join NRPLUS"). Tokens are
# the class/id split at spaces, "-" and "_" ("latest-news" -> "latest").
_FURNITURE_TOKEN = re.compile(
    r"related|relacionad[ao]s?|correlati|verwandte|latest|tags?|taglist|share|sharing|social|sharebar"
    r"|paywall|subscriber|newsletter|poll|polls|survey|sponsored|sponsor|promoted|outbrain|taboola"
    r"|recommended|recommendations|readmore|breadcrumbs?|archives?|trending|mostread|popular|cta|promo|signup"
)
# A heading that labels a box of links to other pages, not a subhead of the story.
_FURNITURE_HEADING = re.compile(
    r"(?i:(?:related|latest|more|top|popular|recommended|trending|other|recent|most read|most popular|sponsored)"
    r"(?: [\w'’]{1,20})? (?:links|news|stories|articles|headlines|videos|posts|reads|content|topics)"
    r"|archives?|sponsored|related|you (?:may|might) also like|read (?:more|next|also)|see also|have your say"
    r"|more from [\w .&'’]{1,40}|more on this (?:story|topic)|don['’]t miss|trending(?: now)?|poll|reader poll"
    r"|tags|topics)[:.…]?"
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
    names = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}".lower()
    return [t for t in re.split(r"[\s_\-]+", names) if t]


def _words(text: str) -> int:
    return len(text.split())


def _link_words(element: HtmlElement) -> int:
    return sum(_words(a.text_content()) for a in element.iter("a"))


def _is_box(element: HtmlElement) -> bool:
    """Short or mostly link text, and holding no story paragraph (30+ words, mostly not link text)."""
    words = _words(element.text_content())
    paragraphs = list(element.iter("p")) or [element]
    if any(
        (n := _words(p.text_content())) >= _STORY_PARAGRAPH_WORDS and 2 * _link_words(p) < n for p in paragraphs
    ):
        return False
    if words <= _BOX_MAX_WORDS:
        return True
    return words <= _LINK_BOX_MAX_WORDS and _link_words(element) >= _LINK_BOX_MIN_SHARE * words


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
    """A container whose first child is a furniture label and which holds more than that label."""
    first = next(iter(element), None)
    if first is None or not isinstance(first.tag, str) or first.tag not in _HEADINGS + ("strong", "span", "p"):
        return False
    label = _label(first)
    return _is_label(label) and _label(element) != label


def _is_link_box(element: HtmlElement) -> bool:
    words = _words(element.text_content())
    return 0 < words <= _LINK_BOX_MAX_WORDS and _link_words(element) >= _LINK_BOX_MIN_SHARE * words and _is_box(
        element
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


def furniture_boxes(tree: HtmlElement) -> list[HtmlElement]:
    """Elements of ``tree`` that are boxes of page furniture, outermost only: named so by a class/id/role token
    or headed by a label such as "Latest News" / "Related Links", and short or link-dense (``_is_box``); or a
    label standing alone ("<h3>Don't miss</h3>") together with the box of links right after it; or an agency's
    stamp line (``stamp_agency``); or a card of links shown on hover inside a paragraph (``_is_hover_card``)."""
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
        named = any(_FURNITURE_TOKEN.fullmatch(t) for t in _tokens(element))
        if not (named or _labelled_by_heading(element)) or inside_pruned(element):
            continue
        if not _holds_the_story(element) and _is_box(element):
            add(element)
    for element in tree.iter(*_HEADINGS, "p", "strong", "div", "span"):
        nxt = element.getnext()
        if nxt is None or not isinstance(nxt.tag, str) or element in pruned or not _is_label(_label(element)):
            continue
        if inside_pruned(element) or _holds_the_story(nxt):
            continue
        if nxt in pruned or _is_link_box(nxt):
            add(element)
            add(nxt)
    for element in stamp_lines(tree):
        if element not in pruned and not inside_pruned(element):
            add(element)
    # The innermost card: the span around the name and its card holds the name too.
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

# Inline elements that continue a run of text; any other element (a block, a <br>) ends the run.
_INLINE = frozenset("a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u".split())
# A run of bare text this long is a paragraph, not a label ("Share", "Photo: AFP", "Updated 3:12 pm").
_BARE_PARAGRAPH_WORDS = 12


def _run_words(text: str | None, run: list[HtmlElement]) -> tuple[int, int]:
    """Words of a run of bare text and inline elements (comments among them), and how many are link text."""
    elements = [e for e in run if isinstance(e.tag, str)]
    words = _words(text or "") + sum(_words(e.tail or "") for e in run) + sum(_words(e.text_content()) for e in elements)
    return words, sum(_link_words(e) for e in elements)


def wrap_bare_text(tree: HtmlElement) -> int:
    """Put the run of bare text a ``<div>`` opens with into a ``<p>`` when the div goes on with a ``<br>`` or a
    block and the run is a paragraph (12+ words, mostly not link text); returns how many were wrapped.

    trafilatura reads paragraphs from ``<p>`` and from the text after each ``<br>``, so the text before a div's
    first ``<br>`` is dropped whenever the page has ``<p>`` text elsewhere: ``<div class="content">Following the
    16-inch MacBook Pro, Apple plans ... <em><a>DigiTimes</a></em>. A preview ...<br><br>The report claims ...``
    lost its lead. (readability wraps such text the same way.) A div that holds only text is left alone: on the
    benchmark that was as often a standfirst or a pull quote as a lead, and it moved trafilatura's choice of the
    article's frame on pages that set every paragraph in a div."""
    wrapped = 0
    for div in list(tree.iter("div")):
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


# Furniture boxes are marked, not removed, before trafilatura runs: it reads the metadata (a date or a byline
# inside a share bar) from the whole page, then prunes what ``prune_xpath`` selects from the text it extracts.
_PRUNE_MARK = "data-wirewash-furniture"
_PRUNE_XPATH = f"//*[@{_PRUNE_MARK}]"


def mark_furniture(tree: HtmlElement) -> list[HtmlElement]:
    """Mark furniture boxes in ``tree`` with the attribute ``_PRUNE_XPATH`` selects; returns them."""
    boxes = furniture_boxes(tree)
    for box in boxes:
        box.set(_PRUNE_MARK, "")
    return boxes


# ---------------------------------------------------------------- metadata cleaning

_COPYRIGHT_HEAD = re.compile(r"(?i:copyright|\(c\)|©)[\s,]{0,3}(?:\d{4}(?:\s?[-–]\s?\d{4})?[\s,.]{0,3})?")
_SITE_SEPARATORS = re.compile(r" (?:\||>|»|::|·|–|—|-) ")
_NAME_PARTICLES = frozenset(
    "of the and & de du des la le les el los las di da do dos van von der y e und et on for in at a an".split()
)
# Lower-case words an outlet's name may hold ("Inexhibit magazine"); any other makes it a slogan.
_OUTLET_WORDS = frozenset("magazine news blog online media daily weekly times post journal tv radio".split())


_HOST_AFFIXES = re.compile(
    r"(?i)^(?:https?://)?(?:www\.)?|\.(?:com|net|org|co\.uk|co|info|news|ca|ru|de|fr|in)(?:/.*)?$"
)


def _squash(text: str) -> str:
    """Letters and digits only, casefolded: "TechCrunch" == "techcrunch.com" minus the ".com"."""
    text = _HOST_AFFIXES.sub("", text)
    return "".join(c for c in text.casefold() if c.isalnum())


def clean_sitename(sitename: str | None) -> str | None:
    """The site's name from an og:site_name-like value, or None when the value is not a name.

    "(c) 2004 Daily Planet" -> "Daily Planet"; "Example.com > News" and "LinkNaija | Nigeria's popular news
    platform" -> their first segment; "https://www.example.com" -> "example.com"; "Copyright 2014", a slogan
    ("Expert how-to for English Riders"), a sentence -> None.
    """
    if sitename is None:
        return None
    name = " ".join(sitename.split())
    name = _COPYRIGHT_HEAD.sub("", name, count=1) if _COPYRIGHT_HEAD.match(name) else name
    name = re.sub(r"(?i)^https?://(?:www\.)?", "", name).rstrip("/")
    name = _SITE_SEPARATORS.split(name, maxsplit=1)[0].strip(" .,;:|-_")
    name = re.sub(r"(?i)[\s,.]{1,3}(?:all rights reserved|inc|ltd|llc)\.?$", "", name).strip()
    words = name.split()
    if not words or not any(c.isalpha() for c in name):
        return None
    # A name is a few capitalised words; lower-case words other than particles ("how-to", "for people
    # who") or sentence punctuation make it a slogan.
    lower = [
        w for w in words if w[0].islower() and w.casefold() not in _NAME_PARTICLES | _OUTLET_WORDS and "." not in w
    ]
    if len(words) > 6 or lower or re.search(r"[!?]|[.,;:] ", name):
        return None
    return name


def _brand_like(segment: str) -> bool:
    """A short site brand: "REUTERS", "TechCrunch", "9to5Mac", "SpaceNews.com", "Daily Ledger"."""
    words = segment.split()
    return (
        1 <= len(words) <= 4
        and len(segment) <= 40
        and all(w[0].isupper() or w[0].isdigit() or w.casefold() in _NAME_PARTICLES for w in words)
        and not re.search(r"[.!?:]$", segment)
    )


_TITLE_SEPARATOR = re.compile(r" (?:\||-|–|—|::|·|»|/) ")


def _heading_in_title(title: str, headings: tuple[str, ...]) -> str | None:
    """The page heading that ``title`` is, give or take a segment set off by a title separator: "All-new 2020
    Sentra is here - Auto News" over an <h1> "All-new 2020 Sentra is here"; "Opinion | Is Football Violence a
    Crime?" over "Is Football Violence a Crime?". Headings of fewer than 3 words are not compared."""
    for heading in headings:
        if len(heading.split()) < 3 or len(heading) >= len(title):
            continue
        if title.startswith(heading) and _TITLE_SEPARATOR.match(title, len(heading)):
            return heading
        if title.endswith(heading):
            at = len(title) - len(heading)
            if any(m.end() == at for m in _TITLE_SEPARATOR.finditer(title, 0, at)):
                return heading
    return None


def clean_title(
    title: str | None, sitename: str | None, url: str | None = None, headings: tuple[str, ...] = ()
) -> str | None:
    """``title`` without a leading or trailing site-name segment.

    When one of the page's ``headings`` (its <h1>s) is the title less a segment after or before a separator,
    that heading is the title: the segment is the site's name, a section or a slogan, whatever its words.
    Otherwise a trailing segment after " | ", " - ", " – ", " — " goes when it names the site (its letters match
    the site name or the host, or one contains the other); after " | " it also goes when it is a short brand
    ("| REUTERS", "| Daily Ledger"). A leading "<site name>: " or "<site name> | " goes too. The title is left
    as it is when nothing would remain.
    """
    if title is None:
        return None
    title = " ".join(title.split())
    heading = _heading_in_title(title, tuple(" ".join(h.split()) for h in headings))
    if heading is not None:
        return heading
    names = {n for n in (_squash(sitename or ""), _squash(clean_sitename(sitename) or "")) if len(n) >= 3}
    host = urlsplit(url).hostname if url and "://" in url else None
    if host:
        names.add(_squash(host))

    def names_site(segment: str) -> bool:
        s = _squash(segment)
        # "Inexhibit" names "Inexhibit magazine"; "SpaceNews.com" names "SpaceNews", but "comwrap auf der
        # DMEXCO 2018" is a title segment that mentions the site, not its name.
        return len(s) >= 3 and any(
            s == n or (len(s) >= 4 and s in n) or (n in s and _brand_like(segment)) for n in names
        )

    for name in sorted((n for n in (sitename, clean_sitename(sitename)) if n), key=len, reverse=True):
        for sep in (" | ", " - ", " – ", " — ", ": "):
            if title.startswith(name + sep) and len(title) > len(name + sep):
                title = title[len(name + sep):]
            if title.endswith(sep + name) and sep != ": " and len(title) > len(sep + name):
                title = title[: -len(sep + name)]
    parts = _TITLE_SEPARATOR.split(title)
    seps = _TITLE_SEPARATOR.findall(title)
    if len(parts) >= 2:
        last, sep = parts[-1], seps[-1]
        # A brand after a pipe goes only from a title longer than it ("Opinion | Republicans Are ..." stays).
        brand = sep.strip() in "|·" and _brand_like(last) and len(last.split()) < len(title.split()) / 2
        if names_site(last) or brand:
            title = title[: title.rfind(sep + last)]
    return title.strip() or None


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_WORD = re.compile(
    rf"(?i:{_MONTH}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?|\d{{1,4}}(?:st|nd|rd|th)?"
    r"|\d{1,2}[:.h]\d{2}|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})"
)
_DATE_FILLER = re.compile(r"(?i:[ap]\.?m\.?|today|yesterday|updated|published|posted|at|on|[|·•-])")
# Months that are also names: a trailing "May" is Theresa May's, unless a digit or a weekday says it is a date.
_NAME_MONTHS = frozenset({"may", "june", "april", "august"})
_ROLE_CLAUSE = re.compile(r"(?i) (?:is|was) (?:a|an|the) [^;]{1,80}$")


# The rest of a stamp line: time zones, "Uhr", "ago", labels and separators ("By AFP | Updated: 10:32 IST").
_STAMP_FILLER = re.compile(
    r"(?i:[ap]\.?m\.?|[ecmp][sd]?t|gmt|utc|bst|cet|cest|ist|jst|kst|msk|uhr|h|hrs?|ago|mins?|minutes?|hours?"
    r"|by|updated|published|posted|at|on|today|yesterday|[|·•/—–-])"
)
_STAMP_TAGS = ("p", "div", "span", "li", "small", "time", "header", "footer")


def stamp_agency(text: str) -> str | None:
    """The agency an agency-plus-time line names, or None for any other text: "AFP, 10:32 AM", "Reuters | 3:04
    pm ET", "dpa · 14:35 Uhr", "By AFP | Updated: Nov 19, 2019 10:32 IST" name AFP, Reuters, dpa, AFP. The line
    holds a date or a clock time, and nothing but the agency's name (``cleaning.credits.agency``) besides."""
    if not text or len(text) > _LABEL_MAX_CHARS:
        return None
    name: list[str] = []
    dated = False
    for word in text.replace(",", " ").split():
        word = word.rstrip(":")
        if _DATE_WORD.fullmatch(word):
            dated = True
        elif not (_STAMP_FILLER.fullmatch(word) or not word):
            name.append(word)
    return agency(" ".join(name)) if dated and name else None


_AGENCY_WORD = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(s) for s in sorted({s for ss in AGENCY_NAMES.values() for s in ss}, key=len, reverse=True))
    + r")(?!\w)"
)
_STAMP_MAX_DEPTH = 3


def stamp_lines(tree: HtmlElement) -> list[HtmlElement]:
    """The outermost elements of ``tree`` whose text is an agency stamp line (``stamp_agency``). Only short text
    nodes that name an agency are read up from: their element and its 2 nearest ancestors (about 4 ms a page)."""
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


def _strip_date_tail(name: str) -> str:
    """``name`` without a trailing run of date and time words ("Carrie Arnold November", "Jan 1")."""
    words = name.replace(",", " ").split()
    cut = len(words)
    while cut > 0 and (_DATE_WORD.fullmatch(words[cut - 1]) or _DATE_FILLER.fullmatch(words[cut - 1])):
        cut -= 1
    dated = [w.casefold().rstrip(".") for w in words[cut:] if _DATE_WORD.fullmatch(w)]
    if not dated or (cut > 0 and all(w in _NAME_MONTHS for w in dated)):
        return name  # no date in the tail ("Mark Updated"), or a name ("Theresa May")
    return " ".join(words[:cut])


def clean_author(author: str | None) -> str | None:
    """Author names (``;``-separated, as trafilatura joins them) without dates and role clauses.

    "Jan 1" and "November 19, 2019" are dates, not bylines (None); "Carrie Arnold November" -> "Carrie Arnold";
    "Phil Helsel is a reporter" -> "Phil Helsel".
    """
    if author is None:
        return None
    names: list[str] = []
    for part in author.split(";"):
        name = " ".join(part.split())
        name = _ROLE_CLAUSE.sub("", name)
        name = _strip_date_tail(name).strip(" ,|·")
        if any(c.isalpha() for c in name) and name not in names:
            names.append(name)
    return "; ".join(names) or None


def extract_page(html: str, settings: ExtractionSettings = EXTRACTION) -> PageText | None:
    """The page's main text (paragraphs one per line) and cleaned metadata, or None when it has no main text.

    trafilatura is imported here so that only workers that meet HTML pay for importing it.
    """
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None
    drop_scripts(tree)
    wrap_bare_text(tree)
    # Read before trafilatura, which may edit the tree it is given.
    headings = tuple(h.text_content() for h in tree.iter("h1"))
    boxes = mark_furniture(tree) if settings.prune_furniture else []
    marked = bool(boxes)
    doc = trafilatura.bare_extraction(
        tree,
        url=None,
        with_metadata=True,
        include_comments=False,
        prune_xpath=_PRUNE_XPATH if marked else None,
        **settings.trafilatura_options(),
        # Dates from metadata and markup only: htmldate's extensive search read "Copyright 2023" in a footer
        # as the publication date.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not doc.text or not doc.text.strip():
        return None
    url = str_or_none(doc.url)
    sitename = str_or_none(doc.sitename)
    return PageText(
        text=doc.text,
        title=clean_title(str_or_none(doc.title), sitename, url, headings),
        url=url,
        date=str_or_none(doc.date),
        author=clean_author(str_or_none(doc.author)),
        sitename=clean_sitename(sitename),
        credit=next((name for box in boxes if (name := stamp_agency(_label(box))) is not None), None),
    )
