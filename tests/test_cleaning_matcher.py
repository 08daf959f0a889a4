"""matcher.Matcher: joined per length class and first character, it names the same rule as trying every rule
one by one in registry order, on every rule's example and story sentence and on case variants of them."""
from __future__ import annotations

import re
import sys

import pytest

from wirewash.transforms.core.cleaning import matcher, regex_shape
from wirewash.transforms.core.cleaning.regex_shape import first_chars
from wirewash.transforms.core.cleaning.rules import RULES
from wirewash.transforms.core.cleaning.rules.base import Rule

TEXTS = sorted({t for r in RULES for t in (r.example, r.keep) if t} | {
    t.upper() for r in RULES for t in (r.example,) if t} | {"", " ", "ſubscribe", "\u212aorrektur: x y z", "7 comments"})


def _naive(rules: tuple, text: str, method: str) -> str | None:
    for rule in rules:
        if getattr(rule.pattern, method)(text, 0) is not None:
            return rule.name
    return None


@pytest.mark.parametrize(("kind", "method"), [("line", "fullmatch"), ("prefix", "match"), ("teaser_label", "match")])
def test_the_joined_matcher_names_the_rule_one_by_one_trying_names(kind: str, method: str) -> None:
    for zone, joined in matcher._matchers(kind, gated=kind == "prefix").items():
        for text in TEXTS:
            found = joined.first(text, 0, method)
            assert (found[0].name if found else None) == _naive(joined.rules, text, method), (zone, text)


def test_first_characters_of_a_pattern() -> None:
    assert first_chars(re.compile(r"(?i:ad|sign in)")) == frozenset("aAsSſ")
    assert first_chars(re.compile(r"(?:- ?)?إعلان")) == frozenset("-إ")
    assert first_chars(re.compile(r"\d{1,3} comments")) >= frozenset("0123456789٣")
    # Unknown or any start: a negated class, a word class, an optional whole.
    assert first_chars(re.compile(r"[^\n]{1,20}x")) is None
    assert first_chars(re.compile(r"\w+")) is None
    assert first_chars(re.compile(r"(?:ab)?")) is None


def _rule(name: str, pattern: str, zone: str = "any") -> Rule:
    return Rule(name, 1, "line", name, re.compile(pattern), zone=zone)  # type: ignore[arg-type]


def test_narrow_wide_and_unjoinable_rules_name_the_first_matching_rule() -> None:
    # Narrow (a literal word), wide (a capital, a digit, an unknown start) and a back-reference, which cannot
    # be joined: each zone's matcher names the first of its own rules that matches, whatever its neighbours.
    rules = [
        _rule("subscribe", r"(?i:subscribe)(?: now)?"),
        _rule("capital", r"[A-Z][a-z]+ \d{1,2}"),
        _rule("head_only", r"Sub\w+ \d", zone="head"),
        _rule("digits", r"\d+ comments?"),
        _rule("repeat", r"(ab)\1 x"),
        _rule("anything", r".{1,8}!"),
    ]
    joins: matcher.Joins = {}
    shapes: dict = {}
    body = matcher.Matcher([r for r in rules if r.zone == "any"], joins, shapes, rules)
    head = matcher.Matcher(rules, joins, shapes, rules)
    texts = ["Subscribe now", "SUBSCRIBE", "Subtle 5", "Subtle 55", "7 comments", "٣ comments", "abab x", "hey!",
             "Subscribe now, it is free", "Xyz 9", "abab y", ""]
    for joined in (body, head):
        for text in texts:
            found = joined.first(text, 0, "fullmatch")
            assert (found[0].name if found else None) == _naive(joined.rules, text, "fullmatch"), text
    assert head.first("Subtle 5", 0, "fullmatch")[0].name == "capital"  # type: ignore[index]
    assert body.first("abab x", 0, "fullmatch")[0].name == "repeat"  # type: ignore[index]


def test_each_rule_is_compiled_into_few_joins() -> None:
    # The warm-up cost: a narrow rule goes into one join per character it can start with (in either case), a
    # wide one into one per length class and zone, not into one per (length class, character) of every zone.
    matchers = matcher._matchers("line")
    for joined in matchers.values():
        for text in TEXTS:
            for pos in range(min(len(text), 3)):
                joined.first(text, pos, "fullmatch")
    joins = next(iter(matchers.values()))._joins
    classes = max(len(m._limits) for m in matchers.values())
    for rule in matchers[True, True].rules:
        first = first_chars(rule.pattern)  # type: ignore[arg-type]
        cased = {v for c in first or () for v in regex_shape.variants(c)}  # "S" and "s" share a join
        bound = len(cased) if matcher._is_narrow(first) else classes * len(matchers)
        assert sum(rule in joined for joined in joins) <= bound, rule.name


