"""The head zone: date prefix, headline (to ``title``), byline (to ``byline``), and the furniture between them.

Between the headline and the lead an article carries a byline, a dateline, stamps, a reading time, share or
gift prompts. A short non-sentence line there is judged by its place, not by its words: it is head furniture,
so an unknown line cannot stop the headline being found or the byline being read.
"""
from __future__ import annotations

import datetime
import re

from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import Doc, Line, is_body, is_headline, is_name, norm

DATE_PREFIX = Rule(
    "date_prefix", 1, "structural", " date 2023-03-19 ",
    re.compile(r"(?i:date):? (?P<date>\d{4}-\d{2}-\d{2})(?: |$)"),
    keep="The vote date 2023-03-19 was set by the commission in January.",
)
HEADLINE = Rule(
    "headline", 3, "structural", "Kazakh Leader Seeks Reset After Riots With Parliament Ballot",
    keep="Reform agenda",
)
BYLINE = Rule(
    "byline", 3, "structural", "By Marisol Trent, Devon Achebe and Priya Nandakumar",
    re.compile(r"(?:(?:Story|Written|Words|Text) )?(?i:by) (?P<rest>[^\n]{2,200})"),
    keep="By Monday, officials had counted every ballot in the capital city.",
)
READ_TIME = Rule(
    "read_time", 2, "structural", "·5 min read",
    re.compile(
        r"(?:(?P<name>[^·•|\n]{2,60}?) ?)?[·•|⏱]? ?(?:"
        r"\d{1,3}[ -]?(?:min|mins|minute|minutes)\.? (?:read|reading(?: time)?|to read)"
        r"|(?i:(?:estimated )?(?:reading|read) time):? ?\d{1,3} ?(?:min|mins|minute|minutes)\.?"
        r"|(?<=⏱) ?\d{1,3} ?(?:min|mins|minute|minutes)\.?)"  # a stopwatch and minutes: "⏱ 3 min"
    ),
    keep="The report takes 5 min to read, officials said.",
)
OUTLET_LABEL = Rule(
    "outlet_label", 1, "structural", "BBC News",
    re.compile(
        r"(?:BBC|CNN|Sky|ABC|NBC|CBS|Fox|Al Jazeera|Reuters|Bloomberg|The Guardian|Guardian)"
        r"(?: (?:News|Business|Sport|Politics|World|Digital|staff|Staff))?"
    ),
    keep="BBC News reported the result first, officials said on Monday.",
)
HEAD_FURNITURE = Rule(
    "head_furniture", 1, "structural", "Gift this article (between the headline and the lead)",
    keep="Reform agenda (a subhead below the lead)",
)

_NAME_IN_PLACE = re.compile(r"(?P<name>[^\n]{2,60}?) in [A-Z][\w.’'\-]{1,30}(?: [A-Z][\w.’'\-]{1,30}){0,2}")
_BYLINE_ORG = re.compile(r" ?(?:\||/|—|–| - ) ?")
_AND = re.compile(r" (?:and|&) ")
# Words that make a byline segment an organisation or a role, not a person: "Jane Doe, Bloomberg News".
_ORG_WORDS = frozenset(
    ["News", "Press", "Times", "Post", "Reuters", "Bloomberg", "AP", "AFP", "Staff", "staff", "Agency", "Correspondent", "Correspondents", "Reporter", "Reporters", "Editor", "Editors", "Writer", "Writers", "Journal", "Media", "Service", "Herald", "Tribune", "Magazine", "Network", "Associated", "Wire", "Daily", "Online", "Digital", "Bureau", "Chief", "Contributor", "Desk"]
)
_HEAD_SCAN = 6  # short lines a headline may stand above its lead with
_HEADLINE_STANDIN = Line(-1, 0, "Headline Stand In")
_META_SEPARATOR = re.compile(r" [•|·/] | - |\|")  # "Jane Doe • Agency", "News / UK", "Site | Section"
_MARKDOWN_HEADING = re.compile(r"^#{1,6} ")


def date_prefix(doc: Doc) -> None:
    # Stripped repeatedly, and on through lines that were nothing but a date, so that a second clean() never
    # finds another prefix under the first.
    for line in doc.kept():
        pos = 0
        while m := DATE_PREFIX.pattern.match(line.text, pos):
            try:
                day = datetime.date.fromisoformat(m.group("date"))
            except ValueError:
                break  # "date 2023-02-31" is not a date: leave the text as it is
            doc.published = doc.published or day
            doc.strip(line, DATE_PREFIX.name, pos, m.end())
            pos = m.end()
        if pos:
            doc.cut(line, pos)
        if line.kept:
            break


def _authors(rest: str) -> str | None:
    """The authors in what follows "By": comma- and "and"-separated names, before any outlet or role."""
    names_part, *org = _BYLINE_ORG.split(rest, 1)
    authors: list[str] = []
    segments = names_part.split(", ")
    for k, seg in enumerate(segments):
        if seg.split() and all(is_name(p) for p in _AND.split(seg)) and not _ORG_WORDS.intersection(seg.split()):
            authors.append(seg)
        else:
            org.insert(0, ", ".join(segments[k:]))
            break
    outlet = " ".join(org)
    if not authors or len(outlet.split()) > 6 or outlet[-1:] in (".", "!", "?"):
        return None
    return ", ".join(authors)


