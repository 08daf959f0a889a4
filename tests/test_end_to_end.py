"""The real job over seeds/, through the CLI entry point, as a user runs it."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipeline.cli import main, run
from transforms.core.schema import ARTICLE_SCHEMA, REJECTED_SCHEMA

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _rows(out: Path, name: str) -> list[dict]:
    files = sorted(out.glob(f"{name}-*.parquet"))
    assert files, f"no {name} output in {out}"
    return [row for f in files for row in pq.read_table(f).to_pylist()]


def _by_seed(rows: list[dict]) -> dict[str, dict]:
    return {Path(r["source"]).name[:3]: r for r in rows}


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    report = run(["--input", str(SEEDS / "*"), "--output", str(out)])
    return out, report


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
        for f in out.glob(f"{name}-*.parquet"):
            assert pq.read_schema(f).remove_metadata().equals(schema), f
    both = ds.dataset([str(p) for p in sorted(out.glob("*-of-*.parquet")) if not p.name.startswith("rejected")])
    assert both.count_rows() == 5
    assert not list(out.glob(".incomplete-*")), "staging folder left behind"


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
    assert sum(on_disk["removals_per_rule"].values()) == removed_rows
    assert on_disk["clusters_by_size"] == {"1": 3, "2": 1}
    assert on_disk["options"]["dedup"]["verify"]["threshold"] == 0.3
    assert on_disk["versions"]["apache-beam"]


def test_rerun_replaces_previous_output(tmp_path):
    out = tmp_path / "out"
    src = tmp_path / "in"
    src.mkdir()
    for f in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(f, src / f.name)
    assert main(["--input", str(SEEDS), "--output", str(out)]) == 0
    assert main(["--input", str(src), "--output", str(out)]) == 0
    assert len(_rows(out, "articles")) == 2
    assert json.loads((out / "report.json").read_text())["inputs"] == 2


def test_bad_options_fail_with_a_clear_message(tmp_path, capsys):
    assert main(["--output", str(tmp_path), "--bands", "100", "--rows", "3"]) == 2
    assert "exceeds num_perm" in capsys.readouterr().err
    assert main(["--output", str(tmp_path), "--treshold", "0.5"]) == 2
    assert "unknown flag(s): --treshold" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_a_chain_of_400_near_duplicates_in_one_file_converges(tmp_path):
    # Issue 13: each text a light edit of the one before. The run must finish, account for every input,
    # and never make a duplicate of a text it was not verified against.
    import random

    rng = random.Random(13)
    vocab = [f"w{rng.randrange(10**6):06d}" for _ in range(3000)]
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
    dups = [r for f in (tmp_path / "out").glob("duplicates-*.parquet") for r in pq.read_table(f).to_pylist()]
    assert dups and all(r["similarity"] >= 0.3 for r in dups)
    kept = {r["doc_id"] for f in (tmp_path / "out").glob("articles-*.parquet") for r in pq.read_table(f).to_pylist()}
    assert {r["duplicate_of"] for r in dups} <= kept  # a representative is never itself a duplicate
