"""The real job over seeds/, through the CLI entry point, as a user runs it."""
from __future__ import annotations

import datetime
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from conftest import table_rows
from wirewash.pipeline.cli import run
from wirewash.transforms.core.schema import ARTICLE_SCHEMA, REJECTED_SCHEMA, Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _rows(out: Path, name: str) -> list[dict]:
    return table_rows(out, name)


def _by_seed(rows: list[dict]) -> dict[str, dict]:
    return {Path(r["source"]).name[:3]: r for r in rows}


@pytest.fixture(scope="module")
def seed_run(seed_output):
    return seed_output


def test_seeds_give_four_kept_and_one_duplicate(seed_run):
    out, report = seed_run
    kept, dups = _by_seed(_rows(out, "articles")), _by_seed(_rows(out, "duplicates"))
    assert sorted(kept) == ["000", "001", "002", "004"] or sorted(kept) == ["000", "001", "003", "004"]
    assert len(dups) == 1
    (dup_seed, dup), = dups.items()
    other = "002" if dup_seed == "003" else "003"
    assert dup_seed in ("002", "003")
    assert dup["duplicate_of"] == kept[other]["doc_id"] == dup["cluster_id"]
    assert kept[other]["cluster_size"] == dup["cluster_size"] == 2
    assert 0.3 <= dup["similarity"] < 1.0
    for seed in ("000", "001", "004"):
        assert kept[seed]["cluster_size"] == 1 and kept[seed]["cluster_id"] == kept[seed]["doc_id"]
        assert kept[seed]["duplicate_of"] is None and kept[seed]["similarity"] is None
    assert _rows(out, "rejected") == []
    assert (report["inputs"], report["kept"], report["duplicates"], report["rejected"]) == (5, 4, 1, 0)


def test_outputs_follow_the_schema_and_read_as_one_dataset(seed_run):
    out, _ = seed_run
    for name, schema in (("articles", ARTICLE_SCHEMA), ("duplicates", ARTICLE_SCHEMA), ("rejected", REJECTED_SCHEMA)):
        files = list((out / name).iterdir())
        # Only Parquet files in a table's folder, and one even for an empty table: readers see the columns.
        assert files and all(f.suffix == ".parquet" for f in files), files
        for f in files:
            assert pq.read_schema(f).remove_metadata().equals(schema), f
    both = ds.dataset([ds.dataset(str(out / "articles")), ds.dataset(str(out / "duplicates"))])
    assert both.count_rows() == 5
    # One run folder, the current one; nothing else of wirewash's at the top.
    assert [p.name for p in (out / ".runs").iterdir()] == [os.readlink(out / ".current").split("/")[-1]]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [".current", ".output.lock", ".runs", "articles", "duplicates", "rejected", "report.json", "report.html",
         "README.md"]
    )
    # The lock outlives the run (removing it would race a third run) and names nobody once free.
    assert (out / ".output.lock").read_bytes() == b""
    # Every link resolves: report.html is written by a step that only logs its failure.
    assert "</html>" in (out / "report.html").read_text(encoding="utf-8")


def test_published_at_is_a_utc_timestamp_beside_the_day_and_round_trips():
    names = ARTICLE_SCHEMA.names
    assert names.index("published_at") == names.index("published") + 1
    assert ARTICLE_SCHEMA.field("published").type == pa.date32()
    assert ARTICLE_SCHEMA.field("published_at").type == pa.timestamp("us", tz="UTC")
    moment = datetime.datetime(1987, 3, 27, 12, 27, 3, 500, tzinfo=datetime.timezone.utc)
    rows = [Article("a", "s", "t", published=moment.date(), published_at=moment).to_row(), Article("b", "s", "t").to_row()]
    back = pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA).to_pylist()
    assert [(r["published"], r["published_at"]) for r in back] == [(moment.date(), moment), (None, None)]


