"""One dataset record (a JSON Lines object, a Parquet row) -> a RawDoc, or a rejection saying what was found.

Shared by the JSON Lines and Parquet readers so that a field means the same whatever the container: text and
metadata may arrive as strings or as bytes (a Parquet BINARY column, decoded like a file), ids as strings or
integers, dates as ISO or RFC 2822 strings, dates, timestamps or Unix times (``from_epoch``). A value the
container holds but Python cannot (``Unreadable``) costs its field, never the record or the records after it.
"""
from __future__ import annotations

import dataclasses
import datetime
import decimal
import email.utils
import math
import re

from wirewash.transforms.core.readers.base import RawDoc, ReadConfig
from wirewash.transforms.core.readers.encoding import decode_text
from wirewash.transforms.core.schema import Rejected, make_doc_id

# C0 controls other than tab, newline, form feed and carriage return carry no text.
_CONTROLS = "\x00-\x08\x0b\x0e-\x1f\x7f"
CONTROL_RE = re.compile(f"[{_CONTROLS}]")
# Except the breaks: Word's manual line break (\x0b, Shift+Enter in its text exports) ends a line, a page
# break (\x0c) and a file, group or record separator (\x1c-\x1e) a paragraph, and a unit separator (\x1f)
# parts two words; deleted, they glued "year.But" (newcomer's F16, fresh11 F4).
_BREAKS = str.maketrans(
    {"\x0b": "\n", "\x0c": "\n\n", "\x1c": "\n\n", "\x1d": "\n\n", "\x1e": "\n\n", "\x1f": " "}
)
_BREAK_OR_CONTROL_RE = re.compile(f"[\x0c{_CONTROLS}]")
# Any other control between a word and the next stands for the space a fixed-width or C export wrote as NUL
# ("The\0UK's\0jobless" lost its spaces); before a space, a punctuation mark or the end it is padding: it
# goes.
_BETWEEN_WORDS_RE = re.compile(f"(?<=[^\\s{_CONTROLS}])[{_CONTROLS}]+(?=\\w)")


def controls_removed(text: str) -> str:
    """``text`` without the C0 controls that carry no text: its line, page and information separators made
    breaks or spaces, a control between two words a space, the others deleted."""
    if not _BREAK_OR_CONTROL_RE.search(text):
        return text
    return CONTROL_RE.sub("", _BETWEEN_WORDS_RE.sub(" ", text.translate(_BREAKS)))


def metadata_text(value: str | None) -> str | None:
    """A title, byline or publisher without C0 controls (a NUL breaks PostgreSQL's COPY and C-string tools),
    on one line; None when nothing else is left."""
    if value is None or not _BREAK_OR_CONTROL_RE.search(value):
        return value
    return " ".join(controls_removed(value).split()) or None


# json.loads turns a lone "\ud800" escape into a lone surrogate, which no UTF-8 writer accepts.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_DATE_RE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_CLOCK_RE = re.compile(r"\d:\d\d")
# "[Mon, ]04 Mar 2024 ...": a day, an English month abbreviation, a year (email.utils parses the rest).
_RFC2822_RE = re.compile(r"\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\b")
# A date with its month named in English, alone on the line: "2 December 2026", "Dec. 2, 2026", "Tuesday,
# December 2, 2026". The month's name leaves no doubt about the order; "02/12/2026" does, and stays unread.
_MONTHS = {
    name: n
    for n, full in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"),
        1,
    )
    for name in (full, full[:3], *(("sept",) if n == 9 else ()))
}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_NAMED_MONTH_RE = re.compile(
    r"\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:(\d{{1,2}})\s+{_MONTH},?\s+(\d{{4}})|{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}}))\s*",
    re.IGNORECASE,
)
# "26-FEB-1987 15:01:01.79": Reuters-21578's <DATE> and Oracle's DD-MON-YYYY, read as the ISO form it spells
# (fresh12 F7: every date of the corpus was null). A two-digit year ("26-FEB-87") names no century: unread.
_DASHED_DATE_RE = re.compile(
    rf"\s*(\d{{1,2}})-{_MONTH}-(\d{{4}})(?:[ T]+(\d{{1,2}}:\d\d(?::\d\d(?:\.\d{{1,6}})?)?))?\s*", re.IGNORECASE
)
# A Unix time given as a string of digits ("1764669600"), read as the number would be.
_DIGITS_RE = re.compile(r"\s*\d{1,13}\s*", re.ASCII)
# Years a publication date can have: a sentinel ("9999-12-31", "0001-01-01") must not order --keep or
# look like a second date of a story.
_PLAUSIBLE_YEARS = (1800, 2199)
# Unix times a JSON number or a Parquet integer may give for ``date``: seconds from 1e8 (1973-03-03) and
# milliseconds from 1e11 (also 1973-03-03), each below ten times that. The ranges do not overlap, so the unit
# is never guessed; what falls between (1e10 s is 2286, 1e10 ms is 1970-04-26), below (20240304 is a
# yyyymmdd, not a time) or past (microseconds) is refused. The year limit above still applies.
_EPOCH_SECONDS = (1e8, 1e10)
_EPOCH_MILLISECONDS = (1e11, 1e13)


