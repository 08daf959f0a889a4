"""Hostile inputs found in session 15: each was read wrongly, lost an input or refused a run with an error
that did not say what was wrong, on main. Each test names what happened before."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.feather as feather
import pyarrow.orc as orc
import pyarrow.parquet as pq
import pytest
from conftest import snapshot, table_rows
from test_hostile_s14 import outcome, read, story
from wirewash.pipeline.cli import main
from wirewash.transforms.core.parse import RawDoc, ReadConfig

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _table_bytes(write, table: pa.Table) -> bytes:
    sink = io.BytesIO()
    write(table, sink)
    return sink.getvalue()


_TABLE = pa.table({"id": ["a", "b"], "text": [story(1), story(2)]})


@pytest.mark.parametrize("name", ["000000_0", "part-00000", "articles.parq", "articles.pq", "dump.bin"])
def test_a_parquet_file_under_a_name_no_reader_claims_is_read_by_its_magic(name):
    # Hive and Impala write a table's Parquet files without a suffix (000000_0). Before: one `binary`
    # rejection, "175 control characters in the first 64 KiB: not text", and none of its rows read.
    items, counts = read(name, _table_bytes(pq.write_table, _TABLE))
    assert outcome(items) == [(f"{name}#1", "RawDoc", None), (f"{name}#2", "RawDoc", None)]
    assert [i.input_id for i in items] == ["a", "b"]
    assert counts == {"read:document": 2}


def test_a_compressed_parquet_file_without_its_suffix_is_read_too():
    import gzip

    items, _ = read("000000_0.gz", gzip.compress(_table_bytes(pq.write_table, _TABLE)))
    assert [i.input_id for i in items if isinstance(i, RawDoc)] == ["a", "b"]


@pytest.mark.parametrize(
    ("name", "write", "named"),
    [
        ("x.feather", feather.write_feather, "Arrow IPC"),
        ("x.arrow", feather.write_feather, "Arrow IPC"),
        ("x.orc", orc.write_table, "ORC"),
    ],
)
def test_a_columnar_file_no_reader_reads_is_refused_naming_its_format(name, write, named):
    # Before: `binary`, "499 control characters in the first 64 KiB: not text": a table of articles rejected
    # as if it were an image, with nothing said of how to read it.
    items, counts = read(name, _table_bytes(write, _TABLE))
    assert outcome(items) == [(name, "Rejected", "unsupported_format")]
    assert named in items[0].detail and "Parquet" in items[0].detail
    assert counts == {"read:rejected:unsupported_format": 1}


def test_an_avro_or_sqlite_file_is_refused_naming_its_format():
    avro = b"Obj\x01" + b"\x04\x14avro.codec\x08null" + bytes(range(256)) * 4
    sqlite = b"SQLite format 3\x00" + bytes(range(256)) * 8
    for name, data, named in (("x.avro", avro, "Avro"), ("news.db", sqlite, "SQLite")):
        items, _ = read(name, data)
        assert outcome(items) == [(name, "Rejected", "unsupported_format")]
        assert named in items[0].detail


@pytest.mark.parametrize("opening", ["PAR1 results: the league table", "ORC chief says", "ORC\nThe band"])
def test_a_story_opening_with_a_tables_magic_letters_stays_text(opening):
    items, _ = read("story.txt", (opening + " " + story(3)).encode())
    assert outcome(items) == [("story.txt", "RawDoc", None)]


def test_a_struct_text_column_names_its_fields_not_a_pandas_table():
    # Before: "every field is an object keyed by row (1 in 'text'): a table written column by column, as
    # pandas' DataFrame.to_json() does": wrong for a Parquet struct column, and it named no way to read it.
    table = pa.table({"text": pa.array([{"body": story(1), "lang": "en"}])})
    items, _ = read("s.parquet", _table_bytes(pq.write_table, table))
    assert outcome(items) == [("s.parquet#1", "Rejected", "no_text_field")]
    assert "pandas" not in items[0].detail and "--text_column text.body" in items[0].detail
    items, _ = read("s.parquet", _table_bytes(pq.write_table, table), ReadConfig(text_column="text.body"))
    assert outcome(items) == [("s.parquet#1", "RawDoc", None)]


def test_a_json_text_that_is_an_object_names_the_dotted_column_holding_its_text():
    # WordPress's REST API gives {"content": {"rendered": "<p>...</p>", "protected": false}}. Before:
    # "'content' is an object, not a string", and {"text": {"en": ...}} alone was called a pandas table.
    wordpress = {"id": 7, "content": {"rendered": f"<p>{story(2)}</p>", "protected": False}}
    items, _ = read("wp.jsonl", (json.dumps(wordpress) + "\n").encode(),
                    ReadConfig(text_column="content"))
    assert outcome(items) == [("wp.jsonl#1", "Rejected", "no_text_field")]
    assert "--text_column content.rendered" in items[0].detail
    alone = {"text": {"en": story(3), "fr": "Court."}}
    items, _ = read("ml.jsonl", (json.dumps(alone) + "\n").encode())
    assert "pandas" not in items[0].detail and "--text_column text.en" in items[0].detail


def test_a_pandas_table_written_column_by_column_is_still_named_as_such():
    two_rows = {"id": {"0": "a", "1": "b"}, "text": {"0": story(4), "1": story(5)}}
    for table in (two_rows, {"text": {"0": story(6)}}):
        items, _ = read("cols.json", json.dumps(table).encode())
        assert [i.reason for i in items] == ["no_text_field"]
        assert "pandas" in items[0].detail


# A folder named in Latin-1 on a system that now runs UTF-8 ("März" saved as b"M\xe4rz").
LATIN1 = os.fsdecode(b"M\xe4rz")


def test_an_input_folder_whose_name_is_not_utf8_is_read(tmp_path, monkeypatch):
    # Before: exit 2, "'utf-8' codec can't encode character '\\udcff' in position 12: surrogates not allowed"
    # (Beam's coder, on the input pattern), and nothing read; files so named inside a folder were read.
    shutil.copytree(SEEDS, tmp_path / LATIN1)
    monkeypatch.chdir(tmp_path)
    assert main(["--input", LATIN1, "--output", "out"]) == 0
    sources = sorted(row["source"] for row in table_rows(tmp_path / "out", "articles"))
    assert len(sources) == 4 and all(s.startswith("M%E4rz/") for s in sources)
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["options"]["input"] == "M\\xe4rz"
    assert "input M\\xe4rz" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("flag", ["--output", "--index"])
def test_an_output_or_index_whose_path_is_not_utf8_is_a_usage_error_creating_nothing(tmp_path, monkeypatch,
                                                                                    capsys, flag):
    # Before: exit 2 with only "'utf-8' codec can't encode character '\\udcff'...", after the run folder (or
    # the index folder) had been created: Beam carries the paths it writes to as UTF-8 text.
    shutil.copytree(SEEDS, tmp_path / "feed")
    monkeypatch.chdir(tmp_path)
    before = snapshot(tmp_path)
    argv = ["--input", "feed", "--output", LATIN1] if flag == "--output" else [
        "--input", "feed", "--output", "out", "--index", LATIN1]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"{flag} M\\xe4rz: the path is not UTF-8 (byte 0xe4)" in err
    assert snapshot(tmp_path) == before


def _powershell_appended(records: list[dict], encoding: str = "utf-16-le") -> bytes:
    """UTF-8 JSON Lines, then lines appended as Windows PowerShell 5's ``>>`` (Out-File -Append) writes them:
    UTF-16 without a BOM, each ending in CR LF."""
    first, *appended = records
    head = (json.dumps(first, ensure_ascii=False) + "\n").encode("utf-8")
    return head + "".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in appended).encode(encoding)


def test_json_lines_appended_in_utf16_keep_every_record():
    # Before: the NULs of the appended lines made the whole file UTF-16, so its UTF-8 first record was lost
    # too: one malformed_json for the file, "not JSON Lines: 1 of its first 1 lines do not start with { or [".
    records = [{"id": "a", "text": story(1)}, {"id": "b", "text": story(2) + " Café — “quoted”."},
               {"id": "c", "text": story(3)}]
    items, counts = read("feed.jsonl", _powershell_appended(records, "utf-16-le"))
    assert outcome(items) == [("feed.jsonl#1", "RawDoc", None), ("feed.jsonl#2", "RawDoc", None),
                              ("feed.jsonl#3", "RawDoc", None)]
    assert [i.input_id for i in items] == ["a", "b", "c"]
    assert items[1].text.endswith("Café — “quoted”.")
    assert counts == {"read:document": 3, "read:field:mixed_encoding": 2}


def test_a_utf16_json_lines_file_without_a_bom_is_still_read_whole():
    data = "".join(json.dumps({"text": story(n)}) + "\r\n" for n in range(3)).encode("utf-16-le")
    items, counts = read("feed.jsonl", data)
    assert [type(i).__name__ for i in items] == ["RawDoc"] * 3 and counts == {"read:document": 3}


def test_a_utf16_line_holding_the_byte_of_a_newline_inside_a_character_is_one_record():
    # 上 is b"\x0a\x4e" in UTF-16 LE and Serbian Њ b"\x0a\x04": split at b"\n", their lines came in pieces.
    chinese = "哈萨克斯坦执政党在周日举行的议会选举中赢得了压倒性多数席位。上周" * 8
    serbian = "Њујорк " + story(5)
    records = [{"id": "a", "text": story(4)}, {"id": "b", "text": chinese}, {"id": "c", "text": serbian}]
    items, counts = read("feed.jsonl", _powershell_appended(records))
    assert [(i.input_id, type(i).__name__) for i in items] == [(n, "RawDoc") for n in "abc"]
    assert [i.text for i in items[1:]] == [chinese, serbian]
    # Numbered by the b"\n" its first piece starts after, so a record's name never depends on how it decodes.
    assert [i.source for i in items] == ["feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#11"]
    assert counts == {"read:document": 3, "read:field:mixed_encoding": 2}


@pytest.mark.parametrize(("argv", "named"), [
    (["--cluster_rounds", "0"], "--cluster_rounds must be >= 1"),
    (["--furniture_min_docs", "-1"], "--furniture_min_docs must be"),
    (["--furniture_max_short_words", "-1"], "--furniture_max_short_words must be"),
    (["--furniture_min_docs", "5", "--furniture_min_docs_long", "2"],
     "--furniture_min_docs_long (2) must be >= --furniture_min_docs (5)"),
    (["--min_words", "-1"], "--min_words must be"),
    # Before: "max_disagreeing, max_disagreeing_figures, max_disagreeing_title, max_days_apart,
    # max_own_passage, max_own_passage_apart and min_gained must be >= 0, got (-1, 1, 2, 1, 11, 9, 20)": four
    # of them no flag.
    (["--max_disagreeing", "-1"], "--max_disagreeing must be >= 0, got -1"),
    (["--max_own_passage", "-3"], "--max_own_passage must be >= 0, got -3"),
])
def test_an_option_error_names_the_flag_as_help_shows_it(tmp_path, monkeypatch, capsys, argv, named):
    # Before: "--rounds must be >= 1", "--min_docs must be an int >= 0", "FurnitureConfig.min_docs_long (2)
    # must be >= min_docs (5)": the config's field, a flag --help does not show.
    monkeypatch.chdir(tmp_path)
    assert main(["--output", "out", *argv]) == 2
    assert f"wirewash: {named}" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("method", "named"),
                         [(9, "Deflate64"), (98, "PPMd"), (93, "Zstandard"), (77, "unknown")])
def test_a_zip_member_in_a_compression_python_cannot_read_names_it_and_what_to_do(method, named):
    # Windows' compressed folders write Deflate64 (method 9) for large files. Before: the member's rejection
    # said only "That compression method is not supported", naming neither the method nor a way to read it.
    import zipfile

    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as archive:
        archive.writestr("a.txt", story(1))
        archive.writestr("b.txt", story(2), compress_type=zipfile.ZIP_DEFLATED)
    data = bytearray(sink.getvalue())
    local = data.find(b"PK\x03\x04", data.find(b"a.txt") + 5)  # b.txt's local header, then its central one
    central = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02") + 4)
    data[local + 8 : local + 10] = data[central + 10 : central + 12] = method.to_bytes(2, "little")
    items, counts = read("x.zip", bytes(data))
    assert outcome(items) == [("x.zip!a.txt", "RawDoc", None),
                              ("x.zip!b.txt", "Rejected", "unsupported_compression")]
    detail = items[1].detail
    assert named in detail and f"zip method {method}" in detail and "unpack" in detail


def _warc_response(uri: str, content_length: bytes | None = None) -> bytes:
    page = (f"<html><head><title>{uri}</title></head><body><article><p>{story(1)}</p><p>{story(2)}</p>"
            "</article></body></html>").encode()
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    length = str(len(block)).encode() if content_length is None else content_length
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Record-ID: <urn:uuid:{uri}>\r\nWARC-Date: 2024-03-04T10:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\n")
    return head.encode() + b"Content-Length: " + length + b"\r\n\r\n" + block + b"\r\n\r\n"


@pytest.mark.parametrize("length", [b"-5", b"abc", b"12k", b""])
@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_a_warc_record_whose_content_length_is_no_number_is_one_rejection_naming_it(length, gzipped):
    # Before: two rejections for the one record, corrupt_http "unreadable HTTP status line ''" (fastwarc read
    # its block as empty) and corrupt_warc "Invalid WARC header", neither naming the Content-Length.
    import gzip

    records = [_warc_response("http://a/1"), _warc_response("http://a/2", length)]
    records.append(_warc_response("http://a/3"))
    data = b"".join(gzip.compress(r) for r in records) if gzipped else b"".join(records)
    name = "crawl.warc.gz" if gzipped else "crawl.warc"
    items, counts = read(name, data)
    assert outcome(items) == [(f"{name}#1", "RawDoc", None), (f"{name}#2", "Rejected", "corrupt_warc"),
                              (f"{name}#3", "RawDoc", None)]
    assert f"Content-Length {length.decode()!r} is not a count of bytes" in items[1].detail
    assert [i.url for i in items if isinstance(i, RawDoc)] == ["http://a/1", "http://a/3"]


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_a_warc_whose_lines_end_in_lf_alone_says_it_was_converted_as_text(gzipped):
    # git's autocrlf or an editor turned CR LF into LF. Before: fastwarc read no record type, so each record
    # was skipped (read:skipped:warc_not_response) and the file was "no HTML response records in the WARC".
    import gzip

    records = [_warc_response(f"http://a/{n}").replace(b"\r\n", b"\n") for n in (1, 2)]
    data = b"".join(gzip.compress(r) for r in records) if gzipped else b"".join(records)
    name = "crawl.warc.gz" if gzipped else "crawl.warc"
    items, counts = read(name, data)
    assert outcome(items) == [(name, "Rejected", "corrupt_warc")]
    assert "end in LF alone" in items[0].detail and counts == {"read:rejected:corrupt_warc": 1}


def test_a_run_whose_summary_reader_went_away_still_exits_0(tmp_path):
    # `wirewash ... | head -0`, a `grep -q` that found its line: the run finished and switched its output in.
    # Before: exit 1 and "BrokenPipeError: [Errno 32] Broken pipe" from the summary line, which a script under
    # `set -o pipefail` took for a failed run.
    import subprocess
    import sys

    shutil.copytree(SEEDS, tmp_path / "feed")
    with open(tmp_path / "stderr", "wb") as err:
        run = subprocess.Popen([sys.executable, "-m", "wirewash", "--input", "feed", "--output", "out"],
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=err)
        run.stdout.close()  # the reader is gone before the summary is written
        assert run.wait(timeout=600) == 0
    assert "BrokenPipeError" not in (tmp_path / "stderr").read_text()
    assert len(table_rows(tmp_path / "out", "articles")) == 4



def _json_lines(count: int) -> bytes:
    return "".join(json.dumps({"id": f"r{n}", "text": story(n)}) + "\n" for n in range(count)).encode()


def _flipped(data: bytes, at: int) -> bytes:
    damaged = bytearray(data)
    damaged[at] ^= 0xFF
    return bytes(damaged)


@pytest.mark.parametrize(("damage", "why"), [(-8, "incorrect data check"), (-3, "incorrect length check")])
def test_a_gzip_whose_check_fails_keeps_every_record_inflated_before_it(damage, why):
    # A bad CRC or length is met after the member's last byte is inflated. Before: zlib dropped the output of
    # the call that met it, so a file under 64 KiB was one corrupt_gzip, "not a valid gzip stream: Error -3
    # while decompressing data: incorrect data check", every record lost (of a larger one, its last 64 KiB).
    import gzip

    packed = gzip.compress(_json_lines(12), mtime=0)
    items, counts = read("feed.jsonl.gz", _flipped(packed, len(packed) + damage))
    assert outcome(items) == [*((f"feed.jsonl.gz#{n}", "RawDoc", None) for n in range(1, 13)),
                              ("feed.jsonl.gz", "Rejected", "corrupt_gzip")]
    detail = items[-1].detail
    assert detail.startswith("the gzip data is damaged at byte ") and why in detail
    assert f"{len(_json_lines(12)):,} bytes into its inflated data" in detail
    assert counts == {"read:document": 12, "read:rejected:corrupt_gzip": 1}


@pytest.mark.parametrize("suffix", [".gz", ".xz", ".zst"])
def test_a_compressed_json_lines_file_cut_off_keeps_its_records_and_says_where_it_ends(suffix):
    # Before: "the gzip stream ends in the middle of its data", naming neither where nor what was kept.
    import gzip
    import lzma
    import random

    import zstandard

    # 300 KB: zstd inflates a block of up to 128 KiB only whole, so a cut keeps the blocks before it.
    words = random.Random(15).choices(["vote", "party", "turnout", "observers", "Astana", "seats"], k=40_000)
    lines = "".join(json.dumps({"id": f"r{n}", "text": " ".join(words[n * 200 : n * 200 + 200])}) + "\n"
                    for n in range(200)).encode()
    compress = {".gz": gzip.compress, ".xz": lzma.compress, ".zst": zstandard.ZstdCompressor().compress}
    packed = compress[suffix](lines)
    items, counts = read(f"feed.jsonl{suffix}", packed[: len(packed) * 3 // 4])
    kept = [i.input_id for i in items if isinstance(i, RawDoc)]
    assert kept and kept == [f"r{n}" for n in range(len(kept))] and len(kept) < 200
    assert outcome(items)[-1] == (f"feed.jsonl{suffix}", "Rejected", "truncated")
    kind = {".gz": "gzip", ".xz": "xz", ".zst": "zstd"}[suffix]
    cut = len(packed) * 3 // 4
    assert f"the {kind} stream ends in the middle of its data, at byte {cut:,} of the file" in (
        items[-1].detail)


@pytest.mark.parametrize("workers", ["-1", "-2"])
def test_a_negative_worker_count_is_a_usage_error(tmp_path, monkeypatch, capsys, workers):
    # Before: -2 ran until Beam's runner raised "IndexError: list index out of range" (exit 1, a traceback).
    # 0 stays Beam's "one worker per core".
    shutil.copytree(SEEDS, tmp_path / "feed")
    monkeypatch.chdir(tmp_path)
    before = snapshot(tmp_path)
    assert main(["--input", "feed", "--output", "out", "--direct_num_workers", workers]) == 2
    assert f"wirewash: --direct_num_workers must be >= 0 (0: one worker per core), got {workers}" in (
        capsys.readouterr().err)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("index", ["notes.txt", "notes.txt/idx"])
def test_an_index_that_is_a_file_or_under_one_says_so(tmp_path, monkeypatch, capsys, index):
    # Before: "--index notes.txt cannot be created: [Errno 17] File exists: 'notes.txt'" (or "[Errno 20] Not a
    # directory"), naming an OSError where the mistake is a file given for a folder.
    shutil.copytree(SEEDS, tmp_path / "feed")
    (tmp_path / "notes.txt").write_text("mine")
    monkeypatch.chdir(tmp_path)
    before = snapshot(tmp_path)
    assert main(["--input", "feed", "--output", "out", "--index", index]) == 2
    err = capsys.readouterr().err
    if index == "notes.txt":
        assert "--index notes.txt is a file, not an index folder; give a folder" in err
    else:
        above = tmp_path / "notes.txt"
        assert f"--index notes.txt/idx: {above} is a file, so the folder cannot be created" in err
    assert snapshot(tmp_path) == before and (tmp_path / "notes.txt").read_text() == "mine"


def test_a_json_lines_record_appended_in_windows_1252_is_counted_a_mixed_encoding():
    # As a record appended in UTF-16 is. Before: read right, in Windows-1252, but counted nothing, so a
    # UTF-8 file with a record from a Windows tool looked like a clean one.
    lines = [json.dumps({"id": n, "text": story(n) + " Café — “quoted”."}, ensure_ascii=False) for n in "abc"]
    data = (lines[0] + "\n").encode() + (lines[1] + "\r\n").encode("cp1252") + (lines[2] + "\n").encode()
    items, counts = read("feed.jsonl", data)
    assert [i.text for i in items] == [story(n) + " Café — “quoted”." for n in "abc"]
    assert [i.repaired for i in items] == [(), ("mixed_encoding",), ()]
    assert counts == {"read:document": 3, "read:field:mixed_encoding": 1}
    # A file in Windows-1252 from its first line beyond ASCII is one encoding, not a mix; a UTF-8 line in it
    # is.
    data = ((lines[1] + "\n").encode("cp1252") + (lines[2] + "\n").encode()
            + (lines[0] + "\n").encode("cp1252"))
    items, counts = read("feed.jsonl", data)
    assert counts == {"read:document": 3, "read:field:mixed_encoding": 1} and items[1].repaired == (
        "mixed_encoding",)


def _warc_text_response(uri: str, body: bytes, content_type: str) -> bytes:
    block = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Record-ID: <urn:uuid:{uri}>\r\nWARC-Date: 2024-03-04T10:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def test_a_warc_plain_text_response_is_read_as_the_article_it_is():
    # A wire service's plain-text story served over HTTP (text/plain). Before: skipped as warc_not_html, and a
    # WARC of such stories alone was one no_html_responses rejection.
    article = story(1) + "\n\n" + story(2) + " Café — “quoted”."
    records = [
        _warc_text_response("http://wire.example/story/1", article.encode("cp1252"),
                            "text/plain; charset=windows-1252"),
        _warc_text_response("http://wire.example/robots.txt", b"User-agent: *\nDisallow: /x\n", "text/plain"),
        _warc_text_response("http://wire.example/.well-known/security.txt", b"Contact: a@b\n", "text/plain"),
        _warc_text_response("http://wire.example/app.js", b"var x = 1;\n", "application/javascript"),
    ]
    items, counts = read("crawl.warc", b"".join(records))
    assert outcome(items) == [("crawl.warc#1", "RawDoc", None)]
    assert items[0].text == article and items[0].url == "http://wire.example/story/1"
    assert counts == {"read:document": 1, "read:skipped:warc_not_html": 3}
