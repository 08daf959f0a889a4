"""Hostile inputs found in session 17: each lost records, cost time out of all proportion, or was refused
whole where only a part was bad, on main. Each test names what happened before."""

from __future__ import annotations

import json
import os
import time

import apache_beam as beam
import pytest
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to
from test_hostile_s14 import outcome, read, story
from test_hostile_s16 import _unclosed_page
from wirewash.transforms.core.counters import NAMESPACE
from wirewash.transforms.core.parse import ReadConfig
from wirewash.transforms.io import DOCS, REJECTED, ReadDocuments


def test_a_page_nested_2000_levels_deep_reads_every_paragraph_in_linear_time():
    # Before: trafilatura read each element's whole subtree, time growing with the square of the depth:
    # 600 paragraphs 2.1 s of CPU, 1,200 11 s, 2,000 minutes (an extraction_timeout in the pipeline).
    # After: 0.5 s, 0.9 s and 1.7 s (time.process_time, one run each).
    started = time.process_time()
    items, _ = read("unclosed.html", _unclosed_page(2000))
    took = time.process_time() - started
    assert outcome(items) == [("unclosed.html", "RawDoc", None)]
    numbers = [int(line.split()[1].rstrip(".")) for line in items[0].text.splitlines()
               if line.startswith("Paragraph ")]
    assert numbers == list(range(2000))
    assert took < 30, f"{took:.1f} s of CPU for 2,000 nested paragraphs"


def _line(n: int) -> str:
    return json.dumps({"id": f"r{n}", "text": story(n)})


@pytest.mark.parametrize("name", ["feed.jsonl", "feed.json", "feed.txt"])
def test_json_lines_ending_in_commas_are_read_record_by_record_and_counted(name):
    # An array's elements one per line without its brackets ("json-ish" exports). Before: the first record
    # read, then one malformed_json for the file ("after 1 JSON values: parse error"), the rest lost.
    data = ("\n".join(_line(n) + "," for n in range(2)) + "\n" + _line(2) + "\n").encode()
    items, counts = read(name, data)
    assert outcome(items) == [(f"{name}#{n}", "RawDoc", None) for n in (1, 2, 3)]
    assert [i.input_id for i in items] == ["r0", "r1", "r2"]
    assert counts["read:field:json_trailing_comma"] == 2


@pytest.mark.parametrize("name", ["slice.jsonl", "slice.json"])
def test_an_arrays_bracket_alone_on_its_line_among_json_lines_is_no_input(name):
    # A slice cut from the middle of an array split by lines: records ending in commas, then "]". Before: the
    # "]" was a malformed_json input that never existed ("Expecting value: line 1 column 1").
    data = ("\n".join(_line(n) + "," for n in range(2)) + "\n" + _line(2) + "\n]\n").encode()
    items, counts = read(name, data)
    assert outcome(items) == [(f"{name}#{n}", "RawDoc", None) for n in (1, 2, 3)]
    assert counts["read:skipped:json_array_bracket"] == 1


def test_a_comma_followed_by_more_than_blanks_is_still_malformed_json():
    items, _ = read("feed.jsonl", (_line(0) + "\n" + _line(1) + ", 7\n" + _line(2) + "\n").encode())
    assert outcome(items) == [("feed.jsonl#1", "RawDoc", None), ("feed.jsonl#2", "Rejected", "malformed_json"),
                              ("feed.jsonl#3", "RawDoc", None)]
    assert "Extra data" in items[1].detail


@pytest.mark.parametrize("comment", ["# exported 2024-03-04", "// batch 2", "  # indented"])
def test_comment_lines_among_json_lines_are_no_input_and_are_counted(comment):
    # Before: each comment line was a malformed_json input that never existed ("Expecting value"), and a
    # file opening with three of them one malformed_json "not JSON Lines" for all of its records.
    data = (f"{comment}\n{comment}\n{comment}\n{_line(0)}\n{comment}\n{_line(1)}\n").encode()
    items, counts = read("feed.jsonl", data)
    assert outcome(items) == [("feed.jsonl#4", "RawDoc", None), ("feed.jsonl#6", "RawDoc", None)]
    assert counts["read:skipped:json_comment"] == 4
    assert not any(name.startswith("read:rejected") for name in counts)


def test_a_file_of_comments_alone_is_one_empty_rejection():
    items, _ = read("feed.jsonl", b"# nothing exported\n// today\n")
    assert outcome(items) == [("feed.jsonl", "Rejected", "empty")]


def test_bare_values_in_json_lines_are_rejected_line_by_line_keeping_the_records():
    # Before: "not JSON Lines: 4 of its first 6 lines do not start with { or [", one rejection for the file,
    # and its record lost with it.
    data = ("1\n2\n\"hello\"\n[1, 2]\n" + _line(0) + "\ntrue\n").encode()
    items, counts = read("feed.jsonl", data)
    assert outcome(items) == [(f"feed.jsonl#{n}", "Rejected", "no_text_field") for n in (1, 2, 3, 4)] + [
        ("feed.jsonl#5", "RawDoc", None), ("feed.jsonl#6", "Rejected", "no_text_field")]
    assert [i.detail for i in items if hasattr(i, "detail")][:3] == [
        "record is an integer, not an object", "record is an integer, not an object",
        "record is a string, not an object"]
    assert counts["read:rejected:no_text_field"] == 5


