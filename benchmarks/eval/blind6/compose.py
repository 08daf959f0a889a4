"""Compose one page: a body, an outlet, and the outlet's furniture placed around, between and glued to the
body's paragraphs. Pure and seeded: the same body, outlet and seed give the same page.

A ``Segment`` is one piece of furniture as injected: its kind, its lines, and the pieces the scorer counts
(a line, or the parts of a line the template marked with ``¦``, or the items of a flattened row).

A ``Layout`` holds what one set's pages are made of and how they are laid out; ``LAYOUT`` is blind6's, and
blind7 runs ``compose`` and ``build.pages`` with its own.
"""
from __future__ import annotations

import functools
import hashlib
import random
import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from . import lang as L
from .bodies import Body, load_bodies
from .outlets import HOUSE, OUTLETS, Outlet

HEAD = ("consent", "kicker", "headline", "live_key", "standfirst", "affiliate", "byline", "published",
        "read_time", "listen", "share", "caption")
INLINE = ("ad", "read_also", "newsletter", "pull_quote", "video", "social", "inline_caption", "paywall")
TAIL = ("agency_credit", "correction", "origin", "ai_note", "bio", "copyright", "tags", "related", "most_read",
        "comments", "app_promo")
# How often a page carries a kind its outlet has (a page never carries every kind).
_ODDS = {"consent": 0.2, "kicker": 0.6, "headline": 0.92, "live_key": 0.8, "standfirst": 0.3, "affiliate": 0.3,
         "byline": 0.8, "published": 0.7, "read_time": 0.4, "listen": 0.45, "share": 0.5, "caption": 0.5,
         "ad": 0.45, "read_also": 0.5, "newsletter": 0.35, "pull_quote": 0.2, "video": 0.25, "social": 0.15,
         "inline_caption": 0.3, "paywall": 0.4, "agency_credit": 0.6, "correction": 0.25, "origin": 0.5,
         "ai_note": 0.35, "bio": 0.4, "copyright": 0.5, "tags": 0.4, "related": 0.5, "most_read": 0.45,
         "comments": 0.35, "app_promo": 0.3, "dateline": 0.85}
_ROW_SEPARATORS = (" | ", " · ", " • ", " / ", "  ")
_MARK = "¦"


@dataclass(frozen=True)
class Segment:
    kind: str
    lines: tuple[str, ...]
    pieces: tuple[str, ...]
    test_only: bool = False


@dataclass(frozen=True)
class Glued:
    """A segment written inside paragraph ``index`` (0-based), before or after its text, joined by ``joint``."""

    index: int
    before: bool
    segment: Segment
    joint: str


@dataclass(frozen=True)
class Page:
    doc_id: str
    outlet: Outlet
    body: Body
    published: datetime
    authors: tuple[str, ...]
    head: tuple[Segment, ...]
    inline: tuple[tuple[int, Segment], ...]  # (number of paragraphs before it, segment)
    glued: tuple[Glued, ...]
    tail: tuple[Segment, ...]
    live: bool = False

    def segments(self) -> list[Segment]:
        return [*self.head, *(s for _, s in self.inline), *(g.segment for g in self.glued), *self.tail]

    def paragraph(self, index: int) -> str:
        """Paragraph ``index`` with whatever furniture is glued to it."""
        text = self.body.paragraphs[index]
        for g in self.glued:
            if g.index == index:
                text = (g.segment.lines[0] + g.joint + text) if g.before else (text + g.joint + g.segment.lines[0])
        return text


