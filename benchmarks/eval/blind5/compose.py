"""Put an outlet's furniture around a real body: pick the kinds, fill the templates, and remember every
injected piece (its kind, text, and whether its wording is test-only) so ``score`` can look for it later.

Generation is a function of the body and the seed alone: the same checkout writes the same files.
"""
from __future__ import annotations

import random
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from .bodies import Body
from .languages import HEADLINES, LANGUAGES
from .outlets import HEAD, INLINE, KINDS, TAIL, Outlet
from .outlets_en import OUTLETS as EN
from .outlets_eu import OUTLETS as EU
from .outlets_world import OUTLETS as WORLD

ALL_OUTLETS: tuple[Outlet, ...] = EN + EU + WORLD
TEST_ONLY_MARK = "T:"
# Language-neutral kinds every outlet can carry: the headline itself, a pull quote lifted from the body and
# the text a social embed leaves behind.
_GENERIC = {
    "headline": ("{headline}",),
    "pull_quote": ("“{quote}”", "{quote}"),
    "social": ("{rel}\n— {name2} (@{handle}) {month} {d}, {y}",
               "View this post on Instagram\nA post shared by {name2} (@{handle})",
               "T:{rel} pic.twitter.com/{slug}{digits}\n— {name2} (@{handle})"),
}
# Chance that a kind the outlet has appears on a page.
_ODDS = {**{k: 0.6 for k in HEAD}, **{k: 0.4 for k in INLINE}, **{k: 0.5 for k in TAIL},
         "headline": 1.0, "byline": 0.85, "dateline": 0.7, "pull_quote": 0.2, "social": 0.15}
_TEST_ONLY_OUTLET_SHARE = 0.45  # of test pages; with the T: wordings, over a third of test furniture


@dataclass(frozen=True)
class Segment:
    """One injected piece of furniture. ``lines`` are lists of (text, is_scored) runs: separators such as
    " | " are unscored; ``wording`` is the template it came from."""

    kind: str
    lines: tuple[tuple[tuple[str, bool], ...], ...]
    wording: str
    test_only: bool

    @property
    def pieces(self) -> list[str]:
        return [text for line in self.lines for text, scored in line if scored and text.strip()]

    def text_lines(self) -> list[str]:
        return ["".join(text for text, _ in line) for line in self.lines]


@dataclass(frozen=True)
class Page:
    """A body with its furniture: ``head`` before it, ``inline`` as (after paragraph i, segment), ``tail``
    after it; ``prefix``/``suffix`` glued to the first paragraph. ``authors`` are the injected names (empty
    when no byline names anyone)."""

    doc_id: str
    split: str
    outlet: Outlet
    body: Body
    head: tuple[Segment, ...]
    inline: tuple[tuple[int, Segment], ...]
    tail: tuple[Segment, ...]
    prefix: Segment | None
    suffix: Segment | None
    authors: tuple[str, ...]
    published: datetime

    @property
    def segments(self) -> list[Segment]:
        glued = [s for s in (self.prefix, self.suffix) if s]
        return [*self.head, *glued, *(s for _, s in self.inline), *self.tail]


def _first_sentence(paragraph: str) -> str:
    match = re.search(r"^(.{40,}?[.!?])\s+[A-Z“\"]", paragraph)
    return match.group(1) if match else paragraph


def _standfirst(body: Body, rng: random.Random) -> str:
    """The lead's first sentence, or (half the time, and whenever that sentence is the whole lead) the
    sentence with its last clause dropped, as deks often paraphrase; empty when neither differs from the
    lead."""
    lead = body.paragraphs[0]
    sentence = _first_sentence(lead)
    if (rng.random() < 0.5 or sentence == lead) and "," in sentence:
        sentence = sentence[:sentence.rindex(",")].rstrip() + "."
    return "" if sentence == lead else sentence


def _quote(body: Body, rng: random.Random) -> str:
    middle = body.paragraphs[1:-1] or body.paragraphs
    return _first_sentence(rng.choice(middle)).strip("“”\" ")


