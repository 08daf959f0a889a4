"""The article model: paragraphs with their shape, grouped into a head zone, a body and a tail zone.

Shape: a *sentence* ends with sentence punctuation; a *body paragraph* is a sentence of at least
``body_min_words`` words; everything else is a *short line* (headline, byline, stamp, label, tag, subhead).
Place: the head zone runs from the first paragraph through the lead (the first body paragraph), the tail zone
from the last body paragraph to the end; a text without a body paragraph is all head and all tail. Rules say
which zone they apply in, and structural passes judge a short line by where it stands: between the headline
and the lead it is head furniture, whatever its words.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.normalise import ascii_folded, count_words, normalise, paragraphs
from wirewash.transforms.core.schema import Removal

BULLET = re.compile(r"[•·▪►*\-–—] (?P<text>\S[^\n]*)")
BULLET_MARKS = "•·▪►*-–—"  # what BULLET opens with: a line opening otherwise is told without the regex engine
# A sentence's end, with closing quotes or brackets and a space after it.
SENTENCE_BREAK = re.compile(r"[.!?…。！？][\"”’'»)\]]{0,3} ?")
SENTENCE_ENDS = frozenset(".!?…。！？")  # what SENTENCE_BREAK opens with
_CLOSERS = "\"”’'»)]」』"
_CLOSERS_SPACE = _CLOSERS + " "
_NAME_PARTICLES = frozenset({"and", "de", "da", "del", "der", "van", "von", "al", "bin", "la", "le", "du", "dos"})
_NOT_NAMES = frozenset({"The", "A", "An", "This", "That", "In", "On", "At"})


@dataclass(eq=False)
class Line:
    """A paragraph of the document being cleaned. ``idx``/``offset`` order removals in document order."""

    idx: int
    indent: int  # headline-list teasers are indented deeper than their bullet
    text: str  # what the passes read: fullwidth Latin and Arabic-Indic digits folded to ASCII (``ascii_folded``)
    written: str | None = None  # ``text`` as written where it was folded: as long, cut where ``text`` is
    offset: int = 0  # characters already stripped from the front
    kept: bool = True
    credited: bool = False  # a wire credit was stripped: this is the lead a standfirst may repeat
    # Lines of one block follow each other with no blank line between (a box's heading, field and button; a
    # byline's names): ``blocks``.
    block: int = 0
    words: int = field(init=False)
    sentence: bool = field(init=False)
    # pass name -> (text, zone) it last tested: an unchanged line is not tested again in the next round
    memo: dict[str, object] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.reshape()

    def breaks(self) -> list[re.Match[str]]:
        """SENTENCE_BREAK's matches in the text, in order; found once per text (the lines and glued-teaser
        passes both walk them, every round)."""
        memo = self.memo.get("breaks")
        if memo is None or memo[0] != self.text:
            memo = (self.text, list(SENTENCE_BREAK.finditer(self.text)))
            self.memo["breaks"] = memo
        return memo[1]  # type: ignore[index]

    def reshape(self) -> None:
        # A paragraph's words are single-spaced; Chinese and Japanese count two characters a word.
        text = self.text
        self.words = (text.count(" ") + 1 if text else 0) if text.isascii() else count_words(text)
        self.sentence = is_sentence(self.text)


class Doc:
    """The document being cleaned, its removals (``(idx, offset, Removal)``) and what was read off it."""

    def __init__(self, text: str, cfg: CleanConfig, title_hint: str | None) -> None:
        self.cfg = cfg
        self.title_hint = normalise(title_hint) if title_hint is not None else None
        text = normalise(text)
        # The text's lines, split when a paragraph below the first asks for the line over it: most texts of a
        # long line are that line alone, and ``paragraphs`` splits them too.
        raw: list[str] = []
        self.lines: list[Line] = []
        block = 0
        for p in paragraphs(text):
            if p.idx and not raw:
                raw = text.splitlines()
            if p.idx == 0 or not raw[p.idx - 1] or raw[p.idx - 1].isspace():
                block += 1
            folded = ascii_folded(p.text)
            self.lines.append(
                Line(p.idx, p.indent, p.text, block=block) if folded is None
                else Line(p.idx, p.indent, folded, p.text, block=block)
            )
        self.removals: list[tuple[int, int, Removal]] = []
        self.version = 0  # bumped by every change, so kept() and zones are computed once per state
        self._cache: tuple[int, list[Line], tuple[int, int]] | None = None
        self.head_end: tuple[int, int] | None = None  # (version, end of the head zone): head.head_end's cache
        self.story_end: tuple[int, int | None] | None = None  # (version, index in kept()): tail's cache
        self.title: str | None = None
        self.byline: str | None = None
        self.publisher: str | None = None  # from a credit line or a credit inside a head line (``credits``)
        self.published = None

    def _state(self) -> tuple[int, list[Line], tuple[int, int]]:
        if self._cache is None or self._cache[0] != self.version:
            kept = [line for line in self.lines if line.kept]
            self._cache = (self.version, kept, zones(kept, self.cfg))
        return self._cache

    def kept(self) -> list[Line]:
        """The lines still kept (a fresh list the caller may keep while removing)."""
        return list(self._state()[1])

    def zones(self) -> tuple[list[Line], tuple[int, int]]:
        """The kept lines and their (head end, tail start), as ``zones``; not to be modified."""
        _, kept, bounds = self._state()
        return kept, bounds

    def remove(self, line: Line, rule: str) -> None:
        self.version += 1
        line.kept = False
        self.removals.append((line.idx, line.offset, Removal(rule, line.text)))

    def remove_block(self, block: list[Line], rule: str) -> None:
        first = block[0]
        self.version += 1
        self.removals.append((first.idx, first.offset, Removal(rule, "\n".join(b.text for b in block))))
        for line in block:
            line.kept = False

    def remove_runs(self, member: Callable[[Line], bool], telling: Callable[[Line], bool], rule: str) -> None:
        """Each run of two or more kept lines that are all ``member``, one of them ``telling``, removed as one
        block: a widget's controls set one a line ("Previous" / "1" / "Next", "Play" / "Mute"), whose words
        alone a story's line may hold."""
        kept = self.kept()
        i = 0
        while i < len(kept):
            j = i
            while j < len(kept) and member(kept[j]):
                j += 1
            if j - i >= 2 and any(telling(line) for line in kept[i:j]):
                self.remove_block(kept[i:j], rule)
            i = max(j, i + 1)

    def strip(self, line: Line, rule: str, start: int, end: int) -> None:
        """Record line.text[start:end] as removed; the caller then cuts the line (``cut``/``cut_tail``)."""
        self.removals.append((line.idx, line.offset + start, Removal(rule, line.text[start:end].strip())))

    def cut(self, line: Line, end: int) -> None:
        # One slice per line, not one per prefix, so a line of a thousand stacked credits stays linear.
        stripped = line.text[end:]
        lead = len(stripped) - len(stripped.lstrip())
        line.offset += end + lead
        self._keep(line, end + lead, end + len(stripped.rstrip()))

    def cut_tail(self, line: Line, start: int) -> None:
        kept = line.text[:start]
        self._keep(line, len(kept) - len(kept.lstrip()), len(kept.rstrip()))

    def cut_between(self, line: Line, start: int, end: int) -> None:
        """Drop line.text[start:end] from inside the line; the text on both sides stays, joined."""
        self.version += 1
        line.text = line.text[:start] + line.text[end:]
        if line.written is not None:
            line.written = line.written[:start] + line.written[end:]
        line.reshape()

    def _keep(self, line: Line, start: int, end: int) -> None:
        """Keep only line.text[start:end] (and the same span of ``written``)."""
        self.version += 1
        line.text = line.text[start:end]
        if line.written is not None:
            line.written = line.written[start:end]
        line.kept = bool(line.text)
        line.reshape()

    def kept_text(self) -> str:
        """The kept paragraphs as written, a blank line between two."""
        kept = (line for line in self.lines if line.kept)
        return "\n\n".join(line.text if line.written is None else line.written for line in kept)


