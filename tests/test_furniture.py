"""Site furniture: the pure key/threshold/removal logic, and RemoveSiteFurniture on TestPipeline."""
from __future__ import annotations

import dataclasses

import apache_beam as beam
import pytest
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from wirewash.transforms import furniture
from wirewash.transforms.core.counters import dict_counter
from wirewash.transforms.core.furniture import (
    FurnitureConfig,
    document_keys,
    is_furniture,
    paragraph_key,
    remove_furniture,
    site_of,
)
from wirewash.transforms.core.schema import Article, Rejected, Removal
from wirewash.transforms.furniture import RemoveSiteFurniture

CFG = FurnitureConfig(min_docs=3, max_short_words=12, min_docs_long=5, min_words=5)
PROMPT = "Sign up for The Water Coolest today"
ABOUT = (
    "Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions, "
    "headquartered in Baar, Switzerland."
)


def story(n: int) -> str:
    return f"Story number {n} tells what happened in the capital on Sunday, officials said."


def article(doc_id: str, *paras: str) -> Article:
    return Article(doc_id=doc_id, source=f"{doc_id}.html", text="\n\n".join(paras))


SITE = ""  # article() sources have no folder and no URL


def test_key_ignores_case_and_spacing_and_marks_length() -> None:
    assert paragraph_key(SITE, "Sign up  today", CFG) == paragraph_key(SITE, "sign up today", CFG)
    assert paragraph_key(SITE, PROMPT, CFG).endswith("s")
    assert paragraph_key(SITE, ABOUT, CFG).endswith("l")
    assert paragraph_key(SITE, PROMPT, CFG) != paragraph_key(SITE, story(1), CFG)
    assert paragraph_key("a.example", PROMPT, CFG) != paragraph_key("b.example", PROMPT, CFG)


def test_site_is_the_url_host_else_the_folder_or_file() -> None:
    assert site_of(Article("a", "crawl/x.html", "t", url="https://www.Example.com/news/1")) == "example.com"
    assert site_of(Article("a", "crawl/site-a/x.html", "t")) == "crawl/site-a"
    assert site_of(Article("a", "dumps/feed.jsonl#12", "t")) == "dumps"


def test_document_counts_each_paragraph_once() -> None:
    assert document_keys(article("a", PROMPT, story(1), PROMPT), CFG) == {
        paragraph_key(SITE, PROMPT, CFG),
        paragraph_key(SITE, story(1), CFG),
    }


def test_thresholds_depend_on_length() -> None:
    short, long = paragraph_key(SITE, PROMPT, CFG), paragraph_key(SITE, ABOUT, CFG)
    assert not is_furniture(short, 2, CFG) and is_furniture(short, 3, CFG)
    assert not is_furniture(long, 4, CFG) and is_furniture(long, 5, CFG)
    assert not is_furniture(short, 10**6, FurnitureConfig(min_docs=0))
    assert not is_furniture(long, 10**6, FurnitureConfig()), "long paragraphs are off by default"


def test_remove_records_removals_after_the_cleaners() -> None:
    counts, inc = dict_counter()
    before = Article("a", "a.html", "\n\n".join([story(1), PROMPT, story(2)]), removed=(Removal("headline", "H"),))
    out = remove_furniture(before, {paragraph_key(SITE, PROMPT, CFG)}, CFG, inc)
    assert isinstance(out, Article)
    assert out.text == story(1) + "\n\n" + story(2)
    assert out.removed == (Removal("headline", "H"), Removal("site_furniture", PROMPT))
    assert counts == {"furniture:removed:site_furniture": 1}


def test_only_furniture_shaped_paragraphs_count_and_go() -> None:
    # Recurring across a wire's copy, and story text all the same: a sentence, a fragment of one (from text
    # that was hard-wrapped), a results-table row and the label over one.
    story_lines = ["Terms were not disclosed.", "said.", "mln dlrs.", "Pay April 30", "Nine mths"]
    a = article("a", story(1), *story_lines, "Shr 1.59 dlrs vs 54 cts")
    assert document_keys(a, CFG) == {paragraph_key(SITE, story(1), CFG)}  # long: counted, off by default
    every_key = {paragraph_key(SITE, p, CFG) for p in [story(1), *story_lines, "Shr 1.59 dlrs vs 54 cts"]}
    assert remove_furniture(a, every_key - {paragraph_key(SITE, story(1), CFG)}, CFG, dict_counter()[1]) is a


