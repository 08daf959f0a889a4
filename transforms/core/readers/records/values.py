"""What a record's field holds, whatever the container: the values ``json.loads`` hooks give
(``Unreadable``, ``WrittenFloat``, ``Fields``), a string or bytes as text (``as_text``), a value's kind in words
for a rejection's detail, and a title's or URL's text."""
from __future__ import annotations

import dataclasses
import decimal
import re

from wirewash.transforms.core.readers.encoding import decode_text


# json.loads turns a lone "\ud800" escape into a lone surrogate, which no UTF-8 writer accepts.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


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
