"""Generate one split of blind4, run wirewash over it, score the output and print the table.

    python -m benchmarks.eval.blind4 --split dev|test [--wirewash DIR] [--keep DIR] [--seed N]

``--wirewash DIR`` runs ``python -m pipeline`` with DIR as the working directory and first on PYTHONPATH (another
checkout; default this one). ``--keep DIR`` keeps the inputs (DIR/input), the output (DIR/output) and the
scores (DIR/scores.json); without it they live in a temporary folder. Exit 1 when the pipeline fails.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.shared import REPO, data_dir

from .bodies import load_bodies
from .compose import build
from .score import read_output, summarise, table

SEED = 4
PER_ORIGIN = {"bbc": 300, "reuters": 250, "aeb": 50}


def run(split: str, wirewash: Path, work: Path, seed: int) -> int:
    """Generate ``split`` into ``work/input``, run wirewash into ``work/output``, print and save the scores."""
    started = time.monotonic()
    bodies = load_bodies(data_dir(), seed, PER_ORIGIN)
    inputs = work / "input"
    inputs.mkdir(parents=True, exist_ok=True)
    pages = build(bodies, seed, split, inputs)
    print(
        f"blind4 {split}: {len(pages)} pages from {len(bodies)} bodies (seed {seed}) in {time.monotonic() - started:.0f} s",
        flush=True,
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(wirewash), os.environ.get("PYTHONPATH")])),
    }
    command = [sys.executable, "-m", "pipeline", "--input", str(inputs), "--output", str(work / "output")]
    done = subprocess.run(command, cwd=wirewash, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(done.stdout[-3000:], done.stderr[-3000:], sep="\n", file=sys.stderr)
        return 1
    accounting = [
        line
        for line in done.stdout.splitlines() + done.stderr.splitlines()
        if line.startswith("wirewash: inputs")
    ]
    print(*accounting, f"(wirewash at {wirewash}, {time.monotonic() - started:.0f} s so far)", flush=True)
    summary = summarise(pages, *read_output(work / "output"))
    print(table(summary))
    scores = {
        "split": split,
        "seed": seed,
        "pages": summary.pages,
        "leak_pct": round(summary.leak_pct, 3),
        "kept_pct": round(summary.kept_pct, 3),
        "titles": summary.titles,
        "bylines": summary.bylines,
        "test_only": summary.test_only,
        "per_kind": {k: [summary.injected[k], summary.leaked[k]] for k in summary.injected},
        "duplicates": summary.duplicates,
        "rejected": summary.rejected,
        "absent": summary.missing,
    }
    (work / "scores.json").write_text(json.dumps(scores, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.eval.blind4", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--split", choices=("dev", "test"), required=True)
    parser.add_argument(
        "--wirewash", type=Path, default=REPO, help="checkout whose pipeline runs (default: this one)"
    )
    parser.add_argument(
        "--keep", type=Path, help="keep inputs, output and scores.json here (emptied of earlier runs' inputs)"
    )
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    wirewash = args.wirewash.resolve()
    if args.keep:
        for old in (args.keep / "input").glob("*"):
            old.unlink()
        return run(args.split, wirewash, args.keep.resolve(), args.seed)
    with tempfile.TemporaryDirectory(prefix="blind4-") as tmp:
        return run(args.split, wirewash, Path(tmp), args.seed)


if __name__ == "__main__":
    sys.exit(main())
