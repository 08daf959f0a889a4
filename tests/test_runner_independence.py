"""The same kept ids, clusters and duplicate_of whatever the runner mode, worker count and file layout.

Counts are compared as well as sets: multi_threading has been seen to lose elements, which a set of ids
would hide only if it lost a duplicate row, but a count never does. Documents carry JSON Lines ``id``s
(``input_id``), compared instead of doc_ids; the second layout splits them into other files, with other names,
in reverse order. A doc_id is unique per (file, id), so in another layout the doc_ids, and with them the
tie-break between equally ranked members, may differ: there the clusters (as sets of ids) must agree.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from wirewash.pipeline.cli import run

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CHAIN_GROUPS = 12
CHAIN_LENGTH = 4
TEMPLATE_COPIES = 9  # above --max_bucket below: exercises the hot-bucket linking
SINGLETONS = 20


def _edit(words: list[str], rng: random.Random, vocab: list[str], share: float) -> list[str]:
    out = list(words)
    for i in rng.sample(range(len(out)), int(len(out) * share)):
        out[i] = rng.choice(vocab)
    return out


def _corpus() -> list[dict]:
    """Seeds, chains of successive edits (ends not copies of each other, neighbours are), a templated
    group of equal-length copies (ties broken by id), and unrelated singletons."""
    rng = random.Random(4)
    # Words of letters: a text of words with digits is one table of figures, whose entries verification
    # compares slot by slot.
    vocab = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7)) for _ in range(3000)]
    records = [{"id": f"seed{p.name[:3]}", "text": p.read_text(encoding="utf-8")} for p in sorted(SEEDS.iterdir())]
    for g in range(CHAIN_GROUPS):
        words = [rng.choice(vocab) for _ in range(160 + g)]
        for k in range(CHAIN_LENGTH):
            records.append({"id": f"chain{g:02d}-{k}", "text": " ".join(words)})
            words = _edit(words, rng, vocab, 0.08)
    template = [rng.choice(vocab) for _ in range(120)]
    for k in range(TEMPLATE_COPIES):
        records.append({"id": f"tmpl-{k}", "text": " ".join(_edit(template, rng, vocab, 0.02))})
    for s in range(SINGLETONS):
        records.append({"id": f"single{s:02d}", "text": " ".join(rng.choice(vocab) for _ in range(100 + s))})
    return records


def _write(folder: Path, records: list[dict], files: int, prefix: str) -> Path:
    folder.mkdir(parents=True)
    for i in range(files):
        with open(folder / f"{prefix}{i}.jsonl", "w", encoding="utf-8") as f:
            for r in records[i::files]:
                f.write(json.dumps(r) + "\n")
    return folder


def _outcome(out: Path) -> dict:
    def rows(name):
        return [r for f in sorted((out / name).glob("*.parquet")) for r in pq.read_table(f).to_pylist()]

    kept, dups = rows("articles"), rows("duplicates")
    id_of = {r["doc_id"]: r["input_id"] for r in kept + dups}
    clusters: dict[str, list[str]] = {}
    for r in kept + dups:
        clusters.setdefault(r["cluster_id"], []).append(r["input_id"])
    return {
        "kept_count": len(kept),
        "kept": sorted((r["input_id"], id_of[r["cluster_id"]], r["cluster_size"]) for r in kept),
        "duplicate_count": len(dups),
        "duplicates": sorted(
            (r["input_id"], id_of[r["duplicate_of"]], id_of[r["cluster_id"]], r["cluster_size"], r["similarity"])
            for r in dups
        ),
        "clusters": sorted(sorted(members) for members in clusters.values()),
        "rejected_count": len(rows("rejected")),
    }


@pytest.fixture(scope="module")
def layouts(tmp_path_factory):
    root = tmp_path_factory.mktemp("layouts")
    records = _corpus()
    first = _write(root / "a", records, files=3, prefix="part-")
    second = _write(root / "zz_other", list(reversed(records)), files=5, prefix="batch_")
    return root, first, second, len(records)


def _run(root: Path, folder: Path, name: str, *flags: str) -> dict:
    out = root / f"out-{name}"
    report = run(["--input", str(folder), "--output", str(out), "--max_bucket", "5", *flags])
    outcome = _outcome(out)
    assert (report["kept"], report["duplicates"]) == (outcome["kept_count"], outcome["duplicate_count"])
    # Dedup counters (candidate and verified pairs, hot buckets, cluster sizes) must not depend on the runner.
    outcome["dedup_counters"] = {k: v for k, v in report["counters"].items() if k.startswith("dedup:")}
    return outcome


@pytest.fixture(scope="module")
def reference(layouts):
    root, first, _, total = layouts
    outcome = _run(root, first, "in_memory", "--direct_running_mode=in_memory")
    assert outcome["kept_count"] + outcome["duplicate_count"] + outcome["rejected_count"] == total
    return outcome


def test_reference_finds_the_planted_clusters(reference):
    cluster_of = {d: c for d, c, _ in reference["kept"]} | {d: c for d, _, c, _, _ in reference["duplicates"]}
    size_of = {d: s for d, _, s in reference["kept"]} | {d: s for d, _, _, s, _ in reference["duplicates"]}
    assert reference["rejected_count"] == 0
    assert reference["dedup_counters"]["dedup:hot_bucket"] > 0
    for g in range(CHAIN_GROUPS):
        members = [f"chain{g:02d}-{k}" for k in range(CHAIN_LENGTH)]
        # Successive edits keep the word count, so the doc_id tie-break (a hash of file and id) picks each
        # representative; no chaining: every member is in the cluster of a chain member it was verified against.
        assert {cluster_of[m] for m in members} <= set(members)
        assert any(cluster_of[m] != m for m in members)
    tmpl = [f"tmpl-{k}" for k in range(TEMPLATE_COPIES)]
    assert len({cluster_of[m] for m in tmpl}) == 1 and cluster_of["tmpl-0"] in tmpl
    assert size_of["tmpl-0"] == TEMPLATE_COPIES
    assert all(size_of[f"single{s:02d}"] == 1 for s in range(SINGLETONS))
    assert size_of["seed002"] == size_of["seed003"] == 2 and cluster_of["seed002"] == cluster_of["seed003"]
    assert reference["duplicate_count"] == sum(size - 1 for _d, _c, size in reference["kept"])


@pytest.mark.parametrize(
    "name, flags",
    [
        ("multi_threading", ["--direct_running_mode=multi_threading", "--direct_num_workers=2"]),
        ("multi_processing", ["--direct_running_mode=multi_processing", "--direct_num_workers=2"]),
    ],
)
def test_runner_modes_agree(layouts, reference, name, flags):
    root, first, _, _ = layouts
    assert _run(root, first, name, *flags) == reference


def test_other_file_layout_and_order_agree(layouts, reference):
    root, _, second, _ = layouts
    other = _run(root, second, "other_layout", "--direct_running_mode=in_memory")
    same = ("kept_count", "duplicate_count", "rejected_count", "clusters")
    assert {k: other[k] for k in same} == {k: reference[k] for k in same}
