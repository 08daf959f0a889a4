"""The passes that apply the packs' declarative rules (kinds line, prefix, suffix, teaser_label; list_label is
in ``lists``), each restricted to the zones its rules name.

Speed: for each kind and zone combination the rules' patterns are joined into one alternation, so a paragraph
no rule matches costs one call into the regex engine, not one per rule. Only on a match are the rules tried one
by one, in registry order, to name the winner (the first that matches: see ``rules`` on precedence).
"""
from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from re import _constants, _parser  # type: ignore[attr-defined]  # CPython's own regex parser
from collections.abc import Callable, Iterator

from wirewash.transforms.core.cleaning.rules import RULES
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import SENTENCE_BREAK, Doc, Line, is_sentence, is_short_line

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"))


def _source(pattern: re.Pattern[str]) -> str | None:
    """The pattern as a self-contained alternative, or None when it cannot be joined (back-references)."""
    if "(?P=" in pattern.pattern or re.search(r"\\\d", pattern.pattern):
        return None
    flags = "".join(letter for flag, letter in _FLAGS if pattern.flags & flag)
    return f"(?{flags}:" + _NAMED_GROUP.sub("(", pattern.pattern) + ")" if flags else (
        "(?:" + _NAMED_GROUP.sub("(", pattern.pattern) + ")"
    )


def _max_width(pattern: re.Pattern[str], parsed: object = None) -> int:
    """The longest text ``pattern`` can fullmatch (sys.maxsize when unbounded or unknown); ``parsed`` is its
    parse when already made."""
    try:
        parsed = parsed if parsed is not None else _parser.parse(pattern.pattern, pattern.flags)
        return min(parsed.getwidth()[1], sys.maxsize)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - the parser is CPython's own; without it nothing is skipped
        return sys.maxsize


_MAX_RANGE = 30_000  # a class of a script's letters (Hangul, the CJK ideographs) is a known start; \w is not


def _decimal_digits() -> frozenset[str]:
    """What ``\\d`` matches: the characters of category Nd (str.isdecimal). Unicode encodes them in runs of ten,
    0 to 9 in order (a stability policy), so every tenth code point is tested and a digit found brings its run:
    a tenth of the scan of every code point, which took 70 ms of each import."""
    out: set[str] = set()
    for c in range(0, sys.maxunicode + 1, 10):
        value = unicodedata.decimal(chr(c), None)
        if value is not None:
            out.update(map(chr, range(c - value, c - value + 10)))
    return frozenset(out)


_DIGITS = _decimal_digits()
# Characters a case-insensitive literal also matches besides its lower and upper case (long s, Kelvin sign,
# dotted and dotless i, Greek symbol variants).
_EXOTIC = "ſ\u212aİıϐϑϕϖϰϱϵẛι"

def _variants(c: str) -> set[str]:
    out = {c, c.lower(), c.upper(), c.swapcase()}
    out |= {x for x in _EXOTIC if x.lower() == c.lower() or x.upper() == c.upper()}
    return {x for x in out if len(x) == 1}

def _item(op: object, av: object, icase: bool) -> tuple[set[str] | None, bool]:  # noqa: C901
    # One case per kind of node of CPython's parse: (first characters, whether the node can match empty).
    if op is _constants.LITERAL:
        c = chr(av)
        return (_variants(c) if icase else {c}), False
    if op is _constants.IN:
        out = set()
        for o, a in av:
            if o is _constants.LITERAL:
                out |= _variants(chr(a)) if icase else {chr(a)}
            elif o is _constants.RANGE:
                lo, hi = a
                if hi - lo > _MAX_RANGE:
                    return None, False
                for x in range(lo, hi + 1):
                    out |= _variants(chr(x)) if icase else {chr(x)}
            elif o is _constants.CATEGORY and a is _constants.CATEGORY_DIGIT:
                out |= _DIGITS
            else:
                return None, False
        return out, False
    if op is _constants.BRANCH:
        out, nullable = set(), False
        for seq in av[1]:
            f, n = _seq(seq, icase)
            if f is None:
                return None, False
            out |= f; nullable |= n
        return out, nullable
    if op is _constants.SUBPATTERN:
        _, add, dele, p = av
        ic = (icase or bool(add & re.IGNORECASE)) and not (dele & re.IGNORECASE)
        return _seq(p, ic)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        lo, _, p = av
        f, n = _seq(p, icase)
        return f, (n or lo == 0) if f is not None else False
    if op is _constants.ATOMIC_GROUP:
        return _seq(av, icase)
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return set(), True
    return None, False