def test_a_line_beside_a_table_row_is_the_tables_whatever_its_figures() -> None:
    # Reuters-21578: a dividend line with its figures in words over its payment row, a period label between
    # rows, a row whose figures are words: each recurs across hundreds of stories and is the story.
    table = ["Qtly div five cts vs five cts prior", "Pay March 31", "Revs 105.3 mln vs 131.2 mln", "Year",
             "Shr not given", "Net 2,113,000 vs 1,409,000"]
    a = article("a", *table)
    assert document_keys(a, CFG) == set()
    # The same prompt beside a sentence, and beside a row, as page furniture: only the first may go.
    b = article("b", story(2), PROMPT, story(3))
    assert document_keys(b, CFG) == {paragraph_key(SITE, PROMPT, CFG), paragraph_key(SITE, story(2), CFG),
                                     paragraph_key(SITE, story(3), CFG)}
    c = article("c", story(2), "Revs 105.3 mln vs 131.2 mln", PROMPT)
    assert paragraph_key(SITE, PROMPT, CFG) not in document_keys(c, CFG)


@pytest.mark.parametrize("extra", ["", " ", "  \t", " Word", " Word ", "\tWord\t"])
@pytest.mark.parametrize("words", [CFG.max_short_words - 1, CFG.max_short_words, CFG.max_short_words + 1])
def test_a_paragraph_is_long_past_max_short_words_as_every_word_counted_says(words: int, extra: str) -> None:
    # The split stops one word past max_short_words; space before, after or inside counts no word.
    off = FurnitureConfig(min_docs=3, max_short_words=12, min_docs_long=0, min_words=5)
    para = " Sign" * words + extra
    long = len(para.split()) > off.max_short_words
    assert paragraph_key(SITE, para, off).endswith("l" if long else "s")
    keys = document_keys(article("a", story(1), para, story(2)), off)
    assert (paragraph_key(SITE, para, off) in keys) != long


def test_long_paragraphs_are_neither_counted_nor_removed_when_min_docs_long_is_off() -> None:
    # With min_docs_long 0 no long key is ever furniture (is_furniture): not making them leaves every
    # decision as it was, with the same short keys counted.
    off = FurnitureConfig(min_docs=3, max_short_words=12, min_docs_long=0, min_words=5)
    a = article("a", story(1), PROMPT, ABOUT, story(2))
    counted = document_keys(a, CFG)
    short = {k for k in counted if k.endswith("s")}
    assert document_keys(a, off) == short == {paragraph_key(SITE, PROMPT, off)}
    assert not any(is_furniture(k, 10**6, off) for k in counted - document_keys(a, off))
    frequent = {k for k in counted if is_furniture(k, 10**6, off)}
    kept = remove_furniture(a, frequent, off, dict_counter()[1])
    assert kept.text == "\n\n".join([story(1), ABOUT, story(2)])


def test_a_short_line_beside_story_paragraphs_or_table_rows_is_judged_as_before() -> None:
    # The neighbour's sentence test now comes before its figures are counted: the same answers either side.
    for before, after, shaped in [
        (story(1), story(2), True), ("Revs 105.3 mln vs 131.2 mln", story(2), False),
        (story(1), "Shr 1.59 dlrs vs 54 cts", False), (story(1), "Revs 105.3 mln vs 131.2 mln.", True),
    ]:
        keys = document_keys(article("a", before, PROMPT, after), CFG)
        assert (paragraph_key(SITE, PROMPT, CFG) in keys) == shaped, (before, after)
    label = article("a", story(1), "Nine mths", "Shr 1.59 dlrs vs 54 cts")
    assert paragraph_key(SITE, "Nine mths", CFG) not in document_keys(label, CFG)
    over_sentence = article("a", story(1), "Nine mths", "Shr 1.59.")
    assert paragraph_key(SITE, "Nine mths", CFG) in document_keys(over_sentence, CFG)


