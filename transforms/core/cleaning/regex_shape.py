"""What any match of a compiled pattern can start with, must hold and span, read from CPython's own parse of it
(``re._parser``, the sre_parse of older versions), without matching any text.

- ``first_chars``: the characters a match can start with (case variants included); ``led`` puts them in a
  lookahead before the pattern.
- ``leads``, ``leads_and_literals``: the first ``LEAD`` characters of every match, and literals one of which
  every match holds (``Literal``, ranked by ``rarity``).
- ``max_width``: the longest text the pattern can match.

Limits: every answer is a necessary condition or unknown (None), never a guess: ``\\w``, a negated class,
a range past ``_MAX_RANGE`` code points, an optional start, a back-reference, or more texts than a cap
(``_MAX_LEADS``, ``_MAX_SPELLED``) reads as unknown or as a weaker condition, so a caller that gates on the
answer may gate less but never drops a match. A case-insensitive pattern's first characters include the
case variants the regex engine folds besides upper and lower case (``EXOTIC``: long s, the Kelvin sign,
dotless i, ...).

Errors: ``leads`` raises ``ValueError`` when the leads are unknown (a gate built on them would drop
matches); ``max_width`` reads a parse it cannot make as unbounded; the others let the parser's ``re.error``
of an invalid pattern through (a compiled pattern has none).
"""
from __future__ import annotations

import re
import sys
import unicodedata
from re import _constants, _parser  # type: ignore[attr-defined]  # CPython's own regex parser


def max_width(pattern: re.Pattern[str], parsed: object = None) -> int:
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
EXOTIC = "ſ\u212aİıϐϑϕϖϰϱϵẛι"

def variants(c: str) -> set[str]:
    out = {c, c.lower(), c.upper(), c.swapcase()}
    out |= {x for x in EXOTIC if x.lower() == c.lower() or x.upper() == c.upper()}
    return {x for x in out if len(x) == 1}

_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)

def _item(op: object, av: object, icase: bool) -> tuple[set[str] | None, bool]:  # noqa: C901
    # One case per kind of node of CPython's parse: (first characters, whether the node can match empty).
    if op is _constants.LITERAL:
        c = chr(av)
        return (variants(c) if icase else {c}), False
    if op is _constants.IN:
        out = set()
        for o, a in av:
            if o is _constants.LITERAL:
                out |= variants(chr(a)) if icase else {chr(a)}
            elif o is _constants.RANGE:
                lo, hi = a
                if hi - lo > _MAX_RANGE:
                    return None, False
                for x in range(lo, hi + 1):
                    out |= variants(chr(x)) if icase else {chr(x)}
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
    if op in _REPEATS:
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

def first_chars(pattern: re.Pattern[str], parsed: object = None) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, or None when that is unknown or any (a negated
    class, a word class, an optional start). Read from CPython's own parse of the pattern (``parsed``, when
    already made)."""
    parsed = parsed if parsed is not None else _parser.parse(pattern.pattern, pattern.flags)
    f, nullable = _seq(parsed, bool(pattern.flags & re.IGNORECASE))
    return None if f is None or nullable else frozenset(f)


# The most first characters ``led`` puts in a class: a class of hundreds (every digit of every script) costs
# more per position than the alternatives it spares.
_LED_MAX_FIRSTS = 64


def led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead of the characters its matches can start with (``first_chars``): the same
    matches. A case-insensitive alternation has no literal prefix, so a search tries every alternative at every
    position; the class skips most positions at one test (2-4 times faster on a line of text). ``pattern``
    itself when its first characters are unknown or too many."""
    first = first_chars(pattern)
    if first is None or len(first) > _LED_MAX_FIRSTS:
        return pattern
    chars = "".join(re.escape(c) for c in sorted(first))
    return re.compile(f"(?=[{chars}])(?:{pattern.pattern})", pattern.flags)


# The texts of the first two characters a match can open with, spelled out up to this many (a literal word
# in either case: four; a class of capitals and a letter: hundreds).
_MAX_LEADS = 1024
LEAD = 2