def _seq(items: object, icase: bool) -> tuple[set[str] | None, bool]:
    out = set()
    for op, av in items:
        f, n = _item(op, av, icase)
        if f is None:
            return None, False
        out |= f
        if not n:
            return out, False
    return out, True

def _first_chars(pattern: re.Pattern[str], parsed: object = None) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, or None when that is unknown or any (a negated
    class, a word class, an optional start). Read from CPython's own parse of the pattern (``parsed``, when
    already made)."""
    parsed = parsed if parsed is not None else _parser.parse(pattern.pattern, pattern.flags)
    f, nullable = _seq(parsed, bool(pattern.flags & re.IGNORECASE))
    return None if f is None or nullable else frozenset(f)


_NONE = object()  # no rule of a class can start with a character
_MISSING = object()
# A rule that can start with more characters than this (a capital of three scripts, a digit, an unknown start)
# is "wide": joined once per length class for every first character. Joined into each character's pattern, as
# the narrow ones (a literal word in either case) are, it was compiled a hundred times over.
_NARROW_FIRSTS = 16


def _width_class(width: int) -> int:
    """``width`` rounded up to a power of two (at least 32): a handful of joined patterns per matcher. One per
    distinct width meant hundreds of compiles of long alternations, seconds at every import."""
    return width if width >= sys.maxsize else 1 << max(5, (width - 1).bit_length())


Joins = dict[tuple[Rule, ...], re.Pattern[str] | None]  # joined patterns by the rules they join


def _join(rules: tuple[Rule, ...], joins: Joins) -> re.Pattern[str] | None:
    """One alternation of the rules' patterns, or None when one cannot be joined (a back-reference).
    Memoised in ``joins``, which the zones' matchers of a kind share: their rule sets are mostly the same."""
    found = joins.get(rules, _MISSING)
    if found is _MISSING:
        sources = [_source(r.pattern) for r in rules]  # type: ignore[arg-type]
        found = joins[rules] = re.compile("|".join(sources)) if None not in sources else None  # type: ignore
    return found  # type: ignore[return-value]


def _is_narrow(first: frozenset[str] | None) -> bool:
    return first is not None and len(first) <= _NARROW_FIRSTS


