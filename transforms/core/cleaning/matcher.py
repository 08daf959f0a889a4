"""The packs' declarative rules of one kind (line, prefix, suffix, teaser_label, list_label) joined per zone
combination into ``Matcher``s, which name the first rule in registry order that matches a text.

Speed: for each kind and zone combination the rules' patterns are joined into one alternation, so a paragraph
no rule matches costs one call into the regex engine, not one per rule. Only on a match are the rules tried one
by one, in registry order, to name the winner (the first that matches: see ``rules`` on precedence). The
prefixes' joins are tried only where the text holds a literal one of their rules needs ("(Reuters)", "/TASS/").
"""
from __future__ import annotations

import bisect
import re
import sys
from re import _parser  # type: ignore[attr-defined]  # CPython's own regex parser

from wirewash.transforms.core.cleaning.regex_shape import (
    EXOTIC, LEAD, Literal, first_chars, leads_and_literals, max_width, rarity, variants,
)
from wirewash.transforms.core.cleaning.rules import RULES
from wirewash.transforms.core.cleaning.rules.base import Rule

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


# Width class, first characters, literals, first two characters.
Shape = tuple[int, frozenset[str] | None, frozenset[Literal] | None, frozenset[str] | None]
# A gate: characters (all of them, and the ASCII ones alone), case-sensitive literals and case-insensitive ones
# joined, one of which any of its rules' matches holds (see ``_gate``); and the widest rule's width class.
Gate = tuple[str, str, tuple[str, ...], re.Pattern[str] | None, int]
# Literals a gate tests one by one (ASCII words, "INTERFAX"; case-insensitive ones, joined): a search of a long
# alternation at every position of a window costs more than the join it would spare.
_GATE_MAX_WORDS = 4


