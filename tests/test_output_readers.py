"""The output of a real run reads as datasets in pyarrow and DuckDB, and its dataset card matches it."""

from __future__ import annotations

import glob
import shutil
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest

from pipeline import cli
from pipeline.cli import run

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def out(seed_output):
    return seed_output[0]


def test_pyarrow_dataset_reads_articles_and_duplicates_as_one(out):
    files = sorted(glob.glob(f"{out}/articles-*.parquet") + glob.glob(f"{out}/duplicates-*.parquet"))
    table = ds.dataset(files).to_table(columns=["doc_id", "duplicate_of"])
    assert table.num_rows == 5
    assert sum(v is not None for v in table.column("duplicate_of").to_pylist()) == 1


def test_duckdb_queries_the_output(out):
    con = duckdb.connect()
    sizes = con.execute(
        f"SELECT cluster_size, count(*) FROM '{out}/articles-*.parquet' GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert sizes == [(1, 3), (2, 1)]
    (dup_rep,) = con.execute(
        f"SELECT a.doc_id = d.duplicate_of FROM '{out}/duplicates-*.parquet' d "
        f"JOIN '{out}/articles-*.parquet' a ON a.doc_id = d.cluster_id"
    ).fetchall()
    assert dup_rep == (True,)
    rules = con.execute(f"SELECT DISTINCT unnest(removed).rule FROM '{out}/articles-*.parquet'").fetchall()
    assert ("bloomberg_credit",) in rules


def test_dataset_card_describes_the_output(out):
    card = (out / "README.md").read_text()
    assert card.startswith("---\nconfigs:")  # Hugging Face datasets reads the file list from here
    assert "inputs 5 = kept 4 + duplicates 1 + rejected 0." in card
    assert "| `articles-*.parquet` | 4 |" in card and "| `duplicates-*.parquet` | 1 |" in card
    for column in ("doc_id", "cluster_size", "similarity", "removed", "reason"):
        assert f"| `{column}` |" in card
    assert f"'{out}/articles-*.parquet'" in card


def test_rerun_replaces_the_card_and_report_html(out, tmp_path, monkeypatch, caplog):
    again = tmp_path / "again"
    shutil.copytree(out, again)
    assert (again / "report.html").exists()
    run(["--input", str(SEEDS / "00[01]*"), "--output", str(again)])
    assert "inputs 2 = kept 2" in (again / "README.md").read_text()
    assert "inputs 2 = kept 2" in (again / "report.html").read_text()
    assert not list(again.glob(".incomplete-*"))

    # A report.html that cannot be rendered is logged; the run's data still replaces the old output, and no
    # stale page is left describing the previous run.
    def broken(*_args):
        raise RuntimeError("render bug")

    monkeypatch.setattr(cli, "render_report", broken)
    report = run(["--input", str(SEEDS / "000*"), "--output", str(again)])
    assert report["inputs"] == 1 and "inputs 1 = kept 1" in (again / "README.md").read_text()
    assert not (again / "report.html").exists()
    assert "report.html not written" in caplog.text
