"""parse_file and its helpers: encodings, binary/empty/oversized inputs, gzip, JSON Lines, HTML."""
from __future__ import annotations

import codecs
import datetime
import gzip
import json
import os
import random

import pytest

from transforms.core.counters import dict_counter
from transforms.core.parse import RawDoc, ReadConfig, decode_text, parse_date, parse_file
from transforms.core.readers.base import Reject
from transforms.core.readers.compression import gunzip_bounded
from transforms.core.readers.records import id_doc_id
from transforms.core.schema import Rejected, make_doc_id

STORY = (
    "Kazakhstan's ruling party won a commanding majority in Sunday's parliamentary election.\n"
    "Turnout was 54 percent, the central election commission said on Monday.\n"
)


def parse(source: str, data: bytes, cfg: ReadConfig | None = None):
    counts, inc = dict_counter()
    items = list(parse_file(source, data, cfg or ReadConfig(), inc))
    return items, dict(counts)


def one_doc(source: str, data: bytes, cfg: ReadConfig | None = None) -> RawDoc:
    items, counts = parse(source, data, cfg)
    assert len(items) == 1 and isinstance(items[0], RawDoc), items
    assert counts == {"read:document": 1}
    return items[0]


def one_rejection(source: str, data: bytes, reason: str, cfg: ReadConfig | None = None) -> Rejected:
    items, counts = parse(source, data, cfg)
    assert len(items) == 1 and isinstance(items[0], Rejected), items
    rej = items[0]
    assert rej.reason == reason, rej
    assert rej.source == source
    assert counts == {f"read:rejected:{reason}": 1}
    return rej


# --- plain text and encodings ---------------------------------------------------------------------------


def test_plain_utf8_text():
    data = STORY.encode("utf-8")
    doc = one_doc("story.txt", data)
    assert doc.text == STORY
    assert doc.source == "story.txt"
    assert doc.doc_id == make_doc_id("story.txt", data)
    assert (doc.title, doc.url, doc.published) == (None, None, None)


def test_utf8_with_bom_drops_the_bom():
    doc = one_doc("bom.txt", codecs.BOM_UTF8 + "Tokayev’s café".encode("utf-8"))
    assert doc.text == "Tokayev’s café"


def test_latin1_bytes():
    assert decode_text("café in Almaty".encode("latin-1")) == "café in Almaty"
    assert one_doc("l1.txt", "Le café est fermé.".encode("latin-1")).text == "Le café est fermé."


def test_windows_1252_curly_quotes():
    data = b"He said \x93no comment\x94 and left the caf\xe9 \x96 quickly."
    assert decode_text(data) == "He said “no comment” and left the café – quickly."


def test_latin1_fallback_for_bytes_undefined_in_cp1252():
    # 0x81 is undefined in Windows-1252, so the last resort, Latin-1, must take it.
    assert decode_text(b"caf\xe9 \x81") == "café \x81"


def test_utf16_with_bom():
    for enc in ("utf-16-le", "utf-16-be"):
        bom = codecs.BOM_UTF16_LE if enc.endswith("le") else codecs.BOM_UTF16_BE
        data = bom + "Tokayev’s café".encode(enc)
        assert decode_text(data) == "Tokayev’s café"
    assert one_doc("u16.txt", "Tokayev’s café".encode("utf-16")).text == "Tokayev’s café"


def test_utf16_le_without_bom():
    assert decode_text("café society".encode("utf-16-le")) == "café society"
    # Pure ASCII in UTF-16-LE is also valid UTF-8 (NUL is a valid code point): it must not decode as
    # text half made of NULs, and so must not be rejected as binary.
    assert decode_text("hello world".encode("utf-16-le")) == "hello world"
    assert decode_text("hello world".encode("utf-16-be")) == "hello world"
    assert one_doc("u16le.txt", STORY.encode("utf-16-le")).text == STORY


def test_invalid_utf8_never_raises():
    rng = random.Random(3)
    for _ in range(200):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64)))
        assert isinstance(decode_text(data), str)
        items, counts = parse("random.txt", data)
        assert len(items) == 1 and sum(counts.values()) == 1
    assert decode_text(b"ok \xff\xfe\xc3 bytes") == "ok ÿþÃ bytes"


# --- binary, empty, too large -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"PK\x03\x04\x14\x00\x06\x00",
    ],
    ids=["png", "pdf", "jpeg", "zip"],
)
def test_binary_magic_is_rejected(data):
    rej = one_rejection("file.txt", data, "binary")
    assert rej.doc_id == make_doc_id("file.txt", b"")  # a whole file's rejection: the id of its name


def test_control_characters_mean_binary():
    rng = random.Random(7)
    data = bytes(rng.choice([0, 1, 2, 3, 5, 0x1B, 0x7F]) if i % 3 == 0 else 0x61 for i in range(3000))
    one_rejection("noise.txt", data, "binary")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf \n"], ids=["empty", "ws", "bom-ws"])
