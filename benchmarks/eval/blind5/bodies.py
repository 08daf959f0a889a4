"""Real story bodies for the blind5 set: BBC News 2004-05, Reuters-21578 and the
article-extraction-benchmark's hand-checked pages, picked deterministically and split into dev and test by a
hash of the body text.

A ``Body`` is one story: its real headline and its paragraphs (each a single line of plain text). Furniture is
added later by ``compose``; nothing here is furniture, so Reuters' closing "Reuter" sign-off and its own
datelines are taken out of the bodies.
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

SEED = "blind5-2026-12"
SHORT = 600  # characters: a body under this is "short"; at most a quarter of the picked bodies may be
_TAKE = {"bbc": 248, "reuters": 180, "aeb": 80}  # the labelled pages give 72 usable bodies


@dataclass(frozen=True)
class Body:
    """One real story. ``key`` is unique (corpus and file/record id); ``paragraphs`` are non-empty lines."""

    key: str
    corpus: str
    headline: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def split(self) -> str:
        """``dev`` or ``test``: a function of the body text alone, so a story can never be in both."""
        return "dev" if int(self.digest[:8], 16) % 2 == 0 else "test"


def _clean_lines(lines: list[str]) -> tuple[str, ...]:
    return tuple(" ".join(line.split()) for line in lines if line.strip())


def _decode(raw: bytes) -> str:
    # The BBC files are UTF-8 ("£"), all but one, which is Latin-1.
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def bbc_bodies(root: Path) -> list[Body]:
    """Every BBC article: first line the headline, paragraphs separated by blank lines."""
    out = []
    for path in sorted(root.glob("*/*.txt")):
        # A few BBC files hold character references ("clich&#233;d") where the page had the character.
        lines = html.unescape(_decode(path.read_bytes())).split("\n")
        headline, rest = lines[0].strip(), "\n".join(lines[1:])
        paragraphs = _clean_lines(re.split(r"\n\s*\n", rest))
        out.append(Body(f"bbc/{path.parent.name}/{path.stem}", "bbc", headline, paragraphs))
    return out


_REUTERS = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\".*?<TITLE>(.*?)</TITLE>.*?<BODY>(.*?)</BODY>", re.S)


def _reuters_headline(title: str) -> str:
    # Reuters-21578 headlines are all capitals, which no outlet prints today: sentence case reads as a page
    # would, keeping dotted abbreviations (U.S., U.K.) in capitals.
    words = [w if "." in w.strip(".") else w.lower() for w in html.unescape(title).split()]
    title = " ".join(words)
    return title[:1].upper() + title[1:]


def reuters_bodies(root: Path) -> list[Body]:
    """Every Reuters-21578 story with a body; paragraphs start with an indented line, the wire's
    closing "Reuter" sign-off is dropped."""
    out = []
    for path in sorted(root.glob("reut2-*.sgm")):
        for newid, title, body in _REUTERS.findall(path.read_text(encoding="latin-1")):
            body = html.unescape(re.sub(r"&#\d+;", "", body))
            body = re.sub(r"\s*\bReuter\s*$", "", body.rstrip(), flags=re.I)
            paragraphs = _clean_lines(re.split(r"\n(?=\s{2,}\S)", body))
            if paragraphs and title.strip():
                out.append(Body(f"reuters/{newid}", "reuters", _reuters_headline(title), paragraphs))
    return out


def _page_title(page: Path) -> str:
    raw = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
    match = re.search(r"<title[^>]*>(.*?)</title>", raw, re.S | re.I)
    title = " ".join(html.unescape(match.group(1)).split()) if match else ""
    # Page titles carry the site's name (and section) after a separator: the headline is before the first
    # " | ", or before the last dash, which a headline may hold itself.
    title = title.split(" | ")[0]
    return re.split(r"\s+[\-\u2013\u2014]\s+(?=[^\-\u2013\u2014]*$)", title)[0]


# The labelled bodies keep some of their pages' own furniture. A leading dateline ("BUFFALO, N.Y. — ",
# "(Reuters) — ", "Hong Kong (CNN Business) ") is taken off, as compose adds the outlet's own; a body with a
# credit, note, embed or prompt line is not used, since a cleaner would be right to remove it.
_PLACE = r"[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*"
_DATELINE = re.compile(rf"^(?:{_PLACE}(?:,\s+{_PLACE})?\s*)?"
                       r"(?:\([\w .]{2,30}\)\s*)?(?:—|–|--|-)\s+(?=[A-Z“\"])"
                       r"|^(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+)?\((?:CNN(?: Business)?|AP|AFP|Reuters)\)\s+")
_OWN_FURNITURE = re.compile(r"(?i)copyright|©|all rights reserved|originally (?:published|appeared)|"
                            r"image credit|editor'?s note|adapted from|^click|^read more|^related|^photo|"
                            r"^\(?image|sign up|subscribe|follow (?:us|him|her)|newsletter|"
                            r"contributed to this|^\(graphic|\(@\w+\)")


def aeb_bodies(root: Path) -> list[Body]:
    """The labelled pages' hand-checked bodies, one paragraph per line, headline from the page's <title>;
    without a leading dateline, and without the bodies that hold credit or prompt lines."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for key in sorted(truth):
        paragraphs = _clean_lines(truth[key]["articleBody"].split("\n"))
        headline = _page_title(root / "html" / f"{key}.html.gz")
        if paragraphs:
            paragraphs = (_DATELINE.sub("", paragraphs[0], count=1), *paragraphs[1:])
        if headline and not any(_OWN_FURNITURE.search(p) for p in paragraphs):
            out.append(Body(f"aeb/{key[:16]}", "aeb", headline, paragraphs))
    return out