def test_prose_under_a_json_lines_name_is_still_one_rejection_saying_it_is_no_json():
    data = (_line(0) + "\n" + "A line of the story, in prose.\n" * 50).encode()
    items, _ = read("story.jsonl", data)
    assert outcome(items) == [("story.jsonl", "Rejected", "malformed_json")]
    assert items[0].detail.startswith("not JSON Lines: 50 of its first 51 lines are no JSON value (line 2:")


def _records(n: int) -> list[dict]:
    return [{"id": f"p{i}", "text": story(i), "meta": {"tags": [{"k": 1}, {"k": 2}]}} for i in range(n)]


@pytest.mark.parametrize(("layout", "bad"), [
    # An element the parser refuses, on a line of its own: single quotes, a bare word.
    ("lines", lambda line: line.replace('"text": "Story', "'text': 'Story", 1).replace('"}', "'}", 1)),
    ("lines", lambda line: line.replace('"p1"', "p1", 1)),
    # A string cut short (its line ends inside it), in an array a value a line and pretty-printed.
    ("lines", lambda line: line[:-5]),
    ("pretty", lambda text: text.replace('"text": "Story number 1.', '"text": "Story number 1.\n cut', 1)),
    # A value never closed: the next one opens on its own line.
    ("lines", lambda line: line[:-1]),
    ("pretty", lambda text: text.replace('  },\n  {\n    "id": "p2"', '  ,\n  {\n    "id": "p2"', 1)),
])
def test_a_json_array_with_one_bad_element_loses_that_element_alone(layout, bad):
    # ijson has no lenient mode. Before: the elements before the bad one read, then one malformed_json for the
    # file ("after 1 array elements: lexical error: invalid char in json text."), every element after lost.
    records = _records(4)
    if layout == "lines":
        lines = [json.dumps(r) for r in records]
        lines[1] = bad(lines[1])
        data = "[\n" + ",\n".join(lines) + "\n]\n"
    else:
        text = json.dumps(records, indent=2)
        data = bad(text)
        assert data != text
    items, counts = read("feed.json", data.encode())
    assert outcome(items) == [("feed.json#1", "RawDoc", None), ("feed.json#2", "Rejected", "malformed_json"),
                              ("feed.json#3", "RawDoc", None), ("feed.json#4", "RawDoc", None)]
    assert [i.input_id for i in items if hasattr(i, "text")] == ["p0", "p2", "p3"]
    assert counts["read:rejected:malformed_json"] == 1


def test_the_elements_of_an_array_are_read_as_before():
    # Cut before parsing: ids, nested values, escapes and batches come out as the streamed parse gave them.
    records = _records(3)
    records[0]["text"] += ' "quoted" \\ back\\slash, [bracketed] {braced}'
    for indent in (None, 0, 2):
        items, counts = read("feed.json", json.dumps(records, indent=indent).encode())
        assert counts == {"read:document": 3}, indent
        assert items[0].text.endswith(' "quoted" \\ back\\slash, [bracketed] {braced}')
        assert [i.source for i in items] == [f"feed.json#{n}" for n in (1, 2, 3)]
    items, _ = read("batches.json", json.dumps([records[:2], records[2:]], indent=0).encode())
    assert [i.source for i in items] == ["batches.json#1.1", "batches.json#1.2", "batches.json#2.1"]


@pytest.mark.parametrize(("data", "commas"), [
    ("[\n{a},\n{b},\n]", 1),  # a trailing comma (JSON5, JavaScript)
    ("[{a},, {b}]", 1),
    ("{a},\n{b}\n", 1),  # objects one after another with commas between them, no brackets
])
def test_a_comma_too_many_between_json_values_is_passed_over_and_counted(data, commas):
    # Before: the elements before it read, then a malformed_json for the file ("after 2 array elements: parse
    # error: unallowed token"), a rejection for no input; values with commas between lost all but the first.
    a = json.dumps({"id": "a", "text": story(1)}, indent=2)
    b = json.dumps({"id": "b", "text": story(2)}, indent=2)
    items, counts = read("feed.json", data.replace("{a}", a).replace("{b}", b).encode())
    assert outcome(items) == [("feed.json#1", "RawDoc", None), ("feed.json#2", "RawDoc", None)]
    assert counts["read:skipped:json_extra_comma"] == commas


