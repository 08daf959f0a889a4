"""Hostile inputs re-checked in session 14 (a fix of each was lost): every one read wrongly, crashed a file's
reading or lost an input silently on main. Each test names what happened before."""

from __future__ import annotations

import decimal
import gzip
import io
import json
import tarfile
import zipfile

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from wirewash.transforms.core.counters import dict_counter
from wirewash.transforms.core.parse import RawDoc, ReadConfig, parse_file
from wirewash.transforms.core.schema import Rejected

STORY = (
    "Kazakhstan's ruling party won a commanding majority in early parliamentary elections on Sunday that were "
    "marred by low turnout and what international observers called significant procedural irregularities. "
)


def story(n: int) -> str:
    return f"Story number {n}. " + STORY * 3


def read(name: str, data: bytes, cfg: ReadConfig | None = None):
    counts, inc = dict_counter()
    return list(parse_file(name, data, cfg or ReadConfig(), inc)), dict(counts)


def outcome(items) -> list[tuple[str, str, str | None]]:
    return [(i.source, type(i).__name__, getattr(i, "reason", None)) for i in items]


def _page(n: int) -> bytes:
    return (f"<html><head><title>T{n}</title></head><body><article><p>{story(n)}</p><p>{story(n + 10)}</p>"
            "</article></body></html>").encode()


def _warc_record(kind: str, uri: str, block: bytes, content_type: str) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Record-ID: <urn:uuid:{uri}>\r\n"
            f"WARC-Date: 2024-03-04T10:00:00Z\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return gzip.compress(head + block + b"\r\n\r\n")


def _response(uri: str, status_line: bytes, page: bytes) -> bytes:
    block = status_line + b"\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    return _warc_record("response", uri, block, "application/http; msgtype=response")


@pytest.mark.parametrize("status_line", [b"HTTP/1.1 abc Bogus", b"GARBAGE", b"HTTP/1.1", b"HTTP/1.1 99999 X"])
def test_a_warc_record_with_a_bad_http_status_line_is_that_records_corrupt_http_alone(status_line):
    # Before: fastwarc gives such a record status_code None, "100 <= None" raised TypeError, and the record
    # and every one after it were one read_error for the file.
    ok = b"HTTP/1.1 200 OK"
    data = (_response("http://a/1", ok, _page(1)) + _response("http://a/2", status_line, _page(2))
            + _response("http://a/3", ok, _page(3)))
    items, counts = read("in/crawl.warc.gz", data)
    assert outcome(items) == [("in/crawl.warc.gz#1", "RawDoc", None),
                              ("in/crawl.warc.gz#2", "Rejected", "corrupt_http"),
                              ("in/crawl.warc.gz#3", "RawDoc", None)]
    assert status_line.decode() in items[1].detail
    assert "Story number 3" in items[2].text


def test_a_warc_whose_only_record_has_a_bad_status_line_is_one_rejection():
    items, _ = read("in/crawl.warc.gz", _response("http://a/2", b"GARBAGE", _page(2)))
    assert outcome(items) == [("in/crawl.warc.gz#1", "Rejected", "corrupt_http")]


def test_warc_resource_records_holding_html_are_read_like_responses():
    # Before: a resource record (wget --warc-file of a file:// page, browser captures) was skipped as
    # warc_not_response, and a WARC of them alone was one no_html_responses rejection.
    data = (_warc_record("resource", "file:///a.html", _page(1), "text/html; charset=utf-8")
            + _warc_record("resource", "urn:x-wget:log", b"wget log\n", "text/plain")
            + _response("http://a/3", b"HTTP/1.1 200 OK", _page(3)))
    items, counts = read("in/crawl.warc.gz", data)
    assert outcome(items) == [("in/crawl.warc.gz#1", "RawDoc", None), ("in/crawl.warc.gz#3", "RawDoc", None)]
    assert "Story number 1" in items[0].text and items[0].url == "file:///a.html"
    assert items[0].fetched is not None
    assert counts["read:skipped:warc_not_html"] == 1


def _parquet(ids: pa.Array) -> bytes:
    out = io.BytesIO()
    pq.write_table(pa.table({"id": ids, "text": [story(n) for n in range(len(ids))]}), out)
    return out.getvalue()


