"""Property tests and fuzzing of parsing and cleaning, and a complexity check of every boilerplate pattern.

``WIREWASH_FUZZ_EXAMPLES=20000 python -m pytest tests/test_properties.py -k fuzz --hypothesis-show-statistics``
runs the fuzz tests longer (default 200 examples each) and prints how many inputs were tried.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import textwrap
import time

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from wirewash.transforms.core.article import _WORDLESS_TOKEN, to_article, too_short
from wirewash.transforms.core.cleaning import RULES, CleanConfig, clean
from wirewash.transforms.core.cleaning.normalise import count_words, paragraphs
from wirewash.transforms.core.counters import dict_counter, noop
from wirewash.transforms.core.parse import RawDoc, ReadConfig, parse_file
from wirewash.transforms.core.schema import Article, Rejected, make_doc_id
from wirewash.transforms.core.wording import count_of

FUZZ = settings(
    max_examples=int(os.environ.get("WIREWASH_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Small limits, so that the too_large paths are reached by small generated inputs.
CFG = ReadConfig(max_doc_bytes=2000, max_inflated_bytes=8000)
EXTENSIONS = ["", ".txt", ".html", ".htm", ".jsonl", ".ndjson", ".gz", ".txt.gz", ".html.gz", ".jsonl.gz",
              ".pdf", ".TXT", ".JSONL", ".tar.gz"]

names = st.builds(lambda stem, ext: stem + ext, st.text(max_size=30), st.sampled_from(EXTENSIONS))
json_lines = st.lists(
    st.one_of(
        st.builds(lambda t, i: json.dumps({"text": t, "id": i}), st.text(max_size=200),
                  st.one_of(st.none(), st.integers(), st.text(max_size=5))),
        st.text(max_size=80),  # mostly malformed
        st.builds(json.dumps, st.recursive(st.none() | st.booleans() | st.text(max_size=10),
                                           lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c),
                                           max_leaves=10)),
    ),
    max_size=8,
).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))
contents = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=1500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from(["utf-16", "utf-16-le", "latin-1", "cp1252"]).flatmap(
        lambda enc: st.text(st.characters(max_codepoint=0xFF if enc in ("latin-1",) else 0xFFFF,
                                          blacklist_categories=["Cs"]), max_size=500)
        .map(lambda t: t.encode(enc, "replace"))
    ),
    json_lines,
)
maybe_gzipped = st.one_of(contents, contents.map(gzip.compress), contents.map(lambda b: gzip.compress(b)[:-5]))


@FUZZ
@given(names, maybe_gzipped)
def test_fuzz_parse_file_never_raises_and_accounts_for_everything(name: str, data: bytes) -> None:
    counts, inc = dict_counter()
    items = list(parse_file(name, data, CFG, inc))
    assert items, "every file yields at least one document or rejection"
    assert all(isinstance(i, (RawDoc, Rejected)) for i in items)
    # read:field:<repair> notes a change inside a document (mixed_encoding, text_starting_as_json...), no item.
    assert sum(n for name, n in counts.items() if not name.startswith("read:field:")) == len(items)
    assert counts["read:document"] == sum(isinstance(i, RawDoc) for i in items)
    for item in items:
        for repair in item.repaired if isinstance(item, RawDoc) else ():
            assert counts[f"read:field:{repair}"] >= 1
    for item in items:
        if isinstance(item, Rejected):
            assert item.reason and counts[f"read:rejected:{item.reason}"] >= 1
        else:
            assert item.text.strip()


@FUZZ
@given(st.text(max_size=3000), st.one_of(st.none(), st.text(max_size=80)))
def test_fuzz_clean_never_raises(text: str, title: str | None) -> None:
    counts, inc = dict_counter()
    result = to_article(RawDoc("id", "src", text, title=title), CleanConfig(), inc)
    assert isinstance(result, (Article, Rejected))
    assert counts["clean:article"] + counts["clean:rejected:too_short"] == 1


# Words, wordless tokens, CJK and Thai runs, and every kind of whitespace: what the word count reads.
_WORDISH = st.lists(
    st.sampled_from(["news", "a", "***", "|", "🙂", "新闻报道", "ข่าว", "x1", " ", "\n", "\t", "\u00a0", "\u3000"]),
    max_size=400,
).map("".join)


@FUZZ
@given(st.one_of(_WORDISH, st.text(max_size=600)), st.integers(min_value=0, max_value=40))
def test_fuzz_too_short_agrees_with_counting_the_whole_text(text: str, min_words: int) -> None:
    # too_short counts a prefix first; the verdict and the count it reports are the whole text's.
    words = count_words(_WORDLESS_TOKEN.sub(" ", text))
    rejected = too_short("id", "src", text, min_words, "too_short", "cleaning")
    assert (rejected is None) == (words >= min_words)
    if rejected is not None:
        assert rejected.detail.startswith(f"{count_of(words, 'word')} after cleaning")


@settings(max_examples=300, deadline=None)
@given(st.text(), st.binary())
def test_doc_id_is_stable(source: str, data: bytes) -> None:
    assert make_doc_id(source, data) == make_doc_id(source, bytes(data))
    assert len(make_doc_id(source, data)) == 16


def test_doc_id_is_the_same_in_another_process():
    # Python's own hash() of str/bytes changes per process; a doc id must not.
    inputs = [("a.txt", b"story"), ("новости 新闻.txt#3", b"\x00\xff"), ("", b"")]
    code = (
        "import sys, json; from transforms.core.schema import make_doc_id; "
        "print(json.dumps([make_doc_id(s, bytes.fromhex(d)) for s, d in json.loads(sys.argv[1])]))"
    )
    arg = json.dumps([(s, d.hex()) for s, d in inputs])
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code, arg], env=env, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [make_doc_id(s, d) for s, d in inputs]


@settings(max_examples=300, deadline=None)
@given(st.text(), st.binary(), st.text(), st.binary())
def test_doc_id_differs_for_different_inputs(s1: str, d1: bytes, s2: str, d2: bytes) -> None:
    assume((s1, d1) != (s2, d2))
    assert make_doc_id(s1, d1) != make_doc_id(s2, d2)


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=400).filter(str.strip), names)
def test_a_text_file_doc_id_is_its_source_and_bytes(text: str, name: str) -> None:
    name = name.removesuffix(".gz") + ".txt"
    data = text.encode("utf-8", "surrogatepass")
    items = list(parse_file(name, data, CFG, dict_counter()[1]))
    # A rejected file (binary, empty, not an article) has the id of its name alone.
    content = data if isinstance(items[0], RawDoc) else b""
    assert len(items) == 1 and items[0].doc_id == make_doc_id(name, content)


# ---------------------------------------------------------------- no catastrophic backtracking, per pattern

# Long runs of spaces, dashes and repeated tokens: what makes a backtracking regex go quadratic or worse.
_UNITS = [" ", "-", "--", "— ", ".", "A", "a ", "A. ", "AB ", "( ", ") ", ", ", "@", "* ", "1", "· "]


def _adversarial(example: str) -> list[str]:
    """Units that stress any pattern, plus pieces of the rule's own example (near-misses of a real match)."""
    line = " ".join(example.split())
    return _UNITS + [line, line[:-1], line[: len(line) // 2] + " "]


def _seconds(op, text: str) -> float:
    # CPU time of this process: a worker preempted by others on a loaded machine is not charged their time.
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        op(text)
        best = min(best, time.process_time() - start)
    return best


def _superlinear(op, unit: str) -> tuple[float, float] | None:
    """(seconds at 1,000 chars, at 8,000 chars) when ``op`` on runs of ``unit`` grows faster than linearly."""
    # 8x the input: about 8x the time when linear, 64x when quadratic. The constant absorbs timer noise on
    # runs of microseconds. A linear op passes on one of three tries however noisy the machine; a quadratic
    # one fails all three.
    for _ in range(3):
        small = _seconds(op, unit * (1_000 // len(unit) + 1))
        large = _seconds(op, unit * (8_000 // len(unit) + 1))
        if large < 24 * small + 0.002:
            return None
    return small, large


def test_the_complexity_check_catches_a_quadratic_pattern() -> None:
    assert _superlinear(re.compile(r".*-.*x").fullmatch, "-") is not None
    assert _superlinear(re.compile(r"(?:- ?)*-x").fullmatch, "- ") is None


@pytest.mark.parametrize("rule", [r for r in RULES if r.pattern is not None], ids=lambda r: r.name)
def test_pattern_runs_in_linear_time(rule) -> None:
    # Prefix and teaser-label rules are matched at a paragraph's start, the others must match the whole paragraph.
    op = rule.pattern.match if rule.kind in ("prefix", "teaser_label") else rule.pattern.fullmatch
    slow = {unit: t for unit in _adversarial(rule.example) if (t := _superlinear(op, unit))}
    assert not slow, (rule.name, slow)


# ---------------------------------------------------------------- cleaning hard-wrapped and furnished text

_SENTENCES = [
    "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January.",
    "Comissaria Smith said there is still some doubt as to how much old crop cocoa is still available.",
    "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos, the exporters said on Monday.",
    "Shr 1.59 dlrs vs 54 cts", "Net 43.3 mln vs 13.9 mln", "Latest Stories", "Reuter", "By Jane Doe",
    "READ MORE: Polling underway in Kazakhstan snap legislative elections",
    "(Reporting by Mariya Gordeyeva; Editing by Alex Richardson)", "Kazakh Leader Seeks Reset After Riots",
    "The bank, which also owns a stake in the exchange, said profits in Europe rose by a fifth last year.",
    "\ufeffWASHINGTON (AP) — The Senate approved a stopgap bill late Friday, averting a partial shutdown.",
]
_wrapped = st.builds(
    lambda paras, width, style: _wrap(paras, width, style),
    st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=10),
    st.integers(min_value=30, max_value=90),
    st.sampled_from(["blank", "indent", "none"]),
)


def _wrap(paras: list[str], width: int, style: str) -> str:
    """Paragraphs hard-wrapped at ``width`` as a wire feed (indented first lines), e-mail (blank lines) or
    neither."""
    blocks = [textwrap.fill(p, width, initial_indent="    " if style == "indent" else "") for p in paras]
    return ("\n\n" if style == "blank" else "\n").join(blocks)


def _words(text: str) -> list[str]:
    return text.replace("\ufeff", "").split()


@settings(max_examples=300, deadline=None)
@given(_wrapped)
def test_clean_of_wrapped_text_adds_no_word_and_keeps_their_order(text: str) -> None:
    out = clean(text, CleanConfig(), noop)
    words = iter(_words(text))
    assert all(any(w == v for v in words) for w in out.text.split()), (text, out.text)


@settings(max_examples=300, deadline=None)
@given(_wrapped, st.one_of(st.none(), st.sampled_from(["Kazakh Leader Seeks Reset After Riots"])))
def test_clean_of_wrapped_text_is_idempotent(text: str, hint: str | None) -> None:
    once = clean(text, CleanConfig(), noop, hint)
    assert clean(once.text, CleanConfig(), noop, hint).text == once.text, (text, once.removed)


@settings(max_examples=300, deadline=None)
@given(_wrapped)
def test_unwrapping_never_splits_a_word_or_drops_one(text: str) -> None:
    assert " ".join(p.text for p in paragraphs(text)).split() == text.split()


@pytest.mark.parametrize("unit", [
    "a" * 70 + "\n", "word " * 14 + "\n", "    Indented start of a paragraph that goes on\nand on\n",
    "- item\n", "Shr 1.59   dlrs\n", "\n", "x\n\n",
])
def test_unwrapping_runs_in_linear_time(unit: str) -> None:
    slow = _superlinear(paragraphs, unit)
    assert slow is None, slow


# ---------------------------------------------------------------- work linear in the number of lines

_STORY = (
    "LIMA, March 2 - The government said on Monday that the central bank would raise its rate by 50 basis "
    "points, as inflation in the capital reached a level not seen in a decade.\n\n"
    "Analysts at three banks had forecast the rise, and investors sold shares of exporters after the ruling "
    "party said the reform of the energy market would wait until the election.\n\n"
    "The opposition said it would vote against the budget, and the president called for talks next week."
)


def _calls(op, text: str) -> int:
    """Function calls, Python and C, made by ``op(text)``: a measure of work that a loaded machine does not
    disturb, as it does a timer."""
    count = 0

    def tally(_frame, event: str, _arg) -> None:
        nonlocal count
        count += event in ("call", "c_call")

    sys.setprofile(tally)
    try:
        op(text)
    finally:
        sys.setprofile(None)
    return count


# A live blog, a ticker or a bad extraction repeats one line thousands of times over a story; every head and
# tail pass sees each of them. Each line against each other one took 15 s at 4,000 lines.
@pytest.mark.parametrize("line, sep, story", [
    ("BREAKING NEWS UPDATE LIVE", "\n", True), ("Breaking News Update Live", "\n", True),
    ("BREAKING NEWS UPDATE LIVE", "\n\n", True), ("Share this article on Facebook", "\n", True),
    ("BREAKING NEWS UPDATE {}", "\n", True), ("BREAKING NEWS UPDATE LIVE", "\n", False), ("a", "\n", True),
    ("Headline of the day | Site", "\n", True),
])
def test_clean_does_work_linear_in_repeated_lines(line: str, sep: str, story: bool) -> None:
    def text(n: int) -> str:
        return sep.join(line.format(i) for i in range(n)) + ("\n" + _STORY if story else "")

    def op(t: str) -> None:
        clean(t, CleanConfig(), noop)

    op(text(20))  # patterns compile on first use
    small, large = _calls(op, text(150)), _calls(op, text(300))
    # Twice the lines: about twice the calls when linear (plus the story's fixed share), 4x when quadratic.
    assert large < 2.3 * small, (small, large)


def test_the_work_count_catches_a_quadratic_loop() -> None:
    def pairs(t: str) -> None:
        lines = t.split()
        any(a.startswith(b) and a != b for a in lines for b in lines)

    assert _calls(pairs, "x\n" * 600) > 2.3 * _calls(pairs, "x\n" * 300)
