"""Inputs that hold many documents or wrap another format: WARC, Parquet and zstandard-compressed files.

``read_input`` is the entry point for one open file: it reads the containers here and hands everything else
(and every WARC record's HTML, and every inflated .zst) to ``parse.parse_stream`` / ``parse.parse_file``, so
that limits, decoding and HTML extraction (with its time limit) work the same whatever the container.
"""

from __future__ import annotations

import dataclasses
import io
from typing import BinaryIO, Iterator

from transforms.core.counters import Inc
from transforms.core.html import extract_page
from transforms.core.parse import (
    Extract,
    RawDoc,
    ReadConfig,
    parse_date,
    parse_file,
    parse_stream,
    record_to_doc,
)
from transforms.core.schema import Rejected, make_doc_id

WARC_EXTENSIONS = (".warc", ".warc.gz")
PARQUET_EXTENSIONS = (".parquet",)
ZSTD_EXTENSION = ".zst"
# Columns besides text and id that a dataset row may carry (the same names as JSON Lines fields).
_METADATA_COLUMNS = ("title", "url", "date")
_PARQUET_BATCH_ROWS = 1024


def container_of(source: str) -> str | None:
    """ "warc", "parquet", "zst" or None (a format ``parse_file`` reads) from the file name."""
    lower = source.lower()
    if lower.endswith(WARC_EXTENSIONS):
        return "warc"
    if lower.endswith(PARQUET_EXTENSIONS):
        return "parquet"
    if lower.endswith(ZSTD_EXTENSION):
        return "zst"
    return None


def rejected_input(source: str, data: bytes, reason: str, detail: str, inc: Inc) -> Rejected:
    """A counted rejection of ``source`` (id from its name and the bytes read of it), detail cut to 300 chars."""
    inc(f"read:rejected:{reason}")
    return Rejected(make_doc_id(source, data), source, reason, detail[:300])


def zstd_bounded(data: bytes, limit: int) -> bytes | None:
    """Inflate zstandard data (every frame), or None when it would produce more than ``limit`` bytes.

    Raises ``zstandard.ZstdError`` on corrupt data.
    """
    import zstandard

    reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True)
    out = bytearray()
    while len(out) <= limit:
        chunk = reader.read(limit + 1 - len(out))
        if not chunk:
            return bytes(out)
        out += chunk
    return None


def _parse_zst(
    source: str, data: bytes, cfg: ReadConfig, inc: Inc, extract: Extract
) -> Iterator[RawDoc | Rejected]:
    import zstandard

    if not data:
        yield rejected_input(source, data, "empty", "empty .zst file", inc)
        return
    try:
        inflated = zstd_bounded(data, cfg.max_inflated_bytes)
    except zstandard.ZstdError as e:
        yield rejected_input(source, data, "corrupt_zstd", f"not a valid zstandard stream: {e}", inc)
        return
    if inflated is None:
        yield rejected_input(
            source, data, "too_large", f"inflates past max_inflated_bytes={cfg.max_inflated_bytes}", inc
        )
        return
    inner = source[: -len(ZSTD_EXTENSION)]
    if container_of(inner) is not None:
        yield from _parse_container(container_of(inner), source, inflated, cfg, inc, extract)
    else:
        yield from parse_file(source, inflated, cfg, inc, extract, name=inner)


