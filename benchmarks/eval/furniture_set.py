"""A blind evaluation set for the cleaner: real article bodies wrapped in page furniture, as outlets lay pages
out.

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
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks import corpus
from benchmarks.eval.pages import compose
from benchmarks.eval.reuters import DEFAULT_DATA_DIR
from benchmarks.eval.scoring import canonical_publisher, contains, normalise, score

__all__ = ["Body", "Case", "canonical_publisher", "contains", "load_bodies", "load_cases", "make_case",
           "normalise", "score", "split_of"]

DATA_DIR = DEFAULT_DATA_DIR
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
    name, a key of ``locales.AGENCIES``; ``byline``: author names joined by ", "); None when the page has
    none.
    ``language`` is the furniture's language, ``body_language`` the story's; ``source`` the body's corpus
    (bbc, reuters, aeb); ``invisible``: format characters at line starts. ``unseen`` lists the furniture
    texts made from vocabulary that only test pages use (``pages.vocabulary_split``); empty on dev.
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
    unseen: tuple[str, ...] = ()


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
    r"|^[A-Z][A-Z .]{2,30}(?:, [A-Z][A-Za-z.]+)?\s*[—–:]\s+|^\((?:AP|Reuters|AFP|CNN)\)\s+"
)


# Ground-truth paragraphs that are themselves furniture (a wire tail, a rights line, a rule, a bare link): a
# cleaner is right to drop them, so they are no part of the story here.
_AEB_FURNITURE = re.compile(
    r"^\(?(?:Reporting|Editing|Writing|Additional reporting) by\b|©|^[\W_]*$|^(?:https?://|www\.)\S+$"
    r"|^— .{1,60}\(@\w+\) \w+ \d{1,2}, \d{4}$|\b(?:image|photo) credit\b|^originally published (?:on|in)\b"
    r"|^\[사진=|^Фото: |^\S+ 칼럼니스트 \S+@|^see (?:more photos|tweets)\s*:|^story timeline$|^click (?:for|here)\b"
    r"|^editor'?s note\b|^up next$|^link to\b|^(?:this (?:article|story) (?:was|is) )?originally published\b"
    r"|^follow .{1,40} on (?:facebook|twitter|instagram)\b|^ftc: |^copyright \d{4}\b|all rights reserved\.?$",
    re.IGNORECASE,
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


def _paragraphs(body: str) -> tuple[str, ...]:
    return tuple(_repair_utf8(p) for p in _REUTER_SIGNOFF.sub("", body).split("\n\n"))


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
            Body(s.id, src, "en", _paragraphs(s.body),
                 _repair_utf8(s.title))
            for s in pool if s.id in kept
        ][: SAMPLE[src]]
    aeb = sorted(_aeb_bodies(data_dir), key=lambda b: hashlib.sha256(b.id.encode()).hexdigest())
    chosen += aeb[: SAMPLE["aeb"]]
    return sorted(chosen, key=lambda b: b.id)


def make_case(body: Body) -> Case:
    """The case of ``body``: its page (``pages.compose``, seeded by the body id) and what to expect."""
    split = split_of(body.id)
    page = compose(body.id, body.paragraphs, body.title, body.language, split)
    return Case(
        case_id=body.id, split=split, language=page.language, raw_text=page.raw_text,
        story_paragraphs=body.paragraphs, furniture=page.furniture, title=page.title,
        publisher=page.publisher, byline=page.byline, wrapped=page.wrapped, body_language=body.language,
        source=body.source, invisible=page.invisible, unseen=page.unseen,
    )


def load_cases(split: str, data_dir: Path = DATA_DIR) -> list[Case]:
    """The cases of ``split`` ("dev", "test" or "all"), sorted by case_id. Deterministic for given data."""
    if split not in (*SPLITS, "all"):
        raise ValueError(f"split must be dev, test or all, not {split!r}")
    cases = [make_case(b) for b in load_bodies(Path(data_dir))]
    return [c for c in cases if split in ("all", c.split)]


def counts(cases: list[Case]) -> str:
    """Markdown tables of cases per split, layout language and furniture kind (the README's counts)."""
    splits = sorted({c.split for c in cases})
    part = {s: [c for c in cases if c.split == s] for s in splits}
    header = "| split | cases | bbc | reuters | aeb | wrapped | invisible | paragraphs | pieces | title | publisher"
    lines = [header + " | byline |", "|---" * 12 + "|"]
    for s in splits:
        cs = part[s]
        src = Counter(c.source for c in cs)
        lines.append(
            f"| {s} | {len(cs)} | {src['bbc']} | {src['reuters']} | {src['aeb']} | {sum(c.wrapped for c in cs)} "
            f"| {sum(c.invisible for c in cs)} | {sum(len(c.story_paragraphs) for c in cs)} "
            f"| {sum(len(c.furniture) for c in cs)} | {sum(c.title is not None for c in cs)} "
            f"| {sum(c.publisher is not None for c in cs)} | {sum(c.byline is not None for c in cs)} |"
        )
    for title, key in (("language", lambda c: [c.language]), ("kind", lambda c: [k for k, _ in c.furniture])):
        per = {s: Counter(x for c in part[s] for x in key(c)) for s in splits}
        names = sorted(set().union(*per.values()), key=lambda x: -sum(per[s][x] for s in splits))
        lines += ["", f"| {title} | " + " | ".join(splits) + " |", "|---" * (len(splits) + 1) + "|"]
        lines += [f"| {n} | " + " | ".join(str(per[s][n]) for s in splits) + " |" for n in names]
    return "\n".join(lines)


if __name__ == "__main__":
    print(counts(load_cases("all")))
