"""Bounded reads of a finished run's Parquet output, for the HTML report and ``explain``.

A run may write a billion rows: every read here projects a few columns, stops after a fixed number of rows
(``SampleLimits``), or filters on ``doc_id`` so Parquet statistics skip row groups. Nothing loads an output.
"""

from __future__ import annotations

import heapq
import os
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.fs as fs

from wirewash.pipeline.output.layout import current_root, is_local, table_dir
from wirewash.transforms.core.readers.listing import stream_output_at
from wirewash.transforms.core.schema import STREAM_BATCH


@dataclass(frozen=True)
class SampleLimits:
    examples_per_rule: int = 3
    duplicate_pairs: int = 5
    largest_clusters: int = 10
    nearest_pairs: int = 10
    untitled: int = 10
    rejected: int = 20
    # Rows scanned at most for the largest clusters and the smallest ids (one or two small columns each),
    # and for removal examples (the ``removed`` lists, larger).
    max_scan_rows: int = 2_000_000
    max_example_rows: int = 200_000

    def __post_init__(self) -> None:
        for name in (
            "examples_per_rule",
            "duplicate_pairs",
            "largest_clusters",
            "nearest_pairs",
            "untitled",
            "rejected",
            "max_scan_rows",
            "max_example_rows",
        ):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)}")


@dataclass(frozen=True)
class Samples:
    removal_examples: dict[str, list[str]]
    largest_clusters: list[dict]  # doc_id, title, cluster_size of representatives
    duplicate_pairs: list[dict]  # duplicate and representative rows: doc_id, title, text, similarity
    rejected: list[dict]
    # False when a scan stopped at its budget: the examples then come from the rows scanned first.
    complete: bool
    # Duplicate pairs whose similarity is nearest the threshold (where a wrong merge or a missed one is
    # likeliest): duplicate's doc_id, title, similarity, and the representative's doc_id and title.
    nearest_pairs: list[dict] = field(default_factory=list)
    # Kept articles without a title: doc_id, source.
    untitled: list[dict] = field(default_factory=list)


def output_dataset(output: str, name: str) -> ds.Dataset | None:
    """The Parquet files of one table (``OUTPUT/<name>/*.parquet``) of an output folder or of one run's
    folder (a local path or a URI pyarrow knows), or None when there are none. A local stream's output is
    the tables of all its micro-batches (``OUTPUT/batch-*/<name>/``); a stream on a runner writes its windows'
    files straight into ``OUTPUT/<name>/``."""
    files: list[str] = []
    for root_folder in [current_root(output), *stream_batches(output)]:
        folder = table_dir(root_folder, name)
        filesystem, root = fs.FileSystem.from_uri(folder) if "://" in folder else (fs.LocalFileSystem(), folder)
        files += sorted(
            info.path
            for info in filesystem.get_file_info(fs.FileSelector(root, allow_not_found=True))
            if info.type == fs.FileType.File and info.base_name.endswith(".parquet")
            and not info.base_name.startswith(".")
        )
    return ds.dataset(files, format="parquet", filesystem=filesystem) if files else None


def column_problems(dataset: ds.Dataset, expected: pa.Schema, needed: Iterable[str]) -> list[str]:
    """What keeps ``dataset`` from being read as a table of ``expected``: each column of ``needed`` it lacks, and
    each column it holds with a type other than ``expected``'s (a table made by hand or by another program). A
    column ``needed`` does not name may be absent: outputs of earlier versions lack some."""
    have = dataset.schema
    problems = [f"no column {name}" for name in dict.fromkeys(needed) if name not in have.names]
    for want in expected:
        if want.name in have.names and not have.field(want.name).type.equals(want.type):
            problems.append(f"column {want.name} is {have.field(want.name).type}, not {want.type}")
    return problems


def stream_batches(output: str) -> list[str]:
    """The micro-batch outputs of a local stream's ``output`` (``OUTPUT/batch-*``, pipeline/streaming.py), in
    order; [] for any other output."""
    if not is_local(output) or not stream_output_at(output):
        return []
    return sorted(e.path for e in os.scandir(output) if e.name.startswith(STREAM_BATCH) and e.is_dir())


def rows_with_ids(dataset: ds.Dataset | None, ids: list[str], columns: list[str]) -> list[dict]:
    """The rows whose ``doc_id`` is in ``ids``, in the order of ``ids``."""
    if dataset is None or not ids:
        return []
    rows = {
        r["doc_id"]: r
        for r in dataset.to_table(columns=columns, filter=pc.field("doc_id").isin(ids)).to_pylist()
    }
    return [rows[i] for i in ids if i in rows]


def _smallest(
    dataset: ds.Dataset | None, columns: list[str], n: int, budget: int, filter=None, key=lambda row: row
) -> tuple[list[tuple], bool]:
    """The ``n`` smallest ``key(row)`` over at most ``budget`` scanned rows of ``columns``, and whether the
    scan covered the whole dataset (only then is the answer independent of file and row order)."""
    if dataset is None or n == 0:
        return [], True
    best: list[tuple] = []
    scanned = 0
    for batch in dataset.to_batches(columns=columns, filter=filter):
        best.extend(map(key, zip(*(batch.column(i).to_pylist() for i in range(len(columns))))))
        if len(best) > 2 * n:
            best = heapq.nsmallest(n, best)
        scanned += batch.num_rows
        if scanned >= budget:
            return heapq.nsmallest(n, best), False
    return heapq.nsmallest(n, best), True


