"""Test helpers: synthetic article texts and an index folder written with the pure index helpers."""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from wirewash.transforms.core import index
from wirewash.transforms.core.clusters import text_digest
from wirewash.transforms.core.minhash import MinhashConfig, sign

CFG = MinhashConfig()

WORDS = [f"w{i}" for i in range(400)]


def text(start: int, n: int = 80) -> str:
    """``n`` distinct words from ``start``: texts with overlapping ranges are near-duplicates."""
    return " ".join(WORDS[start : start + n])


def write_index(
    root: Path, run_id: str, docs: dict[str, str], published: dict[str, datetime.date] | None = None
) -> None:
    """An index folder holding ``docs`` (doc_id -> text; ``published``: doc_id -> day) as one committed run,
    written with the pure helpers."""
    bands, rows = {}, {}
    for doc_id, body in docs.items():
        day = (published or {}).get(doc_id)
        signed = sign(doc_id, body, CFG, None, day)
        digest = text_digest(body)
        rows.setdefault(index.doc_partition(doc_id), []).append(index.doc_row(signed, day, run_id, digest))
        for key in signed.band_keys:
            bands.setdefault(index.band_partition(key), []).append(index.band_row(key, doc_id, digest))
    for table, by_part in ((index.BANDS, bands), (index.DOCS, rows)):
        for part, part_rows in by_part.items():
            (root / table / part).mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.Table.from_pylist(part_rows, index.SCHEMAS[table]), root / table / part / f"{run_id}.parquet")
    files = {
        str(p.relative_to(root)): p.stat().st_size for table in (index.BANDS, index.DOCS) for p in root.glob(f"{table}/*/{run_id}.parquet")
    }
    manifest = index.with_run(index.new_manifest(CFG), run_id, len(docs), datetime.datetime(2026, 1, 1), files)
    (root / index.MANIFEST).write_text(json.dumps(manifest))
