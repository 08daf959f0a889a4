"""A record's text field holding HTML or Markdown is read as plain text (newcomer's F9/F28)."""
from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from wirewash.transforms.core.counters import dict_counter
from wirewash.transforms.core.parse import RawDoc, ReadConfig, parse_file
from wirewash.transforms.core.readers import markup
from wirewash.transforms.core.readers.encoding import decode_text
from wirewash.transforms.core.readers.records import as_text
from wirewash.transforms.core.readers.records.values import _SURROGATE_RE
from wirewash.transforms.core.readers.markup import (
    entities_decoded,
    is_html,
    markdown_reduced,
    markup_stripped,
)

LEAD = "Kazakhstan's ruling party won a commanding majority in Sunday's parliamentary election."
TURNOUT = "Turnout was 54 percent, the central election commission said on Monday."


def parse(source: str, data: bytes):
    counts, inc = dict_counter()
    return list(parse_file(source, data, ReadConfig(), inc)), dict(counts)


@pytest.mark.parametrize("text", [
    f"<p>{LEAD}</p><p>{TURNOUT}</p>",
    f'<div class="story-body">\n<p>{LEAD}</p>\n</div>',
    f"{LEAD}<br>{TURNOUT}",
    f"{LEAD}<BR/>{TURNOUT}",
    f'<P>{LEAD} <A HREF="/x">More</A></P>',
])
def test_html_by_shape(text):
    assert is_html(text)


@pytest.mark.parametrize("text", [
    LEAD,
    "The browser reads the <p> tag and the <div> tag before any script runs.",
    "Shares rose as x < y and y > z, traders said <b>",
    "Press <Enter> to continue; the <i> key is broken.",
    "a<b and c>d",
    # Blank-line paragraphs naming tags in a sentence: a story about HTML, not a page (newcomer's F3).
    f"Rates rise expected\n\nWeb developers were told to stop using the <b>bold</b> tag and to write "
    f"<strong>strong</strong> instead, and that a line break is written <br> in HTML. {LEAD}\n\n"
    + f"{TURNOUT} " * 8,
    f"Browsers and the web\n\n{LEAD} The <em>emphasis</em> element was misused.\n\n" + f"{TURNOUT} " * 4,
])
def test_text_that_is_not_html(text):
    assert not is_html(text)


@pytest.mark.parametrize("text", [
    # Blank lines between paragraphs that are elements: a pretty-printed page.
    f"<h1>Vote</h1>\n\n<p>{LEAD}</p>\n\n<p>{TURNOUT}</p>",
    # Prose paragraphs whose sentences are wrapped in inline markup: tags too dense for a mention.
    f"Vote count\n\nIn <b>ASTANA</b> - {LEAD} <i>Nur Otan</i> led.\n\nSo <em>{TURNOUT}</em> <b>More</b>",
    # A tag with attributes is a program's markup, however sparse.
    f"Vote count\n\n{LEAD} {TURNOUT} " + f"{TURNOUT} " * 10 + '\n\nRead <a href="/r">the results</a>.',
    # One paragraph with a tag named in it and no blank-line structure stays what it was: HTML.
    f"{LEAD} It says <b>bold</b>.",
])
def test_html_laid_out_in_paragraphs(text):
    assert is_html(text)


def test_entities_decoded_only_with_their_semicolon():
    assert entities_decoded("AT&amp;T said it&#8217;s done&nbsp;now") == "AT&T said it\u2019s done\u00a0now"
    for kept in ("AT&T and R&D teams", "Q&notes", "Tom &amp Jerry", "&unknownentity;"):
        assert entities_decoded(kept) == kept


def test_markdown_reduced_to_its_text():
    text = (
        "# Ruling party wins\n\n![Voters queue in Almaty](https://img.example/a.jpg)\n"
        f"**ASTANA** - {LEAD} Read [the results](https://example.com/r \"Results\").\n## Turnout ##\n{TURNOUT}"
    )
    assert markdown_reduced(text) == (
        "Ruling party wins\n\n"
        f"ASTANA - {LEAD} Read the results.\nTurnout\n{TURNOUT}"
    )


def test_an_image_alone_on_its_line_is_dropped_and_one_in_a_sentence_keeps_its_alt():
    text = (f"{LEAD}\n\n![photo](http://x/y.jpg)\n\n {TURNOUT}\n![a](b.png) [![c](d.png)](https://e.com/f)\n"
            f"See ![the map of Almaty](m.png) below.")
    assert markdown_reduced(text) == f"{LEAD}\n\n\n {TURNOUT}\nSee the map of Almaty below."


