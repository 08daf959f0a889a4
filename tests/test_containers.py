"""WARC, Parquet and compressed inputs (transforms.core.readers), with files generated here."""

from __future__ import annotations

import bz2
import datetime
import gzip
import io
import json
import lzma
import os
import random
import zlib

import brotli
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from wirewash.transforms.core.counters import dict_counter
from wirewash.transforms.core.parse import RawDoc, ReadConfig, parse_file
from wirewash.transforms.core.readers.base import Reject
from wirewash.transforms.core.readers.compression import unzstd
from wirewash.transforms.core.readers.records import id_doc_id
from wirewash.transforms.core.readers.registry import resolve


BODY = " ".join(
    f"Sentence number {i} of the story says something about the election result." for i in range(12)
)
PAGE = (
    "<html><head><title>Election result</title></head><body><article><h1>Election result</h1>"
    + "".join(f"<p>{BODY} Paragraph {i}.</p>" for i in range(3))
    + "</article></body></html>"
).encode()


def warc_record(
    kind: str,
    uri: str,
    payload: bytes,
    content_type: str = "text/html; charset=utf-8",
    date: str = "2024-03-05T10:11:12Z",
) -> bytes:
    """One WARC/1.0 record, written by hand so the test does not trust the library it tests."""
    if kind == "response":
        payload = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + payload
        block_type = "application/http; msgtype=response"
    else:
        block_type = "application/warc-fields"
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{abs(hash((kind, uri))):032x}>\r\n"
        f"WARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {block_type}\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    ).encode()
    return head + payload + b"\r\n\r\n"


def crawl(gzipped: bool) -> bytes:
    records = [
        warc_record("warcinfo", "", b"software: test\r\n"),
        warc_record("response", "https://news.example/a", PAGE),
        warc_record("response", "https://news.example/logo.png", b"\x89PNG....", content_type="image/png"),
        warc_record("request", "https://news.example/b", b"GET /b HTTP/1.1\r\n\r\n"),
        warc_record(
            "response",
            "https://news.example/b",
            PAGE.replace(b"Election", b"Vote"),
            date="2024-03-06T00:00:00Z",
        ),
    ]
    # Common Crawl gzips every record as its own member.
    return b"".join(gzip.compress(r) for r in records) if gzipped else b"".join(records)


def parse(source: str, data: bytes, cfg: ReadConfig | None = None):
    counts, inc = dict_counter()
    return list(parse_file(source, data, cfg or ReadConfig(), inc)), dict(counts)


def test_resolve_picks_the_reader_inside_the_compression_layers():
    names = ("a.warc", "A.WARC.GZ", "d.parquet", "x.jsonl.zst", "x.jsonl.gz", "x.txt", "p.parquet.gz",
             "t.txt.gz.zst", "README", "page.HTM.gz")
    assert [(layers, reader.name) for layers, reader in map(resolve, names)] == [
        ([], "warc"), ([], "warc"), ([], "parquet"), ([".zst"], "jsonl"), ([".gz"], "jsonl"), ([], "text"),
        ([".gz"], "parquet"), ([".zst", ".gz"], "text"), ([], "text"), ([".gz"], "html"),
    ]


@pytest.mark.parametrize("gzipped", [False, True])
def test_warc_html_responses_become_documents(gzipped):
    name = "crawl.warc.gz" if gzipped else "crawl.warc"
    items, counts = parse(name, crawl(gzipped))
    assert all(isinstance(i, RawDoc) for i in items) and len(items) == 2
    a, b = items
    assert (a.source, a.url, a.fetched) == (f"{name}#2", "https://news.example/a", datetime.date(2024, 3, 5))
    assert (b.source, b.url, b.fetched) == (f"{name}#5", "https://news.example/b", datetime.date(2024, 3, 6))
    assert a.title == "Election result" and "Sentence number 11" in a.text
    assert a.doc_id != b.doc_id
    assert counts == {
        "read:document": 2,
        "read:skipped:warc_not_response": 2,
        "read:skipped:warc_not_html": 1,
    }