def _extended(heads: set[str], tails: set[str]) -> set[str] | None:
    """Each of ``heads`` shorter than ``LEAD`` followed by each of ``tails``, cut to ``LEAD``; None when that
    may be more than ``_MAX_LEADS`` (told before the product is built)."""
    short = sum(len(h) < LEAD for h in heads)
    if short * len(tails) + len(heads) - short > _MAX_LEADS:
        return None
    return {h if len(h) >= LEAD else (h + t)[:LEAD] for h in heads for t in tails}


# A literal a match must hold: (text, case-insensitive). A rule's requirement is a set of them, one of which
# every match holds ("(Reuters)" of "PLACE (Reuters) - "); a join's, the union of its rules'. Up to this many
# alternatives are spelled out ("(AP)" and "(Associated Press)").
Literal = tuple[str, bool]
_MAX_SPELLED = 32
# Nodes that match no character ("\\b", "^", lookarounds): the literals on either side are adjacent.
_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)


def _spelled(items: object) -> set[str] | None:
    """The texts a sequence of literals and alternatives of literals matches, or None when it is not one."""
    out = {""}
    for op, av in items:  # type: ignore[attr-defined]
        if op is _constants.LITERAL:
            out = {s + chr(av) for s in out}
            continue
        if op in _ZERO_WIDTH:
            continue
        if op is _constants.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[index]
            av = (None, [av[3]])  # type: ignore[index]  # a group without flags: its sequence, the one alternative
        elif op is not _constants.BRANCH:
            return None
        alts: set[str] = set()
        for seq in av[1]:  # type: ignore[index]
            spelled = _spelled(seq)
            if spelled is None:
                return None
            alts |= spelled
        if len(out) * len(alts) > _MAX_SPELLED:
            return None
        out = {s + a for s in out for a in alts}
    return out


_COMMON_MARKS = frozenset(".,;:'\"-")


def rarity(literal: str) -> int:
    # A letter, a digit or a space of ASCII is common in any window of text, a full stop or a comma nearly so;
    # other punctuation and other scripts less.
    return sum(1 if c.isascii() and (c.isalnum() or c == " ") else 2 if c in _COMMON_MARKS else 3 for c in literal)


def _better(a: frozenset[Literal] | None, b: frozenset[Literal] | None) -> frozenset[Literal] | None:
    # The set whose commonest literal is rarer, then the smaller set.
    if a is None or b is None:
        return a if b is None else b
    key = lambda s: (min(rarity(t) for t, _ in s), -len(s))  # noqa: E731
    return a if key(a) >= key(b) else b


def _walk(
    items: object, icase: bool, leads: bool, literals: bool
) -> tuple[set[str] | None, frozenset[Literal] | None]:
    """Two facts of the parsed sequence ``items``, read in one pass (each None when unknown or not asked for):
    ``leads``, the first ``LEAD`` characters of the texts it can match, as a set of strings (shorter ones
    where a match may end sooner; None too when too many); and ``literals``, literals one of which every match
    holds (see ``Literal``). The leads are read only as far as their first ``LEAD`` characters reach, the
    literals through the whole sequence: runs of literals, alternatives of literals and groups between them
    are spelled out together ("(AP)", "(Associated Press)"); otherwise the rarest requirement of one mandatory
    item is taken."""
    out: set[str] | None = {""} if leads else None
    best: frozenset[Literal] | None = None
    run: set[str] = {""}
    for op, av in items:  # type: ignore[attr-defined]
        open_leads = out is not None and not all(len(s) >= LEAD for s in out)
        if not open_leads and not literals:
            break
        spelled = _spelled([(op, av)]) if literals else None
        in_run = spelled is not None and len(run) * len(spelled) <= _MAX_SPELLED
        if in_run:
            run = {s + t for s in run for t in spelled}  # type: ignore[union-attr]
        elif literals:
            best, run = _with_run(best, run, icase), {""}
        alts, found = _node(op, av, icase, open_leads, literals and not in_run)
        if open_leads:
            out = _extended(out, alts) if alts is not None else None  # type: ignore[arg-type]
        if found is not None:
            best = _better(best, found)
    return out, _with_run(best, run, icase) if literals else None