@pytest.mark.parametrize(("field", "plain"), [
    ("AT&amp;T &lt;T&gt; beats forecasts", "AT&T <T> beats forecasts"),
    ("COMPUTER TERMINAL SYSTEMS &lt;CPML> COMPLETES SALE", "COMPUTER TERMINAL SYSTEMS <CPML> COMPLETES SALE"),
    ("<b>Bold</b>  <i>headline</i><br>here", "Bold headline here"),
    ("Why &lt;b&gt; is bold", "Why <b> is bold"),
    ("**Markdown** title", "Markdown title"),
    ("Reuters &amp; Co", "Reuters & Co"),
])
def test_markup_stripped_from_a_title(field, plain):
    assert markup_stripped(field) == plain


@pytest.mark.parametrize("field", [
    "Press <Enter> to vote", "x<y  and  y>z", "AT&T beats R&D forecasts", "#1 seed",
])
def test_a_title_that_is_not_markup_is_unchanged(field):
    assert markup_stripped(field) == field


def test_title_and_publisher_decoded_as_the_text_is():
    records = [
        {"id": "t", "title": "AT&amp;T &lt;T&gt; beats", "publisher": "Reuters &amp; Co",
         "text": f"<p>{LEAD}</p>"},
        {"id": "u", "title": "<b></b>", "text": LEAD},
        {"id": "v", "title": "Press <Enter>", "publisher": "R&D Weekly", "text": LEAD},
    ]
    items, counts = parse("titles.jsonl", "\n".join(json.dumps(r) for r in records).encode())
    assert [(i.title, i.publisher) for i in items] == [
        ("AT&T <T> beats", "Reuters & Co"), (None, None), ("Press <Enter>", "R&D Weekly")]
    assert counts == {"read:document": 3, "read:field:html_in_text": 1, "read:field:markup_in_title": 2,
                      "read:field:markup_in_publisher": 1}


def test_a_story_naming_tags_keeps_its_headline_paragraphs_and_tags():
    text = (f"Rates rise expected\n\nDevelopers were told to write <strong>strong</strong> and that a line "
            f"break is written <br> in HTML.\n\n{LEAD}\n\n{TURNOUT}")
    (doc,), counts = parse("tags.jsonl", json.dumps({"id": "s", "text": text}).encode())
    assert doc.text == text and counts == {"read:document": 1}


@pytest.mark.parametrize(("name", "wrap"), [("s.jsonl", lambda t: json.dumps({"text": t})), ("s.txt", str)])
def test_information_separators_part_words(name, wrap):
    text = f"{LEAD}\x1e{TURNOUT}\x1cIt ended.\x1dNext\x1fword\x01."
    (doc,), _ = parse(name, wrap(text).encode())
    assert doc.text == f"{LEAD}\n\n{TURNOUT}\n\nIt ended.\n\nNext word."


@pytest.mark.parametrize(("name", "wrap"), [("s.jsonl", lambda t: json.dumps({"text": t})), ("s.txt", str)])
def test_line_page_breaks_and_controls_between_words_part_words(name, wrap):
    """Word's manual line break (\\x0b) and a page break (\\x0c) were deleted ("month.The"), and a NUL
    standing for a space glued "TheUK'sjobless" (fresh11 F4); a control at a word's edge is padding."""
    text = f"{LEAD}\x0b{TURNOUT}\x0cThe\x00UK's\x00\x00jobless total\x07 rose.\x00\x00"
    (doc,), _ = parse(name, wrap(text).encode())
    assert doc.text == f"{LEAD}\n{TURNOUT}\n\nThe UK's jobless total rose."


@pytest.mark.parametrize("text", [
    "The #MeToo movement and #1 seed [sic] were cited [1] (see note).",
    "A footnote [2](3) and 2 ** 10 = 1024, a * b * c.",
    "Tickers: **, *, #, [x].",
])
def test_text_that_is_not_markdown(text):
    assert markdown_reduced(text) == text


def test_html_in_a_jsonl_text_field_is_extracted_and_counted():
    records = [
        {"id": "h", "text": f"<div><p>{LEAD}</p><p>{TURNOUT}</p></div>"},
        {"id": "m", "text": f"## Vote\n**ASTANA** - {LEAD} [More](https://example.com/more)"},
        {"id": "e", "text": f"{LEAD} It&#8217;s over &amp; done."},
        {"id": "p", "text": f"{LEAD}\n{TURNOUT}"},
    ]
    data = "\n".join(json.dumps(r) for r in records).encode()
    items, counts = parse("mixed.jsonl", data)
    assert counts == {
        "read:document": 4, "read:field:html_in_text": 1, "read:field:markdown_in_text": 1,
        "read:field:html_entities_in_text": 1,
    }
    html_doc, md_doc, ent_doc, plain = items
    assert html_doc.text == f"{LEAD}\n{TURNOUT}" and html_doc.repaired == ("html_in_text",)
    assert md_doc.text == f"Vote\nASTANA - {LEAD} More"
    assert ent_doc.text == f"{LEAD} It\u2019s over & done."
    assert plain.text == records[3]["text"] and plain.repaired == ()
    # The plain copy is no longer shorter than the polluted one: --keep longest has nothing to prefer.
    assert len(html_doc.text) == len(plain.text)


