"""Scoring a cleaner's output against the furniture set: what furniture leaked, which paragraphs survived.

Text is compared after ``normalise``; a furniture piece counts as leaked when ``contains`` finds it, whole
words, in the output; a story paragraph counts as kept when its normalised text is a substring of the output.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import TYPE_CHECKING

from benchmarks.eval.locales import AGENCIES

if TYPE_CHECKING:
    from benchmarks.eval.furniture_set import Case

_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC, invisible format characters (Unicode Cf: BOM, zero-width, bidi marks) dropped, case folded,
    whitespace runs (line wraps included) collapsed to one space."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return _WS.sub(" ", text.casefold()).strip()


def _wordy(ch: str) -> bool:
    # Scripts that separate words with spaces; CJK and kana do not, so no boundary is required there.
    return ch.isalnum() and ord(ch) < 0x2E80


def contains(haystack: str, needle: str) -> bool:
    """Whether normalised ``needle`` occurs in normalised ``haystack`` as whole words: an occurrence inside a
    longer word ("ad" in "trade") does not count."""
    if not needle:
        return False
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        left_ok = start == 0 or not (_wordy(needle[0]) and _wordy(haystack[start - 1]))
        right_ok = end == len(haystack) or not (_wordy(needle[-1]) and _wordy(haystack[end]))
        if left_ok and right_ok:
            return True
        start = haystack.find(needle, start + 1)
    return False


def canonical_publisher(name: str | None) -> str | None:
    """The ``AGENCIES`` key a publisher string names, or the stripped string itself; None for empty."""
    n = normalise(name or "").strip("()/.- ")
    if not n:
        return None
    for canon, spellings in AGENCIES.items():
        if n == canon.casefold() or n in spellings:
            return canon
    return n


def _ratio(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


def score(cases: list[Case], outputs: dict[str, dict]) -> dict:
    """Leakage and story retention of a system's ``outputs`` ({case_id: {"text": ..., optional "title",
    "publisher", "byline"}}) on ``cases``.

    Returns ``leaked`` (furniture characters whose piece's normalised text is still found, as whole words, in
    the normalised output / all furniture characters; ``kind_chars`` has the counts per kind), ``kept`` (story paragraphs whose normalised text is in
    the normalised output / all paragraphs), both also by furniture kind (``by_kind``: leaked), language and
    body source, and by layout (``wrapped``/``unwrapped``); ``leaked_unseen``/``leaked_seen``: leaked share of
    the pieces made from test-only vocabulary and of the rest (``unseen`` None on dev); ``missing`` (case ids
    without an output; scored as empty text); and ``title``/``publisher``/``byline`` accuracy when any output
    carries that key. Shares are in [0, 1], None when nothing to count.
    """
    kind_tot, kind_leak = defaultdict(int), defaultdict(int)
    groups = {g: defaultdict(lambda: [0, 0, 0, 0]) for g in ("language", "source", "layout")}
    seen_tot = seen_leak = unseen_tot = unseen_leak = 0
    para_tot = para_kept = 0
    missing = []
    fields = {k: [0, 0, 0, 0] for k in ("title", "publisher", "byline")}  # right, given, spurious, absent
    for case in cases:
        out = outputs.get(case.case_id)
        if out is None:
            missing.append(case.case_id)
            out = {}
        text = normalise(out.get("text") or "")
        leak = tot = kept = 0
        unseen = set(case.unseen)
        for kind, piece in case.furniture:
            n = normalise(piece)
            leaked = contains(text, n)
            kind_tot[kind] += len(n)
            kind_leak[kind] += leaked * len(n)
            tot += len(n)
            leak += leaked * len(n)
            if piece in unseen:
                unseen_tot += len(n)
                unseen_leak += leaked * len(n)
            else:
                seen_tot += len(n)
                seen_leak += leaked * len(n)
        for p in case.story_paragraphs:
            kept += normalise(p) in text
        para_tot += len(case.story_paragraphs)
        para_kept += kept
        layout = "wrapped" if case.wrapped else "unwrapped"
        for name, key in (("language", case.language), ("source", case.source), ("layout", layout)):
            g = groups[name][key]
            g[0] += leak
            g[1] += tot
            g[2] += kept
            g[3] += len(case.story_paragraphs)
        for name, counts in fields.items():
            if name not in out:
                continue
            want, got = getattr(case, name), out.get(name)
            if want is None:
                counts[3] += 1
                counts[2] += bool(got and str(got).strip())
            else:
                counts[1] += 1
                counts[0] += _field_right(name, want, got)
    result = {
        "cases": len(cases),
        "leaked": _ratio(sum(kind_leak.values()), sum(kind_tot.values())),
        "kept": _ratio(para_kept, para_tot),
        "leaked_seen": _ratio(seen_leak, seen_tot),
        "leaked_unseen": _ratio(unseen_leak, unseen_tot),
        "by_kind": {k: _ratio(kind_leak[k], kind_tot[k]) for k in sorted(kind_tot)},
        "kind_chars": {k: {"leaked": kind_leak[k], "total": kind_tot[k]} for k in sorted(kind_tot)},
        **{
            f"by_{g}": {k: {"leaked": _ratio(v[0], v[1]), "kept": _ratio(v[2], v[3])} for k, v in sorted(rows.items())}
            for g, rows in groups.items()
        },
        "missing": missing,
    }
    for name, (right, given, spurious, absent) in fields.items():
        if given or absent:
            result[name] = {"accuracy": _ratio(right, given), "cases": given,
                            "spurious": _ratio(spurious, absent), "cases_without": absent}
    return result


def _field_right(name: str, want: str, got) -> bool:
    if not got:
        return False
    if name == "publisher":
        return canonical_publisher(str(got)) == want
    got_n = normalise(str(got))
    if name == "byline":
        return all(contains(got_n, normalise(a)) for a in want.split(", "))
    return got_n == normalise(want)
