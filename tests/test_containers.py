"""WARC, Parquet and compressed inputs (transforms.core.readers), with files generated here."""

from __future__ import annotations

import datetime
import gzip
import io
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from transforms.core.counters import dict_counter
from transforms.core.parse import RawDoc, ReadConfig, parse_file
from transforms.core.readers.base import Reject
from transforms.core.readers.compression import unzstd
from transforms.core.readers.records import id_doc_id
from transforms.core.readers.registry import resolve


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
    # The record before the damage is kept; the damage and everything after it is one rejection.
    items, counts = parse("d.warc", good + b"garbage" * 50 + good)
    assert [(type(i).__name__, i.source) for i in items] == [("RawDoc", "d.warc#1"), ("Rejected", "d.warc#2")]
    assert items[1].reason == "corrupt_warc" and counts["read:rejected:corrupt_warc"] == 1
    items, counts = parse("e.warc", warc_record("request", "https://x/1", b"GET"))
    assert [(i.reason, i.source) for i in items] == [("no_html_responses", "e.warc")]
    assert counts["read:rejected:no_html_responses"] == 1


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
    from pipeline.cli import run

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
    rows = pq.read_table(tmp_path / "out" / "articles-00000-of-00001.parquet").to_pylist()
    rows += pq.read_table(tmp_path / "out" / "duplicates-00000-of-00001.parquet").to_pylist()
    assert {"p1", "p2", "j0", "j1", "j2"} <= {r["input_id"] for r in rows}
    crawled = [r for r in rows if r["url"] and r["url"].startswith("https://news.example/")]
    assert sorted(r["fetched"] for r in crawled) == [datetime.date(2024, 3, 5), datetime.date(2024, 3, 6)]
