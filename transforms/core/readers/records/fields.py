"""A record's fields as the options name them: the fields read, a dotted path into nested objects
(``field_value``), the input's own id and the doc_id it gives, and a record's field names for a detail."""
from __future__ import annotations

import decimal

from wirewash.transforms.core.readers.base import ReadConfig
from wirewash.transforms.core.readers.records.values import WrittenFloat, _decimal_as_number, _kind, as_text
from wirewash.transforms.core.schema import make_doc_id


# Fields of a record read besides the text and the id (JSON Lines fields and Parquet columns alike).
METADATA_FIELDS = ("title", "url", "date", "publisher")


def read_fields(cfg: ReadConfig) -> tuple[str, ...]:
    """Every field or column name a record is read from."""
    return (cfg.text_column, cfg.id_column, *METADATA_FIELDS)


class _BadRecord(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


class _Absent:
    """What ``field_value`` gives for a field the record does not have (null is a value it has)."""


ABSENT = _Absent()


def field_value(record: dict, path: str) -> object:
    """The value ``path`` (``--text_column``, ``--id_column``) names in ``record``: the key itself when the
    record has it (a key may hold dots: "og.title"), else one step into a nested object per dot
    ("_source.text", "_id.$oid"); ``ABSENT`` when a step is missing or reaches no object. Raises _BadRecord
    (``duplicate_column``) when an object stepped through holds the step's key twice."""
    if path in record:
        return record[path]
    if "." not in path:
        return ABSENT
    value: object = record
    for step in path.split("."):
        if not isinstance(value, dict) or step not in value:
            return ABSENT
        if step in getattr(value, "duplicated", ()):
            detail = f"{step!r} of {path!r} given more than once: which to read is ambiguous"
            raise _BadRecord("duplicate_column", detail)
        value = value[step]
    return value


def _is_records(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def record_arrays(record: dict) -> list[tuple[str, int]]:
    """(dotted path, length) of each non-empty array of objects in ``record`` or in an object it holds: where
    an API's envelope keeps its records ("articles", Elasticsearch's "hits.hits")."""
    found = []
    for key, value in record.items():
        if _is_records(value):
            found.append((key, len(value)))
        elif isinstance(value, dict):
            found += [(f"{key}.{k}", len(v)) for k, v in value.items() if _is_records(v)]
    return found


def input_id_of(value: object) -> str | None:
    """The input's own id as a string: strings exactly as given (" 1" and "1" are two ids, as they are to
    the store that gave them: stripped, they were one and the second record was lost as ``duplicate_id``)
    and integers as their decimal digits (an integral float too, as pandas writes integer ids of a column with
    nulls), so 1, 1.0 and "1" are one id, as an exporter that quotes some ids means them; None when absent,
    null or blank. Raises _BadRecord for any other kind."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        # The digits as written when the parser kept them: 9007199254740993.0 is read as the float
        # 9007199254740992.0, another record's id (break12 F5); 1.5e0 or 2.00000000000000001 stay no integer.
        exact = decimal.Decimal(value.written) if isinstance(value, WrittenFloat) else decimal.Decimal(value)
        if exact == exact.to_integral_value():
            value = int(exact)
    value = _decimal_as_number(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    # Lone surrogates kept: "x\ud800" and "x\ud801" are two ids (break12 F3); ``record_to_doc`` writes U+FFFD.
    text = value if isinstance(value, str) else as_text(value)
    if text is None:
        raise _BadRecord("bad_id", f"id is {_kind(value)}, not a string or an integer")
    return text if text.strip() else None


def leading_input_id(fields: dict, cfg: ReadConfig) -> str | None:
    """The input id (``--id_column``) that ``fields``, the start of a record too large to read, gives; None
    when they give none or one that would be refused (``bad_id``, ``field_too_long``): a rejection that
    names the record's id is found by it, not by counting lines (fresh12 F8)."""
    try:
        value = field_value(fields, cfg.id_column)
        input_id = input_id_of(None if value is ABSENT else value)
        _check_id_size(cfg.id_column, input_id, cfg.max_id_bytes)
    except _BadRecord:
        return None
    return input_id


def _check_id_size(field: str, value: str | None, limit: int) -> None:
    size = len(value.encode("utf-8", "surrogatepass")) if value is not None and len(value) > limit // 4 else 0
    if size > limit:
        raise _BadRecord("field_too_long", f"{field} is {size} bytes, over {limit}")


# A record's field names in a rejection's detail: enough to spot the text's field, never a record's worth.
_FIELD_NAME_CHARS = 40
_FIELD_NAMES_CHARS = 200


def fields_listed(record: dict) -> str:
    """The field names a record has, for a detail: "the record has 'body', 'headline', 'id'", each name and
    the list cut short ("... and 40 more")."""
    if not record:
        return "the record has no fields"
    names: list[str] = []
    for key in record:
        name = repr(key if len(key) <= _FIELD_NAME_CHARS else key[: _FIELD_NAME_CHARS - 3] + "...")
        if names and sum(len(n) + 2 for n in names) + len(name) > _FIELD_NAMES_CHARS:
            break
        names.append(name)
    more = len(record) - len(names)
    return f"the record has {', '.join(names)}" + (f" and {more} more" if more else "")


def id_doc_id(file_source: str, input_id: str) -> str:
    """doc_id of a record the input names: one per (file, input id), whatever the record's position."""
    # "\0" cannot occur in a source, so this never equals the id of a source hashed with its content.
    return make_doc_id(f"{file_source}\0id", input_id.encode("utf-8", "surrogatepass"))
