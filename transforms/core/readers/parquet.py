"""Parquet datasets: each row one record (``text_column``, ``id_column``, ``title``, ``url``, ``date``).

Read one row group at a time, a batch of rows at a time, only the columns used. Text stored as BINARY (older
writers, CSV conversions) is decoded as a file's bytes are. Row groups have boundaries the footer makes
certain, so a damaged row group is one rejection and the row groups before and after it are still read.

A batch becomes Python values a column at a time, in a way no single value can stop (``_cells``): a string
cell that is not UTF-8 is decoded as a BINARY cell is (and counted, ``<field>_not_utf8``), a value Python
cannot hold (a year past 9999) is ``records.Unreadable`` for that field alone, and nanosecond timestamps
are read in microseconds. Only pages the decoder cannot read end a row group early: the rest of it is one
``corrupt_parquet`` row that says how many rows it held, and those rows are counted as inputs (``Grouped``).

The text is the column ``--text_column`` names (or, dotted, a field of a struct column) and no other: a
file with ``text`` and ``content`` (or ``body``) reads ``text`` and never looks at the rest, so which column
is the text never depends on what else a file holds. Two columns with one name among those read (Arrow
allows it; ``to_pylist`` silently kept the last) make the file ``duplicate_column``: which one holds the
text, id or field cannot be known (a JSON record with a key twice is refused the same way).
"""
from __future__ import annotations

import dataclasses
from typing import BinaryIO, Iterator

from wirewash.transforms.core.readers.base import (
    Extract,
    Grouped,
    RawDoc,
    ReadConfig,
    Reader,
    Reject,
    error_detail,
)
from wirewash.transforms.core.readers.records import (
    METADATA_FIELDS,
    Unreadable,
    field_value,
    read_fields,
    record_to_doc,
)
from wirewash.transforms.core.schema import ARTICLE_SCHEMA, Rejected, make_doc_id
from wirewash.transforms.core.wording import count_of

_BATCH_ROWS = 1024


def _content_id(record_source: str, text: object) -> str:
    if isinstance(text, str):
        content = text.encode("utf-8", "surrogatepass")
    elif isinstance(text, (bytes, bytearray)):
        content = bytes(text)
    else:
        content = b""
    return make_doc_id(record_source, content)


def _cell(column, row: int) -> object:
    try:
        return column[row].as_py()
    except Exception as e:  # noqa: BLE001 - whatever pyarrow raises for a value, it is that value's alone
        return Unreadable(f"{column.type}: {error_detail(e)}"[:200])


def _cells(column) -> tuple[list, list[int]]:
    """One column of a batch as Python values, one per row, and the rows whose string was not UTF-8 (kept as
    bytes, which ``records.as_text`` decodes as it decodes a BINARY cell). Never raises for a value: one that
    Python cannot hold is ``Unreadable`` in its row alone."""
    import pyarrow as pa

    if pa.types.is_dictionary(column.type):  # pandas' categoricals
        column = column.dictionary_decode()
    if pa.types.is_timestamp(column.type) and column.type.unit == "ns":
        # What pandas and Spark write. Without pandas, ``to_pylist`` raises on a real nanosecond; with it, it
        # gives pandas Timestamps. A datetime holds microseconds, finer than any publication time.
        column = column.cast(pa.timestamp("us", column.type.tz), safe=False)
    try:
        return column.to_pylist(), []
    except Exception:  # noqa: BLE001 - a value Python cannot hold (bad UTF-8, a year past 9999): cell by cell
        pass
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        return [_cell(column, row) for row in range(len(column))], []
    # As binary the bytes come as stored: the cast checks no UTF-8.
    values = column.cast(pa.large_binary()).to_pylist()
    not_utf8 = []
    for row, value in enumerate(values):
        if value is not None:
            try:
                values[row] = value.decode("utf-8")
            except UnicodeDecodeError:
                not_utf8.append(row)
    return values, not_utf8