@dataclass(frozen=True)
class Layout:
    """One evaluation set: its bodies, outlets and template fillers, the odds of each kind and where it may
    go, and the salts of its draws. Every field shapes the set's pages, so changing one changes the set."""

    name: str  # salts page ids
    id_prefix: str  # of page ids and file names; the renderer cuts three characters off for URLs
    load_bodies: Callable[[Path], list[Body]]
    outlets: tuple[Outlet, ...]
    # A language's wordings, used where an outlet has none of its own for a kind.
    house: Mapping[str, Mapping[str, list[str]]]
    # A page's template values, drawn once so that every segment names the same people, city and day.
    fillers: Callable[[random.Random, Outlet, datetime, list[str]], dict[str, str]]
    head: tuple[str, ...]
    inline: tuple[str, ...]
    tail: tuple[str, ...]
    odds: Mapping[str, float]  # how often a page carries a kind its outlet has
    either: frozenset[str]  # kinds that real pages put at either end
    # Single-line inserts that pages glue to a story paragraph instead of setting apart.
    gluable: frozenset[str]
    flattened: frozenset[str]  # rows that copied pages sometimes set on one line
    capitals: frozenset[str]  # short labels that pages sometimes set in capitals
    # Inserts a page may carry up to this many more times, on bodies of five paragraphs or more.
    repeats: Mapping[str, int]
    tail_inline: Mapping[str, float]  # tail kinds some pages set between paragraphs instead, and how often
    # Whether an insert a one-paragraph body has no slot for ends the page; else it is dropped.
    unplaced_to_tail: bool
    first_day: datetime  # pages are dated in the six years from here
    live_odds: float  # share of a live-blog outlet's pages that are live blogs
    live_posts: tuple[int, int]  # fewest and most post stamps between a live blog's paragraphs
    test_only_outlets: float  # share of test pages from a test-only outlet
    english: float  # share of pages from an English-language outlet
    outlet_salt: str
    order_salt: str  # with the outlet's key, seeds the order of its head
    render_salt: str

    def doc_id(self, body: Body) -> str:
        return self.id_prefix + hashlib.sha256((self.name + "|" + body.source).encode()).hexdigest()[:12]

    @functools.cached_property
    def test_only_langs(self) -> frozenset[str]:
        """Languages only test-only outlets write in: their house wordings are unseen on dev too."""
        seen_on_dev = {o.lang for o in self.outlets if not o.test_only}
        return frozenset({o.lang for o in self.outlets if o.test_only} - seen_on_dev)

    def wordings(self, outlet: Outlet, kind: str) -> tuple[list[str], list[str], bool]:
        """(shared wordings, test-only wordings, whether the shared ones are unseen on dev) of ``kind`` for
        ``outlet``: its own when it has some, else its language's house ones.

        A wording is test-only when it is marked ``T:``, belongs to a test-only outlet's own wordings, or is
        the house wording of a language only test-only outlets use (a test-only outlet's other house wordings
        are seen on dev pages too)."""
        own = outlet.kinds.get(kind)
        options = own or self.house[outlet.lang].get(kind) or []
        unseen = outlet.test_only if own else outlet.lang in self.test_only_langs
        shared = [t for t in options if not t.startswith("T:")]
        return shared, [t[2:] for t in options if t.startswith("T:")], unseen


def _context(page_rng: random.Random, outlet: Outlet, when: datetime, english_headlines: list[str]) -> dict:
    """Per-page fillers, so that one page names the same people, city and day in every segment."""
    lang = outlet.lang
    people = page_rng.sample(L.PEOPLE[lang], 4)
    heads = english_headlines if lang == "en" else L.HEADLINES[lang]
    hh = page_rng.randint(1, 10)
    values = {f"a{i + 1}": p for i, p in enumerate(people[:3])} | {
        f"A{i + 1}": p.upper() for i, p in enumerate(people[:3])}
    surname = people[0].split()[-1] if " " in people[0] else ""
    values |= {
        "ph": people[3], "city": page_rng.choice(L.CITIES[lang]),
        "handle": (surname.lower() + page_rng.choice(("", "_news", "reports"))) if surname.isascii() and surname
        else "newsdesk",
        "date": L.long_date(lang, when), "date1": L.long_date(lang, when, 1), "day": when.strftime("%A"),
        "year": str(when.year), "hh": str(hh), "uhh": str(hh + page_rng.randint(1, 2)),
        "mm": f"{page_rng.randint(0, 59):02d}", "ss": f"{page_rng.randint(0, 59):02d}",
        "n": str(page_rng.randint(2, 9)), "nn": str(page_rng.randint(10, 99)), "big": str(page_rng.randint(100, 999)),
        "len": f"{page_rng.randint(2, 14)}:{page_rng.randint(0, 59):02d}", "min": str(page_rng.randint(3, 12)),
        "cap": page_rng.choice(L.CAPTIONS[lang]), "kick": page_rng.choice(L.SECTIONS[lang]),
        "wire": page_rng.choice(("Reuters", "AP", "AFP", "EPA", "Bloomberg", "Getty Images")),
        "ab": "".join(page_rng.choice(string.ascii_lowercase) for _ in range(page_rng.randint(2, 3))),
    }
    values |= {f"h{i + 1}": h for i, h in enumerate(page_rng.sample(heads, 3))}
    values |= {f"t{i + 1}": t for i, t in enumerate(page_rng.sample(L.TAGS[lang], 3))}
    values["CITY"] = values["city"].upper()
    return values


