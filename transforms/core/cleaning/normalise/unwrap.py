"""A normalised text's paragraphs (``paragraphs``): the column it was hard-wrapped at, if any
(``wrap_width``), and which lines run on into the paragraph above and which start one."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import NamedTuple

from wirewash.transforms.core.cleaning.normalise.characters import (
    _UNSPACED_END,
    _UNSPACED_FIRST,
    cjk_characters,
    single_spaced,
)

# A list item's or a decorated line's start: a bullet, an arrow, a box, a quote mark ("> "), a bar, an emoji
# or a number, then a space. A closing guillemet that runs on a French quotation ("» a-t-il dit") is followed
# by a lower-case word; one that decorates a teaser ("» La BCE ...") is not.
_DECORATION_CHARS = "•·▪►*-–—→➤➜▶▸‣■□●◆◇>|"
_BULLET_START = re.compile(
    r"\s*(?:[•·▪►*\-–—→➤➜▶▸‣■□●◆◇>|\U0001F300-\U0001FAFF]|\d{1,3}[.)]) |\s*» (?![a-zà-ÿа-яё])"
)
# The first characters _BULLET_START allows.
_BULLET_FIRST = frozenset(_DECORATION_CHARS + "»0123456789") | frozenset(map(chr, range(0x1F300, 0x1FB00)))
# Nobody hard-wraps wider than this: a longer line is a paragraph written on one line, and short lines beside
# it (a headline, a byline, a stamp over a story set a paragraph per line) were never wrapped.
_MAX_WRAP = 160
# Columns a wrapped line may stop short of the margin before it reads as a paragraph's end: wrappers (a
# wire's, an e-mail client's, textwrap) break where the next word would not fit, and Reuters-21578's stop at
# most about five columns early inside a paragraph.
_WRAP_SLACK = 6
# A sentence's end after a lower-case word or a figure ("... the company said."; not "the U.S." nor "Inc."), or
# a line wholly in brackets ("(Reporting by ...)") or closing on a labelled or slashed credit in brackets
# ("... (Foto: Diego Salvatierra)", "(AP Photo/Jane Doe)"); not a name's gloss, "Union Bank of Switzerland
# (Securities)", "The Commodity Credit Corporation (CCC)", which a wire's first line often stops on.
_CLOSES = re.compile(r"(?:[a-z\d%][.!?][\"”’']?|\([^()]*[:/][^()]*\)|^\(.*\))$")


_CLOSING = frozenset(".!?\"”’')")


def _closes(text: str) -> bool:
    return _CLOSES.search(text) is not None


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: ``idx`` its first input line (0-based), ``indent`` that line's leading whitespace, and
    ``text`` its lines joined with whitespace collapsed."""

    idx: int
    indent: int
    text: str


class _Line(NamedTuple):
    indent: int
    text: str  # stripped
    length: int  # with its indent, without trailing whitespace
    gap: bool  # a table row: columns laid out with runs of spaces or tabs
    bullet: bool


def _lines(raw_lines: list[str]) -> list[_Line]:
    out = []
    append, bullet_first, bullet = out.append, _BULLET_FIRST, _BULLET_START.match
    # tuple.__new__ with the fields in order, as the NamedTuple's own constructor does, without its Python-level
    # call: this runs once per input line.
    new = tuple.__new__
    for raw in raw_lines:
        body = raw.rstrip()
        stripped = body.lstrip()
        length = len(body)
        append(new(_Line, (
            length - len(stripped), stripped, length, "   " in stripped or "\t" in stripped,
            stripped[:1] in bullet_first and bullet(stripped) is not None,
        )))
    return out


def wrap_width(lines: list[str]) -> int | None:
    """The column a text was hard-wrapped at (its longest line), or None when its lines show no wrapping.

    Each line that another line follows in the same block is evidence: a long one (at least half the width)
    that ends a sentence, or is followed by a capitalised word, may end a paragraph (a paragraph per line, a
    list of headlines); one that stops mid-sentence before a word in lower case, a number or all-caps telex
    copy was broken by wrapping (short too: Reuters' first body line shares its line with the markup; not in
    a script without spaces, which wraps between any two characters: there only a full line). The
    text counts as wrapped when there is one of the latter and they are at least half as many as the former,
    a line before a capitalised word counting half (wire copy breaks before names too). Lines
    that a deeper-indented line or a list item follows end a paragraph (Reuters indents each paragraph's
    first line), and table rows say nothing, so neither counts; a long indented line cut mid-sentence and
    followed by one at the margin is an indented first line and its continuation, a break. Linear.
    """
    return _wrap_width(_lines(lines))


