"""A bad field is not a bad document: an over-long title, publisher or URL, and a date that cannot be read,
are repaired or dropped and counted (``read:field:<repair>``), never the reason a document is lost, never a
silent null. Also: which Parquet column is the text."""
from __future__ import annotations

import datetime
import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from wirewash.transforms.core.counters import dict_counter
from wirewash.transforms.core.html import PageText
from wirewash.transforms.core.parse import RawDoc, ReadConfig, parse_file
from wirewash.transforms.core.readers.records import from_epoch, published_of
from wirewash.transforms.core.readers.registry import parse_stream

STORY = "Kazakhstan's ruling party won Sunday's parliamentary election by a wide margin, officials said. " * 3
UTC = datetime.timezone.utc


def parse(source: str, data: bytes, cfg: ReadConfig | None = None):
    counts, inc = dict_counter()
    return list(parse_file(source, data, cfg or ReadConfig(), inc)), dict(counts)


def jsonl(*records: dict) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def parquet(table: pa.Table) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


# --- over-long metadata -------------------------------------------------------------------------------------


def test_an_over_long_title_is_cut_at_a_character_boundary_and_the_record_kept():
    """A 3 kB title rejected the whole record (field_too_long): the article was lost for its title."""
    title = "é" * 1500 + "end"  # 3,003 bytes; 2,048 bytes is 1,024 whole "é"
    (doc,), counts = parse("t.jsonl", jsonl({"id": "a", "text": STORY, "title": title}))
    assert isinstance(doc, RawDoc) and doc.text.startswith("Kazakhstan")
    assert doc.title == "é" * 1024 and len(doc.title.encode("utf-8")) == 2048
    assert counts == {"read:document": 1, "read:field:title_truncated": 1}


def test_a_title_exactly_at_the_limit_is_untouched():
    (doc,), counts = parse("t.jsonl", jsonl({"text": STORY, "title": "t" * 2048}))
    assert doc.title == "t" * 2048 and counts == {"read:document": 1}


def test_the_limit_is_read_configs_and_a_cut_never_splits_a_character():
    cfg = ReadConfig(max_title_bytes=5)
    (doc,), counts = parse("t.jsonl", jsonl({"text": STORY, "title": "ab€cd", "publisher": "Reuters"}), cfg)
    # "ab€" is 5 bytes, "ab€c" 6: the cut is after the euro sign; "Reuters" (7 bytes) shares the limit.
    assert (doc.title, doc.publisher) == ("ab€", "Reute")
    assert counts == {"read:document": 1, "read:field:title_truncated": 1, "read:field:publisher_truncated": 1}
    (doc,), _ = parse("t.jsonl", jsonl({"text": STORY, "title": "a€€"}), ReadConfig(max_title_bytes=3))
    assert doc.title == "a"  # "a€" would be 4 bytes: the half euro is not kept


def test_an_over_long_url_is_dropped_not_cut():
    """A cut URL would point elsewhere: it becomes null, counted, and the article is kept."""
    url = "https://x.example/" + "a" * 9000
    (doc,), counts = parse("u.jsonl", jsonl({"text": STORY, "url": url}))
    assert doc.url is None and doc.text
    assert counts == {"read:document": 1, "read:field:url_dropped": 1}


def test_an_over_long_id_still_rejects_the_record():
    """The id names the record (its doc_id): a cut id could name another record, so this stays a rejection."""
    (rej,), counts = parse("i.jsonl", jsonl({"text": STORY, "id": "i" * 1025}))
    assert rej.reason == "field_too_long" and "id is 1025 bytes, over 1024" in rej.detail
    assert counts == {"read:rejected:field_too_long": 1}


def test_parquet_and_html_titles_are_held_to_the_same_limit():
    """The limit is applied where every reader's documents pass (the registry): an HTML page's <title> had
    no limit at all."""
    data = parquet(pa.table({"text": [STORY], "title": ["p" * 5000]}))
    (doc,), counts = parse("d.parquet", data)
    assert doc.title == "p" * 2048 and counts["read:field:title_truncated"] == 1

    def extract(_html: str) -> PageText:
        return PageText(text=STORY, title="h" * 4000, url="https://x.example/" + "u" * 9000, date="not a date",
                        author=None, sitename=None)

    counts, inc = dict_counter()
    (doc,) = parse_stream("p.html", io.BytesIO(b"<html><body>x</body></html>"), ReadConfig(), inc, extract)
    assert (doc.title, doc.url, doc.published) == ("h" * 2048, None, None)
    assert dict(counts) == {"read:document": 1, "read:field:title_truncated": 1, "read:field:url_dropped": 1,
                            "read:field:published_unparsed": 1}


