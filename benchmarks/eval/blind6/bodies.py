"""Real story bodies for blind6: BBC News 2004-05, Reuters-21578 prose stories and hand-labelled bodies of the
article-extraction-benchmark, each with its headline, drawn with a fixed seed.

Left out: a body whose text repeats its headline (the headline could not be told from the story) or one
of its own paragraphs, whole or inside another (some BBC files do, and pages' pull quotes; a cleaner would be
right to drop the copy), or a paragraph that does not start and end as a sentence (BBC files whose links' words
were lost); Reuters
tables and one-paragraph items (the cleaner would be right to treat "Shr 12 cts vs 10 cts" lines apart);
labelled English bodies (their own leading wire dateline removed) cut short ("...") or holding lines a cleaner should remove (credits, sign-ups, embeds), found
by a word list (written here, before any run) that errs towards leaving a body out.
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

from benchmarks.eval.reuters import iter_stories


@dataclass(frozen=True)
class Body:
    source: str  # "bbc/business/001", "reuters/123", "aeb/<id>"
    headline: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def split(self) -> str:
        """``dev`` or ``test`` by the SHA-256 of the text, about 55 / 45."""
        return "dev" if int(hashlib.sha256(self.text.encode()).hexdigest()[:8], 16) % 100 < 55 else "test"


_SEED = "blind6-bodies"
_COUNTS = {"bbc": 285, "reuters": 180, "aeb": 50}
_MAX_CHARS = 4000
_TABLE = re.compile(r"\bvs\b|\bcts\b|\bmln\b.*\bmln\b|^\s*[A-Z][A-Za-z ]+\s{2,}\S", re.M)
_DATELINE = re.compile(r"^(?:[A-Z][a-z]+ ){0,2}\([A-Za-z ]+\)\s*[—–-]{0,2}\s*|"
                       r"^[A-Z][A-Z .'-]+(?:, [A-Z][A-Za-z .]+)?(?: \([A-Za-z ]+\))?\s*(?:—|–|-{1,2}|:)\s+")
# A whole paragraph starts and ends as a sentence does; some BBC files lost their links' words and hold
# fragments ("On Tuesday," / ", who had already qualified ...").
_WHOLE = re.compile(r"^[A-Z0-9\"'‘“(£$€].*[.!?\"'’”)]$", re.S)
# Words of a labelled body's lines that may be furniture the benchmark's labellers kept in.
_SUSPECT = re.compile(r"©|copyright|subscribe|sign up|newsletter|follow us|photo|getty|image|reporting by|"
                      r"editing by|contributed|click|read more|advertis|twitter|instagram|facebook|"
                      r"\.\.\.$|…$|@\w|https?://|www\.|all rights|\bRRP\b|adapted from|original source|"
                      r"originally (?:published|appeared)|\b(?:PTI|IANS|AP|AFP)$", re.I)


def _sentence_case(title: str) -> str:
    """A Reuters all-capitals headline in sentence case ("U.S. FIRM SAYS" -> "U.S. firm says")."""
    words = title.lower().split()
    out = [w.upper() if "." in w and len(w) <= 5 else w for w in words]
    return " ".join(out)[:1].upper() + " ".join(out)[1:]


def _repeats(headline: str, paragraphs: tuple[str, ...]) -> bool:
    """Whether the headline is empty or in the text, or a paragraph comes twice (a cleaner may drop a copy)."""
    key = " ".join(headline.casefold().split())
    return not key or any(key in " ".join(p.casefold().split()) for p in paragraphs) or \
        any(a in b for i, a in enumerate(paragraphs) for j, b in enumerate(paragraphs) if i != j)


def _bbc(data: Path) -> list[Body]:
    out = []
    for path in sorted((data / "bbc-news").glob("*/*.txt")):
        lines = path.read_text(encoding="latin-1").split("\n")
        paragraphs = tuple(" ".join(p.split()) for p in "\n".join(lines[1:]).split("\n\n") if p.strip())
        out.append(Body(f"bbc/{path.parent.name}/{path.stem}", lines[0].strip(), paragraphs))
    return out


def _reuters(data: Path) -> list[Body]:
    out = []
    for story in iter_stories(data):
        text = re.sub(r"\s*\bReuter\s*$", "", story.text.strip(), flags=re.I)
        if _TABLE.search(text) or not story.title:
            continue
        paragraphs = tuple(" ".join(p.split()) for p in re.split(r"\n\s{3,}", "\n" + text) if p.strip())
        if len(paragraphs) >= 3 and all(len(p) > 60 for p in paragraphs):
            # Titles name companies' tickers in angle brackets ("GM <GM> MID-MARCH ..."); pages drop them.
            title = " ".join(re.sub(r"<[^>]*>", " ", story.title).split())
            out.append(Body(f"reuters/{story.id}", _sentence_case(title), paragraphs))
    return out


def _aeb(data: Path) -> list[Body]:
    folder = data / "article-extraction-benchmark"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for key, item in sorted(truth.items()):
        paragraphs = tuple(" ".join(p.split()) for p in item["articleBody"].split("\n") if p.strip())
        # The body's own wire dateline ("SANTA FE, N.M. (AP) — ") is furniture of its first publisher.
        paragraphs = (_DATELINE.sub("", paragraphs[0]), *paragraphs[1:]) if paragraphs else paragraphs
        if len(paragraphs) < 3 or any(len(p) < 40 or _SUSPECT.search(p) for p in paragraphs) or \
                not "".join(paragraphs).isascii() and sum(map(str.isascii, "".join(paragraphs))) < 0.9 * len(
                    "".join(paragraphs)):
            continue
        page = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        title = re.search(r"<title[^>]*>(.*?)</title>", page, re.S | re.I)
        if not title:
            continue
        # The page's <title> carries the site's name after a separator; the headline is the longest part.
        parts = re.split(r"\s+(?:[|\-–—:]|--)\s+", " ".join(html.unescape(title.group(1)).split()))
        out.append(Body(f"aeb/{key[:12]}", max(parts, key=len), paragraphs))
    return out


def load_bodies(data: Path) -> list[Body]:
    """The set's bodies: a seeded draw of each source's usable stories, in source order."""
    rng = random.Random(_SEED)
    chosen: list[Body] = []
    for name, loader in (("bbc", _bbc), ("reuters", _reuters), ("aeb", _aeb)):
        usable = [b for b in loader(data) if len(b.text) <= _MAX_CHARS and not _repeats(b.headline, b.paragraphs)
                  and all(_WHOLE.match(p) for p in b.paragraphs)]
        seen: set[str] = set()
        unique = [b for b in usable if not (b.text in seen or seen.add(b.text))]
        chosen += rng.sample(unique, min(_COUNTS[name], len(unique)))
    return chosen


def headline_pool(data: Path, used: list[Body]) -> list[str]:
    """Real BBC headlines of stories not in the set, for English related and read-also inserts."""
    taken = {b.headline for b in used}
    return sorted({b.headline for b in _bbc(data)} - taken)