def test_decimal_digits_are_every_character_backslash_d_matches() -> None:
    # Read off runs of ten at import; the full scan of every code point is the definition.
    assert regex_shape._DIGITS == frozenset(filter(str.isdecimal, map(chr, range(sys.maxunicode + 1))))
    assert all(re.fullmatch(r"\d", c) for c in regex_shape._DIGITS)


@pytest.mark.parametrize("kind", ["line", "suffix"])
def test_no_text_longer_than_longest_is_fullmatched(kind: str) -> None:
    # Callers skip positions further than ``longest`` from a paragraph's end without calling ``first``; every
    # rule's example fits, and one character past it, nothing fullmatches.
    for zone, joined in matcher._matchers(kind).items():
        for rule in joined.rules:
            if rule.example:
                assert len(rule.example) <= joined.longest, (zone, rule.name)
        if joined.longest < sys.maxsize:
            assert joined.first("x" * (joined.longest + 1), 0, "fullmatch") is None
        assert joined.longest == -1 or joined.rules


def test_literals_a_pattern_requires() -> None:
    def required(pattern: re.Pattern[str]) -> frozenset | None:
        return regex_shape.leads_and_literals(pattern)[1]

    # A run of literals through groups and alternatives of literals, spelled out whole.
    assert required(re.compile(r"[A-Z]+, \d{1,2} \((?:AP|Associated Press)\) - ")) == {
        (" (AP) - ", False), (" (Associated Press) - ", False)}
    assert required(re.compile(r"(?i:read more)\b:?")) == {("read more", True)}
    assert required(re.compile(r"read more", re.IGNORECASE)) == {("read more", True)}
    # One of each alternative's: a match of either holds one.
    assert required(re.compile(r"\w+ \(Reuters\) - |/TASS/ ?")) == {(" (Reuters) - ", False), ("/TASS/", False)}
    # Nothing optional, and nothing where a pattern needs no literal at all.
    assert required(re.compile(r"(?:\(AP\))?\w+ - ")) == {(" - ", False)}
    assert required(re.compile(r"\w+|\(AP\)")) is None
    assert required(re.compile(r"[^\n]{1,20}")) is None


def test_every_match_of_a_prefix_holds_a_literal_it_requires() -> None:
    # The gate's premise, on every prefix rule's example (upper-cased too) and story sentence: where a rule
    # matches, one of its literals is inside the match, as the regex engine reads it (case-insensitively or not).
    for rule in (r for r in RULES if r.kind == "prefix" and r.pattern is not None):
        literals = regex_shape.leads_and_literals(rule.pattern)[1]
        assert literals, rule.name  # a prefix rule without one would leave its joins ungated
        for text in TEXTS:
            m = rule.pattern.match(text)
            if m is not None:
                assert any(re.search(re.escape(t), m[0], re.IGNORECASE if icase else 0) for t, icase in literals), (
                    rule.name, text)


def test_one_walk_reads_the_leads_and_the_literals_each_as_far_as_it_needs() -> None:
    facts = regex_shape.leads_and_literals
    # The leads stop at two characters; the literals read on, past a word of unknown letters.
    assert facts(re.compile(r"(?:Foto|Bild): \w+ \(dpa\)")) == (
        frozenset({"Fo", "Bi"}), frozenset({(" (dpa)", False)}))
    # An alternative of unknown opening leaves the leads unknown, not the literals each alternative holds.
    assert facts(re.compile(r"\w+ \(Reuters\) - |/TASS/ ?")) == (
        None, frozenset({(" (Reuters) - ", False), ("/TASS/", False)}))
    # An optional group opens some matches, but holds no literal every match holds.
    berlin = re.compile(r"(?:\(AP\) )?Berlin")
    assert facts(berlin) == (frozenset({"(A", "Be"}), frozenset({("Berlin", False)}))
    # Without the literals asked for, the same leads.
    assert facts(berlin, literals=False) == (frozenset({"(A", "Be"}), None)


