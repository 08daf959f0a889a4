"""Wrap a real article body in the furniture real outlets and syndication platforms put around wire copy.

Written from how the pages of these outlets look (AP, Reuters, AFP, Bloomberg, BBC, Guardian, CNN,
Yahoo/MSN syndication, TASS, Al Jazeera), independently of the cleaner's rules (transforms/core/cleaning/): the benchmark
that uses it measures how much of this furniture the rule library misses, so it must not be derived from it.

``wrap(paragraphs, headline, rng)`` returns the page text and every furniture string it injected; names,
places, dates and headlines vary with ``rng`` so that a rule cannot match one memorised string.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

FIRST = ("Maria", "David", "Aisha", "Tom", "Yuka", "Olena", "Rahul", "Sofia", "Kwame", "Elif", "Jonathan")
LAST = ("Gonzalez", "Miller", "Khan", "Schmidt", "Tanaka", "Kovalenko", "Sharma", "Rossi", "Mensah", "Yilmaz")
CITIES = ("LONDON", "WASHINGTON", "NEW YORK", "PARIS", "TOKYO", "BERLIN", "MOSCOW", "NEW DELHI", "SAO PAULO",
          "HONG KONG", "JOHANNESBURG", "BRUSSELS", "FRANKFURT", "SINGAPORE", "DOHA")
STATES = {"WASHINGTON": None, "NEW YORK": None, "DOHA": "Qatar", "PARIS": None, "TOKYO": None,
          "SAO PAULO": "Brazil", "JOHANNESBURG": "South Africa"}
MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
TOPICS = ("markets", "the economy", "politics", "climate", "technology", "the war in Ukraine", "elections")
TEASERS = (
    "Central bank signals pause as inflation cools", "Oil slips as demand worries weigh on prices",
    "Lawmakers clash over spending bill ahead of deadline", "Tech giant unveils new chip to rival Nvidia",
    "Floods displace thousands in the south", "Court blocks merger of two largest grocers",
    "Striking workers reach tentative deal", "Shares of carmaker jump after record deliveries",
    "Opposition leader calls for early vote", "Scientists warn of record ocean heat",
)


@dataclass(frozen=True)
class Wrapped:
    text: str
    injected: tuple[str, ...]  # every furniture string added, as it appears in ``text``
    outlet: str


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _date(rng: random.Random) -> tuple[str, int, int]:
    return rng.choice(MONTHS), rng.randint(1, 28), rng.randint(2019, 2025)


def _teasers(rng: random.Random, n: int) -> list[str]:
    return rng.sample(TEASERS, n)


class _Page:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.head: list[str] = []
        self.tail: list[str] = []
        self.inline: list[str] = []  # lines dropped between story paragraphs
        self.credit = ""  # prefix glued to the first paragraph
        self.injected: list[str] = []

    def add(self, where: list[str], *lines: str) -> None:
        where.extend(lines)
        self.injected.extend(lines)

    def render(self, headline: str, paragraphs: list[str]) -> str:
        body = list(paragraphs)
        if self.credit:
            body[0] = self.credit + body[0]
            self.injected.append(self.credit.strip())
        out = [headline, *self.head]
        slots = range(1, len(body))
        gaps = sorted(self.rng.sample(slots, min(len(self.inline), len(slots))))
        inline = iter(self.inline)
        for i, para in enumerate(body):
            if i in gaps:
                out.append(next(inline))
            out.append(para)
        out.extend(self.tail)
        return "\n\n".join(out)


def _ap(p: _Page) -> None:
    r = p.rng
    city = r.choice(CITIES)
    state = STATES.get(city)
    p.credit = f"{city}{', ' + state if state else ''} (AP) — "
    a, b = _name(r), _name(r)
    mon, day, year = _date(r)
    clock = f"{r.randint(1, 12)}:{r.randint(10, 59)}"
    p.add(p.head, f"By {a.upper()} and {b.upper()}", f"Updated {clock} PM EST, {mon} {day}, {year}")
    p.add(p.inline, "Advertisement", "___")
    p.add(
        p.tail,
        f"Associated Press writer {_name(r)} in {r.choice(CITIES).title()} contributed to this report.",
        f"Follow AP’s coverage of {r.choice(TOPICS)} at "
        f"https://apnews.com/hub/{r.choice(('business', 'politics', 'climate'))}",
        f"Copyright {year} The Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed without permission.",
    )


def _reuters(p: _Page) -> None:
    r = p.rng
    mon, day, year = _date(r)
    p.credit = f"{r.choice(CITIES)}, {mon} {day} (Reuters) - "
    p.add(p.head, f"By {_name(r)}", f"{r.randint(2, 6)} minute read", f"Updated {r.randint(2, 9)} hours ago")
    p.add(p.inline, "Sign up here.", "Reuters Graphics")
    p.add(
        p.tail,
        f"Reporting by {_name(r)} in {r.choice(CITIES).title()}; Additional reporting by {_name(r)}; "
        f"Editing by {_name(r)} and {_name(r)}",
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
        "Acquire Licensing Rights, opens new tab",
    )


def _afp(p: _Page) -> None:
    r = p.rng
    p.credit = f"{r.choice(CITIES).title()} (AFP) – "
    _, _, year = _date(r)
    initials = "".join(r.choice("abcdefghjklmnoprstvw") for _ in range(2))
    p.add(p.head, f"AFP Published on {r.choice(MONTHS)} {r.randint(1, 28)}, {year}")
    p.add(
        p.tail,
        f"{initials}/{''.join(r.choice('abcdefghjklm') for _ in range(2))}",
        f"© {year} AFP",
    )


def _bloomberg(p: _Page) -> None:
    r = p.rng
    p.credit = "(Bloomberg) -- "
    _, _, year = _date(r)
    p.add(p.head, "Most Read from Bloomberg", *_teasers(r, 4))
    p.add(p.inline, f"Read more: {r.choice(TEASERS)}")
    p.add(
        p.tail,
        f"--With assistance from {_name(r)} and {_name(r)}.",
        f"To contact the reporter on this story: {_name(r)} in {r.choice(CITIES).title()} at "
        f"{r.choice(FIRST).lower()}{r.randint(1, 99)}@bloomberg.net",
        f"To contact the editors responsible for this story: {_name(r)} at "
        f"{r.choice(LAST).lower()}@bloomberg.net",
        "More stories like this are available on bloomberg.com",
        f"©{year} Bloomberg L.P.",
    )


def _bbc(p: _Page) -> None:
    r = p.rng
    p.add(p.head, f"{r.randint(2, 23)} hours ago", "Share", "Save", f"{_name(r)}", "BBC News")
    p.add(p.inline, "Image source, Getty Images",
          f"Image caption, {r.choice(TEASERS)}", f"Media caption, {_name(r)} explains what happens next")
    p.add(p.tail, "Related topics", *_teasers(r, 3), "More on this story", *_teasers(r, 2))


def _guardian(p: _Page) -> None:
    r = p.rng
    p.add(p.head, f"{_name(r)} in {r.choice(CITIES).title()}",
          f"{r.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))} {r.randint(1, 28)} {r.choice(MONTHS)} "
          f"{r.randint(2019, 2025)} "
          f"{r.randint(10, 23)}.{r.randint(10, 59)} GMT")
    p.add(
        p.inline,
        "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST",
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by "
        "outside parties. For more information see our Privacy Policy.",
        "after newsletter promotion",
        f"{r.choice(TEASERS)}. Photograph: {_name(r)}/Reuters",
    )
    p.add(p.tail, "Explore more on these topics", *[t.split()[0] for t in _teasers(r, 3)],
          "Share", "Reuse this content")


def _cnn(p: _Page) -> None:
    r = p.rng
    p.credit = "(CNN) — "
    mon, day, year = _date(r)
    p.add(p.head, f"By {_name(r)}, CNN", f"{r.randint(3, 9)} minute read",
          f"Updated {r.randint(1, 11)}:{r.randint(10, 59)} AM EDT, "
          f"{r.choice(('Mon', 'Tue', 'Wed'))} {mon} {day}, {year}",
          "Link Copied!")
    p.add(p.inline, "Ad Feedback", f"READ MORE: {r.choice(TEASERS)}")
    p.add(p.tail, f"CNN’s {_name(r)} contributed to this report.",
          "For more CNN news and newsletters create an account at CNN.com")


def _yahoo(p: _Page) -> None:
    r = p.rng
    source = r.choice(("Business Insider", "The Independent", "Fortune", "USA TODAY", "Reuters"))
    p.add(p.head, f"{_name(r)}", f"{r.randint(2, 8)} min read")
    p.add(p.inline, "Story continues", "Advertisement", f"Related: {r.choice(TEASERS)}")
    p.add(p.tail, f"Read the original article on {source}", "Trending Now", *_teasers(r, 3))


def _msn(p: _Page) -> None:
    r = p.rng
    p.add(p.head, f"Story by {_name(r)}", f"• {r.randint(2, 8)}h")
    p.add(p.inline, "Continue reading", "Advertisement")
    site = r.choice(("Fortune", "Newsweek", "Forbes"))
    p.add(p.tail, f"This article was originally published on {site}.com",
          "Recommended for you", *_teasers(r, 3))


def _tass(p: _Page) -> None:
    r = p.rng
    p.credit = f"{r.choice(CITIES)}, {r.choice(MONTHS)} {r.randint(1, 28)}. /TASS/. "
    p.add(p.inline, f"Read also {r.choice(TEASERS)}")
    p.add(p.tail, "Follow TASS on Telegram", "Read more")


def _aljazeera(p: _Page) -> None:
    r = p.rng
    mon, day, year = _date(r)
    p.add(p.head, f"Published On {day} {mon} {year}", f"{day} {mon} {year}", "Listen to this article",
          "Click here to share on social media", "Save")
    p.add(p.inline, "Advertisement")
    p.add(p.tail, "Source: Al Jazeera and news agencies")


OUTLETS = {
    "ap": _ap, "reuters": _reuters, "afp": _afp, "bloomberg": _bloomberg, "bbc": _bbc, "guardian": _guardian,
    "cnn": _cnn, "yahoo": _yahoo, "msn": _msn, "tass": _tass, "aljazeera": _aljazeera,
}


def wrap(paragraphs: list[str], headline: str, rng: random.Random, outlet: str | None = None) -> Wrapped:
    """The story as ``outlet`` (random if None) would publish it, and the furniture strings it added."""
    outlet = outlet or rng.choice(sorted(OUTLETS))
    page = _Page(rng)
    OUTLETS[outlet](page)
    return Wrapped(page.render(headline, paragraphs), tuple(page.injected), outlet)
