"""A paragraph's features for the furniture score: the words it uses and the shape it has.

Shared by the pass (``scored``) and the trainer (``benchmarks/furniture_model.py``), so the two can never
disagree on what a feature is. Pure functions, no Beam.
"""
from __future__ import annotations

import itertools
import re
import string

# Words, numbers (one feature for any number: "2h ago" and "9h ago" are one shape) and each other mark.
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
# ``_TOKEN`` on lower-case ASCII text, spelt in ASCII classes: the same tokens in about 0.6 of the time (most
# paragraphs are ASCII, and tokenising was half the pass's cost).
_ASCII_TOKEN = re.compile(r"[a-z]+|[0-9]+|[^a-z0-9_\s]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Every byte but an ASCII letter's: deleted from a text's ASCII bytes, what is left is its ASCII letters.
_NOT_ASCII_LETTER = bytes(sorted(set(range(256)) - set(string.ascii_letters.encode())))
# A paragraph is read to this many characters: what it is shows in its opening (a story paragraph of 3 kB read
# whole cost 0.5 ms an article on the speed set, four fifths of the pass).
READ = 400
# The prefixes of the features that are the paragraph's words (``w:``) and word pairs (``b:``), not its shape.
WORDS = ("w:", "b:")
_SENTENCE_END = frozenset('.!?"”’')
# The commonest English words (the share thresholds in ``scored`` are measured on this list): a page is scored
# only when its paragraphs are English prose.
COMMON_ENGLISH = frozenset(
    "the and of to a in is that for on with was it as by at from be this are has have said he she they its "
    "were will an".split()
)


def tokens(text: str) -> list[str]:
    """The words (lower case), numbers (each "0") and other marks of ``text``'s first ``READ`` characters, in
    order; never "_" (so a word pair joined by it reads one way)."""
    low = text[:READ].lower()
    return ["0" if t.isdigit() else t for t in (_ASCII_TOKEN if low.isascii() else _TOKEN).findall(low)]


def shape(text: str, toks: list[str]) -> list[str]:
    """The features of ``text`` that are not its words: bias, first and last token, length in words as a power
    of two, how it opens and ends, the share of capitalised words in its first ``READ`` characters (``toks`` is
    ``tokens(text)``)."""
    count = len(text.split())
    words = text[:READ].split()
    end = text[-1:]
    first = text[:1]
    found = [
        "bias",
        f"n:{min(6, (count + 1).bit_length() - 1)}",
        "end:" + (end if end in _SENTENCE_END or end == ":" else "a" if end.isalnum() else "o"),
        "start:" + ("A" if first.isupper() else "a" if first.islower() else "0" if first.isdigit() else "p"),
        f"caps:{4 * sum(map(str.isupper, [w[0] for w in words])) // max(1, len(words))}",
    ]
    if toks:
        found += ["first:" + toks[0], "last:" + toks[-1]]
    return found


def features(text: str) -> set[str]:
    """The features of one paragraph: its words (``w:``), word pairs (``b:``) and ``shape``."""
    toks = tokens(text)
    found = set(shape(text, toks))
    found.update("w:" + t for t in toks)
    found.update(f"b:{a}_{b}" for a, b in itertools.pairwise(toks))
    return found


def ascii_letters(text: str) -> bool:
    """Whether at least 9 in 10 of ``text``'s letters are ASCII (English, or a Latin-script name in it)."""
    if text.isascii():
        return True
    # Letters counted in C, not character by character: a page's 4,000 characters cost 0.3 ms that way.
    other = sum(map(str.isalpha, "".join(_NON_ASCII.findall(text))))
    latin = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))
    return 10 * latin >= 9 * (latin + other)


def english_share(text: str) -> float:
    """The share of ``text``'s words that are common English function words; 0 unless its letters are ASCII
    (``ascii_letters``: Japanese prose naming "Kindle for PC" has few spaces, so few words, one of them "for")."""
    words = text.lower().split()
    if not words or not ascii_letters(text):
        return 0.0
    return sum(map(COMMON_ENGLISH.__contains__, words)) / len(words)
