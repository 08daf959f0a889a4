"""Records where news APIs put them: inside an envelope (``--records_path``: NewsAPI's ``articles``,
Elasticsearch's ``hits.hits``), fields inside objects (dotted ``--text_column`` / ``--id_column``:
``_source.text``, mongoexport's ``_id.$oid``), and the run warnings when no record had the text or the id
field (newcomer's F8, F12; a mistyped --text_column beside text files, session 21)."""

from __future__ import annotations

import gzip
import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import table_rows
from wirewash.pipeline.cli import main
from wirewash.pipeline.report import warnings
from wirewash.transforms.core.counters import dict_counter
from wirewash.transforms.core.parse import RawDoc, ReadConfig, parse_file
from wirewash.transforms.core.schema import Rejected

STORY = "Kazakhstan's ruling party won Sunday's parliamentary election by a wide margin, officials said. "


def parse(source: str, data: bytes, cfg: ReadConfig | None = None):
    counts, inc = dict_counter()
    return list(parse_file(source, data, cfg or ReadConfig(), inc)), dict(counts)


def newsapi(*contents: str) -> dict:
    return {
        "status": "ok",
        "totalResults": len(contents),
        "articles": [{"title": f"t{i}", "content": c} for i, c in enumerate(contents)],
    }


ARTICLES = ReadConfig(text_column="content", records_path="articles")


# --- records inside an envelope ------------------------------------------------------------------------


def test_each_record_of_an_envelope_is_an_input_of_its_own():
    items, counts = parse(
        "n.json", json.dumps(newsapi(STORY + "one", STORY + "two"), indent=2).encode(), ARTICLES
    )
    assert [(i.source, i.title, i.text[-3:]) for i in items] == [
        ("n.json#1", "t0", "one"),
        ("n.json#2", "t1", "two"),
    ]
    assert counts == {"read:document": 2}


def test_envelopes_one_per_line_are_numbered_across_the_file_and_a_value_without_records_says_so():
    lines = [
        newsapi(STORY + "a", STORY + "b"),
        {"status": "error", "code": "rateLimited"},
        newsapi(),
        {"articles": {"content": STORY}},
        7,
        newsapi(STORY + "c"),
    ]
    data = gzip.compress("".join(json.dumps(v) + "\n" for v in lines).encode())
    items, counts = parse("pages.jsonl.gz", data, ARTICLES)
    got = [(i.source, i.text[-1:] if isinstance(i, RawDoc) else i.detail) for i in items]
    assert got == [
        ("pages.jsonl.gz#1", "a"),
        ("pages.jsonl.gz#2", "b"),
        ("pages.jsonl.gz#3", "no field 'articles' (--records_path); the record has 'status', 'code'"),
        # The empty page holds no input.
        (
            "pages.jsonl.gz#4",
            "field 'articles' is an object, not an array (--records_path); the record has 'articles'",
        ),
        ("pages.jsonl.gz#5", "no field 'articles' (--records_path); the value is a number"),
        ("pages.jsonl.gz#6", "c"),
    ]
    assert counts == {"read:document": 3, "read:rejected:no_text_field": 3}


def test_a_nested_records_path_with_dotted_fields_reads_an_elasticsearch_search_response():
    hits = [
        {"_id": str(n), "_source": {"body": STORY + str(n), "title": "ignored: not a field of the record"}}
        for n in range(3)
    ]
    response = {"took": 5, "hits": {"total": {"value": 3}, "hits": hits}}
    cfg = ReadConfig(text_column="_source.body", id_column="_id", records_path="hits.hits")
    items, counts = parse("search.json", json.dumps(response).encode(), cfg)
    assert [(i.input_id, i.text[-1]) for i in items] == [("0", "0"), ("1", "1"), ("2", "2")]
    assert counts == {"read:document": 3}


def test_an_oversized_record_is_its_own_rejection_and_a_broken_envelope_ends_after_its_records():
    big = {"articles": [{"content": "x" * 5000}, {"content": STORY}]}
    items, _ = parse(
        "big.json",
        json.dumps(big).encode(),
        ReadConfig(text_column="content", records_path="articles", max_doc_bytes=1000),
    )
    assert [(i.source, getattr(i, "reason", "kept")) for i in items] == [
        ("big.json#1", "too_large"),
        ("big.json#2", "kept"),
    ]
    cut = json.dumps(newsapi(STORY, STORY))[:-40].encode()
    items, _ = parse("cut.json", cut, ARTICLES)
    assert isinstance(items[0], RawDoc) and items[-1].reason == "malformed_json"
    assert items[-1].detail.startswith("after 1 record:")  # its noun in the number it takes ("1 records")


