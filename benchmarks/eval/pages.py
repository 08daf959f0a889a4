"""Page composition for the furniture set: head zone, story with inserts, tail zone, then rendering.

A page is a list of blocks (one line or paragraph each), each a list of (kind, text) segments; kind "story"
marks a body paragraph, every other kind is furniture. Rendering joins blocks with blank or single lines,
optionally hard-wraps at 60-75 columns and puts invisible format characters at line starts.
"""
from __future__ import annotations

import hashlib
import random
import re
import textwrap
from collections import defaultdict
from dataclasses import dataclass, field

from benchmarks.eval.locales import AGENCIES, AGENCY_CREDIT, LOCALES, PLAIN_DATELINES
from benchmarks.eval.scoring import contains, normalise

_DOW = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
_INVISIBLE = ["\u200b", "\u200e", "\u200f", "\ufeff", "\u2060"]
_CASEABLE = {"share", "related", "ads", "comments", "follow", "newsletter", "teasers", "read", "audio", "copyright"}
_CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
_BULLETS = ["", "", "• ", "- ", "* ", "· ", "▶ "]


@dataclass
class _Block:
    segments: list[tuple[str, str]]  # (kind, text); kind "story" for a body paragraph
    joiner: str = " "
    bullet: str = ""
    is_story: bool = False

    def render(self) -> str:
        return self.bullet + self.joiner.join(t for _, t in self.segments)


@dataclass
class _Page:
    rng: random.Random
    lang: str
    loc: dict
    fields: dict = field(default_factory=dict)
    headlines: list[str] = field(default_factory=list)
    held_out: frozenset = frozenset()  # vocabulary items only test pages use
    unseen: set[str] = field(default_factory=set)  # texts made from them

    def pick(self, key: str, publisher: str | None = None) -> str:
        options = self.loc[key]
        if key in ("copyright", "tails"):
            # A credit naming another agency than the page's wire credit would make the expected publisher
            # moot.
            options = [t for t in options if _agencies_named(t) <= {publisher}] or ["{site}"]
        self.fields["S"] = self.rng.choice(self.loc["subjects"])
        self.fields["t"] = ", ".join(self.rng.sample(self.loc["tag_words"], 3))
        text = self.fill(self.rng.choice(options))
        if key in _CASEABLE and self.rng.random() < 0.06:
            # Label-like lines turn up in capitals wherever a stylesheet's text-transform was flattened.
            if text in self.unseen:
                self.unseen.add(text.upper())
            text = text.upper()
        return text

    def fill(self, template: str) -> str:
        text = template.format(**self.fields)
        if template in self.held_out:
            self.unseen.add(text)
        return text

    def headline(self) -> str:
        return self.fill(self.headlines.pop()) if self.headlines else self.pick("headlines")


def _agencies_named(template: str) -> set[str]:
    text = normalise(template)
    named = {
        canon for canon, spellings in AGENCIES.items()
        for sp in (canon.casefold(), *spellings)
        if not (sp.isascii() and len(sp) < 3) and contains(text, sp)
    }
    # Two-letter names only in capitals ("AP's", "(AA)"), not as the word "aa" or "ap" in other languages.
    named |= {
        canon for canon, short in (("AP", "AP"), ("Anadolu", "AA")) if re.search(rf"\b{short}\b", template)
    }
    return named


