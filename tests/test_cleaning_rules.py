"""Every rule of every pack, both ways, from the registry: its ``example`` is removed and its ``keep`` stays.
Also precedence (the first rule in registry order wins), sub-paragraph removal and the metadata rules."""
from __future__ import annotations

import re

import pytest

from wirewash.transforms.core.cleaning import METADATA_RULES, RULES, CleanConfig, clean
from wirewash.transforms.core.cleaning.matcher import LINE, PREFIX
from wirewash.transforms.core.cleaning.rules import PACKS
from wirewash.transforms.core.counters import dict_counter, noop

CFG = CleanConfig()
LEAD = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
BODY = "Turnout was estimated at around 54%, far below the 63% participation in previous elections."
TAIL = "Economic challenges, including high inflation, are also top of mind for Tokayev, analysts said."
PACK_RULES = [r for r in RULES if r.kind != "structural"]


def doc(*paras: str) -> str:
    return "\n\n".join(paras)


def placed(rule, text: str) -> str:
    """``text`` (a paragraph, or several lines) where ``rule``'s zone lets it fire."""
    if rule.kind == "prefix":
        return doc(text.strip() + " " + LEAD, BODY, TAIL)
    if rule.kind == "suffix":
        return doc(LEAD, BODY, TAIL + " " + text.strip())
    paras = [p for p in text.split("\n") if p.strip()]
    if rule.zone == "head":
        return doc(*paras, LEAD, BODY, TAIL)
    if rule.zone == "tail" or rule.kind == "list_label":
        return doc(LEAD, BODY, TAIL, *paras)
    return doc(LEAD, *paras, BODY, TAIL)


PRECEDENCE = {r.name: i for i, r in enumerate(RULES)}


@pytest.mark.parametrize("rule", PACK_RULES, ids=lambda r: r.name)
def test_rule_removes_its_example(rule) -> None:
    out = clean(placed(rule, rule.example), CFG, noop)
    names = [r.rule for r in out.removed]
    # Precedence (transforms.core.cleaning.rules): a rule earlier in the registry may take the line first,
    # as a language's own credit takes an agency line before the agency's English-service credit.
    assert rule.name in names or any(PRECEDENCE.get(n, len(RULES)) < PRECEDENCE[rule.name] for n in names), (
        rule.name, out.removed)
    if rule.publisher:
        assert out.publisher == rule.publisher, (rule.name, out.publisher)
    for line in rule.example.split("\n"):
        assert " ".join(line.split()) not in out.text.split("\n\n"), line
    assert LEAD in out.text and BODY in out.text


@pytest.mark.parametrize("rule", PACK_RULES, ids=lambda r: r.name)
def test_rule_keeps_its_story_sentence(rule) -> None:
    assert rule.keep, f"{rule.name} has no negative example"
    if rule.zone == "head":
        text = doc(rule.keep, BODY, TAIL)
    elif rule.zone == "tail":
        text = doc(LEAD, BODY, rule.keep)
    else:
        text = doc(LEAD, rule.keep, BODY, TAIL)
    out = clean(text, CFG, noop)
    assert rule.keep in out.text.split("\n\n"), (rule.name, out.removed)
    assert all(r.rule != rule.name for r in out.removed)


def test_registry_names_are_unique_and_packs_export_rules() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert all(isinstance(pack.RULES, tuple) and pack.RULES for pack in PACKS)
    for rule in RULES:
        assert re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*", rule.name) and rule.version >= 1 and rule.example.strip()


@pytest.mark.parametrize("rule", [r for r in PACK_RULES if r.kind == "line"], ids=lambda r: r.name)
def test_the_first_matching_rule_in_registry_order_wins(rule) -> None:
    # "Reuters" alone is both a photo credit and (as a label) nothing else; "Most Read from Bloomberg" is a
    # most_read line and a headline_list label: whichever comes first in RULES names the removal.
    line = " ".join(rule.example.split())
    matching = [r for r in PACK_RULES if r.kind == "line" and r.pattern.fullmatch(line)]
    for zone in ((True, False), (False, True), (False, False)):
        candidates = [r for r in matching if r in LINE[zone].rules]
        found = LINE[zone].first(line, 0, "fullmatch")
        assert (found[0] if found else None) == (candidates[0] if candidates else None)


