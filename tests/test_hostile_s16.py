"""Hostile inputs found in session 16: each lost text or an input on main, silently or under a reason that
did not say what was wrong. Each test names what happened before."""

from __future__ import annotations

import json

import pytest
from conftest import snapshot
from test_hostile_s14 import outcome, read, story
from wirewash.pipeline.cli import main


def _unclosed_page(paragraphs: int) -> bytes:
    # A template that never closes its <div>: each paragraph nests inside the one before.
    body = "".join(f"<div><p>Paragraph {i}. {story(i)}</p>" for i in range(paragraphs))
    return f"<html><head><title>Harbour</title></head><body>{body}</body></html>".encode()


def test_a_page_nested_past_256_levels_keeps_every_paragraph():
    # libxml2 stops a tree at 256 levels and drops the rest of the page. Before: 253 of the 300 paragraphs
    # kept, the article short by the rest and nothing counted. (Deeper pages: test_hostile_s17.)
    items, _ = read("unclosed.html", _unclosed_page(300))
    assert outcome(items) == [("unclosed.html", "RawDoc", None)]
    assert items[0].text.count("Paragraph ") == 300
    assert "Paragraph 299." in items[0].text


def test_a_deep_page_declaring_a_code_page_is_read_in_it_once_decoded():
    # The second parse gets the text the reader decoded: the page's <meta charset> must not decode it again.
    body = "".join(f"<div><p>Абзац {i}. Правящая партия одержала уверенную победу на выборах в воскресенье.</p>"
                   for i in range(300))
    page = f'<html><head><meta charset="windows-1251"><title>Выборы</title></head><body>{body}</body></html>'
    items, _ = read("cp1251.html", page.encode("cp1251"))
    assert outcome(items) == [("cp1251.html", "RawDoc", None)]
    assert items[0].text.count("Абзац ") == 300 and "Абзац 299. Правящая" in items[0].text


@pytest.mark.parametrize("page", [
    _unclosed_page(3000),
    ("<div>" * 100_000 + "deep " * 40 + "</div>" * 100_000).encode(),
])
def test_a_page_nested_past_2048_levels_is_one_rejection_saying_so(page):
    # Past libxml2's huge-tree limit the page's end cannot be read. Before: the 3,000-paragraph page was kept
    # with 253 paragraphs, and the 100,000-level one was "trafilatura found no main text".
    items, counts = read("deep.html", page)
    assert outcome(items) == [("deep.html", "Rejected", "html_error")]
    assert "deeper than 2,048 levels" in items[0].detail
    assert counts["read:rejected:html_error"] == 1


def test_an_html_text_field_nested_past_256_levels_keeps_every_paragraph():
    # The text field that is HTML goes through the same extraction as a page.
    page = _unclosed_page(300).decode()
    items, _ = read("pages.jsonl", json.dumps({"id": "a", "text": page}).encode() + b"\n")
    assert outcome(items) == [("pages.jsonl#1", "RawDoc", None)]
    assert items[0].text.count("Paragraph ") == 300


def _raw_controls(record: dict) -> str:
    # An exporter that writes strings unescaped: a raw tab, CR and SOH inside the text.
    return json.dumps(record).replace("Story number", "Story\tnumber", 1).replace(". ", ".\r", 1) \
        .replace("number", "num\x01ber", 1)


@pytest.mark.parametrize("name", ["feed.jsonl", "feed.json", "feed.txt", "feed"])
def test_raw_control_characters_in_json_lines_strings_are_read_and_counted(name):
    # Before: each such record was malformed_json ("Invalid control character"), and under .txt or no
    # suffix the whole file was one plain-text article of JSON, its records never read.
    data = (_raw_controls({"id": "a", "text": story(1)}) + "\n"
            + json.dumps({"id": "b", "text": story(2)}) + "\n").encode()
    items, counts = read(name, data)
    assert outcome(items) == [(f"{name}#1", "RawDoc", None), (f"{name}#2", "RawDoc", None)]
    assert [i.input_id for i in items] == ["a", "b"]
    assert "Story" in items[0].text and "ber" in items[0].text
    assert counts["read:field:json_control_characters"] == 1


def test_a_pretty_printed_object_with_a_raw_tab_is_its_record():
    # Before: "not JSON Lines: 2 of its first 3 lines do not start with { or [", a message about the wrong
    # thing, and the record lost.
    data = json.dumps({"id": "a", "text": story(1)}, indent=2).replace("Story number", "Story\tnumber")
    items, counts = read("one.json", data.encode())
    assert outcome(items) == [("one.json#1", "RawDoc", None)]
    assert counts["read:field:json_control_characters"] == 1


