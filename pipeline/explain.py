"""``wirewash explain DOC_ID --output DIR``: what happened to one document, and why.

Reads only the rows for that id (a pyarrow filter on ``doc_id``, which Parquet row-group statistics use to
skip data), plus a bounded list of the members of its cluster.
"""

from __future__ import annotations

import argparse
import sys

import pyarrow.compute as pc
from wirewash.pipeline.report import OUTPUT_NAMES
from wirewash.pipeline.samples import output_dataset, rows_with_ids
from wirewash.transforms.core.cleaning import METADATA_RULES
from wirewash.transforms.core.clusters import DedupConfig
from wirewash.transforms.core.minhash import sign
from wirewash.transforms.core.verify import verify

ARTICLE_COLUMNS = [
    "doc_id",
    "source",
    "title",
    "publisher",
    "removed",
    "cluster_id",
    "cluster_size",
    "duplicate_of",
    "similarity",
]
MAX_MEMBERS = 20


def explain(doc_id: str, output: str) -> dict:
    """Every output row with ``doc_id``, a duplicate's representative, and a few members of its cluster."""
    articles, duplicates = output_dataset(output, "articles"), output_dataset(output, "duplicates")
    kept = rows_with_ids(articles, [doc_id], ARTICLE_COLUMNS)
    dropped = rows_with_ids(duplicates, [doc_id], ARTICLE_COLUMNS)
    rejected = rows_with_ids(
        output_dataset(output, "rejected"), [doc_id], ["doc_id", "source", "reason", "detail"]
    )
    representatives = rows_with_ids(
        articles, [d["duplicate_of"] for d in dropped], ["doc_id", "source", "title"]
    )
    cluster_ids = [r["cluster_id"] for r in kept + dropped if (r["cluster_size"] or 1) > 1]
    members = (
        duplicates.head(
            MAX_MEMBERS,
            columns=["doc_id", "source", "similarity"],
            filter=pc.field("cluster_id").isin(cluster_ids),
        ).to_pylist()
        if duplicates is not None and cluster_ids
        else []
    )
    return {
        "doc_id": doc_id,
        "verdicts": _verdicts(articles, duplicates, doc_id, [d["duplicate_of"] for d in dropped]),
        "kept": kept,
        "duplicates": dropped,
        "rejected": rejected,
        "representatives": representatives,
        "cluster_duplicates": members,
    }


def _verdicts(articles, duplicates, doc_id: str, representatives: list[str]) -> dict:
    """representative id -> the verification verdict of ``doc_id`` against it, recomputed from both texts
    with the default settings (transforms/core/verify.py)."""
    if not representatives:
        return {}
    columns = ["doc_id", "text", "title", "published"]
    (dup,) = rows_with_ids(duplicates, [doc_id], columns)[:1] or [None]
    if dup is None:
        return {}
    cfg = DedupConfig()

    def evidence(row):
        return sign(row["doc_id"], row["text"], cfg.minhash, row["title"], row["published"]).evidence

    return {
        rep["doc_id"]: verify(evidence(dup), evidence(rep), cfg.verify)
        for rep in rows_with_ids(articles, representatives, columns)
    }


def _removals(row: dict) -> list[str]:
    taken = [r for r in row["removed"] or () if r["rule"] in METADATA_RULES]
    dropped = [r for r in row["removed"] or () if r["rule"] not in METADATA_RULES]
    lines = []
    if taken:
        lines.append("  metadata taken from the text (rule: text):")
        lines += [f"    {r['rule']}: {_one_line(r['text'])}" for r in taken]
    if not dropped:
        return lines + ["  boilerplate removed: nothing"]
    lines.append("  boilerplate removed (rule: text):")
    lines += [f"    {r['rule']}: {_one_line(r['text'])}" for r in dropped]
    return lines


def _one_line(text: str, limit: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def format_explanation(info: dict) -> str:
    """The explanation as terminal text."""
    doc_id = info["doc_id"]
    lines: list[str] = []
    for row in info["kept"]:
        lines.append(f"{doc_id}: KEPT in articles ({row['source']})")
        lines.append(f"  title: {row['title'] or '(none)'}")
        if row["cluster_size"] > 1:
            lines.append(
                f"  representative of a cluster of {row['cluster_size']}: it has the most words of "
                "cleaned text (ties: smallest doc_id)"
            )
        else:
            lines.append("  no near-duplicate: no candidate pair reached the similarity threshold")
        lines += _removals(row)
    reps = {r["doc_id"]: r for r in info["representatives"]}
    for row in info["duplicates"]:
        rep = reps.get(row["duplicate_of"], {})
        lines.append(f"{doc_id}: DROPPED as a near-duplicate ({row['source']})")
        lines.append(
            f"  cluster {row['cluster_id']} of {row['cluster_size']} articles; kept instead: "
            f"{row['duplicate_of']} ({rep.get('source', 'not found in articles')})"
        )
        lines.append(f"  similarity to the kept article: {row['similarity']} (word-shingle Jaccard)")
        verdict = info.get("verdicts", {}).get(row["duplicate_of"])
        if verdict is not None:
            lines.append(
                f"  coverage: {verdict.coverage:.2f} of the shorter text's shingles are in the longer; "
                f"distinctive words that disagree: {', '.join(verdict.disagreeing) or 'none'}"
            )
        lines += _removals(row)
    if info["kept"] or info["duplicates"]:
        members = [m for m in info["cluster_duplicates"] if m["doc_id"] != doc_id]
        if members:
            lines.append(f"  other duplicates in the cluster (at most {MAX_MEMBERS}):")
            lines += [f"    {m['doc_id']} similarity {m['similarity']} ({m['source']})" for m in members]
    for row in info["rejected"]:
        lines.append(
            f"{doc_id}: REJECTED ({row['source']}): {row['reason']}"
            + (f" - {row['detail']}" if row["detail"] else "")
        )
    if not lines:
        lines.append(f"{doc_id}: not found in articles, duplicates or rejected")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="wirewash explain", description="Why a document was kept, dropped or rejected."
    )
    parser.add_argument("doc_id")
    parser.add_argument("--output", default="output", help="The run's output directory. Default: %(default)s")
    args = parser.parse_args(argv)
    if all(output_dataset(args.output, name) is None for name in OUTPUT_NAMES):
        # Else a mistyped folder reads as "not found": as if the document had been lost.
        tables = ", ".join(OUTPUT_NAMES)
        print(f"wirewash explain: {args.output} holds no wirewash output (no {tables})", file=sys.stderr)
        return 2
    info = explain(args.doc_id, args.output)
    print(format_explanation(info))
    return 0 if info["kept"] or info["duplicates"] or info["rejected"] else 1
