"""Hostile inputs found by break12 (session 12) that the reader gets wrong: each test asserts the right
behaviour and is marked xfail(strict) until a fix makes it pass (then remove the mark). Findings, commands and
reproductions: /work/wt/break12-findings.md."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import zipfile

import pytest
from warcio.warcwriter import WARCWriter
from wirewash.transforms.core.counters import dict_counter
from wirewash.transforms.core.parse import RawDoc, ReadConfig, parse_file
from wirewash.transforms.core.readers.listing import source_name
from wirewash.transforms.core.schema import Rejected

STORY = (
    "Kazakhstan's ruling party won a commanding majority in early parliamentary elections on Sunday that were "
    "marred by low turnout and what international observers called significant procedural irregularities, "
    "according to preliminary results published by the central election commission on Monday morning in Astana. "
)
BIG = "9" * 5000  # a valid JSON integer that Python's int->str limit (4300 digits) refuses


def story(n: int) -> str:
    return f"Story number {n}. " + STORY * 3


def read(name: str, data: bytes):
    counts, inc = dict_counter()
    return list(parse_file(name, data, ReadConfig(), inc)), dict(counts)


@pytest.mark.parametrize("field", ["id", "title", "date"])
def test_a_5000_digit_integer_in_a_json_lines_field_costs_only_its_line_with_a_clear_reason(field):
    # Before: the whole file was one read_error "SystemError: <built-in method append of sendable_list ...>
    # returned a result with an exception set", and the good record on line 2 was lost with it.
    first = {"id": "a", "text": story(1)}
    line1 = json.dumps(first)[:-1] + f', "{field}": {BIG}}}'
    if field == "id":
        line1 = json.dumps({"text": story(1)})[:-1] + f', "id": {BIG}}}'
    data = (line1 + "\n" + json.dumps({"id": "z", "text": story(2)}) + "\n").encode()
    items, _ = read("in/feed.jsonl", data)
    assert not any(isinstance(i, Rejected) and i.reason == "read_error" for i in items)
    assert [i.source for i in items] == ["in/feed.jsonl#1", "in/feed.jsonl#2"]
    assert isinstance(items[1], RawDoc) and items[1].input_id == "z"
    if field != "id":  # a number in a metadata field costs that field, not the story
        assert isinstance(items[0], RawDoc)


def test_a_json_array_with_a_5000_digit_integer_reads_the_elements_after_it():
    # Before: "malformed_json after 1 array elements: parse error: integer overflow", element 3 never read,
    # though the file is valid JSON (RFC 8259 sets no limit on integers).
    data = ("[" + json.dumps({"id": "a", "text": story(1)}) + ", "
            + json.dumps({"id": "b", "text": story(2)})[:-1] + f', "title": {BIG}}}, '
            + json.dumps({"id": "c", "text": story(3)}) + "]").encode()
    items, _ = read("in/feed.json", data)
    assert [i.source for i in items] == ["in/feed.json#1", "in/feed.json#2", "in/feed.json#3"]
    assert isinstance(items[2], RawDoc) and items[2].input_id == "c"


def test_ids_that_differ_only_in_a_lone_surrogate_are_two_ids():
    # Before: "x\ud800" and "x\ud801" both became "x\ufffd", one doc_id, and the second record was rejected as
    # duplicate_id ("is also that of ...#1") although the input gave two different ids.
    data = ('{"id": "x\\ud800", "text": %s}\n{"id": "x\\ud801", "text": %s}\n'
            % (json.dumps(story(1)), json.dumps(story(2)))).encode()
    items, _ = read("in/feed.jsonl", data)
    assert all(isinstance(i, RawDoc) for i in items)
    assert items[0].doc_id != items[1].doc_id


def test_a_file_named_like_an_archive_member_has_a_source_of_its_own():
    # Before: a file "k.tar!x.txt" beside "k.tar" holding "x.txt" both had source "k.tar!x.txt": with the same
    # bytes one doc_id, and the run rejected one as duplicate_id with a detail naming itself.
    body = story(1).encode()
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo("x.txt")
        info.size = len(body)
        tar.addfile(info, io.BytesIO(body))
    (member,), _ = read(source_name("in/k.tar"), buf.getvalue())
    (loose,), _ = read(source_name("in/k.tar!x.txt"), body)
    assert member.source != loose.source
    assert member.doc_id != loose.doc_id


def test_a_float_id_past_2_53_never_takes_another_records_integer_id():
    # Before: 9007199254740993.0 was read as the float 9007199254740992.0 and became id "9007199254740992",
    # the id of the next record: one of the two was rejected as duplicate_id. 1e23 became
    # "99999999999999991611392". Either the digits the input wrote, or bad_id, is right; a collision is not.
    data = ('{"id": 9007199254740993.0, "text": %s}\n{"id": 9007199254740992, "text": %s}\n'
            % (json.dumps(story(1)), json.dumps(story(2)))).encode()
    items, _ = read("in/feed.jsonl", data)
    assert isinstance(items[1], RawDoc) and items[1].input_id == "9007199254740992"
    assert not (isinstance(items[0], RawDoc) and items[0].doc_id == items[1].doc_id)


def test_cesu8_surrogate_pairs_are_not_read_as_windows_1252():
    # Java's modified UTF-8 / MySQL "utf8" exports write an emoji as two 3-byte surrogates (CESU-8). Before:
    # the line read "Readers reacted with í ½í¸€ on social media." (Windows-1252 of those 6 bytes).
    cesu = "\ud83d".encode("utf-8", "surrogatepass") + "\ude00".encode("utf-8", "surrogatepass")
    data = (story(1) + "\n\nThe café’s owner said “yes”.\n\n").encode() + b"Readers reacted with " + cesu + b" on social media.\n"
    (doc,), _ = read("in/story.txt", data)
    assert "í" not in doc.text.split("Readers")[1]
    assert "Readers reacted with \U0001F600 on" in doc.text or "Readers reacted with \ufffd" in doc.text


def _warc(http_block: bytes) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    writer.write_record(writer.create_warc_record(
        "http://example.com/a", "response", payload=io.BytesIO(http_block), length=len(http_block),
        warc_content_type="application/http; msgtype=response"))
    return out.getvalue()


def test_a_warc_response_with_an_interim_100_continue_is_read_as_its_final_200_page():
    # A crawler that POSTs (or sends Expect: 100-continue) records "HTTP/1.1 100 Continue" before the final
    # response in one record. Before: the interim status's headers (no Content-Type) were taken, the page was
    # counted read:skipped:warc_not_html and the file rejected as no_html_responses.
    page = ("<html><head><title>Vote</title></head><body><article>"
            + "".join(f"<p>{story(n)}</p>" for n in range(3)) + "</article></body></html>").encode()
    block = (b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
             b"Content-Length: %d\r\n\r\n" % len(page)) + page
    items, counts = read("in/crawl.warc", _warc(block))
    assert [type(i).__name__ for i in items] == ["RawDoc"], [getattr(i, "detail", None) for i in items]
    assert "Story number 1" in items[0].text


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_or_infinity_in_a_json_array_costs_at_most_its_field_as_in_json_lines(constant):
    # Python's json.dump writes NaN/Infinity for float fields, and the JSON Lines reader reads such a record
    # (the date unparsed, the story kept). Before: a .json array with one was one malformed_json rejection
    # "after 0 array elements: lexical error: invalid char in json text.", every element lost with it.
    data = ("[" + json.dumps({"id": "a", "text": story(1)})[:-1] + f', "date": {constant}}}, '
            + json.dumps({"id": "b", "text": story(2)}) + "]").encode()
    items, _ = read("in/feed.json", data)
    assert [type(i).__name__ for i in items] == ["RawDoc", "RawDoc"], [getattr(i, "detail", None) for i in items]


def test_nan_in_pretty_printed_objects_one_after_another_is_read_like_json_lines():
    # json.dump(record, indent=1) per record, or jq . of such records. Before: one malformed_json rejection for
    # the file, "not JSON Lines: 6 of its first 8 lines do not start with { or [ ... a text file under a .txt
    # name is read as one article", which names neither NaN nor the records it held.
    first = json.dumps({"id": "a", "text": story(1), "date": 1}, indent=1).replace('"date": 1', '"date": NaN')
    data = (first + "\n" + json.dumps({"id": "b", "text": story(2)}, indent=1) + "\n").encode()
    items, _ = read("in/feed.json", data)
    assert [type(i).__name__ for i in items] == ["RawDoc", "RawDoc"], [getattr(i, "detail", None) for i in items]


def test_a_chunked_header_over_a_body_already_dechunked_is_read_as_the_body():
    # Several archivers store the payload de-chunked but keep "Transfer-Encoding: chunked" (warcio's reader and
    # pywb fall back to the raw body when the first chunk header is not one; wirewash already falls back for a
    # "Content-Encoding: gzip" over a decoded body). Before: corrupt_http "malformed chunked body: Invalid chunk
    # header: '<html>..." and the page lost.
    page = ("<html><head><title>Vote</title></head><body><article>"
            + "".join(f"<p>{story(n)}</p>" for n in range(3)) + "</article></body></html>").encode()
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + page
    items, _ = read("in/crawl.warc", _warc(block))
    assert [type(i).__name__ for i in items] == ["RawDoc"], [getattr(i, "detail", None) for i in items]
    assert "Story number 1" in items[0].text


def test_control_characters_never_reach_an_articles_title():
    # Text has its NULs and other controls removed; a title did not: {"title": "\u0000\u0001"} was written to
    # articles.title as "\x00\x01" (PostgreSQL's COPY, C-string tools and CSV exports choke on NUL), and
    # "Breaking\u0000News" kept its NUL. A title of controls alone should be null, as an empty one is.
    from wirewash.transforms.core.article import to_article
    from wirewash.transforms.core.cleaning import CleanConfig

    data = (json.dumps({"id": "a", "text": story(1), "title": "\u0000\u0001"}) + "\n"
            + json.dumps({"id": "b", "text": story(2), "title": "Breaking\u0000News\u0007 today"}) + "\n").encode()
    items, _ = read("in/feed.jsonl", data)
    counts, inc = dict_counter()
    titles = [to_article(item, CleanConfig(), inc).title for item in items]
    assert titles[0] is None
    assert titles[1] is not None and not any(ord(ch) < 32 for ch in titles[1])


@pytest.mark.parametrize("name", ["in/feed.json", "in/feed.txt"])
def test_a_5000_digit_integer_in_pretty_printed_objects_costs_only_its_record(name):
    # The same SystemError read_error took pretty-printed objects (jq .) and a .txt read as JSON records whole.
    first = json.dumps({"id": "a", "text": story(1), "n": 1}, indent=1).replace('"n": 1', f'"n": {BIG}')
    data = (first + "\n" + json.dumps({"id": "b", "text": story(2)}, indent=1) + "\n").encode()
    items, _ = read(name, data)
    assert not any(isinstance(i, Rejected) and i.reason == "read_error" for i in items)
    assert any(isinstance(i, RawDoc) and i.input_id == "b" for i in items)


def _page(n: int) -> bytes:
    return ("<html><head><title>T</title></head><body><article>"
            + "".join(f"<p>{story(n)} Paragraph {k}.</p>" for k in range(3)) + "</article></body></html>").encode()


@pytest.mark.parametrize("name", ["in/crawl.arc", "in/crawl.arc.gz"])
def test_an_arc_file_is_read_record_by_record_or_refused_not_one_article(name):
    # ARC, the Internet Archive's format before WARC (old Heritrix crawls, IA downloads). Before: one plain-text
    # article of 7 kB holding the filedesc header, every record's HTTP headers and every page's raw HTML.
    def record(url: str, body: bytes) -> bytes:
        http = b"HTTP/1.0 200 OK\nContent-Type: text/html\n\n" + body
        return b"%s 1.2.3.4 20240304100000 text/html %d\n" % (url.encode(), len(http)) + http + b"\n"

    version = b"1 0 Archive\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = (b"filedesc://crawl.arc 0.0.0.0 20240304100000 text/plain %d\n" % len(version) + version + b"\n"
           + record("http://example.com/1", _page(1)) + record("http://example.com/2", _page(2)))
    items, _ = read(name, gzip.compress(arc) if name.endswith(".gz") else arc)
    docs = [i for i in items if isinstance(i, RawDoc)]
    assert not any("filedesc://" in d.text or "<p>" in d.text for d in docs)
    assert len(docs) == 2 or [getattr(i, "reason", None) for i in items] == ["unsupported_format"]


@pytest.mark.parametrize("name", ["in/CC-MAIN-0001.warc.wet.gz", "in/CC-MAIN-0001.warc.wet"])
def test_a_common_crawl_wet_file_is_one_document_per_conversion_record(name):
    # Common Crawl's WET files (extracted plain text, one WARC "conversion" record per page) are a usual input of
    # near-dedup pipelines. Before: the whole file was one plain-text article starting "WARC/1.0\r\nWARC-Type:
    # warcinfo", every page's headers and text glued (a real 150 MB WET is one too_large rejection).
    def record(kind: str, uri: str, ctype: str, body: bytes) -> bytes:
        return (b"WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-04T10:00:00Z\r\n"
                b"WARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n"
                % (kind.encode(), uri.encode(), uri.encode(), ctype.encode(), len(body))) + body + b"\r\n\r\n"

    wet = (record("warcinfo", "x", "application/warc-fields", b"software: test\r\n")
           + record("conversion", "http://example.com/1", "text/plain", story(1).encode())
           + record("conversion", "http://example.com/2", "text/plain", story(2).encode()))
    items, _ = read(name, gzip.compress(wet) if name.endswith(".gz") else wet)
    docs = [i for i in items if isinstance(i, RawDoc)]
    assert not any("WARC-Type" in d.text for d in docs)
    assert len(docs) == 2 or [getattr(i, "reason", None) for i in items] == ["unsupported_format"]


def _raw_response(uri: str, page: bytes, content_length: int | None = None) -> bytes:
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    length = len(block) if content_length is None else content_length
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2024-03-04T10:00:00Z\r\n"
            b"WARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            % (uri.encode(), uri.encode(), length)) + block + b"\r\n\r\n"


@pytest.mark.parametrize("where", ["between", "first"])
def test_an_empty_gzip_member_in_a_warc_gz_loses_no_record(where):
    # `gzip < /dev/null` (a crawl segment with no records) concatenated with other .warc.gz files. Before: an
    # empty member between records silently ended the file (record 2 neither read nor rejected nor counted);
    # one at the start made the file no_html_responses. A .jsonl.gz with the same empty member reads every line.
    one, two = _raw_response("http://example.com/1", _page(1)), _raw_response("http://example.com/2", _page(2))
    parts = [gzip.compress(one), gzip.compress(b""), gzip.compress(two)]
    if where == "first":
        parts = [gzip.compress(b""), gzip.compress(one), gzip.compress(two)]
    items, _ = read("in/crawl.warc.gz", b"".join(parts))
    assert [type(i).__name__ for i in items] == ["RawDoc", "RawDoc"], [getattr(i, "detail", None) for i in items]


def test_a_content_length_past_the_end_of_the_file_resumes_at_the_next_record():
    # A Content-Length of 10^12 in a 7 kB WARC. With 10^5 too many the record is `truncated` and reading resumes
    # at the next WARC header; past max_inflated_bytes it was one too_large rejection ("999999999956 bytes >
    # max_inflated_bytes") and the intact record after it was never read.
    data = _raw_response("http://example.com/1", _page(1), content_length=10**12) + _raw_response(
        "http://example.com/2", _page(2))
    items, _ = read("in/crawl.warc", data)
    assert isinstance(items[-1], RawDoc) and "Story number 2" in items[-1].text


def test_a_warc_zst_with_its_dictionary_in_a_skippable_frame_is_read():
    # The IIPC WARC-zstd format (ArchiveTeam's .warc.zst): a zstd dictionary in a leading skippable frame
    # (magic 0x184D2A5D), then one frame per record compressed with it. Before: the file was one corrupt_zstd
    # "not a valid zstd stream: zstd decompressor error: Dictionary mismatch", every record lost.
    import struct

    zstd = pytest.importorskip("zstandard")
    records = [_raw_response(f"http://example.com/{n}", _page(n)) for n in (1, 2)]
    samples = [r[i:i + 400] for r in records * 20 for i in range(0, len(r), 400)]
    dictionary = zstd.train_dictionary(2048, samples)
    raw = dictionary.as_bytes()
    compressor = zstd.ZstdCompressor(dict_data=dictionary)
    data = struct.pack("<II", 0x184D2A5D, len(raw)) + raw + b"".join(compressor.compress(r) for r in records)
    items, _ = read("in/crawl.warc.zst", data)
    assert [type(i).__name__ for i in items] == ["RawDoc", "RawDoc"], [getattr(i, "detail", None) for i in items]


@pytest.mark.parametrize("where", ["between", "after"])
def test_xz_stream_padding_is_passed_over_as_xz_does(where):
    # The .xz format allows Stream Padding (NUL bytes, a multiple of 4) between and after streams; `xz -dc` reads
    # such a file whole. Before: padding between streams was corrupt_xz "Input format not supported by decoder"
    # for the rest of the file (record 2 lost); padding after the last stream added a `truncated` rejection, "the
    # xz stream ends in the middle of its data", for data that does not exist (3 inputs for 2 records).
    import lzma

    one, two = (json.dumps({"id": k, "text": story(n)}).encode() + b"\n" for n, k in ((1, "a"), (2, "b")))
    pad = b"\x00" * 4
    data = (lzma.compress(one) + pad + lzma.compress(two) if where == "between"
            else lzma.compress(one) + lzma.compress(two) + pad)
    items, _ = read("in/feed.jsonl.xz", data)
    assert [type(i).__name__ for i in items] == ["RawDoc", "RawDoc"], [getattr(i, "detail", None) for i in items]


def test_nul_padding_after_a_bzip2_stream_adds_no_rejection():
    # NUL padding after the last stream (dd conv=sync, tape and block devices) is passed over for gzip; after a
    # bzip2 stream it added a corrupt_bzip2 rejection "not a valid bzip2 stream: Invalid data stream" for an input
    # that does not exist (bzip2 -dc prints the data and "trailing garbage after EOF ignored").
    import bz2

    data = b"".join(bz2.compress(json.dumps({"id": k, "text": story(n)}).encode() + b"\n")
                    for n, k in ((1, "a"), (2, "b"))) + b"\x00" * 8
    items, _ = read("in/feed.jsonl.bz2", data)
    assert [type(i).__name__ for i in items] == ["RawDoc", "RawDoc"], [getattr(i, "detail", None) for i in items]


def _tar(name: str, body: bytes) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo(name)
        info.size = len(body)
        tar.addfile(info, io.BytesIO(body))
    return buf.getvalue()


@pytest.mark.parametrize("name", ["in/days.tar", "in/days.tar.gz"])
def test_concatenated_tars_are_read_whole_as_tar_ignore_zeros_does(name):
    # `cat day1.tar.gz day2.tar.gz > days.tar.gz` is a valid gzip of two tars; `tar -xi` (--ignore-zeros) reads
    # both. Before: day2's members were one corrupt_archive "unreadable tar header at byte 1536 after 1 members:
    # the rest is not read" (byte 1536 is where day1's end-of-archive zero blocks start; day2's header follows them).
    one, two = _tar("day1/a.txt", story(1).encode()), _tar("day2/b.txt", story(2).encode())
    data = gzip.compress(one) + gzip.compress(two) if name.endswith(".gz") else one + two
    items, _ = read(name, data)
    assert [(type(i).__name__, i.source) for i in items] == [
        ("RawDoc", f"{name}!day1/a.txt"), ("RawDoc", f"{name}!day2/b.txt")]


def test_a_zip_appended_to_a_zip_loses_no_member_silently():
    # `cat a.zip b.zip > both.zip`: the central directory read is b's, so a's member was neither read nor rejected
    # nor counted (one document, no rejection: the accounting cannot see it). Either read a's members too or
    # reject what precedes the archive saying so; a self-extractor's stub (not a zip) stays as it is.
    def zipped(member: str, body: bytes) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as archive:
            archive.writestr(member, body)
        return buf.getvalue()

    items, _ = read("in/both.zip", zipped("a.txt", story(1).encode()) + zipped("b.txt", story(2).encode()))
    read_a = any(isinstance(i, RawDoc) and i.source == "in/both.zip!a.txt" for i in items)
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert read_a or rejected
