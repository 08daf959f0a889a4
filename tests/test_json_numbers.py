"""JSON values Python's ``json`` reads but yajl (ijson) refuses or Python cannot hold: NaN/Infinity, integers
past 2**63 and past 4,300 digits, floats past 2**53, lone surrogates; read the same way whatever the JSON
container (JSON Lines, an array, ``jq .`` values, an envelope under ``--records_path``). break12 F1-F3, F5,
F8, F10 (tests/test_hostile_s12.py holds break12's own examples)."""

from __future__ import annotations

import io
import json
import random

import pytest

from wirewash.transforms.core.article import to_article
from wirewash.transforms.core.cleaning import CleanConfig
from wirewash.transforms.core.counters import dict_counter
from wirewash.transforms.core.parse import RawDoc, ReadConfig, parse_file
from wirewash.transforms.core.readers.base import error_detail
from wirewash.transforms.core.readers.json_stream import _Element, _Lenient, lenient_events
from wirewash.transforms.core.readers.json_text import loads
from wirewash.transforms.core.readers.records import Unreadable
from wirewash.transforms.core.schema import Rejected

STORY = ("The central bank raised its main interest rate by a quarter of a percentage point on Thursday, the "
         "fourth increase this year, and said further rises were likely as inflation stayed well above target. ")
BIG = "9" * 5000


def story(n: int) -> str:
    return f"Story number {n}. " + STORY * 3


def read(name: str, data: bytes, cfg: ReadConfig | None = None):
    counts, inc = dict_counter()
    return list(parse_file(name, data, cfg or ReadConfig(), inc)), dict(counts)


def _containers(records: list[str]) -> dict[str, tuple[str, bytes, ReadConfig]]:
    """The same records (JSON texts) as JSON Lines, an array, pretty-printed values and an envelope."""
    return {
        "jsonl": ("in/f.jsonl", "\n".join(records).encode() + b"\n", ReadConfig()),
        "array": ("in/f.json", ("[" + ",\n ".join(records) + "]").encode(), ReadConfig()),
        "values": ("in/f.json", "\n".join(r.replace(', "', ',\n  "') for r in records).encode(), ReadConfig()),
        "envelope": ("in/f.json", ('{"articles": [' + ", ".join(records) + "]}").encode(),
                     ReadConfig(records_path="articles")),
    }


def _record(id_json: str, n: int, **fields: str) -> str:
    extra = "".join(f', "{k}": {v}' for k, v in fields.items())
    return f'{{"id": {id_json}, "text": {json.dumps(story(n))}{extra}}}'


@pytest.mark.parametrize("container", ["jsonl", "array", "values", "envelope"])
def test_numbers_python_reads_cost_at_most_their_field_in_every_json_container(container):
    records = [
        _record('"a"', 1, title="NaN", date="-Infinity"),
        _record('"b"', 2, title=BIG),
        _record("18446744073709551616", 3),  # past 2**64: yajl's "integer overflow" ended the array
        _record('"d"', 4, publisher="Infinity", extra="[1.5, null, NaN]"),
        _record('"e"', 5),
    ]
    name, data, cfg = _containers(records)[container]
    items, counts = read(name, data, cfg)
    assert [type(i).__name__ for i in items] == ["RawDoc"] * 5, [getattr(i, "detail", None) for i in items]
    assert [i.input_id for i in items] == ["a", "b", "18446744073709551616", "d", "e"]
    assert items[0].title is None and items[0].published is None and items[1].title is None
    assert items[3].publisher is None
    assert counts["read:field:title_unreadable"] == 2
    assert counts["read:field:published_unparsed"] == 1
    assert counts["read:field:publisher_unreadable"] == 1


@pytest.mark.parametrize("container", ["jsonl", "array", "envelope"])
def test_a_nan_or_over_long_id_is_a_bad_id_naming_it_and_the_next_record_is_read(container):
    records = [_record("NaN", 1), _record(BIG, 2), _record('"c"', 3)]
    name, data, cfg = _containers(records)[container]
    items, _ = read(name, data, cfg)
    assert [getattr(i, "reason", "doc") for i in items] == ["bad_id", "bad_id", "doc"]
    assert "NaN, not a JSON number" in items[0].detail
    assert "over 4300" in items[1].detail and "0x" not in items[1].detail


@pytest.mark.parametrize("container", ["jsonl", "array"])
@pytest.mark.parametrize(("written", "expected"), [
    ("1e23", "100000000000000000000000"),
    ("9007199254740993.0", "9007199254740993"),
    ("2.0", "2"),
    ("-0.0", "0"),
    ("9007199254740993.5", None),  # read as the float 9007199254740994.0: no integer, a bad_id
])
def test_a_float_id_is_the_integer_it_was_written_as(container, written, expected):
    name, data, cfg = _containers([_record(written, 1)])[container]
    (item,), _ = read(name, data, cfg)
    if expected is None:
        assert isinstance(item, Rejected) and item.reason == "bad_id"
    else:
        assert isinstance(item, RawDoc) and item.input_id == expected