def test_article_left_too_short_is_rejected_with_a_reason() -> None:
    counts, inc = dict_counter()
    cleaned = Removal("newsletter_prompt", "Sign up for our newsletter.")
    before = dataclasses.replace(article("a", PROMPT, "Short."), input_id="border", removed=(cleaned,))
    out = remove_furniture(before, {paragraph_key(SITE, PROMPT, CFG)}, CFG, inc)
    assert isinstance(out, Rejected) and out.reason == "mostly_furniture"
    assert counts == {"furniture:removed:site_furniture": 1, "furniture:rejected:mostly_furniture": 1}
    # A new user's finding: the rejection lost the input's id and said nothing of what was removed.
    assert out.input_id == "border"
    assert out.removed == (cleaned, Removal("site_furniture", PROMPT))


def test_untouched_article_is_returned_as_is() -> None:
    a = article("a", story(1))
    assert remove_furniture(a, {paragraph_key(SITE, PROMPT, CFG)}, CFG, dict_counter()[1]) is a


@pytest.mark.parametrize(
    "kwargs",
    [{"min_docs": -1}, {"max_short_words": 0}, {"min_docs": 10, "min_docs_long": 5}, {"min_words": True},
     {"min_docs_long": -1}],
)
def test_config_rejects_bad_values(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        FurnitureConfig(**kwargs)


def test_stage_removes_only_what_recurs_across_enough_documents() -> None:
    # On one site: PROMPT in 3 documents (short: furniture); ABOUT in 3 (long: needs 5, kept); a shared story
    # paragraph in 2 documents (kept: that is what syndicated copies look like, dedup's business). PROMPT on
    # another site's 2 pages is below that site's threshold and stays.
    docs = [
        article("d1", story(1), PROMPT, ABOUT),
        article("d2", story(2), PROMPT, ABOUT, story(9)),
        article("d3", story(3), PROMPT, ABOUT, story(9)),
        article("d4", story(4), "Sign up for a different newsletter."),
        article("d5", PROMPT),  # nothing but furniture
        Article("e1", "other/e1.html", story(5) + "\n\n" + PROMPT),
        Article("e2", "other/e2.html", story(6) + "\n\n" + PROMPT),
    ]
    with test_pipeline.TestPipeline(runner="FnApiRunner") as p:
        out = p | "Articles" >> beam.Create(docs) | "Furniture" >> RemoveSiteFurniture(CFG)
        texts = out[furniture.ARTICLES] | "IdText" >> beam.Map(lambda a: (a.doc_id, a.text))
        assert_that(
            texts,
            equal_to(
                [
                    ("d1", story(1) + "\n\n" + ABOUT),
                    ("d2", "\n\n".join([story(2), ABOUT, story(9)])),
                    ("d3", "\n\n".join([story(3), ABOUT, story(9)])),
                    ("d4", story(4) + "\n\n" + "Sign up for a different newsletter."),
                    ("e1", story(5) + "\n\n" + PROMPT),
                    ("e2", story(6) + "\n\n" + PROMPT),
                ]
            ),
            label="CheckArticles",
        )
        reasons = out[furniture.REJECTED] | "IdReason" >> beam.Map(lambda r: (r.doc_id, r.reason))
        assert_that(reasons, equal_to([("d5", "mostly_furniture")]), label="CheckRejected")


def test_options_build_the_furniture_config() -> None:
    from wirewash.pipeline.options import WirewashOptions

    cfg = WirewashOptions(["--furniture_min_docs", "3", "--min_words", "10"]).configs().furniture
    assert (cfg.min_docs, cfg.min_words, cfg.min_docs_long) == (3, 10, FurnitureConfig().min_docs_long)
    with pytest.raises(ValueError):
        WirewashOptions(["--furniture_min_docs", "-2"]).configs()


def test_chinese_article_is_not_rejected_for_losing_one_furniture_line() -> None:
    # 60 Chinese characters count as 30 words (as in the clean stage), enough for min_words=25.
    body = "哈萨克斯坦执政党在星期日举行的议会选举中赢得多数席位，" * 2 + "选举委员会说投票率约为百分之五十四。"
    counts, inc = dict_counter()
    out = remove_furniture(article("zh", body, PROMPT), {paragraph_key(SITE, PROMPT, CFG)}, CFG, inc)
    strict = remove_furniture(
        article("zh", body, PROMPT), {paragraph_key(SITE, PROMPT, CFG)}, FurnitureConfig(min_words=25), inc
    )
    assert isinstance(out, Article) and out.text == body
    assert isinstance(strict, Article), "CJK text counts words as the clean stage does"