def _removal_examples(
    datasets: list[ds.Dataset | None], limits: SampleLimits
) -> tuple[dict[str, list[str]], bool]:
    """Per rule, the distinct removed texts of the smallest doc_ids (up to ``examples_per_rule``)."""
    k = limits.examples_per_rule
    per_rule: dict[str, dict[str, str]] = {}  # rule -> text -> smallest doc_id that had it
    scanned = 0
    for dataset in datasets:
        if dataset is None or k == 0:
            continue
        for batch in dataset.to_batches(columns=["doc_id", "removed"]):
            for doc_id, removed in zip(batch.column(0).to_pylist(), batch.column(1).to_pylist()):
                for r in removed or ():
                    texts = per_rule.setdefault(r["rule"], {})
                    if r["text"] not in texts or doc_id < texts[r["text"]]:
                        texts[r["text"]] = doc_id
                    if len(texts) > 2 * k:
                        per_rule[r["rule"]] = dict(_first_k_texts(texts, k))
            scanned += batch.num_rows
            if scanned >= limits.max_example_rows:
                return _first_k(per_rule, k), False
    return _first_k(per_rule, k), True


def _first_k_texts(texts: dict[str, str], k: int) -> list[tuple[str, str]]:
    """The k (text, doc_id) items of the smallest doc_ids: trimming while scanning keeps what this keeps."""
    return heapq.nsmallest(k, texts.items(), key=lambda kv: (kv[1], kv[0]))


def _first_k(per_rule: dict[str, dict[str, str]], k: int) -> dict[str, list[str]]:
    return {rule: [text for text, _id in _first_k_texts(texts, k)] for rule, texts in sorted(per_rule.items())}


def _nearest_pairs(
    articles: ds.Dataset | None, duplicates: ds.Dataset | None, threshold: float, limits: SampleLimits
) -> tuple[list[dict], bool]:
    """The duplicates nearest the threshold (ties: smallest id), each with its representative's title."""
    top, complete = _smallest(
        duplicates, ["similarity", "doc_id"], limits.nearest_pairs, limits.max_scan_rows,
        filter=pc.field("similarity").is_valid(), key=lambda row: (abs(row[0] - threshold), row[1]),
    )
    dups = rows_with_ids(duplicates, [i for _d, i in top], ["doc_id", "title", "similarity", "duplicate_of"])
    reps = {r["doc_id"]: r for r in rows_with_ids(articles, sorted({d["duplicate_of"] for d in dups}), ["doc_id", "title"])}
    return [
        {**d, "representative_title": reps.get(d["duplicate_of"], {}).get("title")} for d in dups
    ], complete


def read_samples(output: str, limits: SampleLimits = SampleLimits(), threshold: float | None = None) -> Samples:
    """Examples for the report, chosen by smallest ``doc_id`` (largest clusters: by size, then id; pairs
    nearest ``threshold``: by distance to it, then id, and none without a threshold)."""
    articles = output_dataset(output, "articles")
    duplicates = output_dataset(output, "duplicates")
    rejected = output_dataset(output, "rejected")
    budget = limits.max_scan_rows
    cols = ["doc_id", "title", "source", "text", "similarity", "duplicate_of"]
    dup_ids, dups_complete = _smallest(duplicates, ["doc_id"], limits.duplicate_pairs, budget)
    dups = rows_with_ids(duplicates, [i for (i,) in dup_ids], cols)
    reps = {r["doc_id"]: r for r in rows_with_ids(articles, sorted({d["duplicate_of"] for d in dups}), cols)}
    pairs = [
        {"duplicate": d, "representative": reps[d["duplicate_of"]]} for d in dups if d["duplicate_of"] in reps
    ]
    # Largest first, ties to the smallest id; singletons are not clusters worth listing.
    top, clusters_complete = _smallest(
        articles,
        ["cluster_size", "doc_id"],
        limits.largest_clusters,
        budget,
        filter=pc.field("cluster_size") > 1,
        key=lambda row: (-row[0], row[1]),
    )
    rejected_ids, rejected_complete = _smallest(rejected, ["doc_id"], limits.rejected, budget)
    examples, examples_complete = _removal_examples([articles, duplicates], limits)
    nearest, nearest_complete = (
        _nearest_pairs(articles, duplicates, threshold, limits) if threshold is not None else ([], True)
    )
    untitled_ids, untitled_complete = _smallest(
        articles, ["doc_id"], limits.untitled, budget, filter=pc.field("title").is_null() | (pc.field("title") == "")
    )
    return Samples(
        removal_examples=examples,
        largest_clusters=rows_with_ids(
            articles, [i for _size, i in top], ["doc_id", "title", "cluster_size"]
        ),
        duplicate_pairs=pairs,
        rejected=rows_with_ids(
            rejected, [i for (i,) in rejected_ids], ["doc_id", "source", "reason", "detail"]
        ),
        complete=all(
            (dups_complete, clusters_complete, rejected_complete, examples_complete, nearest_complete, untitled_complete)
        ),
        nearest_pairs=nearest,
        untitled=rows_with_ids(articles, [i for (i,) in untitled_ids], ["doc_id", "source"]),
    )
