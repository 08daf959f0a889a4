"""Compose one blind7 page: a body, an outlet, and the outlet's furniture placed around, between and glued to
the body's paragraphs. Pure and seeded: the same body, outlet and split give the same page.

The page model (``Page``, ``Segment``, ``Glued``), template filling and the standfirst / pull-quote choices
are blind6's, imported; what differs is the furniture (``outlets``, ``house``, ``lang``) and its odds: the
kinds that are hardest in practice (paywalls, newsletters, live-blog furniture, video, affiliate lines, bios,
social leftovers, read-also links, inline captions, corrections, AI notes, agency credits) come more often,
several inserts of one kind may share a page, editor's notes and AI notes may open the page, and app and
channel promos may sit between paragraphs.
"""
from __future__ import annotations

import hashlib
import random
import string
from datetime import datetime, timedelta

from benchmarks.eval.blind6.compose import (
    Glued, Page, Segment, _pull_quote, _standfirst, arrange, fill, flatten,
)

from . import lang as L
from .bodies import Body
from .outlets import HOUSE, OUTLETS, Outlet

HEAD = ("consent", "kicker", "headline", "live_key", "standfirst", "affiliate", "byline", "published",
        "read_time", "listen", "share", "caption")
INLINE = ("ad", "read_also", "newsletter", "pull_quote", "video", "social", "inline_caption", "paywall")
TAIL = ("agency_credit", "correction", "origin", "ai_note", "bio", "copyright", "tags", "related", "most_read",
        "comments", "app_promo")
KINDS = (*HEAD, *INLINE, *TAIL, "live", "dateline")
_ODDS = {"consent": 0.2, "kicker": 0.55, "headline": 0.92, "live_key": 0.85, "standfirst": 0.3,
         "affiliate": 0.35, "byline": 0.85, "published": 0.7, "read_time": 0.35, "listen": 0.4, "share": 0.45,
         "caption": 0.5, "ad": 0.4, "read_also": 0.6, "newsletter": 0.45, "pull_quote": 0.15, "video": 0.4,
         "social": 0.3, "inline_caption": 0.45, "paywall": 0.55, "agency_credit": 0.65, "correction": 0.35,
         "origin": 0.45, "ai_note": 0.4, "bio": 0.45, "copyright": 0.5, "tags": 0.35, "related": 0.45,
         "most_read": 0.35, "comments": 0.35, "app_promo": 0.4, "dateline": 0.8}
# Inserts a page may carry more than once (two read-also links, a second photo, two embeds).
_REPEAT = {"ad": 2, "read_also": 2, "inline_caption": 2, "video": 1, "social": 1}
# Kinds that move between the head and the tail on real pages.
_EITHER = {"consent", "share", "newsletter", "affiliate", "ai_note", "correction"}
# Tail kinds that some pages set between two paragraphs instead ("CLICK HERE TO GET THE APP").
_TAIL_INLINE = {"app_promo": 0.35, "bio": 0.1}
# Single-line inserts that pages glue to a story paragraph instead of setting apart.
_GLUABLE = {"ad", "read_also", "inline_caption", "video", "social", "app_promo"}
_ROW_SEPARATORS = (" | ", " · ", " • ", " / ", "  ")
_LISTS = ("share", "tags", "related", "most_read", "read_also", "live_key")


def doc_id(body: Body) -> str:
    return "b7-" + hashlib.sha256(("blind7|" + body.source).encode()).hexdigest()[:12]


def _context(rng: random.Random, outlet: Outlet, when: datetime, english_headlines: list[str]) -> dict:
    """Per-page fillers, so that one page names the same people, city and day in every segment."""
    lang = outlet.lang
    people = rng.sample(L.PEOPLE[lang], 4)
    heads = english_headlines if lang == "en" else L.HEADLINES[lang]
    hh = rng.randint(1, 10)
    values = {f"a{i + 1}": p for i, p in enumerate(people[:3])} | {
        f"A{i + 1}": p.upper() for i, p in enumerate(people[:3])}
    surname = people[0].split()[-1]
    values |= {
        "ph": people[3], "city": rng.choice(L.CITIES[lang]),
        "handle": (surname.lower() + rng.choice(("", "_news", "reports", "_ft"))) if surname.isascii()
        else rng.choice(("newsdesk", "breaking_world", "wire_live")),
        "date": L.long_date(lang, when), "date1": L.long_date(lang, when, 1), "day": when.strftime("%A"),
        "year": str(when.year), "hh": str(hh), "uhh": str(hh + rng.randint(1, 2)),
        "mm": f"{rng.randint(0, 59):02d}", "ss": f"{rng.randint(0, 59):02d}",
        "n": str(rng.randint(2, 9)), "nn": str(rng.randint(10, 99)), "big": str(rng.randint(100, 999)),
        "len": f"{rng.randint(0, 14)}:{rng.randint(0, 59):02d}", "min": str(rng.randint(3, 12)),
        "cap": rng.choice(L.CAPTIONS[lang]), "kick": rng.choice(L.SECTIONS[lang]),
        "wire": rng.choice(("Reuters", "AP", "AFP via Getty Images", "EPA-EFE", "Bloomberg", "Getty Images",
                            "Shutterstock", "Xinhua", "ANP")),
        "ab": "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 3))),
    }
    values |= {f"h{i + 1}": h for i, h in enumerate(rng.sample(heads, 3))}
    values |= {f"t{i + 1}": t for i, t in enumerate(rng.sample(L.TAGS[lang], 3))}
    values |= {"CITY": values["city"].upper(), "H1": values["h1"].upper(), "KICK": values["kick"].upper(),
               "AB": values["ab"].upper()}
    return values