def test_html_with_no_main_text_is_the_records_rejection(tmp_path):
    records = [{"id": "x", "text": "<script>var a = 1;</script><div></div>"}, {"id": "y", "text": LEAD}]
    items, counts = parse("junk.json", json.dumps(records).encode())
    assert counts == {"read:document": 1, "read:rejected:no_main_text": 1}
    assert (items[0].source, items[0].input_id) == ("junk.json#1", "x")
    assert isinstance(items[1], RawDoc) and items[1].text == LEAD


def test_html_in_a_parquet_column_too(tmp_path):
    path = tmp_path / "p.parquet"
    pq.write_table(pa.table({"text": [f"<p>{LEAD}</p>\n<p>{TURNOUT}</p>", TURNOUT]}), path)
    items, counts = parse("p.parquet", path.read_bytes())
    assert counts == {"read:document": 2, "read:field:html_in_text": 1}
    assert [i.text for i in items] == [f"{LEAD}\n{TURNOUT}", TURNOUT]


def _reduced_unguarded(text: str) -> str:
    # markdown_reduced as it was before its literal tests: every pattern substituted in turn.
    text = markup._IMAGE_LINE_RE.sub("", text)
    text = markup._IMAGE_RE.sub(lambda m: m[1], text)
    text = markup._LINK_RE.sub(lambda m: m[1], text)
    text = markup._BOLD_RE.sub(lambda m: m[1], text)
    return markup._HEADING_RE.sub(lambda m: m[1], text)


@pytest.mark.parametrize("text", [
    LEAD, f"![photo](/a.jpg)\n{LEAD}", f"[![photo](/a.jpg)](/big.jpg)\n{LEAD}",
    "See ![the map](/m.png) here.",
    "![alt](x.png)", "![", "](", "**", "#", "# Heading", "   ### Heading ###", "#MeToo went on.", "**bold**",
    "** not bold **", "[Read more](https://example.com)", "[sic](", "!\n[x](y)", "a ![b](c \"t\") d", "",
    f"## Turnout\n\n{TURNOUT} See [the data](#table) and **the map**.", "Price: £5 #1 seller **now**",
])
def test_markdown_reduced_with_its_literal_tests_reduces_as_every_pattern_would(text: str) -> None:
    assert markdown_reduced(text) == _reduced_unguarded(text)


@pytest.mark.parametrize("text", [
    f"<p>{LEAD}</p>", "a <br> b", "a<BR/>b", "x < y and y > z", LEAD, "", "<", "Price: £5",
    f"<b>{LEAD}</b> <i>it</i>",
])
def test_a_text_without_a_tag_opening_is_no_html_as_before(text: str) -> None:
    opened = {o[1].lower() for o in markup._OPEN_RE.finditer(text)}
    searched = bool(markup._BREAK_RE.search(text)) or any(
        m[1].lower() in opened for m in markup._CLOSE_RE.finditer(text)
    )
    assert markup._has_markup(text) == searched


@pytest.mark.parametrize("value", [
    LEAD, "", "café", "a\ud800b", "\udfff", "\ud83d\ude00", "日本語\udc80", "😀", b"caf\xc3\xa9", b"\xff\xfe",
])
def test_as_text_replaces_surrogates_as_the_search_did(value: object) -> None:
    decoded = decode_text(value) if isinstance(value, bytes) else value
    assert as_text(value) == _SURROGATE_RE.sub("\ufffd", decoded)


def test_a_text_file_saved_as_markdown_loses_its_images_and_link_targets_and_keeps_its_marks():
    # Scrapers and reader services save a page as Markdown in a .txt or .md file: a picture's line is no story
    # paragraph, a link's target no story word. Bold and "# " stay for the head's parsing (a bold kicker above
    # the headline is no byline).
    text = (
        "**Money**\n\n# Vote count begins\n\n"
        f"{LEAD}\n\n![Delegates listen to a speech at the summit.](https://cdn.example.net/1.jpg)\n\n"
        f"{TURNOUT} [Results](https://example.com/results) are due on Tuesday.\n"
    )
    items, counts = parse("page.txt", text.encode())
    assert counts == {"read:document": 1, "read:field:markdown_in_text": 1}
    assert items[0].text == (
        f"**Money**\n\n# Vote count begins\n\n{LEAD}\n\n\n{TURNOUT} Results are due on Tuesday.\n"
    )


def test_a_plain_text_file_without_markdown_is_read_as_it_is():
    text = f"{LEAD}\n\nShares [of the bank] rose 2%.\n\n{TURNOUT}\n"
    items, counts = parse("story.txt", text.encode())
    assert counts == {"read:document": 1} and items[0].text == text and items[0].repaired == ()