def test_an_envelope_of_no_records_is_one_empty_rejection():
    (item,), _ = parse("none.json", json.dumps(newsapi()).encode(), ARTICLES)
    assert (item.reason, item.detail) == ("empty", "no records in the array 'articles' (--records_path)")


def test_an_envelope_read_without_records_path_says_where_its_records_are():
    (item,), _ = parse(
        "n.json", json.dumps(newsapi(STORY, STORY)).encode(), ReadConfig(text_column="content")
    )
    assert item.reason == "no_text_field"
    assert item.detail.startswith(
        "looked for field 'content' (--text_column); field 'articles' is an array of 2 "
        "objects: use --records_path articles; the record has 'status'"
    )
    search = {"hits": {"hits": [{"_source": {"text": STORY}}]}}
    (item,), _ = parse("s.json", json.dumps(search).encode())
    assert "field 'hits.hits' is an array of 1 objects: use --records_path hits.hits" in item.detail


@pytest.mark.parametrize("records_path", ["a..b", ".a", "a."])
def test_a_records_path_with_an_empty_step_is_refused(records_path):
    with pytest.raises(ValueError, match="must be names joined by dots"):
        ReadConfig(records_path=records_path)


# --- dotted field paths --------------------------------------------------------------------------------


def test_a_dotted_text_column_steps_into_objects_and_a_literal_key_with_the_dot_wins():
    line = {"_id": "9", "_source": {"text": STORY + "nested"}}
    (doc,), _ = parse(
        "es.jsonl", json.dumps(line).encode(), ReadConfig(text_column="_source.text", id_column="_id")
    )
    assert doc.text.endswith("nested") and doc.input_id == "9"
    both = {"_source.text": STORY + "literal", "_source": {"text": STORY + "nested"}}
    (doc,), _ = parse("es.jsonl", json.dumps(both).encode(), ReadConfig(text_column="_source.text"))
    assert doc.text.endswith("literal")


def test_without_the_dotted_path_the_detail_names_it():
    (item,), _ = parse("es.jsonl", json.dumps({"_index": "news", "_source": {"text": STORY}}).encode())
    assert item.detail == (
        "looked for field 'text' (--text_column); field '_source' holds 'text': use "
        "--text_column _source.text; the record has '_index', '_source'"
    )


def test_pandas_orient_index_is_named_as_such_not_as_a_nested_field():
    table = {"0": {"text": STORY}, "1": {"text": STORY}}
    (item,), _ = parse("t.json", json.dumps(table).encode())
    assert (
        "as pandas' to_json(orient='index') writes" in item.detail
        and "--text_column 0.text" not in item.detail
    )


def test_a_mongoexport_id_is_read_by_its_dotted_path_and_the_object_alone_says_which():
    line = json.dumps({"_id": {"$oid": "65e59f0c1a2b3c4d5e6f7081"}, "text": STORY}).encode()
    (doc,), _ = parse("m.jsonl", line, ReadConfig(id_column="_id.$oid"))
    assert doc.input_id == "65e59f0c1a2b3c4d5e6f7081"
    (item,), _ = parse("m.jsonl", line, ReadConfig(id_column="_id"))
    assert (item.reason, item.detail) == (
        "bad_id",
        "id is an object, not a string or an integer; name a field of it with a dotted --id_column "
        "(_id.$oid)",
    )


def test_a_key_twice_on_a_dotted_path_is_ambiguous():
    (item,), _ = parse(
        "d.jsonl", b'{"_source": {"text": "a", "text": "b"}}\n', ReadConfig(text_column="_source.text")
    )
    assert (
        isinstance(item, Rejected)
        and item.reason == "duplicate_column"
        and "'text' of '_source.text'" in item.detail
    )


def test_a_dotted_text_column_reads_a_field_of_a_parquet_struct_column():
    table = pa.table({"_id": ["a", "b"], "_source": [{"text": STORY + "1"}, {"text": None}]})
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    items, counts = parse(
        "es.parquet", buffer.getvalue(), ReadConfig(text_column="_source.text", id_column="_id")
    )
    assert isinstance(items[0], RawDoc) and items[0].text.endswith("1") and items[0].input_id == "a"
    assert (items[1].reason, items[1].detail) == ("no_text_field", "'_source.text' is null, not a string")
    (item,), _ = parse("es.parquet", buffer.getvalue(), ReadConfig(text_column="_source.body"))
    assert item.reason == "no_text_column" and item.detail.startswith(
        "no column '_source.body'; columns: _id"
    )


# --- run warnings --------------------------------------------------------------------------------------


