"""blind8's page layout: the ``Layout`` that blind6's ``compose`` and page builder run with to make blind8's
pages, and the per-page fillers of its templates.

The page model, composer, renderer and builder are blind6's, imported; what differs is the furniture
(``outlets``, ``house``, ``lang``) and its odds. The odds are blind7's, a little higher still on live blogs,
video, captions, corrections and bios; up to three read-also links, ads and inline captions may share a page,
and app promos, bios and related lists may sit between paragraphs.
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
         "affiliate": 0.3, "byline": 0.85, "published": 0.75, "read_time": 0.35, "listen": 0.35, "share": 0.45,
         "caption": 0.5, "ad": 0.45, "read_also": 0.55, "newsletter": 0.45, "pull_quote": 0.15, "video": 0.45,
         "social": 0.3, "inline_caption": 0.5, "paywall": 0.5, "agency_credit": 0.65, "correction": 0.4,
         "origin": 0.45, "ai_note": 0.35, "bio": 0.5, "copyright": 0.5, "tags": 0.35, "related": 0.45,
         "most_read": 0.35, "comments": 0.35, "app_promo": 0.4, "dateline": 0.8}
_WIRES = ("Reuters", "AP Photo", "AFP via Getty Images", "EPA", "Bloomberg via Getty Images", "Getty Images",
          "Alamy", "PA Images", "AAP Image", "Shutterstock")
_PARTNERS = {"en": ("The Conversation", "Stateline", "CalMatters", "The Trace", "Grist", "Chalkbeat"),
             "es": ("EFE", "Europa Press", "Reuters", "AFP"), "fr": ("AFP", "Reuters", "Le Télégramme"),
             "de": ("dpa", "Reuters", "AFP", "KNA"), "pt": ("Agência Brasil", "Estadão Conteúdo", "Reuters"),
             "it": ("ANSA", "Adnkronos", "Reuters"), "ru": ("Reuters", "Bloomberg", "Financial Times"),
             "ar": ("رويترز", "فرانس برس", "أسوشيتد برس"), "zh": ("路透社", "法新社", "美联社"),
             "ja": ("ロイター", "AFP時事", "共同")}
_SHORT_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def _context(rng: random.Random, outlet: Outlet, when: datetime, english_headlines: list[str]) -> dict:
    """Per-page fillers, so that one page names the same people, city and day in every segment."""
    lang = outlet.lang
    people = rng.sample(L.PEOPLE[lang], 4)
    heads = english_headlines if lang == "en" else L.HEADLINES[lang]
    hh = rng.randint(1, 10)
    values = {f"a{i + 1}": p for i, p in enumerate(people[:3])} | {
        f"A{i + 1}": p.upper() for i, p in enumerate(people[:3])}
    def handle(person: str) -> str:
        surname = person.split()[-1].lower().replace("'", "")
        return surname + rng.choice(("", "_", "news", "reports")) if surname.isascii() else \
            rng.choice(("newsroom", "live_desk", "wirefeed"))

    values |= {
        "ph": people[3], "city": rng.choice(L.CITIES[lang]), "site": outlet.name,
        "handle": handle(people[0]), "phandle": handle(people[3]),
        "date": L.long_date(lang, when), "date1": L.long_date(lang, when, 1), "day": when.strftime("%A"),
        "dmy": f"{when.day} {L.month('en', when)} {when.year}",
        "mon": f"{_SHORT_MONTHS[when.month - 1]} {when.day}", "dd": str(when.day), "mo": str(when.month),
        "num": when.strftime("%d/%m/%Y"), "num1": when.strftime("%d.%m.%Y"), "iso": when.strftime("%Y-%m-%d"),
        "year": str(when.year), "hh": str(hh), "uhh": str(hh + rng.randint(1, 2)),
        "mm": f"{rng.randint(0, 59):02d}", "ss": f"{rng.randint(0, 59):02d}",
        "ampm": rng.choice(("a.m.", "p.m.")), "AMPM": rng.choice(("AM", "PM")), "apm": rng.choice(("am", "pm")),
        "dm": L.day_month(lang, when), "dow3": when.strftime("%a"), "mon3": when.strftime("%b"),
        "n": str(rng.randint(2, 9)), "nn": str(rng.randint(10, 99)), "big": str(rng.randint(100, 999)),
        "len": f"{rng.randint(0, 9)}:{rng.randint(0, 59):02d}", "min": str(rng.randint(2, 11)),
        "cap": rng.choice(L.CAPTIONS[lang]), "kick": rng.choice(L.SECTIONS[lang]),
        "wire": rng.choice(outlet.wires or _WIRES), "partner": rng.choice(_PARTNERS[lang]),
        "ab": "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 3))),
    }
    values |= {f"h{i + 1}": h for i, h in enumerate(rng.sample(heads, 3))}
    values |= {f"t{i + 1}": t for i, t in enumerate(rng.sample(L.TAGS[lang], 3))}
    values |= {"CITY": values["city"].upper(), "H1": values["h1"].upper(), "KICK": values["kick"].upper(),
               "AB": values["ab"].upper()}
    return values


LAYOUT = Layout(
    name="blind8", id_prefix="b8-", load_bodies=load_bodies, outlets=tuple(OUTLETS), house=HOUSE,
    fillers=_context, head=HEAD, inline=INLINE, tail=TAIL, odds=_ODDS,
    either=frozenset({"consent", "share", "newsletter", "affiliate", "ai_note", "correction"}),
    gluable=frozenset({"ad", "read_also", "inline_caption", "video", "social", "app_promo"}),
    flattened=frozenset({"share", "tags", "related", "most_read", "read_also", "live_key"}),
    capitals=frozenset({"kicker", "read_also", "ad", "newsletter", "tags", "paywall", "video"}),
    repeats={"ad": 2, "read_also": 2, "inline_caption": 2, "video": 1, "social": 1, "paywall": 1},
    tail_inline={"app_promo": 0.35, "bio": 0.1, "related": 0.1}, unplaced_to_tail=True,
    first_day=datetime(2021, 1, 1), live_odds=0.65, live_posts=(2, 5),
    test_only_outlets=0.3, english=0.6,
    outlet_salt="outlet8", order_salt="order8", render_salt="render8",
)