class Matcher:
    """The rules of one kind that may fire in one zone combination, with their joined prefilters.

    Per length class: a paragraph longer than every pattern of a rule can match skips that rule, so a long
    story paragraph is tested against the few rules that can span it, or none. And per first character: a text
    is tested against the rules that can start with its character at ``pos``, not against every alternative of
    every language's pack.

    Two prefilters, each a necessary condition for any rule it joins to match, built the first time a text
    needs them: the narrow rules of every zone that can start with the text's character in either case,
    joined (one pattern for every length class), and this zone's wide rules (see ``_NARROW_FIRSTS``) of the
    length class, joined (one pattern for every character). A text that fails both matches no rule; one
    that passes either is tried rule by rule.
    Compiling a join costs about the sum of its rules' compiles (milliseconds for a credit or a stamp), so
    each rule is compiled into a few joins, not into one per (class, character): that was 800 compiles of up
    to 180 rules in the first 1,500 articles of every worker process, seconds of CPU.
    """

    def __init__(self, rules: list[Rule], joins: Joins | None = None,
                 shapes: dict[Rule, tuple[int, frozenset[str] | None]] | None = None,
                 pool: list[Rule] | None = None) -> None:
        self.rules = tuple(r for r in rules if r.pattern is not None)
        shapes = shapes if shapes is not None else {}
        pool = [r for r in pool if r.pattern is not None] if pool is not None else list(self.rules)
        for r in (*self.rules, *pool):
            if r not in shapes:
                pattern: re.Pattern[str] = r.pattern  # type: ignore[assignment]
                parsed = _parser.parse(pattern.pattern, pattern.flags)  # once for both
                shapes[r] = (_width_class(_max_width(pattern, parsed)), _first_chars(pattern, parsed))
        self._widths = [shapes[r][0] for r in self.rules]
        self._firsts = [shapes[r][1] for r in self.rules]
        self._narrow = [_is_narrow(first) for first in self._firsts]
        self._limits = sorted(set(self._widths))
        self._joins = joins if joins is not None else {}
        # The narrow rules joined per character: those of ``pool`` (all zones' rules of the kind: one join per
        # character for the four zones' matchers; a text that passes it is tried on this zone's rules only).
        self._pool = tuple((r, shapes[r][1]) for r in pool if _is_narrow(shapes[r][1]))
        # Memo of (candidate rules, prefilters) per (length class, first character), built the first time a
        # text asks. It holds compiled patterns only, the same whoever builds them, so it changes no result.
        self._by_char: list[dict[str, object]] = [{} for _ in self._limits]

    def _entry(self, at: int, ch: str) -> object:
        """(indices of the rules of length class ``at`` that can start with ``ch``, a prefilter, a second
        prefilter or None); the first prefilter is None when the rules are tried without one (a back-reference
        in a pattern); _NONE when no rule can start with ``ch``."""
        least = self._limits[at]
        indices = tuple(
            i for i, (w, first) in enumerate(zip(self._widths, self._firsts))
            if w >= least and (first is None or ch in first)
        )
        found: object = _NONE
        if indices:
            tests = []
            if any(self._narrow[i] for i in indices):
                # Those that can start with ``ch`` in any case: "S" and "s" share one join (a superset of
                # either's rules is as good a prefilter).
                cased = _variants(ch)
                narrow = tuple(r for r, first in self._pool if not cased.isdisjoint(first))  # type: ignore
                tests.append(_join(narrow, self._joins))
            if not all(self._narrow[i] for i in indices):
                tests.append(_join(tuple(r for r, w, narrow in zip(self.rules, self._widths, self._narrow)
                                         if not narrow and w >= least), self._joins))
            found = (indices, None, None) if None in tests else (indices, *tests, None)[:3]
        self._by_char[at][ch] = found
        return found

    def first(self, text: str, pos: int, method: str) -> tuple[Rule, re.Match[str]] | None:
        """The first rule (registry order) whose pattern ``method``s (match/fullmatch) ``text`` at ``pos``."""
        if not self.rules or pos >= len(text):
            return None
        at = 0
        if method == "fullmatch":
            at = bisect.bisect_left(self._limits, len(text) - pos)
            if at == len(self._limits):
                return None  # longer than any rule can match
        ch = text[pos]
        # The memo read inline: this runs for most paragraphs of every article, several times.
        entry = self._by_char[at].get(ch, _MISSING)
        if entry is _MISSING:
            entry = self._entry(at, ch)
        if entry is _NONE:
            return None
        indices, test, second = entry  # type: ignore[misc]
        if (
            test is not None and getattr(test, method)(text, pos) is None
            and (second is None or getattr(second, method)(text, pos) is None)
        ):
            return None
        rules = self.rules
        for i in indices:
            if (m := getattr(rules[i].pattern, method)(text, pos)) is not None:
                return rules[i], m
        return None


def _matchers(kind: str) -> dict[tuple[bool, bool], Matcher]:
    rules = [r for r in RULES if r.kind == kind and r.pattern is not None]
    # Each rule parsed once for its width and first characters, and each set of rules joined once, whichever
    # zones' matchers need it.
    joins: Joins = {}
    shapes: dict[Rule, tuple[int, frozenset[str] | None]] = {}
    return {
        (head, tail): Matcher([r for r in rules if r.zone == "any" or (head and r.zone == "head")
                               or (tail and r.zone == "tail")], joins, shapes, rules)
        for head in (False, True) for tail in (False, True)
    }


LINE = _matchers("line")
PREFIX = _matchers("prefix")
SUFFIX = _matchers("suffix")
TEASER = _matchers("teaser_label")
LIST_LABEL = _matchers("list_label")
PUBLISHERS = {r.name: r.publisher for r in RULES if r.publisher is not None}

