"""Text normalisation before any rule: invisible format characters out, NFC, hard-wrapped lines unwrapped.

Rules anchored at a paragraph's start fail when a byte-order mark or a bidi mark precedes the first letter, and
a body hard-wrapped at 70 columns (Reuters-21578, wire feeds, e-mail archives) would otherwise become one
"paragraph" per line, each a fragment of a sentence.

``characters`` removes format characters, composes NFC and counts words in every script; ``unwrap`` finds the
width a text was hard-wrapped at and its paragraphs.
"""
from wirewash.transforms.core.cleaning.normalise.characters import (
    FORMAT_PLANES,
    ascii_folded,
    cjk_characters,
    count_words,
    normalise,
    single_spaced,
)
from wirewash.transforms.core.cleaning.normalise.unwrap import Paragraph, paragraphs, wrap_width

__all__ = [
    "FORMAT_PLANES", "Paragraph", "ascii_folded", "cjk_characters", "count_words", "normalise",
    "paragraphs", "single_spaced", "wrap_width",
]
