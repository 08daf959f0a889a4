"""Cases 13 and 15 (../shared/cases): dataset column types, and two feeds whose ids collide; through the
CLI."""
from __future__ import annotations

import datetime
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from wirewash.pipeline.cli import run

CASES = Path(__file__).resolve().parent.parent.parent / "shared" / "cases"
if not CASES.is_dir():
    CASES = Path("/work/shared/cases")


def case_input(prefix: str) -> Path:
    found = sorted(CASES.glob(f"{prefix}-*/input"))
    if not found:
        pytest.skip(f"case {prefix} not found under {CASES}")
    return found[0]


def rows(out: Path, table: str) -> list[dict]:
    """Every row of one output table, in either layout (``table-*.parquet`` or a ``table/`` folder)."""
    files = sorted([*out.glob(f"{table}-*.parquet"), *out.glob(f"{table}/*.parquet")])
    return [row for f in files for row in pq.read_table(f).to_pylist()]


def test_case_13_column_types_are_read_not_rejected(tmp_path):
    out = tmp_path / "out"
    report = run(["--input", str(case_input("13")), "--output", str(out)])
    assert (report["inputs"], report["kept"], report["duplicates"], report["rejected"]) == (8, 8, 0, 0)
    kept = {r["input_id"] or r["source"].rsplit("/", 1)[1]: r for r in rows(out, "articles")}
    # a: BINARY text and title columns, decoded as UTF-8.
    assert kept["bin-1"]["title"] == "Old Mill bridge closed to heavy trucks"
    assert kept["bin-2"]["title"] == "Front Street bakery to close after 62 years"
    assert all(isinstance(kept[k]["text"], str) and len(kept[k]["text"]) > 100 for k in ("bin-1", "bin-2"))
    # b: int64 ids, a title column of Arrow type null, timestamps, an all-null url column.
    assert [kept[k]["published"] for k in ("101", "102", "103")] == [
        datetime.date(2024, 5, 2), None, datetime.date(2024, 11, 6)]
    assert all(kept[k]["url"] is None and kept[k]["title"] != "None" for k in ("101", "102", "103"))
    # c: an integer id, a null id (a generated 16-hex doc_id, never "None"), an impossible date.
    assert kept["7"]["published"] == datetime.date(2024, 7, 15)
    assert kept["7"]["title"] == "Zoo welcomes red panda cubs"
    no_id = [r for r in kept.values() if r["source"].endswith("c-records.jsonl#2")]
    assert len(no_id) == 1 and re.fullmatch("[0-9a-f]{16}", no_id[0]["doc_id"])
    assert no_id[0]["published"] is None and no_id[0]["title"] != "None"
    impossible = [r for r in kept.values() if r["source"].endswith("c-records.jsonl#3")]
    assert impossible[0]["published"] is None
    assert len({r["doc_id"] for r in kept.values()}) == 8


def test_case_15_colliding_ids_stay_distinct_and_the_copy_is_a_duplicate(tmp_path):
    out = tmp_path / "out"
    report = run(["--input", str(case_input("15")), "--output", str(out)])
    assert (report["inputs"], report["kept"], report["duplicates"], report["rejected"]) == (4, 3, 1, 0)
    kept, dups = rows(out, "articles"), rows(out, "duplicates")
    every = kept + dups
    assert len({r["doc_id"] for r in every}) == 4  # no two rows share a doc_id
    by_source = {"/".join(r["source"].split("/")[-2:]): r for r in every}
    assert {r["input_id"] for r in every} == {"1", "2"}
    (copy,) = dups
    assert copy["source"].endswith("outlet-b/feed.jsonl#1")
    assert copy["duplicate_of"] == by_source["outlet-a/feed.jsonl#1"]["doc_id"] != copy["doc_id"]
    # Y (outlet-a #2) and Z (outlet-b #2) share an id but not a story: both kept.
    assert {"outlet-a/feed.jsonl#2", "outlet-b/feed.jsonl#2"} <= {
        "/".join(r["source"].split("/")[-2:]) for r in kept}
