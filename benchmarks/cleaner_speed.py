"""Cleaner speed on real text: ms per article, and where the time goes (per pass and per rule).

Articles: BBC News bodies (headline line + paragraphs, as in ../shared/data/bbc-news) and Reuters-21578 bodies
as distributed (hard-wrapped), each cut or padded to about 3 kB of whole paragraphs, so figures compare with
the issue's "4.4 ms per 3 kB article". One core, best of ``--repeat`` runs, in CPU time of this process
(time.process_time), so that other work on a shared machine does not count.

    python benchmarks/cleaner_speed.py [--data ../shared/data] [--docs 400] [--rules 40] [--baseline 8d60bb6~1]

``--baseline REV`` also times transforms/core/boilerplate.py as it was at git revision REV (the cleaner before
the package) on the same articles. Per rule, its cost is printed beside what it earns (removals and characters
removed on these articles and on the two blind furniture sets' dev cases), and the rules that earn nothing on
any of them are listed: issue 11's "a rule that costs more than it earns goes".
"""
from __future__ import annotations

import argparse
import html
import importlib.util
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from benchmarks import shared  # noqa: E402

from wirewash.transforms.core.cleaning import RULES, CleanConfig, clean
from wirewash.transforms.core.cleaning.structure import Doc
from wirewash.transforms.core.counters import noop

# The module, not the function the package exports under the same name.
engine = importlib.import_module("wirewash.transforms.core.cleaning.clean")
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.DOTALL)
TARGET = 3000  # characters per article


def _about_3kb(paragraphs: list[str], sep: str) -> str | None:
    out, size = [], 0
    for p in paragraphs:
        if size >= TARGET:
            break
        out.append(p)
        size += len(p) + len(sep)
    return sep.join(out) if size >= TARGET * 0.8 else None


