"""The blind furniture set: deterministic, and its labels agree with its text and with the real bodies.

Needs the real corpora (../shared/data); skips when they are absent. Nothing here runs the pipeline or
asserts anything about wirewash's scores: the scorer is checked on outputs made from the labels.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.eval.blind_furniture import vocab
from benchmarks import shared
from benchmarks.eval.blind_furniture.bodies import load_bodies
from benchmarks.eval.blind_furniture.builder import FURNITURE, HEADLINE, LAYOUTS, STORY, build_cases
from benchmarks.eval.blind_furniture.scoring import labelled_tokens, score, tokens

DATA = shared.DATA
pytestmark = pytest.mark.skipif(
    not all((DATA / d).is_dir() for d in ("reuters21578", "bbc-news", "article-extraction-benchmark")),
    reason=f"real corpora not found under {DATA}",
)


@pytest.fixture(scope="module")
def cases():
    return build_cases(DATA)


@pytest.fixture(scope="module")
def bodies():
    return {b.doc_id: b for group in load_bodies(DATA).values() for b in group}


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _story_text(case) -> str:
    return "\n\n".join(case.raw_text[s.start : s.end] for s in case.spans if s.label == STORY)


def test_builder_is_deterministic_and_seeded(cases):
    again = build_cases(DATA)
    assert [(c.case_id, c.raw_text, c.spans, c.title, c.byline, c.publisher) for c in again] == [
        (c.case_id, c.raw_text, c.spans, c.title, c.byline, c.publisher) for c in cases
    ]
    other = build_cases(DATA, seed=7)
    assert [c.raw_text for c in other] != [c.raw_text for c in cases]


def test_set_covers_what_it_promises(cases):
    assert len(cases) >= 400
    assert len({c.case_id for c in cases}) == len(cases)
    assert {c.language for c in cases if c.variant == "furnished"} == set(vocab.LANGUAGES)
    assert {c.layout for c in cases} == set(LAYOUTS)
    assert Counter(c.variant for c in cases).keys() == {"furnished", "clean", "trap"}
    assert {c.split for c in cases} == {"dev", "test"}
    kinds = {s.kind for c in cases for s in c.spans if s.label == FURNITURE}
    assert kinds == set(vocab.KINDS)
    assert {s.zone for c in cases for s in c.spans if s.label == FURNITURE} == {"head", "body", "tail"}
    traps = {s.kind for c in cases for s in c.spans if s.label == STORY and s.kind}
    assert traps == {"other_outlet", "own_list", "lead_repeats_headline", "quoted_post"}
    assert any(len(c.byline) > 1 for c in cases)


def test_spans_tile_the_text_with_only_whitespace_between(cases):
    for case in cases:
        pos = 0
        for span in case.spans:
            assert pos <= span.start < span.end <= len(case.raw_text), case.case_id
            assert not case.raw_text[pos : span.start].strip(), (
                case.case_id,
                case.raw_text[pos : span.start],
            )
            assert case.raw_text[span.start : span.end].strip(), case.case_id
            pos = span.end
        assert not case.raw_text[pos:].strip(), case.case_id


def test_every_piece_is_in_the_input_and_token_boundaries_match_spans(cases):
    for case in cases:
        flat = _ws(case.raw_text)
        for span in case.spans:
            assert _ws(case.raw_text[span.start : span.end]) in flat
        # no token of the whole text straddles two spans, so scoring by span is scoring the file
        assert tokens(case.raw_text) == [t for t, _ in labelled_tokens(case)], case.case_id


def test_story_text_is_the_input_minus_furniture_and_is_the_real_body(cases, bodies):
    for case in cases:
        rest, pos = [], 0
        for span in case.spans:
            if span.label != STORY:
                rest.append(case.raw_text[pos : span.start])
                pos = span.end
        rest.append(case.raw_text[pos:])
        assert tokens("".join(rest)) == tokens(_story_text(case)), case.case_id
        body = bodies[case.body_id]
        story = [_ws(case.raw_text[s.start : s.end]) for s in case.spans if s.label == STORY]
        assert story == list(body.paragraphs), case.case_id
        traps = {i: s.kind for i, s in enumerate(s for s in case.spans if s.label == STORY) if s.kind}
        assert traps == body.traps


def test_variants_and_metadata_labels(cases):
    for case in cases:
        furniture = [s for s in case.spans if s.label == FURNITURE]
        if case.variant == "clean":
            assert not furniture and not case.byline and not case.publisher
        else:
            assert furniture, case.case_id
        if case.split == "dev":
            assert not any(s.test_only for s in furniture), case.case_id
        headlines = [case.raw_text[s.start : s.end] for s in case.spans if s.label == HEADLINE]
        assert headlines == ([] if case.title is None else [case.title])
        for name in case.byline:
            assert name in case.raw_text or name.upper() in case.raw_text, (case.case_id, name)
        low = case.raw_text.casefold()
        for wire in case.publisher:
            assert any(alias in low for alias in vocab.WIRE_ALIASES[wire]), (case.case_id, wire)


def test_test_split_draws_test_only_vocabulary(cases):
    test_only = {
        case.raw_text[s.start : s.end]
        for case in cases
        if case.split == "test"
        for s in case.spans
        if s.test_only
    }
    assert test_only


def test_scorer_on_outputs_made_from_the_labels(cases):
    sample = cases[:60]
    perfect = {
        c.case_id: {
            "text": _story_text(c),
            "title": c.title,
            "byline": " and ".join(c.byline),
            "publisher": c.publisher[0] if c.publisher else None,
        }
        for c in sample
    }
    r = score(sample, perfect)
    assert r["all"]["all"]["leaked"] == 0 and r["all"]["all"]["kept"] == 1
    assert r["all"]["all"]["paragraphs_kept"] == 1 and r["headline_in_text"] == 0
    for name in ("title", "byline", "publisher"):
        assert r[name]["accuracy"] == 1 and r[name]["spurious"] == 0

    untouched = {c.case_id: {"text": c.raw_text} for c in sample}
    r = score(sample, untouched)
    assert r["all"]["all"]["leaked"] == 1 and r["all"]["all"]["kept"] == 1 and r["headline_in_text"] == 1
    assert r["title"]["accuracy"] == 0

    # one story paragraph dropped from one case: only that case's characters are lost
    case = next(c for c in sample if sum(s.label == STORY for s in c.spans) >= 3)
    paragraphs = [case.raw_text[s.start : s.end] for s in case.spans if s.label == STORY]
    cut = dict(perfect, **{case.case_id: {"text": "\n\n".join(paragraphs[:1] + paragraphs[2:])}})
    r = score(sample, cut)
    lost = len("".join(tokens(paragraphs[1])))
    assert (
        r["all"]["all"]["story_chars"] - round(r["all"]["all"]["kept"] * r["all"]["all"]["story_chars"])
        == lost
    )
    assert r["all"]["all"]["paragraphs"] - 1 == round(
        r["all"]["all"]["paragraphs_kept"] * r["all"]["all"]["paragraphs"]
    )

    assert score(sample, {})["missing"] == [c.case_id for c in sample]