_GLUED_LINE_MAX_CHARS = 120  # a widget's label, a button or a wire's credit line run into a paragraph's end
_LINK = re.compile(r"https?://|www\.|\.com/|@\w")
_ABBREVIATION = re.compile(r"(?:^|\s)[A-Z][a-z]{0,3}\.$")  # read in a window ending at the full stop


def zoned(doc: Doc) -> Iterator[tuple[int, Line, tuple[bool, bool]]]:
    """(index, line, (in head zone, in tail zone)) for each kept line."""
    kept, (head, tail) = doc.zones()
    for i, line in enumerate(list(kept)):
        yield i, line, (i < head, i >= tail)


def prefixes(doc: Doc) -> None:
    """Strip matched starts (wire credits, datelines), stacked ones too; the rest of the paragraph stays."""
    following = doc.kept()
    for i, line, zone in zoned(doc):
        if line.memo.get("prefixes") == (line.text, zone):
            continue  # tested unchanged in an earlier round
        matcher, pos = PREFIX[zone], 0
        while (found := matcher.first(line.text, pos, "match")) is not None and found[1].end() > pos:
            rule, m = found
            doc.strip(line, rule.name, pos, m.end())
            pos = m.end()
            line.credited = line.credited or rule.publisher is not None
        if pos:
            doc.cut(line, pos)
            if not line.kept and line.credited and zone[0] and i + 1 < len(following):
                # A wire credit on a line of its own in the head opens the paragraph under it: the lead.
                following[i + 1].credited = True
        line.memo["prefixes"] = (line.text, zone)


def lines(doc: Doc) -> None:
    """Remove whole paragraphs a line rule matches, and strip suffixes glued after a story sentence."""
    for _, line, zone in zoned(doc):
        if line.memo.get("lines") == (line.text, zone):
            continue
        line.memo["lines"] = (line.text, zone)
        found = LINE[zone].first(line.text, 0, "fullmatch")
        if found is not None:
            doc.remove(line, found[0].name)
            continue
        suffix, last = SUFFIX[zone], None
        if not suffix.rules and line.sentence:
            continue  # no suffix rule here, and a paragraph ending as a sentence has no glued line
        for b in line.breaks():
            if b.end() >= len(line.text):
                continue
            if (hit := suffix.first(line.text, b.end(), "fullmatch")) is not None:
                doc.strip(line, hit[0].name, b.end(), len(line.text))
                doc.cut_tail(line, b.end())
                break
            if b[0][-1] == " ":
                last = b
        else:
            _glued_line(doc, line, zone, last)


def glued_tail(line: Line, max_chars: int) -> int | None:
    """Start of the fragment after ``line``'s last sentence end (a full stop and a space, or "。"), when it is no
    sentence, holds a letter, is at most ``max_chars`` long and the full stop is no title's abbreviation ("Sen.
    Edward Zorinsky"): where a furniture line run into the paragraph would start; else None."""
    text = line.text
    last = None
    for b in line.breaks():
        if b.end() < len(text) and (b[0][-1] == " " or b[0][0] in "。！？"):  # CJK text sets no space after
            last = b
    if last is None or len(text) - last.end() > max_chars:
        return None
    piece = text[last.end():]
    if not any(c.isalpha() for c in piece) or _ABBREVIATION.search(text, max(0, last.start() - 5), last.start() + 1):
        return None
    if SENTENCE_BREAK.search(piece) is not None and not piece.endswith((")", "）")):
        return None
    return last.end()


def _glued_line(doc: Doc, line: Line, zone: tuple[bool, bool], last: re.Match[str] | None) -> None:
    """A furniture line run into the paragraph above it ("... the deal. Advertisement - Scroll to continue"):
    a short fragment that is no sentence after the last sentence break (``last``: a full stop and a space,
    not a decimal point) that a line rule takes whole. Not after a title's abbreviation ("Sen. Edward
    Zorinsky (D-Neb.)"), and not a link: one closing a paragraph is the story's reference ("... Ticket
    details: http://...") as often as a widget's."""
    if last is None or len(line.text) - last.end() > _GLUED_LINE_MAX_CHARS or line.sentence:
        return  # a paragraph that ends as a sentence ends with the story's (and most do: checked first)
    text, at = line.text, last.end()
    if _LINK.search(text, at) is not None:
        return
    if _ABBREVIATION.search(text, max(0, last.start() - 5), last.start() + 1):
        return
    found = LINE[zone].first(text, at, "fullmatch")
    if found is not None:
        doc.strip(line, found[0].name, at, len(text))
        doc.cut_tail(line, at)