class _Slots:
    """Fills ``{slot}`` names for one page; a name used twice in a template (``{rel}``) is drawn twice."""

    def __init__(self, page_rng: random.Random, outlet: Outlet, body: Body, spare: list[str], when: datetime):
        self.rng, self.lang, self.body, self.spare = page_rng, LANGUAGES[outlet.lang], body, spare
        self.used: set[str] = set()
        people = page_rng.sample(self.lang.names, 6)
        count = page_rng.choices((1, 2, 3), (70, 25, 5))[0]
        self.authors = tuple(people[:count])
        later = when + timedelta(hours=page_rng.randint(1, 9), minutes=page_rng.randint(0, 59))
        city = page_rng.choice(self.lang.cities)
        self.fixed = {"names": outlet.joiner.join(self.authors) if count < 3 else
                      ", ".join(self.authors[:-1]) + outlet.joiner + self.authors[-1],
                      "name1": people[0], "author": people[0], "name2": people[3], "name3": people[4],
                      "name4": people[5], "editor": people[5], "editor2": people[4], "photog": people[4],
                      "city": city,
                      "headline": body.headline, "standfirst": _standfirst(body, page_rng),
                      "quote": _quote(body, page_rng), "n": str(page_rng.randint(2, 9)),
                      "count": str(page_rng.randint(12, 2400)), "pct": str(page_rng.randint(55, 85)),
                      "ago": page_rng.choice(("2 hours", "35 minutes", "1 hour", "6 hours")),
                      "handle": "".join(page_rng.choices(string.ascii_lowercase, k=7)),
                      **self._date("", when), **self._date("u", later)}
        self.fixed |= {"NAMES": self.fixed["names"].upper(), "NAME1": people[0].upper(), "CITY": city.upper(),
                       "City": city, "PHOTOG": people[4].upper(), "photo_ap": f"AP Photo/{people[4]}"}

    def _date(self, prefix: str, when: datetime) -> dict[str, str]:
        lang = self.lang
        h12 = when.hour % 12 or 12
        fields = {"d": str(when.day), "dd": f"{when.day:02d}", "mo": str(when.month),
                  "mm": f"{when.month:02d}",
                  "mon": lang.mon[when.month - 1], "month": lang.months[when.month - 1],
                  "monab": lang.months[when.month - 1][:3], "y": str(when.year), "HH": f"{when.hour:02d}",
                  "H": str(when.hour), "M": f"{when.minute:02d}", "h12": str(h12),
                  "ampm": "a.m." if lang.code != "en" else ("AM" if when.hour < 12 else "PM"),
                  "wd": lang.weekdays[when.weekday()], "wdab": lang.weekdays[when.weekday()][:3]}
        return {prefix + key: value for key, value in fields.items()}

    def _fresh(self, pool: Sequence[str]) -> str:
        # A page lists a headline or a topic once; pools are larger than any page's needs.
        choice = self.rng.choice([item for item in pool if item not in self.used] or list(pool))
        self.used.add(choice)
        return choice

    def fill(self, template: str) -> str:
        def one(match: re.Match[str]) -> str:
            name = match.group(1)
            if name == "rel":
                # Lists under a non-English outlet's heading mostly carry that paper's own headlines.
                own = HEADLINES.get(self.lang.code)
                return self._fresh(own if own and self.rng.random() < 0.7 else self.spare)
            if name == "tag":
                return self._fresh(self.lang.tags)
            if name == "caption":
                caption = self.rng.choice(self.lang.captions)
                return caption.replace("{city}", self.rng.choice(self.lang.cities))
            if name.startswith("slug"):
                return "".join(self.rng.choices(string.ascii_lowercase, k=self.rng.randint(2, 4)))
            if name.startswith("digits"):
                return "".join(self.rng.choices(string.digits, k=2 if name == "digits2" else 4))
            return self.fixed[name]
        return re.sub(r"\{(\w+)\}", one, template)


# Kinds made of short labels: their case varies between pages, and a scrape often flattens their rows.
_LABELS = {"kicker", "share", "listen", "read_time", "tags", "comments", "app_promo", "read_also", "related",
           "most_read", "newsletter"}
_ROWS = {"share", "tags", "listen", "comments"}
_ROW_SEPARATORS = (" | ", " · ", " • ", "  ", " / ")


