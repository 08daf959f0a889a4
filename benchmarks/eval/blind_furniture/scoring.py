"""Scores pipeline output against the labelled cases, by characters.

Text on both sides is put in NFC, format characters (Unicode category Cf: zero-width spaces, BOMs, direction
marks) are dropped, and it is split into tokens: a run of letters and digits, one CJK or kana or Hangul
character, or one punctuation or symbol character; whitespace only separates tokens, so unwrapping lines or
joining paragraphs changes nothing. The output's tokens are aligned to the input's with
``difflib.SequenceMatcher`` (no junk heuristic): the cleaner only removes text, so its output is a
subsequence of the input's tokens and the alignment is that subsequence. An input token matched by the
alignment is *kept*; its weight is its length in characters.

- ``leaked``: kept characters of furniture pieces / all furniture characters (the headline is not furniture:
  it is reported as ``headline_in_text``); ``leaked_mean_over_kinds``: the mean of the kinds' ``leaked``, so
  long related-headline lists do not outweigh one-line kinds;
- ``kept``: kept characters of story text / all story characters; ``paragraphs_kept``: share of story
  paragraphs of which every token is kept;
- ``title``: the output ``title`` equals the case's headline (NFKC, case-folded, whitespace collapsed, outer
  punctuation stripped); ``spurious``: a title given for a case whose text has no headline;
- ``byline``: every author name of the byline appears in the output ``byline``; ``byline_first``: the first
  does; ``publisher``: the output ``publisher`` is, or contains as a word, an alias of a wire the case names
  in its credit (``vocab.WIRE_ALIASES``). A case with no output row is scored as empty text and null fields.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher

from benchmarks.eval.blind_furniture import vocab
from benchmarks.eval.blind_furniture.builder import FURNITURE, HEADLINE, STORY, Case

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff66-\uff9f"
TOKEN = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+")


def clean_chars(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(clean_chars(text))


def labelled_tokens(case: Case) -> list[tuple[str, int]]:
    """Tokens of the case's input, each with the index of the span it lies in."""
    out: list[tuple[str, int]] = []
    for i, span in enumerate(case.spans):
        out += [(t, i) for t in tokens(case.raw_text[span.start : span.end])]
    return out


def kept_chars(case: Case, text: str) -> list[int]:
    """Per span of ``case``: how many of its characters (token lengths) the output ``text`` keeps."""
    inp = labelled_tokens(case)
    kept = [0] * len(case.spans)
    matcher = SequenceMatcher(None, [t for t, _ in inp], tokens(text), autojunk=False)
    for a, _, size in matcher.get_matching_blocks():
        for t, i in inp[a : a + size]:
            kept[i] += len(t)
    return kept


def span_chars(case: Case) -> list[int]:
    total = [0] * len(case.spans)
    for t, i in labelled_tokens(case):
        total[i] += len(t)
    return total


def _norm_field(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", clean_chars(text or "")).casefold()
    return re.sub(r"\s+", " ", text).strip(" .,:;-–—|»«\"'“”")


def publisher_ok(expected: tuple[str, ...], got: str | None) -> bool:
    got_n = _norm_field(got)
    if not got_n:
        return False
    for canon in expected:
        for alias in vocab.WIRE_ALIASES[canon]:
            if got_n == alias or re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", got_n):
                return True
    return False


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


class _Tally:
    def __init__(self) -> None:
        self.furn = self.furn_kept = self.story = self.story_kept = 0
        self.paras = self.paras_kept = 0

    def as_dict(self) -> dict:
        return {
            "leaked": _ratio(self.furn_kept, self.furn),
            "furniture_chars": self.furn,
            "kept": _ratio(self.story_kept, self.story),
            "story_chars": self.story,
            "paragraphs_kept": _ratio(self.paras_kept, self.paras),
            "paragraphs": self.paras,
        }


def score(cases: list[Case], outputs: dict[str, dict]) -> dict:
    """Figures for ``cases`` given ``outputs`` = {case_id: {text, title, byline, publisher}}."""
    groups: dict[str, dict[str, _Tally]] = defaultdict(lambda: defaultdict(_Tally))
    headline = [0, 0]
    fields = {name: [0, 0, 0, 0] for name in ("title", "byline", "byline_first", "publisher")}
    missing = []
    for case in cases:
        row = outputs.get(case.case_id)
        if row is None:
            missing.append(case.case_id)
            row = {}
        kept = kept_chars(case, row.get("text") or "")
        total = span_chars(case)
        for span, k, n in zip(case.spans, kept, total):
            keys = [
                ("all", "all"),
                ("language", case.language),
                ("layout", case.layout),
                ("source", case.source),
                ("variant", case.variant),
            ]
            if span.label == HEADLINE:
                headline[0] += k
                headline[1] += n
                continue
            if span.label == FURNITURE:
                keys += [
                    ("kind", span.kind),
                    ("zone", span.zone),
                    ("vocabulary", "test_only" if span.test_only else "shared"),
                ]
            elif span.kind:
                keys.append(("trap", span.kind))
            for group, key in keys:
                t = groups[group][key]
                if span.label == FURNITURE:
                    t.furn += n
                    t.furn_kept += k
                elif span.label == STORY:
                    t.story += n
                    t.story_kept += k
                    t.paras += 1
                    t.paras_kept += k == n
        _field(
            fields["title"],
            case.title is not None,
            case.title is not None and _norm_field(row.get("title")) == _norm_field(case.title),
            bool(_norm_field(row.get("title"))),
        )
        got_byline = _norm_field(row.get("byline"))
        names = [_norm_field(n) for n in case.byline]
        _field(
            fields["byline"],
            bool(names),
            bool(names) and all(n in got_byline for n in names),
            bool(got_byline),
        )
        _field(fields["byline_first"], bool(names), bool(names) and names[0] in got_byline, bool(got_byline))
        _field(
            fields["publisher"],
            bool(case.publisher),
            publisher_ok(case.publisher, row.get("publisher")),
            bool(_norm_field(row.get("publisher"))),
        )
    result = {
        "cases": len(cases),
        "missing": missing,
        "headline_in_text": _ratio(headline[0], headline[1]),
        **{group: {k: t.as_dict() for k, t in sorted(tallies.items())} for group, tallies in groups.items()},
    }
    kinds = [t["leaked"] for t in result.get("kind", {}).values() if t["leaked"] is not None]
    result["leaked_mean_over_kinds"] = _ratio(sum(kinds), len(kinds))
    for name, (n_with, right, n_without, spurious) in fields.items():
        result[name] = {
            "cases": n_with,
            "accuracy": _ratio(right, n_with),
            "cases_without": n_without,
            "spurious": _ratio(spurious, n_without),
        }
    return result


def _field(tally: list[int], expected: bool, right: bool, given: bool) -> None:
    if expected:
        tally[0] += 1
        tally[1] += right
    else:
        tally[2] += 1
        tally[3] += given
