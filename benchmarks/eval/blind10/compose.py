"""blind10's page layout: the ``Layout`` that blind6's ``compose`` and page builder run with to make blind10's
pages, and the per-page fillers of its templates.

The page model, composer, renderer and builder are blind6's, imported; what differs is the furniture
(``outlets``, ``house``, ``lang``), the share of English-language outlets (60%; the other 40% Spanish, French,
German, Portuguese and Italian outlets, two or three each) and the odds: blind9's, with agency datelines a little
more common (the wire forms of the five other languages) and standfirsts, read times and listen boxes a little
rarer.
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
_ODDS = {"consent": 0.2, "kicker": 0.5, "headline": 0.92, "live_key": 0.85, "standfirst": 0.2,
         "affiliate": 0.2, "byline": 0.85, "published": 0.75, "read_time": 0.25, "listen": 0.25, "share": 0.45,
         "caption": 0.5, "ad": 0.5, "read_also": 0.55, "newsletter": 0.5, "pull_quote": 0.15, "video": 0.45,
         "social": 0.35, "inline_caption": 0.55, "paywall": 0.55, "agency_credit": 0.6, "correction": 0.35,
         "origin": 0.45, "ai_note": 0.3, "bio": 0.45, "copyright": 0.5, "tags": 0.35, "related": 0.45,
         "most_read": 0.35, "comments": 0.35, "app_promo": 0.4, "dateline": 0.8}
_WIRES = ("Reuters", "AP", "AFP via Getty Images", "Getty Images", "Bloomberg", "Shutterstock", "Alamy",
          "AAP Image", "PA Images", "EPA")
_PARTNERS = {"en": ("The Associated Press", "Reuters", "Bloomberg", "CalMatters", "The Texas Tribune",
                    "Stateline", "Yahoo Finance", "Business Wire", "The Daily Upside", "Kiplinger"),
             "es": ("EFE", "Europa Press", "Agencia Reforma", "El Financiero", "Servimedia"),
             "fr": ("AFP", "ETX Studio", "Relaxnews", "The Conversation France", "Ouest-France"),
             "de": ("dpa", "AFP", "Reuters", "epd", "KNA", "Handelsblatt"),
             "pt": ("Lusa", "Agência Brasil", "Reuters", "Estadão Conteúdo", "Folhapress"),
             "it": ("ANSA", "Adnkronos", "AGI", "LaPresse", "Italpress")}
_SHORT_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _context(rng: random.Random, outlet: Outlet, when: datetime, english_headlines: list[str]) -> dict:
    """Per-page fillers, so that one page names the same people, city and day in every segment."""
    lang = outlet.lang
    people = rng.sample(L.PEOPLE[lang], 5)
    heads = english_headlines if lang == "en" else L.HEADLINES[lang]
    hh = rng.randint(1, 10)
    values = {f"a{i + 1}": p for i, p in enumerate(people[:3])} | {
        f"A{i + 1}": p.upper() for i, p in enumerate(people[:3])}
    surname = people[0].split()[-1].lower()
    values |= {
        "ph": people[3], "PH": people[3].upper(), "ph2": people[4], "city": rng.choice(L.CITIES[lang]),
        "site": outlet.name, "SITE": outlet.name.upper(), "domain": outlet.domain,
        "handle": (surname + rng.choice(("", "_", "news", "_writes"))) if surname.isascii() else
        people[0].split()[0].lower() + "_" + rng.choice(("news", "press", "info")),
        "date": L.long_date(lang, when), "dmy": f"{when.day} {L.month('en', when)} {when.year}",
        "month": L.month(lang, when), "mes3": L.short_month(lang, when), "MES3": L.short_month(lang, when).upper(),
        "mon": f"{_SHORT_MONTHS[when.month - 1]} {when.day}",
        "mdy": f"{_SHORT_MONTHS[when.month - 1]} {when.day}, {when.year}", "mon3": when.strftime("%b"),
        "MON3": when.strftime("%b").upper(), "dd": str(when.day), "dd2": f"{when.day:02d}",
        "ddth": _ordinal(when.day), "mo": str(when.month), "mo2": f"{when.month:02d}", "year": str(when.year),
        "yymmdd": when.strftime("%y%m%d"), "iso": when.strftime("%Y-%m-%d"), "num1": when.strftime("%d.%m.%Y"),
        "num2": when.strftime("%d/%m/%Y"), "usnum": f"{when.month}/{when.day}/{when.year}",
        "dow": L.day(lang, when), "dow3": L.day(lang, when)[:3],
        "hh": str(hh), "uhh": str(hh + rng.randint(1, 2)), "mm": f"{rng.randint(0, 59):02d}",
        "ss": f"{rng.randint(0, 59):02d}", "ampm": rng.choice(("a.m.", "p.m.")), "AMPM": rng.choice(("AM", "PM")),
        "apm": rng.choice(("am", "pm")), "n": str(rng.randint(2, 9)), "nn": str(rng.randint(10, 99)),
        "big": str(rng.randint(100, 999)), "len": f"{rng.randint(0, 9)}:{rng.randint(0, 59):02d}",
        "min": str(rng.randint(2, 12)), "cap": rng.choice(L.CAPTIONS[lang]), "kick": rng.choice(L.SECTIONS[lang]),
        "wire": rng.choice(outlet.wires or _WIRES), "partner": rng.choice(_PARTNERS[lang]),
        "ab": "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 3))),
    }
    values |= {f"h{i + 1}": h for i, h in enumerate(rng.sample(heads, 3))}
    values |= {f"t{i + 1}": t for i, t in enumerate(rng.sample(L.TAGS[lang], 3))}
    values |= {"CITY": values["city"].upper(), "H1": values["h1"].upper(), "KICK": values["kick"].upper(),
               "AB": values["ab"].upper(), "T1": values["t1"].upper(), "WIRE": values["wire"].upper()}
    return values


LAYOUT = Layout(
    name="blind10", id_prefix="bx-", load_bodies=load_bodies, outlets=tuple(OUTLETS), house=HOUSE,
    fillers=_context, head=HEAD, inline=INLINE, tail=TAIL, odds=_ODDS,
    either=frozenset({"consent", "share", "newsletter", "affiliate", "ai_note", "correction"}),
    gluable=frozenset({"ad", "read_also", "inline_caption", "video", "social", "app_promo"}),
    flattened=frozenset({"share", "tags", "related", "most_read", "read_also", "live_key"}),
    capitals=frozenset({"kicker", "read_also", "ad", "newsletter", "tags", "paywall", "video"}),
    repeats={"ad": 2, "read_also": 2, "inline_caption": 2, "video": 1, "social": 1, "paywall": 1},
    tail_inline={"app_promo": 0.35, "bio": 0.1, "related": 0.1}, unplaced_to_tail=True,
    first_day=datetime(2021, 1, 1), live_odds=0.6, live_posts=(2, 5),
    test_only_outlets=0.25, english=0.6,
    outlet_salt="outlet10", order_salt="order10", render_salt="render10",
)