def test_precedence_between_two_matching_prefix_rules() -> None:
    # Both a Reuters and a Bloomberg credit could start a line; the first in registry order takes the match.
    rule, _ = PREFIX[(True, False)].first("(Bloomberg) -- (Reuters) - x", 0, "match")
    assert rule.name == "bloomberg_credit"
    assert [r.name for r in RULES].index("bloomberg_credit") < [r.name for r in RULES].index("reuters_credit")


def test_read_more_glued_to_a_story_sentence_keeps_the_sentence() -> None:
    glued = ("READ MORE: Polling underway in Kazakhstan snap legislative elections The vote comes after "
             "deadly unrest in January, officials said.")
    out = clean(doc(LEAD, glued, BODY), CFG, noop)
    assert out.text.split("\n\n") == [LEAD, "The vote comes after deadly unrest in January, officials said.", BODY]
    assert [(r.rule, r.text) for r in out.removed] == [
        ("read_more", "READ MORE: Polling underway in Kazakhstan snap legislative elections")
    ]
    title_case = "Read more: Polling Underway In Kazakhstan Snap Elections The vote comes after unrest, they said."
    out = clean(doc(LEAD, title_case, BODY), CFG, noop)
    assert "The vote comes after unrest, they said." in out.text.split("\n\n")
    assert clean(out.text, CFG, noop).removed == ()


def test_read_more_label_alone_takes_the_headline_under_it() -> None:
    out = clean(doc(LEAD, "Read more", "Polling underway in Kazakhstan snap elections", BODY), CFG, noop)
    assert out.text.split("\n\n") == [LEAD, BODY]


@pytest.mark.parametrize(
    "sentence",
    [
        # Another outlet's reporting is story text, not a credit of this story's reporters.
        "The Times, which first reported the plan on Tuesday, said its staff contributed to this report.",
        "With assistance from the International Monetary Fund, Kazakhstan restructured its debts in 2016.",
    ],
)
def test_story_sentences_about_reporting_are_not_credits(sentence: str) -> None:
    out = clean(doc(LEAD, BODY, sentence), CFG, noop)
    assert out.text.split("\n\n") == [LEAD, BODY, sentence]


def test_credits_that_name_people_still_go() -> None:
    for credit in ("Jane Doe in Almaty and John Roe in London contributed to this report.",
                   "Associated Press writers Alan Fram, Zeke Miller, Laurie Kellman, Colleen Long, Eric Tucker, "
                   "Lolita Baldor and Jill Colvin contributed to this report.",
                   "With assistance from Jane Doe and John Roe."):
        out = clean(doc(LEAD, BODY, credit), CFG, noop)
        assert [r.rule for r in out.removed] == ["reporting_credit"], credit


def test_a_lead_repeating_the_page_title_is_story_text() -> None:
    # Sites without a headline line give the lead as <title>; it is the story's first paragraph.
    out = clean(doc(LEAD, BODY, TAIL), CFG, noop, title_hint=LEAD)
    assert out.text.split("\n\n") == [LEAD, BODY, TAIL]
    assert out.removed == ()


def test_metadata_rules_are_the_ones_that_fill_fields() -> None:
    assert {"headline", "byline", "date_prefix", "reuters_credit", "bloomberg_credit"} <= METADATA_RULES
    assert "copyright" not in METADATA_RULES and "read_more" not in METADATA_RULES
    assert METADATA_RULES <= {r.name for r in RULES}
    counts, inc = dict_counter()
    out = clean(doc("Kazakh Leader Seeks Reset After Riots", "By Jane Doe", "ALMATY (Reuters) - " + LEAD, BODY,
                    "©2023 Reuters"), CFG, inc)
    assert (out.title, out.byline, out.publisher) == ("Kazakh Leader Seeks Reset After Riots", "Jane Doe", "Reuters")
    assert {k: v for k, v in counts.items() if k.startswith("clean:metadata:")} == {
        "clean:metadata:title": 1, "clean:metadata:byline": 1, "clean:metadata:publisher": 1,
    }
    assert counts["clean:removed:copyright"] == 1 and counts["clean:removed:headline"] == 1
