"""Parquet datasets: each row one record (``text_column``, ``id_column``, ``title``, ``url``, ``date``).

Read one row group at a time, a batch of rows at a time, only the columns used. Text stored as BINARY (older
writers, CSV conversions) is decoded as a file's bytes are. Row groups have boundaries the footer makes
certain, so a damaged row group is one rejection and the row groups before and after it are still read.

The text is the column ``--text_column`` names and no other: a file with ``text`` and ``content`` (or
``body``) reads ``text`` and never looks at the rest, so which column is the text never depends on what else
a file holds. Two columns with one name among those read (Arrow allows it; ``to_pylist`` silently kept the
last) make the file ``duplicate_column``: which one holds the text, id or field cannot be known (a JSON
record with a key twice is refused the same way).
"""
from __future__ import annotations

from typing import BinaryIO, Iterator

from wirewash.transforms.core.readers.base import Extract, RawDoc, ReadConfig, Reader, Reject
from wirewash.transforms.core.readers.records import read_fields, record_to_doc
from wirewash.transforms.core.schema import Rejected, make_doc_id

_BATCH_ROWS = 1024


def _content_id(record_source: str, text: object) -> str:
    if isinstance(text, str):
        content = text.encode("utf-8", "surrogatepass")
    elif isinstance(text, (bytes, bytearray)):
        content = bytes(text)
    else:
        content = b""
    return make_doc_id(record_source, content)


def _read_parquet(
    source: str, stream: BinaryIO, cfg: ReadConfig, _extract: Extract
) -> Iterator[RawDoc | Rejected]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pfile = pq.ParquetFile(stream)
    except (pa.ArrowException, OSError) as e:
        raise Reject("corrupt_parquet", f"not a readable Parquet file: {e}") from None
    schema = pfile.schema_arrow
    if cfg.text_column not in schema.names:
        columns = ", ".join(f"{f.name} ({f.type})" for f in schema)
        raise Reject("no_text_column", f"no column {cfg.text_column!r}; columns: {columns}"[:300])
    columns = [c for c in read_fields(cfg) if c in schema.names]
    twice = [c for c in columns if schema.names.count(c) > 1]
    if twice:
        counts = ", ".join(f"{schema.names.count(c)} columns named {c!r}" for c in twice)
        raise Reject("duplicate_column", f"{counts}: which one to read is ambiguous; rename or drop one")
    first_row = 1
    for group in range(pfile.metadata.num_row_groups):
        rows = pfile.metadata.row_group(group).num_rows
        n = first_row
        try:
            for batch in pfile.iter_batches(batch_size=_BATCH_ROWS, columns=columns, row_groups=[group]):
                for record in batch.to_pylist():
                    record_source = f"{source}#{n}"
                    n += 1
                    content_id = _content_id(record_source, record.get(cfg.text_column))
                    yield record_to_doc(record, source, record_source, content_id, cfg)
        except (pa.ArrowException, OSError, ValueError) as e:  # ValueError: a string column's bad UTF-8
            # The rest of this row group is one rejection; the next row group starts where the footer says.
            rest = f"{source}#{n}"
            detail = f"row group {group} unreadable from row {n} to {first_row + rows - 1}: {e}"
            yield Rejected(make_doc_id(rest, b""), rest, "corrupt_parquet", detail[:300])
        first_row += rows
    if first_row == 1:
        raise Reject("empty", "no rows in the Parquet file")


PARQUET = Reader("parquet", (".parquet",), _read_parquet, seekable=True)
