"""Story text lost on Reuters-21578 as distributed: each <BODY> (latin-1, hard-wrapped at about 70 columns,
paragraphs marked by an indented first line) goes through clean() unchanged, and then through the
site-furniture stage's logic (all stories counted as one site, as when the files are read from one folder).

Prints the share of stories that lose more than 5% of their words (goal <= 1%; the closing "Reuter" sign-off
is not counted as story text), the share that lose any, the rules that removed the most words, and the worst
examples.

    python benchmarks/reuters_loss.py [--data ../shared/data] [--show 10]
"""
from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from benchmarks import shared  # noqa: E402

from wirewash.transforms.core.cleaning import CleanConfig, clean
from wirewash.transforms.core.counters import noop
from wirewash.transforms.core.furniture import FurnitureConfig, document_keys, is_furniture, remove_furniture
from wirewash.transforms.core.schema import Article

_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.DOTALL)
_SIGNOFF = re.compile(r"\s*(?i:reuter)\s*\Z")


def bodies(data: Path) -> list[str]:
    out = []
    for path in sorted((data / "reuters21578").glob("reut2-*.sgm")):
        for body in _BODY.findall(path.read_text(encoding="latin-1")):
            out.append(html.unescape(body).replace("\x03", ""))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=shared.DATA)
    parser.add_argument("--show", type=int, default=5)
    args = parser.parse_args()
    texts = bodies(args.data)
    cfg = CleanConfig(min_words=0)
    start = time.perf_counter()
    cleaned = [clean(t, cfg, noop) for t in texts]
    seconds = time.perf_counter() - start
    # The wire's "Reuter" sign-off is boilerplate (the wire_signoff rule), not story text: not counted.
    words = [len(_SIGNOFF.sub("", t).split()) for t in texts]

    fcfg = FurnitureConfig(min_words=0)
    articles = [Article(f"r{i}", "reuters21578/reut2.sgm", c.text) for i, c in enumerate(cleaned)]
    counts: Counter = Counter()
    for a in articles:
        counts.update(document_keys(a, fcfg))
    furniture = {k for k, n in counts.items() if is_furniture(k, n, fcfg)}
    after = [remove_furniture(a, furniture, fcfg, noop) for a in articles]

    by_rule: Counter = Counter()
    for c in cleaned:
        for r in c.removed:
            by_rule[r.rule] += len(r.text.split())
    furniture_removed: Counter = Counter()
    for a in after:
        for r in a.removed:
            furniture_removed[r.text] += 1

    def report(label: str, kept_words: list[int]) -> list[tuple[float, int]]:
        losses = [(max(w - k, 0) / w if w else 0.0, i) for i, (w, k) in enumerate(zip(words, kept_words))]
        over = sum(loss > 0.05 for loss, _ in losses)
        some = sum(loss > 0 for loss, _ in losses)
        print(f"{label}: {over}/{len(losses)} stories ({100 * over / len(losses):.2f}%) lose more than 5% of "
              f"their words; {some} ({100 * some / len(losses):.1f}%) lose any")
        return sorted(losses, reverse=True)

    print(f"{len(texts)} Reuters-21578 bodies, clean() {1000 * seconds / len(texts):.3f} ms/story")
    worst = report("clean()", [len(c.text.split()) for c in cleaned])
    report("clean() + site furniture", [len(a.text.split()) for a in after])
    print("words removed by rule:", dict(by_rule.most_common(12)))
    print(f"site-furniture paragraphs ({len(furniture)} keys):", furniture_removed.most_common(10))
    for loss, i in worst[: args.show]:
        if loss <= 0.05:
            break
        print(f"\n--- story {i}: {100 * loss:.0f}% lost")
        for r in cleaned[i].removed:
            print(f"  {r.rule}: {r.text[:160]!r}")


if __name__ == "__main__":
    main()
