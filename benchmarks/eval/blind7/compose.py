"""blind7's page layout: the ``Layout`` that blind6's ``compose`` and page builder run with to make blind7's
pages, and the per-page fillers of its templates.

The page model, composer, renderer and builder are blind6's, imported; what differs is the furniture
(``outlets``, ``house``, ``lang``) and its odds: the kinds that are hardest in practice (paywalls,
newsletters, live-blog furniture, video, affiliate lines, bios, social leftovers, read-also links, inline
captions, corrections, AI notes, agency credits) come more often, several inserts of one kind may share a
page, editor's notes and AI notes may open the page, and app and channel promos may sit between paragraphs.
"""
from __future__ import annotations

import random
import string
from datetime import datetime

from benchmarks.eval.blind6.compose import Layout

from . import lang as L
from .bodies import load_bodies
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


LAYOUT = Layout(
    name="blind7", id_prefix="b7-", load_bodies=load_bodies, outlets=tuple(OUTLETS), house=HOUSE,
    fillers=_context, head=HEAD, inline=INLINE, tail=TAIL, odds=_ODDS,
    # Editor's notes may open a page.
    either=frozenset({"consent", "share", "newsletter", "affiliate", "ai_note", "correction"}),
    gluable=frozenset({"ad", "read_also", "inline_caption", "video", "social", "app_promo"}),
    flattened=frozenset({"share", "tags", "related", "most_read", "read_also", "live_key"}),
    capitals=frozenset({"kicker", "read_also", "ad", "newsletter", "tags", "paywall"}),
    # Two read-also links, a second photo, two embeds.
    repeats={"ad": 2, "read_also": 2, "inline_caption": 2, "video": 1, "social": 1},
    # "CLICK HERE TO GET THE APP" between two paragraphs.
    tail_inline={"app_promo": 0.35, "bio": 0.1}, unplaced_to_tail=True,
    first_day=datetime(2020, 1, 1), live_odds=0.6, live_posts=(2, 5),
    test_only_outlets=0.35, english=0.55,
    outlet_salt="outlet7", order_salt="order7", render_salt="render7",
)
