"""Text normalisation before any rule: invisible format characters out, NFC, hard-wrapped lines unwrapped.

Rules anchored at a paragraph's start fail when a byte-order mark or a bidi mark precedes the first letter, and
a body hard-wrapped at 70 columns (Reuters-21578, wire feeds, e-mail archives) would otherwise become one
"paragraph" per line, each a fragment of a sentence.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass

# Unicode format characters (category Cf): BOM/ZWNBSP (also repeated, also mid-text), zero-width space,
# LRM/RLM and the bidi embeddings and isolates, soft hyphen, word joiner, invisible operators, tag characters.
# Kept: ZWNJ and ZWJ (U+200C/D) spell Persian and Indic words and emoji sequences, and the prepended
# concatenation marks (Arabic number signs), which are part of the number they precede.
_KEEP_CF = frozenset("\u200c\u200d\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2"
                     "\U000110bd\U000110cd")
_FORMAT_CHARS = "".join(
    chr(c) for c in range(sys.maxunicode + 1)
    if unicodedata.category(chr(c)) == "Cf" and chr(c) not in _KEEP_CF
)
_FORMAT_RE = re.compile("[" + re.escape(_FORMAT_CHARS) + "]+")

_BULLET_START = re.compile(r"\s*(?:[•·▪►*\-–—]|\d{1,3}[.)]) ")
_COLUMN_GAP = re.compile(r"\S {3,}\S|\t")  # a table row lays out columns with runs of spaces


def normalise(text: str) -> str:
    """``text`` without format characters, in NFC. Idempotent; changes nothing in plain ASCII."""
    if text.isascii():
        return text
    text = _FORMAT_RE.sub("", text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: ``idx`` its first input line (0-based), ``indent`` that line's leading whitespace, and
    ``text`` its lines joined with whitespace collapsed."""

    idx: int
    indent: int
    text: str


def wrap_width(lines: list[str]) -> int | None:
    """The column a text was hard-wrapped at, or None when its line lengths show no wrapping.

    Greedy wrapping breaks a line where the next word would pass the width, so in a wrapped text almost every
    long line that another line follows in the same block is "full": its length plus one plus the next line's
    first word exceeds the width. The width is taken as the 90th percentile of those lines' lengths, and the
    text counts as wrapped when it is at least 40 columns and at least three quarters of the lines longer than
    half of it are full, and under half of those end with a full stop. A paragraph per line fails this: its
    lengths scatter, only the longest are full, and those end their sentences.
    Lines a deeper-indented line follows end a paragraph (Reuters indents each paragraph's first line), and
    short lines (subheads, table rows) say nothing about the width, so neither is counted.
    """
    followed: list[tuple[int, int, bool]] = []  # (length, next line's first word, ends a sentence)
    for line, nxt in zip(lines, lines[1:]):
        body, after = line.rstrip(), nxt.strip()
        if not body.strip() or not after or _indent(nxt) > _indent(line):
            continue
        followed.append((len(body), len(after.split(None, 1)[0]), body[-1] in ".!?"))
    if len(followed) < 2:
        return None
    lengths = sorted(length for length, _, _ in followed)
    width = lengths[(len(lengths) - 1) * 9 // 10]
    if width < 40:
        return None
    judged = [(length, word, end) for length, word, end in followed if 2 * length > width]
    full = [end for length, word, end in judged if length + 1 + word > width]
    # A wrapped line mostly stops mid-sentence; a paragraph per line ends each with its full stop.
    return width if judged and 4 * len(full) >= 3 * len(judged) and 2 * sum(full) < len(full) else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of a normalised text: a blank line, a deeper indent, a list item or a short line ends
    one; in a hard-wrapped text (``wrap_width``) a full line runs on into the next, otherwise every non-empty
    line is a paragraph. Linear in the text."""
    lines = text.splitlines()
    width = wrap_width(lines)
    out: list[Paragraph] = []
    parts: list[str] = []
    start = indent = 0
    for idx, line in enumerate(lines):
        collapsed = line.split()
        if not collapsed:
            if parts:
                out.append(Paragraph(start, indent, " ".join(parts)))
                parts = []
            continue
        if parts and not _runs_on(lines[idx - 1], line, width):
            out.append(Paragraph(start, indent, " ".join(parts)))
            parts = []
        if not parts:
            start, indent = idx, _indent(line)
        parts.extend(collapsed)
    if parts:
        out.append(Paragraph(start, indent, " ".join(parts)))
    return out


def _runs_on(prev: str, line: str, width: int | None) -> bool:
    if width is None or _indent(line) > _indent(prev):
        return False
    if _BULLET_START.match(line) or _COLUMN_GAP.search(prev.strip()) or _COLUMN_GAP.search(line.strip()):
        return False
    return len(prev.rstrip()) + 1 + len(line.split(None, 1)[0]) > width
