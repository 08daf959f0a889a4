"""A blind evaluation set for the cleaner: real article bodies wrapped in page furniture, as outlets lay pages out.

Bodies come from ../shared/data (BBC News, Reuters-21578, the article-extraction-benchmark ground truth); the
furniture vocabulary (``locales.py``) was written without reading wirewash's cleaner or its own generators.
Each body becomes one ``Case``; its split (dev/test) is a hash of the body's id, so a body never crosses
splits. Everything is seeded by the body id: the same data gives the same cases in any order.

    from benchmarks.eval.furniture_set import load_cases, score
    cases = load_cases("dev")
    print(score(cases, {c.case_id: {"text": c.raw_text} for c in cases})["leaked"])  # 1.0
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import textwrap
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import corpus
from benchmarks.eval.locales import AGENCIES, AGENCY_CREDIT, LOCALES, PLAIN_DATELINES

# <repo>/../shared/data; a git worktree one level deeper (<wt>/<name>) finds the same folder further up.
DATA_DIR = next(
    (p / "shared" / "data" for p in Path(__file__).resolve().parents[3:5] if (p / "shared" / "data").is_dir()),
    Path(__file__).resolve().parents[3] / "shared" / "data",
)
SPLITS = ("dev", "test")
# Bodies per source, before the split; about half of each lands in each split.
SAMPLE = {"bbc": 720, "reuters": 520, "aeb": 181}
MIN_WORDS = 80


@dataclass(frozen=True)
class Body:
    id: str
    source: str  # bbc | reuters | aeb
    language: str
    paragraphs: tuple[str, ...]
    title: str | None


@dataclass(frozen=True)
class Case:
    """One test document: ``raw_text`` is the page as a system receives it.

    ``furniture`` holds (kind, text) for every piece a cleaner should remove, each text exactly as it appears
    in ``raw_text`` (modulo wrapping and invisible characters); the headline is kind ``headline``.
    ``title``/``publisher``/``byline`` are what a system should extract (``publisher``: canonical agency
    name, a key of ``locales.AGENCIES``; ``byline``: author names joined by ", "); None when the page has none.
    ``language`` is the furniture's language, ``body_language`` the story's.
    """

    case_id: str
    split: str
    language: str
    raw_text: str
    story_paragraphs: tuple[str, ...]
    furniture: tuple[tuple[str, str], ...]
    title: str | None
    publisher: str | None
    byline: str | None
    wrapped: bool
    body_language: str = "en"
    source: str = ""
    invisible: bool = False


def split_of(body_id: str) -> str:
    """``dev`` or ``test``, from a hash of the body id (stable across runs and machines)."""
    return SPLITS[hashlib.sha256(f"wirewash-eval:{body_id}".encode()).digest()[0] & 1]


# --- bodies -------------------------------------------------------------------------------------------------

_STOPWORDS = {
    "en": "the and of to in is that for with was",
    "pt": "de que não uma para com os das você mais",
    "it": "il che di non per una della sono anche gli",
    "es": "el que de los las una para por con del",
    "fr": "le les des est une pour dans qui pas sur",
    "de": "der die und das nicht ist den mit sich auch",
    "id": "yang dan di ini itu dengan untuk tidak dari kita",
}
# Leading credits some extraction-benchmark bodies keep ("WASHINGTON (Reuters) -", "MADRID —"): a cleaner is
# right to strip them, so they are cut from the story and the paragraph's rest kept.
_LEAD_CREDIT = re.compile(
    r"^(?:[A-Z][A-Za-z.,' ]{1,40}?\s*)?(?:\((?:AP|Reuters|AFP)\)\s*)?[—–-]{1,2}\s+(?=\S)"
    r"|^[A-Z][A-Z .]{2,30}(?:, [A-Z][A-Za-z.]+)?\s*[—–:]\s+"
)


# Ground-truth paragraphs that are themselves furniture (a wire tail, a rights line, a rule, a bare link): a
# cleaner is right to drop them, so they are no part of the story here.
_AEB_FURNITURE = re.compile(
    r"^\(?(?:Reporting|Editing|Writing|Additional reporting) by\b|©|^[\W_]*$|^(?:https?://|www\.)\S+$"
    r"|^— .{1,60}\(@\w+\) \w+ \d{1,2}, \d{4}$|\b(?:image|photo) credit\b|^originally published (?:on|in)\b"
    r"|^\[사진=|^Фото: |^\S+ 칼럼니스트 \S+@|^see (?:more photos|tweets)\s*:|^story timeline$|^click for\b",
    re.I,
)


def detect_language(text: str) -> str:
    """Coarse language of a body: script for ko/ja/zh/ru/ar, function-word counts for Latin-script text."""
    counts = defaultdict(int)
    for ch in text[:4000]:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            counts["ko"] += 1
        elif 0x3040 <= o <= 0x30FF:
            counts["ja"] += 1
        elif 0x4E00 <= o <= 0x9FFF:
            counts["han"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["ru"] += 1
        elif 0x0600 <= o <= 0x06FF:
            counts["ar"] += 1
    if counts:
        best = max(counts, key=counts.get)
        if counts[best] > 50:
            return ("ja" if counts["ja"] > 20 else "zh") if best == "han" else best
    words = re.findall(r"[a-zà-ÿ]+", text[:4000].lower())
    scores = {lang: sum(w in set(sw.split()) for w in words) for lang, sw in _STOPWORDS.items()}
    return max(scores, key=scores.get)


def slug_title(url: str) -> str | None:
    """A headline from the URL slug ("/2019/11/19/opinion/republicans-elections-impeachment.html" ->
    "Republicans elections impeachment"); None when no path segment has three or more words."""
    best = None
    for seg in url.split("?")[0].split("/")[3:]:
        words = [w for w in re.split(r"[-_]+", re.sub(r"\.\w{2,5}$", "", seg)) if w and not w.isdigit()]
        words = [w for w in words if not re.fullmatch(r"[A-Za-z]?\d{5,}|[0-9a-f]{8,}", w)]
        if len(words) >= 3 and (best is None or len(words) > len(best)):
            best = words
    if not best:
        return None
    text = " ".join(best)
    return text[0].upper() + text[1:]


def _aeb_bodies(data_dir: Path) -> list[Body]:
    path = data_dir / "article-extraction-benchmark" / "ground-truth.json"
    if not path.exists():
        return []
    out = []
    for key, item in sorted(json.loads(path.read_text(encoding="utf-8")).items()):
        paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", item.get("articleBody") or "")]
        paras = [p for p in paras if p and not _AEB_FURNITURE.search(p)]
        if paras:
            paras[0] = _LEAD_CREDIT.sub("", paras[0], count=1)
        text = " ".join(paras)
        lang = detect_language(text)
        if not paras or (len(text.split()) < MIN_WORDS and lang not in ("zh", "ja")):
            continue
        out.append(Body(f"aeb-{key[:16]}", "aeb", lang, tuple(paras), slug_title(item.get("url", ""))))
    return out


def _repair_utf8(text: str) -> str:
    # corpus.load_bbc decodes as latin-1, but all but one BBC file are UTF-8 ("Â£" would be "£").
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text


# Reuters-21578 ends some stories with an upper-case sign-off inside the last paragraph; a cleaner is right to
# drop it, so it is not part of the story here.
_REUTER_SIGNOFF = re.compile(r"\s+REUTER\s*$")


def load_bodies(data_dir: Path = DATA_DIR) -> list[Body]:
    """The sampled bodies, in id order: BBC and Reuters stories and the extraction benchmark's ground-truth
    bodies, ``SAMPLE`` per source chosen by a hash of the id, re-sends and exact copies dropped first."""
    stories = corpus.load_bbc(str(data_dir)) + corpus.load_reuters(str(data_dir), MIN_WORDS)
    by_hash = sorted(stories, key=lambda s: hashlib.sha256(s.id.encode()).hexdigest())
    chosen: list[Body] = []
    for src in ("bbc", "reuters"):
        # Resend detection is quadratic-ish, so it runs on a margin over the sample, not the whole corpus.
        pool = [s for s in by_hash if s.id.startswith(src)][: SAMPLE[src] * 5 // 4]
        kept = {s.id for s in corpus.drop_resends(pool)}
        chosen += [
            Body(s.id, src, "en", tuple(_repair_utf8(p) for p in _REUTER_SIGNOFF.sub("", s.body).split("\n\n")),
                 _repair_utf8(s.title))
            for s in pool if s.id in kept
        ][: SAMPLE[src]]
    aeb = sorted(_aeb_bodies(data_dir), key=lambda b: hashlib.sha256(b.id.encode()).hexdigest())
    chosen += aeb[: SAMPLE["aeb"]]
    return sorted(chosen, key=lambda b: b.id)


# --- normalisation and matching -----------------------------------------------------------------------------

_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC, invisible format characters (Unicode Cf: BOM, zero-width, bidi marks) dropped, case folded,
    whitespace runs (line wraps included) collapsed to one space."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return _WS.sub(" ", text.casefold()).strip()


def _wordy(ch: str) -> bool:
    # Scripts that separate words with spaces; CJK and kana do not, so no boundary is required there.
    return ch.isalnum() and ord(ch) < 0x2E80


def contains(haystack: str, needle: str) -> bool:
    """Whether normalised ``needle`` occurs in normalised ``haystack`` as whole words: an occurrence inside a
    longer word ("ad" in "trade") does not count."""
    if not needle:
        return False
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        left_ok = start == 0 or not (_wordy(needle[0]) and _wordy(haystack[start - 1]))
        right_ok = end == len(haystack) or not (_wordy(needle[-1]) and _wordy(haystack[end]))
        if left_ok and right_ok:
            return True
        start = haystack.find(needle, start + 1)
    return False


# --- page composition ---------------------------------------------------------------------------------------

_DOW = {"en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
        "es": "lunes martes miércoles jueves viernes sábado domingo".split()}
_INVISIBLE = ["\u200b", "\u200e", "\u200f", "\ufeff", "\u2060"]
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

    def pick(self, key: str, publisher: str | None = None) -> str:
        options = self.loc[key]
        if key in ("copyright", "tails"):
            # A credit naming another agency than the page's wire credit would make the expected publisher moot.
            options = [t for t in options if _agencies_named(t) <= {publisher}] or ["{site}"]
        self.fields["S"] = self.rng.choice(self.loc["subjects"])
        self.fields["t"] = ", ".join(self.rng.sample(self.loc["tag_words"], 3))
        return self.fill(self.rng.choice(options))

    def fill(self, template: str) -> str:
        return template.format(**self.fields)

    def headline(self) -> str:
        return self.headlines.pop() if self.headlines else self.pick("headlines")


def _agencies_named(template: str) -> set[str]:
    text = normalise(template)
    named = {
        canon for canon, spellings in AGENCIES.items()
        for sp in (canon.casefold(), *spellings)
        if not (sp.isascii() and len(sp) < 3) and contains(text, sp)
    }
    # Two-letter names only in capitals ("AP's", "(AA)"), not as the word "aa" or "ap" in other languages.
    named |= {canon for canon, short in (("AP", "AP"), ("Anadolu", "AA")) if re.search(rf"\b{short}\b", template)}
    return named


def _fields(rng: random.Random, lang: str, loc: dict, names: list[str], agency: str | None) -> dict:
    y, m, d = rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    site = rng.choice(loc["sites"])
    credit = AGENCY_CREDIT.get(lang, {}).get(agency or "", agency or site)
    city = rng.choice(loc["cities"])
    a, b, c = (names + names[:1] * 3)[:3]
    handle = re.sub(r"[^a-z]", "", f"{a}{site}".lower())[:14] or "newsdesk"
    dow = _DOW.get(lang, _DOW["en"])[rng.randrange(7)] if lang in _DOW else _DOW["en"][rng.randrange(7)]
    email_user = re.sub(r"[^a-z]", "", a.lower()) or "desk"
    domain = re.sub(r"[^a-z]", "", site.lower()) or "news"
    return {
        "y": y, "m": m, "d": d, "HH": f"{hh:02d}", "MM": f"{mm:02d}", "h12": (hh % 12) or 12,
        "ampm": "PM" if hh >= 12 else "AM", "month": loc["months"][m - 1], "mon": loc["mons"][m - 1],
        "dow": dow, "n": rng.randint(2, 9), "site": site, "agency": credit, "CITY": city,
        "City": city.title() if city.isupper() else city, "a": a, "b": b, "c": c, "A": a.upper(), "B": b.upper(),
        "and": loc["and"], "AND": loc["and"].upper(), "email": f"{email_user}@{domain}.com", "handle": handle,
        "code": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(10)),
        "x": "".join(rng.choice("abcdefghjklmnoprstvwz") for _ in range(rng.randint(2, 3))),
        "z": "".join(rng.choice("abcdefghjklmnoprstvwz") for _ in range(rng.randint(2, 3))),
        "S": rng.choice(loc["subjects"]), "t": ", ".join(rng.sample(loc["tag_words"], 3)),
    }


def _n_authors(template: str) -> int:
    return len({k for k in ("a", "b", "c") if "{" + k + "}" in template or "{" + k.upper() + "}" in template})


def _head(page: _Page, title: str | None, byline_tmpl: str | None) -> list[_Block]:
    rng, loc = page.rng, page.loc
    blocks: dict[str, list[_Block]] = {}
    if rng.random() < 0.5:
        style = rng.randrange(4)
        sec = rng.choice(loc["sections"])
        if style == 0:
            blocks["site"] = [_Block([("site_label", page.fields["site"]), ("site_label", sec)], rng.choice([" > ", " | ", " › "]))]
        elif style == 1:
            blocks["site"] = [_Block([("site_label", rng.choice(loc["home"])), ("site_label", sec)], rng.choice([" / ", " › ", " > "]))]
        elif style == 2:
            blocks["site"] = [_Block([("site_label", sec.upper() if rng.random() < 0.5 else sec)])]
        else:
            blocks["site"] = [_Block([("site_label", page.fields["site"])]), _Block([("site_label", sec)])]
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
    if rng.random() < 0.05:
        # A consent banner the extractor kept, above everything else.
        out[:0] = [_Block([("consent", t)]) for t in rng.sample(loc["consent"], rng.randint(1, 2))]
    if title is not None:
        head = _Block([("headline", title)], bullet="# " if rng.random() < 0.05 else "")
        if rng.random() < 0.08:
            # The <title> element's copy, with the site name, kept above or below the headline.
            site_title = _Block([("headline", f"{title}{rng.choice([' | ', ' - ', ' – ', ' : '])}{page.fields['site']}")])
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
        inserts[rng.randrange(gaps)].append(_Block([("ad", page.pick("ads"))]))
    if rng.random() < 0.2:
        lines = rng.sample(loc["newsletter"], min(len(loc["newsletter"]), rng.randint(1, 3)))
        inserts[rng.randrange(gaps)] += [_Block([("newsletter", page.fill(t))]) for t in lines]
    if rng.random() < 0.15:
        lines = rng.sample(loc["embeds"], min(len(loc["embeds"]), rng.randint(1, 3)))
        inserts[rng.randrange(gaps)] += [_Block([("embed", page.fill(t))]) for t in lines]
    if rng.random() < 0.15:
        cap = _Block([("caption", page.pick("captions"))])
        inserts[rng.randrange(gaps)] += [cap, cap] if rng.random() < 0.3 else [cap]
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
    if rng.random() < 0.45:
        blocks["copyright"] = [_Block([("copyright", page.pick("copyright", publisher))])]
    if rng.random() < 0.35:
        if rng.random() < 0.5:
            blocks["tags"] = [_Block([("tags", page.pick("tags"))])]
        else:
            words = rng.sample(loc["tag_words"], rng.randint(2, 4))
            blocks["tags"] = [_Block([("tags", rng.choice(loc["tag_label"]))])] + [_Block([("tags", w)]) for w in words]
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
        blocks["consent"] = [_Block([("consent", t)]) for t in rng.sample(loc["consent"], rng.randint(1, 2))]
    order = ["tails", "correction", "contact", "copyright", "tags", "share", "follow", "related", "comments", "consent"]
    if rng.random() < 0.4:
        rng.shuffle(order)
    if rng.random() < 0.12:
        # A rule between the story and the tail ("___" under AP copy, "* * *").
        order.insert(0, "rule")
        blocks["rule"] = [_Block([("rule", page.pick("rules"))])]
    return [b for key in order for b in blocks.get(key, [])]


def _drop_ambiguous(blocks: list[_Block], story: tuple[str, ...], title: str | None) -> None:
    """Remove furniture pieces a substring test could not tell apart: ones found in the story, the title or
    another piece (a tag word "Economy" in a story about the economy). The headline stays (it is the title)."""
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
        doc = "\n".join((rng.choice(marks) + ln) if ln and rng.random() < 0.35 else ln for ln in doc.split("\n"))
        if rng.random() < 0.5:
            doc = "\ufeff" + doc
    if rng.random() < 0.05:
        doc = doc.replace("\n", "\r\n")  # saved on Windows
    return doc + "\n", wrapped, invisible


def make_case(body: Body) -> Case:
    """The page around ``body``: locale, credit, byline and furniture drawn from a generator seeded by its id."""
    rng = random.Random(f"wirewash-eval:{body.id}")
    if body.language in LOCALES and body.language != "en":
        lang = body.language
    elif rng.random() < 0.55 or body.language not in LOCALES:
        lang = "en"
    else:
        lang = rng.choice([k for k in LOCALES if k != "en"])
    loc = LOCALES[lang]
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
        options = [t for t in loc["bylines"] if publisher or "{agency}" not in t]
        byline_tmpl = rng.choice(options)
    n_auth = _n_authors(byline_tmpl or "") or (1 if dateline_tmpl and "{a}" in dateline_tmpl else 0)
    page = _Page(rng, lang, loc)
    page.fields = _fields(rng, lang, loc, names, publisher)
    page.headlines = rng.sample(loc["headlines"], len(loc["headlines"]))
    title = body.title
    dateline = page.fill(dateline_tmpl) if dateline_tmpl else None
    blocks = _head(page, title if rng.random() < 0.92 else None, byline_tmpl)
    if provided:
        blocks.insert(rng.randrange(len(blocks) + 1), _Block([("credit_line", page.fill(provided))]))
    blocks += _body(page, body.paragraphs, dateline, body.language)
    blocks += _tail(page, publisher)
    has_headline = any(k == "headline" for b in blocks for k, _ in b.segments)
    title = title if has_headline else None
    _drop_ambiguous(blocks, body.paragraphs, title)
    raw, wrapped, invisible = _render(blocks, rng, lang)
    furniture = tuple(dict.fromkeys((k, t) for b in blocks for k, t in b.segments if k != "story"))
    if title and contains(" \n ".join(normalise(p) for p in body.paragraphs), normalise(title)):
        furniture = tuple(f for f in furniture if f[0] != "headline")
    byline = ", ".join(names[:n_auth]) if n_auth and any(k in ("byline", "dateline") for k, _ in furniture) else None
    if byline and not any(contains(normalise(t), normalise(names[0])) for k, t in furniture if k in ("byline", "dateline")):
        byline = None
    if publisher and not any(k in ("dateline", "credit_line") for k, _ in furniture):
        publisher = None
    if dateline_tmpl and publisher is None and not any(k == "dateline" for k, _ in furniture):
        dateline = None
    return Case(
        case_id=f"{body.id}", split=split_of(body.id), language=lang, raw_text=raw,
        story_paragraphs=body.paragraphs, furniture=furniture, title=title, publisher=publisher, byline=byline,
        wrapped=wrapped, body_language=body.language, source=body.source, invisible=invisible,
    )


def load_cases(split: str, data_dir: Path = DATA_DIR) -> list[Case]:
    """The cases of ``split`` ("dev", "test" or "all"), sorted by case_id. Deterministic for given data."""
    if split not in (*SPLITS, "all"):
        raise ValueError(f"split must be dev, test or all, not {split!r}")
    cases = [make_case(b) for b in load_bodies(Path(data_dir))]
    return [c for c in cases if split in ("all", c.split)]


# --- scoring ------------------------------------------------------------------------------------------------

def canonical_publisher(name: str | None) -> str | None:
    """The ``AGENCIES`` key a publisher string names, or the stripped string itself; None for empty."""
    n = normalise(name or "").strip("()/.- ")
    if not n:
        return None
    for canon, spellings in AGENCIES.items():
        if n == canon.casefold() or n in spellings:
            return canon
    return n


def _ratio(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


def score(cases: list[Case], outputs: dict[str, dict]) -> dict:
    """Leakage and story retention of a system's ``outputs`` ({case_id: {"text": ..., optional "title",
    "publisher", "byline"}}) on ``cases``.

    Returns ``leaked`` (furniture characters whose piece's normalised text is still found, as whole words, in
    the normalised output / all furniture characters), ``kept`` (story paragraphs whose normalised text is in
    the normalised output / all paragraphs), both also by furniture kind (``by_kind``: leaked), language and
    body source, ``missing`` (case ids without an output; scored as empty text), and ``title``/``publisher``/
    ``byline`` accuracy when any output carries that key. Shares are in [0, 1], None when nothing to count.
    """
    kind_tot, kind_leak = defaultdict(int), defaultdict(int)
    groups = {"language": defaultdict(lambda: [0, 0, 0, 0]), "source": defaultdict(lambda: [0, 0, 0, 0])}
    para_tot = para_kept = 0
    missing = []
    fields = {k: [0, 0, 0, 0] for k in ("title", "publisher", "byline")}  # right, given, spurious, absent
    for case in cases:
        out = outputs.get(case.case_id)
        if out is None:
            missing.append(case.case_id)
            out = {}
        text = normalise(out.get("text") or "")
        leak = tot = kept = 0
        for kind, piece in case.furniture:
            n = normalise(piece)
            kind_tot[kind] += len(n)
            tot += len(n)
            if contains(text, n):
                kind_leak[kind] += len(n)
                leak += len(n)
        for p in case.story_paragraphs:
            kept += normalise(p) in text
        para_tot += len(case.story_paragraphs)
        para_kept += kept
        for name, key in (("language", case.language), ("source", case.source)):
            g = groups[name][key]
            g[0] += leak
            g[1] += tot
            g[2] += kept
            g[3] += len(case.story_paragraphs)
        for name, counts in fields.items():
            if name not in out:
                continue
            want, got = getattr(case, name), out.get(name)
            if want is None:
                counts[3] += 1
                counts[2] += bool(got and str(got).strip())
            else:
                counts[1] += 1
                counts[0] += _field_right(name, want, got)
    result = {
        "cases": len(cases),
        "leaked": _ratio(sum(kind_leak.values()), sum(kind_tot.values())),
        "kept": _ratio(para_kept, para_tot),
        "by_kind": {k: _ratio(kind_leak[k], kind_tot[k]) for k in sorted(kind_tot)},
        "by_language": {k: {"leaked": _ratio(v[0], v[1]), "kept": _ratio(v[2], v[3])}
                        for k, v in sorted(groups["language"].items())},
        "by_source": {k: {"leaked": _ratio(v[0], v[1]), "kept": _ratio(v[2], v[3])}
                      for k, v in sorted(groups["source"].items())},
        "missing": missing,
    }
    for name, (right, given, spurious, absent) in fields.items():
        if given or absent:
            result[name] = {"accuracy": _ratio(right, given), "cases": given,
                            "spurious": _ratio(spurious, absent), "cases_without": absent}
    return result


def _field_right(name: str, want: str, got) -> bool:
    if not got:
        return False
    if name == "publisher":
        return canonical_publisher(str(got)) == want
    got_n = normalise(str(got))
    if name == "byline":
        return all(contains(got_n, normalise(a)) for a in want.split(", "))
    return got_n == normalise(want)
