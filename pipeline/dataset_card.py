"""The dataset card: README.md written into the output folder, describing the columns, counts and options."""

from __future__ import annotations

import json

import pyarrow as pa

from wirewash.transforms.core.schema import ARTICLE_SCHEMA, REJECTED_SCHEMA

CARD = "README.md"

COLUMN_DOCS = {
    "doc_id": "stable id, unique per (input file, input id): 16 hex digits of a hash of the file's name and the "
    "record's id, or of its name and bytes when it has no id",
    "source": "input path; `path#N` for record N of a JSON Lines, Parquet or WARC file (`%`, `#` and bytes "
    "that are not UTF-8 percent-encoded in the path)",
    "input_id": "the id the input gave the record (JSON Lines / Parquet id column), null if none",
    "text": "clean body, paragraphs separated by one blank line",
    "title": "headline, from metadata or the text",
    "published": "publication date, null if unknown",
    "published_at": "moment of publication (UTC) when the input gave a time of day, else null",
    "byline": "author",
    "publisher": "wire named in the credit (Bloomberg, Reuters, AP, ...)",
    "url": "URL from metadata (WARC target URI, page or record), else null",
    "removed": "every piece of text the cleaner removed, with the rule that removed it",
    "cluster_id": "doc_id of the cluster's representative",
    "cluster_size": "articles in the cluster",
    "duplicate_of": "null when kept, else the representative's doc_id",
    "similarity": "word-shingle Jaccard to the representative; null when kept",
    "fetched": "when a crawler fetched the page (WARC-Date), null for other inputs",
    "reason": "stable rejection code",
    "detail": "why, in prose",
}


# A column both tables have, said differently of rejected rows.
REJECTED_COLUMN_DOCS = {
    "removed": "what the cleaner (and the site-furniture stage) removed from a text it then left too short "
    "(`too_short`, `mostly_furniture`), with the rule that removed it; empty for every other reason",
}


def _columns(schema: pa.Schema, docs: dict[str, str] | None = None) -> str:
    docs = {**COLUMN_DOCS, **(docs or {})}
    rows = [f"| `{f.name}` | {f.type} | {docs.get(f.name, '')} |" for f in schema]
    return "\n".join(["| column | type | meaning |", "|---|---|---|", *rows])


def render_card(report: dict) -> str:
    """Markdown for ``OUTPUT/README.md``; Hugging Face reads the YAML header as the dataset's config."""
    options = json.dumps(report["options"], indent=2, default=str, sort_keys=True)
    out = report["options"]["output"].rstrip("/")
    rejected_rows = report["rejected"] - report["grouped_rejections"]  # a damaged row group is one row
    return f"""---
configs:
- config_name: default
  data_files:
  - split: train
    path: "articles/*.parquet"
- config_name: duplicates
  data_files:
  - split: train
    path: "duplicates/*.parquet"
- config_name: rejected
  data_files:
  - split: train
    path: "rejected/*.parquet"
---
# wirewash output

Cleaned, near-deduplicated news articles written by wirewash.
{report["accounting"]}.

| folder | rows | what |
|---|---|---|
| `articles/` | {report["kept"]:,} | kept articles: one per story |
| `duplicates/` | {report["duplicates"]:,} | near-duplicates dropped, same columns as articles |
| `rejected/` | {rejected_rows:,} | inputs that could not be used, with the reason |
| `report.json`, `report.html` | | counts, removals per rule, similarity histogram, examples |

Each folder holds Parquet files only (one with no rows when the table is empty, so its columns are known):
read a folder whole. The names are links to the current run's folder under `.runs/`, switched in one
rename when a run succeeds: a reader never sees half of a run.

## Columns of articles and duplicates

{_columns(ARTICLE_SCHEMA)}

## Columns of rejected

{_columns(REJECTED_SCHEMA, REJECTED_COLUMN_DOCS)}

## Reading it

```python
import pandas as pd; pd.read_parquet("{out}/articles")
import polars as pl; pl.read_parquet("{out}/articles/*.parquet")
import duckdb; duckdb.sql("SELECT title, cluster_size FROM '{out}/articles/*.parquet'")
import pyarrow.dataset as ds; ds.dataset("{out}/articles")
from datasets import load_dataset; load_dataset("{out}")  # the YAML header above names the folders
```

`datasets` cannot build a split with no rows: load an empty table with `streaming=True` (columns, no rows).

## Options

```json
{options}
```
"""