@pytest.mark.parametrize("scale", [0, 2])
def test_a_parquet_decimal_id_column_reads_as_the_integer_ids(scale):
    # Before: every row was bad_id "id is a Decimal, not a string or an integer" (Spark and Oracle exports give
    # a NUMBER key decimal(38,0)).
    values = [decimal.Decimal(7), decimal.Decimal("12345678901234567890123")]
    decimals = _parquet(pa.array([v.scaleb(0) for v in values], pa.decimal128(38, scale)))
    integers = _parquet(pa.array([7, 8], pa.int64()))
    got, _ = read("in/t.parquet", decimals)
    assert [i.input_id for i in got] == ["7", "12345678901234567890123"]
    same, _ = read("in/t.parquet", integers)
    assert got[0].doc_id == same[0].doc_id


def test_a_parquet_decimal_id_with_a_fraction_is_bad_id_saying_so():
    items, _ = read("in/t.parquet", _parquet(pa.array([decimal.Decimal("8.50")], pa.decimal128(10, 2))))
    assert outcome(items) == [("in/t.parquet#1", "Rejected", "bad_id")]
    assert items[0].detail == "id is a number, not a string or an integer"  # as a double 8.5 is


def test_parquet_decimal_metadata_reads_as_the_same_number_in_an_integer_column_would():
    # Before: a decimal title was null, uncounted, and a decimal Unix time published_unparsed.
    out = io.BytesIO()
    pq.write_table(pa.table({"text": [story(1)], "title": pa.array([decimal.Decimal("12.50")], pa.decimal128(10, 2)),
                             "date": pa.array([decimal.Decimal(1709546400)], pa.decimal128(12, 0))}), out)
    (doc,), counts = read("in/t.parquet", out.getvalue())
    assert (doc.title, str(doc.published)) == ("12.5", "2024-03-04")
    assert counts == {"read:document": 1}


def _empty_zip() -> bytes:
    out = io.BytesIO()
    zipfile.ZipFile(out, "w").close()
    return out.getvalue()


def _tar_of(*folders: str) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        for folder in folders:
            info = tarfile.TarInfo(folder)
            info.type = tarfile.DIRTYPE
            tar.addfile(info)
    return out.getvalue()


@pytest.mark.parametrize("name, data", [
    ("in/none.zip", _empty_zip()), ("in/none.tar", _tar_of()), ("in/none.tgz", gzip.compress(_tar_of(), mtime=0)),
    ("in/folders.tar", _tar_of("a/", "a/b/")),
])
def test_an_archive_with_no_files_is_one_empty_rejection_naming_it(name, data):
    # Before: nothing at all came out, no document and no rejection: the input vanished from the accounting.
    items, counts = read(name, data)
    assert outcome(items) == [(name, "Rejected", "empty")]
    assert counts == {"read:rejected:empty": 1}


@pytest.mark.parametrize("opening", [
    '<meta charset="utf-8">', '<link rel="stylesheet" href="/a.css">', "<title>Vote</title>",
    "<META CHARSET=utf-8>",
    '<!-- saved from url=(0014)about:internet -->\n<meta charset="utf-8">', "<script>var a = 1;</script>",
])
def test_a_page_opening_with_head_elements_is_read_as_html(opening):
    # Before: without <html>/<head>/<body> first, a page under a name no reader claims was plain text, its
    # tags and scripts kept as words of the article.
    data = (opening + f"<body><article><p>{story(1)}</p><p>{story(2)}</p></article></body>").encode()
    (doc,), _ = read("in/page", data)
    assert isinstance(doc, RawDoc)
    assert "<" not in doc.text and "Story number 2" in doc.text


def test_a_file_opening_with_php_is_a_program_not_an_article():
    data = ("<?php include 'head.php'; ?>\n<html><body><p>" + story(1) + "</p></body></html>").encode()
    (item,), _ = read("in/index", data)
    assert isinstance(item, Rejected) and item.reason == "not_article" and "PHP" in item.detail


def test_a_title_word_at_the_start_of_a_text_is_still_text():
    (doc,), _ = read("in/note", ("<titles> matter, " + story(1)).encode())
    assert doc.text.startswith("<titles>")


# Lone surrogate escapes (a string cut in the middle of an emoji's pair by a truncating exporter) in every JSON
# container the streamed parser reads, beside what must stay as it is: a pair, an escaped backslash before
# "ud800", a real U+10FFFF and a real private-use character (what the stand-ins are made of).
_SURROGATES = ['x\\ud800 y', '\\ud800\\u0041 z', '\\udc00x', '\\\\ud800 \\ud83d\\ude00',
               '\\udbff\\udfff \U0010ffff\U00100000']


def _records_with(texts: list[str]) -> list[str]:
    return ['{"id": "r%d\\ud800", "text": "%s %s"}' % (n, story(n), t) for n, t in enumerate(texts)]


