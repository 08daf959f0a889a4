"""The record schema: the one place where output columns are named.

``source`` names the input file (``path#N`` for the Nth record of a file that holds many, the path's ``%``,
``#`` and undecodable bytes percent-encoded so that the two cannot be confused); ``doc_id`` is unique per
(source file, input id). ``Article`` is the row of ``OUTPUT/articles/`` and ``OUTPUT/duplicates/``; ``Rejected`` the row of
``OUTPUT/rejected/``. Each dataclass has its pyarrow schema beside it and a ``to_row`` that the Parquet writer
uses, so the two cannot drift apart.
"""
from __future__ import annotations

import dataclasses
import datetime
import hashlib
from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class Removal:
    """One piece of text the cleaner removed, with the rule that removed it."""

    rule: str
    text: str


def removed_rows(removed: tuple[Removal, ...]) -> list[dict]:
    """The ``removed`` column's cell: one {"rule", "text"} struct per removal, in order."""
    return [{"rule": r.rule, "text": r.text} for r in removed]


@dataclass(frozen=True)
class Article:
    doc_id: str
    source: str
    text: str
    title: str | None = None
    published: datetime.date | None = None
    byline: str | None = None
    publisher: str | None = None
    url: str | None = None
    removed: tuple[Removal, ...] = ()
    cluster_id: str | None = None
    cluster_size: int | None = None
    duplicate_of: str | None = None
    similarity: float | None = None
    fetched: datetime.date | None = None
    # The id the input gave the document (a JSON Lines or Parquet id); the column follows ``source``.
    input_id: str | None = None
    # The moment of publication, timezone-aware UTC, when the input gave a time of day (a naive time is read
    # as UTC); the column follows ``published``, which keeps the day as the input wrote it.
    published_at: datetime.datetime | None = None

    def to_row(self) -> dict:
        # The fields as they are: every one but ``removed`` is a scalar, so ``dataclasses.asdict``'s deep copy
        # only cost time (19 us an article, 5 of them here).
        row = dict(vars(self))
        row["removed"] = removed_rows(self.removed)
        return row

    def with_cluster(
        self, cluster_id: str, cluster_size: int, similarity: float | None
    ) -> "Article":
        is_rep = cluster_id == self.doc_id
        return dataclasses.replace(
            self,
            cluster_id=cluster_id,
            cluster_size=cluster_size,
            duplicate_of=None if is_rep else cluster_id,
            similarity=None if is_rep else similarity,
        )


# The tables of an output folder, one folder each (pipeline/output/layout.py).
OUTPUT_NAMES = ("articles", "duplicates", "rejected")
# Held by the one run writing an output folder (pipeline/locks.py, output_lock).
OUTPUT_LOCK = ".output.lock"
# Held by the one run using an index folder, from its start (pipeline/locks.py, index_lock).
INDEX_LOCK = ".run.lock"
# Every report.json's "generator" and report.html's <meta name="generator">: a copy of an output that lost
# its links and .runs (cp -rL, a tar, a bucket download) is still known as ours (readers/listing/outputs.py, html.py).
GENERATOR = "wirewash"
# An output's report, and the name prefix of a local stream's micro-batch folders (pipeline/streaming.py).
REPORT_JSON = "report.json"
STREAM_BATCH = "batch-"
# A local stream's record of the files its committed micro-batches read, and of those of the batch running.
STREAM_RECORD = "stream-read.json"
STREAM_READING = ".stream-reading.json"

# What the cleaner removed, rule by rule: a column of both tables.
_REMOVED = pa.field("removed", pa.list_(pa.struct([pa.field("rule", pa.string()), pa.field("text", pa.string())])))

ARTICLE_SCHEMA = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("input_id", pa.string()),
        pa.field("text", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("published", pa.date32()),
        # Microseconds: the unit Python datetimes carry, so a value round-trips exactly.
        pa.field("published_at", pa.timestamp("us", tz="UTC")),
        pa.field("byline", pa.string()),
        pa.field("publisher", pa.string()),
        pa.field("url", pa.string()),
        _REMOVED,
        pa.field("cluster_id", pa.string()),
        pa.field("cluster_size", pa.int32()),
        pa.field("duplicate_of", pa.string()),
        pa.field("similarity", pa.float64()),
        pa.field("fetched", pa.date32()),
    ]
)


@dataclass(frozen=True)
class Rejected:
    """An input that could not become an article, and why (``reason`` is a stable code, ``detail`` prose)."""

    doc_id: str
    source: str
    reason: str
    detail: str = ""
    input_id: str | None = None  # the column follows ``source``
    # What the cleaner (and the site-furniture stage) removed from a text it then left too short (``too_short``,
    # ``mostly_furniture``): a rejection that says why, down to the rules. Empty for every other reason.
    removed: tuple[Removal, ...] = ()

    def to_row(self) -> dict:
        row = dict(vars(self))
        row["removed"] = removed_rows(self.removed)
        return row


REJECTED_SCHEMA = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("input_id", pa.string()),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("detail", pa.string()),
        _REMOVED,
    ]
)
# Each output table's schema, by the table's name (``OUTPUT_NAMES``): duplicates are articles with a representative.
OUTPUT_SCHEMAS = {"articles": ARTICLE_SCHEMA, "duplicates": ARTICLE_SCHEMA, "rejected": REJECTED_SCHEMA}


def doc_id_hasher(source: str) -> "hashlib.blake2b":
    """make_doc_id's hash before the content: update it piece by piece, then ``hexdigest()``.

    A document too large to hold in memory still gets the id it would have had if it were held whole.
    """
    h = hashlib.blake2b(digest_size=8)
    h.update(source.encode("utf-8", "surrogateescape"))
    h.update(b"\0")
    return h


def make_doc_id(source: str, content: bytes) -> str:
    """A stable id: the same source name and bytes give the same id on every run, runner and machine."""
    h = doc_id_hasher(source)
    h.update(content)
    return h.hexdigest()
