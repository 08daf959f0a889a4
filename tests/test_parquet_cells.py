"""One Parquet value Python cannot hold costs its field (or its row), never the rest of the row group: a
``timestamp[ns]`` with real nanoseconds, a date past year 9999, bad UTF-8 in the text or only in the title.
Pages the decoder cannot read still end their row group, as one row that counts every input it stands for."""
from __future__ import annotations

import datetime
import io

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from wirewash.pipeline.report import check_accounting
from wirewash.transforms.core.counters import dict_counter
from wirewash.transforms.core.parse import RawDoc, ReadConfig, parse_file
from wirewash.transforms.core.readers.records import id_doc_id
from wirewash.transforms.core.schema import Rejected

UTC = datetime.timezone.utc
MARCH_1 = 1709287200  # 2024-03-01 10:00:00 UTC


def story(i: int) -> str:
    return f"LIMA, March 2 - Farmers in province {i} said the harvest of wheat fell after the river flooded."


def parse(source: str, data: bytes):
    counts, inc = dict_counter()
    return list(parse_file(source, data, ReadConfig(), inc)), dict(counts)


def parquet(table: pa.Table, **options) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(table, buffer, **options)
    return buffer.getvalue()


def raw_strings(values: list[bytes]) -> pa.Array:
    """A string column holding exactly these bytes: what a writer that never checked UTF-8 leaves."""
    return pa.array(values, pa.binary()).view(pa.string())


# --- timestamps and dates ----------------------------------------------------------------------------------


def test_a_real_nanosecond_costs_nothing_in_a_row_group_of_3000():
    """pandas and Spark write timestamp[ns]; one value off a whole microsecond lost rows 1025-3000."""
    ns = [MARCH_1 * 10**9] * 3000
    ns[1500] += 123_456_789
    table = pa.table({"id": [f"p{i}" for i in range(3000)], "text": [story(i) for i in range(3000)],
                      "date": pa.array(ns, pa.timestamp("ns"))})
    items, counts = parse("ns.parquet", parquet(table))
    assert counts == {"read:document": 3000}
    assert [d.source for d in items] == [f"ns.parquet#{n}" for n in range(1, 3001)]
    assert items[1500].published_at == datetime.datetime(2024, 3, 1, 10, 0, 0, 123456, tzinfo=UTC)
    assert items[1499].published_at == datetime.datetime(2024, 3, 1, 10, tzinfo=UTC)
    assert all(d.published == datetime.date(2024, 3, 1) and d.repaired == () for d in items)


def test_nanoseconds_read_as_the_microseconds_a_us_column_gives():
    moments = [MARCH_1 * 10**6 + 7, None]
    as_us = pa.table({"text": [story(0), story(1)], "date": pa.array(moments, pa.timestamp("us", "UTC"))})
    as_ns = as_us.set_column(1, "date", pa.array([MARCH_1 * 10**9 + 7_999, None], pa.timestamp("ns", "UTC")))
    us_docs, _ = parse("t.parquet", parquet(as_us))
    ns_docs, _ = parse("t.parquet", parquet(as_ns))
    def moments(docs):
        return [(d.published, d.published_at) for d in docs]

    assert moments(ns_docs) == moments(us_docs)
    assert us_docs[0].published_at == datetime.datetime(2024, 3, 1, 10, 0, 0, 7, tzinfo=UTC)
    assert type(ns_docs[0].published_at) is datetime.datetime  # not a pandas Timestamp, pandas or not


@pytest.mark.parametrize("far", [
    pa.array([0, 10**12, 1_700_000_000], pa.timestamp("s")),  # 10**12 s is the year 33658
    pa.array([0, 3_000_000, 19_675], pa.date32()),  # day 3,000,000 is the year 10183
], ids=["timestamp", "date32"])
def test_a_date_past_year_9999_nulls_that_date_alone_and_is_counted(far):
    """The whole file was one read_error ("OverflowError: date value out of range")."""
    table = pa.table({"id": ["a", "b", "c"], "text": [story(i) for i in range(3)], "date": far})
    items, counts = parse("far.parquet", parquet(table))
    assert counts == {"read:document": 3, "read:field:published_unparsed": 1}
    assert [(d.input_id, d.published, d.repaired) for d in items] == [
        ("a", datetime.date(1970, 1, 1), ()),
        ("b", None, ("published_unparsed",)),
        ("c", datetime.date(2023, 11, 14), ()),
    ]


