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
    """The column a text was hard-wrapped at (its longest line), or None when its lines show no wrapping.

    Each line that another line follows in the same block is evidence: a long one (at least half the width)
    that ends a sentence, or is followed by a capitalised word, may end a paragraph (a paragraph per line, a
    list of headlines); one that stops mid-sentence before a word in lower case, a number or all-caps telex
    copy was broken by wrapping (short too: Reuters' first body line shares its line with the markup). The text counts as wrapped when the latter are at least half as many as the
    former and there is one. Lines that a deeper-indented line or a list item follows end a paragraph
    (Reuters indents each paragraph's first line), and table rows say nothing, so neither counts. Linear.
    """
    width = max((len(line.rstrip()) for line in lines if not _COLUMN_GAP.search(line.strip())), default=0)
    if width < 40:
        return None
    breaks = ends = 0
    for line, nxt in zip(lines, lines[1:]):
        body, after = line.rstrip(), nxt.strip()
        if (len(body) < 12 or not after or _indent(nxt) > _indent(line) or _BULLET_START.match(nxt)
                or _COLUMN_GAP.search(body.strip())):
            continue
        if body[-1] in ".!?:" or _capitalised(after):
            ends += 2 * len(body) >= width
        elif _runs_on_word(after):
            breaks += 1
    return width if breaks and 2 * breaks >= ends else None


def _capitalised(word: str) -> bool:
    # "Reuters" is capitalised; "THE" in all-caps telex copy is not (it says nothing about a line start).
    return word[0].isupper() and not word.isupper()


def _runs_on_word(text: str) -> bool:
    # A word continuing a sentence: lower case, a number, all-caps telex copy, or a script without case.
    word = text.split(None, 1)[0]
    first = word[0]
    return first.islower() or first.isdigit() or (first.isalpha() and not first.isupper()) or (
        len(word) > 1 and word.isupper()
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of a normalised text, linear in its length.

    A blank line, a deeper indent, a list item or a table row always starts a paragraph. Not wrapped
    (``wrap_width``): every other line is a paragraph too. Wrapped: when the text marks its paragraphs
    (blank lines between blocks, or an indented first line) every other line runs on; when it does not, a
    line runs on unless it ends a sentence short of the width.
    """
    lines = text.splitlines()
    width = wrap_width(lines)
    marked = first_line_indent = False
    if width is not None:
        # First-line indentation (Reuters): continuation lines sit left of the line they continue, so a line
        # at the same indent as an indented line above it starts a new paragraph.
        pairs = [(a, b) for a, b in zip(lines, lines[1:]) if a.strip()]
        first_line_indent = any(_indent(a) > _indent(b) and b.strip() for a, b in pairs)
        blocks = sum(not b.strip() for _, b in pairs)
        marked = first_line_indent or blocks >= 2
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
        if parts and not _runs_on(lines[idx - 1], line, width, first_line_indent, marked):
            out.append(Paragraph(start, indent, " ".join(parts)))
            parts = []
        if not parts:
            start, indent = idx, _indent(line)
        parts.extend(collapsed)
    if parts:
        out.append(Paragraph(start, indent, " ".join(parts)))
    return out


def _runs_on(prev: str, line: str, width: int | None, first_line_indent: bool, marked: bool) -> bool:
    if _indent(line) > _indent(prev) or (first_line_indent and _indent(line) > 0):
        return False
    if _BULLET_START.match(line) or _COLUMN_GAP.search(prev.strip()) or _COLUMN_GAP.search(line.strip()):
        return False
    if width is None:
        return False
    if marked:
        return True
    body, word = prev.rstrip(), line.split(None, 1)[0]
    # Unmarked, a line that ends a sentence short of the width ends its paragraph; any other runs on.
    return len(body) + 1 + len(word) > width or body[-1] not in ".!?:"
