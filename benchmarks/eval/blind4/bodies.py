"""Real story bodies for blind4: BBC News, Reuters-21578 and the article-extraction-benchmark pages.

Every body is real prose written by a newsroom; the furniture around it is added later (``compose``). Bodies
are screened so that no paragraph is itself furniture (a credit, a copyright, a "Reporting by" line): a
paragraph the cleaner removes for a good reason would otherwise count as lost story. Near-copies among the
chosen bodies are dropped, so the pipeline's dedup stage has no true duplicate to find.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

MIN_PARAGRAPH_CHARS = 40
MIN_WORDS, MAX_WORDS = 120, 1400
MAX_SHINGLE_JACCARD = 0.2

# A paragraph opening or holding one of these is a wire's own furniture left in the source text.
_FURNITURE_IN_BODY = re.compile(
    r"^\(?[A-Z][A-Za-z .]{1,30}\)\s*[-\u2013\u2014]"  # "(Reuters) -"
    r"|^(?-i:[A-Z][A-Z .,'-]+(?:,[^(]{0,20})?\([A-Za-z .]+\)\s*[-\u2013\u2014])"  # "SAN FRANCISCO (AP) -"
    r"|^(?-i:[A-Z][A-Z.]+(?: [A-Z.]+)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)? (?:--|-|\u2013|\u2014))"  # "BERLIN --"
    r"|^[^\w\"\u201c\u2018']"  # a team sheet's ": Murphy, Horgan, ..." or a bullet
    r"|^vote\b|\bin graphics$|hear more on this story"  # BBC page widgets and plugs kept in its text
    r"|\u00a9|copyright|all rights reserved|reporting by|editing by"
    r"|advertisement|read more|sign up|subscribe|newsletter|click here|follow (?:us|him|her)|@\w|https?://"
    r"|originally (?:published|appeared)|original (?:source|article)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Body:
    """One real story: ``paragraphs`` in reading order (each one line, no blank), ``headline`` its own title.

    ``story_id`` is 16 hex digits of the SHA-1 of the paragraphs: the key of the dev/test split.
    """

    story_id: str
    origin: str  # "bbc", "reuters" or "aeb"
    headline: str
    paragraphs: tuple[str, ...]


def story_id(paragraphs: tuple[str, ...]) -> str:
    """16 hex digits naming a body by its text alone, so the split does not depend on where it was read."""
    return hashlib.sha1("\n".join(paragraphs).encode("utf-8")).hexdigest()[:16]


def _clean_paragraphs(raw: list[str]) -> tuple[str, ...] | None:
    paragraphs = tuple(" ".join(p.split()) for p in raw if p.strip())
    if len(paragraphs) < 3:
        return None
    if any(len(p) < MIN_PARAGRAPH_CHARS or _FURNITURE_IN_BODY.search(p) for p in paragraphs):
        return None
    # A paragraph that ends without a sentence's punctuation is a headline, a list or a product box.
    if any(not re.search(r"[.!?:;\"'\u201d\u2019)]$", p) for p in paragraphs):
        return None
    # Tables of figures (Reuters results) are not prose a cleaner can be judged on.
    if any(sum(ch.isdigit() for ch in p) > 0.15 * len(p) for p in paragraphs):
        return None
    words = sum(len(p.split()) for p in paragraphs)
    return paragraphs if MIN_WORDS <= words <= MAX_WORDS else None


def _make(origin: str, headline: str, raw: list[str]) -> Body | None:
    headline = " ".join(headline.split())
    paragraphs = _clean_paragraphs(raw)
    if paragraphs is None or not 10 <= len(headline) <= 140:
        return None
    return Body(story_id(paragraphs), origin, headline, paragraphs)


def read_bbc(folder: Path) -> list[Body]:
    """BBC News: ``<category>/NNN.txt``, headline on the first line, paragraphs split by blank lines.

    The folder's README says latin-1, but 646 files hold UTF-8 (``\xc2\xa3`` for the pound sign): UTF-8 first.
    """
    bodies = []
    for path in sorted(folder.glob("*/*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        # a few files hold HTML character references ("communiqu&#233;"), an artefact of their scraping
        lines = html.unescape(text).split("\n", 1)
        if len(lines) == 2:
            body = _make("bbc", lines[0], re.split(r"\n\s*\n", lines[1]))
            if body:
                bodies.append(body)
    return bodies


_SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"]
)


def _title_case(title: str) -> str:
    """Reuters-21578 titles are in capitals; a page shows them in headline case, abbreviations kept ("U.S.")."""
    words = []
    for i, word in enumerate(title.lower().split()):
        if "." in word.strip(".") and len(word) <= 5:
            words.append(word.upper())
        elif i and word in _SMALL_WORDS:
            words.append(word)
        else:
            words.append(word[:1].upper() + word[1:])
    return " ".join(words)


_REUTERS = re.compile(r"<TITLE>(.*?)</TITLE>.*?<BODY>(.*?)</BODY>", re.DOTALL)


def read_reuters(folder: Path) -> list[Body]:
    """Reuters-21578: ``reut2-*.sgm``; a paragraph starts at a line indented by spaces; the "Reuter" sign-off is cut."""
    bodies = []
    for path in sorted(folder.glob("reut2-*.sgm")):
        for title, text in _REUTERS.findall(path.read_text(encoding="latin-1")):
            text = html.unescape(text).replace("\x03", "")
            text = re.sub(r"\s*Reuter\s*$", "", text.strip(), flags=re.IGNORECASE)
            raw = re.split(r"\n(?=\s{2,}\S)", text)
            title = html.unescape(title)
            if "<" in title or len(title) > 90:  # ticker symbols and run-on flash headlines
                continue
            body = _make("reuters", _title_case(title), raw)
            if body:
                bodies.append(body)
    return bodies


_OG_TITLE = re.compile(
    r"<meta[^>]+property=[\"']og:title[\"'][^>]+content=(?:\"([^\"]+)\"|'([^']+)')", re.IGNORECASE
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _page_headline(page: str) -> str:
    found = _OG_TITLE.search(page) or _TITLE.search(page)
    if not found:
        return ""
    title = html.unescape(next(g for g in found.groups() if g)).strip()
    # "Headline | Site" / "Headline - Site": the site's name is the page's furniture, not the headline.
    parts = re.split(r"\s+[|\u2013\u2014-]\s+", title)
    while len(parts) > 1 and len(parts[-1]) < 30:
        parts.pop()
    return " - ".join(parts)


def read_aeb(folder: Path) -> list[Body]:
    """article-extraction-benchmark: hand-checked ``articleBody`` per page, headline from the page's og:title/title."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    bodies = []
    for page_id in sorted(truth):
        page_path = folder / "html" / f"{page_id}.html.gz"
        if not page_path.exists():
            continue
        page = gzip.decompress(page_path.read_bytes()).decode("utf-8", errors="replace")
        body = _make("aeb", _page_headline(page), truth[page_id]["articleBody"].split("\n"))
        if body:
            bodies.append(body)
    return bodies