def test_a_run_that_read_no_document_warns_and_names_the_text_field():
    (line,) = warnings({"read:rejected:no_text_field": 3, "read:rejected:malformed_json": 1}, ReadConfig())
    assert line.startswith(
        "no input was read as a document: 4 rejected while reading (no_text_field 3, "
        "malformed_json 1); the text is the field 'text' (--text_column)"
    )
    assert "--records_path articles" in line
    (line,) = warnings({"read:rejected:bad_id": 2}, ReadConfig(id_column="_id"))
    assert line == "no input was read as a document: 2 rejected while reading (bad_id 2)"
    assert warnings({}, ReadConfig()) == []


def test_an_id_column_no_record_had_warns_only_when_given():
    read = {"read:document": 3, "write:articles": 3}
    (line,) = warnings(read, ReadConfig(id_column="nosuch"))
    assert line.startswith("no record had the id field 'nosuch' (--id_column)")
    assert warnings(read, ReadConfig()) == []  # the default: records without ids are common
    assert warnings({**read, "read:with_id": 1}, ReadConfig(id_column="guid")) == []


def test_a_text_column_no_record_had_warns_only_when_given():
    """A mistyped --text_column beside files read as text: the records all no_text_field, the run otherwise
    fine, and no word of it on the terminal, where a mistyped --id_column warned."""
    read = {"read:document": 3, "read:rejected:no_text_field": 2, "write:articles": 3}
    (line,) = warnings(read, ReadConfig(text_column="bdy"))
    assert line.startswith("no record had the text field 'bdy' (--text_column): 2 rejected as no_text_field")
    (line,) = warnings({**read, "read:rejected:no_text_column": 1}, ReadConfig(text_column="bdy"))
    assert "(--text_column): 3 rejected" in line
    assert warnings(read, ReadConfig()) == []  # the default, as --id_column's
    assert warnings({**read, "read:with_text_field": 1}, ReadConfig(text_column="body")) == []
    assert warnings({"read:document": 3}, ReadConfig(text_column="body")) == []  # no record at all
    # Both mistyped: both said.
    assert len(warnings(read, ReadConfig(text_column="bdy", id_column="guid"))) == 2


def test_a_run_with_a_mistyped_text_column_beside_text_files_warns(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text(STORY * 3)
    (tmp_path / "in" / "feed.jsonl").write_text(json.dumps({"id": "1", "body": STORY * 3 + "Two."}) + "\n")
    pq.write_table(pa.table({"body": [STORY * 3 + "Three."]}), tmp_path / "in" / "rows.parquet")
    assert main(["--input", str(tmp_path / "in"), "--output", str(tmp_path / "o1"), "--text_column", "bdy"]) == 0
    said = "no record had the text field 'bdy' (--text_column): 2 rejected as no_text_field or no_text_column"
    assert f"wirewash: warning: {said}" in capsys.readouterr().err
    report = json.loads((tmp_path / "o1" / "report.json").read_text())
    assert report["kept"] == 1 and report["warnings"][0].startswith(said)
    assert main(["--input", str(tmp_path / "in"), "--output", str(tmp_path / "o2"), "--text_column", "body"]) == 0
    assert "warning" not in capsys.readouterr().err
    report = json.loads((tmp_path / "o2" / "report.json").read_text())
    assert report["counters"]["read:with_text_field"] == 2 and report["rejected"] == 0 and report["warnings"] == []


def test_an_all_rejected_envelope_run_warns_and_the_option_reads_it(tmp_path, capsys):
    feed = tmp_path / "in" / "newsapi.json"
    feed.parent.mkdir()
    feed.write_text(json.dumps(newsapi(STORY * 3 + "one.", STORY * 3 + "two.")))
    assert main(["--input", str(feed), "--output", str(tmp_path / "o1"), "--text_column", "content"]) == 0
    assert "warning: no input was read as a document: 1 rejected while reading (no_text_field 1)" in (
        capsys.readouterr().err
    )
    report = json.loads((tmp_path / "o1" / "report.json").read_text())
    assert report["inputs"] == 1 and report["warnings"][0].startswith("no input was read as a document")
    assert (
        main(
            [
                "--input",
                str(feed),
                "--output",
                str(tmp_path / "o2"),
                "--text_column",
                "content",
                "--records_path",
                "articles",
            ]
        )
        == 0
    )
    assert "warning" not in capsys.readouterr().err
    assert sorted(r["source"][-2:] for r in table_rows(tmp_path / "o2", "articles")) == ["#1", "#2"]
    report = json.loads((tmp_path / "o2" / "report.json").read_text())
    assert (report["inputs"], report["options"]["read"]["records_path"]) == (2, "articles")