def bylines(doc: Doc) -> None:
    cfg = doc.cfg
    kept = doc.kept()
    in_head = True
    for i, line in enumerate(kept):
        if not line.kept:
            continue
        m = READ_TIME.pattern.fullmatch(line.text) if line.words <= 12 else None  # "Jane Doe · 5 min read"
        if m:
            name = m.group("name")
            if name is not None and not is_name(name):
                name = None
            prev = kept[i - 1] if i > 0 else None
            if name is None and prev is not None and prev.kept and is_name(prev.text):
                name = prev.text
                doc.remove(prev, BYLINE.name)
            doc.remove(line, READ_TIME.name)
            doc.byline = doc.byline or name
        elif in_head:
            if is_body(line, cfg):
                in_head = False  # below the lead, "By The Numbers" is a subhead, not a byline
                continue
            # "Jane Doe" over "BBC News": a name line names the author only when the outlet line follows.
            if OUTLET_LABEL.pattern.fullmatch(line.text):
                doc.remove(line, OUTLET_LABEL.name)
                prev = kept[i - 1] if i >= 2 else None
                if prev is not None and prev.kept and is_name(prev.text):
                    doc.remove(prev, BYLINE.name)
                    doc.byline = doc.byline or prev.text
                continue
            # The Guardian's "Jane Doe in Kyiv".
            placed = _NAME_IN_PLACE.fullmatch(line.text)
            if placed and i >= 1 and is_name(placed.group("name")):
                doc.remove(line, BYLINE.name)
                doc.byline = doc.byline or placed.group("name")
                continue
            b = BYLINE.pattern.fullmatch(line.text)
            authors = _authors(b.group("rest")) if b else None
            if authors is not None:
                doc.remove(line, BYLINE.name)
                doc.byline = doc.byline or authors


def _head_lines(kept: list[Line], i: int, cfg: CleanConfig) -> int | None:
    """How many short lines stand between a headline at kept[i] and the first sentence, or None when kept[i]
    is no headline over a lead: not headline-shaped, a line between is too long, or the lines are a results
    table ("Shr 15 cts vs nine cts" / "Pay April 17" / "Record April 3": two data rows, or one long one)."""
    if i >= len(kept) or not is_headline(kept[i], cfg):
        return None
    rows = _row(kept[i].text)
    for k, line in enumerate(kept[i + 1:i + 1 + _HEAD_SCAN]):
        if line.sentence:
            return k
        data = _row(line.text)
        rows += data
        if line.words > cfg.head_line_max_words or rows >= 2 or (data and line.words >= 4):
            return None
    return None


def _row(text: str) -> bool:
    # Leaner than a data row: "Shr loss 2.51 dlrs vs loss 1.12 dlrs" counts; two such lines make a table.
    tokens = text.split()
    return sum(any(c.isdigit() for c in t) for t in tokens) * 4 >= len(tokens)


def _stands_over_lead(kept: list[Line], i: int, cfg: CleanConfig) -> bool:
    return _head_lines(kept, i, cfg) is not None


def title_copies(doc: Doc) -> None:
    # The page's own title again further down is a share box, a related link or a breadcrumb; the first
    # line is left to ``headline``, which reads the title from it. A sentence is story text even when it
    # repeats the title's words.
    if doc.title_hint is None:
        return
    hint = norm(doc.title_hint)
    for line in doc.kept()[1:]:
        if not line.sentence and norm(line.text) == hint:
            doc.remove(line, HEADLINE.name)


def headline(doc: Doc) -> None:
    cfg = doc.cfg
    kept = doc.kept()
    if doc.title is not None:
        # Later removals can expose another copy of the title, or a headline-like line (a kicker, a dek)
        # over the lead; a fresh clean() of the output would take either, so they go now.
        top = 0
        while top < len(kept) and not is_body(kept[top], cfg) and norm(kept[top].text) == norm(doc.title):
            doc.remove(kept[top], HEADLINE.name)
            top += 1
        if _stands_over_lead(kept, top, cfg):
            doc.remove(kept[top], HEADLINE.name)
        return
    if not kept or is_body(kept[0], cfg):
        return  # a lead that repeats the page title's words is story text
    at = _headline_at(kept, cfg)
    title = kept[at].text
    copies = at + 1  # the page title and the h1 often stack the same headline
    while copies < len(kept) and norm(kept[copies].text) == norm(title):
        copies += 1
    # A headline is only guessed when the lead follows it, and a hinted title only removed when no guessable
    # headline is left behind: either way the cleaned text cannot yield another title on a second pass.
    matches_hint = doc.title_hint is not None and norm(doc.title_hint) == norm(title)
    hinted = at == 0 and matches_hint and not _stands_over_lead(kept, copies, cfg)
    if not (hinted or _stands_over_lead(kept, at, cfg)):
        return
    for line in kept[at:copies]:
        doc.remove(line, HEADLINE.name)
    doc.title = _MARKDOWN_HEADING.sub("", title)


def _headline_at(kept: list[Line], cfg: CleanConfig) -> int:
    """Where the headline stands in the head: the first headline-shaped line that is no meta line ("Jane Doe
    • Agency", "News / UK"), under at most a few short lines (section labels, wire headers, breadcrumbs) that
    are furniture; 0 when there is none."""
    for i, line in enumerate(kept[:_HEAD_SCAN]):
        if line.sentence or line.words > cfg.head_line_max_words and not is_headline(line, cfg):
            return 0
        if _row(line.text):
            return 0  # a results table, not a head
        if is_headline(line, cfg) and not _META_SEPARATOR.search(line.text):
            return i
    return 0


def head_furniture(doc: Doc) -> None:
    """Once the headline is found: the short non-sentence lines between it and the first sentence go."""
    if doc.title is None:
        return
    kept = doc.kept()
    if not kept or kept[0].sentence:
        return
    # The headline is gone: measure from a stand-in position just above the first kept line.
    between = _head_lines([_HEADLINE_STANDIN, *kept], 0, doc.cfg)
    for line in kept[:between or 0]:
        doc.remove(line, HEAD_FURNITURE.name)
