"""The evaluation sets in benchmarks/eval/: Reuters parsing, the labelled pair file, copy generation, scoring.

Tests needing the real corpora (../shared/data) skip when they are absent.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.eval import copies, dedup_pairs, reuters
from benchmarks.eval.dedup_pairs import NEGATIVE_KINDS, POSITIVE_KINDS, Pair, load_pairs, read_rows, score

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
