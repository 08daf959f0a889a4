"""The evaluation sets in benchmarks/eval/: Reuters parsing, the labelled pair file, copy generation, scoring;
the furniture set's cases and scoring.

Tests needing the real corpora (../shared/data) skip when they are absent.
"""
from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.eval import copies, dedup_pairs, reuters
from benchmarks.eval import furniture_set as fs
from benchmarks.eval.dedup_pairs import NEGATIVE_KINDS, POSITIVE_KINDS, Pair, load_pairs, read_rows, score
from benchmarks.eval.furniture_eval import read_outputs
from benchmarks.eval.locales import LOCALES

DATA = reuters.DEFAULT_DATA_DIR
needs_data = pytest.mark.skipif(not (DATA / "reuters21578").is_dir() or not (DATA / "bbc-news").is_dir(),
                                reason=f"real corpora not found under {DATA}")
README = Path(dedup_pairs.__file__).with_name("README.md")

SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="7">
<DATE>  3-MAR-1987  09:15:05.40</DATE>
<TEXT>&#2;
<TITLE>ACME &lt;ACM> SETS PAYOUT</TITLE>
<DATELINE>    NEW YORK, March 3 - </DATELINE><BODY>Acme &amp; Co &lt;ACM> said it set a dividend.
    Pay April 1.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="8">
<DATE>3-MAR-1987 09:16:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;
<TITLE>NO BODY HERE</TITLE>
&#3;</TEXT>
</REUTERS>
"""


def test_parse_sgml_decodes_references_and_skips_stories_without_body():
    stories = list(reuters.parse_sgml(SGML))
    assert [s.id for s in stories] == ["7"]
    story = stories[0]
    assert story.title == "ACME <ACM> SETS PAYOUT"
    assert story.date == "1987-03-03T09:15:05"
    assert story.text.startswith("Acme & Co <ACM> said")
    assert story.text.rstrip().endswith("Reuter")
    assert "\x03" not in story.text and "\x02" not in story.text


def test_cli_writes_one_json_line_per_story(tmp_path):
    (tmp_path / "reuters21578").mkdir()
    (tmp_path / "reuters21578" / "reut2-000.sgm").write_text(SGML, encoding="latin-1")
    out = tmp_path / "r.jsonl"
    assert reuters.main(["--out", str(out), "--data-dir", str(tmp_path)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and '"id": "7"' in lines[0] and '"title": "ACME <ACM> SETS PAYOUT"' in lines[0]


@needs_data
def test_reuters_corpus_has_every_story_with_a_body():
    stories = reuters.load_stories(DATA)
    assert len(stories) == 19043  # the corpus README's count of stories with a body
    assert all(s.text.strip() for s in stories.values())


def _documented_counts() -> dict[tuple[str, str], int]:
    """The per-kind dev/test counts in the README's table (rows like `| kind | True | 12 | 13 | 25 |`)."""
    table = {}
    row = re.compile(r"^\| `?(\w+)`? \| (?:True|False) \| (\d+) \| (\d+) \|", re.MULTILINE)
    for kind, dev, test in row.findall(README.read_text()):
        table[(kind, "dev")], table[(kind, "test")] = int(dev), int(test)
    return table