def _fields(rng: random.Random, lang: str, loc: dict, names: list[str], agency: str | None) -> dict:
    y, m, d = rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    site = rng.choice(loc["sites"])
    credit = AGENCY_CREDIT.get(lang, {}).get(agency or "", agency or site)
    city = rng.choice(loc["cities"])
    a, b, c = (names + names[:1] * 3)[:3]
    handle = re.sub(r"[^a-z]", "", f"{a}{site}".lower())[:14] or "newsdesk"
    dow = _DOW.get(lang, _DOW["en"])[rng.randrange(7)]
    email_user = re.sub(r"[^a-z]", "", a.lower()) or "desk"
    slug = rng.choice(["US", "EU", "AS", "ME", "LA", "AF", "Fin", "Spt"]) + "--" + rng.choice(
        ["Economy", "Markets", "Election", "Storm", "Trade", "Court", "Oil", "Tennis"]
    ) + rng.choice(["", "-Outlook", "-Vote", "-Talks", ",1st Ld-Writethru"])
    domain = re.sub(r"[^a-z]", "", site.lower()) or "news"
    return {
        "y": y, "m": m, "d": d, "HH": f"{hh:02d}", "MM": f"{mm:02d}", "h12": (hh % 12) or 12,
        "ampm": "PM" if hh >= 12 else "AM", "month": loc["months"][m - 1], "mon": loc["mons"][m - 1],
        "dow": dow, "n": rng.randint(2, 9), "site": site, "agency": credit, "CITY": city,
        "City": city.title() if city.isupper() else city,
        "a": a, "b": b, "c": c, "A": a.upper(), "B": b.upper(),
        "and": loc["and"], "AND": loc["and"].upper(), "email": f"{email_user}@{domain}.com", "handle": handle,
        "code": "".join(rng.choice(_CODE_CHARS) for _ in range(10)),
        "x": "".join(rng.choice("abcdefghjklmnoprstvwz") for _ in range(rng.randint(2, 3))),
        "z": "".join(rng.choice("abcdefghjklmnoprstvwz") for _ in range(rng.randint(2, 3))),
        "slug": slug, "SLUG": slug.upper(),
        "S": rng.choice(loc["subjects"]), "t": ", ".join(rng.sample(loc["tag_words"], 3)),
    }


def _n_authors(template: str) -> int:
    return len({k for k in ("a", "b", "c") if "{" + k + "}" in template or "{" + k.upper() + "}" in template})