def is_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence punctuation, perhaps inside up to three closing quotes/brackets."""
    if text[-1:] in SENTENCE_ENDS:
        return True  # most paragraphs and words ending a sentence: nothing to strip
    tail = text.rstrip(_CLOSERS_SPACE)  # 'history. "': a closing quote set off by a space
    return bool(tail) and tail[-1] in SENTENCE_ENDS and len(text) - len(tail) <= 3


def capital_or_caseless(c: str) -> bool:
    """Whether the character ``c`` may open a headline's word: a capital, or a character with no case (a script
    without case, a figure, a mark)."""
    return c.isupper() or c.lower() == c.upper()


def is_body(line: Line, cfg: CleanConfig) -> bool:
    return line.sentence and line.words >= cfg.body_min_words


def is_headline(line: Line, cfg: CleanConfig) -> bool:
    return (
        cfg.headline_min_words <= line.words <= cfg.headline_max_words
        and not line.sentence
        and line.text[-1] not in ":;,"
        and not BULLET.fullmatch(line.text)
    )


def is_short_line(line: Line, cfg: CleanConfig) -> bool:
    """A line that is no sentence and no longer than a headline: a label, a tag, a stamp, a headline."""
    return not line.sentence and line.words <= cfg.headline_max_words


def has_digit(token: str) -> bool:
    return any(c.isdigit() for c in token)


def is_data_row(text: str, share: int = 3, figure: Callable[[str], bool] = has_digit) -> bool:
    """Whether figures (tokens ``figure`` accepts) are in at least one in ``share`` of the words of ``text``:
    "Revs 566.7 mln vs 487.8 mln", a results table's row, not a teaser headline. An empty text is one."""
    tokens = text.split()
    return sum(map(figure, tokens)) * share >= len(tokens)


def is_name(text: str) -> bool:
    tokens = text.split()
    return (
        2 <= len(tokens) <= 6
        and len(text) <= 60
        and not any(c.isdigit() for c in text)
        and not is_sentence(text)
        and all(t in _NAME_PARTICLES or (t[0].isupper() and t not in _NOT_NAMES) for t in tokens)
    )


def norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def zones(kept: list[Line], cfg: CleanConfig) -> tuple[int, int]:
    """(end of the head zone, start of the tail zone) as indices into ``kept``: the head is ``kept[:head]``
    (through the lead), the tail ``kept[tail:]`` (from the last body paragraph)."""
    body = [i for i, line in enumerate(kept) if is_body(line, cfg)]
    if not body:
        return len(kept), 0
    # A line longer than a headline can be is the lead, with or without its full stop: unpunctuated story
    # lines above the first sentence must not stretch the head over the body's furniture.
    lead = next(i for i, line in enumerate(kept) if i == body[0] or line.words > cfg.headline_max_words)
    return lead + 1, body[-1]