def test_empty_and_whitespace_only(data):
    one_rejection("blank.txt", data, "empty")


def test_text_larger_than_max_doc_bytes():
    cfg = ReadConfig(max_doc_bytes=100, max_inflated_bytes=1000)
    rej = one_rejection("big.txt", b"word " * 30, "too_large", cfg)
    assert "max_doc_bytes" in rej.detail
    assert one_doc("ok.txt", b"word " * 20, cfg).text == "word " * 20
    one_rejection("huge.txt", b"word " * 300, "too_large", cfg)


def test_nul_bytes_and_controls_are_removed():
    doc = one_doc("c.txt", b"Astana\x00 voted\x07 on Sunday.\x0b\tTabs\fand\r\nnewlines stay.\n" + b"x" * 200)
    assert doc.text == "Astana voted on Sunday.\tTabs\fand\r\nnewlines stay.\n" + "x" * 200


# --- gzip ---------------------------------------------------------------------------------------------------


def test_gzip_round_trip():
    data = STORY.encode("utf-8")
    packed = gzip.compress(data)
    doc = one_doc("story.txt.gz", packed)
    assert doc.text == STORY
    assert gunzip_bounded(packed, len(data)) == data


def test_concatenated_gzip_members():
    assert gunzip_bounded(gzip.compress(b"one ") + gzip.compress(b"two"), 100) == b"one two"


def test_empty_gz_file_and_gz_of_nothing():
    one_rejection("empty.txt.gz", b"", "empty")
    one_rejection("nothing.txt.gz", gzip.compress(b""), "empty")