def _head(page: _Page, title: str | None, byline_tmpl: str | None) -> list[_Block]:
    rng, loc = page.rng, page.loc
    blocks: dict[str, list[_Block]] = {}
    if rng.random() < 0.5:
        style = rng.randrange(4)
        sec = page.fill(rng.choice(loc["sections"]))
        if style == 0:
            crumbs = [("site_label", page.fill(page.fields["site"])), ("site_label", sec)]
            blocks["site"] = [_Block(crumbs, rng.choice([" > ", " | ", " › "]))]
        elif style == 1:
            crumbs = [("site_label", page.fill(rng.choice(loc["home"]))), ("site_label", sec)]
            blocks["site"] = [_Block(crumbs, rng.choice([" / ", " › ", " > "]))]
        elif style == 2:
            label = sec.upper() if rng.random() < 0.5 else sec
            if sec in page.unseen:
                page.unseen.add(label)
            blocks["site"] = [_Block([("site_label", label)])]
        else:
            site = page.fill(page.fields["site"])
            blocks["site"] = [_Block([("site_label", site)]), _Block([("site_label", sec)])]
    if byline_tmpl:
        blocks["byline"] = [_Block([("byline", page.fill(byline_tmpl))])]
        if rng.random() < 0.15:
            blocks["byline"].append(_Block([("byline", page.pick("role"))]))
    if rng.random() < 0.6:
        stamps = [_Block([("timestamp", page.pick("stamps"))])]
        if rng.random() < 0.3:
            # Published and updated: a second stamp, an hour or more later.
            page.fields["HH"] = f"{(int(page.fields['HH']) + rng.randint(1, 5)) % 24:02d}"
            stamps.append(_Block([("timestamp", page.pick("stamps"))]))
        blocks["stamp"] = stamps
    if rng.random() < 0.3:
        blocks["read"] = [_Block([("reading_time", page.pick("read"))])]
    if rng.random() < 0.35:
        shares = [("share", s) for s in rng.sample(loc["share"], min(len(loc["share"]), rng.randint(1, 3)))]
        shares = [(k, page.fill(t)) for k, t in shares]
        blocks["share"] = [_Block(shares, "\n" if rng.random() < 0.5 else rng.choice([" ", " | "]))]
    if rng.random() < 0.2:
        blocks["audio"] = [_Block([("audio", page.pick("audio"))])]
    if rng.random() < 0.35:
        cap = [_Block([("caption", page.pick("captions"))])]
        if rng.random() < 0.5:
            cap.append(_Block([("photo_credit", page.pick("credits"))]))
        blocks["caption"] = cap
    if rng.random() < 0.05:
        blocks["correction"] = [_Block([("correction", page.pick("corrections"))])]
    if "caption" in blocks and rng.random() < 0.3:
        blocks["caption"].insert(rng.randrange(2), _Block([("gallery", page.pick("gallery"))]))
    if rng.random() < 0.06:
        blocks["video"] = [_Block([("video", page.pick("video"))])]
    order = ["byline", "stamp", "read", "share", "audio", "caption", "video", "correction"]
    if rng.random() < 0.35:
        rng.shuffle(order)
    if "byline" in blocks and "stamp" in blocks and rng.random() < 0.3:
        # One meta line: "By X | Reuters | March 4, 2024 4:15 PM GMT".
        blocks["byline"][0].segments += blocks.pop("stamp")[0].segments
        blocks["byline"][0].joiner = rng.choice([" | ", " · ", " — ", "  "])
    out = list(blocks.pop("site", []))
    if "wire_headers" in loc and rng.random() < 0.12:
        # A news-agency feed's header lines (slug, editors' note, priority) above the headline.
        heads = rng.sample(loc["wire_headers"], rng.randint(1, 2))
        out[:0] = [_Block([("wire_header", page.fill(t))]) for t in heads]
    if rng.random() < 0.05:
        # A consent banner the extractor kept, above everything else.
        out[:0] = [_Block([("consent", page.fill(t))]) for t in rng.sample(loc["consent"], rng.randint(1, 2))]
    if title is not None:
        head = _Block([("headline", title)], bullet="# " if rng.random() < 0.05 else "")
        if rng.random() < 0.08:
            # The <title> element's copy, with the site name, kept above or below the headline.
            sep = rng.choice([" | ", " - ", " – ", " : "])
            site_title = _Block([("headline", f"{title}{sep}{page.fields['site']}")])
            out.insert(rng.choice([0, len(out)]), site_title)
        if rng.random() < 0.85:
            out.append(head)
        else:
            order.insert(rng.randrange(len(order) + 1), "headline")
            blocks["headline"] = [head]
    for key in order:
        out += blocks.get(key, [])
    return out


def _teaser(page: _Page) -> list[tuple[str, str]]:
    return [("teaser", page.pick("teasers")), ("teaser", page.headline())]


