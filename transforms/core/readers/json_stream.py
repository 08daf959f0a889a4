"""The streamed JSON reader under JSON arrays, ``jq .`` values and envelopes (``--records_path``): ijson's
parser events (yajl) made to read values as Python's ``json`` does for JSON Lines (``Lenient``), and the
records built from them one at a time, each held to ``max_doc_bytes`` whatever the file's size."""
from __future__ import annotations

import collections
import decimal
import io
import json
import re
from typing import BinaryIO, Callable, Iterator

import ijson
from ijson.utils import sendable_list
from wirewash.transforms.core.readers.base import RawDoc, ReadConfig, Reject, Skipped
from wirewash.transforms.core.readers.compression import CHUNK
from wirewash.transforms.core.readers.encoding import decoded
from wirewash.transforms.core.readers.json_split import top_level_values
from wirewash.transforms.core.readers.json_text import parsed
from wirewash.transforms.core.readers.records import (
    MAX_DIGITS,
    TOO_MANY_DIGITS,
    Fields,
    Unreadable,
    fields_listed,
    json_constant,
    json_float,
    record_to_doc,
)
from wirewash.transforms.core.readers.text import encoding_repairs
from wirewash.transforms.core.schema import Rejected, make_doc_id
from wirewash.transforms.core.wording import count_of

# Deeper than this, an array element is refused: its content id (``json.dumps``) would recurse past Python's
# limit.
_MAX_DEPTH = 500


class Mapped(io.RawIOBase):
    """``raw`` read ``CHUNK`` by ``CHUNK`` through ``feed(piece, at_end) -> bytes`` (a decoder re-encoding to
    UTF-8, ``_Lenient``), what it gives handed out as asked."""

    def __init__(self, raw: BinaryIO, feed: Callable[[bytes, bool], bytes]) -> None:
        super().__init__()
        self._raw, self._feed = raw, feed
        self._out = b""
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._out and not self._done:
            piece = self._raw.read(CHUNK)
            self._done = not piece
            self._out = self._feed(piece, self._done)
        n = min(len(buffer), len(self._out))
        buffer[:n], self._out = self._out[:n], self._out[n:]
        return n



# A string's body up to its closing quote, or to an escape cut at the end of the buffer.
_STRING_BODY = re.compile(rb'[^"\\]*(?:\\.[^"\\]*)*', re.DOTALL)
_TOKEN = re.compile(rb'"|-?(?:NaN|Infinity)|null|-?[0-9]+|[^"\-0-9nNI\x1e]+|.', re.DOTALL)
_NUMBER_REST = re.compile(rb"[0-9.eE+-]*")
# What passes unchanged and needs no count, matched at C speed: whole strings, numbers of at most MAX_DIGITS
# digits (followed by their end, not the buffer's), anything but the start of null, NaN or Infinity.
_PLAIN = re.compile(
    rb'(?:"[^"\\]*(?:\\.[^"\\]*)*"|-?[0-9]{1,%d}(?=[^0-9])|[^"nNI0-9\-\x1e]+)*' % MAX_DIGITS, re.DOTALL
)
_LONGEST_WORD = len(b"-Infinity")
# yajl reads a lone surrogate escape ("\ud800", which Python's json reads as that code point) as "?", joins
# "\ud800\u0041" into one wrong character, and raises UnicodeDecodeError at a lone low one ("\udc00"), which
# lost the rest of an array. It is handed each as a stand-in, _STAND_IN followed by a private-use character
# numbering the surrogate (a real _STAND_IN as two of it, so no text can pass for one), turned back after.
_STAND_IN = "\U0010ffff"  # a noncharacter: no text should hold one
_STAND_IN_BASE = 0x100000  # Supplementary Private Use Area-B
_STAND_IN_UTF8 = _STAND_IN.encode()
# A surrogate escape (a pair, kept: yajl reads it), a real _STAND_IN, or an escaped backslash, matched so
# that the "\ud800" in "\\ud800" (an escaped backslash, then "ud800") is never taken for an escape.
_SURROGATE_ESCAPE = re.compile(
    rb"\\\\|\\u([dD][89abAB][0-9a-fA-F]{2})(\\u[dD][c-fC-F][0-9a-fA-F]{2})?|\\u([dD][c-fC-F][0-9a-fA-F]{2})|"
    + re.escape(_STAND_IN_UTF8)
)
# A string's end that may be the start of a surrogate escape or pair, cut at the buffer's end: held back.
_CUT_ESCAPE = re.compile(rb"\\u(?:[0-9a-fA-F]{0,3}|[dD][89abAB][0-9a-fA-F]{2}(?:\\u[0-9a-fA-F]{0,3})?)")
_SURROGATE_START = re.compile(rb"\\u[dD]")
_STOOD_IN = re.compile(_STAND_IN + "(.)", re.DOTALL)


