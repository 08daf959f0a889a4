"""Syndication benchmark: real article bodies wrapped in outlet furniture (benchmarks/syndicate.py), cleaned.

Reports, per outlet and overall, the share of injected furniture strings still in the cleaned text (goal
<= 1%) and the share of the original story's sentences kept (goal >= 99%), then the surviving strings.

    python benchmarks/syndication.py                     # 600 BBC + 600 Reuters bodies
    python benchmarks/syndication.py --docs 200 --show 30
"""
from __future__ import annotations

import argparse
import html
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
from benchmarks import shared  # noqa: E402

from syndicate import wrap  # noqa: E402

from wirewash.transforms.core.cleaning import CleanConfig, clean  # noqa: E402
from wirewash.transforms.core.counters import noop  # noqa: E402

DEFAULT_DATA = shared.DATA
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")
_REUTERS = re.compile(r"<BODY>(.*?)</BODY>", re.S)


def _norm(text: str) -> str:
    return " ".join(text.split())


def bbc_bodies(root: Path, n: int, rng: random.Random) -> list[tuple[str, list[str]]]:
    files = sorted((root / "bbc-news").glob("*/*.txt"))
    out = []
    for path in rng.sample(files, min(n, len(files))):
        lines = [_norm(x) for x in path.read_text(encoding="latin-1").splitlines()]
        lines = [x for x in lines if x]
        out.append((lines[0], lines[1:]))
    return out


def reuters_bodies(root: Path, n: int, rng: random.Random) -> list[tuple[str, list[str]]]:
    bodies = []
    for path in sorted((root / "reuters21578").glob("reut2-*.sgm")):
        for body in _REUTERS.findall(path.read_text(encoding="latin-1")):
            # 1987 wire copy: paragraphs start with an indent, lines are hard-wrapped, "Reuter" signs off.
            text = html.unescape(body).replace("\x03", "")
            paras = [_norm(p) for p in re.split(r"\n(?= )", text)]
            paras = [p for p in paras if p and p not in ("Reuter", "REUTER")]
            if len(paras) >= 2 and sum(len(p.split()) for p in paras) >= 60:
                bodies.append(paras)
    out = []
    for paras in rng.sample(bodies, min(n, len(bodies))):
        # The wire's own dateline opens the first paragraph; the outlet's headline goes on top.
        out.append((" ".join(paras[0].split()[:8]).rstrip(".,") + " news", paras))
    return out


def sentences(paragraphs: list[str]) -> list[str]:
    return [s for p in paragraphs for s in _SENTENCE.split(p) if len(s.split()) >= 3]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder (default ../shared/data)")
    parser.add_argument("--docs", type=int, default=600, help="bodies per corpus")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=15, help="print this many surviving strings and lost sentences")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    corpus = bbc_bodies(args.data, args.docs, rng) + reuters_bodies(args.data, args.docs, rng)
    cfg = CleanConfig()
    injected: Counter[str] = Counter()
    survived: Counter[str] = Counter()
    survivors: Counter[str] = Counter()
    kept = total = 0
    lost: list[str] = []
    t0 = time.perf_counter()
    for headline, paragraphs in corpus:
        page = wrap(paragraphs, headline, rng)
        cleaned = clean(page.text, cfg, noop).text
        out_paras = cleaned.split("\n\n")
        out = _norm(cleaned)
        for s in page.injected:
            injected[page.outlet] += 1
            # Short furniture ("Share", "Save") counts as surviving when it is a whole paragraph or opens one
            # (a credit left on the lead); longer strings anywhere in the text.
            hit = any(para == s or para.startswith(s + " ") for para in out_paras)
            if hit or (len(s.split()) >= 3 and _norm(s) in out):
                survived[page.outlet] += 1
                survivors[f"{page.outlet}: {s}"] += 1
        for s in sentences(paragraphs):
            total += 1
            if _norm(s) in out:
                kept += 1
            else:
                lost.append(s)
    took = time.perf_counter() - t0

    print(f"{len(corpus)} bodies ({args.docs} BBC + {args.docs} Reuters-21578), cleaned in {took:.1f} s")
    print(f"{'outlet':<10} {'injected':>8} {'survived':>8} {'share':>7}")
    for outlet in sorted(injected):
        print(f"{outlet:<10} {injected[outlet]:>8} {survived[outlet]:>8} {survived[outlet] / injected[outlet]:>7.2%}")
    inj, sur = sum(injected.values()), sum(survived.values())
    print(f"{'all':<10} {inj:>8} {sur:>8} {sur / inj:>7.2%}   (goal <= 1%)")
    print(f"original sentences kept: {kept}/{total} = {kept / total:.2%}   (goal >= 99%)")
    if args.show:
        print("\nmost frequent surviving furniture:")
        for s, n in survivors.most_common(args.show):
            print(f"  {n:>4}  {s[:150]}")
        print("\nlost sentences:")
        for s in lost[: args.show]:
            print(f"  - {s[:150]}")


if __name__ == "__main__":
    main()