def _body(page: _Page, paras: tuple[str, ...], dateline: str | None, body_language: str) -> list[_Block]:
    rng, loc = page.rng, page.loc
    story = [_Block([("story", p)], is_story=True) for p in paras]
    lead: list[_Block] = []
    if dateline:
        if rng.random() < 0.85:
            story[0].segments.insert(0, ("dateline", dateline))
            story[0].joiner = "" if page.lang in ("zh", "ja") and body_language in ("zh", "ja") else " "
        else:
            lead.append(_Block([("dateline", dateline)]))
    inserts: list[list[_Block]] = [[] for _ in paras]  # inserts[i] go after body paragraph i
    gaps = max(1, len(paras) - 1)
    for _ in range(rng.choice([1, 1, 2]) if rng.random() < 0.5 else 0):
        i = rng.randrange(gaps)
        style = rng.randrange(4)
        if style == 0:
            inserts[i].append(_Block(_teaser(page)))
        elif style == 1:
            label, head = _teaser(page)
            inserts[i] += [_Block([label]), _Block([head])]
        elif style == 2 and i + 1 < len(paras):
            # Glued to the next paragraph, as when a link box loses its line break.
            story[i + 1].segments[:0] = _teaser(page)
        else:
            story[i].segments += _teaser(page)
    for _ in range(rng.choice([1, 1, 2, 3]) if rng.random() < 0.35 else 0):
        i = rng.randrange(gaps)
        if rng.random() < 0.2:
            story[i].segments.append(("ad", page.pick("ads")))  # the ad slot's label left inside the paragraph
        else:
            inserts[i].append(_Block([("ad", page.pick("ads"))]))
    if rng.random() < 0.2:
        lines = rng.sample(loc["newsletter"], min(len(loc["newsletter"]), rng.randint(1, 3)))
        inserts[rng.randrange(gaps)] += [_Block([("newsletter", page.fill(t))]) for t in lines]
    if rng.random() < 0.15:
        lines = rng.sample(loc["embeds"], min(len(loc["embeds"]), rng.randint(1, 3)))
        inserts[rng.randrange(gaps)] += [_Block([("embed", page.fill(t))]) for t in lines]
    if rng.random() < 0.15:
        cap = _Block([("caption", page.pick("captions"))])
        i = rng.randrange(gaps)
        if i + 1 < len(paras) and rng.random() < 0.25:
            story[i + 1].segments[:0] = cap.segments  # a figure caption run into the next paragraph
        else:
            inserts[i] += [cap, cap] if rng.random() < 0.3 else [cap]
    if rng.random() < 0.08:
        inserts[rng.randrange(gaps)].append(_Block([("paywall", page.pick("paywall"))]))
    if rng.random() < 0.1:
        video = [_Block([("video", page.pick("video"))])]
        if rng.random() < 0.5:
            video.append(_Block([("video", page.pick("video"))]))
        inserts[rng.randrange(gaps)] += video
    return lead + [b for i, block in enumerate(story) for b in [block, *inserts[i]]]


def _tail(page: _Page, publisher: str | None) -> list[_Block]:
    rng, loc = page.rng, page.loc
    blocks: dict[str, list[_Block]] = {}
    if rng.random() < 0.35:
        blocks["tails"] = [_Block([("credit_tail", page.pick("tails", publisher))])]
    if rng.random() < 0.12:
        blocks["correction"] = [_Block([("correction", page.pick("corrections"))])]
    if rng.random() < 0.15:
        blocks["contact"] = [_Block([("contact", page.pick("contact"))])]
    if "bio" in loc and rng.random() < 0.1:
        blocks["bio"] = [_Block([("author_bio", page.pick("bio"))])]
    if rng.random() < 0.45:
        blocks["copyright"] = [_Block([("copyright", page.pick("copyright", publisher))])]
    if rng.random() < 0.35:
        if rng.random() < 0.5:
            blocks["tags"] = [_Block([("tags", page.pick("tags"))])]
        else:
            words = rng.sample(loc["tag_words"], rng.randint(2, 4))
            label = _Block([("tags", page.fill(rng.choice(loc["tag_label"])))])
            blocks["tags"] = [label] + [_Block([("tags", page.fill(w))]) for w in words]
    if rng.random() < 0.15:
        blocks["share"] = [_Block([("share", page.pick("share"))])]
    if rng.random() < 0.25:
        blocks["follow"] = [_Block([("follow", page.pick("follow"))])]
    if rng.random() < 0.35:
        bullet = rng.choice(_BULLETS)
        heads = [page.headline() for _ in range(rng.randint(3, 6))]
        blocks["related"] = [_Block([("related", page.pick("related"))])] + [
            _Block([("related", h)], bullet=bullet) for h in dict.fromkeys(heads)
        ]
    if rng.random() < 0.25:
        blocks["comments"] = [_Block([("comments", page.pick("comments"))])]
    if rng.random() < 0.05:
        consent = rng.sample(loc["consent"], rng.randint(1, 2))
        blocks["consent"] = [_Block([("consent", page.fill(t))]) for t in consent]
    order = [
        "tails", "bio", "correction", "contact", "copyright", "tags", "share", "follow", "related", "comments",
        "consent",
    ]
    if rng.random() < 0.4:
        rng.shuffle(order)
    if rng.random() < 0.12:
        # A rule between the story and the tail ("___" under AP copy, "* * *").
        order.insert(0, "rule")
        blocks["rule"] = [_Block([("rule", page.pick("rules"))])]
    return [b for key in order for b in blocks.get(key, [])]