def _stand_in(match: re.Match[bytes]) -> bytes:
    high, low, lone_low = match.groups()
    if match[0] == _STAND_IN_UTF8 or (low is not None and (high + low).lower() == b"dbff\\udfff"):
        return _STAND_IN_UTF8 * 2  # a real U+10FFFF, as raw UTF-8 or as its escaped pair
    if (high is None or low is not None) and lone_low is None:
        return match[0]  # an escaped backslash, or a pair
    return (_STAND_IN + chr(_STAND_IN_BASE + int(high or lone_low, 16) - 0xD800)).encode()


def _stood_in(match: re.Match[str]) -> str:
    return _STAND_IN if match[1] == _STAND_IN else chr(0xD800 + ord(match[1]) - _STAND_IN_BASE)


def _cut_escape(body: bytes) -> int:
    """Where the escape (or real _STAND_IN) that may be cut at the end of ``body`` (a string's contents, from
    an escape's start or the string's) starts; ``len(body)`` when none is."""
    for size in range(len(_STAND_IN_UTF8) - 1, 0, -1):
        if body.endswith(_STAND_IN_UTF8[:size]):
            return len(body) - size
    at = body.find(b"\\", max(0, len(body) - 12))
    while at >= 0:
        # The backslashes just before: after an even number of them, an escape starts here.
        run = at - len(body[:at].rstrip(b"\\"))
        if run % 2 == 0 and _CUT_ESCAPE.fullmatch(body, at):
            return at
        at = body.find(b"\\", at + 1)
    return len(body)


class _Lenient:
    """What yajl (ijson) refuses but Python's ``json`` reads, made ``null`` outside strings: NaN, Infinity,
    -Infinity (``json.dump`` writes them) and integers past ``MAX_DIGITS`` digits (yajl's callback raised a
    SystemError with a memory address for them). ``nulls`` holds, per ``null`` passed on, None for a real one
    or the ``Unreadable`` it stands for, in order: ``restored`` puts them back into the parser's events, so
    arrays, ``jq .`` values and envelopes read such a record as JSON Lines does (break12 F1, F2, F8)."""

    def __init__(self) -> None:
        self.nulls: collections.deque[Unreadable | None] = collections.deque()
        self._in_string = self._skipping = self._stood_in = False
        self._carry = b""

    def _passed(self, data: bytes) -> bytes:
        """``data`` (whole strings and what lies between them, or a string's contents) with its lone
        surrogate escapes as stand-ins."""
        # memchr first: a search for more than one byte costs about 2 ns a byte, as much as yajl's parse.
        surrogate = b"\\" in data and _SURROGATE_START.search(data)
        if not surrogate and not (b"\xf4" in data and _STAND_IN_UTF8 in data):
            return data
        self._stood_in = True
        return _SURROGATE_ESCAPE.sub(_stand_in, data)

    def feed(self, chunk: bytes, eof: bool) -> bytes:
        buf, self._carry = self._carry + chunk, b""
        out, pos, n = [], 0, len(buf)
        while pos < n:
            if self._in_string:
                end = _STRING_BODY.match(buf, pos).end()
                closed = end < n and buf[end] == 0x22
                if not closed and not eof:
                    end = pos + _cut_escape(buf[pos:end])
                out.append(self._passed(buf[pos : end + closed]))
                pos, self._in_string = end + closed, not closed
                if not closed:
                    break  # the string goes on in the next chunk (from its cut escape, if any)
                continue
            if self._skipping:  # the rest of a number past MAX_DIGITS
                pos = _NUMBER_REST.match(buf, pos).end()
                self._skipping = pos == n
                continue
            plain = _PLAIN.match(buf, pos).end()
            if plain > pos:
                out.append(self._passed(buf[pos:plain]))
                pos = plain
                continue
            token = _TOKEN.match(buf, pos).group()
            word = token[:1] in b"-0123456789nNI"
            cut = pos + len(token) == n or n - pos < _LONGEST_WORD
            if word and cut and not eof and len(token) <= MAX_DIGITS + 1:
                break  # maybe cut short: wait for the next chunk
            pos += len(token)
            if token == b'"':
                self._in_string = True
            elif token == b"null":
                self.nulls.append(None)
            elif token.lstrip(b"-") in (b"NaN", b"Infinity"):
                self.nulls.append(json_constant(token.decode()))
                token = b"null"
            elif token == b"\x1e":  # RFC 7464's record separator, before each value of a JSON text sequence
                token = b" "
            elif token[-1:].isdigit() and len(token.lstrip(b"-")) > MAX_DIGITS:
                self.nulls.append(Unreadable(TOO_MANY_DIGITS))
                token, self._skipping = b"null", True
            out.append(token)
        self._carry = buf[pos:]
        return b"".join(out) + (self._carry if eof else b"")

    def restored(self, events: Iterator[tuple]) -> Iterator[tuple]:
        """``events`` (``basic_parse``'s pairs or ``parse``'s triples) with each null's value put back, each
        Decimal (ijson's non-integer number) as ``json_float`` reads it and each lone surrogate's stand-in as
        that surrogate, as Python's ``json`` reads it."""
        for item in events:
            value = item[-1]
            if item[-2] == "null":
                value = self.nulls.popleft() if self.nulls else None  # None: after what yajl read otherwise
            elif isinstance(value, decimal.Decimal):
                value = json_float(str(value))
            elif self._stood_in and isinstance(value, str) and _STAND_IN in value:
                value = _STOOD_IN.sub(_stood_in, value)
            else:
                yield item
                continue
            yield (*item[:-1], value)