def _wrap_width(lines: list[_Line]) -> int | None:
    width = max((line.length for line in lines if not line.gap), default=0)
    if width < 40 or width > _MAX_WRAP:
        return None
    breaks = ends = 0
    for line, nxt in itertools.pairwise(lines):
        if line.length < 12 or not nxt.text or nxt.indent > line.indent or nxt.bullet or line.gap:
            continue
        if nxt.indent < line.indent and not nxt.gap and 2 * line.length >= width and (
            line.text[-1] not in ".!?:" or _abbreviated(line, nxt)
        ):
            breaks += 1  # a paragraph's indented first line, cut mid-sentence, and its continuation at the margin
        elif _abbreviated(line, nxt):
            breaks += 1  # "... first in the U.S." over "and will employ ...": the full stop ends no sentence
        elif line.text[-1] in ".!?:。！？：" or (
            line.text[-1] >= _UNSPACED_FIRST and _UNSPACED_END.match(line.text[-1]) is not None
            and line.length + _WRAP_SLACK < width
        ):
            ends += 2 * (2 * line.length >= width)
        elif _capitalised(nxt.text):
            ends += 2 * line.length >= width  # half the weight: wire copy breaks before names too
        elif _runs_on_word(nxt.text):
            breaks += 1
    return width if breaks and 4 * breaks >= ends else None


# A word that a full stop abbreviates: initials ("U.S.", "p.m."), or a short capitalised word ("Inc.", "Corp.").
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[^\W\d_]\.){2,}$|(?:^|\s)[A-Z][a-z]{1,3}\.$")


def _abbreviated(line: _Line, nxt: _Line) -> bool:
    # A line that ends on an abbreviation's full stop, and a sentence going on in lower case under it: the
    # line was wrapped there, no sentence ended ("... the company's first in the U.S." over "and will employ").
    # Both of the pattern's alternatives end on a full stop at the end of the text (``line.text`` is stripped:
    # no newline for "$" to stand before), so a line ending otherwise is answered without the search, which
    # tries every position of the line (most lines of wrapped copy end mid-sentence).
    return nxt.text[0].islower() and line.text[-1] == "." and _ABBREVIATION.search(line.text) is not None


def _continues(prev: _Line, line: _Line) -> bool:
    # A line that ends no sentence and the sentence going on under it after a short word and its comma ("The
    # chairman of Goodyear Tire and Rubber" over "Co, a concern that survived ..."), not a dateline's place and
    # day ("Lyon, le 3 mai (AFP) -"). (A line in lower case under a head line may be its byline: "di Marco Rossi".)
    if prev.text[-1] in _CLOSING or prev.text[-1] in ":;":
        return False
    words = line.text.split(None, 2)
    return (
        len(words) > 1 and words[0][-1] == "," and len(words[0]) <= 5 and words[1][0].islower()
        and not any(c.isdigit() for c in line.text[:30])
    )


def _capitalised(text: str) -> bool:
    # "Reuters" is capitalised; "THE" in all-caps telex copy is not (it says nothing about a line start).
    # ``text`` is stripped: its first character is its first word's, read before the word is split off (most
    # lines of wrapped copy go on in lower case).
    if not text[0].isupper():
        return False
    return not text.split(None, 1)[0].isupper()


def _caseless(text: str) -> bool:
    # A letter that is neither upper nor lower case: a script without case.
    first = text[0]
    return first.isalpha() and not first.isupper() and not first.islower()


def _runs_on_word(text: str) -> bool:
    # A word continuing a sentence: lower case, a number, all-caps telex copy, or a script without case.
    first = text[0]  # the first word's (``text`` is stripped): the word is split off only for the last test
    if first.islower() or first.isdigit() or (first.isalpha() and not first.isupper()):
        return True
    word = text.split(None, 1)[0]
    return len(word) > 1 and word.isupper()


def paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of a normalised text, linear in its length.

    A blank line, a deeper indent, a list item or a table row always starts a paragraph. Not wrapped
    (``wrap_width``): every other line is a paragraph too. Wrapped: when the text marks its paragraphs
    (blank lines between blocks, or an indented first line) every other line runs on; when it does not, a
    line runs on unless it ends a sentence short of the width.
    """
    raw_lines = text.splitlines()
    blank = [not raw or raw.isspace() for raw in raw_lines]
    if all(a or b for a, b in itertools.pairwise(blank)):
        # No line follows another without a blank between: nothing to unwrap, each line is a paragraph.
        return [
            Paragraph(idx, len(raw) - len(raw.lstrip()), single_spaced(raw))
            for idx, (raw, empty) in enumerate(zip(raw_lines, blank)) if not empty
        ]
    lines = _lines(raw_lines)
    width = _wrap_width(lines)
    if width is None:
        return _block_paragraphs(lines)
    marked = first_line_indent = False
    preamble = 0  # lines above the first indented one, when paragraphs are marked by an indented first line
    # The longest line at the margin below the first indented line, when paragraphs are marked by an indented
    # first line: lines from there on that stop well short of it end their paragraph (``_short_of``).
    margin, indented = 0, len(lines)
    if width is not None:
        # First-line indentation (Reuters): continuation lines sit left of the line they continue, so a line
        # at the same indent as an indented line above it starts a new paragraph.
        pairs = [(a, b) for a, b in itertools.pairwise(lines) if a.text]
        first_line_indent = any(a.indent > b.indent and b.text for a, b in pairs)
        blocks = sum(not b.text for _, b in pairs)
        marked = first_line_indent or blocks >= 2
        if first_line_indent:
            indented = next(i for i, line in enumerate(lines) if line.indent and line.text)
            preamble = indented if _stacked(lines[:indented], width) else 0
            at_margin = (line.length for line in lines[indented:] if not line.indent and not line.gap)
            margin = max(at_margin, default=0)
    out: list[Paragraph] = []
    parts: list[str] = []
    start = indent = 0
    prev: _Line | None = None
    for idx, line in enumerate(lines):
        if not line.text:
            if parts:
                out.append(Paragraph(start, indent, _joined(parts)))
                parts = []
            prev = line
            continue
        if parts and not (
            width is not None
            and (not _fits(prev, line, width) or _continues(prev, line) if idx < preamble
                 else _runs_on(prev, line, width, first_line_indent, marked, idx == 1)
                 and not (idx > indented and _short_of(prev, line, margin)))
        ):
            out.append(Paragraph(start, indent, _joined(parts)))
            parts = []
        if not parts:
            start, indent = idx, line.indent
        parts.append(line.text)
        prev = line
    if parts:
        out.append(Paragraph(start, indent, _joined(parts)))
    return out


# A wrap breaks a hyphenated word after its hyphen ("anti-" / "racketeering", as fmt, textwrap and mail
# clients do); a hyphen before a conjunction is a suspended one ("pre-" / "and post-war") and keeps its space.
_SUSPENDED_BEFORE = frozenset("and or nor to und oder bis et ou y o e ed od и или".split())


def _joined(lines: list[str]) -> str:
    """The wrapped ``lines`` of one paragraph as one line: a space between two, none after a hyphen that ends a
    line right after a letter when the next line opens with a letter (a hyphenated word the wrap broke)."""
    out = lines[0]
    for line in lines[1:]:
        broken = (
            len(out) > 1 and out[-1] == "-" and out[-2].isalpha() and line[:1].isalpha()
            and line.split(None, 1)[0].lower() not in _SUSPENDED_BEFORE
        )
        out = out + line if broken else out + " " + line
    return single_spaced(out)


def _block_paragraphs(lines: list[_Line]) -> list[Paragraph]:
    """The paragraphs of a text that shows no wrap width as a whole, block by block (a block: lines between
    blank lines). A text can mix layouts: a lead pasted from a wire feed wrapped at 70 columns among
    paragraphs set one a line, each longer than any wrap. A block whose own lines show wrapping, and where
    each line that ends no sentence is full (the next word would not have fitted), is unwrapped (a line runs
    on unless it ends a sentence short of the width); every other line is a paragraph."""
    out: list[Paragraph] = []
    start = 0
    while start < len(lines):
        if not lines[start].text:
            start += 1
            continue
        end = start
        while end < len(lines) and lines[end].text:
            end += 1
        block = lines[start:end]
        width = _wrap_width(block) if len(block) > 1 else None
        if width is not None and any(
            a.text[-1] not in ".!?:" and _fits(a, b, width) for a, b in itertools.pairwise(block)
        ):
            width = None  # a line stops short although the next word fits: lines set one an item (a head)
        if width is None and len(block) > 1 and _wrapped_paragraph(block, first=not out):
            out.append(Paragraph(start, block[0].indent, _joined([p.text for p in block])))
            start = end
            continue
        parts = [block[0]]
        first = start
        for k in range(1, len(block) + 1):
            line = block[k] if k < len(block) else None
            if line is not None and width is not None and _runs_on(parts[-1], line, width, False, False, k == 1):
                parts.append(line)
                continue
            out.append(Paragraph(first, parts[0].indent, _joined([p.text for p in parts])))
            if line is not None:
                parts, first = [line], start + k
        start = end
    return out


_SENTENCE_END = re.compile(r"[.!?][\"”’')]*$")
# A wire's or an e-mail's wrap width, at the least (Reuters-21578: 70 columns; e-mail: 72 to 76).
_WIRE_WIDTH = 68


def _wrapped_paragraph(block: list[_Line], first: bool) -> bool:
    """Whether a block (lines between blank lines, or a whole text without any) is one paragraph hard-wrapped
    although the text is too short to show its width: no line but the last ends a sentence, and each line but
    the last is full, the next line's first word overflowing a wire's width ("Jefferies Group Inc said it is
    making a market in the stock of" over "Supermarkets General Corp."). The last line ends a sentence, or,
    below the text's ``first`` block (where a head may stand a line an item: a long headline over "By Jane
    Doe"), is a sentence's broken-off end (``_broken_off``). Lines set one an item stop short ("Kazakh leader
    seeks reset after riots" over "By Jane Doe") or end a sentence."""
    if _SENTENCE_END.search(block[-1].text) is None and (first or not _broken_off(block[-2], block[-1])):
        return False
    for a, b in itertools.pairwise(block):
        if (
            a.text[-1] in _CLOSING or a.text[-1] == ":" or a.length > _MAX_WRAP
            or a.gap or b.gap or b.bullet or b.indent > a.indent
            or a.length + 1 + len(b.text.split(None, 1)[0]) <= _WIRE_WIDTH
        ):
            return False
    return True


def _broken_off(prev: _Line, last: _Line) -> bool:
    # A sentence's end wrapped onto a short line of its own, under a line that stops on a word in lower case
    # ("... common stock split in" over "June 1986": a wire's note often goes without its full stop); a list of
    # headlines ends on a line as long as the others.
    return prev.text.rsplit(None, 1)[-1][0].islower() and 2 * last.length < _WIRE_WIDTH


def _fits(prev: _Line, line: _Line, width: int) -> bool:
    # Wrapping breaks a line only where the next word would not have fitted on it. A first word has a
    # character (``line.text`` is stripped and not empty): a line too full for one is answered unsplit.
    if prev.length + 2 > width:
        return False
    return prev.length + 1 + len(line.text.split(None, 1)[0]) <= width


def _fits_with_slack(prev: _Line, line: _Line, width: int) -> bool:
    # As ``_fits``: a line too full for a one-character word and the slack is answered before the split.
    if prev.length + 2 + _WRAP_SLACK > width:
        return False
    return prev.length + 1 + len(line.text.split(None, 1)[0]) + _WRAP_SLACK <= width


def _short_of(prev: _Line, line: _Line, margin: int) -> bool:
    """Whether ``prev`` stops well short of the margin although ``line``'s first word would have fitted on it:
    a paragraph's end, where a text that indents its paragraphs sets a line at the margin after a story
    paragraph (a caption, a teaser, an inserted prompt). The indent of an indented first line is not counted:
    wrapping tools fill the text first and indent it after. A body's first line above the first indent is
    the preamble's (``_stacked``), short where it shares its line with the markup."""
    # A first word has a character: a line too full for one (most are) is answered before the split.
    if line.indent or len(prev.text) + 2 + _WRAP_SLACK > margin:
        return False
    return len(prev.text) + 1 + len(line.text.split(None, 1)[0]) + _WRAP_SLACK <= margin


def _stacked(preamble: list[_Line], width: int) -> bool:
    """Whether the unindented lines above a text's first indented line are a head set one item a line
    (headline, byline, stamps), not the first paragraph: a line inside a block of them stands short although
    the next word would have fitted. A block's first line is no evidence: a wire body shares it with the
    markup or the dateline cut from it ("Tandem Computers Inc said it" under a headline), and a block's last
    line ends its paragraph."""
    firsts = [i == 0 or not preamble[i - 1].text for i in range(len(preamble))]
    return any(
        2 * a.length < width and _fits(a, b, width) and not (a.gap or b.gap or b.bullet)
        for (a, first), (b, _) in itertools.pairwise(zip(preamble, firsts))
        if a.text and b.text and not first
    )


def _in_sentence(prev: _Line, line: _Line, width: int) -> bool:
    # A dash and a word in lower case under a full line that stops mid-sentence is the sentence's own dash
    # ("two newest cars" over "- the four-door Corsica sedan and two-door Beretta Sport Coupe - have"); a figure
    # and a full stop under one that stops on a word in lower case is the sentence's figure closing it ("... in
    # another" over "11. The changes are due ..."). A list item stands under a label or under another item.
    if line.text[0] in "-–—":
        own = line.text[2:3].islower()
    else:
        own = line.text[0].isdigit() and prev.text[-1].islower() and line.text.split(" ", 1)[0][-1:] == "."
    return (
        own and not prev.bullet
        and prev.text[-1] not in _CLOSING and prev.text[-1] != ":" and prev.length + 2 + _WRAP_SLACK > width
    )


_CJK_CLOSES = frozenset("。．！？、，,.!?：:")
# Marks that close an item of a breadcrumb or a menu, never a wrapped line's last word.
_ITEM_MARKS = frozenset("›»→")


def _capitals_over_text(prev: _Line, line: _Line) -> bool:
    """A line in capitals (a wire's headline: "KAISER ALUMINUM <KLU> RAISES PRODUCT PRICES") over one in running
    case: telex copy in capitals wraps into capitals, and a body's first line sharing the markup's line is in
    running case ("Mobil Corp said its")."""
    return prev.text.isupper() and " " in prev.text and not line.text.isupper() and any(
        c.islower() for c in line.text
    )


def _cjk_heading(prev: _Line) -> bool:
    """A first line of Chinese or Japanese that closes no sentence or clause: such text wraps at the width
    wherever a character falls, and no wire shares that line with its markup, so a short one is a heading."""
    return prev.text[-1] not in _CJK_CLOSES and 2 * cjk_characters(prev.text) >= len(prev.text)


def _runs_on(
    prev: _Line, line: _Line, width: int, first_line_indent: bool, marked: bool, first: bool = False
) -> bool:
    if line.indent > prev.indent or (first_line_indent and line.indent > 0):
        return False
    if (line.bullet and not _in_sentence(prev, line, width)) or prev.gap or line.gap:
        return False
    if marked:
        # Even where blank lines or indents mark paragraphs, a line that closes a sentence or a bracket well
        # short of the width, although the next word would have fitted, was set so: a credit, a note or a
        # prompt under the story ("(Reporting by ...)" over "Correction: ...").
        if prev.length + 2 + _WRAP_SLACK > width:
            return True  # most lines: full
        if prev.text[-1] not in _CLOSING:
            # Mid-sentence, unless blank lines mark the paragraphs and it stops well short of the width although
            # the next word, a capitalised one, would have fitted: a label or a headline set one a line ("Read
            # also" over a headline). Where an indented first line marks them (Reuters), a body's first line
            # stops short where it shared its line with the markup ("The Vancouver Stock" over "Exchange said").
            # A script without case (Arabic, Chinese, Hebrew, Thai) shows no capital: a line of it opens as
            # a capitalised one does, and a short line over it ends its paragraph too ("اقرأ أيضاً" over a
            # headline).
            return first_line_indent or not (
                _fits_with_slack(prev, line, width) and (_capitalised(line.text) or _caseless(line.text))
            )
        return not (_fits_with_slack(prev, line, width) and _closes(prev.text))
    # Unmarked, a line that ends a sentence short of the width ends its paragraph; so does one that stops a
    # quarter of the width short although the next word would have fitted, which wrapping does not do (wire
    # copy is ragged, by less): rows set one a line ("1a etapa: 10 de março" over "2a etapa: ..."), a label over
    # a line in capitals. Not the text's ``first`` line, which a wire body shares with the markup ("There were
    # seven grain ships loading and" over "six ships were waiting", "Mobil Corp said its" over "Montgomery Ward"),
    # nor a line as long as a wire's wrap, which one overlong line elsewhere makes look short.
    # A first word has a character: a line too full for one (a wrapped line at the width, most of them) runs
    # on, answered before the split.
    if prev.length + 2 > width:
        return True
    if prev.text[-1] in _ITEM_MARKS or first and (_capitals_over_text(prev, line) or _cjk_heading(prev)):
        # A breadcrumb closing on its mark ("Portada > Política ›"), a headline in capitals over a byline or a
        # stamp in running case, a Chinese or Japanese headline over its byline ("新線の地下鉄、来月開業へ" over
        # "山田太郎 記者"): items set one a line, which no wrapping leaves short (blind dev bf0055, bf0273).
        return False
    reach = prev.length + 1 + len(line.text.split(None, 1)[0])
    if reach > width or _abbreviated(prev, line):
        return True
    return prev.text[-1] not in ".!?:" and (
        first or 4 * reach > 3 * width or reach >= _WIRE_WIDTH
    )