def _drop_ambiguous(blocks: list[_Block], story: tuple[str, ...], title: str | None) -> None:
    """Remove furniture pieces a substring test could not tell apart: ones found in the story, the title or
    another piece (a tag word "Economy" in a story about the economy). The headline stays (it is the
    title)."""
    story_n = " \n ".join(normalise(p) for p in story)
    texts = [normalise(t) for b in blocks for k, t in b.segments if k != "story"]
    counts = defaultdict(int)
    for t in texts:
        counts[t] += 1
    title_n = normalise(title) if title else ""
    for block in blocks:
        keep = []
        for kind, text in block.segments:
            n = normalise(text)
            clash = kind != "story" and kind != "headline" and (
                not n
                or contains(story_n, n)
                or (kind != "headline" and title_n and contains(title_n, n))
                or any(o != n and contains(o, n) for o in counts)
            )
            if not clash:
                keep.append((kind, text))
        block.segments = keep
    blocks[:] = [b for b in blocks if b.segments]


def _render(blocks: list[_Block], rng: random.Random, lang: str) -> tuple[str, bool, bool]:
    wrapped = rng.random() < 0.25
    if wrapped:
        width = rng.randint(60, 75)
        indent = rng.random() < 0.4
        lines = []
        for b in blocks:
            text = textwrap.fill(b.render(), width, break_long_words=False, break_on_hyphens=False)
            lines.append(("    " + text) if indent and b.is_story else text)
        doc = ("\n" if indent else "\n\n").join(lines)
    else:
        sep = rng.choice(["\n\n", "\n\n", "\n\n", "\n", "mixed"])
        if sep == "mixed":
            first_story = next(i for i, b in enumerate(blocks) if b.is_story)
            doc = "\n".join(b.render() for b in blocks[:first_story]) + "\n\n"
            doc += "\n\n".join(b.render() for b in blocks[first_story:])
        else:
            doc = sep.join(b.render() for b in blocks)
    invisible = rng.random() < (0.5 if lang == "ar" else 0.15)
    if invisible:
        marks = ["\u200f"] * 3 + _INVISIBLE if lang == "ar" else _INVISIBLE
        lines = doc.split("\n")
        doc = "\n".join((rng.choice(marks) + ln) if ln and rng.random() < 0.35 else ln for ln in lines)
        if rng.random() < 0.5:
            doc = "\ufeff" + doc
    if rng.random() < 0.05:
        doc = doc.replace("\n", "\r\n")  # saved on Windows
    return doc + "\n", wrapped, invisible


@dataclass(frozen=True)
class Page:
    """A composed page: ``raw_text`` and what a system should find in it (see ``furniture_set.Case``)."""

    language: str
    raw_text: str
    furniture: tuple[tuple[str, str], ...]
    title: str | None
    publisher: str | None
    byline: str | None
    wrapped: bool
    invisible: bool
    unseen: tuple[str, ...]  # furniture texts made from vocabulary that only test pages use


# Vocabulary lists not split between dev and test: calendar words, and the people, places and photo subjects
# that only fill templates.
_UNSPLIT = {"months", "mons", "and", "names", "cities", "subjects"}


def vocabulary_split(item: object) -> str | None:
    """"test" or "dev" for the quarter of vocabulary items each split keeps to itself (by a hash of the item),
    None for the half both use. Tuning on dev thus never sees a quarter of what test pages are made of."""
    bucket = hashlib.sha256(f"wirewash-eval-vocab:{item!r}".encode()).digest()[0] % 4
    return {0: "test", 1: "dev"}.get(bucket)


