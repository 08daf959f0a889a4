"""What bounding clean() costs on real articles, and what it stops: the figures behind --max_clean_chars and
--max_clean_lines (transforms/core/cleaning/config.py, docs/hostile-input.md).

1. The too_long check (transforms/core/article.py) on every BBC News text, alone and as an A/B of
   ``to_article`` with and without it, alternating, in CPU time of this process.
2. The alternative not taken: clean() through the IsolatedCall child (transforms/core/isolate.py) with a time
   limit, CPU of parent and child per article against in-process.
3. clean() on hostile texts at the limits (what a worker may spend on one document at most).

    python benchmarks/clean_limits.py [--data ../shared/data] [--docs 1000] [--rounds 3]
"""
from __future__ import annotations

import argparse
import importlib
import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO))  # the repository root: benchmarks is a package there
from benchmarks import shared  # noqa: E402

from wirewash.transforms.core import article  # noqa: E402
from wirewash.transforms.core.cleaning import CleanConfig, clean  # noqa: E402
from wirewash.transforms.core.counters import noop  # noqa: E402
from wirewash.transforms.core.isolate import IsolatedCall  # noqa: E402
from wirewash.transforms.core.readers.base import RawDoc  # noqa: E402

_CFG = CleanConfig()


def clean_text(text: str):
    """clean() with the default config: a module-level function, as IsolatedCall needs."""
    return clean(text, _CFG, noop)


def _texts(data: Path, limit: int) -> list[str]:
    paths = sorted(p for p in (data / "bbc-news").rglob("*.txt"))[:limit]
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def _child_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path,
                        default=shared.DATA)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = _texts(args.data, args.docs)
    docs = [RawDoc(f"d{i}", "bbc", t) for i, t in enumerate(texts)]
    print(f"{len(texts)} BBC texts, mean {sum(map(len, texts)) / len(texts):.0f} characters")
    for d in docs[:50]:
        article.to_article(d, _CFG, noop)  # the rule packs compile on first use

    started = time.process_time()
    for t in texts:
        article.too_long(t, _CFG)
    check = time.process_time() - started
    print(f"too_long alone: {check / len(texts) * 1e6:.2f} us per article")
    real, times = article.too_long, {"with too_long": [], "without": []}
    try:
        for _ in range(args.rounds):
            for arm in times:
                article.too_long = real if arm == "with too_long" else (lambda _text, _cfg: None)
                started = time.process_time()
                for d in docs:
                    article.to_article(d, _CFG, noop)
                times[arm].append(time.process_time() - started)
    finally:
        article.too_long = real
    for arm, v in times.items():
        print(f"to_article {arm}: {' '.join(f'{x:.2f}' for x in v)} s (best {min(v) / len(docs) * 1e3:.3f} ms/article)")

    isolated, local = [], []
    for _ in range(args.rounds):
        started = time.process_time()
        for t in texts:
            clean_text(t)
        local.append(time.process_time() - started)
        # By its module's name: the child imports the function, and cannot import this script's __main__.
        call = IsolatedCall(importlib.import_module("clean_limits").clean_text, 20.0)
        for t in texts[:50]:
            call(t)
        assert call._proc is not None
        pid = call._proc.pid
        parent, child = time.process_time(), _child_cpu(pid)
        for t in texts:
            call(t)
        isolated.append(time.process_time() - parent + _child_cpu(pid) - child)
        call.close()
    print(f"clean in-process: best {min(local) / len(texts) * 1e3:.3f} ms/article; through IsolatedCall "
          f"(parent + child CPU): best {min(isolated) / len(texts) * 1e3:.3f} ms/article")

    random.seed(1)
    words = ["the", "said", "Reuters", "on", "Monday", "prices", "(", ")", "--", "1.5%", "U.S.", "Photo:", "By"]
    hostile = {
        "one line of words and brackets": " ".join(random.choice(words) for _ in range(_CFG.max_clean_chars // 6)),
        "max_clean_lines lines of two words": "\n".join(
            " ".join(random.choice(words) for _ in range(2)) for _ in range(_CFG.max_clean_lines - 1)),
        "max_clean_lines one-letter lines": "a\n" * (_CFG.max_clean_lines - 1),
    }
    for name, text in hostile.items():
        assert article.too_long(text, _CFG) is None, name
        started = time.process_time()
        clean_text(text)
        print(f"at the limits, {name} ({len(text):,} characters): {time.process_time() - started:.2f} s")


if __name__ == "__main__":
    main()
