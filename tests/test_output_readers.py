"""The output of a real run reads whole, one folder per table, in pandas, polars, DuckDB, pyarrow.dataset and
Hugging Face datasets (offline), empty tables included; its dataset card matches it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.dataset as ds
import pytest

from wirewash.pipeline import cli
from wirewash.pipeline.cli import run
from wirewash.transforms.core.schema import ARTICLE_SCHEMA, REJECTED_SCHEMA

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ROWS = {"articles": 4, "duplicates": 1, "rejected": 0}  # seeds/: rejected is the empty table
SCHEMAS = {"articles": ARTICLE_SCHEMA, "duplicates": ARTICLE_SCHEMA, "rejected": REJECTED_SCHEMA}


@pytest.fixture(scope="module")
def out(seed_output):
    return seed_output[0]


@pytest.mark.parametrize("name", list(ROWS))
def test_pandas_reads_each_table_folder(out, name):
    frame = pd.read_parquet(out / name)
    assert len(frame) == ROWS[name] and list(frame.columns) == SCHEMAS[name].names


@pytest.mark.parametrize("name", list(ROWS))
def test_polars_reads_each_table_folder(out, name):
    frame = pl.read_parquet(out / name / "*.parquet")
    assert frame.height == ROWS[name] and frame.columns == SCHEMAS[name].names


@pytest.mark.parametrize("name", list(ROWS))
def test_pyarrow_dataset_reads_each_table_folder(out, name):
    table = ds.dataset(out / name).to_table()
    assert table.num_rows == ROWS[name] and table.schema.names == SCHEMAS[name].names


def test_duckdb_queries_the_output(out):
    con = duckdb.connect()
    sizes = con.execute(
        f"SELECT cluster_size, count(*) FROM '{out}/articles/*.parquet' GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert sizes == [(1, 3), (2, 1)]
    (dup_rep,) = con.execute(
        f"SELECT a.doc_id = d.duplicate_of FROM '{out}/duplicates/*.parquet' d "
        f"JOIN '{out}/articles/*.parquet' a ON a.doc_id = d.cluster_id"
    ).fetchall()
    assert dup_rep == (True,)
    rules = con.execute(f"SELECT DISTINCT unnest(removed).rule FROM '{out}/articles/*.parquet'").fetchall()
    assert ("bloomberg_credit",) in rules
    assert con.execute(f"SELECT count(*) FROM '{out}/rejected/*.parquet'").fetchall() == [(0,)]
    assert [c[0] for c in con.execute(f"DESCRIBE SELECT * FROM '{out}/rejected/*.parquet'").fetchall()] == (
        REJECTED_SCHEMA.names
    )


@pytest.fixture(scope="module")
def hf_offline(tmp_path_factory):
    """datasets with no network and a cache of its own."""
    saved = {k: os.environ.get(k) for k in ("HF_DATASETS_OFFLINE", "HF_HUB_OFFLINE", "HF_HOME")}
    os.environ.update(HF_DATASETS_OFFLINE="1", HF_HUB_OFFLINE="1", HF_HOME=str(tmp_path_factory.mktemp("hf")))
    import datasets

    yield datasets
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def test_hf_datasets_loads_the_folder_by_its_card(out, hf_offline):
    articles = hf_offline.load_dataset(str(out), split="train")  # the card's default config
    assert articles.num_rows == 4 and articles.column_names == ARTICLE_SCHEMA.names
    dups = hf_offline.load_dataset(str(out), "duplicates", split="train")
    assert dups.num_rows == 1 and dups[0]["duplicate_of"] in set(articles["doc_id"])
    files = hf_offline.load_dataset("parquet", data_files=f"{out}/articles/*.parquet", split="train")
    assert sorted(files["doc_id"]) == sorted(articles["doc_id"])


def test_hf_datasets_sees_the_columns_of_an_empty_table(out, hf_offline):
    # datasets cannot build a split with no rows ("corresponds to no data"): a limit of the library, not of
    # the file. Streamed, the empty table has its columns and no rows.
    rejected = hf_offline.load_dataset(str(out), "rejected", split="train", streaming=True)
    assert list(rejected.features) == REJECTED_SCHEMA.names and list(rejected) == []


def test_dataset_card_describes_the_output(out):
    card = (out / "README.md").read_text()
    assert card.startswith("---\nconfigs:")  # Hugging Face datasets reads the file list from here
    assert 'path: "articles/*.parquet"' in card and 'path: "rejected/*.parquet"' in card
    assert "inputs 5 = kept 4 + duplicates 1 + rejected 0." in card
    assert "| `articles/` | 4 |" in card and "| `duplicates/` | 1 |" in card and "| `rejected/` | 0 |" in card
    for column in ("doc_id", "cluster_size", "similarity", "removed", "reason"):
        assert f"| `{column}` |" in card
    # Each table's ``removed`` said as it is: every removal of an article; a rejected text's only when it was
    # cleaned to too few words.
    articles, rejected = card.split("## Columns of rejected")
    assert "every piece of text the cleaner removed" in articles.split("## Columns of articles")[1]
    assert "(`too_short`, `mostly_furniture`)" in rejected.split("## Reading it")[0]
    assert f'pd.read_parquet("{out}/articles")' in card


def test_rerun_replaces_the_output_and_only_its_own_files(out, tmp_path, monkeypatch, caplog):
    again = tmp_path / "again"
    shutil.copytree(out, again, symlinks=True)
    first = os.readlink(again / ".current")
    (again / "notes.txt").write_text("mine")  # a file of the user's beside the output: never touched
    assert (again / "report.html").exists()

    # A report.html that cannot be rendered is logged; the run's data still replaces the old output, and no
    # stale page is left describing the previous run.
    def broken(*_args):
        raise RuntimeError("render bug")

    monkeypatch.setattr(cli, "render_report", broken)
    report = run(["--input", str(SEEDS / "00[01]*"), "--output", str(again)])
    assert report["inputs"] == 2 and "inputs 2 = kept 2" in (again / "README.md").read_text()
    assert len(pd.read_parquet(again / "articles")) == 2
    assert not (again / "report.html").exists()
    assert "report.html not written" in caplog.text
    # The previous run's folder is gone, and nothing else of the folder was touched.
    assert os.readlink(again / ".current") != first and not (again / first).exists()
    assert [p.name for p in (again / ".runs").iterdir()] == [report["run"]["id"]]
    assert (again / "notes.txt").read_text() == "mine"