# Words that open a story sentence: where a teaser headline glued to the story ends. A capitalised one of
# these after a lower-case word ("... elections The vote ...") or before one ("... Elections The vote ...").
STARTERS = frozenset(
    ["The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "But", "And", "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "After", "Before", "When", "While", "As", "For", "If", "Since", "Although", "Despite", "Officials", "Police", "Authorities", "Meanwhile", "However", "El", "La", "Los", "Las", "Un", "Una", "Le", "Les", "Der", "Die", "Das", "Ein", "Eine", "Il", "Lo", "Gli", "O", "Os"]
)


# A pronoun and a verb in one ("I’ve", "It's", "We're"): a sentence's opening, never a headline's last word.
_PRONOUN_VERB = re.compile(r"(?:I|It|We|You|They|He|She|That|There|What|Here)['’](?:ve|m|s|re|ll|d)")


def split_teaser(rest: str, min_words: int) -> int | None:
    """Where the story sentence starts in a teaser headline glued to it (a character index), or None.

    The story starts at a capitalised word (after any opening quote) with at least ``min_words`` words from
    it to the end: preferably a word that opens sentences ("The", "He", ...) next to a lower-case word, else
    the first capitalised word after a lower-case one (a sentence-case headline ends there) or before one (a
    title-case headline ends there), before the first sentence end. Whatever is left of the headline stays.
    """
    tokens = rest.split(" ")
    # The offset of tokens[i], kept as the loop goes: it stops at the first sentence end, so a long paragraph
    # after a label costs a few tokens, not one step per word.
    at = len(tokens[0]) + 1
    fallback = None
    for i in range(2, len(tokens) - min_words + 1):
        tok = tokens[i]
        at += len(tokens[i - 1]) + 1
        if is_sentence(tokens[i - 1]):
            break  # a headline has no full stop: the story started at or before this sentence's end
        core = tok.lstrip("\"“‘'«(")
        if not core[:1].isupper():
            continue
        before, after = tokens[i - 1], tokens[i + 1]
        lower_before = before[:1].islower() or before[-1:] in ".!?"
        if (core.rstrip(",") in STARTERS or _PRONOUN_VERB.fullmatch(core)) and (lower_before or after[:1].islower()):
            return at
        if fallback is None and (lower_before or (before[:1].isupper() and after[:1].islower())):
            fallback = at
    return fallback


# Brackets and arrows a page sets round a teaser label ("【相关阅读】", "[관련기사]", "▶ 관련기사"): the closing
# bracket each opening one needs after the label ("" for an arrow).
_LABEL_FRAMES = {"【": "】", "[": "]", "［": "］", "▶": "", "►": ""}
# What may end a label: its delimiter, or the space before the headline.
_LABEL_ENDS = ":|：】]］ "
_DELIMITERS = ":|："


def teaser_label(text: str, pos: int, matcher: Matcher) -> tuple[Rule, int] | None:
    """(rule, end) of a pack's teaser label at ``pos`` of ``text``, bare ("Read more:") or framed by brackets
    or an arrow ("【相关阅读】", "▶ 관련기사"); ``end`` is past the label's delimiter and the space after it. None when
    no label is there, or when the label runs on into a word ("Read more about the plan" is a sentence)."""
    found = matcher.first(text, pos, "match")
    close, framed = "", False
    if found is None and (frame := _LABEL_FRAMES.get(text[pos:pos + 1])) is not None:
        inner = pos + 1 + (text[pos + 1:pos + 2] == " ")
        found = matcher.first(text, inner, "match")
        close, framed = frame, True
    if found is None or found[1].end() == pos:
        return None
    rule, end = found[0], found[1].end()
    if close:
        if text[end:end + 1] != close:
            return None
        end += 1
    if end < len(text) and not (text[end - 1] in _LABEL_ENDS or text[end] in _LABEL_ENDS):
        return None
    # A pattern may take the delimiter and the space after it ("read more: "): the label's last character counts.
    delimited = framed or text[pos:end].rstrip()[-1:] in _DELIMITERS or text[end:end + 1] in _DELIMITERS
    label = text[pos:end]
    while end < len(text) and text[end] in _LABEL_ENDS:
        end += 1
    if delimited or end >= len(text) or label.isupper():
        return rule, end
    # A label set off by a space only ("Click here to read more Insurer sets ...", "اقرأ أيضا المنتخب ...")
    # reads as a sentence's opening words when a lower-case word follows ("Lesen Sie auch die Stellungnahme
    # ..."), or, in a script without case, when the paragraph ends as a sentence.
    first = text[end]
    if first.isupper() or (not first.islower() and not is_sentence(text)):
        return rule, end
    return None