def fill(template: str, values: dict[str, str], kind: str, test_only: bool) -> Segment:
    """A template made a segment: placeholders filled, lines split, ``¦`` marks turned into piece ends."""
    text = template.format_map(values)
    lines, pieces = [], []
    for line in text.split("\n"):
        lines.append(line.replace(_MARK, ""))
        pieces.extend(part for part in line.split(_MARK) if part.strip())
    return Segment(kind, tuple(lines), tuple(pieces), test_only)


def flatten(segment: Segment, separator: str) -> Segment:
    """A multi-line row (share buttons, tags, a related list) set on one line, as copied pages often have it."""
    return Segment(segment.kind, (separator.join(segment.lines),), segment.pieces, segment.test_only)


def _wording(layout: Layout, outlet: Outlet, kind: str, split: str,
             rng: random.Random) -> tuple[str, bool] | None:
    """One wording of ``kind`` for ``outlet`` and whether it is test-only; None when the outlet has none. Dev
    pages never see test-only wordings; test pages take one half the time when the kind has any."""
    shared, only, unseen = layout.wordings(outlet, kind)
    if split == "test" and only and (not shared or rng.random() < 0.5):
        return rng.choice(only), True
    return (rng.choice(shared), unseen) if shared else None


def _sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?:(?<=[a-z0-9)]{2}[.!?])|(?<=[a-z0-9)]{2}[.!?][\"”’']))\s+(?=[\"“A-Z])", paragraph) if s]


def _standfirst(body: Body, rng: random.Random) -> str | None:
    """The lead's first sentence, or its first words as a teaser; never the whole lead paragraph."""
    lead = body.paragraphs[0]
    first = _sentences(lead)[0]
    words = first.split()
    if len(words) > 16 and (rng.random() < 0.4 or first == lead):
        return " ".join(words[:rng.randint(10, 14)]) + "…"
    return first if first != lead else None


def _pull_quote(body: Body, rng: random.Random) -> str | None:
    pool = [s for p in body.paragraphs[1:] for s in _sentences(p) if 50 <= len(s) <= 220]
    return rng.choice(pool) if pool else None


def arrange(head: list[Segment], tail: list[Segment], rng: random.Random, head_kinds: tuple[str, ...],
            either: set[str], order_seed: str) -> list[Segment]:
    """The head in page order; ``tail`` is rearranged in place. Kinds in ``either`` move to the other end half
    the time; after the consent, kicker and headline the head's lines come in an order seeded by
    ``order_seed`` (the outlet's own); the tail is shuffled 30% of the time. Shared with blind7."""
    # Kinds that real pages put at either end move to the other one half the time.
    for kind in sorted(either):
        for source, target in ((head, tail), (tail, head)):
            for segment in [s for s in source if s.kind == kind]:
                if rng.random() < 0.5:
                    source.remove(segment)
                    (target.insert(0, segment) if target is head and kind == "consent" else target.append(segment))
    # After the kicker and headline, the head's other lines come in an order of the outlet's own.
    fixed = [s for s in head if s.kind in ("consent", "kicker", "headline")]
    rest = [s for s in head if s not in fixed]
    kinds = sorted(set(head_kinds) | either)
    order = random.Random(order_seed).sample(kinds, len(kinds))
    rest.sort(key=lambda s: order.index(s.kind))
    if rng.random() < 0.3:
        rng.shuffle(tail)
    return fixed + rest


LAYOUT = Layout(
    name="blind6", id_prefix="b6-", load_bodies=load_bodies, outlets=OUTLETS, house=HOUSE, fillers=_context,
    head=HEAD, inline=INLINE, tail=TAIL, odds=_ODDS,
    either=frozenset({"consent", "share", "newsletter", "affiliate", "ai_note"}),
    gluable=frozenset({"ad", "read_also", "inline_caption", "video"}),
    flattened=frozenset({"share", "tags", "related", "most_read", "read_also"}),
    capitals=frozenset({"kicker", "read_also", "ad", "newsletter", "tags"}),
    repeats={"ad": 2}, tail_inline={}, unplaced_to_tail=False,
    first_day=datetime(2019, 1, 1), live_odds=0.5, live_posts=(3, 3),
    test_only_outlets=0.5, english=0.55,
    outlet_salt="outlet", order_salt="order", render_salt="render",
)