def test_pair_file_matches_documented_counts_and_label_rules():
    rows = read_rows()
    assert dict(Counter((r["kind"], r["split"]) for r in rows)) == {
        k: v for k, v in _documented_counts().items() if v}
    assert len({r["pair_id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["kind"] in POSITIVE_KINDS + NEGATIVE_KINDS, row["pair_id"]
        assert row["label"] is (row["kind"] in POSITIVE_KINDS), row["pair_id"]
        assert row["note"].strip(), row["pair_id"]
        assert "text" not in row["a"] and "text" not in row["b"]


def _story_refs(row: dict) -> set[str]:
    refs = set()
    for side in (row["a"], row["b"]):
        ref = side["generated"]["from"] if "generated" in side else side
        refs.add(f"{ref['corpus']}:{ref['id']}")
    return refs


def test_splits_are_disjoint_by_story_and_balanced():
    by_split: dict[str, set[str]] = {"dev": set(), "test": set()}
    for row in read_rows():
        by_split[row["split"]] |= _story_refs(row)
    assert not by_split["dev"] & by_split["test"]
    sizes = Counter(r["split"] for r in read_rows())
    assert 0.4 < sizes["dev"] / (sizes["dev"] + sizes["test"]) < 0.6


@needs_data
def test_loader_resolves_every_pair_of_the_documented_counts():
    documented = _documented_counts()
    for split in ("dev", "test"):
        pairs = load_pairs(split, DATA)
        got = Counter(p.kind for p in pairs)
        assert got == Counter({k: v for (k, s), v in documented.items() if s == split and v})
        assert all(p.text_a.strip() and p.text_b.strip() and p.title_a and p.title_b for p in pairs)


@needs_data
def test_generated_copies_are_deterministic_and_differ_from_their_source():
    first = [p for p in load_pairs("dev", DATA) if p.kind == "syndicated"]
    dedup_pairs._reuters.cache_clear()
    again = {p.pair_id: p for p in load_pairs("dev", DATA) if p.kind == "syndicated"}
    assert first
    for pair in first:
        assert again[pair.pair_id] == pair
        assert pair.text_b != pair.text_a or pair.title_b != pair.title_a


ARTICLE = (
    "LONDON - The government said on Monday it would cut the tax on petrol, a move analysts expected.\n\n"
    "The Labour party said the plan did not go far enough. \"It is a start,\" a spokesman said.\n\n"
    "Talks with the unions will resume in the centre of the city next week, officials said.\n\n"
    "The finance ministry said the cut would cost about 200 mln pounds a year.\n\n"
    "Analysts said the move would help the government in the polls. Reuter"
)


@pytest.mark.parametrize("op", copies.OPS)
def test_each_copy_op_changes_the_article(op):
    text, title = copies.syndicate(ARTICLE, "GOVERNMENT TO CUT PETROL TAX", [op], seed=3)
    assert (text, title) != ("\n\n".join(copies.paragraphs(ARTICLE)), "GOVERNMENT TO CUT PETROL TAX")
    assert (text, title) == copies.syndicate(ARTICLE, "GOVERNMENT TO CUT PETROL TAX", [op], seed=3)


def test_trim_keeps_the_lead_and_cuts_the_end():
    text, _ = copies.syndicate(ARTICLE, "T", ["trim"], seed=1)
    assert text.startswith("LONDON - The government said")
    assert 0.4 < len(text.split()) / len(ARTICLE.split()) < 0.9
    assert "Reuter" not in text


def test_unknown_op_is_rejected():
    with pytest.raises(ValueError, match="unknown copy ops"):
        copies.syndicate(ARTICLE, "T", ["shuffle"], seed=1)


def _pair(pair_id: str, kind: str, label: bool) -> Pair:
    return Pair(pair_id, kind, label, "a", "b", "A", "B", None, None)


def test_score_counts_per_kind_and_treats_missing_as_not_copy():
    pairs = [_pair("p1", "reuters_resend", True), _pair("p2", "reuters_resend", True),
             _pair("n1", "reuters_templated", False), _pair("n2", "reuters_templated", False),
             _pair("n3", "bbc_followup", False)]
    report = score(pairs, {"p1": True, "n1": True, "n2": False, "n3": False})
    overall = report["overall"]
    assert (overall["tp"], overall["fp"], overall["fn"], overall["tn"], overall["missing"]) == (1, 1, 1, 2, 1)
    assert overall["precision"] == pytest.approx(0.5) and overall["recall"] == pytest.approx(0.5)
    assert report["per_kind"]["reuters_resend"]["recall"] == pytest.approx(0.5)
    assert report["per_kind"]["reuters_templated"]["false_positive_rate"] == pytest.approx(0.5)
    assert report["per_kind"]["bbc_followup"]["false_positive_rate"] == 0.0


def test_load_pairs_rejects_unknown_split():
    with pytest.raises(ValueError, match="split"):
        load_pairs("train")


def test_candidate_pairs_rank_near_copies_above_shared_background():
    from benchmarks.eval.candidates import candidate_pairs
    from benchmarks.eval.dedup_pairs import Article

    body = ("The central bank left its discount rate unchanged at four pct on Thursday after a regular "
            "meeting of its council, a spokesman said, adding that money supply was on target.")
    articles = {
        "a": Article("BANK LEAVES RATE UNCHANGED", body, None),
        "b": Article("BANK HOLDS RATE", body.replace("Thursday", "today"), None),
        "c": Article("OTHER STORY", "Farmers said the central bank left its discount rate unchanged at four "
                     "pct but complained about credit for tractors and seed this spring.", None),
        "d": Article("UNRELATED", "Heavy rain closed three ports on the northern coast again.", None),
    }
    found = {(c.a, c.b): c for c in candidate_pairs(articles, max_df=5, min_shared=3)}
    assert ("a", "b") in found and ("a", "d") not in found and ("b", "d") not in found
    assert found[("a", "b")].jaccard > 0.5
    assert ("a", "c") not in found or found[("a", "c")].jaccard < found[("a", "b")].jaccard / 2


# --- furniture set (furniture_set.py, pages.py, scoring.py): its cases and scoring, not the cleaner ---

needs_furniture_data = pytest.mark.skipif(not fs.DATA_DIR.is_dir(), reason=f"no real data at {fs.DATA_DIR}")


@pytest.fixture(scope="module")
def bodies() -> list[fs.Body]:
    return fs.load_bodies()


@pytest.fixture(scope="module")
def cases(bodies) -> list[fs.Case]:
    return [fs.make_case(b) for b in bodies]


@needs_furniture_data
def test_furniture_cases_do_not_depend_on_order_or_run(bodies, cases):
    shuffled = list(bodies)
    random.Random(7).shuffle(shuffled)
    again = {c.case_id: c for c in (fs.make_case(b) for b in shuffled)}
    assert [again[c.case_id] for c in cases] == cases
    assert fs.load_cases("dev") == [c for c in cases if c.split == "dev"]


@needs_furniture_data
def test_furniture_splits_are_disjoint_halves(cases):
    by_split = Counter(c.split for c in cases)
    assert set(by_split) == {"dev", "test"}
    assert min(by_split.values()) >= 600
    assert abs(by_split["dev"] - by_split["test"]) < 0.1 * len(cases)
    dev = {c.case_id for c in cases if c.split == "dev"}
    test = {c.case_id for c in cases if c.split == "test"}
    assert not dev & test and len(dev | test) == len(cases)


@needs_furniture_data
def test_furniture_story_and_furniture_are_in_the_raw_text(cases):
    for case in cases:
        raw = fs.normalise(case.raw_text)
        for p in case.story_paragraphs:
            assert fs.normalise(p) in raw, (case.case_id, p)
        for kind, text in case.furniture:
            assert fs.contains(raw, fs.normalise(text)), (case.case_id, kind, text)
        assert case.furniture, case.case_id


@needs_furniture_data
def test_furniture_no_furniture_piece_is_found_in_the_story(cases):
    # Otherwise the exact story would "leak" it and the score could not tell keeping from removing.
    for case in cases:
        story = " \n ".join(fs.normalise(p) for p in case.story_paragraphs)
        for kind, text in case.furniture:
            assert not fs.contains(story, fs.normalise(text)), (case.case_id, kind, text)


@needs_furniture_data
def test_furniture_raw_text_leaks_everything_and_keeps_everything(cases):
    result = fs.score(cases, {c.case_id: {"text": c.raw_text} for c in cases})
    assert result["leaked"] == 1.0 and result["kept"] == 1.0
    assert set(result["by_kind"].values()) == {1.0}
    assert result["missing"] == []


@needs_furniture_data
def test_furniture_exact_story_leaks_nothing(cases):
    outputs = {
        c.case_id: {"text": "\n\n".join(c.story_paragraphs), "title": c.title, "publisher": c.publisher,
                    "byline": c.byline}
        for c in cases
    }
    result = fs.score(cases, outputs)
    assert result["leaked"] == 0.0 and result["kept"] == 1.0
    for name in ("title", "publisher", "byline"):
        assert result[name]["accuracy"] == 1.0 and result[name]["spurious"] == 0.0


@needs_furniture_data
def test_furniture_missing_output_loses_the_story(cases):
    some = cases[:20]
    result = fs.score(some, {})
    assert result["kept"] == 0.0 and result["leaked"] == 0.0
    assert result["missing"] == [c.case_id for c in some]
    assert "title" not in result


def test_furniture_wrong_fields_score_wrong():
    case = fs.Case("x", "dev", "en", "raw", ("Story text here.",), (("byline", "By Ana Ruiz and Tom Lee"),),
                   "A title", "AFP", "Ana Ruiz, Tom Lee", False)
    result = fs.score([case], {"x": {"text": "Story text here.", "title": "Another title", "publisher": "AP",
                                     "byline": "Ana Ruiz"}})
    assert result["title"]["accuracy"] == 0.0
    assert result["publisher"]["accuracy"] == 0.0
    assert result["byline"]["accuracy"] == 0.0
    ok = fs.score([case], {"x": {"text": "", "title": " a  TITLE", "publisher": "Agence France-Presse",
                                 "byline": "ANA RUIZ and TOM LEE"}})
    assert ok["title"]["accuracy"] == ok["publisher"]["accuracy"] == ok["byline"]["accuracy"] == 1.0


def test_furniture_contains_needs_whole_words_except_in_cjk():
    assert not fs.contains("free trade deal", "ad")
    assert fs.contains("see the ad here", "ad")
    assert fs.contains("新华社北京3月4日电记者", "新华社北京3月4日电")
    assert fs.normalise("\ufeffREAD\u200b  MORE:\nnow") == "read more: now"


@needs_furniture_data
def test_furniture_variety(cases):
    for split in ("dev", "test"):
        part = [c for c in cases if c.split == split]
        assert {c.language for c in part} == set(LOCALES), split
        assert sum(c.wrapped for c in part) > 0.15 * len(part)
        assert sum(c.invisible for c in part) > 0.1 * len(part)
        kinds = Counter(k for c in part for k, _ in c.furniture)
        assert len(kinds) >= 20 and min(kinds.values()) >= 20, kinds
        assert len({c.publisher for c in part}) >= 10


def test_furniture_read_outputs_maps_rows_by_source_file(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "articles").mkdir()
    pq.write_table(pa.table({"source": ["/in/bbc-tech-001.txt"], "text": ["kept"], "title": ["T"]}),
                   tmp_path / "articles" / "part-0.parquet")
    dup = tmp_path / "duplicates-0.parquet"
    pq.write_table(pa.table({"source": ["reuters-9.txt"], "text": ["dup"]}), dup)
    pq.write_table(pa.table({"source": ["aeb-x.txt"], "reason": ["short"]}), tmp_path / "rejected-0.parquet")
    assert read_outputs(tmp_path) == {
        "bbc-tech-001": {"text": "kept", "title": "T"}, "reuters-9": {"text": "dup"},
    }


@needs_furniture_data
def test_furniture_test_only_vocabulary_never_reaches_dev(cases):
    dev = [c for c in cases if c.split == "dev"]
    test = [c for c in cases if c.split == "test"]
    assert all(not c.unseen for c in dev)
    assert sum(bool(c.unseen) for c in test) > 0.3 * len(test)
    for case in test:
        assert set(case.unseen) <= {t for _, t in case.furniture}
    dev_texts = {t for c in dev for _, t in c.furniture}
    # Unseen templates can still render to a text dev also has ("Share"), but most must be new.
    unseen = {t for c in test for t in c.unseen}
    assert len(unseen - dev_texts) > 0.8 * len(unseen)


def test_furniture_score_separates_unseen_vocabulary():
    case = fs.Case("x", "test", "en", "raw", ("Body.",), (("share", "Share"), ("ad", "Sponsored")), None, None,
                   None, False, unseen=("Sponsored",))
    result = fs.score([case], {"x": {"text": "Body. Sponsored"}})
    assert result["leaked_unseen"] == 1.0 and result["leaked_seen"] == 0.0
    assert result["by_layout"]["unwrapped"]["kept"] == 1.0


@needs_furniture_data
def test_furniture_pages_name_no_agency_but_the_expected_publisher(cases):
    from benchmarks.eval.pages import agencies_named

    for case in cases:
        for kind, text in case.furniture:
            # Photo credits ("REUTERS/Jane Doe") name whoever took the picture, not who sent the story.
            if kind not in ("caption", "photo_credit", "headline"):
                assert agencies_named(text) <= {case.publisher}, (case.case_id, kind, text)


@needs_furniture_data
def test_furniture_eval_runs_the_pipeline_and_maps_every_case_back(cases, tmp_path):
    from benchmarks.eval.furniture_eval import run_pipeline, write_cases

    some = [c for c in cases if c.language in ("en", "de", "zh")][:3]
    write_cases(some, tmp_path / "input")
    run_pipeline(tmp_path / "input", tmp_path / "output", [])
    outputs = read_outputs(tmp_path / "output")
    assert set(outputs) == {c.case_id for c in some}
    assert all(o["text"] for o in outputs.values())
    assert fs.score(some, outputs)["missing"] == []


def test_furniture_show_lists_leaks_of_the_asked_kinds_and_lost_paragraphs():
    from benchmarks.eval.furniture_eval import show

    case = fs.Case("x", "dev", "en", "raw", ("Kept paragraph.", "Lost paragraph."),
                   (("ad", "Advertisement"), ("share", "Share this article")), None, None, None, False)
    text = show([case], {"x": {"text": "Advertisement Share this article Kept paragraph."}}, 5, {"share"})
    assert "Share this article" in text and "Advertisement" not in text
    assert "x (en) 'Lost paragraph.'" in text and "Kept paragraph" not in text


def test_furniture_halves_split_by_case_id_and_losses_name_the_rule():
    from benchmarks.eval.furniture_eval import half_of, losses

    halves = [half_of(f"case-{i}") for i in range(200)]
    assert set(halves) == {0, 1} and halves == [half_of(f"case-{i}") for i in range(200)]
    assert 60 <= sum(halves) <= 140  # about half each
    lead = "Kazakhstan's ruling party won a commanding majority in early parliamentary elections on Sunday."
    raw = f"{lead}\n\nShare this article\n\nTurnout was estimated at around 54%, far below earlier elections."
    case = fs.Case("x", "dev", "en", raw, (lead, "Share this article"), (), None, None, None, False)
    text = losses([case], {"x": {"text": lead}}, 5)
    assert "1 lost paragraphs of 1" in text and lead not in text
    assert "x (en) gift_prompt: 'Share this article'" in text


def test_the_furniture_corpora_are_whole_rows_and_the_held_out_one_is_never_fitted():
    from benchmarks import furniture_model

    for path in (*furniture_model.TRAINING_FURNITURE, *furniture_model.HELDOUT_FURNITURE):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert len(rows) > 2_000, path
        assert all(set(row) == {"kind", "outlet", "text"} and row["text"].strip() for row in rows), path
        assert not any(re.search(r"[{}]|<[A-Z_]+>", row["text"]) for row in rows), path
        assert max(Counter(row["text"] for row in rows).values()) <= 2, path
    # The trainer fits on the training corpora and only reports on the held-out ones.
    assert [path.parent.name for path in furniture_model.HELDOUT_FURNITURE] == [
        "furniture_heldout", "furniture_heldout2"]
    assert [path.parent.name for path in furniture_model.TRAINING_FURNITURE] == [
        "furniture_train", "furniture_train2", "furniture_train3"]
    assert not set(furniture_model.HELDOUT_FURNITURE) & set(furniture_model.TRAINING_FURNITURE)