def test_json_arrays_one_after_another_are_all_read():
    # Two exports joined with cat. Before: the first array's records, then one malformed_json for the file
    # ("parse error: trailing garbage"), the second array's records lost.
    first = json.dumps([{"id": "a", "text": story(1)}], indent=2)
    second = json.dumps([{"id": "b", "text": story(2)}, {"id": "c", "text": story(3)}])
    items, _ = read("joined.json", (first + "\n" + second + "\n").encode())
    assert outcome(items) == [(f"joined.json#{n}", "RawDoc", None) for n in (1, 2, 3)]
    assert [i.input_id for i in items] == ["a", "b", "c"]
    items, _ = read("tail.json", (first + " trailing").encode())
    assert outcome(items) == [("tail.json#1", "RawDoc", None), ("tail.json", "Rejected", "malformed_json")]
    assert items[1].detail == "after 1 array element: data after the array's end"


@pytest.mark.parametrize(("suffix", "kind"), [(".gz", "gzip"), (".zst", "zstd"), (".bz2", "bzip2"), (".xz", "xz")])
def test_a_file_named_compressed_that_never_was_says_so(suffix, kind):
    # Before: "the gzip data is damaged at byte 1 of the file, 0 bytes into its inflated data: Error -3 while
    # decompressing data: incorrect header check": damage, where the file was never compressed at all.
    items, _ = read(f"feed.jsonl{suffix}", (_line(0) + "\n").encode())
    assert outcome(items) == [(f"feed.jsonl{suffix}", "Rejected", f"corrupt_{kind}")]
    assert items[0].detail.startswith(f"not {kind} data: the file starts with b'{{\"id\": \"r0\"")
    assert f"named {suffix} but never compressed?" in items[0].detail


def test_damage_after_a_compressed_start_is_still_damage():
    import gzip
    data = bytearray(gzip.compress(("\n".join(_line(n) for n in range(40)) + "\n").encode()))
    data[len(data) // 2] ^= 0xFF
    items, _ = read("feed.jsonl.gz", bytes(data))
    assert items[-1].reason == "corrupt_gzip" and items[-1].detail.startswith("the gzip data is damaged")


def test_read_documents_keeps_every_good_record_and_counts_what_is_no_input(tmp_path):
    # The kinds above through the pipeline's read: each record kept or rejected once, comments and commas
    # too many counted, never outputs.
    lines = ["# exported 2024-03-04", _line(0) + ",", "1", _line(1)]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n")
    elements = [json.dumps({"id": f"a{n}", "text": story(10 + n)}) for n in range(3)]
    elements[1] = elements[1][:-5]  # cut short on its line
    (tmp_path / "array.json").write_text("[\n" + ",\n".join(elements) + ",\n]\n")
    with test_pipeline.TestPipeline(runner="FnApiRunner") as p:
        read = p | ReadDocuments([f"{tmp_path}/*"], ReadConfig())
        assert_that(read[DOCS] | "Docs" >> beam.Map(lambda d: (os.path.basename(d.source), d.input_id)),
                    equal_to([("feed.jsonl#2", "r0"), ("feed.jsonl#4", "r1"), ("array.json#1", "a0"),
                              ("array.json#3", "a2")]), label="Docs")
        assert_that(read[REJECTED] | "Rejected" >> beam.Map(lambda r: (os.path.basename(r.source), r.reason)),
                    equal_to([("feed.jsonl#3", "no_text_field"), ("array.json#2", "malformed_json")]),
                    label="Rejected")
    counters = {c.key.metric.name: c.committed
                for c in p.result.metrics().query(MetricsFilter().with_namespace(NAMESPACE))["counters"]}
    assert counters["read:skipped:json_comment"] == 1
    assert counters["read:skipped:json_extra_comma"] == 1
    assert counters["read:field:json_trailing_comma"] == 1


def test_a_bare_value_among_pretty_printed_objects_is_its_own_record():
    # As the streamed parser read it: a bare value between objects is its own record, not one value with the
    # object after it (the cut at each top-level object's start keeps it so).
    a = json.dumps({"id": "a", "text": story(1)}, indent=2)
    b = json.dumps({"id": "b", "text": story(2)}, indent=2)
    items, _ = read("feed.json", f'{a}\n"a note"\n{b}\n'.encode())
    assert outcome(items) == [("feed.json#1", "RawDoc", None), ("feed.json#2", "Rejected", "no_text_field"),
                              ("feed.json#3", "RawDoc", None)]


@pytest.mark.parametrize("indent", [None, 2])
def test_a_raw_tab_in_a_json_array_string_is_read_as_in_json_lines(indent):
    # Each value is parsed as a JSON Lines line is. Before: ijson has no such mode, so the array stopped at the
    # first such string, one malformed_json after the records before it.
    records = [{"id": f"t{n}", "text": story(n)} for n in range(3)]
    data = json.dumps(records, indent=indent).replace("Story number 1", "Story\tnumber 1")
    items, counts = read("feed.json", data.encode())
    assert outcome(items) == [(f"feed.json#{n}", "RawDoc", None) for n in (1, 2, 3)]
    assert items[1].input_id == "t1" and "number 1. Kazakhstan" in items[1].text
    assert counts["read:field:json_control_characters"] == 1
