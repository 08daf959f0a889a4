"""Candidate pairs to read when extending dedup_pairs.jsonl: articles sharing word 5-shingles, with a diff.

This only proposes pairs; every label in dedup_pairs.jsonl was decided by reading the two texts. Candidates
are pairs sharing at least ``min_shared`` 5-shingles that occur in at most ``max_df`` articles (frequent
shingles are boilerplate and would pair every templated report with every other), ranked by the Jaccard
similarity of their shingle sets.

Usage::

    python -m benchmarks.eval.candidates --corpus bbc --min-jaccard 0.5 --max-jaccard 0.9 | less
"""
from __future__ import annotations

import argparse
import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.eval.dedup_pairs import Article, read_bbc
from benchmarks.eval.reuters import DEFAULT_DATA_DIR, load_stories

_WORD_RE = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Candidate:
    a: str
    b: str
    jaccard: float  # of the two 5-shingle sets
    containment: float  # shared shingles / shingles of the smaller article


def shingles(text: str, k: int = 5) -> frozenset[str]:
    """Lower-cased word k-shingles of a text (the whole text when shorter than k words)."""
    words = _WORD_RE.findall(text.lower())
    return frozenset(" ".join(words[i:i + k]) for i in range(max(1, len(words) - k + 1)))


def load_corpus(corpus: str, data_dir: Path = DEFAULT_DATA_DIR) -> dict[str, Article]:
    """All articles of "reuters" (by NEWID) or "bbc" (by "<category>/<NNN>")."""
    if corpus == "reuters":
        return {i: Article(s.title, s.text, s.date) for i, s in load_stories(data_dir).items()}
    if corpus == "bbc":
        root = Path(data_dir) / "bbc-news"
        return {f"{p.parent.name}/{p.stem}": read_bbc(p) for p in sorted(root.glob("*/*.txt"))}
    raise ValueError(f"unknown corpus {corpus!r}")


def candidate_pairs(articles: dict[str, Article], max_df: int = 40,
                    min_shared: int = 3) -> Iterator[Candidate]:
    """Pairs sharing >= min_shared shingles of document frequency <= max_df, in no particular order."""
    sets = {i: shingles(f"{a.title} {a.text}") for i, a in articles.items()}
    postings: dict[str, list[str]] = defaultdict(list)
    for i, s in sets.items():
        for shingle in s:
            postings[shingle].append(i)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in postings.values():
        if 1 < len(ids) <= max_df:
            ids = sorted(ids)
            for x in range(len(ids)):
                for y in range(x + 1, len(ids)):
                    shared[(ids[x], ids[y])] += 1
    for (a, b), n in shared.items():
        if n >= min_shared:
            sa, sb = sets[a], sets[b]
            inter = len(sa & sb)
            yield Candidate(a, b, inter / len(sa | sb), inter / min(len(sa), len(sb)))


def word_diff(a: str, b: str, max_ops: int = 8, width: int = 100) -> str:
    """The first max_ops non-equal word runs between two texts, one per line."""
    wa, wb = a.split(), b.split()
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    ops = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    lines = [f"  [{tag} @{i1}] -{' '.join(wa[i1:i2])[:width]!r} +{' '.join(wb[j1:j2])[:width]!r}"
             for tag, i1, i2, j1, j2 in ops[:max_ops]]
    if len(ops) > max_ops:
        lines.append(f"  ... {len(ops) - max_ops} more")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=("reuters", "bbc"), required=True)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--min-jaccard", type=float, default=0.5)
    parser.add_argument("--max-jaccard", type=float, default=1.01)
    args = parser.parse_args(argv)
    articles = load_corpus(args.corpus, args.data_dir)
    found = sorted((c for c in candidate_pairs(articles) if args.min_jaccard <= c.jaccard < args.max_jaccard),
                   key=lambda c: (-c.jaccard, c.a, c.b))
    for c in found:
        a, b = articles[c.a], articles[c.b]
        print(f"== {c.a} | {c.b} jaccard={c.jaccard:.2f} containment={c.containment:.2f} "
              f"{a.date or ''} / {b.date or ''}\n  A: {a.title}\n  B: {b.title}\n{word_diff(a.text, b.text)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