# A word opening with a character outside ASCII, then a capitalised ASCII word after any opening quote or
# bracket: the only places ``script_change`` need look (a letter without case is never ASCII).
_BEFORE_CAPITAL = re.compile("[^\x00-\x7f ][^ ]*(?= [\"“‘'«(]*[A-Z])")


def script_change(rest: str, min_words: int) -> int | None:
    """Where a capitalised Latin word follows a word in a script without case (a headline in Chinese, Arabic,
    Korean glued to an English story sentence), with at least ``min_words`` words from it on; else None."""
    if rest.isascii():
        return None
    for m in _BEFORE_CAPITAL.finditer(rest):
        if m.start() and rest[m.start() - 1] != " ":
            continue  # inside a word
        first = rest[m.start()]
        caseless = first.isalpha() and not (first.isupper() or first.islower())
        # rest.count(" ", start): the words after this one, as rest.split(" ") counts them.
        if rest.count(" ", m.start()) < min_words:
            continue
        # A script with case (a Cyrillic or Greek headline) changes for good only where the story goes on in
        # Latin script: "Жара побила рекорд "Two months after ..." (not "Компания Apple представила ...").
        cased_script = first.isalpha() and ord(first) >= _NON_LATIN
        if caseless or (cased_script and _latin(rest, m.end() + 1, min_words)):
            return m.end() + 1
    return None


_NON_LATIN = 0x370  # Greek, Cyrillic and every script after them; below: Latin with its diacritics


def _latin(text: str, at: int, words: int) -> bool:
    """Whether the first ``words`` words of ``text[at:]`` have no letter outside Latin script."""
    head = " ".join(text[at:].split(" ", words)[:words])
    return not any(c.isalpha() and ord(c) >= _NON_LATIN for c in head)


def teasers(doc: Doc) -> None:
    """A teaser label ("READ MORE:", "【相关阅读】") and the one headline it teases: alone, followed by the
    headline line, or glued to it in one paragraph; a story sentence glued after the headline stays."""
    kept = list(zoned(doc))
    for i, line, zone in kept:
        if not line.kept or line.memo.get("teasers") == (line.text, zone):
            continue
        found = teaser_label(line.text, 0, TEASER[zone])
        if found is None:
            line.memo["teasers"] = (line.text, zone)
            continue
        rule, end = found
        if end >= len(line.text):  # the label alone: the headline it teases is the next line
            doc.remove(line, rule.name)
            if i + 1 < len(kept) and is_short_line(nxt := kept[i + 1][1], doc.cfg) and nxt.words >= doc.cfg.headline_min_words:
                doc.remove(nxt, rule.name)
            continue
        rest = line.text[end:]
        min_words = doc.cfg.body_min_words - 1
        story = script_change(rest, min_words)
        if story is None:
            story = split_teaser(rest, min_words)
        if story is None and line.words > doc.cfg.headline_max_words + 3:
            # No headline end found in a paragraph longer than a label and a headline: the label goes, the
            # rest stays (the story sentence glued after the headline is no furniture).
            doc.strip(line, rule.name, 0, end)
            doc.cut(line, end)
        elif story is None:
            doc.remove(line, rule.name)
        else:
            doc.strip(line, rule.name, 0, end + story)
            doc.cut(line, end + story)


Pass = Callable[[Doc], None]