def test_a_record_broken_otherwise_is_still_malformed_json_naming_its_fault():
    # The lenient parse is taken only for control characters: another fault keeps its own message.
    data = (_raw_controls({"id": "a", "text": story(1)})[:-1] + "\n").encode()
    items, counts = read("cut.jsonl", data)
    assert outcome(items) == [("cut.jsonl#1", "Rejected", "malformed_json")]
    assert "Invalid control character" not in items[0].detail
    assert "read:field:json_control_characters" not in counts


def test_a_dos_end_of_file_mark_after_the_last_record_is_no_input():
    # Before: the "\x1a" copy /a appends was a third input, malformed_json "Expecting value".
    data = (json.dumps({"id": "a", "text": story(1)}) + "\r\n" + json.dumps({"id": "b", "text": story(2)})
            + "\r\n\x1a").encode()
    items, counts = read("dos.jsonl", data)
    assert outcome(items) == [("dos.jsonl#1", "RawDoc", None), ("dos.jsonl#2", "RawDoc", None)]
    assert not any(name.startswith("read:rejected") for name in counts)


def test_a_record_after_nul_padding_on_its_line_is_read():
    # A writer that preallocated the file, crashed, and appended after the NULs. Before: the record was
    # malformed_json ("Expecting value: line 1 column 1"), lost.
    data = (json.dumps({"id": "a", "text": story(1)}) + "\n" + "\x00" * 512
            + json.dumps({"id": "b", "text": story(2)}) + "\n").encode()
    items, _ = read("log.jsonl", data)
    assert outcome(items) == [("log.jsonl#1", "RawDoc", None), ("log.jsonl#2", "RawDoc", None)]
    assert items[1].input_id == "b"


def _warc_response(uri: bytes, body: bytes, content_type: bytes = b"text/html; charset=utf-8") -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type + b"\r\nContent-Length: %d\r\n\r\n" % len(body)
    block = http + body
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            b"WARC-Date: 2024-03-04T10:00:00Z\r\nWARC-Target-URI: " + uri + b"\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(block)
            + block + b"\r\n\r\n")


def _page(n: int) -> bytes:
    body = f"<article><p>{story(n)}</p></article>"
    return f"<html><head><title>T{n}</title></head><body>{body}</body></html>".encode()


@pytest.mark.parametrize(("uri", "url"), [
    (b"http://example.com/caf\xe9/\xff", "http://example.com/caf%E9/%FF"),  # Latin-1 bytes a link held
    (b"http://example.com/caf\xc3\xa9", "http://example.com/caf\u00e9"),  # UTF-8 stays as written
    (b"<http://example.com/a>", "http://example.com/a"),  # wget 1.19's angle brackets
])
def test_a_warc_target_uri_is_the_url_a_browser_would_send(uri, url):
    # Before: bytes that are not UTF-8 were U+FFFD ("caf\ufffd/\ufffd", a URL pointing nowhere) and wget's
    # brackets were part of the url.
    data = _warc_response(uri, _page(1)) + _warc_response(b"http://example.com/b", _page(2))
    items, _ = read("crawl.warc", data)
    assert outcome(items) == [("crawl.warc#1", "RawDoc", None), ("crawl.warc#2", "RawDoc", None)]
    assert [i.url for i in items] == [url, "http://example.com/b"]


def test_a_bracketed_robots_txt_is_still_a_file_for_machines():
    # The name check reads the same URI: in brackets, robots.txt was read as a plain-text article.
    robots = b"User-agent: *\nDisallow: /private/\n" * 20
    data = (_warc_response(b"<http://example.com/robots.txt>", robots, b"text/plain")
            + _warc_response(b"http://example.com/b", _page(2)))
    items, counts = read("crawl.warc", data)
    assert outcome(items) == [("crawl.warc#2", "RawDoc", None)]
    assert counts["read:skipped:warc_not_html"] == 1


@pytest.mark.parametrize(("argv", "said"), [
    # Before: "--input feed/{000: no such file or folder", naming a piece of the pattern the comma cut.
    (["--input", "feed/{000,001}.txt"], "--input feed/{000: no such file or folder: brace patterns ({a,b}) are "
                                        "not expanded, and the comma separates inputs"),
    # Before: "--input feed/000.txt/: no such file or folder", of a file that is there.
    (["--input", "feed/000.txt/"], "--input feed/000.txt/: feed/000.txt is a file, not a folder: drop the "
                                   "trailing /"),
    # Before: "--input -: no such file or folder", as if a file named "-" were meant.
    (["--input", "-"], "--input -: standard input is not read: save it to a file"),
])
def test_an_input_naming_nothing_says_why_when_the_plain_answer_misleads(tmp_path, monkeypatch, capsys, argv,
                                                                         said):
    (tmp_path / "feed").mkdir()
    for n in (0, 1):
        (tmp_path / "feed" / f"00{n}.txt").write_text(story(n))
    monkeypatch.chdir(tmp_path)
    before = snapshot(tmp_path)
    assert main([*argv, "--output", "out"]) == 2
    assert said in capsys.readouterr().err
    assert snapshot(tmp_path) == before
