"""blind4's generator and scorer (benchmarks/eval/blind4): fast, on hand-made bodies, no pipeline run."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from benchmarks.eval.blind4 import bodies, compose, furniture, score
from benchmarks.eval.blind4.bodies import Body, story_id
from benchmarks.eval.blind4.compose import Item, Page


def _body(i: int) -> Body:
    paragraphs = tuple(
        f"Story {i} paragraph {j} tells how the council in town number {i} voted on item {j}. "
        f"Officials said the decision on item {j} of story {i} would take effect next spring."
        for j in range(5)
    )
    return Body(story_id(paragraphs), "bbc", f"Council {i} votes on plan {i * 7}", paragraphs)


BODIES = [_body(i) for i in range(240)]


def test_generation_is_deterministic_and_seeded():
    headlines = [b.headline for b in BODIES]
    first = [compose.compose(b, 4, headlines)[1] for b in BODIES[:30]]
    again = [compose.compose(b, 4, headlines)[1] for b in BODIES[:30]]
    other_seed = [compose.compose(b, 5, headlines)[1] for b in BODIES[:30]]
    assert first == again
    assert first != other_seed


def test_splits_are_disjoint_and_cover_every_body(tmp_path):
    (tmp_path / "dev").mkdir()
    dev = compose.build(BODIES, 4, "dev", tmp_path / "dev")
    test = compose.build(BODIES, 4, "test")
    dev_ids, test_ids = {p.story_id for p in dev}, {p.story_id for p in test}
    assert not dev_ids & test_ids
    assert dev_ids | test_ids == {b.story_id for b in BODIES}
    assert 0.35 < len(dev_ids) / len(BODIES) < 0.65
    # the split is a function of the story alone: the same with another seed or another set of bodies
    assert {p.story_id for p in compose.build(BODIES[:100], 9, "dev")} == dev_ids & {
        b.story_id for b in BODIES[:100]
    }
    assert sorted(f.name for f in (tmp_path / "dev").iterdir()) == sorted(p.file_name for p in dev)


def test_test_only_wordings_never_reach_dev():
    dev = compose.build(BODIES, 4, "dev")
    test = compose.build(BODIES, 4, "test")
    assert not [i.key for p in dev for i in p.items if i.test_only or "/t" in i.key]
    assert sum(i.test_only for p in test for i in p.items) > 0.15 * sum(len(p.items) for p in test)
    # a test-only wording's own text is in no shared wording, so no dev page carries it by another route (a
    # wording with under 4 characters of its own, "{CITY} -- ", is test-only by its shape alone)
    shared = [t for table in furniture.ALL.values() for pair in table.values() for t in pair[0]]
    for kind, table in furniture.ALL.items():
        for lang, (_, test_only) in table.items():
            for template in test_only:
                longest = max(furniture.literals(template), key=len, default="")
                if len(longest) >= 4:
                    assert not [s for s in shared if longest in s], (kind, lang, template)


def test_every_language_and_kind_is_generated():
    pages = compose.build(BODIES, 4, "dev") + compose.build(BODIES, 4, "test")
    assert {p.lang for p in pages} == set(furniture.LANGS)
    assert {p.fmt for p in pages} == {"txt", "html", "json"}
    assert {i.kind for p in pages for i in p.items} == set(furniture.KINDS) | {"headline"}


def test_json_page_is_one_record_with_title_and_id(tmp_path):
    page = next(p for p in compose.build(BODIES, 4, "dev") if p.fmt == "json")
    _, text = compose.compose(page.body, 4, [b.headline for b in BODIES])
    record = json.loads(compose.write_page(page, text, tmp_path).read_text(encoding="utf-8"))
    assert (record["id"], record["title"]) == (page.story_id, page.headline)
    assert all(par.split()[-1] in record["text"] for par in page.body.paragraphs)


def test_bodies_screen_out_furniture_and_reuters_signoff(tmp_path):
    prose = "The ministry said exports rose sharply in the first quarter of the year, led by machinery."
    assert (
        bodies._clean_paragraphs([prose] * 3 + ["(Reporting by Jane Doe; Editing by Tom Roe) and more words"])
        is None
    )
    assert bodies._clean_paragraphs([prose, "LONDON (Reuters) - " + prose, prose]) is None
    assert bodies._clean_paragraphs([prose, "CLEVELAND, Ohio \u2013 " + prose, prose]) is None
    assert bodies._clean_paragraphs([prose, prose, "Taylor Swift's big night; Britney Spears' new pop-up show"]) is None
    long = " ".join([prose] * 3)
    assert bodies._clean_paragraphs([long, "US sales rose - sharply - in May, the ministry said. " + long, long])
    sgm = (
        "<REUTERS><TITLE>U.S. EXPORTS RISE IN QUARTER</TITLE><BODY>"
        + "\n    ".join([prose] * 6)
        + " "
        + " ".join(["more words"] * 30)
        + "."
        + "\n Reuter\n&#3;</BODY></TEXT></REUTERS>"
    )
    (tmp_path / "reut2-000.sgm").write_text(sgm, encoding="latin-1")
    [body] = bodies.read_reuters(tmp_path)
    assert body.headline == "U.S. Exports Rise in Quarter"
    assert len(body.paragraphs) == 6 and not body.paragraphs[-1].endswith("Reuter")


def _page() -> Page:
    body = Body(
        "00000000000000aa",
        "bbc",
        "Rates held at 5%",
        ("First real paragraph of the story here.", "Second real paragraph, also long enough."),
    )
    page = Page(body.story_id, "dev", "en", "txt", "blank", body, body.headline, ("Jane Doe", "Tom Roe"))
    page.items = [
        Item("headline", "Rates held at 5%", "headline", False),
        Item("byline", "By Jane Doe and Tom Roe", "byline/en/0", False),
        Item("ad", "Advertisement", "ad/en/0", False),
        Item("credits", "Reporting by Ann Lee in Paris; Editing by Bob Kay", "credits/en/0", False),
        Item("more_from", "More from Reuters\nBanks brace for a slow winter", "more_from/en/t0", True),
    ]
    return page


def test_score_page_counts_characters_paragraphs_title_and_byline():
    page = _page()
    text = (
        "Advertisement\n\nFirst real paragraph of the story here.\n\nEditing by Bob Kay\n\n"
        "More from Reuters\nBanks brace for a slow winter"
    )
    one = score.score_page(page, text, "Rates held at 5%", "TOM ROE, Jane Doe")
    assert (one.paragraphs, one.kept) == (2, 1)
    assert (
        one.leaked["ad"] == len("Advertisement") and one.leaked["headline"] == 0 and one.leaked["byline"] == 0
    )
    # half a credit line survives: the run it shares with the output leaks, the rest does not
    assert one.leaked["credits"] == len(" Editing by Bob Kay")
    assert one.leaked["more_from"] == one.injected["more_from"] == one.test_only_leaked
    assert one.title_ok and one.byline_ok
    assert score.score_page(page, text, "Rates held", "By Jane Doe and Tom Roe").byline_ok is False


def test_short_line_leaks_only_as_a_whole_word():
    assert score.leaked_chars("Advertisement", "story continues below Advertisements")[0] == 0
    assert score.leaked_chars("Advertisement", "x Advertisement y")[0] == 13


def test_summary_counts_duplicates_rejected_and_absent(tmp_path):
    pages = [_page() for _ in range(4)]
    for n, page in enumerate(pages):
        page.story_id = f"{n:016x}"

    def row(n: int, text: str) -> dict:
        return {
            "source": f"/in/{n:016x}.txt",
            "input_id": None,
            "text": text,
            "title": "Rates held at 5%",
            "byline": None,
        }

    full = "\n\n".join(pages[0].body.paragraphs)
    for name, rows in (("articles", [row(0, full)]), ("duplicates", [row(1, full + "\n\nAdvertisement")])):
        (tmp_path / name).mkdir()
        pq.write_table(pa.Table.from_pylist(rows), tmp_path / name / "part-00000-of-00001.parquet")
    (tmp_path / "rejected").mkdir()
    pq.write_table(
        pa.Table.from_pylist([{"source": "/in/x.jsonl#1", "input_id": f"{2:016x}", "reason": "empty"}]),
        tmp_path / "rejected" / "part-00000-of-00001.parquet",
    )
    summary = score.summarise(pages, *score.read_output(tmp_path))
    assert (summary.pages, summary.titles, summary.bylines) == (4, [2, 2], [2, 0])
    assert (summary.kept, summary.paragraphs) == (4, 8)
    assert summary.duplicates == [f"{1:016x}"]
    assert summary.rejected == [f"{2:016x} (empty)"] and summary.missing == [f"{3:016x} (absent)"]
    assert summary.leaked["ad"] == 13 and summary.injected["ad"] == 26
    assert "rejected 1, absent 1" in score.table(summary)


@pytest.mark.parametrize(
    "byline, expected",
    [
        ("Jane Doe and Tom Roe", {"jane doe", "tom roe"}),
        ("王磊、张芳", {"王磊", "张芳"}),
        ("Ana Silva e João Costa", {"ana silva", "joão costa"}),
        (None, set()),
    ],
)
def test_names_split_on_each_language_separator(byline, expected):
    assert score.names(byline) == expected


def test_normalise_drops_what_no_reader_sees():
    assert score.normalise("US \u00adforces\u200b  said \u201cno\u201d \u2014\n ok") == 'US forces said "no" - ok'


def test_readme_lists_every_test_only_wording():
    readme = (Path(compose.__file__).parent / "README.md").read_text(encoding="utf-8")
    for table in furniture.ALL.values():
        for _, test_only in table.values():
            for template in test_only:
                assert f"`{template.replace(chr(10), '⏎')}`" in readme, template