def test_an_unreadable_title_is_null_and_counted_the_story_kept():
    table = pa.table({"text": [story(0), story(1)], "title": pa.array([3_000_000, None], pa.date32())})
    items, counts = parse("t.parquet", parquet(table))
    assert counts == {"read:document": 2, "read:field:title_unreadable": 1}
    assert [(d.title, d.repaired) for d in items] == [(None, ("title_unreadable",)), (None, ())]


def test_an_unreadable_id_or_text_rejects_its_row_only_saying_so():
    far = pa.array([10**15, MARCH_1 * 1000], pa.timestamp("ms"))  # 10**15 ms is the year 33658
    table = pa.table({"id": far, "text": [story(0), story(1)]})
    items, counts = parse("i.parquet", parquet(table))
    assert counts == {"read:rejected:bad_id": 2}
    assert items[0].detail.startswith("id is a value that cannot be read (timestamp[ms]: OverflowError")
    assert items[1].detail == "id is a datetime, not a string or an integer"
    table = pa.table({"id": ["a", "b"], "text": far})
    items, counts = parse("t.parquet", parquet(table))
    assert counts == {"read:rejected:no_text_field": 2}
    assert [(r.source, r.input_id, r.reason) for r in items] == [
        ("t.parquet#1", "a", "no_text_field"), ("t.parquet#2", "b", "no_text_field")]
    assert items[0].detail.startswith("'text' is a value that cannot be read (timestamp[ms]: OverflowError")


# --- bad UTF-8 ---------------------------------------------------------------------------------------------


def test_bad_utf8_in_one_text_is_read_as_a_binary_cell_is_and_counted():
    """One bad text cell lost 49 good articles as "corrupt_parquet ... 'utf-8' codec can't decode"."""
    texts = [story(i).encode() for i in range(50)]
    texts[25] = b"bad \xff\xfe utf8 " + texts[25]
    items, counts = parse("u.parquet", parquet(pa.table({"id": list(range(50)), "text": raw_strings(texts)})))
    assert counts == {"read:document": 50, "read:field:text_not_utf8": 1}
    assert all(isinstance(d, RawDoc) for d in items)
    assert [n for n, d in enumerate(items) if d.repaired] == [25] and items[25].repaired == ("text_not_utf8",)
    assert items[25].text.startswith("bad ") and items[25].text.endswith(story(25))
    assert items[24].text == story(24) and items[26].text == story(26)
    # The same bytes in a BINARY column: the same document, id and all.
    binary, counts = parse("u.parquet", parquet(pa.table({"id": list(range(50)), "text": pa.array(texts)})))
    assert counts == {"read:document": 50}
    assert (binary[25].text, binary[25].doc_id) == (items[25].text, items[25].doc_id)


def test_bad_utf8_only_in_a_title_repairs_that_title():
    table = pa.table({"id": ["x", "y"], "text": [story(0), story(1)],
                      "title": raw_strings([b"Caf\xe9 owners protest", b"Harvest falls"])})
    items, counts = parse("t.parquet", parquet(table))
    assert counts == {"read:document": 2, "read:field:title_not_utf8": 1}
    assert [(d.input_id, d.title, d.repaired) for d in items] == [
        ("x", "Café owners protest", ("title_not_utf8",)), ("y", "Harvest falls", ())]


def test_valid_utf8_everywhere_is_not_counted():
    table = pa.table({"id": ["x"], "text": [story(0) + " Café."], "title": ["Café owners protest"]})
    (doc,), counts = parse("t.parquet", parquet(table))
    assert counts == {"read:document": 1} and doc.title == "Café owners protest" and doc.repaired == ()