def _shingles(body: Body) -> set[int]:
    words = " ".join(body.paragraphs).lower().split()
    return {hash((words[i], words[i + 1], words[i + 2])) for i in range(len(words) - 2)}


def choose(pool: list[Body], count: int, seed: int) -> list[Body]:
    """``count`` bodies drawn from ``pool`` by ``seed``, no two sharing their headline or over 0.2 shingle Jaccard.

    Returns fewer than ``count`` only when the pool runs out. Order: the draw's order (deterministic).
    """
    rng = random.Random(seed)
    order = sorted(pool, key=lambda b: b.story_id)
    rng.shuffle(order)
    chosen: list[Body] = []
    signatures: list[set[int]] = []
    headlines: set[str] = set()
    for body in order:
        if len(chosen) == count:
            break
        if body.headline.lower() in headlines:
            continue
        sig = _shingles(body)
        if any(len(sig & other) / max(1, len(sig | other)) > MAX_SHINGLE_JACCARD for other in signatures):
            continue
        chosen.append(body)
        signatures.append(sig)
        headlines.add(body.headline.lower())
    return chosen


def load_bodies(data: Path, seed: int, per_origin: dict[str, int]) -> list[Body]:
    """The evaluation's bodies: ``per_origin`` counts drawn from each corpus under ``data`` (the shared data folder)."""
    readers = {
        "bbc": lambda: read_bbc(data / "bbc-news"),
        "reuters": lambda: read_reuters(data / "reuters21578"),
        "aeb": lambda: read_aeb(data / "article-extraction-benchmark"),
    }
    chosen: list[Body] = []
    for origin, count in per_origin.items():
        chosen.extend(choose(readers[origin](), count, seed))
    # Near-copies across corpora (a Reuters story in a benchmark page) are rare; drop them too.
    return choose(chosen, len(chosen), seed)
