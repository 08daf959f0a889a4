"""Real story bodies, read at run time from the shared data folder (never copied into the repository).

Sources: Reuters-21578 SGML (``reuters21578/reut2-*.sgm``), BBC News (``bbc-news/<category>/NNN.txt``, first
line the headline) and the hand-checked bodies of the article-extraction benchmark
(``article-extraction-benchmark/ground-truth.json``, no headline). Each body is a list of paragraphs with
whitespace collapsed; furniture-like story paragraphs (another outlet's report, a lead repeating the headline,
the story's own list, a quoted post) are tagged as traps: story text that must stay.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

MAX_PARAGRAPHS = 12
MAX_CHARS = 5000
REUTERS_FILES = 6  # the first 6 of 22 files hold about 2,700 usable stories, more than the set needs


@dataclass(frozen=True)
class Body:
    """One real story: ``paragraphs`` are its text; ``traps`` maps a paragraph index to a trap kind."""

    source: str  # reuters | bbc | aeb
    doc_id: str
    headline: str | None
    paragraphs: tuple[str, ...]
    language: str = "en"
    traps: dict[int, str] = field(default_factory=dict)


_WS = re.compile(r"\s+")
_OUTLET = re.compile(
    r"\b(told (the )?(BBC|Reuters|[A-Z][\w.]+ (newspaper|magazine|radio|television|TV))"
    r"|(newspaper|Times|Journal|Post|Guardian|Telegraph|agency|Mail|Mirror|Independent|Tass|Kyodo|Xinhua)"
    r" (reported|said|quoted)"
    r"|according to (the )?(Reuters|Bloomberg|Associated Press|AFP|BBC|Financial Times|[A-Z]\w+ newspaper"
    r"|news agency|Wall Street Journal|New York Times))"
)
_BULLET = re.compile(r"^\s*([•●▪◦·*\-–]|\d{1,2}[.)])\s+\S")
_TWEET = re.compile(
    r"\b(tweet(ed|s)?|Twitter|on X\b|Instagram|Facebook post|wrote on|posted on)", re.IGNORECASE
)
_EMBED = re.compile(
    r"pic\.twitter\.com|\(@\w+\)\s+\w+ \d{1,2}, \d{4}|View this post on Instagram|A post shared by|"
    r"^— .*\(@\w+\)",
)
_WORD = re.compile(r"[a-z]{4,}")
# the benchmark's labels keep a wire dateline as article text; wirewash removes it as a credit, so it is cut
# here rather than counted as story text
_AEB_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.,' ]+(?:, [A-Z][a-z]+\.(?: ?[A-Z]\.)?)?\s*(?:\([A-Za-z]+\))?|\([A-Za-z]+\))\s*[—–-]{1,2}\s+"
    r"|^\((?:CNN|AP|Reuters|AFP)\)\s+"
)


def _collapse(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _traps(headline: str | None, paragraphs: list[str]) -> dict[int, str]:
    traps: dict[int, str] = {}
    for i, p in enumerate(paragraphs):
        if _BULLET.match(p):
            traps[i] = "own_list"
        elif _TWEET.search(p) and ('"' in p or "“" in p or "'" in p):
            traps[i] = "quoted_post"
        elif _OUTLET.search(p):
            traps[i] = "other_outlet"
    if headline and paragraphs:
        words = set(_WORD.findall(headline.lower()))
        lead = set(_WORD.findall(paragraphs[0].lower()))
        if len(words) >= 2 and len(words & lead) >= 0.6 * len(words):
            traps.setdefault(0, "lead_repeats_headline")
    return traps


def _finish(
    source: str, doc_id: str, headline: str | None, paragraphs: list[str], language: str = "en"
) -> Body | None:
    paragraphs = [p for p in (_collapse(p) for p in paragraphs) if p][:MAX_PARAGRAPHS]
    while paragraphs and sum(map(len, paragraphs)) > MAX_CHARS and len(paragraphs) > 2:
        paragraphs.pop()
    if len(paragraphs) < 2 or sum(map(len, paragraphs)) < 300:
        return None
    headline = _collapse(headline) if headline else None
    return Body(source, doc_id, headline, tuple(paragraphs), language, _traps(headline, paragraphs))


def reuters_bodies(data: Path) -> list[Body]:
    """Reuters-21578 stories with a title and 2+ paragraphs, no column tables; trailing 'Reuter' dropped."""
    out: list[Body] = []
    story = re.compile(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', re.DOTALL)
    for path in sorted((data / "reuters21578").glob("reut2-*.sgm"))[:REUTERS_FILES]:
        for newid, inner in story.findall(path.read_text(encoding="latin-1")):
            title = re.search(r"<TITLE>(.*?)</TITLE>", inner, re.DOTALL)
            body = re.search(r"<BODY>(.*?)</BODY>", inner, re.DOTALL)
            if not (title and body):
                continue
            text = html.unescape(body.group(1)).replace("\x03", "")
            text = re.sub(r"\s*\b(REUTER|Reuter)\s*$", "", text.strip())
            if re.search(r"\S {3,}\S|\t", text) or "<" in text:
                continue
            paragraphs = re.split(r"\n(?=\s)", text)
            found = _finish("reuters", f"reuters-{newid}", html.unescape(title.group(1)), paragraphs)
            if found and len(found.paragraphs) >= 3:
                out.append(found)
    return out


def bbc_bodies(data: Path) -> list[Body]:
    out: list[Body] = []
    for path in sorted((data / "bbc-news").glob("*/*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:  # the folder's README says latin-1; all but one file are UTF-8
            text = raw.decode("latin-1")
        lines = text.split("\n", 1)
        if len(lines) < 2:
            continue
        paragraphs = re.split(r"\n\s*\n", lines[1])
        found = _finish("bbc", f"bbc-{path.parent.name}-{path.stem}", lines[0], paragraphs)
        if found:
            out.append(found)
    return out


def _script_language(text: str) -> str:
    counts = {
        "ru": len(re.findall(r"[\u0400-\u04ff]", text)),
        "ja": len(re.findall(r"[\u3040-\u30ff]", text)),
        "zh": len(re.findall(r"[\u4e00-\u9fff]", text)),
        "ko": len(re.findall(r"[\uac00-\ud7af]", text)),
        "ar": len(re.findall(r"[\u0600-\u06ff]", text)),
    }
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    if lang == "zh" and counts["ja"] > 0.1 * n:
        lang = "ja"
    return lang if n > 0.2 * len(text) else "en"


def aeb_bodies(data: Path) -> list[Body]:
    """Hand-checked bodies of the article-extraction benchmark, less embedded-post lines the labels kept."""
    truth = json.loads((data / "article-extraction-benchmark" / "ground-truth.json").read_text("utf-8"))
    out: list[Body] = []
    for key in sorted(truth):
        text = truth[key]["articleBody"]
        paragraphs = [p.strip() for p in text.split("\n") if p.strip() and not _EMBED.search(p)]
        if paragraphs:
            paragraphs[0] = _AEB_DATELINE.sub("", paragraphs[0])
        found = _finish("aeb", f"aeb-{key[:12]}", None, paragraphs, _script_language(text))
        if found:
            out.append(found)
    return out


@lru_cache(maxsize=2)
def load_bodies(data: Path) -> dict[str, tuple[Body, ...]]:
    """{source: bodies}, each in a fixed order with exact repeats of a body removed (read once a process)."""
    seen: set[str] = set()
    out: dict[str, list[Body]] = {}
    for name, reader in (("reuters", reuters_bodies), ("bbc", bbc_bodies), ("aeb", aeb_bodies)):
        kept = []
        for body in reader(data):
            key = " ".join(body.paragraphs)[:400]
            if key not in seen:
                seen.add(key)
                kept.append(body)
        out[name] = tuple(kept)
    return out