def _rows(batch, fields: dict[str, str]) -> Iterator[tuple[dict, tuple[str, ...]]]:
    """(record, what was repaired in it) per row of ``batch``; ``fields`` names each column's field."""
    records: list[dict] = [{} for _ in range(batch.num_rows)]
    repaired: list[tuple[str, ...]] = [()] * batch.num_rows
    for name, column in zip(batch.schema.names, batch.columns):
        values, not_utf8 = _cells(column)
        for record, value in zip(records, values):
            record[name] = value
        for row in not_utf8:
            repaired[row] += (f"{fields[name]}_not_utf8",)
    return zip(records, repaired)


def _column_of(field: str, schema) -> str | None:
    """The column holding ``field``: the one of that name, else the struct column a dotted name's first step
    names when its struct fields hold the rest (``_source.text``, read by ``records.field_value``); None."""
    import pyarrow as pa

    if field in schema.names:
        return field
    root, *steps = field.split(".")
    if not steps or root not in schema.names:
        return None
    kind = schema.field(schema.names.index(root)).type
    for step in steps:
        if not pa.types.is_struct(kind) or kind.get_field_index(step) < 0:
            return None
        kind = kind.field(step).type
    return root


def _read_parquet(
    source: str, stream: BinaryIO, cfg: ReadConfig, _extract: Extract
) -> Iterator[RawDoc | Rejected | Grouped]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pfile = pq.ParquetFile(stream)
    except (pa.ArrowException, OSError) as e:
        raise Reject("corrupt_parquet", f"not a readable Parquet file: {e}") from None
    schema = pfile.schema_arrow
    text_column = _column_of(cfg.text_column, schema)
    if text_column is None:
        columns = ", ".join(f"{f.name} ({f.type})" for f in schema)
        raise Reject("no_text_column", f"no column {cfg.text_column!r}; columns: {columns}"[:300])
    id_column = _column_of(cfg.id_column, schema)
    if id_column is None and set(ARTICLE_SCHEMA.names) <= set(schema.names):
        # wirewash's own articles or duplicates table read back (``--input out/articles``): the ids the input
        # gave are its input_id column (they were all lost under the default --id_column).
        cfg = dataclasses.replace(cfg, id_column="input_id")
        id_column = "input_id"
    columns = list(dict.fromkeys(c for c in (_column_of(f, schema) for f in read_fields(cfg)) if c))
    twice = [c for c in columns if schema.names.count(c) > 1]
    if twice:
        counts = ", ".join(f"{schema.names.count(c)} columns named {c!r}" for c in twice)
        raise Reject("duplicate_column", f"{counts}: which one to read is ambiguous; rename or drop one")
    # Counter names say which field, whatever --text_column and --id_column call it.
    fields = {**{f: f for f in METADATA_FIELDS}, id_column: "id", text_column: "text"}
    first_row = 1
    for group in range(pfile.metadata.num_row_groups):
        rows = pfile.metadata.row_group(group).num_rows
        n = first_row
        batches = pfile.iter_batches(batch_size=_BATCH_ROWS, columns=columns, row_groups=[group])
        while True:
            try:
                batch = next(batches, None)
            except Exception as e:  # noqa: BLE001 - damaged pages, whatever the decoder raises for them
                # The rest of this row group is one rejection standing for its rows; the next row group
                # starts where the footer says.
                lost = first_row + rows - n
                rest = f"{source}#{n}"
                detail = f"row group {group} unreadable from row {n} to {first_row + rows - 1} ({count_of(lost, 'row')})"
                yield Rejected(make_doc_id(rest, b""), rest, "corrupt_parquet", f"{detail}: {e}"[:300])
                if lost > 1:
                    yield Grouped("corrupt_parquet", lost - 1)
                break
            if batch is None:
                break
            for record, repaired in _rows(batch, fields):
                record_source = f"{source}#{n}"
                n += 1
                content_id = _content_id(record_source, field_value(record, cfg.text_column))
                yield record_to_doc(record, source, record_source, content_id, cfg, repaired)
        first_row += rows
    if first_row == 1:
        raise Reject("empty", "no rows in the Parquet file")


PARQUET = Reader("parquet", (".parquet",), _read_parquet, seekable=True, records=True)