def _split_vocab(loc: dict, split: str) -> tuple[dict, frozenset]:
    """``loc`` with the other split's own items removed (lists of four or more items only, and never below
    three items), and the items of ``split``'s own quarter when that is test."""
    out, own = {}, set()
    for key, values in loc.items():
        if key in _UNSPLIT or not isinstance(values, list) or len(values) < 4:
            out[key] = values
            continue
        kept = [v for v in values if vocabulary_split(v) in (None, split)]
        out[key] = kept if len(kept) >= 3 else values
        if split == "test":
            own |= {v for v in out[key] if vocabulary_split(v) == "test"}
    return out, frozenset(own)


def compose(
    seed: str, paragraphs: tuple[str, ...], title: str | None, body_language: str, split: str
) -> Page:
    """The page around a story: layout language, credit, byline and furniture from a generator seeded by
    ``seed``, drawing on ``split``'s part of the vocabulary. Non-English stories get furniture in their own
    language when there is a vocabulary for it."""
    rng = random.Random(f"wirewash-eval:{seed}")
    if body_language in LOCALES and body_language != "en":
        lang = body_language
    elif rng.random() < 0.55 or body_language not in LOCALES:
        lang = "en"
    else:
        lang = rng.choice([k for k in LOCALES if k != "en"])
    loc, held_out = _split_vocab(LOCALES[lang], split)
    names = rng.sample(loc["names"], 3)
    publisher = dateline_tmpl = provided = None
    roll = rng.random()
    if roll < 0.55:
        publisher, dateline_tmpl = rng.choice(loc["datelines"])
    elif roll < 0.65:
        publisher = rng.choice([p for p, _ in loc["datelines"]])
        provided = rng.choice(loc["provided"])
    elif roll < 0.8 and lang in PLAIN_DATELINES:
        dateline_tmpl = rng.choice(PLAIN_DATELINES[lang])
    byline_tmpl = None
    if rng.random() < 0.6:
        byline_tmpl = rng.choice([t for t in loc["bylines"] if publisher or "{agency}" not in t])
    n_auth = _n_authors(byline_tmpl or "") or (1 if dateline_tmpl and "{a}" in dateline_tmpl else 0)
    page = _Page(rng, lang, loc, held_out=frozenset(t[1] if isinstance(t, tuple) else t for t in held_out))
    page.fields = _fields(rng, lang, loc, names, publisher)
    page.headlines = rng.sample(loc["headlines"], len(loc["headlines"]))
    blocks = _head(page, title if rng.random() < 0.92 else None, byline_tmpl)
    if provided:
        blocks.insert(rng.randrange(len(blocks) + 1), _Block([("credit_line", page.fill(provided))]))
    blocks += _body(page, paragraphs, page.fill(dateline_tmpl) if dateline_tmpl else None, body_language)
    blocks += _tail(page, publisher)
    lead = next((b for b in blocks if any(k == "dateline" for k, _ in b.segments)), None)
    byline_block = next((b for b in blocks if [k for k, _ in b.segments] == ["byline"]), None)
    if lead and byline_block and lead.joiner == " " and rng.random() < 0.15:
        # Byline, dateline and lead on one line, as text extracted from wire copy often has them.
        blocks.remove(byline_block)
        lead.segments[:0] = byline_block.segments
    if not any(k == "headline" for b in blocks for k, _ in b.segments):
        title = None
    _drop_ambiguous(blocks, paragraphs, title)
    raw, wrapped, invisible = _render(blocks, rng, lang)
    furniture = tuple(dict.fromkeys((k, t) for b in blocks for k, t in b.segments if k != "story"))
    if title and contains(" \n ".join(normalise(p) for p in paragraphs), normalise(title)):
        furniture = tuple(f for f in furniture if f[0] != "headline")
    credits = [normalise(t) for k, t in furniture if k in ("byline", "dateline")]
    authors = [a for a in names[:n_auth] if any(contains(c, normalise(a)) for c in credits)]
    if publisher and not any(k in ("dateline", "credit_line") for k, _ in furniture):
        publisher = None
    unseen = tuple(t for _, t in furniture if t in page.unseen)
    return Page(lang, raw, furniture, title, publisher, ", ".join(authors) or None, wrapped, invisible, unseen)
