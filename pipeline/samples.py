"""Bounded reads of a finished run's Parquet output, for the HTML report and ``explain``.

A run may write a billion rows: every read here projects a few columns, stops after a fixed number of rows
(``SampleLimits``), or filters on ``doc_id`` so Parquet statistics skip row groups. Nothing loads an output.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass

import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.fs as fs

from pipeline.report import OUTPUT_NAMES


@dataclass(frozen=True)
class SampleLimits:
    examples_per_rule: int = 3
    duplicate_pairs: int = 5
    largest_clusters: int = 10
    rejected: int = 20
    # Rows scanned at most when looking for examples or the largest clusters (one projected column each).
    max_scan_rows: int = 2_000_000

    def __post_init__(self) -> None:
        for name in ("examples_per_rule", "duplicate_pairs", "largest_clusters", "rejected", "max_scan_rows"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)}")


@dataclass(frozen=True)
class Samples:
    removal_examples: dict[str, list[str]]
    largest_clusters: list[dict]  # doc_id, title, cluster_size of representatives
    duplicate_pairs: list[dict]  # duplicate and representative rows: doc_id, title, text, similarity
    rejected: list[dict]
    clusters_scan_complete: bool


def output_dataset(output: str, name: str) -> ds.Dataset | None:
    """The ``name-*.parquet`` files of one output (a local path or a URI pyarrow knows) as a dataset, or None."""
    if name not in OUTPUT_NAMES:
        raise ValueError(f"unknown output {name!r}; one of {OUTPUT_NAMES}")
    filesystem, root = fs.FileSystem.from_uri(output) if "://" in output else (fs.LocalFileSystem(), output)
    files = sorted(
        info.path
        for info in filesystem.get_file_info(fs.FileSelector(root, allow_not_found=True))
        if info.base_name.startswith(f"{name}-") and info.base_name.endswith(".parquet")
    )
    return ds.dataset(files, format="parquet", filesystem=filesystem) if files else None


def _head(dataset: ds.Dataset | None, columns: list[str], n: int, filter=None) -> list[dict]:
    if dataset is None or n == 0:
        return []
    return dataset.head(n, columns=columns, filter=filter).to_pylist()


def rows_with_ids(dataset: ds.Dataset | None, ids: list[str], columns: list[str]) -> list[dict]:
    if dataset is None or not ids:
        return []
    return dataset.to_table(columns=columns, filter=pc.field("doc_id").isin(ids)).to_pylist()


def _removal_examples(datasets: list[ds.Dataset | None], limits: SampleLimits) -> dict[str, list[str]]:
    """Up to ``examples_per_rule`` distinct removed texts per rule, from the first rows of kept then duplicates."""
    examples: dict[str, list[str]] = {}
    if limits.examples_per_rule == 0:
        return examples
    scanned = 0
    batches = (b for d in datasets if d is not None for b in d.to_batches(columns=["removed"]))
    for batch in batches:
        for removed in batch.column(0).to_pylist():
            for r in removed or ():
                seen = examples.setdefault(r["rule"], [])
                if len(seen) < limits.examples_per_rule and r["text"] not in seen:
                    seen.append(r["text"])
        scanned += batch.num_rows
        if scanned >= limits.max_scan_rows:
            break
    return examples


def _largest_clusters(articles: ds.Dataset | None, limits: SampleLimits) -> tuple[list[dict], bool]:
    """Representatives of the largest clusters, by a bounded scan of ``cluster_size`` (kept rows only).

    Ties go to the smallest doc_id, so the answer does not depend on file order.
    """
    n = limits.largest_clusters
    if articles is None or n == 0:
        return [], True
    top: list[tuple[int, str]] = []  # (-size, doc_id), trimmed to the n best whenever it doubles
    scanned = 0
    complete = True
    for batch in articles.to_batches(columns=["doc_id", "cluster_size"], filter=pc.field("cluster_size") > 1):
        top.extend(zip((-s for s in batch.column(1).to_pylist()), batch.column(0).to_pylist()))
        if len(top) > 2 * n:
            top = heapq.nsmallest(n, top)
        scanned += batch.num_rows
        if scanned >= limits.max_scan_rows:
            complete = False
            break
    ids = [doc_id for _size, doc_id in heapq.nsmallest(n, top)]
    rows = {r["doc_id"]: r for r in rows_with_ids(articles, ids, ["doc_id", "title", "cluster_size"])}
    return [rows[i] for i in ids if i in rows], complete


def read_samples(output: str, limits: SampleLimits = SampleLimits()) -> Samples:
    articles = output_dataset(output, "articles")
    duplicates = output_dataset(output, "duplicates")
    cols = ["doc_id", "title", "source", "text", "similarity", "duplicate_of"]
    dups = _head(duplicates, cols, limits.duplicate_pairs)
    reps = {r["doc_id"]: r for r in rows_with_ids(articles, [d["duplicate_of"] for d in dups], cols)}
    pairs = [{"duplicate": d, "representative": reps[d["duplicate_of"]]} for d in dups if d["duplicate_of"] in reps]
    clusters, complete = _largest_clusters(articles, limits)
    return Samples(
        removal_examples=_removal_examples([articles, duplicates], limits),
        largest_clusters=clusters,
        duplicate_pairs=pairs,
        rejected=_head(output_dataset(output, "rejected"), ["doc_id", "source", "reason", "detail"], limits.rejected),
        clusters_scan_complete=complete,
    )
