"""Score the pipeline's Parquet output against the truth ``build`` wrote, treating the cleaner as a black box.

Definitions (all after ``norm``: NFKC, curly quotes and dashes made ASCII, whitespace runs made one space
within a line):
- story kept: a body paragraph counts as kept when it occurs in the output ``text`` (its spaces may be line
  breaks there). Each occurrence is then taken out of the text, leaving the *residual*.
- leaked furniture: each injected piece (a line, or a part of a line between separators such as " | "; less
  the punctuation at its ends) counts as leaked, with all its characters, when it occurs in the residual;
  pieces are matched longest first and each match is consumed, so a piece injected once is found once. A
  piece under 20 characters must also stand alone: no letter or digit glued to either end and a residual
  line of at most 120 characters around it (so "Share" inside a story sentence the cleaner altered is not
  counted).
- title right: ``title`` equals the injected headline ignoring case, whitespace and end punctuation.
- byline right (pages whose furniture names authors): the ``byline`` column split on commas, "and" and the
  outlets' own joiners (et, und, y, e, и, 、, ·, و) gives the same names, ignoring case and whitespace.
Pages in ``rejected`` or absent from the output are counted and listed, never scored as clean.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_ASCII = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "«": '"',
                        "»": '"', "–": "-", "—": "-", "―": "-", "−": "-", "\u00ad": None, "\u200b": None,
                        "\u2060": None, "\ufeff": None})
_SHORT, _SHORT_LINE = 20, 120
_ENDS = " .,:;!?|•·-_"
_JOINERS = re.compile(r"\s*(?:,|;|&|、|·|\s(?:and|und|et|y|e|и)\s|\sو(?=\S))\s*", re.I)


def norm(text: str) -> str:
    """Character references decoded, NFKC, ASCII quotes and dashes, spaces collapsed within lines, blank lines
    dropped. Some real bodies carry references as text ("Pascal Pap&#233;"), which an HTML page escapes again
    and a cleaner may decode: "Papé" is the same story text, not a lost paragraph."""
    text = unicodedata.normalize("NFKC", html.unescape(text)).translate(_ASCII)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _pattern(piece: str) -> re.Pattern[str]:
    return re.compile(r"[ \n]".join(re.escape(word) for word in piece.split(" ")))


def _standalone(residual: str, start: int, end: int) -> bool:
    before = residual[start - 1] if start else "\n"
    after = residual[end] if end < len(residual) else "\n"
    glued = (before.isascii() and before.isalnum() and residual[start].isalnum()) or \
            (after.isascii() and after.isalnum() and residual[end - 1].isalnum())
    line_start = residual.rfind("\n", 0, start) + 1
    line_end = residual.find("\n", end)
    line = residual[line_start:line_end if line_end >= 0 else len(residual)]
    return not glued and len(line) <= _SHORT_LINE


def _take(residual: str, piece: str, strict: bool) -> tuple[bool, str]:
    """Whether ``piece`` occurs in ``residual`` (standing alone when ``strict``), and the residual with that
    occurrence replaced by a line break."""
    for match in _pattern(piece).finditer(residual):
        if not strict or _standalone(residual, match.start(), match.end()):
            return True, residual[:match.start()] + "\n" + residual[match.end():]
    return False, residual


def _core(piece: str) -> str:
    """A piece as matched and counted: normalised, without the punctuation at its ends that a cleaner may
    keep or drop on its own ("Sign up here." and "Sign up here" are one leak)."""
    return norm(piece).replace("\n", " ").strip(_ENDS)


def names(byline: str | None) -> list[str]:
    """A byline as sorted case-folded names: ``"Jane Doe and JOHN ROE"`` -> ``["jane doe", "john roe"]``."""
    if not byline:
        return []
    return sorted(" ".join(part.split()).casefold() for part in _JOINERS.split(norm(byline)) if part.strip())


def same_title(title: str | None, headline: str) -> bool:
    """``title`` equals ``headline`` ignoring case, whitespace and quotes or stops at either end."""
    def key(text: str) -> str:
        return norm(text).replace("\n", " ").strip(" .:;!?'\"").casefold()
    return bool(title) and key(title) == key(headline)


@dataclass
class DocScore:
    """One page's figures: characters injected and leaked per kind (and for test-only wordings), paragraphs
    kept, and the leaked pieces as (kind, text)."""

    doc_id: str
    paragraphs: int
    kept: int
    title_ok: bool
    byline_ok: bool | None
    byline_invented: bool
    injected: dict[str, int] = field(default_factory=dict)
    leaked: dict[str, int] = field(default_factory=dict)
    test_only: list[int] = field(default_factory=lambda: [0, 0])  # [injected, leaked] characters
    leaks: list[tuple[str, str]] = field(default_factory=list)


def score_doc(truth: dict, row: dict) -> DocScore:
    """Score one output row (``text``, ``title``, ``byline``) against its truth record."""
    residual = norm(row.get("text") or "")
    kept = 0
    for paragraph in sorted(truth["paragraphs"], key=len, reverse=True):
        found, residual = _take(residual, norm(paragraph).replace("\n", " "), strict=False)
        kept += found
    score = DocScore(truth["doc_id"], len(truth["paragraphs"]), kept, same_title(row.get("title"),
                     truth["headline"]), None, False)
    if truth["authors"]:
        score.byline_ok = names(row.get("byline")) == names(", ".join(truth["authors"]))
    else:
        score.byline_invented = bool(row.get("byline"))
    pieces = [(_core(p), s["kind"], s["test_only"]) for s in truth["segments"] for p in s["pieces"]]
    for piece, kind, test_only in sorted(pieces, key=lambda p: len(p[0]), reverse=True):
        if not piece:
            continue
        found, residual = _take(residual, piece, strict=len(piece) < _SHORT)
        score.injected[kind] = score.injected.get(kind, 0) + len(piece)
        score.test_only[0] += len(piece) if test_only else 0
        if found:
            score.leaked[kind] = score.leaked.get(kind, 0) + len(piece)
            score.test_only[1] += len(piece) if test_only else 0
            score.leaks.append((kind, piece))
    return score


def _pct(part: float, whole: float) -> float:
    return round(100.0 * part / whole, 2) if whole else 0.0


def aggregate(scores: Iterable[DocScore], total: int, rejected: dict[str, str], missing: list[str],
              duplicates: int) -> dict:
    """The split's figures: leaked % of furniture characters (overall, per kind, test-only wordings), story
    paragraphs kept %, title and byline accuracy %, and the pages that were rejected, missing or
    duplicates."""
    scores = list(scores)
    injected, leaked = defaultdict(int), defaultdict(int)
    for s in scores:
        for kind, chars in s.injected.items():
            injected[kind] += chars
            leaked[kind] += s.leaked.get(kind, 0)
    bylines = [s.byline_ok for s in scores if s.byline_ok is not None]
    only = [sum(s.test_only[0] for s in scores), sum(s.test_only[1] for s in scores)]
    return {
        "pages": total, "scored": len(scores), "duplicates": duplicates, "rejected": rejected,
        "missing": missing,
        "leaked_pct": _pct(sum(leaked.values()), sum(injected.values())),
        "furniture_chars": sum(injected.values()),
        "test_only_share_pct": _pct(only[0], sum(injected.values())),
        "test_only_leaked_pct": _pct(*only[::-1]),
        "story_kept_pct": _pct(sum(s.kept for s in scores), sum(s.paragraphs for s in scores)),
        "pages_all_story_kept_pct": _pct(sum(s.kept == s.paragraphs for s in scores), len(scores)),
        "title_pct": _pct(sum(s.title_ok for s in scores), len(scores)),
        "byline_pct": _pct(sum(bylines), len(bylines)), "byline_pages": len(bylines),
        "byline_invented": sum(s.byline_invented for s in scores),
        "kinds": {k: {"injected": injected[k], "leaked_pct": _pct(leaked[k], injected[k])}
                  for k in sorted(injected, key=lambda k: -_pct(leaked[k], injected[k]))},
    }


def read_output(output: Path) -> tuple[dict[str, dict], dict[str, str], int]:
    """Rows of articles and duplicates keyed by the page's doc id (the file's stem; JSON records also carry it
    as ``input_id``), rejected pages' reasons, and how many rows were duplicates."""
    import pyarrow.parquet as pq

    def stem(source: str) -> str:
        return Path(source.split("#")[0]).name.split(".")[0]

    rows: dict[str, dict] = {}
    duplicates = 0
    for table in ("articles", "duplicates"):
        for row in pq.read_table(output / table).to_pylist():
            rows[stem(row["source"])] = row
            duplicates += table == "duplicates"
    rejected = {stem(r["source"]): r["reason"] for r in pq.read_table(output / "rejected").to_pylist()}
    return rows, rejected, duplicates


def score_output(truth: list[dict], output: Path) -> tuple[dict, list[DocScore]]:
    """Score every truth page against ``output`` (a wirewash --output folder)."""
    rows, rejected, duplicates = read_output(output)
    scores = [score_doc(t, rows[t["doc_id"]]) for t in truth if t["doc_id"] in rows]
    missing = [t["doc_id"] for t in truth if t["doc_id"] not in rows and t["doc_id"] not in rejected]
    ours = {t["doc_id"] for t in truth}
    figures = aggregate(scores, len(truth), {k: v for k, v in rejected.items() if k in ours}, missing,
                        duplicates)
    # Leaks per input format: the HTML pages go through extraction first, text and JSON do not.
    fmt = {t["doc_id"]: t["file"].rsplit(".", 1)[-1].replace("jsonl", "json") for t in truth}
    figures["formats"] = {}
    for ext in sorted({fmt[s.doc_id] for s in scores}):
        part = [s for s in scores if fmt[s.doc_id] == ext]
        figures["formats"][ext] = {"pages": len(part), "leaked_pct": _pct(
            sum(sum(s.leaked.values()) for s in part), sum(sum(s.injected.values()) for s in part))}
    return figures, scores