def _gate(rules: tuple[Rule, ...], shapes: dict[Rule, Shape]) -> Gate | None:
    """What any of ``rules`` needs to match at a position, tested in the window of the widest of them: a
    character of its set (the rarest of each case-sensitive literal holding punctuation or another script:
    "(" of "(Reuters)", "/" of "/TASS/"), a case-sensitive literal of ASCII letters, or a case-insensitive
    literal, which the regex engine reads as it does in the rule. None when a rule requires no literal or too
    many literals would be tested one by one."""
    literals: set[Literal] = set()
    for r in rules:
        required = shapes[r][2]
        if required is None:
            return None
        literals |= required
    chars: set[str] = set()
    words: list[str] = []
    folded: list[str] = []
    for text, icase in sorted(literals, key=lambda lit: (len(lit[0]), lit)):
        rare = [c for c in text if rarity(c) > 2]
        if icase:
            folded.append(text)
        elif not rare:
            words.append(text)
        elif chars.isdisjoint(rare):
            chars.add(rare[0])
    if len(words) + len(folded) > _GATE_MAX_WORDS:
        return None
    either = re.compile("|".join(f"(?i:{re.escape(t)})" for t in folded)) if folded else None
    ordered = "".join(sorted(chars))
    # An unbounded width as a window's end past any text: pos + width must stay a C integer.
    return (ordered, "".join(c for c in ordered if c.isascii()), tuple(words), either,
            min(max(shapes[r][0] for r in rules), sys.maxsize // 2))


def _gate_open(gate: Gate, text: str, pos: int) -> bool:
    """Whether ``text`` holds what the gate's rules need within their width from ``pos``."""
    chars, ascii_chars, words, either, width = gate
    end = pos + width
    # One find per character, not a class searched: a find scans a 512-character window in a tenth of the
    # time the regex engine takes (3 us a paragraph for "(" or "/" of the credits' gate). An ASCII text holds
    # none of the other scripts' characters.
    for c in ascii_chars if text.isascii() else chars:
        if text.find(c, pos, end) >= 0:
            return True
    return (
        any(text.find(word, pos, end) >= 0 for word in words)
        or (either is not None and either.search(text, pos, end) is not None)
    )


class Words:
    """Words one of which, in any case, every match of a pattern holds: ``may_hold`` answers False only for a
    text the pattern cannot match anywhere, at a fraction of a search's cost (a case-insensitive alternation
    without a literal prefix is tried at every position of the text; the words are found by ``str.find`` in
    the lower-cased text). A pattern's own literals (``leads_and_literals``) are too many to test one by one
    ("earlier version of this story", "prior version of the report", ...), so the caller names a few words
    that cover them; each of the pattern's literals must hold one of the words (read by the regex engine
    itself, case-insensitively), else ``ValueError`` when the gate is made: a pattern edited without its
    words fails at import, not by dropping matches."""

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        required = leads_and_literals(pattern)[1]
        uncovered = (
            None if required is None
            else [t for t, _ in required if not any(re.search(f"(?i:{re.escape(w)})", t) for w in words)]
        )
        if uncovered is None or uncovered:
            raise ValueError(f"no word of {words} is in every match of {pattern.pattern[:60]!r}: {uncovered}")
        # In an ASCII text only an ASCII word can be found, in its lower case (ASCII letters have no case
        # variants outside ASCII there); a word with a character of another script, none of ASCII's exotic
        # case variants ("ſ" of "s", the Kelvin sign of "k": ``EXOTIC``), cannot be. Any other text is
        # searched for the words by the regex engine, which reads case as the pattern does.
        self._ascii = tuple(w.lower() for w in words if w.isascii())
        if any(not w.isascii() and all(c.isascii() or c in EXOTIC for c in w) for w in words):
            raise ValueError(f"a word of {words} is written in ASCII's exotic case variants only")
        self._any = re.compile("|".join(f"(?i:{re.escape(w)})" for w in words))

    def may_hold(self, text: str) -> bool:
        if text.isascii():
            # A plain loop: no generator frame resumed per word, no call through map and any per word (most texts
            # hold none of them; a fifth less than ``any(map(...))`` on the cleaner_speed articles).
            low = text.lower()
            for word in self._ascii:
                if word in low:
                    return True
            return False
        return self._any.search(text) is not None


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

    Up to three prefilters, each a necessary condition for any rule it joins to match, built the first time a
    text needs them: the narrow rules of every zone that can start with the text's character in either case,
    joined (one pattern for every length class), and this zone's wide rules (see ``_NARROW_FIRSTS``) of the
    length class, joined (one pattern for every character) in two: those whose matches open with known first
    two characters, and the others. A text that fails them all matches no rule; one that passes one is tried
    rule by rule.
    ``gated``: a prefilter is tried only when the text holds, within its rules' width from ``pos``, what one of
    them needs (``_gate``): a find or a character class searched costs a few microseconds, a join of credits
    tried at a long paragraph's start a hundred.
    Before any prefilter, the text's first two characters at ``pos``: a rule whose matches open with known
    characters (a label's words in either case) cannot match elsewhere, so a story sentence's "Th" skips every
    teaser label of "T" (``leads_and_literals``; a join with a rule of unknown opening is tried as before).
    Compiling a join costs about the sum of its rules' compiles (milliseconds for a credit or a stamp), so
    each rule is compiled into a few joins, not into one per (class, character): that was 800 compiles of up
    to 180 rules in the first 1,500 articles of every worker process, seconds of CPU.
    """

    def __init__(self, rules: list[Rule], joins: Joins | None = None,
                 shapes: dict[Rule, Shape] | None = None,
                 pool: list[Rule] | None = None, gated: bool = False) -> None:
        self.rules = tuple(r for r in rules if r.pattern is not None)
        shapes = shapes if shapes is not None else {}
        pool = [r for r in pool if r.pattern is not None] if pool is not None else list(self.rules)
        for r in (*self.rules, *pool):
            if r not in shapes:
                pattern: re.Pattern[str] = r.pattern  # type: ignore[assignment]
                parsed = _parser.parse(pattern.pattern, pattern.flags)  # once for all
                leads, required = leads_and_literals(pattern, parsed, literals=gated)
                shapes[r] = (_width_class(max_width(pattern, parsed)), first_chars(pattern, parsed),
                             required, leads)
        self._widths = [shapes[r][0] for r in self.rules]
        self._firsts = [shapes[r][1] for r in self.rules]
        self._narrow = [_is_narrow(first) for first in self._firsts]
        self._limits = sorted(set(self._widths))
        self._shapes = shapes
        self._gated = gated
        self._gates: dict[tuple[Rule, ...], Gate | None] = {}  # by the rules a join holds, as ``joins``
        self._joins = joins if joins is not None else {}
        # The narrow rules joined per character: those of ``pool`` (all zones' rules of the kind: one join per
        # character for the four zones' matchers; a text that passes it is tried on this zone's rules only).
        self._pool = tuple((r, shapes[r][1]) for r in pool if _is_narrow(shapes[r][1]))
        # Memo of (candidate rules, prefilters) per (length class, first character), built the first time a
        # text asks. It holds compiled patterns only, the same whoever builds them, so it changes no result.
        self._by_char: list[dict[str, object]] = [{} for _ in self._limits]
        # ``first`` fullmatches no text longer than this (-1 without rules): a caller trying every position of a
        # paragraph skips those too far from its end without a call.
        self.longest = self._limits[-1] if self._limits else -1

    def _entry(self, at: int, ch: str) -> object:
        """(indices of the rules of length class ``at`` that can start with ``ch``, prefilters, ``_leads`` of
        those rules): prefilters are one or two (joined pattern, its rules' ``Gate`` or None, its rules'
        ``_leads``), or None when the rules are tried without one (a back-reference in a pattern); _NONE when
        no rule can start with ``ch``."""
        least = self._limits[at]
        indices = tuple(
            i for i, (w, first) in enumerate(zip(self._widths, self._firsts))
            if w >= least and (first is None or ch in first)
        )
        found: object = _NONE
        if indices:
            joined = []
            if any(self._narrow[i] for i in indices):
                # Those that can start with ``ch`` in any case: "S" and "s" share one join (a superset of
                # either's rules is as good a prefilter).
                cased = variants(ch)
                joined.append(tuple(r for r, first in self._pool if not cased.isdisjoint(first)))  # type: ignore
            if not all(self._narrow[i] for i in indices):
                wide = [r for r, w, narrow in zip(self.rules, self._widths, self._narrow)
                        if not narrow and w >= least]
                # Those whose matches open with known characters ("Ende des X-Beitrags", "Publicité") joined
                # apart from the rest: that join is tried only where the text opens as one of them does, not
                # at every paragraph with a rule of unknown opening (an e-mail address, "... (Photo: ...)").
                opened = tuple(r for r in wide if self._shapes[r][3] is not None)
                joined += [part for part in (opened, tuple(r for r in wide if r not in opened)) if part]
            tests = tuple((_join(rules, self._joins), self._gate(rules), self._leads(rules)) for rules in joined)
            found = (indices, None if any(test is None for test, _, _ in tests) else tests,
                     self._leads(tuple(self.rules[i] for i in indices)))
        self._by_char[at][ch] = found
        return found

    def _leads(self, rules: tuple[Rule, ...]) -> frozenset[str] | None:
        # The first two characters any of ``rules``' matches opens with, or None when one rule's are unknown.
        leads = [self._shapes[r][3] for r in rules]
        return None if None in leads else frozenset().union(*leads)  # type: ignore[arg-type]

    def _gate(self, rules: tuple[Rule, ...]) -> Gate | None:
        if not self._gated:
            return None
        if rules not in self._gates:
            self._gates[rules] = _gate(rules, self._shapes)
        return self._gates[rules]

    def first(self, text: str, pos: int, method: str) -> tuple[Rule, re.Match[str]] | None:
        """The first rule (registry order) whose pattern ``method``s (match/fullmatch) ``text`` at ``pos``. A
        typographic apostrophe is read as the typewriter's, one character for one: the packs write "s'inscrire",
        pages print "s’inscrire"."""
        if not self.rules or pos >= len(text):
            return None
        if "’" in text:
            text = text.replace("’", "'")
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
        indices, tests, leads = entry  # type: ignore[misc]
        if leads is not None and text[pos:pos + LEAD] not in leads:
            # No rule here opens with these two characters ("Th" of a story sentence at a teaser label's "T"):
            # a slice and a set lookup instead of the joins.
            return None
        if tests is not None:
            # A join whose literals are not in reach cannot match: a find costs less than the regex engine
            # trying dozens of credits' places and dates at a long paragraph's start.
            for test, gate, test_leads in tests:
                if (
                    (test_leads is None or text[pos:pos + LEAD] in test_leads)
                    and (gate is None or _gate_open(gate, text, pos))
                    and getattr(test, method)(text, pos) is not None
                ):
                    break
            else:
                return None
        rules = self.rules
        for i in indices:
            if (m := getattr(rules[i].pattern, method)(text, pos)) is not None:
                return rules[i], m
        return None


def _matchers(kind: str, gated: bool = False) -> dict[tuple[bool, bool], Matcher]:
    rules = [r for r in RULES if r.kind == kind and r.pattern is not None]
    # Each rule parsed once for its width and first characters, and each set of rules joined once, whichever
    # zones' matchers need it.
    joins: Joins = {}
    shapes: dict[Rule, Shape] = {}
    return {
        # (True, True), a line in both zones, holds every rule: passes use it to ask whether any rule matches.
        (head, tail): Matcher([r for r in rules if r.zone == "any" or (head and r.zone == "head")
                               or (tail and r.zone in ("tail", "below_head"))
                               or (not head and r.zone == "below_head")], joins, shapes, rules, gated)
        for head in (False, True) for tail in (False, True)
    }


LINE = _matchers("line")
# Only the prefixes are gated: their joins (a credit's place, date and agency, dozens of them) are matched at a
# paragraph's start and cost ~100 us there. Most line and label joins need more words than a gate tests, and a
# run's calls replayed through gated matchers cost the same on lines and 5 us less per NewsArticles text on
# labels, for an import that reads every rule's literals.
PREFIX = _matchers("prefix", gated=True)
SUFFIX = _matchers("suffix")
TEASER = _matchers("teaser_label")
LIST_LABEL = _matchers("list_label")
