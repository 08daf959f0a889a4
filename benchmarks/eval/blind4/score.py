"""Score wirewash's Parquet output against the generated pages' truth, from the outside.

Per page: each real paragraph is kept when its whitespace-normalised text is in the output ``text``; those
paragraphs are then cut out (first occurrence each) and what is left, the residual, is searched for every
injected furniture line. A line found whole (between word boundaries) leaks all its characters; otherwise, for
a line of 24 characters or more, the runs of 12 or more characters it shares with the residual leak (a credit
cut in half leaks its surviving half). ``title`` must
equal the headline and ``byline`` name exactly the byline's authors (order, case and separators free). Pages in
``rejected`` or ``duplicates`` are counted and named; a rejected page keeps none of its paragraphs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path, PurePosixPath

from .compose import Page
from .wordings_head import HEAD, INSIDE

MIN_PARTIAL = 12
_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}
)
_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\u3001|/|\s(?:and|y|et|und|e|и|و)\s)\s*", re.IGNORECASE)


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def normalise(text: str) -> str:
    """NFKC, straight quotes and hyphens for typographic ones, no soft hyphens or zero-width characters (a
    cleaner may drop what no reader sees), whitespace runs as one space, stripped."""
    return " ".join(_INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).translate(_QUOTES).split())


def names(byline: str | None) -> frozenset[str]:
    """The case-folded names a byline lists, split on commas, '&', '/', '、' and 'and' in the page languages."""
    if not byline:
        return frozenset()
    return frozenset(n.casefold() for n in _NAME_SEPARATORS.split(normalise(byline)) if n.strip())


def leaked_chars(line: str, residual: str) -> tuple[int, str]:
    """(characters of ``line`` still in ``residual``, residual with them cut); both normalised first."""
    at = re.search(r"(?<!\w)" + re.escape(line) + r"(?!\w)", residual)
    if at:
        return len(line), residual[: at.start()] + " " + residual[at.end() :]
    if len(line) < 2 * MIN_PARTIAL or not residual:  # a short line leaks whole or not at all
        return 0, residual
    blocks = SequenceMatcher(None, line, residual, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks if b.size >= MIN_PARTIAL), residual


@dataclass
class PageScore:
    """One page's figures: paragraphs kept of total, furniture characters leaked per kind, title/byline right."""

    paragraphs: int
    kept: int
    injected: dict[str, int] = field(default_factory=dict)
    leaked: dict[str, int] = field(default_factory=dict)
    examples: dict[str, str] = field(default_factory=dict)
    test_only_injected: int = 0
    test_only_leaked: int = 0
    title_ok: bool = False
    byline_ok: bool | None = None  # None: the page has no byline
    spurious_byline: bool = False


def score_page(page: Page, text: str, title: str | None, byline: str | None) -> PageScore:
    """Score one page's output row (``text``, ``title``, ``byline`` as the articles table holds them)."""
    residual = normalise(text)
    kept = 0
    for paragraph in page.body.paragraphs:
        para = normalise(paragraph)
        at = residual.find(para)
        if at >= 0:
            kept += 1
            residual = residual[:at] + " \u2016 " + residual[at + len(para) :]
    result = PageScore(len(page.body.paragraphs), kept)
    for item in page.items:
        for raw_line in item.text.split("\n"):
            line = normalise(raw_line)
            if not line:
                continue
            leaked, residual = leaked_chars(line, residual)
            result.injected[item.kind] = result.injected.get(item.kind, 0) + len(line)
            result.leaked[item.kind] = result.leaked.get(item.kind, 0) + leaked
            if item.test_only:
                result.test_only_injected += len(line)
                result.test_only_leaked += leaked
            if leaked and item.kind not in result.examples:
                result.examples[item.kind] = line
    result.title_ok = normalise(title or "") == normalise(page.headline)
    if page.authors:
        result.byline_ok = names(byline) == frozenset(normalise(a).casefold() for a in page.authors)
    else:
        result.spurious_byline = bool(byline)
    return result


def story_of(source: str, input_id: str | None) -> str:
    """The story id a row came from: a JSON record's ``id``, else the file's name without its extension."""
    if input_id:
        return input_id
    return PurePosixPath(source.split("#", 1)[0]).name.split(".", 1)[0]


def read_output(out: Path) -> tuple[dict[str, dict], dict[str, dict], dict[str, str]]:
    """(articles, duplicates, rejected) of a wirewash output, keyed by story id; rejected maps id -> reason."""
    import pyarrow.parquet as pq

    tables = []
    for name in ("articles", "duplicates"):
        rows = pq.read_table(
            out / name, columns=["source", "input_id", "text", "title", "byline"]
        ).to_pylist()
        tables.append({story_of(r["source"], r["input_id"]): r for r in rows})
    rejected = pq.read_table(out / "rejected", columns=["source", "input_id", "reason"]).to_pylist()
    return tables[0], tables[1], {story_of(r["source"], r["input_id"]): r["reason"] for r in rejected}