# --- dates ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value, moment", [
    (1709546400, datetime.datetime(2024, 3, 4, 10, 0, tzinfo=UTC)),  # seconds
    (1709546400123, datetime.datetime(2024, 3, 4, 10, 0, 0, 123000, tzinfo=UTC)),  # milliseconds
    (1709546400.5, datetime.datetime(2024, 3, 4, 10, 0, 0, 500000, tzinfo=UTC)),  # a float
    (100_000_000, datetime.datetime(1973, 3, 3, 9, 46, 40, tzinfo=UTC)),  # the first second accepted
    (100_000_000_000, datetime.datetime(1973, 3, 3, 9, 46, 40, tzinfo=UTC)),  # the first millisecond
])
def test_epoch_seconds_and_milliseconds_are_read_as_utc(value, moment):
    assert from_epoch(value) == moment
    assert published_of(value) == (moment.date(), moment, ())


@pytest.mark.parametrize("value", [
    20240304,  # a yyyymmdd number, not a time
    99_999_999,  # below the seconds range (1973)
    10_000_000_000,  # between the ranges: 2286 in seconds, 1970 in milliseconds
    10_000_000_000_000,  # past the milliseconds range (microseconds)
    -1709546400,
    float("nan"),
    float("inf"),
    True,
    7_258_118_400,  # 2200-01-01 in seconds: past the plausible years
])
def test_other_numbers_are_refused_and_counted(value):
    assert published_of(value) == (None, None, ("published_unparsed",))


@pytest.mark.parametrize("value", ["yesterday", "2024-02-30", "9999-12-31", "0000-00-00", "04/03/2024", ["2024"],
                                   {"y": 2024}])
def test_unreadable_date_strings_and_values_are_counted(value):
    assert published_of(value) == (None, None, ("published_unparsed",))


@pytest.mark.parametrize("value", [
    "2 December 2026", "2 Dec 2026", "Dec 2, 2026", "Dec. 2, 2026", "December 2 2026", "Tuesday, December 2, 2026",
    "Tue, 2 Dec 2026", "2 Dec. 2026", "2 DECEMBER 2026",
])
def test_a_date_with_its_month_named_is_read_as_that_day(value):
    """Were published_unparsed: the month's name leaves no doubt about the order of day and month."""
    assert published_of(value) == (datetime.date(2026, 12, 2), None, ())


@pytest.mark.parametrize("value, moment", [
    ("26-FEB-1987 15:01:01.79", datetime.datetime(1987, 2, 26, 15, 1, 1, 790000, tzinfo=UTC)),  # Reuters-21578
    (" 5-MAR-1987  9:05 ", datetime.datetime(1987, 3, 5, 9, 5, tzinfo=UTC)),
    ("26-Feb-1987T15:01:01", datetime.datetime(1987, 2, 26, 15, 1, 1, tzinfo=UTC)),
])
def test_a_day_month_year_date_with_dashes_is_read_with_its_time(value, moment):
    """Reuters-21578's own <DATE> form was published_unparsed for all of its records (fresh12 F7)."""
    assert published_of(value) == (moment.date(), moment, ())


def test_a_day_month_year_date_with_dashes_and_no_time_gives_the_day_only():
    assert published_of("26-FEB-1987") == (datetime.date(1987, 2, 26), None, ())


@pytest.mark.parametrize("value", ["26-FEB-87", "31-FEB-1987 10:00:00", "26-FEBR-1987"])
def test_a_dashed_date_with_no_century_or_no_such_day_stays_unread(value):
    assert published_of(value) == (None, None, ("published_unparsed",))


def test_a_dashed_date_with_no_such_time_keeps_its_day_and_counts_the_time():
    assert published_of("26-FEB-1987 25:00") == (datetime.date(1987, 2, 26), None, ("published_at_unparsed",))


@pytest.mark.parametrize("value, moment", [
    ("1764669600", datetime.datetime(2025, 12, 2, 10, 0, tzinfo=UTC)),
    (" 1764669600000 ", datetime.datetime(2025, 12, 2, 10, 0, tzinfo=UTC)),
])
def test_a_unix_time_as_a_string_of_digits_is_read_as_the_number(value, moment):
    assert published_of(value) == (moment.date(), moment, ())


