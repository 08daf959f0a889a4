"""What every reader shares: the read stage's config, the raw document it produces, and how it says no.

A reader yields ``RawDoc`` (a document), ``Rejected`` (one input that is not a document, and why),
``Skipped`` (a part of a container that is not an input at all, such as a WARC request record) or
``Grouped`` (inputs that share the rejection before it); a problem with the whole file is raised as
``Reject``. Readers never count: ``registry.parse_stream`` counts every item.
"""
from __future__ import annotations

import datetime
import math
import os
import re
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterator

from wirewash.transforms.core.html import PageText

Extract = Callable[[str], "PageText | None"]

# An object's default repr in an exception's message ("<built-in method append of ... object at
# 0x7f63a4ca0820>"): a memory address, different in every run.
_ADDRESS_RE = re.compile(r" at 0x[0-9a-fA-F]+")


def error_detail(e: BaseException) -> str:
    """"Type: message" of an exception from code we do not control, for a rejection's detail, without memory
    addresses: the same input writes the same ``rejected`` row in every run (break12 F1)."""
    return _ADDRESS_RE.sub("", f"{type(e).__name__}: {e}")


@dataclass(frozen=True)
class ReadConfig:
    """Limits are in bytes (UTF-8 bytes for a field that arrives as text)."""

    max_doc_bytes: int = 5_000_000
    max_inflated_bytes: int = 50_000_000
    # Fields of JSON Lines records and columns of Parquet files holding the text and the document id; a
    # name the record has not as a key steps into nested objects at each dot ("_source.text",
    # ``records.field_value``).
    text_column: str = "text"
    id_column: str = "id"
    # The array of records inside each JSON value, by the same dotted path ("articles", "hits.hits"): an API's
    # envelope (``{"status": "ok", "articles": [...]}``). "": each JSON value is a record.
    records_path: str = ""
    # trafilatura takes well under a second on a real page; only a pathological one gets near this.
    html_timeout_s: float = 20.0
    # The one place these limits are set. An id over its limit is not one (a 1 MB id is a mistake in an
    # export): the record is rejected, since the id names it. A title or publisher over its limit is cut at a
    # character boundary and a URL over its limit dropped (``records.bounded``): a bad field, not a bad
    # document. The limits also bound the memory a record's metadata takes on every later stage.
    max_id_bytes: int = 1_024
    max_title_bytes: int = 2_048
    max_url_bytes: int = 8_192
    # Glob patterns (matched against the path and against the file name) of files that are not inputs.
    exclude: tuple[str, ...] = ()
    # (absolute path, version >= 2) of files a stream reads again because they were replaced under their name
    # (pipeline/streaming.py): their sources are ``path#v<version>`` (``listing.versioned_source``), so their
    # doc_ids differ from the first version's.
    versions: tuple[tuple[str, int], ...] = ()
    # (path, "st_dev:st_ino") of local files a caller listed itself (a stream's poll, ``--input_file``): each
    # is an input, read only if it is still the file listed. One replaced meanwhile (a rename over its name)
    # is rejected ``replaced_before_read`` rather than read as the newer file under the older listing, and
    # one gone is ``unreadable``, not a failed run.
    files: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if isinstance(self.exclude, str):
            raise ValueError(f"exclude must be a tuple of glob patterns, got the str {self.exclude!r}")
        if not self.text_column.strip() or not self.id_column.strip() or self.text_column == self.id_column:
            raise ValueError(
                f"text_column ({self.text_column!r}) and id_column ({self.id_column!r}) must be two names"
            )
        if self.records_path and not all(name.strip() for name in self.records_path.split(".")):
            raise ValueError(f"records_path must be names joined by dots, got {self.records_path!r}")
        for name in ("max_doc_bytes", "max_id_bytes", "max_title_bytes", "max_url_bytes"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive, got {getattr(self, name)}")
        if not all(p.strip() for p in self.exclude):
            # An unset variable (``--exclude "$SKIP"``): an empty pattern excludes nothing, so say so.
            raise ValueError("exclude has an empty pattern (an unset variable?); give a pattern or leave it out")
        for path, version in self.versions:
            if not os.path.isabs(path) and "://" not in path or not isinstance(version, int) or version < 2:
                raise ValueError(
                    f"input_version must be an absolute path and a version >= 2, got {path}={version}"
                )
        for path, identity in self.files:
            if not path or not re.fullmatch(r"\d+:\d+", identity):
                raise ValueError(f"input_file must be PATH=DEV:INODE (os.stat's st_dev:st_ino), got {path}={identity}")
        if not (math.isfinite(self.html_timeout_s) and self.html_timeout_s > 0):  # inf overflowed the wait
            raise ValueError(f"--html_timeout_s must be a finite number of seconds > 0, got {self.html_timeout_s}")
        if self.max_inflated_bytes < self.max_doc_bytes:
            raise ValueError(
                f"max_inflated_bytes ({self.max_inflated_bytes}) must be >= max_doc_bytes "
                f"({self.max_doc_bytes})"
            )


@dataclass(frozen=True)
class RawDoc:
    """One document before cleaning: its text and whatever metadata the container gave.

    ``input_id`` is the id the input itself gave the document (a JSON Lines ``id``, a Parquet id column),
    None when it gave none; ``doc_id`` is ours and unique per (source file, input id). ``repaired`` names the
    fields the reader had to change or drop (``title_truncated``, ``published_unparsed``...), each counted
    ``read:field:<name>`` by ``registry.counted``: the document is kept, the change is not silent.
    """

    doc_id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: datetime.date | None = None
    byline: str | None = None
    publisher: str | None = None
    fetched: datetime.date | None = None  # when a crawler fetched it (WARC-Date), not when it was published
    input_id: str | None = None
    published_at: datetime.datetime | None = None  # UTC, when the input gave a time of day (``parse_time``)
    repaired: tuple[str, ...] = ()
    # Its text is a record's --text_column field (JSON, JSON Lines, Parquet): a run whose explicit
    # --text_column no record had says so, as one whose --id_column none had does (report.warnings).
    from_record: bool = False


@dataclass(frozen=True)
class Skipped:
    """A part of a container that is no input (counted as ``read:skipped:<reason>``, never written)."""

    reason: str


@dataclass(frozen=True)
class Grouped:
    """``rows`` more inputs rejected, for ``reason``, in the ``Rejected`` row just before this item, not in
    rows of their own: the rest of a damaged Parquet row group, which cannot be read one by one, is one row
    whose detail says how many rows it held. Counted (``read:rejected:<reason>`` and
    ``read:grouped_rejections``, ``rows`` each), so the report's inputs and rejected include them; never
    written."""

    reason: str
    rows: int


class Reject(Exception):
    """The whole file (or the rest of it) is unusable: one ``Rejected`` row with ``reason`` and ``detail``."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Reader:
    """One input format: the file-name suffixes it claims (lower case) and its ``read``.

    ``read(source, stream, cfg, extract)`` yields the file's items; ``source`` names the file in the output.
    ``seekable``: the format needs random access (Parquet's footer), so a compressed file of it is inflated
    into memory under ``max_inflated_bytes`` first. ``whole_file``: the file is one document (text, HTML).
    ``archive``: ``read`` yields the archive's members (``archive.Member``), each read as a file of its own.
    ``records``: each document's text is a field of a record, which may hold a page's HTML or Markdown
    (``markup.plain_record_text`` makes it plain).
    """

    name: str
    suffixes: tuple[str, ...]
    read: Callable[[str, BinaryIO, ReadConfig, Extract], Iterator]
    seekable: bool = False
    whole_file: bool = False
    archive: bool = False
    records: bool = False