def _as_json_lines(records: list[str]) -> list[RawDoc]:
    items, _ = read("in/feed.jsonl", "\n".join(records).encode())
    return items


@pytest.mark.parametrize("container", ["array", "pretty", "values", "envelope"])
def test_lone_surrogate_escapes_read_in_every_json_container_as_in_json_lines(container):
    # Before, in a .json array: "x\ud800" read "x?" (ids "r0\ud800" and "r0\ud801" collided), "\ud800\u0041"
    # one wrong character U+10041, and a lone low "\udc00" a UnicodeDecodeError: that record and every one after
    # it one read_error.
    records = _records_with(_SURROGATES)
    cfg = ReadConfig()
    if container == "array":
        data = "[" + ", ".join(records) + "]"
    elif container == "pretty":
        data = json.dumps([json.loads(r) for r in records], indent=2)
    elif container == "values":
        data = "\n".join(json.dumps(json.loads(r), indent=1) for r in records)
    else:
        data = '{"status": "ok", "articles": [' + ", ".join(records) + "]}"
        cfg = ReadConfig(records_path="articles")
    items, counts = read("in/feed.json", data.encode(), cfg)
    want = _as_json_lines(records)
    assert all(isinstance(i, RawDoc) for i in items), [getattr(i, "detail", "") for i in items]
    assert len(items) == len(records)
    assert [(d.input_id, d.text) for d in items] == [(d.input_id, d.text) for d in want]
    assert items[1].text.endswith("\ufffdA z") and "\U0001F600" in items[3].text
    assert items[4].text.endswith("\U0010ffff \U0010ffff\U00100000")


def test_a_lone_surrogate_cut_at_every_buffer_boundary_reads_the_same(monkeypatch):
    from wirewash.transforms.core.readers import json_stream

    records = _records_with(_SURROGATES)
    data = ("[" + ", ".join(records) + "]").encode()
    want, _ = read("in/feed.json", data)
    for size in range(1, 40):  # every escape and every 4-byte character cut at every place
        monkeypatch.setattr(json_stream, "CHUNK", size)
        events = list(json_stream.lenient_events(io.BytesIO(data)))
        assert [v for e, v in events if e == "string"][1::2] == [json.loads(r)["text"] for r in records], size
    monkeypatch.undo()
    assert [d.doc_id for d in want] == [d.doc_id for d in read("in/feed.json", data)[0]]


def test_ids_differing_in_a_lone_surrogate_are_two_ids_in_a_json_array_too():
    # Before: both read "x?" in an array, one doc_id, and the second record was lost as duplicate_id.
    data = '[{"id": "x\\ud800", "text": "%s"}, {"id": "x\\ud801", "text": "%s"}]' % (story(1), story(2))
    items, _ = read("in/feed.json", data.encode())
    assert items[0].doc_id != items[1].doc_id
    assert items[0].input_id == items[1].input_id == "x\ufffd"


def _jsonl(*values: object) -> bytes:
    return "".join(json.dumps(v) + "\n" for v in values).encode()


def test_a_json_lines_line_holding_an_array_of_records_is_each_record():
    # Before: the line was one no_text_field "record is an array, not an object", both stories lost with it.
    data = _jsonl([{"id": "a", "text": story(1)}, {"text": story(2)}], {"id": "c", "text": story(3)}, [],
                  [[{"text": story(4)}]], ["7", "a table's row of cells"])
    items, counts = read("in/feed.jsonl", data)
    assert outcome(items) == [
        ("in/feed.jsonl#1.1", "RawDoc", None), ("in/feed.jsonl#1.2", "RawDoc", None),
        ("in/feed.jsonl#2", "RawDoc", None), ("in/feed.jsonl#3", "Rejected", "empty"),
        ("in/feed.jsonl#4.1.1", "RawDoc", None), ("in/feed.jsonl#5", "Rejected", "no_text_field"),
    ]
    assert items[-1].detail == "record is an array, not an object"  # one row, not a rejection per cell
    assert items[0].input_id == "a" and "Story number 2" in items[1].text


