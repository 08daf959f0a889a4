"""Every rule of every language pack, tested from its own data: the example is removed as its kind says, the
pack's story sentences (``keep``) survive every rule of their language, and every pattern is linear-time.

The patterns are read per kind as ``transforms.core.cleaning.rules.shapes`` documents, with no engine: these
tests hold before and after the cleaner engine is merged.
"""
from __future__ import annotations

import importlib
import re
import re._parser as sre_parse  # the stdlib's own regex parser: walks a pattern's quantifiers

import pytest
from test_properties import _adversarial, _superlinear

from wirewash.transforms.core.cleaning.rules.base import Rule

LANGUAGES = ("es", "fr", "de", "pt", "it", "ru", "ar", "zh", "ja", "ko")
PACKS = {name: importlib.import_module(f"wirewash.transforms.core.cleaning.rules.{name}") for name in LANGUAGES + ("wire_intl",)}
ALL = [rule for pack in PACKS.values() for rule in pack.RULES]
LABELS = ("line", "list_label", "teaser_label")
SENTENCE_BREAK = re.compile(r"[.!?…。！？][\"”’'»)\]]{0,3} ?")
# After the merge with the engine, the registry's rules (the English and wire packs too) must spare every
# pack's story sentences as well: the engine applies every rule to every text, whatever its language.
REGISTRY = tuple(getattr(importlib.import_module("wirewash.transforms.core.cleaning.rules"), "RULES", ()))


def removed(rule: Rule, text: str) -> tuple[str, str] | None:
    """(removed part, remaining text) when ``rule`` fires on ``text`` read as one paragraph, else None."""
    assert rule.pattern is not None
    if rule.kind in LABELS:
        return (text, "") if rule.pattern.fullmatch(text) else None
    if rule.kind == "prefix":
        m = rule.pattern.match(text)
        return (text[: m.end()], text[m.end():].strip()) if m and m.end() > 0 else None
    if rule.kind == "suffix":
        # Tried from each sentence end to the paragraph's end, as the engine does for glued tails.
        for b in SENTENCE_BREAK.finditer(text):
            if b.end() < len(text) and rule.pattern.fullmatch(text, b.end()):
                return text[b.end():], text[: b.end()].strip()
        return None
    raise AssertionError(f"{rule.name}: a pack declares no {rule.kind} rules")


def test_every_language_has_a_pack_covering_each_kind_of_furniture() -> None:
    for language in LANGUAGES:
        rules = PACKS[language].RULES
        assert rules and all(r.language == language for r in rules), language
        kinds = {r.kind for r in rules}
        assert {"prefix", "list_label", "teaser_label", "line"} <= kinds, (language, kinds)
        assert any(r.publisher for r in rules), f"{language}: no wire credit"
    assert all(r.language == "en" for r in PACKS["wire_intl"].RULES)


def test_rule_names_are_unique_and_rules_are_complete() -> None:
    names = [r.name for r in ALL]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    for r in ALL:
        assert r.pattern is not None and r.example and r.keep and r.version >= 1, r.name
        assert r.zone in ("head", "tail", "below_head", "any"), r.name


def test_suffix_patterns_are_anchored_at_the_end() -> None:
    assert all(r.pattern is not None and r.pattern.pattern.endswith(r"\Z") for r in ALL if r.kind == "suffix")


def test_credits_name_their_publisher() -> None:
    for r in ALL:
        assert (r.publisher is not None) == r.name.endswith("_credit"), r.name
        if r.publisher is not None:
            assert r.kind in ("prefix", "suffix") and r.publisher.strip() == r.publisher, r.name


def strip_credits(text: str, rules: list[Rule]) -> tuple[str, list[str]]:
    """``text`` after stripping stacked prefixes, the first matching rule in ``rules`` order winning each time
    (the engine's precedence), and the publishers of the rules that fired."""
    publishers: list[str] = []
    while hit := next(((r, m) for r in rules if (m := r.pattern.match(text)) and m.end() > 0), None):
        rule, m = hit
        publishers += [rule.publisher] if rule.publisher else []
        text = text[m.end():].strip()
    return text, publishers


def test_a_credit_is_stripped_whole_whichever_pack_tries_first() -> None:
    # Registry order after the merge; before it, the foreign wires' English pack first, as it will be.
    ordered = [r for r in (REGISTRY or (*PACKS["wire_intl"].RULES, *ALL)) if r.kind == "prefix" and r.pattern]
    for r in ALL:
        if r.kind == "prefix":
            own = removed(r, r.example)
            assert own is not None
            assert strip_credits(r.example, ordered) == (own[1], [r.publisher]), r.name


def test_a_credit_is_credited_to_its_own_agency_only() -> None:
    # Any credit rule of the language that strips another agency's example would name the wrong publisher.
    credits = [r for r in ALL if r.publisher]
    for r in credits:
        others = [o.name for o in credits if o.language == r.language and o.publisher != r.publisher]
        assert not [o for o in credits if o.name in others and removed(o, r.example)], r.name


