"""Deterministic builder of the blind furniture set: real bodies wrapped in labelled furniture.

``build_cases(data, seed=SEED)`` -> list[Case], the same list on every run for the same data folder.

A case is one plain-text article file: an optional headline line, head furniture, the story paragraphs with
furniture between them (some glued to a story paragraph on its line), tail furniture. Every character of
``raw_text`` is either inside exactly one labelled span (story, headline or furniture piece) or is layout
whitespace between spans. Layouts: ``para`` (a paragraph per line, blank line between blocks), ``tight`` (a
paragraph per line, no blank lines), ``wrap`` (hard-wrapped at 64-72 columns, blank line between
paragraphs, as e-mail), ``wrap_indent`` (hard-wrapped, each paragraph's first line indented, no blank
lines, as Reuters-21578 and other wire feeds). Hard wrapping only turns spaces into newlines.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from benchmarks.eval.blind_furniture import vocab
from benchmarks.eval.blind_furniture.bodies import Body, load_bodies

SEED = 20261201
FURNISHED_PER_LANGUAGE = 44
CLEAN_CASES = 50
TRAP_CASES = 60
LAYOUTS = ("para", "tight", "wrap", "wrap_indent")
LAYOUT_WEIGHTS = (0.35, 0.15, 0.3, 0.2)
TEST_SHARE = 0.5

STORY, HEADLINE, FURNITURE = "story", "headline", "furniture"


@dataclass(frozen=True)
class Span:
    """``raw_text[start:end]`` is one labelled piece. ``kind``: furniture kind, or a story paragraph's trap
    kind ('' when none). ``zone``: head | body | tail. ``test_only``: made from test-only vocabulary."""

    start: int
    end: int
    label: str
    kind: str
    zone: str
    test_only: bool = False


@dataclass(frozen=True)
class Case:
    case_id: str
    split: str  # dev | test
    variant: str  # furnished | clean | trap
    language: str  # language of the furniture ('none' for clean cases)
    layout: str
    source: str  # reuters | bbc | aeb
    body_id: str
    raw_text: str
    spans: tuple[Span, ...]
    title: str | None  # the headline the text carries, None when it has none
    byline: tuple[str, ...]  # author names in the byline, () when none
    publisher: tuple[str, ...]  # acceptable canonical wires (vocab.WIRE_ALIASES keys), () when none named


@dataclass
class _Seg:
    text: str
    label: str | None  # None: layout separator inside a line (spaces only)
    kind: str = ""
    zone: str = ""
    test_only: bool = False


# a line is a list of segments; a block is ("para", [line]) or ("lines", [line, ...])
_Line = list[_Seg]


WDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    "zh": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
    "ja": ["月曜", "火曜", "水曜", "木曜", "金曜", "土曜", "日曜"],
}
_CJK_FREE = {"zh", "ja"}
AGO = {
    "en": "{n}h ago",
    "es": "hace {n} h",
    "fr": "il y a {n} h",
    "de": "vor {n} Std.",
    "pt": "há {n} h",
    "it": "{n} ore fa",
    "ru": "{n} ч назад",
    "ar": "منذ {n} ساعات",
    "zh": "{n}小时前",
    "ja": "{n}時間前",
}


class _Writer:
    """Fills templates for one case: fixed case-wide facts (wire, site, date, authors), fresh picks per piece."""

    def __init__(self, rng: random.Random, lang: str, split: str):
        self.rng, self.lang, self.split = rng, lang, split
        self.wire_canon, self.wire = rng.choice(vocab.WIRES[lang])
        others = [w for w in vocab.WIRES[lang] if w[1] != self.wire] or vocab.WIRES[lang]
        self.wire2 = rng.choice(others)[1]
        self.site = rng.choice(vocab.SITES[lang])
        self.city, self.city2 = rng.sample(vocab.CITIES[lang], 2)
        self.day = date(2021, 1, 1) + timedelta(days=rng.randrange(5 * 365))
        self.authors = [self.person() for _ in range(rng.choice((1, 1, 2, 2, 3)))]
        self.editor = self.person()

    def person(self) -> str:
        first = self.rng.choice(vocab.FIRST[self.lang])
        last = self.rng.choice(vocab.LAST[self.lang])
        return f"{last}{first}" if self.lang in _CJK_FREE else f"{first} {last}"

    def names(self) -> str:
        sep, last = vocab.NAME_JOIN[self.lang]
        if len(self.authors) == 1:
            return self.authors[0]
        return sep.join(self.authors[:-1]) + last + self.authors[-1]

    def fields(self) -> dict[str, str]:
        rng, lang, d = self.rng, self.lang, self.day
        months = vocab.MONTHS[lang]
        topics = rng.sample(vocab.TOPICS[lang], 3)
        hour, minute = rng.randrange(6, 23), rng.randrange(60)
        hour2 = min(hour + rng.randrange(1, 4), 23)
        names = self.names()
        f = {
            "wire": self.wire,
            "WIRE": self.wire.upper(),
            "wire2": self.wire2,
            "site": self.site,
            "sitedomain": re.sub(r"\W", "", self.site.lower()) + ".com",
            "city": self.city,
            "City": self.city,
            "CITY": self.city.upper(),
            "City2": self.city2,
            "d": str(d.day),
            "dd": f"{d.day:02d}",
            "m": str(d.month),
            "mm": f"{d.month:02d}",
            "year": str(d.year),
            "month": months[d.month - 1],
            "Month": months[d.month - 1].capitalize(),
            "mon3": months[d.month - 1][:3],
            "MON3": months[d.month - 1][:3].upper(),
            "month3": months[d.month - 1][:3].capitalize(),
            "date": f"{vocab.MONTHS['en'][d.month - 1]} {d.day}"
            if lang == "en"
            else f"{d.day} {months[d.month - 1]}",
            "time": f"{hour:02d}:{minute:02d}"
            if lang != "en"
            else f"{hour % 12 or 12}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}",
            "time2": f"{hour2:02d}:{minute:02d}",
            "timeh": f"{hour}h{minute:02d}",
            "timeh2": f"{hour2}h{minute:02d}",
            "Wday": WDAYS["en"][d.weekday()],
            "wday": WDAYS[lang][d.weekday()],
            "wday_ja": "月火水木金土日"[d.weekday()],
            "names": names,
            "NAMES": names.upper(),
            "name": self.person(),
            "name2": self.editor,
            "n": str(rng.randrange(2, 15)),
            "n2": str(rng.randrange(1, 6)),
            "words": str(rng.randrange(8, 40) * 100),
            "dur": f"{rng.randrange(0, 12)}:{rng.randrange(60):02d}",
            "handle": rng.choice(
                ["jd_reports", "CityHallPress", "maria_news", "OfficialTeamHQ", "k_tanaka", "newsdesk24"]
            ),
            "post": rng.choice(vocab.POSTS[lang]),
            "code": "".join(
                rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)
            ),
            "code6": f"{d.year % 100:02d}{d.month:02d}{d.day:02d}",
            "h": rng.choice(vocab.HEADLINES[lang]),
            "topic": topics[0],
            "topic2": topics[1],
            "Topic": topics[0],
            "Topic2": topics[1],
            "TOPIC": topics[0].upper(),
            "topics": ("、" if lang in _CJK_FREE else ", ").join(topics),
        }
        f["NAME"] = f["name"].upper()
        f["TOPICS"] = f["topics"].upper()
        return f

    def template(self, kind: str) -> tuple[str, bool]:
        """A template of ``kind``; every fourth of a list is test-only, so dev cases never draw it."""
        options = vocab.V[kind][self.lang]
        allowed = [i for i in range(len(options)) if self.split == "test" or i % 4 != 3]
        i = self.rng.choice(allowed)
        return options[i], i % 4 == 3

    def piece(self, kind: str) -> tuple[list[str], bool]:
        """Lines of one piece of ``kind``, varied in case and punctuation; and whether it is test-only."""
        text, test_only = self.template(kind)
        lines = [ln for ln in text.format(**self.fields()).split("\n") if ln.strip()]
        if kind not in ("byline", "embed", "credit"):
            lines = [self.vary(ln) for ln in lines]
        return lines, test_only

    def vary(self, line: str) -> str:
        rng, lang = self.rng, self.lang
        r = rng.random()
        if len(line) <= 40 and lang not in _CJK_FREE and lang != "ar":
            if r < 0.10:
                line = line.upper()
            elif r < 0.14:
                line = line.lower()
        if rng.random() < 0.10:
            line = rng.choice(["► ", "→ ", "▶ ", "• ", "» ", "| ", "🔴 ", "— ", "📌 ", "* "]) + line
        r = rng.random()
        if r < 0.06 and line.endswith(":"):
            line = line[:-1]
        elif r < 0.12 and len(line) <= 40 and line[-1:].isalnum():
            line += rng.choice([":", " »", " ›", " >", "…", " ↓"])
        if lang == "fr" and rng.random() < 0.5:
            line = line.replace(" :", "\u202f:")
        if rng.random() < 0.04:  # invisible format characters some CMSs leave at a line start
            line = rng.choice(["\u200b", "\ufeff", "\u2060", "\u200f" if lang == "ar" else "\u200e"]) + line
        if rng.random() < 0.04:
            line = line.replace(" ", "\xa0", 1)
        return line


_ASCII = re.compile(r"^[\x00-\x7f]+$")


def wires_named(text: str) -> tuple[str, ...]:
    """Canonical wires whose name or alias appears in ``text`` (whole word for Latin-script aliases)."""
    found = []
    low = text.casefold()
    for canon, aliases in vocab.WIRE_ALIASES.items():
        for alias in aliases:
            hit = (
                re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", low)
                if _ASCII.match(alias)
                else alias in low
            )
            if hit:
                found.append(canon)
                break
    return tuple(found)


def _segs(lines: list[str], kind: str, zone: str, test_only: bool) -> list[_Line]:
    return [[_Seg(ln, FURNITURE, kind, zone, test_only)] for ln in lines]


class _Composer:
    def __init__(self, rng: random.Random, lang: str, split: str, body: Body, variant: str):
        self.rng, self.body, self.variant = rng, body, variant
        self.w = _Writer(rng, lang if lang in vocab.LANGUAGES else "en", split)
        self.publisher: tuple[str, ...] = ()
        self.byline: tuple[str, ...] = ()
        self.title: str | None = None

    def furniture(self, kind: str, zone: str) -> list[_Line]:
        lines, test_only = self.w.piece(kind)
        if kind == "related":
            header = lines[0]
            items = self.rng.sample(vocab.HEADLINES[self.w.lang], self.rng.randrange(2, 5))
            bullet = self.rng.choice(["", "- ", "• ", "* ", "> ", "→ ", "■ "])
            stamp = self.rng.random() < 0.2
            lines = [header] + [
                f"{bullet}{h}" + (" " + AGO[self.w.lang].format(n=self.rng.randrange(1, 12)) if stamp else "")
                for h in items
            ]
        if kind == "byline":
            self.byline = tuple(self.w.authors)
        if kind in ("credit", "tail_credit") and not (kind == "tail_credit" and self.publisher):
            named = wires_named(" ".join(lines))
            if named:
                self.publisher = named
        return _segs(lines, kind, zone, test_only)

    def compose(self) -> list[tuple[str, list[_Line]]]:
        rng, body = self.rng, self.body
        story = [_Seg(p, STORY, body.traps.get(i, ""), "body") for i, p in enumerate(body.paragraphs)]
        blocks: list[tuple[str, list[_Line]]] = [("para", [[s]]) for s in story]
        head: list[tuple[str, list[_Line]]] = []
        tail: list[tuple[str, list[_Line]]] = []
        furnish = self.variant != "clean"
        headline_on = body.headline is not None and (not furnish or rng.random() < 0.92)

        def add(where: list, kind: str, zone: str, p: float) -> None:
            if furnish and rng.random() < p:
                lines = self.furniture(kind, zone)
                where.append(("lines" if len(lines) > 1 else "para", lines))

        add(head, "cookie", "head", 0.10)
        add(head, "section", "head", 0.30)
        if headline_on:
            self.title = body.headline
            head.append(("para", [[_Seg(body.headline, HEADLINE, "headline", "head")]]))
        if furnish and rng.random() < 0.55:
            byline = self.furniture("byline", "head")
            if rng.random() < 0.35:  # byline and stamp on one line
                stamp = self.furniture("stamp", "head")
                sep = rng.choice([" | ", " · ", "  ", " — ", " / "])
                stamp[0][0].text = sep.lstrip() + stamp[0][0].text
                byline[0] += [_Seg(" ", None)] + stamp[0]
            head.append(("para", byline[:1]))
        add(head, "stamp", "head", 0.45)
        add(head, "reading_time", "head", 0.35)
        add(head, "share", "head", 0.30)
        add(head, "player", "head", 0.15)
        add(head, "caption", "head", 0.30)
        if furnish and rng.random() < 0.75:
            credit = self.furniture("credit", "head")
            seg = credit[0][0]
            if rng.random() < 0.8:  # glued to the lead, as wire copy has it
                text = seg.text.rstrip()
                blocks[0] = (
                    "para",
                    [
                        [_Seg(text, FURNITURE, "credit", "head", seg.test_only), _Seg(" ", None)]
                        + blocks[0][1][0]
                    ],
                )
            else:
                head.append(("para", credit))

        if furnish:
            mids = rng.choice((0, 1, 1, 2, 2, 3, 4))
            for _ in range(mids if len(blocks) > 1 else 0):
                kind = rng.choice(
                    ("ad", "caption", "related", "teaser", "teaser", "embed", "newsletter", "player")
                )
                at = rng.randrange(1, len(blocks))
                lines = self.furniture(kind, "body")
                if kind == "teaser" and rng.random() < 0.25 and blocks[at][0] == "para":
                    # glued before the next story paragraph on its line (scraped text does this)
                    blocks[at] = ("para", [lines[0] + [_Seg(" ", None)] + blocks[at][1][0]])
                else:
                    blocks.insert(at, ("lines" if len(lines) > 1 else "para", lines))
        if furnish and body.source == "reuters" and self.w.lang == "en" and rng.random() < 0.5:
            tail.append(
                ("para", [[_Seg(rng.choice(["Reuter", "REUTER"]), FURNITURE, "tail_credit", "tail")]])
            )
            self.publisher = self.publisher or ("Reuters",)
        for kind, p in (
            ("tail_credit", 0.45),
            ("stamp", 0.08),
            ("tags", 0.35),
            ("share", 0.15),
            ("related", 0.35),
            ("newsletter", 0.20),
            ("comments", 0.15),
            ("copyright", 0.40),
            ("cookie", 0.06),
        ):
            add(tail, kind, "tail", p)
        for i in range(len(tail) - 1):  # sites order their tails differently
            if rng.random() < 0.25:
                tail[i], tail[i + 1] = tail[i + 1], tail[i]
        if furnish and not any(s.label == FURNITURE for _, b in head + blocks + tail for ln in b for s in ln):
            lines = self.furniture("copyright", "tail")
            tail.append(("para", lines))
        return head + blocks + tail


def _wrap(line: str, width: int) -> str:
    """Turn spaces of ``line`` into newlines so no line passes ``width`` (a longer word stays whole)."""
    chars = list(line)
    start, last_space = 0, -1
    for i, c in enumerate(chars):
        if c == " ":
            last_space = i
        if i - start >= width and last_space > start:
            chars[last_space] = "\n"
            start = last_space + 1
    return "".join(chars)


def render(blocks: list[tuple[str, list[_Line]]], layout: str, width: int) -> tuple[str, tuple[Span, ...]]:
    """The file text and its spans. Separators between blocks and lines are whitespace only."""
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    wrapped = layout.startswith("wrap")
    first = True
    for _, lines in blocks:
        for j, line in enumerate(lines):
            if not first:
                sep = "\n\n" if layout in ("para", "wrap") and j == 0 else "\n"
                out.append(sep)
                pos += len(sep)
            if layout == "wrap_indent" and not first:
                out.append("    ")
                pos += 4
            first = False
            text = "".join(s.text for s in line)
            if wrapped:
                text = _wrap(text, width)
            at = pos
            for s in line:
                if s.label is not None:
                    spans.append(Span(at, at + len(s.text), s.label, s.kind, s.zone, s.test_only))
                at += len(s.text)
            out.append(text)
            pos += len(text)
    return "".join(out) + "\n", tuple(spans)


def _case(rng: random.Random, n: int, variant: str, lang: str, body: Body) -> Case:
    split = "test" if rng.random() < TEST_SHARE else "dev"
    layout = rng.choices(LAYOUTS, LAYOUT_WEIGHTS)[0]
    composer = _Composer(rng, lang, split, body, variant)
    blocks = composer.compose()
    raw, spans = render(blocks, layout, rng.randrange(64, 73))
    return Case(
        case_id=f"bf{n:04d}-{lang}-{body.source}",
        split=split,
        variant=variant,
        language=lang,
        layout=layout,
        source=body.source,
        body_id=body.doc_id,
        raw_text=raw,
        spans=spans,
        title=composer.title,
        byline=composer.byline,
        publisher=composer.publisher,
    )


def build_cases(data: Path, seed: int = SEED) -> list[Case]:
    """Every case of the set, in a fixed order; ``data`` is the shared data folder."""
    rng = random.Random(seed)
    pools = {name: list(bodies) for name, bodies in load_bodies(data).items()}
    for name in sorted(pools):
        rng.shuffle(pools[name])

    def take(source: str, want=lambda b: True) -> Body:
        """The next body of ``source`` that ``want`` accepts, else of the next source that has one."""
        for name in (source, *(s for s in ("reuters", "bbc", "aeb") if s != source)):
            pool = pools[name]
            for i, body in enumerate(pool):
                if want(body):
                    return pool.pop(i)
        raise ValueError(f"no body left for {source}")

    def any_body(lang: str) -> Body:
        native = [b for b in pools["aeb"] if b.language == lang]
        if native and rng.random() < 0.5:
            return take("aeb", lambda b: b.language == lang)
        source = rng.choices(("reuters", "bbc", "aeb"), (0.45, 0.45, 0.1))[0]
        return take(source, lambda b: b.language == "en")

    cases: list[Case] = []
    for lang in vocab.LANGUAGES:
        for _ in range(FURNISHED_PER_LANGUAGE):
            cases.append(_case(rng, len(cases), "furnished", lang, any_body(lang)))
    for _ in range(CLEAN_CASES):
        cases.append(_case(rng, len(cases), "clean", "none", any_body("en")))
    for _ in range(TRAP_CASES):
        source = rng.choice(("reuters", "bbc", "bbc", "aeb"))
        body = take(source, lambda b: any(k != "lead_repeats_headline" for k in b.traps.values()))
        cases.append(_case(rng, len(cases), "trap", rng.choice(vocab.LANGUAGES), body))
    return cases