def _segment(kind: str, wording: str, slots: _Slots, rng: random.Random) -> Segment:
    test_only = wording.startswith(TEST_ONLY_MARK)
    filled = slots.fill(wording.removeprefix(TEST_ONLY_MARK))
    lines = []
    for line in filled.split("\n"):
        runs = [(part, i % 2 == 0) for i, part in enumerate(line.split("§"))]
        if kind in _LABELS:
            runs = [(t.upper() if scored and len(t) < 30 and rng.random() < 0.1 else t, scored)
                    for t, scored in runs]
        lines.append(tuple(r for r in runs if r[0]))
    lines = [line for line in lines if line]
    if kind in _ROWS and len(lines) > 1 and rng.random() < 0.3:
        separator = ((rng.choice(_ROW_SEPARATORS), False),)
        lines = [sum((line + separator for line in lines[:-1]), ()) + lines[-1]]
    return Segment(kind, tuple(lines), wording, test_only)


def _wordings(outlet: Outlet, kind: str, split: str) -> list[str]:
    # A second photo inside the body is captioned in the outlet's own caption wording.
    own = outlet.templates.get("caption" if kind == "inline_caption" else kind)
    options = own or _GENERIC.get(kind, ())
    return [w for w in options if split == "test" or not w.startswith(TEST_ONLY_MARK)]


def _wording(options: list[str], rng: random.Random) -> str:
    shared = [w for w in options if not w.startswith(TEST_ONLY_MARK)]
    test_only = [w for w in options if w.startswith(TEST_ONLY_MARK)]
    if test_only and (not shared or rng.random() < 0.5):
        return rng.choice(test_only)
    return rng.choice(shared)


def outlets_for(split: str) -> tuple[list[Outlet], list[Outlet]]:
    """(shared outlets, test-only outlets) a split may use; dev gets no test-only outlet."""
    shared = [o for o in ALL_OUTLETS if not o.test_only]
    return shared, [o for o in ALL_OUTLETS if o.test_only] if split == "test" else []


def compose(body: Body, spare: list[str], seed: str) -> Page:
    """The page for ``body``: outlet, kinds and wordings drawn from a generator seeded by ``seed`` and the
    body's key. Dev pages use only shared outlets and wordings; test pages use test-only ones for part of
    them."""
    rng = random.Random(f"{seed}:{body.key}")
    shared, test_only = outlets_for(body.split)
    outlet = rng.choice(test_only if test_only and rng.random() < _TEST_ONLY_OUTLET_SHARE else shared)
    when = datetime(2026, 1, 1, 6) + timedelta(days=rng.randint(0, 330), minutes=rng.randint(0, 14 * 60))
    slots = _Slots(rng, outlet, body, spare, when)
    options = {k: _wordings(outlet, k, body.split) for k in KINDS}
    chosen = {k for k in KINDS if options[k] and rng.random() < _ODDS[k]}
    if not slots.fixed["standfirst"]:
        chosen.discard("standfirst")
    if len(body.paragraphs) < 4:
        chosen -= {"social", "video"}
    made = {k: _segment(k, _wording(options[k], rng), slots, rng) for k in KINDS if k in chosen}
    glued = {k: made.pop(k) for k in list(made) if outlet.glue.get(k)}
    prefix = next((s for k, s in glued.items() if outlet.glue[k] == "prefix"), None)
    suffix = next((s for k, s in glued.items() if outlet.glue[k] == "suffix"), None)
    head = [made[k] for k in HEAD if k in made]
    if len(head) > 3 and rng.random() < 0.5:
        # Outlets order the meta row differently: byline, stamp and share row swap places.
        i = rng.randint(2, len(head) - 2)
        head[i], head[i + 1] = head[i + 1], head[i]
    gaps = list(range(1, len(body.paragraphs)))
    inserts = [made[k] for k in INLINE if k in made]
    if "ad" in made:
        # Long pages carry an ad label every few paragraphs, not once.
        inserts += [_segment("ad", _wording(options["ad"], rng), slots, rng)
                    for _ in range(rng.randint(0, len(body.paragraphs) // 4))]
    inline = sorted(((rng.choice(gaps), s) for s in inserts), key=lambda pair: pair[0])
    tail = [made[k] for k in TAIL if k in made]
    if rng.random() < 0.3:
        rng.shuffle(tail)
    wordings = [s.wording for s in [*made.values(), *glued.values()]]
    # ``{author}`` names one correspondent where an outlet's form has room for one only.
    named = any("{names}" in w or "{NAMES}" in w for w in wordings)
    sole = any("{author}" in w for w in wordings)
    return Page(f"b5-{body.digest[:12]}", body.split, outlet, body, tuple(head), tuple(inline), tuple(tail),
                prefix, suffix, slots.authors if named else slots.authors[:1] if sole else (), when)
