"""The passes that apply the packs' declarative rules (kinds line, prefix, suffix, teaser_label; list_label is
in ``lists``), each restricted to the zones its rules name.

Speed: for each kind and zone combination the rules' patterns are joined into one alternation, so a paragraph
no rule matches costs one call into the regex engine, not one per rule. Only on a match are the rules tried one
by one, in registry order, to name the winner (the first that matches: see ``rules`` on precedence).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from transforms.core.cleaning.rules import RULES
from transforms.core.cleaning.rules.base import Rule
from transforms.core.cleaning.structure import Doc, Line, is_short_line, zones

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


class Matcher:
    """The rules of one kind that may fire in one zone combination, with their joined prefilter."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = tuple(rules)
        sources = [_source(r.pattern) for r in rules if r.pattern is not None]
        joined = "|".join(s for s in sources if s is not None)
        self._any = re.compile(joined) if joined and None not in sources else None

    def first(self, text: str, pos: int, method: str) -> tuple[Rule, re.Match[str]] | None:
        """The first rule (registry order) whose pattern ``method``s (match/fullmatch) ``text`` at ``pos``."""
        if not self.rules:
            return None
        if self._any is not None and getattr(self._any, method)(text, pos) is None:
            return None
        for rule in self.rules:
            m = getattr(rule.pattern, method)(text, pos)
            if m is not None:
                return rule, m
        return None


def _matchers(kind: str) -> dict[tuple[bool, bool], Matcher]:
    rules = [r for r in RULES if r.kind == kind and r.pattern is not None]
    return {
        (head, tail): Matcher([r for r in rules if r.zone == "any" or (head and r.zone == "head")
                               or (tail and r.zone == "tail")])
        for head in (False, True) for tail in (False, True)
    }


LINE = _matchers("line")
PREFIX = _matchers("prefix")
SUFFIX = _matchers("suffix")
TEASER = _matchers("teaser_label")
LIST_LABEL = _matchers("list_label")
PUBLISHERS = {r.name: r.publisher for r in RULES if r.publisher is not None}

# Where a glued suffix may start: after a sentence's end.
_SENTENCE_BREAK = re.compile(r"[.!?…。！？][\"”’'»)\]]{0,3} ?")


def zoned(doc: Doc) -> Iterator[tuple[int, Line, tuple[bool, bool]]]:
    """(index, line, (in head zone, in tail zone)) for each kept line."""
    kept = doc.kept()
    head, tail = zones(kept, doc.cfg)
    for i, line in enumerate(kept):
        yield i, line, (i < head, i >= tail)


def prefixes(doc: Doc) -> None:
    """Strip matched starts (wire credits, datelines), stacked ones too; the rest of the paragraph stays."""
    for _, line, zone in zoned(doc):
        matcher, pos = PREFIX[zone], 0
        while (found := matcher.first(line.text, pos, "match")) is not None and found[1].end() > pos:
            rule, m = found
            doc.strip(line, rule.name, pos, m.end())
            pos = m.end()
            line.credited = line.credited or rule.publisher is not None
        if pos:
            doc.cut(line, pos)


def lines(doc: Doc) -> None:
    """Remove whole paragraphs a line rule matches, and strip suffixes glued after a story sentence."""
    for _, line, zone in zoned(doc):
        found = LINE[zone].first(line.text, 0, "fullmatch")
        if found is not None:
            doc.remove(line, found[0].name)
            continue
        suffix = SUFFIX[zone]
        if not suffix.rules:
            continue
        for b in _SENTENCE_BREAK.finditer(line.text):
            if b.end() < len(line.text) and (hit := suffix.first(line.text, b.end(), "fullmatch")):
                doc.strip(line, hit[0].name, b.end(), len(line.text))
                doc.cut_tail(line, b.end())
                break


# Words that open a story sentence: where a teaser headline glued to the story ends. A capitalised one of
# these after a lower-case word ("... elections The vote ...") or before one ("... Elections The vote ...").
_STARTERS = frozenset(
    """The A An He She It They We I You In On At But And This That These Those There His Her Its Their Our
    After Before When While As For If Since Although Despite Officials Police Authorities Meanwhile However
    El La Los Las Un Una Le Les Der Die Das Ein Eine Il Lo Gli O Os""".split()
)


def split_teaser(rest: str, min_words: int) -> int | None:
    """Where the story sentence starts in a teaser headline glued to it (a character index), or None."""
    tokens = rest.split(" ")
    at = 0
    for i, tok in enumerate(tokens):
        if 2 <= i <= len(tokens) - min_words and tok in _STARTERS:
            before, after = tokens[i - 1], tokens[i + 1]
            if before[:1].islower() or after[:1].islower() or before[-1:] in ".!?":
                return at
        at += len(tok) + 1
    return None


def teasers(doc: Doc) -> None:
    """A teaser label ("READ MORE:") and the one headline it teases: alone, followed by the headline line,
    or glued to it in one paragraph; a story sentence glued after the headline stays."""
    kept = list(zoned(doc))
    for i, line, zone in kept:
        if not line.kept:
            continue
        found = TEASER[zone].first(line.text, 0, "match")
        if found is None:
            continue
        rule, m = found
        end = m.end()
        if end == len(line.text):  # the label alone: the headline it teases is the next line
            doc.remove(line, rule.name)
            if i + 1 < len(kept) and is_short_line(nxt := kept[i + 1][1], doc.cfg) and nxt.words >= doc.cfg.headline_min_words:
                doc.remove(nxt, rule.name)
            continue
        if not (line.text[end - 1] in ":| " or line.text[end] in ":|"):
            continue  # "Read more about the plan" is a sentence, not a label
        rest = line.text[end:]
        story = split_teaser(rest, doc.cfg.body_min_words - 1)
        if story is None or not line.sentence:
            doc.remove(line, rule.name)
        else:
            doc.strip(line, rule.name, 0, end + story)
            doc.cut(line, end + story)


Pass = Callable[[Doc], None]
