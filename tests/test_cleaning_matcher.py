"""generic.Matcher: joined per length class and first character, it names the same rule as trying every rule
one by one in registry order, on every rule's example and story sentence and on case variants of them."""
from __future__ import annotations

import re

import pytest

from wirewash.transforms.core.cleaning import generic
from wirewash.transforms.core.cleaning.generic import _first_chars
from wirewash.transforms.core.cleaning.rules import RULES

TEXTS = sorted({t for r in RULES for t in (r.example, r.keep) if t} | {
    t.upper() for r in RULES for t in (r.example,) if t} | {"", " ", "ſubscribe", "\u212aorrektur: x y z", "7 comments"})


def _naive(rules: tuple, text: str, method: str) -> str | None:
    for rule in rules:
        if getattr(rule.pattern, method)(text, 0) is not None:
            return rule.name
    return None


@pytest.mark.parametrize(("kind", "method"), [("line", "fullmatch"), ("prefix", "match"), ("teaser_label", "match")])
def test_the_joined_matcher_names_the_rule_one_by_one_trying_names(kind: str, method: str) -> None:
    for zone, matcher in generic._matchers(kind).items():
        for text in TEXTS:
            found = matcher.first(text, 0, method)
            assert (found[0].name if found else None) == _naive(matcher.rules, text, method), (zone, text)


def test_first_characters_of_a_pattern() -> None:
    assert _first_chars(re.compile(r"(?i:ad|sign in)")) == frozenset("aAsSſ")
    assert _first_chars(re.compile(r"(?:- ?)?إعلان")) == frozenset("-إ")
    assert _first_chars(re.compile(r"\d{1,3} comments")) >= frozenset("0123456789٣")
    # Unknown or any start: a negated class, a word class, an optional whole.
    assert _first_chars(re.compile(r"[^\n]{1,20}x")) is None
    assert _first_chars(re.compile(r"\w+")) is None
    assert _first_chars(re.compile(r"(?:ab)?")) is None
