"""Text read character by character: format characters removed and NFC (``normalise``), words counted in
every script (``count_words``, ``cjk_characters``), whitespace collapsed (``single_spaced``), fullwidth Latin
and Arabic-Indic digits read as ASCII (``ascii_folded``), and the scripts written without spaces, whose lines wrap anywhere."""
from __future__ import annotations

import re
import unicodedata

# Unicode format characters (category Cf): BOM/ZWNBSP (also repeated, also mid-text), zero-width space,
# LRM/RLM and the bidi embeddings and isolates, soft hyphen, word joiner, invisible operators, tag characters.
# Kept: ZWNJ and ZWJ (U+200C/D) spell Persian and Indic words and emoji sequences, and the prepended
# concatenation marks (Arabic number signs), which are part of the number they precede.
_KEEP_CF = frozenset("\u200c\u200d\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2"
                     "\U000110bd\U000110cd")
# Read from the planes that hold format characters (the BMP, plane 1, plane 14's tags): a scan of all 17
# planes cost 76 ms of every process's start, a sixth of it 14 ms. tests/test_cleaning_normalise.py checks
# that no other plane holds one in this Python's Unicode version.
FORMAT_PLANES = (0, 1, 14)
_FORMAT_CHARS = [
    c
    for plane in FORMAT_PLANES
    for c in range(plane << 16, (plane + 1) << 16)
    if unicodedata.category(chr(c)) == "Cf" and chr(c) not in _KEEP_CF
]


def _ranges(codepoints: list[int]) -> str:
    # A class of ranges, not of single characters: the regex engine tests ranges far faster.
    out, start = [], codepoints[0]
    for prev, c in zip(codepoints, codepoints[1:] + [-1]):
        if c != prev + 1:
            out.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
            start = c
    return "".join(out)


def _format_runs(codepoints: list[int]) -> re.Pattern[str]:
    # One class and then any more, not "[...]+": a pattern that opens with a class lets the regex engine skip
    # ahead to a character of the class; one that opens with a repeat is tried at every position (slower).
    cls = "[" + _ranges(codepoints) + "]"
    return re.compile(cls + cls + "*")


# The format characters of the BMP and those past it, in two patterns: ranges past the BMP in its class cost the
# regex engine three times as much per character of any text (42 against 13 us on a 3 kB article), and most
# texts hold no character past the BMP, so the second is read only where one is.
_FORMAT_BMP_RE = _format_runs([c for c in _FORMAT_CHARS if c <= 0xFFFF])
_FORMAT_ASTRAL_RE = _format_runs([c for c in _FORMAT_CHARS if c > 0xFFFF])
# Chinese and Japanese are written without spaces between words: Han ideographs, hiragana and katakana.
_CJK_BMP = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK_BMP}\U00020000-\U0002fa1f]")
# Thai, Lao, Myanmar and Khmer: also written without spaces between words, which average about five
# characters there, vowel and tone marks included (a 400-word Thai story had 20 "words": too_short).
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_UNSPACED_RE = re.compile(f"[{_UNSPACED}]")
_EITHER_RE = re.compile(f"{_CJK_RE.pattern}|{_UNSPACED_RE.pattern}")  # one scan for the common case
# ``_EITHER_RE``'s characters in the BMP, in one class: its range past the BMP cost the engine more per
# character of any text (34 against 21 us on a 4 kB paragraph), and only a text with a character past the BMP
# can hold one of that range.
_EITHER_BMP_RE = re.compile(f"[{_UNSPACED}{_CJK_BMP}]")
# A line ending in such a script, or in CJK punctuation or full-width forms ("、", "」", "Ｋ"): that text wraps
# between any two characters, so a line of it that stops short of the width ends a paragraph, as one ending a
# sentence ("。") does (a Japanese page set a paragraph a line read as one hard-wrapped paragraph).
_UNSPACED_END = re.compile(f"[\u3000-\u303f\uff00-\uffef]|{_EITHER_RE.pattern}")
_UNSPACED_FIRST = "\u0e00"  # below the least character _UNSPACED_END matches (most lines end in ASCII)