def test_a_categorical_title_with_bad_utf8_is_repaired_too():
    titles = raw_strings([b"Harvest falls", b"Caf\xe9 owners protest", b"Harvest falls"]).dictionary_encode()
    table = pa.table({"text": [story(i) for i in range(3)], "title": titles})
    items, counts = parse("c.parquet", parquet(table))
    assert counts == {"read:document": 3, "read:field:title_not_utf8": 1}
    assert [d.title for d in items] == ["Harvest falls", "Café owners protest", "Harvest falls"]


def test_bad_utf8_in_the_title_of_the_middle_row_group_loses_nothing():
    """Three row groups of 1,000: one title byte lost the 999 other rows of its group."""
    titles = [f"Story {i}".encode() for i in range(3000)]
    titles[1500] = b"Story \xff 1500"
    table = pa.table({"id": [f"r{i}" for i in range(3000)], "text": [story(i) for i in range(3000)],
                      "title": raw_strings(titles)})
    items, counts = parse("rg.parquet", parquet(table, row_group_size=1000))
    assert counts == {"read:document": 3000, "read:field:title_not_utf8": 1}
    assert [d.input_id for d in items] == [f"r{i}" for i in range(3000)]
    assert items[1500].repaired == ("title_not_utf8",) and items[1500].title.startswith("Story ")
    assert items[1501].title == "Story 1501"


# --- pages the decoder cannot read -------------------------------------------------------------------------


def damaged(rows: int, row_group_size: int, group: int, at: float) -> bytes:
    """``rows`` stories with ids; 64 bytes of row group ``group``'s text pages overwritten ``at`` that far
    into them (small pages, so the batches before the damage decode)."""
    table = pa.table({"id": [f"r{i}" for i in range(rows)], "text": [story(i) for i in range(rows)]})
    data = bytearray(parquet(table, row_group_size=row_group_size, use_dictionary=False,
                             data_page_size=4096, compression="snappy"))
    column = pq.ParquetFile(io.BytesIO(bytes(data))).metadata.row_group(group).column(1)
    start = column.data_page_offset + int(column.total_compressed_size * at)
    data[start : start + 64] = b"\xff" * 64
    return bytes(data)


def test_damaged_pages_reject_the_rest_of_their_group_as_one_row_counting_every_input():
    items, counts = parse("d.parquet", damaged(3000, 3000, 0, 0.9))
    docs = [i for i in items if isinstance(i, RawDoc)]
    (rejected,) = [i for i in items if isinstance(i, Rejected)]
    assert [d.input_id for d in docs] == [f"r{i}" for i in range(2048)]  # two batches of 1,024 decoded
    assert rejected.source == "d.parquet#2049" and rejected.reason == "corrupt_parquet"
    assert rejected.detail.startswith("row group 0 unreadable from row 2049 to 3000 (952 rows): ")
    assert counts == {
        "read:document": 2048, "read:rejected:corrupt_parquet": 952, "read:grouped_rejections": 951}
    written = {"write:articles": 2048, "write:rejected": 1}
    assert check_accounting({**counts, **written}) == {"inputs": 3000, "kept": 2048, "duplicates": 0,
                                                       "rejected": 952}


def test_a_damaged_middle_row_group_of_several_keeps_the_others_and_counts_its_rows():
    items, counts = parse("d.parquet", damaged(3000, 1000, 1, 0.5))
    kept = [i.input_id for i in items if isinstance(i, RawDoc)]
    assert kept == [f"r{i}" for i in (*range(1000), *range(2000, 3000))]
    (rejected,) = [i for i in items if isinstance(i, Rejected)]
    assert (rejected.source, rejected.doc_id != id_doc_id("d.parquet", "r1000")) == ("d.parquet#1001", True)
    assert rejected.detail.startswith("row group 1 unreadable from row 1001 to 2000 (1,000 rows): ")
    assert counts == {
        "read:document": 2000, "read:rejected:corrupt_parquet": 1000, "read:grouped_rejections": 999}