def test_an_array_line_names_its_records_as_an_array_file_does_its_elements():
    batch = [{"text": story(1)}, {"text": story(2)}]
    in_line, _ = read("in/feed.jsonl", _jsonl(batch))
    in_array, _ = read("in/feed.json", json.dumps([batch]).encode())
    assert [i.source for i in in_array] == ["in/feed.json#1.1", "in/feed.json#1.2"]
    assert [d.text for d in in_line] == [d.text for d in in_array]
    # Without ids of their own, a record's doc_id hashes its place and its JSON: two places, two doc_ids.
    assert len({d.doc_id for d in in_line + in_array}) == 4


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("name", ["in/feed.json-seq", "in/feed.jsonl", "in/feed.json", "in/feed.geojsons"])
def test_an_rfc_7464_json_text_sequence_reads_as_json_lines(name, indent):
    # Before: "\x1e{...}" lines were one malformed_json for the whole .jsonl ("not JSON Lines: 2 of its first 2
    # lines do not start with { or ["), and under another name one plain-text article of the raw JSON.
    data = b"".join(b"\x1e" + json.dumps({"id": str(n), "text": story(n)}, indent=indent).encode() + b"\n"
                    for n in range(3))
    items, _ = read(name, data)
    want = [(f"{name}#{n + 1}", str(n)) for n in range(3)]
    assert [(i.source, getattr(i, "input_id", None)) for i in items] == want
    assert all(isinstance(i, RawDoc) and i.text.startswith(f"Story number {n}") for n, i in enumerate(items))


@pytest.mark.parametrize("name", ["in/feed.jsonl", "in/feed.json", "in/t.parquet"])
def test_a_text_given_as_a_list_of_paragraphs_is_those_paragraphs(name):
    # Before: no_text_field "'text' is an array, not a string" for every such record.
    paragraphs = [story(1), "", None, "  Second paragraph, said the commission.  "]
    if name.endswith(".parquet"):
        out = io.BytesIO()
        pq.write_table(pa.table({"id": ["a"], "text": pa.array([paragraphs], pa.list_(pa.string()))}), out)
        data = out.getvalue()
    elif name.endswith(".json"):
        data = json.dumps([{"id": "a", "text": paragraphs}]).encode()
    else:
        data = _jsonl({"id": "a", "text": paragraphs})
    (doc,), counts = read(name, data)
    assert doc.text == story(1).strip() + "\n\nSecond paragraph, said the commission."
    assert counts["read:field:text_from_paragraphs"] == 1


@pytest.mark.parametrize("text", [[story(1), 7], [story(1), {"p": "x"}], [], [None]])
def test_a_text_list_that_is_not_paragraphs_is_still_rejected_saying_what_it_is(text):
    (item,), _ = read("in/feed.jsonl", _jsonl({"id": "a", "text": text}))
    assert isinstance(item, Rejected) and item.reason == "no_text_field"
    assert "array" in item.detail or "empty" in item.detail


@pytest.mark.parametrize("flag", ["--poll_seconds", "--window_seconds", "--stream_for", "--html_timeout_s"])
@pytest.mark.parametrize("value", ["nan", "inf", "0", "-1"])
def test_a_timing_that_is_not_a_finite_positive_number_is_an_option_error(flag, value, tmp_path, capsys):
    # Before: NaN passed "<= 0" (a poll loop that never slept, windows never closing) and inf overflowed the
    # sleep ("timestamp out of range") after the run had started; --html_timeout_s inf on the first page.
    from wirewash.pipeline.cli import main

    out = tmp_path / "out"
    assert main(["--streaming", "--input", str(tmp_path), "--output", str(out), flag, value]) == 2
    err = capsys.readouterr().err
    assert f"{flag} must be a finite number of seconds > 0" in err
    assert not out.exists()


@pytest.mark.parametrize("flags", [["--records_path", ""], ["--records_path", "  "], ["--text_column", " "],
                                   ["--records_path", "articles. "]])
def test_a_blank_field_option_is_an_option_error_not_ignored(flags, tmp_path, capsys):
    # Before: --records_path "" (a script's unset variable) was taken as not given, every envelope one
    # no_text_field; " " was looked up as a field named " ".
    from wirewash.pipeline.cli import main

    out = tmp_path / "out"
    assert main(["--input", str(tmp_path), "--output", str(out), *flags]) == 2
    assert flags[0].lstrip("-") in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_utf16_page_under_a_name_no_reader_claims_is_read_as_html(encoding):
    # Before: only UTF-8 was looked at for a page's opening: Notepad's "Unicode" page was one plain-text
    # article of its tags.
    page = f"<html><head><title>Vote</title></head><body><article><p>{story(1)}</p><p>{story(2)}</p></article>"
    (doc,), _ = read("in/page", page.encode(encoding))
    assert isinstance(doc, RawDoc) and "<" not in doc.text and "Story number 2" in doc.text