def parse_warc(
    source: str, stream: BinaryIO, cfg: ReadConfig, inc: Inc, extract: Extract = extract_page
) -> Iterator[RawDoc | Rejected]:
    """Each HTML response of a WARC (plain or gzipped per record, as Common Crawl writes them).

    A record's HTML is read like an ``.html`` file; its target URI becomes ``url`` and its WARC-Date
    ``fetched``. Records that are not HTML responses (requests, metadata, images, PDFs) are not documents:
    they are counted as ``read:skipped:*``, not rejected.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    responses = 0
    records = ArchiveIterator(stream, parse_http=True)
    n = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except OSError as e:
            # The records before the damage are kept; the rest of the file is one rejection.
            yield rejected_input(f"{source}#{n + 1}", b"", "corrupt_warc", f"unreadable WARC record: {e}", inc)
            return
        n += 1
        if record.record_type != WarcRecordType.response:
            inc("read:skipped:warc_not_response")
            continue
        content_type = (record.http_headers.get("Content-Type") or "") if record.http_headers else ""
        if "html" not in content_type.lower():
            inc("read:skipped:warc_not_html")
            continue
        responses += 1
        record_source = f"{source}#{n}"
        if record.content_length > cfg.max_doc_bytes:
            inc("read:rejected:too_large")
            yield Rejected(
                make_doc_id(record_source, b""),
                record_source,
                "too_large",
                f"{record.content_length} bytes > max_doc_bytes",
            )
            continue
        payload = record.reader.read()
        fetched = parse_date(record.headers.get("WARC-Date"))
        url = record.headers.get("WARC-Target-URI") or None
        for item in parse_file(record_source, payload, cfg, inc, extract, name="record.html"):
            if isinstance(item, RawDoc):
                # The crawl's URI is where the page was fetched; page metadata may name a canonical URL
                # instead.
                item = dataclasses.replace(item, url=item.url or url, fetched=fetched)
            yield item
    if not responses:
        yield rejected_input(source, b"", "no_html_responses", "no HTML response records in the WARC", inc)


def parse_parquet(source: str, stream: BinaryIO, cfg: ReadConfig, inc: Inc) -> Iterator[RawDoc | Rejected]:
    """Each row of a Parquet file: ``cfg.text_column`` is the text, ``cfg.id_column`` (if present) the id.

    Only the text, id and metadata columns are read, a batch of rows at a time.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pfile = pq.ParquetFile(stream)
    except (pa.ArrowException, OSError) as e:
        yield rejected_input(source, b"", "corrupt_parquet", f"not a readable Parquet file: {e}", inc)
        return
    names = set(pfile.schema_arrow.names)
    if cfg.text_column not in names:
        yield rejected_input(
            source,
            b"",
            "no_text_column",
            f"no column {cfg.text_column!r} (columns: {', '.join(sorted(names))[:200]})",
            inc,
        )
        return
    columns = [c for c in (cfg.text_column, cfg.id_column, *_METADATA_COLUMNS) if c in names]
    n = 0
    batches = pfile.iter_batches(batch_size=_PARQUET_BATCH_ROWS, columns=columns)
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            break
        except (pa.ArrowException, OSError) as e:
            # The rows before the damage are kept; the rest of the file is one rejection.
            yield rejected_input(f"{source}#{n + 1}", b"", "corrupt_parquet", f"unreadable row group: {e}", inc)
            return
        for record in batch.to_pylist():
            n += 1
            record_source = f"{source}#{n}"
            text = record.get(cfg.text_column)
            doc_id = make_doc_id(
                record_source, text.encode("utf-8", "surrogatepass") if isinstance(text, str) else b""
            )
            if isinstance(text, str) and len(text) > cfg.max_doc_bytes:
                inc("read:rejected:too_large")
                yield Rejected(doc_id, record_source, "too_large", f"{len(text)} characters > max_doc_bytes")
                continue
            if record.get("date") is not None and not isinstance(record["date"], str):
                record["date"] = str(record["date"])  # a date or timestamp column
            yield record_to_doc(record, record_source, doc_id, cfg, inc)
    if n == 0:
        yield rejected_input(source, b"", "empty", "no rows in the Parquet file", inc)


def _parse_container(
    kind: str, source: str, data: bytes, cfg: ReadConfig, inc: Inc, extract: Extract
) -> Iterator[RawDoc | Rejected]:
    if kind == "zst":
        yield from _parse_zst(source, data, cfg, inc, extract)
    elif kind == "warc":
        yield from parse_warc(source, io.BytesIO(data), cfg, inc, extract)
    else:
        yield from parse_parquet(source, io.BytesIO(data), cfg, inc)


def read_input(
    source: str, stream: BinaryIO, cfg: ReadConfig, inc: Inc, extract: Extract = extract_page
) -> Iterator[RawDoc | Rejected]:
    """Every document of one open input file, whatever its format.

    WARC and Parquet files hold many documents (a Common Crawl WARC is about 1 GB) and are read a record or
    a batch of rows at a time; a .zst is inflated whole under ``max_inflated_bytes``; the plain formats are
    streamed by ``parse.parse_stream``. Each document is held to ``max_doc_bytes`` either way.
    """
    kind = container_of(source)
    if kind == "warc":
        yield from parse_warc(source, stream, cfg, inc, extract)
    elif kind == "parquet":
        yield from parse_parquet(source, stream, cfg, inc)
    elif kind == "zst":
        # One byte past the limit is enough to know a file is too large, without holding all of it.
        data = stream.read(cfg.max_inflated_bytes + 1)
        if len(data) > cfg.max_inflated_bytes:
            limit = cfg.max_inflated_bytes
            yield rejected_input(source, data, "too_large", f"file larger than max_inflated_bytes={limit}", inc)
        else:
            yield from _parse_zst(source, data, cfg, inc, extract)
    else:
        yield from parse_stream(source, stream, cfg, inc, extract)


def parse_input(
    source: str, data: bytes, cfg: ReadConfig, inc: Inc, extract: Extract = extract_page
) -> Iterator[RawDoc | Rejected]:
    """``read_input`` over bytes already in memory."""
    return read_input(source, io.BytesIO(data), cfg, inc, extract)