@pytest.mark.parametrize("value", [
    "02/12/2026",  # 2 December or February 12: never guessed
    "20261202",  # a yyyymmdd, as the number is
    "10000000000",  # between the epoch ranges, as the number is
    "2 Decembre 2026",  # a month named in another language
    "Dec 32, 2026",
    "Dec 2, 2026 at noon",
])
def test_ambiguous_or_unknown_date_strings_stay_unread_and_counted(value):
    assert published_of(value) == (None, None, ("published_unparsed",))


@pytest.mark.parametrize("value, moment", [
    ({"$date": "2024-03-04T10:00:00Z"}, datetime.datetime(2024, 3, 4, 10, 0, tzinfo=UTC)),  # relaxed mode
    ({"$date": "2024-03-04T11:00:00.123+01:00"}, datetime.datetime(2024, 3, 4, 10, 0, 0, 123000, tzinfo=UTC)),
    # Canonical mode.
    ({"$date": {"$numberLong": "1709546400000"}}, datetime.datetime(2024, 3, 4, 10, 0, tzinfo=UTC)),
    ({"$date": 1709546400000}, datetime.datetime(2024, 3, 4, 10, 0, tzinfo=UTC)),  # legacy (v1) mode
    # Milliseconds however small: from_epoch would have read this one as seconds (2024-03-04).
    ({"$date": {"$numberLong": "1709546400"}}, datetime.datetime(1970, 1, 20, 18, 52, 26, 400000, UTC)),
    ({"$date": {"$numberLong": "-1000"}}, datetime.datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC)),
])
def test_a_mongoexport_date_is_read_as_the_moment_it_holds(value, moment):
    """``{"$date": ...}`` was published_unparsed: every record of a mongoexport dump lost its date (fresh11
    F14)."""
    assert published_of(value) == (moment.date(), moment, ())


@pytest.mark.parametrize("value", [
    {"$date": "soon"}, {"$date": True}, {"$date": 1.5}, {"$date": None}, {"$date": {"$numberLong": "12a"}},
    {"$date": {"$numberLong": 1709546400000}},  # canonical mode writes the number as a string
    {"$date": {"$numberLong": "9" * 18}},  # past datetime's years
    {"$date": "2024-03-04T10:00:00Z", "tz": "UTC"},  # not extended JSON: another key beside $date
])
def test_a_mongoexport_date_that_holds_no_date_is_counted(value):
    assert published_of(value) == (None, None, ("published_unparsed",))


def test_a_mongoexport_record_keeps_its_date_and_id_through_json_lines():
    record = {"_id": {"$oid": "65e59f0c1a2b3c4d5e6f7081"},
              "date": {"$date": {"$numberLong": "1709546400000"}}, "text": STORY}
    (doc,), counts = parse("export.jsonl", jsonl(record), ReadConfig(id_column="_id.$oid"))
    moment = datetime.datetime(2024, 3, 4, 10, 0, tzinfo=UTC)
    assert (doc.input_id, doc.published, doc.published_at) == (record["_id"]["$oid"], moment.date(), moment)
    assert counts == {"read:document": 1}


@pytest.mark.parametrize("value", [None, "", "   "])
def test_an_absent_date_is_not_a_problem(value):
    assert published_of(value) == (None, None, ())


@pytest.mark.parametrize("value", ["2024-03-04T25:00:00Z", "2024-03-04T10:00:00 Europe/London",
                                   "2024-03-04T10:00:00+2400", "2024-03-04 at noon"])
def test_a_time_of_day_that_cannot_be_read_is_counted(value):
    """The day was kept and the time dropped without a count: a feed whose every time names its zone lost
    every published_at unseen (fresh11 F10)."""
    assert published_of(value) == (datetime.date(2024, 3, 4), None, ("published_at_unparsed",))
    (doc,), counts = parse("t.jsonl", jsonl({"text": STORY, "date": value}))
    assert counts == {"read:document": 1, "read:field:published_at_unparsed": 1}