def _past_bmp(text: str) -> bool:
    # A character past the BMP takes four bytes in UTF-16, any other two (a lone surrogate too, passed through).
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _unspaced_script(text: str) -> bool:
    """Whether ``text`` holds a character of a script written without spaces (``_EITHER_RE``)."""
    if _EITHER_BMP_RE.search(text) is not None:
        return True
    return _past_bmp(text) and _EITHER_RE.search(text) is not None


def cjk_characters(text: str) -> int:
    """How many Chinese or Japanese characters (kana included) ``text`` holds."""
    return 0 if text.isascii() else len(_CJK_RE.findall(text))


def count_words(text: str, limit: int = -1) -> int:
    """Whitespace-separated words, with a run of Chinese/Japanese characters counted as one word per two
    characters (the average length of a Chinese word), and of Thai, Lao, Myanmar or Khmer as one per five, so
    that a word count means the same in every script. With a ``limit`` of 0 or more, at most ``limit + 1``:
    what a comparison with ``limit`` needs, without a long paragraph split into all its words (a story's 4 kB
    paragraph asked whether it is a dozen-word note took 10 us)."""
    if text.isascii() or not _unspaced_script(text):
        return len(text.split(None, limit))
    cjk = len(_CJK_RE.findall(text))
    unspaced = len(_UNSPACED_RE.findall(text))
    words = len(_UNSPACED_RE.sub(" ", _CJK_RE.sub(" ", text)).split()) + cjk // 2 + unspaced // 5
    return words if limit < 0 else min(words, limit + 1)


_SPACE_RUN = re.compile("  +")
# The ASCII characters ``str.isprintable`` refuses: the controls.
_ASCII_CONTROLS = bytes([*range(0x20), 0x7F])


def _printable(text: str) -> bool:
    """``text.isprintable()``. An ASCII text is told by deleting the controls from its bytes: a third of the
    time isprintable takes to look each character up (4 us a 4 kB paragraph, not 12)."""
    if text.isascii():
        return len(text.encode().translate(None, _ASCII_CONTROLS)) == len(text)
    return text.isprintable()


def single_spaced(text: str) -> str:
    """``text`` with each run of whitespace made one space and none at either end: ``" ".join(text.split())``,
    without splitting a text into words when its only whitespace is the space (every other character
    str.split takes for whitespace is unprintable)."""
    if _printable(text):
        return (_SPACE_RUN.sub(" ", text) if "  " in text else text).strip(" ")
    return " ".join(text.split())


# Fullwidth forms of ASCII (U+FF01-FF5E) and the ideographic space, as ASCII: one character for one, so an
# offset in a folded paragraph is the same offset in the paragraph as written.
_ASCII_OF_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# The Arabic-Indic digits (U+0660-0669) and the extended ones of Persian and Urdu (U+06F0-06F9), as ASCII digits.
_ASCII_OF_EASTERN_DIGITS = {c: 0x30 + (c & 0xF) for c in (*range(0x660, 0x66A), *range(0x6F0, 0x6FA))}
_EASTERN_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")


def ascii_folded(paragraph: str) -> str | None:
    """``paragraph`` with its fullwidth forms of ASCII as ASCII ("（Ｒｅｕｔｅｒｓ） －" -> "(Reuters) -") and its
    Arabic-Indic digits as ASCII digits ("١٢ مارس ٢٠٢٤" -> "12 مارس 2024"), the same length, or None when there
    is nothing to fold. Latin text copied by a CJK site in fullwidth forms, and dates and figures an Arabic page
    writes in its own digits, are read by the rules written for them in ASCII. Chinese and Japanese paragraphs
    keep their fullwidth punctuation, which their own rules are written with ("（共同）")."""
    if paragraph.isascii():
        return None
    folded = paragraph
    if _FULLWIDTH_ALNUM.search(paragraph) is not None and _CJK_RE.search(paragraph) is None:
        folded = folded.translate(_ASCII_OF_FULLWIDTH)
    if _EASTERN_DIGIT.search(paragraph) is not None:
        folded = folded.translate(_ASCII_OF_EASTERN_DIGITS)
    return None if folded is paragraph else folded


def normalise(text: str) -> str:
    """``text`` without format characters, in NFC. Idempotent; changes nothing in plain ASCII."""
    if text.isascii():
        return text
    text = _FORMAT_BMP_RE.sub("", text)
    if _past_bmp(text):
        text = _FORMAT_ASTRAL_RE.sub("", text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
