"""The cleaner's configuration and result records."""
from __future__ import annotations

import dataclasses
import datetime
import math
from dataclasses import dataclass

from wirewash.transforms.core.schema import Removal

# No paragraph scores this high (the highest on the dev pages: 16); the pass is skipped at it.
FURNITURE_SCORE_OFF = 99
# The furniture score's bars are log-odds, so not whole numbers; every other knob counts words, lines or passes.
_SCORE_BARS = frozenset({"furniture_score", "furniture_word_score", "furniture_short_word_score"})


@dataclass(frozen=True)
class CleanConfig:
    """Knobs of the cleaner. Word counts are whitespace-separated tokens. Raises ValueError when invalid."""

    min_words: int = 25  # the caller rejects a cleaned text shorter than this
    headline_min_words: int = 3  # a two-word first line is more likely a subhead than a headline
    headline_max_words: int = 20
    head_line_max_words: int = 10  # a short line between headline and lead this long or less is head furniture
    head_caption_max_words: int = 15  # a credited sentence above the lead this long or less is a photo caption
    tail_line_max_words: int = 8  # a short line after the story's last paragraph this long or less is furniture
    body_min_words: int = 8  # a sentence this long starts the body; bylines are only looked for above it
    repeat_min_words: int = 4  # short repeats ("No.", subheads) can be legitimate, long ones are not
    repeat_max_copies: int = 2  # more copies than this are a recurring label of the page, not a copy
    list_min_items: int = 3  # items a list needs in the first half of a page, or without a heading
    list_item_max_words: int = 30
    teaser_max_words: int = 60  # a teaser under a listed headline; longer paragraphs are story text
    appended_item_min_words: int = 7  # an untreated link at a page's end carries its dek: headline + teaser
    max_passes: int = 4  # removing one piece can expose another; bounded so the cleaner stays linear
    # A longer text is rejected as too_long before cleaning: the cleaner costs about 35 us per line and some of
    # its rules grow faster than linearly on one long line of words, so a 5 MB document (max_doc_bytes) of
    # short lines took about 90 s and one of a single line over 10 minutes, stalling a worker. 200,000
    # characters (about 30,000 words, 8x the longest BBC story) and 20,000 lines clean in under about 1 s
    # whatever they hold (measured: one line of words and brackets 0.45 s, 20,000 short lines 0.9 s).
    max_clean_chars: int = 200_000
    max_clean_lines: int = 20_000  # a long story has a few hundred (BBC: 151 at most)
    # An English paragraph goes when its furniture score (log-odds, ``learned.scored``) exceeds
    # furniture_score and the part of it its words give exceeds furniture_word_score, or
    # furniture_short_word_score under 12 words: shape alone (a short line without a full stop) is a subhead's as
    # much as furniture's. Chosen on pages and documents the fit did not see (``benchmarks/furniture_model.py``):
    # 2, 1.5 and 3.5 took 37.5% of their furniture characters and 1 of 12,593 story paragraphs (2.5 as the first
    # bar takes 38.5% and none, and lets a mission statement through: "Newsweek is committed to challenging
    # conventional wisdom ...", 2.4). The short bar at 3 takes 40.6% and the same one (2.5: 44.0%, 2: 49.0%), and
    # 34.7% of furniture_heldout's lines against 31.7% at 3.5; it keeps the story lines of kinds no set holds that
    # the rules' tests keep ("Share this information, please?", 2.1, which 2 took from over_removal's dev pages;
    # "Readers can subscribe to the new service for $2 a month.", 2.5), and an interview's turns are not scored
    # ("Reporter: Thank you.", 3.2). A story line with a clock and no full stop scores over them on
    # the clock ("Posted letters reached 12 of the 40 polling stations by 10:15 on Monday, officials said": 4.4,
    # 2.1); with its full stop it scores under (0.0). FURNITURE_SCORE_OFF turns the pass and its cost off.
    furniture_score: float = 2.0
    furniture_word_score: float = 1.5
    furniture_short_word_score: float = 3.0

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            kinds = (int, float) if f.name in _SCORE_BARS else int
            if isinstance(value, bool) or not isinstance(value, kinds) or not math.isfinite(value):
                kind = "a finite number" if f.name in _SCORE_BARS else "an int"
                raise ValueError(f"CleanConfig.{f.name} must be {kind}, got {value!r}")
            least = 0 if f.name in ("min_words", "furniture_word_score", "furniture_short_word_score") else 1
            if value < least:
                raise ValueError(f"CleanConfig.{f.name} must be >= {least}, got {value}")
        if self.headline_min_words > self.headline_max_words:
            raise ValueError(
                f"CleanConfig.headline_min_words ({self.headline_min_words}) must not exceed "
                f"headline_max_words ({self.headline_max_words})"
            )


@dataclass(frozen=True)
class Cleaned:
    """What ``clean`` returns: the body (paragraphs joined by exactly one blank line, "\\n\\n"), what it read
    off the text (title, published, byline, publisher from a wire credit) and the removals in document order.
    ``Removal.rule`` is the rule's name (its version is in the registry, ``rules.RULES``)."""

    text: str
    title: str | None
    published: datetime.date | None
    byline: str | None
    publisher: str | None
    removed: tuple[Removal, ...]
    # The publisher a copyright line in the tail names (``credits.copyright_holder``): the weakest source,
    # used only when neither a credit nor the input names one.
    copyright_holder: str | None = None