def _with_run(best: frozenset[Literal] | None, run: set[str], icase: bool) -> frozenset[Literal] | None:
    # ``best`` or the texts of a run of literals, whichever ``_better``; ``best`` when the run may be empty.
    return best if "" in run else _better(best, frozenset((t, icase) for t in run))


def _node(  # noqa: C901
    op: object, av: object, icase: bool, leads: bool, literals: bool
) -> tuple[set[str] | None, frozenset[Literal] | None]:
    # ``_walk``'s two facts of one node of CPython's parse.
    if op is _constants.LITERAL or op is _constants.IN:
        if not leads:
            return None, None
        if op is _constants.IN and sum(
            a[1] - a[0] + 1 if o is _constants.RANGE else 1 for o, a in av  # type: ignore[attr-defined]
        ) > _MAX_LEADS:
            return None, None  # a script's letters: not spelled out (its ranges alone took seconds)
        first, _ = _item(op, av, icase)
        return (None if first is None or len(first) > _MAX_LEADS else first), None
    if op is _constants.SUBPATTERN:
        _, add, dele, p = av  # type: ignore[misc]
        return _walk(p, (icase or bool(add & re.IGNORECASE)) and not (dele & re.IGNORECASE), leads, literals)
    if op is _constants.ATOMIC_GROUP:
        return _walk(av, icase, leads, literals)
    if op is _constants.BRANCH:
        # Either fact of an alternation: the union of its alternatives', unknown when one alternative's is.
        out: set[str] | None = set() if leads else None
        union: set[Literal] | None = set() if literals else None
        for seq in av[1]:  # type: ignore[index]
            if out is None and union is None:
                break
            alts, found = _walk(seq, icase, out is not None, union is not None)
            out = out | alts if out is not None and alts is not None else None
            union = union | found if union is not None and found is not None else None
        return out, frozenset(union) if union else None
    if op in _REPEATS:
        lo, hi, p = av  # type: ignore[misc]
        once, found = _walk(p, icase, leads, literals and lo >= 1)
        return (_repeated(once, lo, hi) if leads else None), found
    if leads and op in _ZERO_WIDTH:
        return {""}, None  # an anchor or a lookaround reads no character of the match
    return None, None


def _repeated(once: set[str] | None, lo: int, hi: int) -> set[str] | None:
    """The leads of a repeat of ``lo`` to ``hi`` times a node whose leads are ``once``."""
    if once is None:
        return None
    # Repeated up to the length wanted (or the least count, when more): a longer run starts as these do.
    out, run = ({""} if lo == 0 else set()), {""}
    for count in range(1, min(hi, max(lo, LEAD)) + 1):
        run = _extended(run, once)  # type: ignore[assignment]
        if run is None:
            return None
        if count >= lo:
            out |= run
    return out


def leads_and_literals(
    pattern: re.Pattern[str], parsed: object = None, literals: bool = True
) -> tuple[frozenset[str] | None, frozenset[Literal] | None]:
    """``_walk`` of a whole pattern (``parsed``, its parse when already made): the first two characters of
    every text ``pattern`` can match (case variants included), or None when they are unknown, too many, or a
    match may be shorter than two characters; and literals one of which every match holds, or None (also when
    not ``literals``: reading them costs twice the first characters, and only gated matchers use them)."""
    parsed = parsed if parsed is not None else _parser.parse(pattern.pattern, pattern.flags)
    leads, required = _walk(parsed, bool(pattern.flags & re.IGNORECASE), True, literals)
    return (None if leads is None or any(len(s) < LEAD for s in leads) else frozenset(leads)), required


def leads(pattern: re.Pattern[str]) -> frozenset[str]:
    """The first two characters of every text ``pattern`` can match (``leads_and_literals``): a text whose own
    first two are not among them is answered without the match, which tries a long case-insensitive
    alternation. ValueError when they are unknown: such a gate would drop matches."""
    found = leads_and_literals(pattern, literals=False)[0]
    if found is None:
        raise ValueError(f"the first two characters of {pattern.pattern[:60]!r}'s matches are unknown")
    return found