def test_warc_limits_and_damage_are_rejections():
    items, counts = parse("c.warc", crawl(False), ReadConfig(max_doc_bytes=1000, max_inflated_bytes=100_000))
    assert [(i.source, i.reason) for i in items] == [("c.warc#2", "too_large"), ("c.warc#5", "too_large")]
    good = warc_record("response", "https://x/1", PAGE)
    # The records before and after the damage are kept; the damage is one rejection.
    items, counts = parse("d.warc", good + b"garbage" * 50 + good)
    assert [(type(i).__name__, i.source) for i in items] == [
        ("RawDoc", "d.warc#1"), ("Rejected", "d.warc#2"), ("RawDoc", "d.warc#3")]
    assert items[1].reason == "corrupt_warc" and counts["read:rejected:corrupt_warc"] == 1
    items, counts = parse("e.warc", warc_record("request", "https://x/1", b"GET"))
    assert [(i.reason, i.source) for i in items] == [("no_html_responses", "e.warc")]
    assert counts["read:rejected:no_html_responses"] == 1


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_warc_record_the_crawler_truncated_is_rejected_not_kept_as_whole(gzipped):
    """A record marked WARC-Truncated (the crawler stopped reading its payload) was kept as an article cut
    mid-sentence (fresh11 F3)."""
    whole = warc_record("response", "https://x/1", PAGE)
    cut = warc_record("response", "https://x/2", PAGE[: len(PAGE) // 2]).replace(
        b"Content-Length:", b"WARC-Truncated: length\r\nContent-Length:", 1)
    records = [whole, cut, whole]
    data = b"".join(map(gzip.compress, records)) if gzipped else b"".join(records)
    items, counts = parse("c.warc", data)
    assert [(type(i).__name__, i.source) for i in items] == [
        ("RawDoc", "c.warc#1"), ("Rejected", "c.warc#2"), ("RawDoc", "c.warc#3")]
    assert items[1].reason == "truncated" and "WARC-Truncated: length" in items[1].detail
    assert counts == {"read:document": 2, "read:rejected:truncated": 1}


def _damaged(kind: str, records: list[bytes]) -> bytes:
    """Four records with the second damaged as ``kind`` says (gzipped as Common Crawl writes them, or not)."""
    gz = [gzip.compress(r) for r in records]
    if kind == "garbage_between":
        return records[0] + b"garbage " * 40 + b"".join(records[1:])
    if kind == "length_too_long":
        return records[0] + records[1].replace(b"Content-Length: ", b"Content-Length: 9") + b"".join(records[2:])
    if kind == "gzip_garbage_between":
        return gz[0] + b"garbage " * 40 + b"".join(gz[1:])
    if kind == "gzip_member_cut":
        return gz[0] + gz[1][: len(gz[1]) // 2] + b"".join(gz[2:])
    assert kind == "gzip_member_corrupt"
    return gz[0] + gz[1][:30] + b"\xff" * 40 + gz[1][70:] + b"".join(gz[2:])


@pytest.mark.parametrize(
    "kind, lost",
    [("garbage_between", 0), ("length_too_long", 1), ("gzip_garbage_between", 0), ("gzip_member_cut", 1),
     ("gzip_member_corrupt", 1)],
)
def test_a_damaged_warc_record_costs_itself_not_the_records_after_it(kind, lost):
    """A bad Content-Length, a gzip member cut short or corrupt, or garbage between records ended the file:
    every later record was lost, uncounted. The damage is one rejection; reading resumes at the next
    record (the next WARC header, or the next gzip member that inflates to one)."""
    records = [warc_record("response", f"https://x/{i}", PAGE.replace(b"Election", b"Vote %d" % i))
               for i in range(4)]
    name = "crawl.warc.gz" if kind.startswith("gzip") else "crawl.warc"
    items, counts = parse(name, _damaged(kind, records))
    urls = [i.url for i in items if isinstance(i, RawDoc)]
    assert urls == [f"https://x/{i}" for i in range(4) if not (lost and i == 1)]
    rejected = [i for i in items if not isinstance(i, RawDoc)]
    assert len(rejected) == 1 and rejected[0].reason in ("corrupt_warc", "truncated")
    assert "resumed at byte" in rejected[0].detail
    # Accounting: every item is counted once, and every record has its own doc_id.
    assert counts["read:document"] + counts[f"read:rejected:{rejected[0].reason}"] == len(items)
    assert len({i.doc_id for i in items}) == len(items)


def test_warc_error_and_redirect_responses_are_not_articles():
    """A crawl's "404 Not Found" page was kept as an article (and a redirect's empty body rejected as
    ``empty``); a 200 page whose server sent no Content-Type was skipped though Common Crawl had identified
    it as HTML."""
    def response(status: str, headers: str, body: bytes, identified: str = "") -> bytes:
        payload = f"HTTP/1.1 {status}\r\n{headers}\r\n".encode() + body
        extra = f"WARC-Identified-Payload-Type: {identified}\r\n" if identified else ""
        head = (
            f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{abs(hash(payload)):032x}>\r\n"
            f"WARC-Date: 2024-03-05T10:11:12Z\r\nWARC-Target-URI: https://x/1\r\n{extra}"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(payload)}\r\n\r\n"
        )
        return head.encode() + payload + b"\r\n\r\n"

    html = "Content-Type: text/html\r\n"
    data = (
        response("404 Not Found", html, PAGE)
        + response("301 Moved Permanently", html + "Location: https://x/2\r\n", b"")
        + response("503 Service Unavailable", html, PAGE)
        + response("200 OK", "", PAGE, identified="text/html")
        + response("200 OK", html, PAGE.replace(b"Election", b"Vote"))
    )
    items, counts = parse("c.warc", data)
    assert [(i.source, getattr(i, "title", i)) for i in items] == [
        ("c.warc#4", "Election result"), ("c.warc#5", "Vote result")
    ]
    assert counts == {
        "read:document": 2,
        "read:skipped:warc_http_4xx": 1,
        "read:skipped:warc_http_3xx": 1,
        "read:skipped:warc_http_5xx": 1,
    }


def _parquet(table: pa.Table) -> bytes:
    buf = io.BytesIO()
    pq.write_table(table, buf, row_group_size=2)
    return buf.getvalue()


def test_parquet_rows_with_configured_columns():
    table = pa.table(
        {
            "body": [BODY, "", None, BODY + " more"],
            "key": ["k1", "k2", "k3", None],
            "url": ["https://a", None, None, None],
            "date": [datetime.date(2023, 1, 2), None, None, None],
            "ignored": [1, 2, 3, 4],
        }
    )
    items, counts = parse("ds.parquet", _parquet(table), ReadConfig(text_column="body", id_column="key"))
    assert [type(i).__name__ for i in items] == ["RawDoc", "Rejected", "Rejected", "RawDoc"]
    first, last = items[0], items[3]
    assert (first.doc_id, first.input_id, first.source, first.url, first.published) == (
        id_doc_id("ds.parquet", "k1"),
        "k1",
        "ds.parquet#1",
        "https://a",
        datetime.date(2023, 1, 2),
    )
    assert len(last.doc_id) == 16 and last.source == "ds.parquet#4"  # no id: a hash, as for JSON Lines
    assert [i.reason for i in items[1:3]] == ["no_text_field", "no_text_field"]
    assert counts == {"read:document": 2, "read:rejected:no_text_field": 2}


def test_parquet_without_the_text_column_or_corrupt():
    items, _ = parse("ds.parquet", _parquet(pa.table({"content": ["x"]})))
    assert [(i.reason, i.source) for i in items] == [("no_text_column", "ds.parquet")]
    assert "content" in items[0].detail
    items, counts = parse("bad.parquet", b"PAR1 this is not parquet")
    assert [i.reason for i in items] == ["corrupt_parquet"] and counts == {"read:rejected:corrupt_parquet": 1}


def test_zst_wraps_every_format():
    jsonl = "\n".join(json.dumps({"id": f"j{i}", "text": BODY}) for i in range(3)).encode()
    items, counts = parse("a.jsonl.zst", zstandard.ZstdCompressor().compress(jsonl))
    assert [(i.input_id, i.source) for i in items] == [
        ("j0", "a.jsonl.zst#1"),
        ("j1", "a.jsonl.zst#2"),
        ("j2", "a.jsonl.zst#3"),
    ]
    items, _ = parse("p.html.zst", zstandard.ZstdCompressor().compress(PAGE))
    assert items[0].title == "Election result" and items[0].source == "p.html.zst"
    items, _ = parse("c.warc.zst", zstandard.ZstdCompressor().compress(crawl(False)))
    assert [i.url for i in items] == ["https://news.example/a", "https://news.example/b"]
    items, _ = parse("s.txt.zst", zstandard.ZstdCompressor().compress(BODY.encode()))
    assert items[0].text == BODY


def test_zst_bombs_and_garbage_are_rejected():
    bomb = zstandard.ZstdCompressor().compress(b"a" * 2_000_000)
    assert len(bomb) < 1000
    items, _ = parse("b.txt.zst", bomb, ReadConfig(max_doc_bytes=100_000, max_inflated_bytes=1_000_000))
    assert [i.reason for i in items] == ["too_large"]
    items, _ = parse("g.txt.zst", b"\x28\xb5\x2f\xfd garbage")
    assert [i.reason for i in items] == ["corrupt_zstd"]
    items, _ = parse("e.txt.zst", b"")
    assert [i.reason for i in items] == ["empty"]


def test_bz2_and_xz_wrap_every_format():
    """A Wikipedia-style ``.bz2`` dump and an ``.xz`` file were rejected as ``binary`` ("99 control
    characters"): the story inside was lost though the standard library inflates both."""
    jsonl = "\n".join(json.dumps({"id": f"j{i}", "text": BODY}) for i in range(2)).encode()
    for name, packed in (("a.jsonl.bz2", bz2.compress(jsonl)), ("a.jsonl.xz", lzma.compress(jsonl))):
        items, counts = parse(name, packed)
        assert [(i.input_id, i.source) for i in items] == [("j0", f"{name}#1"), ("j1", f"{name}#2")]
        assert counts == {"read:document": 2}
    # Concatenated streams (pbzip2, cat a.xz b.xz) are all read.
    items, _ = parse("s.txt.bz2", bz2.compress(b"one ") + bz2.compress(BODY.encode()))
    assert items[0].text == "one " + BODY
    items, _ = parse("p.html.xz", lzma.compress(PAGE))
    assert items[0].title == "Election result"


def test_bz2_and_xz_bombs_cuts_and_garbage_are_rejections():
    # JSON Lines reads on past max_doc_bytes, and its layers to 400 x max_inflated_bytes (4 MB here).
    cfg = ReadConfig(max_doc_bytes=1_000, max_inflated_bytes=10_000)
    for name, pack in (("b.txt.bz2", bz2.compress), ("b.txt.xz", lzma.compress)):
        # 20 MB in a few kB: must stop at the limit, not inflate it all. Its lines start as records do, so that
        # each is malformed JSON; lines of prose are no JSON Lines, one rejection from the first buffer.
        bomb = pack((b"{" + b"a" * 998 + b"\n") * 20_000)
        items, _ = parse(name.replace(".txt", ".jsonl"), bomb, cfg)
        assert items[-1].reason == "too_large" and "max_inflated_bytes" in items[-1].detail
        assert len(items) <= 4_001  # stopped at 4 MB of the 20: each line before it is malformed JSON
        items, _ = parse(name.replace(".txt", ".jsonl"), pack((b"a" * 999 + b"\n") * 20_000), cfg)
        assert [i.reason for i in items] == ["malformed_json"] and items[0].detail.startswith("not JSON Lines")
        packed = pack(os.urandom(5000))
        items, _ = parse(name, packed[: len(packed) // 2])
        assert [i.reason for i in items] == ["truncated"]
        items, _ = parse(name, b"")
        assert [i.reason for i in items] == ["empty"]
    items, _ = parse("g.txt.bz2", b"BZh91AY&SY garbage")
    assert [i.reason for i in items] == ["corrupt_bzip2"]
    items, _ = parse("g.txt.xz", b"\xfd7zXZ\x00 garbage")
    assert [i.reason for i in items] == ["corrupt_xz"]


@pytest.mark.parametrize("name, pack", [("b.txt.bz2", bz2.compress), ("b.txt.xz", lzma.compress)])
def test_bz2_and_xz_nul_padding_is_passed_over_and_junk_after_the_end_counted(name, pack):
    """break12 F16: NULs between or after streams (xz's Stream Padding, dd conv=sync) are read past, as xz and
    bzip2 do; they were corrupt_xz for the rest of the file, or a phantom rejection after the last stream."""
    streams = pack(b"one ") + b"\0" * 8 + pack(BODY.encode()) + b"\0" * 70_000
    items, counts = parse(name, streams)
    assert [i.text for i in items] == ["one " + BODY] and counts == {"read:document": 1}
    items, counts = parse(name, streams + b"JUNK")
    assert [i.text for i in items] == ["one " + BODY]
    assert counts == {"read:document": 1, "read:skipped:trailing_garbage": 1}


@pytest.mark.parametrize(
    "pack", [gzip.compress, zstandard.ZstdCompressor().compress, bz2.compress, lzma.compress]
)
def test_compression_is_found_by_content_whatever_the_name(pack):
    """A gzipped JSON Lines file saved as ``feed.jsonl`` (a download without its ".gz") was split at the
    newline bytes of the compressed data: nine ``malformed_json`` rejections, its one real record lost among
    them; the same under ``.txt`` or ``.html`` was rejected as ``binary``."""
    jsonl = "\n".join(json.dumps({"id": f"j{i}", "text": BODY}) for i in range(2)).encode()
    items, counts = parse("feed.jsonl", pack(jsonl))
    assert [(i.input_id, i.source) for i in items] == [("j0", "feed.jsonl#1"), ("j1", "feed.jsonl#2")]
    assert counts == {"read:document": 2}
    assert parse("story.txt", pack(BODY.encode()))[0][0].text == BODY
    assert parse("noext", pack(pack(BODY.encode())))[0][0].text == BODY  # twice compressed
    assert parse("page.html", pack(PAGE))[0][0].title == "Election result"
    assert parse("rows.parquet", pack(_parquet(pa.table({"text": [BODY]}))))[0][0].text == BODY
    cut = pack(os.urandom(3000))
    items, _ = parse("cut.txt", cut[: len(cut) // 2])
    assert [(i.reason, i.source) for i in items] == [("truncated", "cut.txt")]


def test_a_gzip_quine_ends_as_binary():
    """A file that inflates to itself (the classic gzip quine) must not be peeled forever."""
    from wirewash.transforms.core.readers.registry import sniff

    inner = gzip.compress(BODY.encode())
    for _ in range(sniff._MAX_MAGIC_LAYERS):
        inner = gzip.compress(inner)
    items, _ = parse("deep.txt", inner)
    assert [i.reason for i in items] == ["binary"]


def test_a_binary_file_named_jsonl_is_one_rejection():
    """A zip or PDF saved as ``.jsonl`` gave one ``malformed_json`` rejection per newline byte in it."""
    data = b"PK\x03\x04" + b"\n".join(os.urandom(50) for _ in range(20))
    items, counts = parse("export.jsonl", data)
    assert [(i.reason, i.source) for i in items] == [("binary", "export.jsonl")]
    assert counts == {"read:rejected:binary": 1}


@pytest.mark.parametrize(
    "name", ["articles.csv", "feed.xml", "reut2-000.sgm", "x.tsv.gz", "feed.rss", "notes.txt"]
)
def test_tables_and_feeds_are_refused_not_one_junk_article(name):
    """A CSV of articles, an RSS feed or Reuters-21578's own .sgm (1,000 stories) was read as one plain-text
    article, markup and all ("<REUTERS TOPICS=..." as its title), and kept."""
    rows = "id,text\n1,First story\n2,Second story\n"
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><item><title>A</title></item></channel></rss>'
    sgml = '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS TOPICS="YES"><TEXT>Cocoa</TEXT></REUTERS>'
    by_suffix = {".csv": rows, ".xml": feed, ".sgm": sgml, ".gz": rows, ".rss": feed, ".txt": sgml}
    data = by_suffix[name[name.rindex(".") :]]
    raw = gzip.compress(data.encode()) if name.endswith(".gz") else data.encode()
    items, counts = parse(name, raw)
    assert [(i.reason, i.source) for i in items] == [("unsupported_format", name)]
    assert "JSON Lines" in items[0].detail and counts == {"read:rejected:unsupported_format": 1}


@pytest.mark.parametrize("name", ["saved.txt", "page", "page.dat"])
def test_a_page_saved_without_an_html_name_is_read_as_html(name):
    """A page saved as .txt (or with no extension) was kept as plain text with its tags, scripts and menus."""
    for page in (PAGE, b"\xef\xbb\xbf\n<!DOCTYPE html>" + PAGE, b'<?xml version="1.0"?>\n' + PAGE):
        (doc,), _ = parse(name, page)
        assert doc.title == "Election result" and "<p>" not in doc.text
    # A page's body saved alone (a scraper's outer HTML of <body>) was kept as text, tags and all, and won its
    # cluster as the longest copy.
    body = PAGE[PAGE.index(b"<body>"):PAGE.index(b"</html>")]
    (doc,), _ = parse(name, body)
    assert doc.title == "Election result" and "<p>" not in doc.text and BODY in doc.text
    # Text that merely starts with a tag stays text.
    (doc,), _ = parse(name, b"<b>Note</b>: " + BODY.encode())
    assert doc.text.startswith("<b>Note</b>")


@pytest.mark.parametrize("name", ["a.parquet", "a.warc", "a.warc.gz", "a.json", "a.jsonl", "a.html", "a.txt"])
def test_a_file_of_0_bytes_is_empty_whatever_its_format(name):
    """A 0-byte .parquet was "corrupt_parquet: Parquet file size is 0 bytes" and a 0-byte .warc
    "no_html_responses": a truncated download, reported as damage or as a crawl of nothing."""
    items, counts = parse(name, b"")
    assert [(i.reason, i.source) for i in items] == [("empty", name)] and counts == {"read:rejected:empty": 1}


def test_nul_padding_at_the_end_of_json_lines_is_no_record():
    """A JSON Lines file preallocated and cut short (NULs after its last line) gave a malformed_json
    record."""
    data = json.dumps({"id": "a", "text": BODY}).encode() + b"\n" + b"\0" * 4096
    items, counts = parse("log.jsonl", data)
    assert [i.input_id for i in items] == ["a"] and counts == {"read:document": 1}


def test_unzstd_reads_concatenated_frames_up_to_the_limit():
    c = zstandard.ZstdCompressor()
    assert unzstd(io.BytesIO(c.compress(b"ab") + c.compress(b"cd")), 4).read() == b"abcd"
    with pytest.raises(Reject, match="max_inflated_bytes=4") as e:
        unzstd(io.BytesIO(c.compress(b"abcde")), 4).read()
    assert e.value.reason == "too_large"


def test_read_config_columns_must_differ():
    with pytest.raises(ValueError):
        ReadConfig(text_column="x", id_column="x")


def test_the_pipeline_reads_every_container(tmp_path):
    from wirewash.pipeline.cli import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "crawl.warc.gz").write_bytes(crawl(True))
    words = [f"w{i}" for i in range(400)]
    texts = [" ".join(words[i * 40 : (i + 1) * 40]) + "." for i in range(6)]  # six unrelated texts
    # Incompressible padding makes the Parquet file larger than --max_inflated_bytes: it is streamed, not
    # read whole, so only each row's text is held to a limit.
    padding = [os.urandom(4000) for _ in range(3)]
    (src / "ds.parquet").write_bytes(
        _parquet(pa.table({"body": texts[:3], "key": ["p1", "p2", None], "padding": padding}))
    )
    assert (src / "ds.parquet").stat().st_size > 10_000
    lines = [json.dumps({"key": f"j{i}", "body": t}) for i, t in enumerate(texts[3:])] + ["{broken"]
    (src / "more.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress("\n".join(lines).encode()))
    report = run(
        [
            "--input",
            str(src),
            "--output",
            str(tmp_path / "out"),
            "--text_column",
            "body",
            "--id_column",
            "key",
            "--max_doc_bytes",
            "10000",
            "--max_inflated_bytes",
            "10000",
        ]
    )
    assert (report["inputs"], report["kept"], report["duplicates"], report["rejected"]) == (9, 7, 1, 1)
    assert report["rejected_by_reason"] == {"malformed_json": 1}
    rows = pq.read_table(tmp_path / "out" / "articles").to_pylist()
    rows += pq.read_table(tmp_path / "out" / "duplicates").to_pylist()
    assert {"p1", "p2", "j0", "j1", "j2"} <= {r["input_id"] for r in rows}
    crawled = [r for r in rows if r["url"] and r["url"].startswith("https://news.example/")]
    assert sorted(r["fetched"] for r in crawled) == [datetime.date(2024, 3, 5), datetime.date(2024, 3, 6)]


# --- HTTP codings and charsets in WARC (issue 13) ---------------------------------------------------------------


def _chunked(data: bytes, size: int = 100) -> bytes:
    pieces = [data[i : i + size] for i in range(0, len(data), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"


def _response(body: bytes, headers: str) -> bytes:
    return warc_record("response", "https://news.example/x", body, content_type=headers)


@pytest.mark.parametrize(
    "body, headers",
    [
        (gzip.compress(PAGE), "text/html\r\nContent-Encoding: gzip"),
        (zlib.compress(PAGE), "text/html\r\nContent-Encoding: deflate"),
        (zlib.compress(PAGE)[2:-4], "text/html\r\nContent-Encoding: deflate"),  # raw deflate, no zlib header
        (brotli.compress(PAGE), "text/html\r\nContent-Encoding: br"),
        (_chunked(PAGE), "text/html\r\nTransfer-Encoding: chunked"),
        (_chunked(gzip.compress(PAGE)), "text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip"),
        (PAGE, "text/html\r\nX-Crawler-Content-Encoding: gzip"),  # decoded by the crawler already
        (PAGE, "text/html\r\nContent-Encoding: gzip"),  # header kept, body already decoded
        (PAGE, "text/html\r\nTransfer-Encoding: chunked"),  # the same for the transfer coding (break12 F9)
    ],
    ids=["gzip", "zlib-deflate", "raw-deflate", "br", "chunked", "chunked-gzip", "crawler-decoded", "stale-header",
         "stale-chunked"],
)
def test_warc_http_codings_are_decoded(body, headers):
    (doc,), counts = parse("c.warc", _response(body, headers))
    assert counts == {"read:document": 1}
    assert doc.title == "Election result" and "Sentence number 11" in doc.text
    assert not any(line.strip().isalnum() and len(line.strip()) <= 3 for line in doc.text.splitlines())


def test_warc_broken_codings_are_rejected_not_kept():
    packed = gzip.compress(PAGE * 20)
    items, counts = parse("c.warc", _response(packed[: len(packed) // 2], "text/html\r\nContent-Encoding: gzip"))
    assert [(i.source, i.reason) for i in items] == [("c.warc#1", "truncated")]
    items, _ = parse("c.warc", _response(b"\x1f\x8b garbage", "text/html\r\nContent-Encoding: gzip"))
    assert [i.reason for i in items] == ["corrupt_gzip"]
    bomb = gzip.compress(b"<p>" + b"a" * 2_000_000)
    items, _ = parse("c.warc", _response(bomb, "text/html\r\nContent-Encoding: gzip"),
                     ReadConfig(max_doc_bytes=100_000, max_inflated_bytes=1_000_000))
    assert [i.reason for i in items] == ["too_large"]


@pytest.mark.parametrize("share", [0.95, 0.9, 0.8, 0.7])
@pytest.mark.parametrize("gzipped", [False, True])
def test_a_cut_warc_keeps_the_records_before_and_reports_the_cut(gzipped, share):
    data = crawl(gzipped)
    items, counts = parse("c.warc.gz" if gzipped else "c.warc", data[: int(len(data) * share)])
    assert [type(i).__name__ for i in items] == ["RawDoc", "Rejected"]
    assert items[1].reason == "truncated" and counts["read:rejected:truncated"] == 1
    # Cut inside a record's body, that record is named; cut where fastwarc stops silently, the file is.
    assert items[1].source in ("c.warc#5", "c.warc.gz#5", "c.warc.gz")


def test_warc_charset_from_the_http_header():
    russian = "Правящая партия Казахстана одержала уверенную победу на парламентских выборах в воскресенье."
    page = PAGE.decode().replace("Sentence number 1 ", russian + " ").encode("cp1251")
    (doc,), _ = parse("c.warc", _response(page, "text/html; charset=windows-1251"))
    assert russian in doc.text


# --- Parquet column types (case 13) -----------------------------------------------------------------------------


def test_parquet_binary_null_and_timestamp_columns():
    table = pa.table({
        "id": pa.array([101, 102, None], pa.int64()),
        "text": pa.array([BODY.encode(), "Crème brûlée sale.".encode("cp1252"), b"  "], pa.binary()),
        "title": pa.array([None, None, None], pa.null()),
        "date": pa.array([datetime.datetime(2024, 5, 2, 14, 30), None, None], pa.timestamp("ms")),
        "url": pa.array([b"https://a", None, None], pa.binary()),
    })
    items, counts = parse("t.parquet", _parquet(table))
    assert counts == {"read:document": 2, "read:rejected:no_text_field": 1}
    first, second, empty = items
    assert (first.input_id, first.text, first.title, first.published, first.url) == (
        "101", BODY, None, datetime.date(2024, 5, 2), "https://a")
    assert second.text == "Crème brûlée sale."  # BINARY decoded as a file's bytes are
    assert empty.detail == "'text' is an empty string"


def test_parquet_text_column_of_another_type_says_what_it_found():
    items, _ = parse("t.parquet", _parquet(pa.table({"text": [1, 2]})))
    assert [i.detail for i in items] == ["'text' is an integer, not a string"] * 2


def test_parquet_max_doc_bytes_counts_bytes_not_characters():
    items, _ = parse("t.parquet", _parquet(pa.table({"text": ["é" * 600, "e" * 600]})),
                     ReadConfig(max_doc_bytes=1000, max_inflated_bytes=100_000))
    assert [type(i).__name__ for i in items] == ["Rejected", "RawDoc"]
    assert items[0].reason == "too_large" and "1200 bytes" in items[0].detail


def test_parquet_damaged_middle_row_group_keeps_the_others(tmp_path):
    path = tmp_path / "d.parquet"
    pq.write_table(pa.table({"text": [f"{BODY} {i}" for i in range(6)]}), path, row_group_size=2)
    column = pq.ParquetFile(path).metadata.row_group(1).column(0)
    start = column.dictionary_page_offset if column.has_dictionary_page else column.data_page_offset
    data = bytearray(path.read_bytes())
    data[start : start + column.total_compressed_size] = b"\xff" * column.total_compressed_size
    items, counts = parse("d.parquet", bytes(data))
    assert [(type(i).__name__, i.source) for i in items] == [
        ("RawDoc", "d.parquet#1"), ("RawDoc", "d.parquet#2"), ("Rejected", "d.parquet#3"),
        ("RawDoc", "d.parquet#5"), ("RawDoc", "d.parquet#6"),
    ]
    assert items[2].detail.startswith("row group 1 unreadable from row 3 to 4")


def test_parquet_gz_is_read_as_parquet():
    items, counts = parse("p.parquet.gz", gzip.compress(_parquet(pa.table({"text": [BODY, BODY + " two"]}))))
    assert counts == {"read:document": 2} and items[1].source == "p.parquet.gz#2"


# --- truncation (issue 13) ---------------------------------------------------------------------------------------


def test_a_cut_txt_zst_is_truncated_not_kept_mid_word():
    packed = zstandard.ZstdCompressor().compress((BODY * 300).encode())
    items, counts = parse("s.txt.zst", packed[: len(packed) * 6 // 10])
    assert [i.reason for i in items] == ["truncated"] and counts == {"read:rejected:truncated": 1}
    items, _ = parse("s.txt.zst", packed[:6])  # a few bytes of a frame: truncated, not empty
    assert [i.reason for i in items] == ["truncated"]


def test_a_cut_jsonl_zst_keeps_whole_records_and_reports_the_cut():
    c = zstandard.ZstdCompressor()
    # Random words compress little, so the cut falls after several of zstd's 128 KiB blocks.
    rng = random.Random(1)
    lines = [json.dumps({"text": f"{BODY} " + " ".join(f"{rng.getrandbits(40):x}" for _ in range(100))}).encode()
             + b"\n" for i in range(200)]
    packed = c.compress(b"".join(lines))
    items, counts = parse("s.jsonl.zst", packed[: len(packed) // 2])
    assert counts["read:rejected:truncated"] == 1 and "read:rejected:malformed_json" not in counts
    assert 0 < counts["read:document"] < 200
    assert (items[-1].source, items[-1].reason) == ("s.jsonl.zst", "truncated")
    assert all(i.text.startswith(BODY) for i in items[:-1])


def test_every_reader_is_counted_by_the_wrapper():
    inputs = {
        "a.txt": BODY.encode(), "b.html": PAGE, "c.jsonl": b'{"text": "x"}\n{bad\n', "d.warc": crawl(False),
        "e.parquet": _parquet(pa.table({"text": [BODY, None]})), "f.txt.gz": b"not gzip",
    }
    for name, data in inputs.items():
        items, counts = parse(name, data)
        documents = sum(isinstance(i, RawDoc) for i in items)
        assert counts.get("read:document", 0) == documents, name
        rejected = {k.split(":", 2)[2]: v for k, v in counts.items() if k.startswith("read:rejected:")}
        assert sum(rejected.values()) == len(items) - documents, name


def _response_block(block: bytes) -> bytes:
    """A response record whose HTTP block is given whole (interim responses before the final one)."""
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            "WARC-Date: 2024-03-05T10:11:12Z\r\n"
            "WARC-Target-URI: https://news.example/x\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def test_warc_interim_responses_are_passed_over_to_the_final_one():
    """break12 F7: 100 Continue / 103 Early Hints before the final response; the final one's status, type and
    codings count (a 404 after a 100 is still a site's page, skipped); no final response is corrupt_http."""
    interim = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n"
    final = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
    final += gzip.compress(PAGE)
    (doc,), counts = parse("c.warc", _response_block(interim + final))
    assert counts == {"read:document": 1} and doc.title == "Election result"
    not_found = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n" + PAGE
    _, counts = parse("c.warc", _response_block(interim + not_found))
    assert counts == {"read:skipped:warc_http_4xx": 1, "read:rejected:no_html_responses": 1}
    items, _ = parse("c.warc", _response_block(interim + PAGE))
    assert [i.reason for i in items] == ["corrupt_http"] and "no final HTTP response" in items[0].detail


def test_a_wet_file_is_one_plain_text_article_per_conversion_record_and_arc_wat_are_refused():
    """break12 F11/F12: a WET (Common Crawl's extracted text) and an ARC were each one junk article of every
    record's headers; a WET's conversion records are now articles, ARC and WAT refused saying what to do."""
    def conversion(uri: str, text: str) -> bytes:
        return warc_record("conversion", uri, text.encode()).replace(
            b"Content-Type: application/warc-fields", b"Content-Type: text/plain")

    wet = warc_record("warcinfo", "x", b"software: test\r\n") + conversion("https://news.example/1", BODY)
    for name, data in (("CC-MAIN-1.warc.wet", wet), ("CC-MAIN-1.warc.wet.gz", gzip.compress(wet))):
        (doc,), counts = parse(name, data)
        assert counts == {"read:document": 1, "read:skipped:warc_not_conversion": 1}
        assert (doc.source, doc.url) == (f"{name}#2", "https://news.example/1")
        assert doc.fetched == datetime.date(2024, 3, 5)
        assert doc.text.strip() == BODY.strip() and "WARC" not in doc.text
    for name, says in (("c.arc.gz", "warcio recompress"), ("c.arc", "ARC"), ("c.warc.wat.gz", "WAT")):
        (rejected,), _ = parse(name, b"filedesc://c.arc 0.0.0.0 20240304100000 text/plain 10\n")
        assert rejected.reason == "unsupported_format" and says in rejected.detail


def test_a_warc_zstd_dictionary_frame_that_lies_is_one_clear_rejection():
    """break12 F15: the WARC-zstd dictionary frame is read (test_hostile_s12.py); one that claims 4 GB or
    is cut is refused saying so, before anything that size is read."""
    frame = b"\x5d\x2a\x4d\x18" + (2**32 - 1).to_bytes(4, "little") + b"\x37\xa4\x30\xec" + b"x" * 100
    (rejected,), _ = parse("c.warc.zst", frame)
    assert rejected.reason == "too_large" and "4294967295" in rejected.detail
    (rejected,), _ = parse("c.warc.zst", b"\x5d\x2a\x4d\x18" + (5000).to_bytes(4, "little") + b"x" * 100)
    assert rejected.reason == "truncated" and "dictionary frame" in rejected.detail


@pytest.mark.parametrize("pack", [lambda d: d, gzip.compress], ids=["plain", "gzip"])
def test_a_crawl_under_another_name_is_read_by_its_content(pack):
    """A WARC, WET or ARC saved without its extension (or as .txt) was one plain-text article of every
    record's headers and HTML (break12 F11/F12 by content): now read, or refused, as its extension says."""
    warc = warc_record("warcinfo", "x", b"software: test\r\n")
    warc += warc_record("response", "https://news.example/1", PAGE)
    items, _ = parse("download", pack(warc))
    assert [(i.source, i.title) for i in items] == [("download#2", "Election result")]
    wet = warc_record("conversion", "https://news.example/1", BODY.encode())
    (doc,), _ = parse("page.txt", pack(wet))
    assert doc.source == "page.txt#1" and doc.text.strip() == BODY.strip()
    (rejected,), _ = parse("old", pack(b"filedesc://c.arc 0.0.0.0 20240304100000 text/plain 10\n1 0 IA\n\n"))
    assert rejected.reason == "unsupported_format" and "ARC" in rejected.detail