@pytest.mark.parametrize("rule", ALL, ids=lambda r: r.name)
def test_example_is_removed(rule: Rule) -> None:
    hit = removed(rule, rule.example)
    assert hit is not None, f"{rule.name} does not match its own example {rule.example!r}"
    part, rest = hit
    if rule.kind in ("prefix", "suffix"):
        # The example is a whole paragraph: the credit goes and a story sentence is left, dash and all consumed.
        assert rest and rest[0] not in "-–—:=(（.", (rule.name, part, rest)
        assert removed(rule, rest) is None, f"{rule.name} would strip the story it leaves: {rest!r}"


@pytest.mark.parametrize("language", sorted({r.language for r in ALL}))
def test_story_sentences_survive_every_rule(language: str) -> None:
    rules = {r.name: r for r in (*REGISTRY, *ALL) if r.pattern is not None and r.kind != "structural"}.values()
    for keeper in {r.keep for r in ALL if r.language == language}:
        fired = [r.name for r in rules if removed(r, keeper) is not None]
        assert not fired, (keeper, fired)


def _unbounded(pattern: str) -> list[str]:
    """The repeats in ``pattern`` without an upper bound ("*", "+", "{n,}")."""
    found: list[str] = []

    def walk(items) -> None:
        for op, arg in items:
            if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
                if arg[1] == sre_parse.MAXREPEAT:
                    found.append(str(op))
                walk(arg[2])
            elif op == sre_parse.SUBPATTERN:
                walk(arg[3])
            elif op == sre_parse.BRANCH:
                for branch in arg[1]:
                    walk(branch)
            elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
                walk(arg[1])

    walk(sre_parse.parse(pattern))
    return found


@pytest.mark.parametrize("rule", ALL, ids=lambda r: r.name)
def test_every_quantifier_is_bounded(rule: Rule) -> None:
    assert rule.pattern is not None
    assert not _unbounded(rule.pattern.pattern), rule.name


def test_the_bounded_check_catches_an_unbounded_repeat() -> None:
    assert _unbounded(r"(?:a|b+)c") and _unbounded(r"x{2,}") and not _unbounded(r"(?:a{1,3}|b?)c{0,9}")


@pytest.mark.parametrize("rule", ALL, ids=lambda r: r.name)
def test_pattern_runs_in_linear_time(rule: Rule) -> None:
    assert rule.pattern is not None
    if rule.kind == "prefix":
        op = rule.pattern.match
    elif rule.kind == "suffix":
        op = rule.pattern.search  # the engine fullmatches from sentence ends; search is the costlier reading
    else:
        op = rule.pattern.fullmatch
    units = _adversarial(rule.example) + [rule.keep, "( ", "（", "【", "\u0627 ", "\u0430 ", "\u4e00"]
    slow = {unit: t for unit in units if (t := _superlinear(op, unit))}
    assert not slow, (rule.name, slow)


def test_a_credit_is_anchored_at_the_paragraph_start() -> None:
    # The same credit after a story sentence is part of the story (a quoted dateline): never stripped.
    for r in ALL:
        if r.kind == "prefix":
            assert removed(r, r.keep + " " + r.example) is None, r.name


RULES_BY_NAME = {r.name: r for r in ALL}


@pytest.mark.parametrize(("name", "furniture", "story"), [
    # ARD's and Deutschlandfunk's notes of when their programme carried the story (blind8 dev: the first).
    ("broadcast_note_de", (
        "Dieses Thema im Programm: Das Erste | tagesschau | 22.04.2022 | 8:51 Uhr",
        "Dieses Thema im Programm: Das Erste, tagesschau, 22. Mai 2024 um 20:00 Uhr",
        "Über dieses Thema berichtete Deutschlandfunk am 22. Mai 2024 um 08:00 Uhr in den Nachrichten.",
    ), (
        "Über dieses Thema berichtete die Zeitung am 3. März ausführlich, sagte der Minister.",
        "Dieses Thema im Programm der Koalition ist umstritten.",
    )),
    # A site's disclaimer of the views it carries and its terms for reuse (blind8 dev: the first).
    ("copyright_zh", (
        "本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。",
        "本文仅代表作者观点，不代表本站立场。",
        "转载须经本网书面授权。",
    ), (
        "专家表示，这并不代表官方立场。",
        "他说，转载须经授权是行业的惯例。",
        "本报记者了解到，该公司的决定不代表行业的普遍观点，但引发了讨论。",
    )),
    # The paper's app and what the reader gains by it (blind8 dev: the first).
    ("prompts_de", (
        "Laden Sie die tagesschau.de-App herunter und verpassen Sie keine Eilmeldung.",
        "Laden Sie sich jetzt die FAZ-App herunter!",
    ), (
        "Laden Sie die App herunter, rät die Verbraucherzentrale den Kunden der Bank.",
    )),
])
def test_a_rules_other_forms_and_the_story_sentences_it_spares(
    name: str, furniture: tuple[str, ...], story: tuple[str, ...]
) -> None:
    rule = RULES_BY_NAME[name]
    for text in furniture:
        assert removed(rule, text) is not None, text
    for text in story:
        assert removed(rule, text) is None, text
