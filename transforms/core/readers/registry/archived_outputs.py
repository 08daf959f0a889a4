"""A member of an archive that is part of a wirewash output or index (a tar or zip of its folder): by path (a
run folder, an index partition's file, the lock) or by content (a report, a manifest, a table part with
wirewash's columns)."""
from __future__ import annotations

import io
import json
import posixpath
import re
from typing import BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from wirewash.transforms.core.readers.base import ReadConfig
from wirewash.transforms.core.readers.compression import CHUNK
from wirewash.transforms.core.readers.html import ours_report_html
from wirewash.transforms.core.readers.listing import ours_report
from wirewash.transforms.core.readers.text import Prepended, read_upto
from wirewash.transforms.core.schema import (
    ARTICLE_SCHEMA, OUTPUT_LOCK, OUTPUT_NAMES, REJECTED_SCHEMA, REPORT_JSON,
)


# What marks a member of an archive as part of a wirewash output or index (a tar or zip of its folder, or of
# a copy of one that lost its links): a run folder, an index partition's file named by its run, the output's
# lock, by path; a report, an index's manifest, or a part of an output table with wirewash's columns, by
# content.
_RUN_ID = r"\d{8}T\d{6}Z[0-9a-f]{8}"
# ``.current/`` is the link to the last run, a folder in a copy that followed links (cp -rL, zip).
_RUN_PATH = re.compile(
    rf"(?:(.*)/)?(?:\.runs/{_RUN_ID}/.*|\.current/.*|(?:bands|docs)/part=[0-9a-f]{{2}}/{_RUN_ID}\.parquet)",
    re.DOTALL,
)
_MANIFEST = "manifest.json"
_MANIFEST_KEYS = {"format", "partitions", "minhash", "runs"}
_TABLE_PART = re.compile(
    rf"(?:(.*)/)?(?:{'|'.join(OUTPUT_NAMES)})/part-\d{{5}}-of-\d{{5}}\.parquet", re.DOTALL
)
_REPORT_HTML = "report.html"
_OUR_COLUMNS = (ARTICLE_SCHEMA.names, REJECTED_SCHEMA.names)


def _output_folder_of(name: str, stream: BinaryIO, cfg: ReadConfig) -> tuple[str | None, BinaryIO]:
    """(the archive's folder holding the wirewash output that member ``name`` is part of, "" for the
    archive's root, or None; a stream of the member from its start). A report or table part is held to
    ``max_inflated_bytes`` to be judged, as a Parquet member is to be read."""
    run = _RUN_PATH.fullmatch(name)
    if run:
        return run[1] or "", stream
    folder, base = posixpath.split(name)
    if base == OUTPUT_LOCK:
        return folder, stream
    part = _TABLE_PART.fullmatch(name)
    if not part and base not in (REPORT_JSON, _REPORT_HTML, _MANIFEST):
        return None, stream
    data = read_upto(stream, cfg.max_inflated_bytes + 1)
    if len(data) > cfg.max_inflated_bytes:  # not judged: read, and refused, as any member that size
        return None, io.BufferedReader(Prepended(data, stream), CHUNK)
    if part:
        ours = _parquet_columns(data) in _OUR_COLUMNS
    elif base == REPORT_JSON:
        ours = ours_report(_json(data)) is not None
    elif base == _MANIFEST:
        manifest = _json(data)
        ours = isinstance(manifest, dict) and _MANIFEST_KEYS <= manifest.keys()
    else:
        ours = ours_report_html(data)
    if not ours:
        return None, io.BytesIO(data)
    return (part[1] or "") if part else folder, io.BytesIO(data)


def _parquet_columns(data: bytes) -> list[str] | None:
    try:
        return pq.read_schema(io.BytesIO(data)).names
    except (pa.ArrowException, OSError, ValueError):
        return None


def _json(data: bytes) -> object:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return None
