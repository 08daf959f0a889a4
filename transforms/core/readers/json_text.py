"""A JSON text parsed as Python's ``json`` reads it, with the repairs JSON Lines records and the values of
arrays take alike: repeated keys noted, numbers Python cannot hold and NaN read as ``Unreadable`` values, raw
control characters in strings and a comma after the value passed over and counted."""
from __future__ import annotations

import json
import re

from wirewash.transforms.core.readers.records import fields_of, json_constant, json_float, json_int

# What follows a record written as an array's element, one per line, without the array's brackets
# ("json-ish" exports, an array split into lines): its comma.
_TRAILING_COMMA = re.compile(r",\s*")


def loads(text: str) -> object:
    """``json.loads`` noting repeated keys (``records.Fields``), so a record holding a field twice is refused
    (``duplicate_column``), not read with the last value. The hook costs a few microseconds a record; a
    pre-scan of the text for repeated names cost more than the parse itself."""
    return parsed(text)[0]


def parsed(text: str) -> tuple[object, tuple[str, ...]]:
    """``loads``'s value and the repairs it took: a raw tab, CR or other control character inside a string
    (exporters that write strings unescaped; jq, pandas and ujson read them) is read as that character,
    counted ``json_control_characters``, where the record was ``malformed_json``; a comma after the value
    (an array's element on its line) is passed over, counted ``json_trailing_comma``, where the record was
    ``malformed_json`` ("Extra data") and a file opening with one lost every record after its first to a
    rejection. Parsed strictly first, so the counts name only the records that needed it."""
    try:
        return _strict_or_lenient(text)
    except json.JSONDecodeError as e:
        if e.msg != "Extra data" or not _TRAILING_COMMA.fullmatch(text, e.pos):
            raise
        end = e.pos
    value, repairs = _strict_or_lenient(text[:end])
    return value, (*repairs, "json_trailing_comma")


def _strict_or_lenient(text: str) -> tuple[object, tuple[str, ...]]:
    try:
        return json.loads(text, **HOOKS), ()
    except json.JSONDecodeError as e:
        if not e.msg.startswith("Invalid control character"):
            raise
    return json.loads(text, strict=False, **HOOKS), ("json_control_characters",)


# What Python's json reads and a number Python cannot hold become ``Unreadable`` values, never an error for the
# line (break12 F1, F8); floats keep their text (F5).
HOOKS = {"object_pairs_hook": fields_of, "parse_int": json_int, "parse_float": json_float,
         "parse_constant": json_constant}