def articles(data: Path, n: int, rng: random.Random) -> list[str]:
    bbc = []
    for path in sorted((data / "bbc-news").glob("*/*.txt")):
        lines = [x.strip() for x in path.read_text(encoding="latin-1").splitlines() if x.strip()]
        if (text := _about_3kb(lines, "\n\n")) is not None:
            bbc.append(text)
    reuters = []
    for path in sorted((data / "reuters21578").glob("reut2-*.sgm")):
        for body in _BODY.findall(path.read_text(encoding="latin-1")):
            body = html.unescape(body).replace("\x03", "")
            # Whole wrapped paragraphs (indented first lines) up to ~3 kB.
            if len(body) >= TARGET * 0.8 and (text := _about_3kb(re.split(r"\n(?= )", body), "\n")) is not None:
                reuters.append(text)
    return rng.sample(bbc, min(n // 2, len(bbc))) + rng.sample(reuters, min(n // 2, len(reuters)))


def best_of(repeat: int, fn) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def load_baseline(rev: str):
    source = subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:transforms/core/boilerplate.py"],
                            capture_output=True, text=True, check=True).stdout
    path = Path(tempfile.mkdtemp()) / "boilerplate_baseline.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("boilerplate_baseline", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=shared.DATA)
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rules", type=int, default=40, help="rules to list, costliest first")
    parser.add_argument("--baseline", help="git revision whose transforms/core/boilerplate.py to time too")
    args = parser.parse_args()
    docs = articles(args.data, args.docs, random.Random(7))
    cfg = CleanConfig()
    kb = sum(len(d) for d in docs) / len(docs) / 1000
    print(f"{len(docs)} articles (half BBC, half Reuters-21578 as distributed), {kb:.2f} kB each on average")

    total = best_of(args.repeat, lambda: [clean(d, cfg, noop) for d in docs])
    print(f"\nclean(): {1000 * total / len(docs):.3f} ms/article ({1000 * total / len(docs) / kb * 3:.3f} ms per 3 kB)")
    if args.baseline:
        old = load_baseline(args.baseline)
        old_cfg = old.CleanConfig()
        before = best_of(args.repeat, lambda: [old.clean(d, old_cfg, noop) for d in docs])
        print(f"baseline {args.baseline} boilerplate.clean(): {1000 * before / len(docs):.3f} ms/article")

    # Per pass: the passes wrapped in timers (clean() reads PASSES at call time), plus building the model.
    spent: Counter = Counter()
    original = engine.PASSES

    def timed(apply):
        def run(doc):
            start = time.process_time()
            apply(doc)
            spent[apply.__module__.rsplit(".", 1)[-1] + "." + apply.__name__] += time.process_time() - start
        return run

    engine.PASSES = tuple(timed(p) for p in original)
    # The furniture score runs once after the rounds, outside PASSES; clean() reads it off its module.
    score_pass = engine.scored.scored_furniture
    engine.scored.scored_furniture = timed(score_pass)
    try:
        for d in docs:
            start = time.process_time()
            Doc(d, cfg, None)
            spent["structure.Doc (normalise, unwrap, shapes)"] += time.process_time() - start
            clean(d, cfg, noop)
    finally:
        engine.PASSES = original
        engine.scored.scored_furniture = score_pass
    print("\nper pass (ms/article; Doc is also built inside clean()):")
    for name, seconds in spent.most_common():
        print(f"  {1000 * seconds / len(docs):7.4f}  {name}")

    # Per rule: the cost of each pattern alone over every paragraph, beside what the rule earns: what it removes
    # (removals, characters) on these articles and on the two blind furniture sets' dev cases.
    paragraphs = [line.text for d in docs for line in Doc(d, cfg, None).lines]
    sets = {"speed": docs, **eval_texts(args.data)}
    earned = {name: earnings(texts, cfg) for name, texts in sets.items()}
    costs = {}
    for rule in RULES:
        if rule.pattern is None or rule.kind == "structural":
            continue  # a structural rule's cost is its pass's
        op = rule.pattern.match if rule.kind in ("prefix", "teaser_label") else rule.pattern.fullmatch
        costs[rule.name] = best_of(args.repeat, lambda op=op: [op(p) for p in paragraphs]) / len(docs)
    print("\nper rule: its pattern alone on every paragraph (us/article, an upper bound: the engine tries one "
          "joined pattern per kind and zone first), and what it earns, removals/characters on "
          + ", ".join(f"{name} ({len(texts)} texts)" for name, texts in sets.items()) + ":")
    print(f"  {'us':>6}  {'rule':28}" + "".join(f"  {name:>16}" for name in sets))
    ranked = sorted(RULES, key=lambda r: (-costs.get(r.name, -1.0), r.name))
    for rule in ranked[:args.rules]:
        cost = f"{1e6 * costs[rule.name]:6.2f}" if rule.name in costs else f"{'pass':>6}"
        print(f"  {cost}  {rule.name:28}" + "".join(
            f"  {earned[name][0][rule.name]:6d}/{earned[name][1][rule.name]:<9d}" for name in sets))
    idle = [r for r in ranked if not any(earned[name][0][r.name] for name in sets)]
    spent = sum(costs.get(r.name, 0.0) for r in idle)
    print(f"\n{len(idle)} of {len(RULES)} rules remove nothing on any of these sets (their patterns alone "
          f"{1e6 * spent:.1f} us/article; a rule may still be needed by a test or a case):")
    print("  " + ", ".join(r.name for r in idle))


def eval_texts(data: Path) -> dict[str, list[str]]:
    """The raw texts of the two blind furniture sets' dev cases (what the cleaner is evaluated on)."""
    from benchmarks.eval.blind_furniture.builder import build_cases
    from benchmarks.eval.furniture_set import load_cases

    return {
        "furniture dev": [c.raw_text for c in load_cases("dev", data)],
        "blind dev": [c.raw_text for c in build_cases(data) if c.split == "dev"],
    }


def earnings(texts: list[str], cfg: CleanConfig) -> tuple[Counter, Counter]:
    """Per rule name: how many removals it made in ``texts`` and how many characters they held."""
    fired: Counter = Counter()
    chars: Counter = Counter()
    for text in texts:
        for r in clean(text, cfg, noop).removed:
            fired[r.rule] += 1
            chars[r.rule] += len(r.text)
    return fired, chars


if __name__ == "__main__":
    main()