def _usable(body: Body) -> bool:
    # At least three real paragraphs, none a bare fragment, and a headline the body does not repeat (a page
    # title copied from the lead could not be told apart from the story).
    return (body.headline.lower() not in body.text.lower() and len(body.paragraphs) >= 3
            and len(body.text) >= 350 and len(body.headline) >= 12
            and all(len(p) >= 25 for p in body.paragraphs) and len(body.text) <= 9000)


def pick_bodies(data: Path) -> list[Body]:
    """About 500 usable bodies (BBC 248, Reuters 180, labelled pages up to 80), seeded and deduplicated
    by text, first paragraph and headline; at most a quarter shorter than ``SHORT`` characters. Raises
    ``FileNotFoundError`` when ``data`` lacks one of the three corpora."""
    pools = {"bbc": bbc_bodies(data / "bbc-news"), "reuters": reuters_bodies(data / "reuters21578"),
             "aeb": aeb_bodies(data / "article-extraction-benchmark")}
    seen: set[str] = set()
    picked: list[Body] = []
    for corpus, pool in pools.items():
        candidates = [b for b in pool if _usable(b)]
        random.Random(f"{SEED}:{corpus}").shuffle(candidates)
        taken, short = 0, 0
        for body in candidates:
            marks = {body.digest, body.paragraphs[0].lower(), body.headline.lower()}
            is_short = len(body.text) < SHORT
            if marks & seen or (is_short and short >= _TAKE[corpus] // 4):
                continue
            seen |= marks
            picked.append(body)
            taken, short = taken + 1, short + is_short
            if taken == _TAKE[corpus]:
                break
    return picked


def spare_headlines(data: Path, exclude: set[str], count: int = 400) -> list[str]:
    """Real BBC headlines of stories not picked, for "more on this story" lists and read-also inserts."""
    chosen = {b.headline for b in pick_bodies(data)} | exclude
    pool = sorted({b.headline for b in bbc_bodies(data / "bbc-news")} - chosen)
    random.Random(f"{SEED}:spare").shuffle(pool)
    return pool[:count]