def test_every_match_of_every_rule_opens_with_its_leads_and_holds_its_literals() -> None:
    # Both facts of the one walk, for every rule of the packs, on every example and story sentence and at any
    # position: a match opens with one of the rule's leads and holds one of its literals (as the regex engine
    # reads them); and the leads read without the literals are the same.
    matches = 0
    for rule in (r for r in RULES if r.pattern is not None):
        leads, literals = regex_shape.leads_and_literals(rule.pattern)
        assert regex_shape.leads_and_literals(rule.pattern, literals=False) == (leads, None), rule.name
        assert leads is None or all(len(lead) == 2 for lead in leads), rule.name
        for text in TEXTS:
            for m in rule.pattern.finditer(text):
                matches += 1
                assert leads is None or m[0][:2] in leads, (rule.name, text)
                assert literals is None or any(
                    re.search(re.escape(t), m[0], re.IGNORECASE if icase else 0) for t, icase in literals
                ), (rule.name, text)
    assert matches > len(RULES)  # not vacuous: most rules match their own example at least


def test_a_gated_prefix_join_is_tried_only_where_its_literal_is_in_reach() -> None:
    rules = [
        Rule("credit", 1, "prefix", "PARIS (Reuters) - ", re.compile(r"[A-Z]{2,20} \(Reuters\) - ")),
        Rule("press", 1, "prefix", "Europa Press", re.compile(r"(?i:europa press) - ")),
    ]
    gated = matcher.Matcher(rules, gated=True)
    story = "PARIS officials said on Monday that the talks would go on. " * 20
    assert gated.first("PARIS (Reuters) - " + story, 0, "match")[0].name == "credit"  # type: ignore[index]
    assert gated.first("EUROPA PRESS - " + story, 0, "match")[0].name == "press"  # type: ignore[index]
    assert gated.first(story, 0, "match") is None
    # Past the widest rule's reach the literal cannot belong to a match at ``pos``; within it, it may.
    entry = gated._entry(0, "P")
    (_, gate, _), = entry[1]  # type: ignore[index, misc]
    assert not matcher._gate_open(gate, story + "(Reuters)", 0)
    assert matcher._gate_open(gate, "PARIS and LYON (Reuters) - ", 0)
    assert not matcher._gate_open(gate, "Europa Press said", 0)
    # At an "E" both may start: the narrow rule's gate opens on its literal in any case, as its pattern reads it.
    (_, press, _), (_, credit, _) = gated._entry(0, "E")[1]  # type: ignore[index, misc]
    assert matcher._gate_open(press, "Europa Press said", 0) and matcher._gate_open(press, "EUROPA PRESS", 0)
    assert not matcher._gate_open(press, "Europe pressed on", 0)
    assert credit == gate
    # Ungated, the same rules name the same winners.
    plain = matcher.Matcher(rules)
    for text in ("PARIS (Reuters) - " + story, "EUROPA PRESS - " + story, story, "LYON (Reuters) -"):
        assert (gated.first(text, 0, "match") or [None])[0] == (plain.first(text, 0, "match") or [None])[0]


def test_wide_rules_of_known_opening_are_joined_apart_from_the_others() -> None:
    # A wide rule whose matches open with known characters (labels in either case) is tried only on a text
    # that opens as one of them does; one of unknown opening (an address anywhere) on every text, in a join of
    # its own.
    labels = _rule("labels", r"(?i:advertisement|promoted|sponsored|now playing|bookmark|recommended"
                             r"|watch live|live blog|click here|tags)")
    address = _rule("address", r"[^\n@]{1,60}@\w{1,20}\.com")
    joined = matcher.Matcher([labels, address])
    for text in ("Advertisement", "WATCH LIVE", "Write to jane@example.com", "Sponsored",
                 "The vote was held.", "Now playing@news.com", ""):
        for method in ("match", "fullmatch"):
            found = joined.first(text, 0, method)
            assert (found[0].name if found else None) == _naive(joined.rules, text, method), (text, method)
    joined.first("Advertisement", 0, "fullmatch")
    _, tests, _ = joined._by_char[0]["A"]  # type: ignore[misc]
    assert sorted(leads is None for _, _, leads in tests) == [False, True]


def test_a_typographic_apostrophe_reads_as_the_packs_typewriter_one() -> None:
    # The packs write "s'inscrire"; pages print "s’inscrire". Offsets hold: one character for one.
    for text in ("S'inscrire", "S’inscrire"):
        found = matcher.LINE[True, True].first(text, 0, "fullmatch")
        assert found is not None and found[0].name == "widgets_fr", text
        assert found[1].end() == len(text)