def compose(body: Body, outlet: Outlet, split: str, english_headlines: list[str],
            layout: Layout = LAYOUT) -> Page:
    """The page of ``body`` as ``outlet`` lays it out in ``layout``'s set (deterministic in the body's
    source)."""
    ident = layout.doc_id(body)
    rng = random.Random(ident)
    when = layout.first_day + timedelta(days=rng.randint(0, 6 * 365), hours=rng.randint(6, 20),
                                        minutes=rng.randint(0, 59))
    values = layout.fillers(rng, outlet, when, english_headlines)
    authors: tuple[str, ...] = ()
    live = outlet.live and rng.random() < layout.live_odds

    def make(kind: str) -> Segment | None:
        nonlocal authors
        if kind == "headline":
            return Segment(kind, (body.headline,), (body.headline,), False)
        if kind == "standfirst":
            text = _standfirst(body, rng)
            return Segment(kind, (text,), (text,), False) if text else None
        if kind == "pull_quote":
            quote = _pull_quote(body, rng)
            return Segment(kind, (quote,), (quote,), False) if quote else None
        if kind == "live_key" and not live:
            return None
        choice = _wording(layout, outlet, "caption" if kind == "inline_caption" else kind, split, rng)
        if choice is None:
            return None
        template, test_only = choice
        segment = fill(template, values, kind, test_only)
        if kind in ("byline", "dateline"):
            named = tuple(values[k] for k in ("a1", "a2", "a3") if "{" + k + "}" in template
                          or "{" + k.upper() + "}" in template)
            authors = authors or named
        if len(segment.lines) > 1 and kind in layout.flattened and rng.random() < 0.35:
            segment = flatten(segment, rng.choice(_ROW_SEPARATORS))
        if rng.random() < 0.12 and kind in layout.capitals:
            segment = Segment(kind, tuple(x.upper() for x in segment.lines), tuple(x.upper() for x in
                              segment.pieces), segment.test_only)
        return segment

    def wanted(kind: str) -> bool:
        return rng.random() < layout.odds[kind]

    head: list[Segment] = []
    tail: list[Segment] = []
    for kind in layout.head:
        if wanted(kind) and (segment := make(kind)):
            head.append(segment)
    for kind in layout.tail:
        if wanted(kind) and (segment := make(kind)):
            tail.append(segment)
    head = arrange(head, tail, rng, layout.head, layout.either, outlet.key + layout.order_salt)

    paragraphs = len(body.paragraphs)
    inline: list[tuple[int, Segment]] = []
    glued: list[Glued] = []
    dateline = wanted("dateline") and make("dateline")
    if dateline:
        glued.append(Glued(0, True, dateline, ""))
    inserts = [k for k in layout.inline if wanted(k)]
    for kind, extra in layout.repeats.items():
        if kind in inserts and paragraphs > 4:
            inserts += [kind] * rng.randint(0, extra)
    movers = [s for s in tail if s.kind in layout.tail_inline and rng.random() < layout.tail_inline[s.kind]]
    for segment in movers:
        tail.remove(segment)
    for kind, moved in [(k, None) for k in inserts] + [(s.kind, s) for s in movers]:
        segment = moved or make(kind)
        if segment is None:
            continue
        if paragraphs < 2:
            if layout.unplaced_to_tail:
                tail.append(segment)
            continue
        after = rng.randint(1, paragraphs - 1)
        if kind in layout.gluable and len(segment.lines) == 1 and rng.random() < 0.3:
            # Glued to the end of the paragraph before the slot, or a caption to the start of the one after.
            before = kind == "inline_caption"
            glued.append(Glued(after if before else after - 1, before, segment, rng.choice((" ", "  ", ""))
                               if not before else " "))
        else:
            inline.append((after, segment))
    if live and paragraphs > 2:
        fewest, most = layout.live_posts
        # A fixed count draws nothing: blind6's pages were made without a draw here.
        posts = fewest if fewest == most else rng.randint(fewest, most)
        for after in sorted(rng.sample(range(1, paragraphs), min(posts, paragraphs - 1))):
            # Each post has a stamp of its own.
            values["hh"] = values["uhh"] = str(min(int(values["hh"]) + rng.randint(0, 1), 12))
            values["mm"], values["ss"] = f"{rng.randint(0, 59):02d}", f"{rng.randint(0, 59):02d}"
            if (segment := make("live")) is not None:
                inline.append((after, segment))
    credit = next((s for s in tail if s.kind == "agency_credit" and len(s.lines) == 1), None)
    if credit and rng.random() < 0.3:
        # Wire copy ends the last paragraph with its credit: "... he said. (Reporting by ...)".
        tail.remove(credit)
        glued.append(Glued(paragraphs - 1, False, credit, " "))
    inline.sort(key=lambda x: x[0])
    return Page(ident, outlet, body, when, authors, tuple(head), tuple(inline), tuple(glued), tuple(tail), live)