def lenient_events(stream: BinaryIO, parse=ijson.basic_parse, **options) -> Iterator[tuple]:
    """ijson's events of ``stream`` as Python's ``json`` would read its values (``_Lenient``); numbers as
    Decimals first, never yajl's 64-bit integers ("integer overflow" past 2**63 ended an array)."""
    lenient = _Lenient()
    return lenient.restored(parse(Mapped(stream, lenient.feed), **options))



def parsed_prefix(data: bytes) -> tuple[list[tuple[str, object]], bool]:
    """(the parser events of ``data`` read as JSON values one after another, whether it found an error): a
    value cut at the end of ``data`` is no error."""
    events = sendable_list()
    lenient = _Lenient()
    parser = ijson.basic_parse_coro(events, multiple_values=True)
    try:
        parser.send(lenient.feed(data, eof=False))
    except ijson.JSONError:
        failed = True
    else:
        failed = False
    return list(lenient.restored(events)), failed


def leading_fields(head: bytes) -> dict:
    """The fields of the JSON object ``head`` opens that are whole within it, nested objects as dicts (arrays
    left out: no id path steps into one); {} when ``head`` opens no object. What a line over max_doc_bytes
    says of itself before its text, read from its first buffer only."""
    events, _failed = parsed_prefix(head)
    root: dict = {}
    stack: list[dict] = []
    key: str = ""
    in_array = 0  # depth inside an array, whose contents are skipped
    for event, value in events:
        opens, closes = event in ("start_map", "start_array"), event in ("end_map", "end_array")
        if in_array:
            in_array += opens - closes
        elif event == "start_array":
            if not stack:
                break
            in_array = 1
        elif event == "start_map":
            child = root if not stack else stack[-1].setdefault(key, {})
            stack.append(child)
        elif event == "end_map":
            stack.pop()
            if not stack:
                break
        elif event == "map_key":
            key = value
        elif stack:
            # A number with a fraction or exponent, as every other record's is read (``_Lenient.restored``).
            stack[-1][key] = json_float(str(value)) if isinstance(value, decimal.Decimal) else value
        else:
            break
    return root


def holds_a_value(events: list[tuple[str, object]]) -> bool:
    """Whether ``events`` hold at least one complete top-level value."""
    depth = 0
    for event, _value in events:
        depth += event in ("start_map", "start_array")
        depth -= event in ("end_map", "end_array")
        if depth == 0:
            return True
    return False