def test_a_title_url_or_publisher_that_is_a_list_or_object_is_dropped_and_counted():
    """A list-valued title (mongoexport, scrapers keeping every <h1>) became null uncounted (fresh11 F14); a
    number is still its string."""
    records = [{"text": STORY, "title": ["a", "b"], "url": {"href": "x"}, "publisher": True},
               {"text": STORY, "title": 7}]
    items, counts = parse("m.jsonl", jsonl(*records))
    assert [(i.title, i.url, i.publisher) for i in items] == [(None, None, None), ("7", None, None)]
    assert counts == {"read:document": 2, "read:field:title_not_text": 1, "read:field:url_not_text": 1,
                      "read:field:publisher_not_text": 1}


def test_dates_through_json_lines_and_parquet_are_counted_per_document():
    """Epoch numbers and unparseable dates became null silently: the report could not show them."""
    records = [{"text": STORY, "date": d} for d in (1709546400, 1709546400000, "soon", 20240304, None, "2024-03-04")]
    items, counts = parse("d.jsonl", jsonl(*records))
    assert [i.published for i in items] == [datetime.date(2024, 3, 4)] * 2 + [None] * 3 + [datetime.date(2024, 3, 4)]
    assert items[0].published_at == datetime.datetime(2024, 3, 4, 10, 0, tzinfo=UTC)
    assert items[5].published_at is None  # a bare date gives the day, no moment
    assert counts == {"read:document": 6, "read:field:published_unparsed": 2}
    # A Parquet int64 column of milliseconds, as pandas writes a timestamp cast to int.
    data = parquet(pa.table({"text": [STORY, STORY], "date": pa.array([1709546400000, 5], pa.int64())}))
    items, counts = parse("d.parquet", data)
    assert [i.published for i in items] == [datetime.date(2024, 3, 4), None]
    assert counts == {"read:document": 2, "read:field:published_unparsed": 1}


# --- which Parquet column is the text -------------------------------------------------------------------------


def test_parquet_with_text_and_content_reads_the_text_column():
    """The documented choice: ``--text_column`` names the text; a ``content`` beside it is never read."""
    data = parquet(pa.table({"content": ["the content column"], "text": [STORY]}))
    (doc,), _ = parse("tc.parquet", data)
    assert doc.text == STORY
    (doc,), _ = parse("tc.parquet", data, ReadConfig(text_column="content"))
    assert doc.text == "the content column"


@pytest.mark.parametrize("names, named", [
    (["text", "text", "id"], "2 columns named 'text'"),
    (["text", "id", "id"], "2 columns named 'id'"),
    (["text", "title", "title"], "2 columns named 'title'"),
])
def test_parquet_with_two_columns_of_one_name_is_refused(names, named):
    """Two ``text`` columns: pyarrow's to_pylist kept the last one, silently; which is the text is unknown."""
    table = pa.Table.from_arrays([pa.array([STORY]), pa.array(["second"]), pa.array(["third"])], names=names)
    (rej,), counts = parse("dup.parquet", parquet(table))
    assert rej.reason == "duplicate_column" and named in rej.detail, rej
    assert counts == {"read:rejected:duplicate_column": 1}


def test_parquet_with_a_duplicated_column_not_read_is_fine():
    table = pa.Table.from_arrays([pa.array([STORY]), pa.array(["x"]), pa.array(["y"])], names=["text", "n", "n"])
    (doc,), counts = parse("dup.parquet", parquet(table))
    assert doc.text == STORY and counts == {"read:document": 1}


def test_a_json_record_with_a_field_twice_is_refused_like_a_parquet_column_twice():
    """``{"text": "a", "text": "b"}``: json.loads kept the last text, silently dropping the first."""
    lines = [
        '{"id": "1", "text": "%s", "text": "a second text"}' % STORY,
        '{"id": "2", "text": "%s", "title": "One", "title": "Two"}' % STORY,
        '{"id": "3", "text": "%s", "meta": {"x": 1, "x": 2}, "title": "text"}' % STORY,  # not a field read
        '{"id": "4", "text": "%s"}' % STORY,
    ]
    for name, data in (("d.jsonl", "\n".join(lines)), ("d.json", "[" + ",".join(lines) + "]")):
        items, counts = parse(name, data.encode())
        assert [getattr(i, "reason", "kept") for i in items] == ["duplicate_column"] * 2 + ["kept"] * 2, name
        assert "'text' given more than once" in items[0].detail and "'title'" in items[1].detail
        assert counts == {"read:document": 2, "read:rejected:duplicate_column": 2}
        assert items[0].doc_id != items[1].doc_id
