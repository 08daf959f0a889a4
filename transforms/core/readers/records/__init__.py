"""One dataset record (a JSON Lines object, a Parquet row) -> a RawDoc, or a rejection saying what was found.

Shared by the JSON Lines and Parquet readers so that a field means the same whatever the container: text and
metadata may arrive as strings or as bytes (a Parquet BINARY column, decoded like a file), ids as strings or
integers, dates as ISO or RFC 2822 strings, dates, timestamps or Unix times (``from_epoch``). A value the
container holds but Python cannot (``Unreadable``) costs its field, never the record or the records after it.

``controls`` removes C0 controls; ``values`` holds the JSON hooks' values and reads a value as text; ``dates``
reads ``date``; ``fields`` finds a field, the input id and the doc_id; ``doc`` builds the RawDoc or Rejected.
"""
from wirewash.transforms.core.readers.records.controls import CONTROL_RE, controls_removed, metadata_text
from wirewash.transforms.core.readers.records.dates import (
    extended_json_date,
    from_epoch,
    parse_date,
    parse_time,
    published_of,
)
from wirewash.transforms.core.readers.records.doc import bounded, record_to_doc
from wirewash.transforms.core.readers.records.fields import (
    ABSENT,
    METADATA_FIELDS,
    field_value,
    fields_listed,
    id_doc_id,
    input_id_of,
    leading_input_id,
    read_fields,
    record_arrays,
)
from wirewash.transforms.core.readers.records.values import (
    MAX_DIGITS,
    TOO_MANY_DIGITS,
    Fields,
    Unreadable,
    WrittenFloat,
    as_text,
    fields_of,
    json_constant,
    json_float,
    json_int,
)

__all__ = [
    "ABSENT", "CONTROL_RE", "MAX_DIGITS", "METADATA_FIELDS", "TOO_MANY_DIGITS", "Fields", "Unreadable",
    "WrittenFloat", "as_text", "bounded", "controls_removed", "extended_json_date", "field_value",
    "fields_listed", "fields_of", "from_epoch", "id_doc_id", "input_id_of", "json_constant", "json_float",
    "json_int", "leading_input_id", "metadata_text", "parse_date", "parse_time", "published_of",
    "read_fields", "record_arrays", "record_to_doc",
]