def test_a_damaged_group_of_one_row_is_one_rejection_and_nothing_grouped():
    items, counts = parse("d.parquet", damaged(3, 1, 1, 0.0))
    assert [(type(i).__name__, i.source) for i in items] == [
        ("RawDoc", "d.parquet#1"), ("Rejected", "d.parquet#2"), ("RawDoc", "d.parquet#3")]
    assert counts == {"read:document": 2, "read:rejected:corrupt_parquet": 1}


def test_the_report_counts_every_row_of_a_damaged_group_and_each_repaired_field(tmp_path):
    from wirewash.pipeline.cli import run

    words = [f"w{i}" for i in range(240)]
    texts = [" ".join(words[i * 40 : (i + 1) * 40]) + "." for i in range(6)]  # six unrelated texts
    table = pa.table({
        "id": [f"r{i}" for i in range(6)], "text": texts,
        "title": raw_strings([b"Caf\xe9", b"Harvest", b"x", b"y", b"Oslo", b"Riga"]),
        "date": pa.array([MARCH_1, 10**12, 0, 0, MARCH_1, MARCH_1], pa.timestamp("s")),
    })
    data = bytearray(parquet(table, row_group_size=2, compression="snappy"))
    column = pq.ParquetFile(io.BytesIO(bytes(data))).metadata.row_group(1).column(1)
    start = column.dictionary_page_offset if column.has_dictionary_page else column.data_page_offset
    data[start : start + column.total_compressed_size] = b"\xff" * column.total_compressed_size
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "d.parquet").write_bytes(bytes(data))
    report = run(["--input", str(tmp_path / "in"), "--output", str(tmp_path / "out")])
    assert report["accounting"] == "inputs 6 = kept 4 + duplicates 0 + rejected 2"
    assert report["rejected_by_reason"] == {"corrupt_parquet": 2} and report["grouped_rejections"] == 1
    assert report["fields_repaired"] == {"published_unparsed": 1, "title_not_utf8": 1}
    (row,) = pq.read_table(tmp_path / "out" / "rejected").to_pylist()
    assert row["source"].endswith("d.parquet#3") and "(2 rows)" in row["detail"]
    kept = pq.read_table(tmp_path / "out" / "articles").to_pylist()
    assert sorted((r["input_id"], r["title"]) for r in kept) == [
        ("r0", "Café"), ("r1", "Harvest"), ("r4", "Oslo"), ("r5", "Riga")]


# --- wirewash's own tables read back -----------------------------------------------------------------------


def _own_table(input_ids: list[str | None]) -> pa.Table:
    from wirewash.transforms.core.schema import ARTICLE_SCHEMA

    n = len(input_ids)
    columns = {f.name: pa.nulls(n, f.type) for f in ARTICLE_SCHEMA}
    columns.update(doc_id=pa.array([f"d{i}" for i in range(n)]), source=pa.array(["in.jsonl"] * n),
                   input_id=pa.array(input_ids, pa.string()), text=pa.array([story(i) for i in range(n)]))
    return pa.table(columns, schema=ARTICLE_SCHEMA)


def test_an_articles_table_read_back_keeps_the_ids_its_input_gave():
    """``--input out/articles``: the default --id_column (id) is not in wirewash's schema; its input_id is."""
    items, counts = parse("part-0.parquet", parquet(_own_table(["a1", None, "a3"])))
    assert counts == {"read:document": 3}
    assert [d.input_id for d in items] == ["a1", None, "a3"]
    assert items[0].doc_id == id_doc_id("part-0.parquet", "a1")


def test_a_table_with_its_own_id_column_is_read_by_it_not_by_input_id():
    table = _own_table(["a1"]).append_column("id", pa.array(["own"]))
    (item,), _ = parse("part-0.parquet", parquet(table))
    assert item.input_id == "own"