def test_truncated_gzip():
    packed = gzip.compress(os.urandom(2000))
    one_rejection("cut.txt.gz", packed[: len(packed) // 2], "truncated")
    one_rejection("cut2.txt.gz", packed[:-4], "truncated")  # trailer cut off
    one_rejection("junk.txt.gz", b"this is not gzip at all", "corrupt_gzip")


def test_gzip_bomb_stops_at_the_limit():
    bomb = gzip.compress(b"\0" * 10_000_000)
    cfg = ReadConfig(max_doc_bytes=1000, max_inflated_bytes=100_000)
    assert len(bomb) < cfg.max_inflated_bytes  # the compressed file itself passes the size check
    # A text document stops at max_doc_bytes; JSON Lines, read line by line, at the inflation bound.
    assert "max_doc_bytes" in one_rejection("bomb.txt.gz", bomb, "too_large", cfg).detail
    assert "max_inflated_bytes" in one_rejection("bomb.jsonl.gz", bomb, "too_large", cfg).detail
    with pytest.raises(Reject) as e:
        gunzip_bounded(bomb, 100_000)
    assert e.value.reason == "too_large"
    # Exactly at the limit is fine; one byte over is not.
    assert gunzip_bounded(gzip.compress(b"a" * 500), 500) == b"a" * 500
    with pytest.raises(Reject):
        gunzip_bounded(gzip.compress(b"a" * 501), 500)


def test_gzip_inflating_past_max_doc_bytes_is_too_large():
    cfg = ReadConfig(max_doc_bytes=1000, max_inflated_bytes=100_000)
    one_rejection("doc.txt.gz", gzip.compress(b"word " * 1000), "too_large", cfg)


# --- JSON Lines ------------------------------------------------------------------------------------------------


def _jsonl_lines():
    return [
        json.dumps({"id": "wire-1", "url": "https://example.com/a", "title": " Vote ", "date": "2023-03-19T08:00:00Z",
                    "text": "Kazakhstan voted on Sunday.\u0000"}),
        "",
        '{"text": "broken',
        json.dumps({"title": "no text here"}),
        json.dumps({"text": "A second story about turnout.", "date": "yesterday"}),
    ]


def test_jsonl_good_malformed_and_textless_lines():
    data = "\n".join(_jsonl_lines()).encode("utf-8")
    items, counts = parse("in/batch.jsonl", data)
    assert counts == {"read:document": 2, "read:rejected:malformed_json": 1, "read:rejected:no_text_field": 1}
    assert [type(i).__name__ for i in items] == ["RawDoc", "Rejected", "Rejected", "RawDoc"]
    first, malformed, textless, second = items
    assert first == RawDoc(
        doc_id=id_doc_id("in/batch.jsonl", "wire-1"),
        source="in/batch.jsonl#1",
        text="Kazakhstan voted on Sunday.",
        title="Vote",
        url="https://example.com/a",
        published=datetime.date(2023, 3, 19),
        input_id="wire-1",
    )
    assert (malformed.source, malformed.reason) == ("in/batch.jsonl#3", "malformed_json")
    assert malformed.doc_id == make_doc_id("in/batch.jsonl#3", b'{"text": "broken')
    assert (textless.source, textless.reason) == ("in/batch.jsonl#4", "no_text_field")
    # Without an "id" the doc id comes from the record's source and bytes.
    line5 = _jsonl_lines()[4].encode("utf-8")
    assert second.source == "in/batch.jsonl#5"
    assert second.doc_id == make_doc_id("in/batch.jsonl#5", line5)
    assert (second.title, second.url, second.published) == (None, None, None)


def test_jsonl_gzipped_and_ndjson():
    data = "\n".join(_jsonl_lines()).encode("utf-8")
    items_gz, counts_gz = parse("b.jsonl.gz", gzip.compress(data))
    items_nd, counts_nd = parse("b.ndjson", data)
    assert counts_gz == counts_nd == {"read:document": 2, "read:rejected:malformed_json": 1,
                                      "read:rejected:no_text_field": 1}
    assert [i.source for i in items_gz] == ["b.jsonl.gz#1", "b.jsonl.gz#3", "b.jsonl.gz#4", "b.jsonl.gz#5"]


def test_jsonl_line_larger_than_max_doc_bytes():
    cfg = ReadConfig(max_doc_bytes=50, max_inflated_bytes=1000)
    data = (json.dumps({"text": "short"}) + "\n" + json.dumps({"text": "long " * 20})).encode()
    items, counts = parse("x.jsonl", data, cfg)
    assert counts == {"read:document": 1, "read:rejected:too_large": 1}
    assert isinstance(items[1], Rejected) and items[1].source == "x.jsonl#2"


@pytest.mark.parametrize("data", [b"", b"\n\n  \n"], ids=["empty", "blank-lines"])
def test_empty_jsonl(data):
    one_rejection("e.jsonl", data, "empty")


# --- HTML ---------------------------------------------------------------------------------------------------------

ARTICLE_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kazakh Ruling Party Wins Snap Vote</title></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article>
<h1>Kazakh Ruling Party Wins Snap Vote</h1>
<p>Kazakhstan’s ruling Amanat party won a snap parliamentary election on Sunday, according to preliminary
results released by the central election commission on Monday morning.</p>
<p>President Kassym-Jomart Tokayev called the vote after deadly unrest in January last year, promising to
share more power with parliament and to open the political system to new parties.</p>
<p>Observers said the election was efficiently administered but lacked genuine competition, noting
restrictions on fundamental freedoms and on the registration of candidates.</p>
</article>
</body></html>
"""


def test_html_main_text_and_title():
    data = ARTICLE_HTML.encode("utf-8")
    doc = one_doc("page.html", data)
    assert doc.title == "Kazakh Ruling Party Wins Snap Vote"
    assert "Kazakhstan’s ruling Amanat party won a snap parliamentary election on Sunday" in doc.text
    assert "lacked genuine competition" in doc.text
    assert "Business" not in doc.text
    assert doc.source == "page.html"
    # Same page, gzipped, and under .htm: same text.
    assert one_doc("page.htm.gz", gzip.compress(data)).text == doc.text


def test_html_without_main_text():
    # trafilatura falls back to link text for a page that is only <nav> links (it returns "Home\nAbout..."),
    # so a page with truly nothing but script and empty containers is the no-main-text case.
    page = b"<html><head><title>x</title><script>var a = 1;</script></head><body><div></div></body></html>"
    one_rejection("blank.html", page, "no_main_text")


# --- ids, dates, config ------------------------------------------------------------------------------------------


def test_doc_id_is_stable_and_depends_on_source_and_bytes():
    data = STORY.encode()
    assert one_doc("a.txt", data).doc_id == one_doc("a.txt", data).doc_id == make_doc_id("a.txt", data)
    assert one_doc("b.txt", data).doc_id != one_doc("a.txt", data).doc_id
    assert one_doc("a.txt", data + b"!").doc_id != one_doc("a.txt", data).doc_id
    # The separator keeps ("ab", "c") and ("a", "bc") apart.
    assert make_doc_id("ab", b"c") != make_doc_id("a", b"bc")
    assert len(make_doc_id("a", b"")) == 16


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2023-03-19", datetime.date(2023, 3, 19)),
        ("2023-03-19T08:15:00+06:00", datetime.date(2023, 3, 19)),
        ("  2022-11-21 10:00", datetime.date(2022, 11, 21)),
        ("2023-02-30", None),
        ("19 March 2023", None),
        ("", None),
        (None, None),
        (20230319, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_read_config_validation():
    with pytest.raises(ValueError, match="max_doc_bytes must be positive"):
        ReadConfig(max_doc_bytes=0)
    with pytest.raises(ValueError, match="must be >= max_doc_bytes"):
        ReadConfig(max_doc_bytes=100, max_inflated_bytes=99)
    assert ReadConfig(max_doc_bytes=100, max_inflated_bytes=100).max_inflated_bytes == 100
