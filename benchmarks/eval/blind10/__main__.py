"""Generate one split of blind10, run wirewash over it, and score the output with blind5's scorer.

    python -m benchmarks.eval.blind10 --split dev|test [--wirewash DIR] [--keep DIR] [--python EXE]

Dev prints per-kind leak rates and, with --keep, writes DIR/leaks.txt (every leaked piece); test prints
aggregate figures only and never an example, so its wordings cannot be tuned to.
"""
from __future__ import annotations

import sys

from benchmarks.eval.blind5.__main__ import main as _main

from .build import build


def main(argv: list[str] | None = None) -> int:
    return _main(argv, build, "blind10", __doc__)


if __name__ == "__main__":
    sys.exit(main())
