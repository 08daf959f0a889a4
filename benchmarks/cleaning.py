"""Both cleaning benchmarks in one command: article extraction (real pages) and syndication (wrapped bodies).

    python benchmarks/cleaning.py [--data ../shared/data]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the repository root: benchmarks is a package there
from benchmarks import shared  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=shared.DATA)
    args = parser.parse_args()
    failed = 0
    for script in ("extraction.py", "syndication.py"):
        print(f"\n##### {script}", flush=True)
        failed |= subprocess.call([sys.executable, str(HERE / script), "--data", str(args.data)])
    sys.exit(failed)


if __name__ == "__main__":
    main()
