"""Labelled near-duplicate pairs over real corpora ("is B a copy of A?"), and their scorer.

``dedup_pairs.jsonl`` (next to this module) references the corpora by id and never holds their text:

    {"pair_id": str, "kind": str, "label": bool, "split": "dev"|"test", "note": str,
     "a": {"corpus": "reuters"|"bbc", "id": str},
     "b": {"corpus": ..., "id": ...} | {"generated": {"from": <ref>, "ops": [str], "seed": int}}}

Reuters ids are NEWIDs ("1".."21578"), BBC ids are "<category>/<NNN>" ("business/001"). A generated side is
rebuilt by :func:`benchmarks.eval.copies.syndicate`. See benchmarks/eval/README.md for how pairs were found
and labelled.

Usage::

    pairs = load_pairs("dev")
    report = score(pairs, {p.pair_id: my_system_says_duplicate(p) for p in pairs})
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from benchmarks.eval.copies import syndicate
from benchmarks.eval.reuters import DEFAULT_DATA_DIR, load_stories

PAIRS_PATH = Path(__file__).with_name("dedup_pairs.jsonl")
SPLITS = ("dev", "test")
POSITIVE_KINDS = ("reuters_resend", "bbc_duplicate", "syndicated")
NEGATIVE_KINDS = ("reuters_templated", "reuters_update", "bbc_followup")


@dataclass(frozen=True)
class Article:
    """``publisher``: the corpus's one publisher (Reuters, BBC); None for a generated copy, whose outlet is
    another, unknown one."""

    title: str
    text: str
    date: str | None
    publisher: str | None = None


@dataclass(frozen=True)
class Pair:
    """One labelled pair; label True means B is a copy of A. date_* is ISO 8601 or None (BBC has none);
    publisher_* as ``Article.publisher``."""

    pair_id: str
    kind: str
    label: bool
    text_a: str
    text_b: str
    title_a: str
    title_b: str
    date_a: str | None
    date_b: str | None
    publisher_a: str | None = None
    publisher_b: str | None = None


def read_rows(path: Path = PAIRS_PATH) -> list[dict]:
    """The raw pair records, in file order."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@lru_cache(maxsize=4)
def _reuters(data_dir: Path) -> dict[str, Article]:
    return {i: Article(s.title, s.text, s.date, "Reuters") for i, s in load_stories(data_dir).items()}


def read_bbc(path: Path) -> Article:
    """One BBC file: first line the headline, the rest the body; UTF-8, else latin-1 (one file)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    title, _, body = text.partition("\n")
    return Article(title.strip(), body.strip("\n"), None, "BBC")


def _resolve(ref: dict, data_dir: Path) -> Article:
    if "generated" in ref:
        gen = ref["generated"]
        source = _resolve(gen["from"], data_dir)
        text, title = syndicate(source.text, source.title, gen["ops"], gen["seed"])
        return Article(title, text, source.date)
    if ref["corpus"] == "reuters":
        return _reuters(data_dir)[ref["id"]]
    if ref["corpus"] == "bbc":
        return read_bbc(data_dir / "bbc-news" / f"{ref['id']}.txt")
    raise ValueError(f"unknown corpus in pair reference {ref!r}")


def load_pairs(split: str, data_dir: Path = DEFAULT_DATA_DIR, path: Path = PAIRS_PATH) -> list[Pair]:
    """All pairs of one split ("dev" or "test"), texts resolved from the corpora under data_dir.

    Raises ValueError on an unknown split, KeyError/FileNotFoundError when a referenced article is missing.
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    pairs = []
    for row in read_rows(path):
        if row["split"] != split:
            continue
        a, b = _resolve(row["a"], Path(data_dir)), _resolve(row["b"], Path(data_dir))
        pairs.append(Pair(row["pair_id"], row["kind"], bool(row["label"]), a.text, b.text,
                          a.title, b.title, a.date, b.date, a.publisher, b.publisher))
    return pairs


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def score(pairs: list[Pair], predicted: dict[str, bool]) -> dict:
    """Precision/recall/F1 of predicted duplicate flags against the labels, overall and per kind.

    predicted maps pair_id -> True when the system calls B a copy of A; a pair missing from it counts as
    predicted False and is counted in ``missing``. Returns
    ``{"overall": {n, tp, fp, fn, tn, precision, recall, f1, missing}, "per_kind": {kind: {...}}}``: a
    positive kind reports recall (its precision is 1.0 whenever it has a true positive, as it holds no
    negatives); a negative kind reports ``false_positive_rate`` = fp / n, its share wrongly called copies.
    """
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"n": 0, "tp": 0, "fp": 0, "fn": 0, "tn": 0})
    missing = 0
    for pair in pairs:
        missing += pair.pair_id not in predicted
        guess = bool(predicted.get(pair.pair_id, False))
        outcome = ("tp" if guess else "fn") if pair.label else ("fp" if guess else "tn")
        for key in ("__overall__", pair.kind):
            counts[key]["n"] += 1
            counts[key][outcome] += 1
    overall = counts.pop("__overall__", {"n": 0, "tp": 0, "fp": 0, "fn": 0, "tn": 0})
    per_kind = {}
    for kind, c in sorted(counts.items()):
        row = dict(c, **_prf(c["tp"], c["fp"], c["fn"]))
        if c["tp"] + c["fn"] == 0:
            row["false_positive_rate"] = c["fp"] / c["n"]
        per_kind[kind] = row
    return {"overall": dict(overall, missing=missing, **_prf(overall["tp"], overall["fp"], overall["fn"])),
            "per_kind": per_kind}


def counts(path: Path = PAIRS_PATH) -> dict[tuple[str, str], int]:
    """Number of pairs per (kind, split), from the pair file alone."""
    out: dict[tuple[str, str], int] = defaultdict(int)
    for row in read_rows(path):
        out[(row["kind"], row["split"])] += 1
    return dict(out)


def counts_table(path: Path = PAIRS_PATH) -> str:
    """The per-kind, per-split counts as the Markdown table benchmarks/eval/README.md shows."""
    table = counts(path)
    label_of = {row["kind"]: row["label"] for row in read_rows(path)}
    lines = ["| kind | label | dev | test | total |", "|---|---|---|---|---|"]
    for kind in POSITIVE_KINDS + NEGATIVE_KINDS:
        if kind in label_of:
            dev, test = table.get((kind, "dev"), 0), table.get((kind, "test"), 0)
            lines.append(f"| {kind} | {label_of[kind]} | {dev} | {test} | {dev + test} |")
    dev = sum(v for (_, split), v in table.items() if split == "dev")
    test = sum(v for (_, split), v in table.items() if split == "test")
    lines.append(f"| all | | {dev} | {test} | {dev + test} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(counts_table())
