"""The third blind set's pure scoring: characters kept per segment, field checks, and the dev/test vocabulary."""
import html
import json
import random
import re

from benchmarks.eval.blind3 import furniture as F
from benchmarks.eval.blind3.scoring import byline_right, kept_per_segment, publisher_right, title_right, tokens

STORY = ["The central bank held rates at 4% on Tuesday, citing slower inflation.",
         "Officials said the decision was unanimous."]
CREDIT = "LONDON (Reuters) - "
TAIL = "Follow us on X, Instagram and Facebook."


def _chars(text: str) -> int:
    return sum(len(t) for t in tokens(text))


def test_perfect_output_keeps_all_story_and_no_furniture():
    segments = [CREDIT, STORY[0], STORY[1], TAIL]
    result = kept_per_segment(segments, "\n\n".join(STORY))
    assert result[0] == (0, _chars(CREDIT))
    assert result[3] == (0, _chars(TAIL))
    assert result[1] == (_chars(STORY[0]),) * 2
    assert result[2] == (_chars(STORY[1]),) * 2


def test_a_leaked_line_counts_exactly_its_characters():
    segments = [CREDIT, STORY[0], STORY[1], TAIL]
    result = kept_per_segment(segments, "\n\n".join(STORY + [TAIL]))
    assert result[3] == (_chars(TAIL), _chars(TAIL)) == (31, 31)
    assert result[0][0] == 0


def test_a_partly_removed_paragraph_is_not_kept_whole():
    kept, total = kept_per_segment([STORY[0]], "The central bank held rates at 4% on Tuesday.")[0]
    assert 0 < kept < total
    assert total - kept == _chars("citing slower inflation")


def test_whitespace_case_and_wrapping_are_normalised():
    wrapped = "THE CENTRAL BANK held rates\nat 4%  on Tuesday,\nciting slower   inflation."
    assert kept_per_segment([STORY[0]], wrapped)[0] == (_chars(STORY[0]),) * 2


def test_cjk_characters_are_tokens_of_their_own():
    assert tokens("【東京共同】政府は3日") == ["東", "京", "共", "同", "政", "府", "は", "3", "日"]
    kept, total = kept_per_segment(["【東京共同】", "政府は3日、発表した。"], "政府は3日、発表した。")[0]
    assert (kept, total) == (0, 4)


def test_field_checks():
    assert title_right("Rates held  at 4%", "rates held at 4%")
    assert not title_right("Rates held at 4%", None)
    assert byline_right(["Ana Ruiz", "Tom Lee"], "By Ana Ruiz and Tom Lee", "Ana Ruiz, Tom Lee")
    assert not byline_right(["Ana Ruiz", "Tom Lee"], "By Ana Ruiz and Tom Lee", "Ana Ruiz")
    assert not byline_right(["Ana Ruiz"], "By Ana Ruiz", "Ana Ruiz 4 min read Updated 3 December 2026")
    assert byline_right([], "", None) and not byline_right([], "", "Someone")
    assert publisher_right("Kyodo", "共同通信", F.PUBLISHER_ALIASES)
    assert publisher_right("AFP", "Agence France-Presse", F.PUBLISHER_ALIASES)
    assert not publisher_right("AFP", "Reuters", F.PUBLISHER_ALIASES)
    assert publisher_right(None, None, F.PUBLISHER_ALIASES) and not publisher_right(None, "AP", F.PUBLISHER_ALIASES)


def test_dev_never_draws_test_vocabulary_and_test_does():
    templates = ["Read more: {hl}", "T|Don't miss: {hl}"]
    rng = random.Random(1)
    assert {F.choose(templates, "dev", rng) for _ in range(200)} == {("Read more: {hl}", False)}
    drawn = {F.choose(templates, "test", rng) for _ in range(200)}
    assert ("Don't miss: {hl}", True) in drawn and ("Read more: {hl}", False) in drawn


def test_every_language_has_every_kind_and_test_vocabulary():
    for kind, by_lang in F.PIECES.items():
        assert set(by_lang) == set(F.LANGS), kind
        for lang, templates in by_lang.items():
            assert any(not F.is_test_only(t) for t in templates), (kind, lang)
            assert any(F.is_test_only(t) for t in templates), (kind, lang)
    assert set(F.CREDITS) == set(F.BYLINES) == set(F.LANGS)
    for lang, credits in F.CREDITS.items():
        for publisher, _ in credits:
            assert publisher in F.PUBLISHER_ALIASES, (lang, publisher)


def test_every_layout_renders_every_segment_in_order():
    from benchmarks.eval.blind3.compose import build_case, render
    from benchmarks.eval.blind3.stories import Story

    story = Story("reuters-0", "en", "Rates held", tuple(f"Paragraph number {i} of the story, said officials." for i in range(8)))
    layouts = set()
    for variant in range(40):
        for lang in ("en", "ja", "ar"):
            case = build_case(story, variant, lang, ["Another headline"])
            segments = [s.text for block in case.blocks for s in block]
            page = render(case)
            if case.layout == "jsonl":
                visible = json.loads(page)["text"]
            else:
                visible = html.unescape(re.sub(r"<head>.*</head>|<[^>]+>", " ", page, flags=re.S))
            assert all(k == t for k, t in kept_per_segment(segments, visible)), case.filename
            layouts.add(case.layout)
    assert layouts == {"blank", "wrapped", "tight", "html", "jsonl"}


def test_a_case_is_the_same_every_time_and_its_split_fixed_by_the_story():
    from benchmarks.eval.blind3.compose import build_case, render, split_of
    from benchmarks.eval.blind3.stories import Story

    story = Story("bbc-tech-001", "en", "Rates held", ("One.", "Two.", "Three."))
    assert render(build_case(story, 0, "fr", ["X"])) == render(build_case(story, 0, "fr", ["X"]))
    assert {build_case(story, v, "fr", ["X"]).split for v in range(5)} == {split_of("bbc-tech-001")}


def test_every_template_fills_its_slots():
    for lang in F.LANGS:
        ctx = F.context(lang, random.Random(3), ["Another headline"])
        ctx.values["agency"] = "Reuters"
        templates = [t for by_lang in F.PIECES.values() for t in by_lang[lang]]
        templates += F.BYLINES[lang] + F.LIVE_STAMPS[lang] + [t for _, t in F.CREDITS[lang]]
        for template in templates:
            filled = ctx.fill(template.removeprefix("T|"))
            assert "{" not in filled and "}" not in filled and filled.strip(), (lang, template)