@dataclass
class Summary:
    """The set's figures: per-kind characters and examples, totals, and pages missing from ``articles``."""

    pages: int = 0
    paragraphs: int = 0
    kept: int = 0
    injected: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    leaked: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    examples: dict[str, str] = field(default_factory=dict)
    by_group: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    test_only: list[int] = field(default_factory=lambda: [0, 0])
    titles: list[int] = field(default_factory=lambda: [0, 0])
    bylines: list[int] = field(default_factory=lambda: [0, 0])
    spurious_bylines: int = 0
    duplicates: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def leak_pct(self) -> float:
        return 100 * sum(self.leaked.values()) / max(1, sum(self.injected.values()))

    @property
    def kept_pct(self) -> float:
        return 100 * self.kept / max(1, self.paragraphs)


def summarise(
    pages: list[Page], articles: dict[str, dict], duplicates: dict[str, dict], rejected: dict[str, str]
) -> Summary:
    """Score every page: rows from ``articles`` or, failing that, ``duplicates`` (also listed); rejected and
    absent pages count all their paragraphs as lost and appear by id in ``rejected`` / ``missing``."""
    total = Summary()
    for page in pages:
        total.pages += 1
        total.paragraphs += len(page.body.paragraphs)
        row = articles.get(page.story_id) or duplicates.get(page.story_id)
        if page.story_id in duplicates:
            total.duplicates.append(page.story_id)
        if row is None:
            (total.rejected if page.story_id in rejected else total.missing).append(
                f"{page.story_id} ({rejected.get(page.story_id, 'absent')})"
            )
            continue
        one = score_page(page, row["text"] or "", row["title"], row["byline"])
        total.kept += one.kept
        for kind, chars in one.injected.items():
            total.injected[kind] += chars
            total.leaked[kind] += one.leaked[kind]
        for kind, line in one.examples.items():
            total.examples.setdefault(kind, f"{line[:90]}  [{page.story_id}, {page.lang}, {page.fmt}]")
        for group in (f"lang:{page.lang}", f"format:{page.fmt}/{page.layout}"):
            total.by_group[group][0] += sum(one.injected.values())
            total.by_group[group][1] += sum(one.leaked.values())
        total.test_only[0] += one.test_only_injected
        total.test_only[1] += one.test_only_leaked
        total.titles[0] += 1
        total.titles[1] += one.title_ok
        if one.byline_ok is not None:
            total.bylines[0] += 1
            total.bylines[1] += one.byline_ok
        total.spurious_bylines += one.spurious_byline
    return total


def zone(kind: str) -> str:
    """'head' (the headline and what precedes the body or is glued to it), 'inside' or 'tail'."""
    return "head" if kind == "headline" or kind in HEAD else "inside" if kind in INSIDE else "tail"


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   - "


def table(s: Summary) -> str:
    """The compact report: totals, then kinds from most leaked, then languages and formats."""
    pct = _pct
    lines = [
        (
            f"pages {s.pages}: scored {s.titles[0]}, in duplicates {len(s.duplicates)}, "
            f"rejected {len(s.rejected)}, absent {len(s.missing)}"
        ),
        (
            f"furniture leaked {s.leak_pct:.2f}% of {sum(s.injected.values())} chars; "
            f"test-only wordings {pct(s.test_only[1], s.test_only[0])} of {s.test_only[0]} chars"
            f" ({pct(s.test_only[0], sum(s.injected.values())).strip()} of the furniture)"
        ),
        f"story paragraphs kept {s.kept_pct:.2f}% ({s.kept}/{s.paragraphs}; rejected and absent pages count as lost)",
        (
            f"title right {pct(s.titles[1], s.titles[0])} ({s.titles[1]}/{s.titles[0]}); "
            f"byline right {pct(s.bylines[1], s.bylines[0])} ({s.bylines[1]}/{s.bylines[0]}); "
            f"byline set on pages without one: {s.spurious_bylines}"
        ),
        "",
        f"{'kind':<14}{'chars':>7}{'leaked':>8}  example of a leaked line",
    ]
    for kind in sorted(s.injected, key=lambda k: -s.leaked[k] / max(1, s.injected[k])):
        lines.append(
            f"{kind:<14}{s.injected[kind]:>7}{pct(s.leaked[kind], s.injected[kind]):>8}  {s.examples.get(kind, '')}"
        )
    zones: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind, chars in s.injected.items():
        zones[f"zone:{zone(kind)}"][0] += chars
        zones[f"zone:{zone(kind)}"][1] += s.leaked[kind]
    lines.append("")
    groups = {**zones, **s.by_group}
    lines.append("  ".join(f"{g} {pct(leak, chars).strip()}" for g, (chars, leak) in sorted(groups.items())))
    for label, ids in (("duplicates", s.duplicates), ("rejected", s.rejected), ("absent", s.missing)):
        if ids:
            lines.append(f"{label}: {', '.join(ids[:12])}{' ...' if len(ids) > 12 else ''}")
    return "\n".join(lines)
