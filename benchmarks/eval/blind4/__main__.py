"""Generate one split of blind4, run wirewash over it, score the output and print the table.

    python -m benchmarks.eval.blind4 --split dev|test [--wirewash DIR] [--keep DIR] [--seed N]

``--wirewash DIR`` runs another checkout's pipeline (default this one): ``python -m pipeline`` with DIR as the
working directory, ``wirewash``, ``wirewash.pipeline`` and ``wirewash.transforms`` mapped to DIR's folders ahead of
this venv's editable install, and this interpreter (so this venv must hold DIR's dependencies). ``--keep DIR`` keeps the inputs (DIR/input), the output (DIR/output) and the
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
# This venv's editable install maps the package ``wirewash`` (and ``wirewash.pipeline``, ``wirewash.transforms``)
# to this checkout whatever the working directory, and ``python -m pipeline`` in another checkout was seen
# loading this checkout's modules. So for another checkout a finder placed first maps those names to its folders.
_OTHER_CHECKOUT = """
import runpy, sys
from importlib.machinery import PathFinder
from importlib.util import spec_from_file_location
ROOT = {root!r}
MAP = {{"wirewash": ROOT + "/wirewash", "wirewash.pipeline": ROOT + "/pipeline",
        "wirewash.transforms": ROOT + "/transforms"}}
class Checkout:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name in MAP:
            return spec_from_file_location(name, MAP[name] + "/__init__.py")
        parent = name.rpartition(".")[0]
        return PathFinder.find_spec(name, [MAP[parent]]) if parent in MAP else None
sys.meta_path.insert(0, Checkout)
sys.path.insert(0, ROOT)
sys.argv[0] = "pipeline"
runpy.run_module("pipeline", run_name="__main__", alter_sys=True)
"""
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
    flags = ["--input", str(inputs), "--output", str(work / "output")]
    command = [sys.executable, "-m", "pipeline", *flags]
    if wirewash != REPO:
        command = [sys.executable, "-c", _OTHER_CHECKOUT.format(root=str(wirewash)), *flags]
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