# Languages only test-only outlets write in: their house wordings are unseen on dev too.
_TEST_ONLY_LANGS = {o.lang for o in OUTLETS if o.test_only} - {o.lang for o in OUTLETS if not o.test_only}


def wordings(outlet: Outlet, kind: str) -> tuple[list[str], list[str], bool]:
    """(shared wordings, test-only wordings, whether the shared ones are unseen on dev) of ``kind`` for
    ``outlet``: its own when it has some, else its language's house ones."""
    own = outlet.kinds.get(kind)
    options = own or HOUSE[outlet.lang].get(kind) or []
    unseen = outlet.test_only if own else outlet.lang in _TEST_ONLY_LANGS
    return [t for t in options if not t.startswith("T:")], [t[2:] for t in options if t.startswith("T:")], unseen


def _wording(outlet: Outlet, kind: str, split: str, rng: random.Random) -> tuple[str, bool] | None:
    """One wording of ``kind`` and whether it is test-only. Dev pages never see test-only wordings; test pages
    take one half the time when the kind has any."""
    shared, only, unseen = wordings(outlet, kind)
    if split == "test" and only and (not shared or rng.random() < 0.5):
        return rng.choice(only), True
    return (rng.choice(shared), unseen) if shared else None


def compose(body: Body, outlet: Outlet, split: str, english_headlines: list[str]) -> Page:
    """The page of ``body`` as ``outlet`` lays it out (deterministic in the body's source)."""
    ident = doc_id(body)
    rng = random.Random(ident)
    when = datetime(2020, 1, 1) + timedelta(days=rng.randint(0, 6 * 365), hours=rng.randint(6, 20),
                                            minutes=rng.randint(0, 59))
    values = _context(rng, outlet, when, english_headlines)
    authors: tuple[str, ...] = ()
    live = outlet.live and rng.random() < 0.6

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
        choice = _wording(outlet, "caption" if kind == "inline_caption" else kind, split, rng)
        if choice is None:
            return None
        template, test_only = choice
        segment = fill(template, values, kind, test_only)
        if kind in ("byline", "dateline"):
            named = tuple(values[k] for k in ("a1", "a2", "a3") if "{" + k + "}" in template
                          or "{" + k.upper() + "}" in template)
            authors = authors or named
        if len(segment.lines) > 1 and kind in _LISTS and rng.random() < 0.35:
            segment = flatten(segment, rng.choice(_ROW_SEPARATORS))
        if rng.random() < 0.12 and kind in ("kicker", "read_also", "ad", "newsletter", "tags", "paywall"):
            segment = Segment(kind, tuple(x.upper() for x in segment.lines),
                              tuple(x.upper() for x in segment.pieces), segment.test_only)
        return segment

    def wanted(kind: str) -> bool:
        return rng.random() < _ODDS[kind]

    head: list[Segment] = []
    tail: list[Segment] = []
    for kind in HEAD:
        if wanted(kind) and (segment := make(kind)):
            head.append(segment)
    for kind in TAIL:
        if wanted(kind) and (segment := make(kind)):
            tail.append(segment)
    head = arrange(head, tail, rng, HEAD, _EITHER, outlet.key + "order7")

    paragraphs = len(body.paragraphs)
    inline: list[tuple[int, Segment]] = []
    glued: list[Glued] = []
    dateline = wanted("dateline") and make("dateline")
    if dateline:
        glued.append(Glued(0, True, dateline, ""))
    inserts = [k for k in INLINE if wanted(k)]
    for kind, extra in _REPEAT.items():
        if kind in inserts and paragraphs > 4:
            inserts += [kind] * rng.randint(0, extra)
    movers = [s for s in tail if s.kind in _TAIL_INLINE and rng.random() < _TAIL_INLINE[s.kind]]
    for segment in movers:
        tail.remove(segment)
    for kind in inserts + [s.kind for s in movers]:
        segment = next((s for s in movers if s.kind == kind), None) if kind in _TAIL_INLINE else make(kind)
        if segment is None or paragraphs < 2:
            if segment is not None:
                tail.append(segment)
            continue
        after = rng.randint(1, paragraphs - 1)
        if kind in _GLUABLE and len(segment.lines) == 1 and rng.random() < 0.3:
            before = kind == "inline_caption"
            glued.append(Glued(after if before else after - 1, before, segment,
                               " " if before else rng.choice((" ", "  ", ""))))
        else:
            inline.append((after, segment))
    if live and paragraphs > 2:
        for after in sorted(rng.sample(range(1, paragraphs), min(rng.randint(2, 5), paragraphs - 1))):
            values["hh"] = values["uhh"] = str(min(int(values["hh"]) + rng.randint(0, 1), 12))
            values["mm"], values["ss"] = f"{rng.randint(0, 59):02d}", f"{rng.randint(0, 59):02d}"
            if (segment := make("live")) is not None:
                inline.append((after, segment))
    credit = next((s for s in tail if s.kind == "agency_credit" and len(s.lines) == 1), None)
    if credit and rng.random() < 0.3:
        tail.remove(credit)
        glued.append(Glued(paragraphs - 1, False, credit, " "))
    inline.sort(key=lambda x: x[0])
    return Page(ident, outlet, body, when, authors, tuple(head), tuple(inline), tuple(glued), tuple(tail), live)