def parse_date(value: object) -> datetime.date | None:
    """An ISO date or datetime string, an RFC 2822 one (RSS ``pubDate``: "Mon, 04 Mar 2024 10:00:00 GMT"), a
    date with its month named ("2 December 2026", "Dec. 2, 2026"), a date or a datetime -> date (the local
    date where a time zone is given); None for anything else, an impossible date ("2024-02-30") or a year
    outside 1800-2199 (placeholders such as "9999-12-31")."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value if _PLAUSIBLE_YEARS[0] <= value.year <= _PLAUSIBLE_YEARS[1] else None
    if not isinstance(value, str):
        return None
    m = _DATE_RE.match(value)
    named = None if m else _NAMED_MONTH_RE.fullmatch(value)
    try:
        if m:
            return parse_date(datetime.date(int(m[1]), int(m[2]), int(m[3])))
        if named:
            day, month, year = (named[1], named[2], named[3]) if named[1] else (named[5], named[4], named[6])
            return parse_date(datetime.date(int(year), _MONTHS[month.lower()], int(day)))
        return parse_date(email.utils.parsedate_to_datetime(value)) if _RFC2822_RE.match(value) else None
    except (ValueError, TypeError, IndexError, OverflowError):
        return None


def parse_time(value: object) -> datetime.datetime | None:
    """The moment an ISO 8601 or RFC 2822 date-time string or a datetime names, as a timezone-aware UTC
    datetime; None when it gives no time of day (a bare date: ``published`` keeps the day), is not one, or
    falls on a day ``parse_date`` refuses.

    An offset ("+05:30", "Z") is honoured; a naive time ("1987-03-27T12:27:03", a wire's local time) is read
    as UTC, so two naive times of one feed keep their order. Strings are read by ``datetime.fromisoformat``
    (Python 3.11 takes "Z", a space for "T", fractions of a second and reduced forms such as "T12:27").
    """
    if isinstance(value, str):
        text = value.strip()
        m = _DATE_RE.match(text)
        try:
            if m and len(text) > m.end():
                value = datetime.datetime.fromisoformat(text)
            elif not m and _RFC2822_RE.match(text):
                value = email.utils.parsedate_to_datetime(text)
            else:
                return None
        except (ValueError, TypeError, IndexError, OverflowError):
            return None
    # A moment on a day ``parse_date`` refuses (a placeholder year) is no moment either.
    if not isinstance(value, datetime.datetime) or parse_date(value) is None:
        return None
    try:
        if value.tzinfo is None or value.utcoffset() is None:
            return value.replace(tzinfo=datetime.timezone.utc)
        return value.astimezone(datetime.timezone.utc)
    except (ValueError, OverflowError):  # an offset that takes year 1 or 9999 out of range; pandas' NaT
        return None


def from_epoch(value: object) -> datetime.datetime | None:
    """A Unix time in seconds or milliseconds (an int or a finite float in ``_EPOCH_SECONDS`` or
    ``_EPOCH_MILLISECONDS``) -> a UTC datetime; None for anything else, booleans included."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    for (low, high), per_second in ((_EPOCH_SECONDS, 1), (_EPOCH_MILLISECONDS, 1000)):
        if low <= value < high:
            return datetime.datetime.fromtimestamp(value / per_second, datetime.timezone.utc)
    return None


def _gives_time(value: object) -> bool:
    """Whether a ``date`` value says more than a day: a datetime, or a string going on past its date."""
    if isinstance(value, str):
        text = value.strip()
        m = _DATE_RE.match(text)
        # A day in words ("2 December 2026", "Dec. 2, 2026") goes on past an ISO date's length with no time.
        return _CLOCK_RE.search(text) is not None if m is None else len(text) > m.end()
    return isinstance(value, datetime.datetime)


_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
_MILLISECONDS_RE = re.compile(r"-?\d{1,18}", re.ASCII)


def extended_json_date(value: object) -> object:
    """MongoDB extended JSON's date (mongoexport, ``bsondump``), an object of one key ``$date`` -> what it
    holds: the ISO string of relaxed mode (``{"$date": "2024-03-04T10:00:00Z"}``), or a UTC datetime for a
    count of milliseconds since 1970, canonical mode's ``{"$date": {"$numberLong": "1709546400000"}}`` or
    the legacy ``{"$date": 1709546400000}``; milliseconds always, never guessed as seconds (``from_epoch``
    would read 1e9 ms as seconds). Any other value, or one that cannot be a datetime, is returned as it is."""
    if not (isinstance(value, dict) and len(value) == 1 and "$date" in value):
        return value
    inner = value["$date"]
    if isinstance(inner, str):
        return inner
    if isinstance(inner, dict) and len(inner) == 1 and isinstance(inner.get("$numberLong"), str):
        inner = int(inner["$numberLong"]) if _MILLISECONDS_RE.fullmatch(inner["$numberLong"]) else None
    if isinstance(inner, bool) or not isinstance(inner, int):
        return value
    try:
        return _EPOCH + datetime.timedelta(milliseconds=inner)
    except OverflowError:
        return value


def _iso_of_dashed(value: object) -> object:
    """A "DD-MON-YYYY[ HH:MM[:SS[.f]]]" string as the ISO string it spells ("26-FEB-1987 15:01:01.79" ->
    "1987-02-26 15:01:01.79"), so ``parse_date`` and ``parse_time`` read it as they read ISO; any other value,
    or an impossible day, as it is."""
    m = _DASHED_DATE_RE.fullmatch(value) if isinstance(value, str) else None
    if m is None:
        return value
    day, month, year, clock = int(m[1]), _MONTHS[m[2].lower()], m[3], m[4]
    if clock and len(clock.split(":", 1)[0]) == 1:
        clock = "0" + clock
    return f"{year}-{month:02d}-{day:02d}" + (f" {clock}" if clock else "")


def published_of(value: object) -> tuple[datetime.date | None, datetime.datetime | None, tuple[str, ...]]:
    """A ``date`` field -> (published, published_at, repaired): ``parse_date`` and ``parse_time`` of it
    (unwrapped first when it is MongoDB's ``{"$date": ...}``, ``extended_json_date``; "26-FEB-1987 15:01:01"
    read as its ISO form, ``_iso_of_dashed``), a Unix time
    (``from_epoch``; a number, or a string of its digits) read as the UTC moment it names;
    ``("published_unparsed",)`` when a value was given (not null, not blank) but no date could be read from
    it, ``("published_at_unparsed",)`` when the day was read but the time of day it gives was not ("T25:00",
    a zone name, "+2400"), so the null is counted, not silent."""
    value = _iso_of_dashed(extended_json_date(_decimal_as_number(value)))
    moment = from_epoch(int(value) if isinstance(value, str) and _DIGITS_RE.fullmatch(value) else value)
    if moment is not None:
        value = moment
    published = parse_date(value)
    if published is None and value is not None and not (isinstance(value, str) and not value.strip()):
        return None, None, ("published_unparsed",)
    published_at = parse_time(value)
    if published is not None and published_at is None and _gives_time(value):
        # A feed whose every time names its zone ("10:00 Europe/London") lost every published_at unseen.
        return published, None, ("published_at_unparsed",)
    return published, published_at, ()


@dataclasses.dataclass(frozen=True)
class Unreadable:
    """In place of a value the reader could not turn into a Python one (a Parquet timestamp past year 9999, a
    time of day with nanoseconds); ``what`` says which and why. As a title, URL or publisher it is null and
    counted (``<field>_unreadable``), as a date ``published_unparsed``; as an id it rejects the record
    (``bad_id``: the id names it), as the text too (``no_text_field``), each with a detail that says so."""

    what: str


# Digits of the longest integer read: Python's default int->str limit (``sys.set_int_max_str_digits``), fixed
# here so that what a file gives never depends on the interpreter's setting.
MAX_DIGITS = 4300
TOO_MANY_DIGITS = f"a number of over {MAX_DIGITS} digits"


class WrittenFloat(float):
    """A JSON number with a fraction or exponent, with the text it was written as: an id such as
    9007199254740993.0 or 1e23 keeps the digits the float cannot hold (break12 F5)."""

    written: str


def json_int(text: str) -> int | Unreadable:
    """A ``json.loads`` parse_int hook: an integer past ``MAX_DIGITS`` digits is ``Unreadable`` (its field
    dropped and counted) instead of a ValueError that took the whole file (break12 F1)."""
    if len(text.lstrip("-")) > MAX_DIGITS:
        return Unreadable(TOO_MANY_DIGITS)
    try:
        return int(text)
    except ValueError:  # the interpreter's own limit set lower
        return Unreadable(f"an integer of {len(text.lstrip('-'))} digits, over the interpreter's limit")


def json_float(text: str) -> WrittenFloat | Unreadable:
    """A ``json.loads`` parse_float hook: the float with the text it was written as."""
    if len(text) > MAX_DIGITS and sum(ch.isdigit() for ch in text) > MAX_DIGITS:
        return Unreadable(TOO_MANY_DIGITS)
    number = WrittenFloat(text)
    number.written = text
    return number


def json_constant(name: str) -> Unreadable:
    """A ``json.loads`` parse_constant hook: NaN, Infinity and -Infinity (Python's ``json.dump`` writes them)
    are no JSON numbers and no usable value of any field."""
    return Unreadable(f"{name}, not a JSON number")


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


_KINDS = {bool: "a boolean", int: "an integer", float: "a number", dict: "an object", list: "an array",
          type(None): "null", str: "a string", bytes: "bytes"}


def _kind(value: object) -> str:
    """What a JSON or Parquet value is, in words: "an integer", "an array", "null", "a datetime"..."""
    if isinstance(value, Unreadable):
        return f"a value that cannot be read ({value.what})"
    # A JSON object is read as ``Fields``, a JSON float as ``WrittenFloat``.
    kind = dict if isinstance(value, dict) else float if isinstance(value, float) else type(value)
    return _KINDS.get(kind, f"a {kind.__name__}")


def as_text(value: object) -> str | None:
    """A string field's value as text: bytes decoded as files are, lone surrogates replaced by U+FFFD."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        value = decode_text(bytes(value))
    if not isinstance(value, str):
        return None
    # A surrogate is the one code point UTF-8 cannot encode: a value that encodes (an ASCII one at once) holds
    # none and is returned unsearched; the encoding costs a fifth of the search on a 3 kB text.
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE_RE.sub("\ufffd", value)
    return value


def _decimal_as_number(value: object) -> object:
    """A Parquet decimal (``decimal(38,0)``, what Spark and Oracle exports give a NUMBER column) as the int it
    holds, or else the float, so that it reads as the same number in an int64 or double column would: an id
    (before, ``bad_id`` for every row), a Unix time, a title. Any other value as it is."""
    if not isinstance(value, decimal.Decimal):
        return value
    if value.is_finite() and value == value.to_integral_value():
        return int(value)
    return float(value)


def _metadata(value: object) -> str | None:
    """A title or URL: text, stripped, None when absent or blank (numbers are written as numbers)."""
    value = _decimal_as_number(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    text = as_text(value)
    return text.strip() or None if text is not None else None


# Fields of a record read besides the text and the id (JSON Lines fields and Parquet columns alike).
METADATA_FIELDS = ("title", "url", "date", "publisher")


def read_fields(cfg: ReadConfig) -> tuple[str, ...]:
    """Every field or column name a record is read from."""
    return (cfg.text_column, cfg.id_column, *METADATA_FIELDS)


class Fields(dict):
    """A JSON object; ``duplicated`` names the keys it held more than once (``json.loads`` keeps the last)."""

    duplicated: tuple[str, ...] = ()


def fields_of(pairs: list[tuple[str, object]]) -> Fields:
    """A ``json.loads`` object_pairs_hook: the object as ``Fields``, its repeated keys noted."""
    record = Fields(pairs)
    if len(record) < len(pairs):
        seen: set[str] = set()
        record.duplicated = tuple(sorted({k for k, _ in pairs if k in seen or seen.add(k)}))
    return record


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
    )