def test_cleaning_on_seeds(seed_run):
    out, _ = seed_run
    rows = _by_seed(_rows(out, "articles") + _rows(out, "duplicates"))
    for r in rows.values():
        assert "\n\n\n" not in r["text"] and r["text"] == r["text"].strip()
        for junk in ("(Bloomberg)", "Most Read from", "READ MORE", "Loading...", "©", "Latest Stories",
                     "min read", "More stories like this", "(Updates with", "Route 6"):
            assert junk not in r["text"], (r["source"], junk)
        assert r["removed"], r["source"]
    assert rows["000"]["publisher"] == "Bloomberg"
    assert rows["000"]["text"].startswith("Kazakhstan’s ruling party won a commanding majority")
    assert "Starting Over" in rows["000"]["text"] and "‘Another Trap’" in rows["000"]["text"]
    assert rows["001"]["title"] == "Kazakh Leader Seeks Reset After Riots With Parliament Ballot"
    assert rows["001"]["text"].count("Kazakhstan holds parliamentary elections on Sunday") == 1
    assert rows["002"]["title"] == "Ruling party in Kazakhstan sweeps parliamentary election: exit polls"
    assert "Five other parties, which are also set to win seats in the parliament" not in rows["002"]["text"]
    assert "Five other parties set to win seats also support Tokayev." in rows["002"]["text"]
    assert "Reform agenda" in rows["002"]["text"]
    assert str(rows["003"]["published"]) == "2023-03-19"
    assert rows["003"]["text"].startswith("Kazakhstan’s ruling Amanat party has won a snap parliamentary election")
    r4 = rows["004"]
    assert (r4["byline"], r4["publisher"], str(r4["published"])) == ("Nariman Gizitdinov", "Bloomberg", "2022-11-21")
    assert r4["title"] == "Putin’s Vexing Kazakh Ally Stages Ballot After Riots, Purges"
    assert "Nickelback" not in r4["text"] and "Incumbent expected to win" not in r4["text"]
    assert r4["text"].rstrip().endswith("controlling the economy.”")
    rules = {rm["rule"] for rm in r4["removed"]}
    assert len(rules) >= 4


def test_report_counts_match_the_outputs(seed_run):
    out, report = seed_run
    on_disk = json.loads((out / "report.json").read_text())
    assert on_disk["accounting"] == "inputs 5 = kept 4 + duplicates 1 + rejected 0"
    removed_rows = sum(len(r["removed"]) for r in _rows(out, "articles") + _rows(out, "duplicates"))
    # Every removed piece is counted once: as boilerplate, or as metadata lifted into a column.
    assert sum(on_disk["removals_per_rule"].values()) + sum(on_disk["metadata_per_rule"].values()) == removed_rows
    assert {"headline", "date_prefix"} <= set(on_disk["metadata_per_rule"])
    assert not set(on_disk["metadata_per_rule"]) & set(on_disk["removals_per_rule"])
    assert on_disk["kept_without_title"] == sum(not r["title"] for r in _rows(out, "articles"))
    assert on_disk["run"]["id"] == os.readlink(out / ".current").split("/")[-1] and on_disk["run"]["duration_s"] > 0
    assert on_disk["clusters_by_size"] == {"1": 3, "2": 1}
    assert on_disk["options"]["dedup"]["verify"]["threshold"] == 0.3
    assert on_disk["versions"]["apache-beam"]


def test_a_chain_of_400_near_duplicates_in_one_file_converges(tmp_path):
    # Issue 13: each text a light edit of the one before. The run must finish, account for every input,
    # and never make a duplicate of a text it was not verified against.
    import random

    rng = random.Random(13)
    # Words of letters: a word with a digit is a figure or an id, and a text of nothing but those is one table,
    # whose entries verification compares slot by slot (four changed per step would make another table).
    vocab = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7)) for _ in range(3000)]
    words = [rng.choice(vocab) for _ in range(120)]
    (tmp_path / "in").mkdir()
    with open(tmp_path / "in" / "chain.jsonl", "w", encoding="utf-8") as f:
        for k in range(400):
            f.write(json.dumps({"id": f"c{k:03d}", "text": " ".join(words)}) + "\n")
            for i in rng.sample(range(len(words)), 4):
                words[i] = rng.choice(vocab)
            words.append(rng.choice(vocab))  # each longer than the last: a rank order along the chain
    report = run(["--input", str(tmp_path / "in"), "--output", str(tmp_path / "out")])
    assert report["inputs"] == 400 == report["kept"] + report["duplicates"]
    dups = table_rows(tmp_path / "out", "duplicates")
    assert dups and all(r["similarity"] >= 0.3 for r in dups)
    kept = {r["doc_id"] for r in table_rows(tmp_path / "out", "articles")}
    assert {r["duplicate_of"] for r in dups} <= kept  # a representative is never itself a duplicate