def test_an_id_with_a_lone_surrogate_is_written_with_u_fffd_but_hashed_as_given():
    data = (f'{{"id": "x\\ud800", "text": {json.dumps(story(1))}}}\n'
            f'{{"id": "x\\ufffd", "text": {json.dumps(story(2))}}}\n').encode()
    items, _ = read("in/f.jsonl", data)
    assert [i.input_id for i in items] == ["x\ufffd", "x\ufffd"]
    assert items[0].doc_id != items[1].doc_id


def test_the_lenient_filter_gives_the_same_bytes_and_values_however_the_input_is_cut():
    data = (b'[{"a": NaN, "b": "x\\"NaN null\\\\", "c": null, "d": -Infinity, "e": ' + BIG.encode()
            + b'.5e3, "f": 123456789012345678901234, "g": [1.5, null, true, Infinity]}]')
    results = set()
    for step in (1, 2, 3, 8, 9, 100, len(data)):
        lenient = _Lenient()
        out = b"".join(lenient.feed(data[i:i + step], False) for i in range(0, len(data), step))
        out += lenient.feed(b"", True)
        results.add((out, tuple(map(repr, lenient.nulls))))
    (out, nulls), = results
    assert json.loads(out) == [{"a": None, "b": 'x"NaN null\\', "c": None, "d": None, "e": None,
                                "f": 123456789012345678901234, "g": [1.5, None, True, None]}]
    assert len(nulls) == 6 and nulls[1] == nulls[4] == "None"


def test_an_exception_detail_holds_no_memory_address():
    class Thing:
        pass

    detail = error_detail(SystemError(f"{Thing()!r} returned a result with an exception set"))
    assert "0x" not in detail and detail.startswith("SystemError: <")


def test_controls_never_reach_a_publisher_or_byline_and_a_title_is_one_line():
    data = json.dumps({"id": "a", "text": story(1), "title": "Rates\x0bup\x0c again", "publisher": "\x00\x1f"})
    (doc,), _ = read("in/f.jsonl", data.encode())
    _counts, inc = dict_counter()
    article = to_article(doc, CleanConfig(), inc)
    assert article.title == "Rates up again"
    assert article.publisher is None


def _random_value(r: random.Random, depth: int = 0) -> object:
    kind = r.randrange(10 if depth < 4 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return r.choice([float("nan"), float("inf"), -float("inf"), 1.5, -0.0, 1e300])
    if kind == 2:
        return r.choice([0, -1, 2**63, -(2**70), 10 ** r.randrange(1, 30), "BIG"])
    if kind == 3:
        return "".join(r.choice('ab"\\\n nullNaN{}[],:-1\u00e9\U0001F600') for _ in range(r.randrange(12)))
    if kind in (4, 5):
        return r.choice([True, False])
    if kind < 8:
        return [_random_value(r, depth + 1) for _ in range(r.randrange(4))]
    return {f"k{i}": _random_value(r, depth + 1) for i in range(r.randrange(4))}


def _comparable(value: object) -> object:
    if isinstance(value, Unreadable):
        return ("unreadable", value.what)
    if isinstance(value, float):
        return ("float", repr(float(value)))
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items()}
    return [_comparable(v) for v in value] if isinstance(value, list) else value


class _Trickle(io.RawIOBase):
    """Bytes handed out 1 to 19 at a time: every token cut somewhere."""

    def __init__(self, data: bytes, r: random.Random) -> None:
        super().__init__()
        self._data, self._r = data, r

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = min(len(buffer), self._r.randrange(1, 20), len(self._data))
        buffer[:n], self._data = self._data[:n], self._data[n:]
        return n


@pytest.mark.parametrize("seed", range(0, 400, 40))
def test_an_array_streamed_in_any_pieces_reads_as_json_lines_reads_it(seed):
    for r in map(random.Random, range(seed, seed + 40)):
        values = [_random_value(r) for _ in range(r.randrange(1, 4))]
        text = json.dumps(values, ensure_ascii=r.random() < 0.5, indent=r.choice([None, 1]))
        text = text.replace('"BIG"', "9" * 4301)
        events = lenient_events(io.BufferedReader(_Trickle(text.encode(), r), r.choice([1, 7, 64])))
        next(events)  # start_array
        elements, element = [], None
        for event, value in events:
            if event == "end_array" and element is None:
                continue
            element = element or _Element(10**9)
            if element.event(event, value):
                elements.append(element.value)
                element = None
        assert _comparable(elements) == _comparable(loads(text)), text[:300]