class _Element:
    """One element of a top-level array being built from parser events, within a size and depth."""

    def __init__(self, limit: int) -> None:
        self.limit, self.size = limit, 0
        self.refused: tuple[str, str] | None = None  # (reason, detail)
        self.stack: list[list | Fields] = []
        self.keys: list[str | None] = []
        self.value: object = None

    def add(self, value: object) -> None:
        if self.refused:
            return
        if not self.stack:
            self.value = value
        elif isinstance(self.stack[-1], list):
            self.stack[-1].append(value)
        else:
            record, key = self.stack[-1], self.keys[-1]
            if key in record and key not in record.duplicated:
                record.duplicated = (*record.duplicated, key)
            record[key] = value

    def event(self, event: str, value: object) -> bool:
        """Takes one parser event; True when the element is complete."""
        self.size += len(value) if isinstance(value, str) else 8
        if self.size > self.limit and not self.refused:
            self.refused = ("too_large", f"an array element over max_doc_bytes={self.limit}")
        if event in ("start_map", "start_array"):
            if len(self.stack) >= _MAX_DEPTH and not self.refused:
                self.refused = ("malformed_json", "JSON nested too deeply")
            container: list | Fields = Fields() if event == "start_map" else []
            self.add(container)
            self.stack.append(container)
            self.keys.append(None)
            return False
        if event in ("end_map", "end_array"):
            self.stack.pop()
            self.keys.pop()
        elif event == "map_key":
            self.keys[-1] = value
            return False
        else:
            self.add(value)
        return not self.stack


def value_records(
    source: str, stream: BinaryIO, cfg: ReadConfig, in_array: bool
) -> Iterator[RawDoc | Rejected | Skipped]:
    """One record per top-level value of ``stream``: a JSON array's elements (``in_array``), or values one
    after another (``jq .``; commas between them too), streamed, memory one value's whatever the file's
    size (a 56 MB array of 12,000 articles was one ``too_large``). Each value is cut out first
    (``json_split``) and parsed alone: one the parser refuses is that record's ``malformed_json``, the rest
    read (before, it ended the file, every value after it lost to one rejection). A value over
    ``max_doc_bytes`` is one record's ``too_large``, one nested past ``_MAX_DEPTH`` one ``malformed_json``; a
    comma too many (``[{...},]``, ``,,``) is counted ``read:skipped:json_extra_comma``."""
    n = 0
    for piece in top_level_values(stream, cfg.max_doc_bytes, in_array):
        if piece.data == b"" and piece.broken is None:
            yield Skipped("json_extra_comma")
            continue
        n += 1
        record_source = f"{source}#{n}"
        if piece.data is None:
            detail = f"an array element over max_doc_bytes={cfg.max_doc_bytes}"
            yield Rejected(make_doc_id(record_source, b""), record_source, "too_large", detail)
        elif piece.broken:
            yield Rejected(make_doc_id(record_source, piece.data), record_source, "malformed_json", piece.broken)
        else:
            yield from _value_items(piece.data, source, record_source, cfg)
    if not n:
        raise Reject("empty", "an empty JSON array" if in_array else "no JSON values")


def _value_items(data: bytes, source: str, record_source: str, cfg: ReadConfig) -> Iterator[RawDoc | Rejected]:
    """The records of one value cut from an array, parsed as a JSON Lines line is (``json_text``, each line's
    encoding told as a line's is): Python's parser took a third of ijson's time a value."""
    text = decoded(data)
    try:
        value, repaired = parsed(text.text)
    except (ValueError, RecursionError) as e:
        detail = "JSON nested too deeply" if isinstance(e, RecursionError) else str(e)[:200]
        yield Rejected(make_doc_id(record_source, data), record_source, "malformed_json", detail)
        return
    yield from value_docs(value, source, record_source, cfg, (*encoding_repairs(text), *repaired))


def _element_items(
    element: _Element, source: str, record_source: str, cfg: ReadConfig
) -> Iterator[RawDoc | Rejected]:
    if element.refused:
        yield Rejected(make_doc_id(record_source, b""), record_source, *element.refused)
    else:
        yield from value_docs(element.value, source, record_source, cfg)


