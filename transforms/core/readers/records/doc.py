"""One record -> a RawDoc or a Rejected (``record_to_doc``), with a detail that says where the text may be
when it is not where looked; and every document's metadata held to the read limits (``bounded``)."""
from __future__ import annotations

import dataclasses

from wirewash.transforms.core.readers.base import RawDoc, ReadConfig
from wirewash.transforms.core.readers.records.controls import controls_removed
from wirewash.transforms.core.readers.records.dates import published_of
from wirewash.transforms.core.readers.records.fields import (
    ABSENT,
    _BadRecord,
    _check_id_size,
    field_value,
    fields_listed,
    id_doc_id,
    input_id_of,
    read_fields,
    record_arrays,
)
from wirewash.transforms.core.readers.records.values import (
    _SURROGATE_RE, Unreadable, _kind, _metadata, as_text,
)
from wirewash.transforms.core.schema import Rejected


def _cut(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` UTF-8 bytes, at a character boundary."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore").rstrip()


def bounded(doc: RawDoc, cfg: ReadConfig) -> RawDoc:
    """``doc`` with its metadata within ``cfg``'s limits: a title or publisher over ``max_title_bytes`` cut at
    a character boundary (``title_truncated``, ``publisher_truncated``), a URL over ``max_url_bytes`` dropped
    (``url_dropped``: a cut URL would point elsewhere). The registry applies it to every reader's
    documents."""
    changes: dict[str, str | None] = {}
    repaired = list(doc.repaired)
    for field, limit in (("title", cfg.max_title_bytes), ("publisher", cfg.max_title_bytes),
                         ("url", cfg.max_url_bytes)):
        value = getattr(doc, field)
        if value is None or len(value) <= limit // 4 or len(value.encode("utf-8")) <= limit:
            continue
        changes[field] = None if field == "url" else (_cut(value, limit) or None)
        repaired.append("url_dropped" if field == "url" else f"{field}_truncated")
    return dataclasses.replace(doc, **changes, repaired=tuple(repaired)) if changes else doc


def _where_the_text_may_be(record: dict, text_column: str) -> str:
    """The start of a ``no_text_field`` detail for a record without the text field that looks like an
    envelope of records, or holds the field one object down; "" otherwise."""
    arrays = record_arrays(record)
    if len(arrays) == 1:
        path, n = arrays[0]
        return f"field {path!r} is an array of {n} objects: use --records_path {path}; "
    if arrays:
        paths = ", ".join(repr(path) for path, _n in arrays)
        return f"fields {paths} are arrays of objects: name the one holding the records with --records_path; "
    nested = [k for k, v in record.items() if isinstance(v, dict) and text_column in v]
    if len(nested) > 1 and len(nested) == len(record):
        return (f"every field is an object holding {text_column!r}: a table keyed by row, as pandas' "
                "to_json(orient='index') writes; write it with orient='records', lines=True; ")
    if nested:
        return f"field {nested[0]!r} holds {text_column!r}: use --text_column {nested[0]}.{text_column}; "
    return ""


def _keyed_by_row(record: dict, columns: object) -> bool:
    """Whether ``record`` is a table written column by column (pandas' ``to_json()``, orient='columns'):
    every field an object keyed by the same row labels, the index's digits or, over two fields or more, any.
    A text field that is one object of named parts (a Parquet struct, WordPress's ``{"rendered": ...}``) is
    not: its detail names the part to read (``_text_inside``)."""
    if not isinstance(columns, dict) or not columns or not all(isinstance(v, dict) for v in record.values()):
        return False
    rows = set(columns)
    same = all(set(v) == rows for v in record.values())
    return same and (all(str(k).isdigit() for k in rows) or (len(record) > 1 and len(rows) > 1))


def _text_inside(value: object, text_column: str) -> str:
    """For a text field that is an object: the dotted ``--text_column`` of its longest string, as a detail's
    end; "" when it holds none."""
    if not isinstance(value, dict):
        return ""
    strings = {k: v for k, v in value.items() if isinstance(v, str) and v.strip()}
    if not strings:
        return ""
    longest = max(strings, key=lambda k: len(strings[k]))
    return f" (its fields: {', '.join(map(repr, value))[:200]}): use --text_column {text_column}.{longest}"


def _paragraphs_joined(value: object) -> str | None:
    """A text given as a list of its paragraphs (a scraper's ``"text": ["First.", "Second."]``, a Parquet
    ``list<string>`` column) as one text, a blank line between paragraphs (nulls and blank ones left out);
    None for anything else, a list holding a number or an object included. Each such record was
    ``no_text_field`` "'text' is an array"."""
    if not isinstance(value, list) or not value:
        return None
    if not all(p is None or isinstance(p, str) for p in value):
        return None
    return "\n\n".join(p.strip() for p in value if p is not None and p.strip())


def record_to_doc(
    record: object,
    file_source: str,
    record_source: str,
    content_id: str,
    cfg: ReadConfig,
    repaired: tuple[str, ...] = (),
) -> RawDoc | Rejected:
    """One record of ``file_source`` (named ``record_source`` in the output) -> RawDoc or Rejected.

    ``content_id`` (a hash of the record's position and bytes) is the doc_id of a record without an id of its
    own; with one, the doc_id is ``id_doc_id(file_source, id)``, so two files may both number records "1".
    ``repaired`` names what the reader already had to mend in this record (``title_not_utf8``).
    """
    if not isinstance(record, dict):
        detail = f"record is {_kind(record)}, not an object"
        return Rejected(content_id, record_source, "no_text_field", detail)
    if _keyed_by_row(record, record.get(cfg.text_column)):
        # Before the id's own check, which would only say "id is an object".
        rows = len(record[cfg.text_column])
        detail = (f"every field is an object keyed by row ({rows} in {cfg.text_column!r}): a table written "
                  "column by column, as pandas' DataFrame.to_json() does by default; write it with "
                  "orient='records', lines=True")
        return Rejected(content_id, record_source, "no_text_field", detail)
    twice = [k for k in getattr(record, "duplicated", ()) if k in read_fields(cfg)]
    if twice:
        detail = f"{', '.join(map(repr, twice))} given more than once: which to read is ambiguous"
        return Rejected(content_id, record_source, "duplicate_column", detail)
    id_value = None
    try:
        id_value = field_value(record, cfg.id_column)
        input_id = input_id_of(None if id_value is ABSENT else id_value)
        _check_id_size(cfg.id_column, input_id, cfg.max_id_bytes)
        raw_text = field_value(record, cfg.text_column)
    except _BadRecord as b:
        detail = b.detail
        if b.reason == "bad_id" and isinstance(id_value, dict) and id_value:
            # mongoexport's {"_id": {"$oid": "..."}}: the id is one step down.
            step = next(iter(id_value))
            detail += f"; name a field of it with a dotted --id_column ({cfg.id_column}.{step})"
        return Rejected(content_id, record_source, b.reason, detail)
    doc_id = id_doc_id(file_source, input_id) if input_id is not None else content_id
    input_id = _SURROGATE_RE.sub("\ufffd", input_id) if input_id is not None else None

    def rejected(reason: str, detail: str) -> Rejected:
        return Rejected(doc_id, record_source, reason, detail, input_id=input_id)

    if isinstance(raw_text, (bytes, bytearray)) and len(raw_text) > cfg.max_doc_bytes:
        return rejected("too_large", f"{len(raw_text)} bytes > max_doc_bytes={cfg.max_doc_bytes}")
    joined = _paragraphs_joined(raw_text)
    if joined is not None:
        raw_text, repaired = joined, (*repaired, "text_from_paragraphs")
    text = as_text(raw_text)
    if text is None:
        if raw_text is ABSENT:
            looked = f"looked for field {cfg.text_column!r} (--text_column)"
            hint = _where_the_text_may_be(record, cfg.text_column)
            return rejected("no_text_field", f"{looked}; {hint}{fields_listed(record)}")
        return rejected("no_text_field", f"{cfg.text_column!r} is {_kind(raw_text)}, not a string"
                        + _text_inside(raw_text, cfg.text_column))
    if len(text) > cfg.max_doc_bytes // 4 and len(text.encode("utf-8")) > cfg.max_doc_bytes:
        return rejected("too_large", f"{len(text.encode('utf-8'))} bytes > max_doc_bytes={cfg.max_doc_bytes}")
    # Controls removed before the emptiness test: a text of only "\b" is no text (found by fuzzing).
    text = controls_removed(text)
    if not text.strip():
        return rejected("no_text_field", f"{cfg.text_column!r} is an empty string")
    title, url, publisher = (_metadata(record.get(name)) for name in ("title", "url", "publisher"))
    dropped = [f"{name}_unreadable" for name in ("title", "url", "publisher")
               if isinstance(record.get(name), Unreadable)]
    # A list, object or boolean ("title": ["a", "b"], mongoexport) names no one text to keep: null, counted.
    kept = {"title": title, "url": url, "publisher": publisher}
    dropped += [f"{name}_not_text" for name, value in kept.items()
                if value is None and isinstance(record.get(name), (list, dict, bool))]
    published, published_at, unparsed = published_of(record.get("date"))
    return RawDoc(
        doc_id=doc_id,
        source=record_source,
        text=text,
        title=title,
        url=url,
        published=published,
        published_at=published_at,
        publisher=publisher,
        input_id=input_id,
        repaired=(*repaired, *dropped, *unparsed),
        from_record=True,
    )