def value_docs(
    value: object, source: str, record_source: str, cfg: ReadConfig, repaired: tuple[str, ...] = ()
) -> Iterator[RawDoc | Rejected]:
    """The records a JSON value holds: any value but an array is one (``record_to_doc``: not an object, it is
    that record's rejection), with, for a record without an id of its own, a doc_id hashing its place and its
    JSON (keys sorted); an array holding objects or arrays is a batch of records (a JSON Lines line of them,
    an array's element that is one: a file of batches), element K read as ``record_source.K``, as
    ``{...}{...}`` on one line is; an empty one is an ``empty`` rejection, one of scalars alone (a table's
    row) one record's ``no_text_field``, not one per cell. Before, a batch was one ``no_text_field`` for all
    of its records."""
    # A stack of (batch's source, its numbered elements), not recursion: batches nest as deep as JSON does.
    batches: list[tuple[str, Iterator[tuple[int, object]]]] = []
    while True:
        if isinstance(value, list) and not value:
            yield Rejected(make_doc_id(record_source, b"[]"), record_source, "empty", "an empty JSON array")
        elif isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
            batches.append((record_source, enumerate(value, 1)))
        else:
            yield _value_doc(value, source, record_source, cfg, repaired)
        while batches:
            batch, elements = batches[-1]
            k, value = next(elements, (0, None))
            if k:
                record_source = f"{batch}.{k}"
                break
            batches.pop()
        else:
            return


def _value_doc(
    value: object, source: str, record_source: str, cfg: ReadConfig, repaired: tuple[str, ...]
) -> RawDoc | Rejected:
    try:
        content = json.dumps(value, sort_keys=True, ensure_ascii=False, default=repr)
    except RecursionError:
        detail = "JSON nested too deeply"
        return Rejected(make_doc_id(record_source, b""), record_source, "malformed_json", detail)
    content_id = make_doc_id(record_source, content.encode("utf-8", "surrogatepass"))
    return record_to_doc(value, source, record_source, content_id, cfg, repaired)


# How many of a value's own field names a rejection for a missing ``--records_path`` holds for its detail.
_KEYS_NAMED = 50


def enveloped(source: str, stream: BinaryIO, cfg: ReadConfig) -> Iterator[RawDoc | Rejected]:
    """The records of the array at ``cfg.records_path`` in each top-level JSON value (one envelope, JSON
    Lines of them, or envelopes one after another), ``path#N`` numbered across the file. Streamed: memory
    is one record's (held to ``max_doc_bytes``), whatever the envelope's size. A value without that array is
    one ``no_text_field`` rejection saying what it has; an empty array is no input."""
    path = cfg.records_path
    item = f"{path}.item"
    events = lenient_events(stream, ijson.parse, multiple_values=True)
    n = depth = 0
    element: _Element | None = None
    found: str | None = None  # what the current value holds at the path: "an array", or another kind
    keys: list[str] = []
    try:
        for prefix, event, value in events:
            if element is not None or (prefix == item and event not in ("end_array", "map_key")):
                element = element or _Element(cfg.max_doc_bytes)
                if element.event(event, value):
                    n += 1
                    yield from _element_items(element, source, f"{source}#{n}", cfg)
                    element = None
                continue
            if prefix == path and found is None and event != "map_key":
                found = "an array" if event == "start_array" else _EVENT_KINDS.get(event, "a scalar")
            if event == "map_key" and depth == 1 and len(keys) < _KEYS_NAMED:
                keys.append(value)
            depth += (event in ("start_map", "start_array")) - (event in ("end_map", "end_array"))
            if depth:
                continue
            if found != "an array":  # the value ended without the records array
                n += 1
                record_source = f"{source}#{n}"
                what = f"field {path!r} is {found}, not an array" if found else f"no field {path!r}"
                has = fields_listed(dict.fromkeys(keys)) if keys else f"the value is {_EVENT_KINDS[event]}"
                detail = f"{what} (--records_path); {has}"
                yield Rejected(make_doc_id(record_source, b""), record_source, "no_text_field", detail)
            found, keys = None, []
    except ijson.JSONError as e:
        raise Reject("malformed_json", f"after {count_of(n, 'record')}: {str(e).splitlines()[0]}"[:300]) from None
    if not n:
        raise Reject("empty", f"no records in the array {path!r} (--records_path)")


# A JSON value's kind by the parser event that starts or is it.
_EVENT_KINDS = {"start_map": "an object", "end_map": "an object", "start_array": "an array",
                "end_array": "an array", "string": "a string", "number": "a number", "integer": "a number",
                "double": "a number", "boolean": "a boolean", "null": "null"}

