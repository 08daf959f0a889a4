"""CPU and peak memory of reading alone, with and without the documents' shuffle (``ReadDocuments``' ``spread``).

    python benchmarks/read_spread.py --input CORPUS [--pairs 2]

Runs ``ReadDocuments`` and a count on the local runner in a fresh process per run, the two settings
alternated, and prints each run's CPU (user + sys of the process) and peak RSS. On one worker the shuffle
spreads nothing (``pipeline.build.spreads_work``); this shows what it costs there.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys


def read_once(pattern: str, spread: bool) -> None:
    import apache_beam as beam

    from wirewash.transforms.core.parse import ReadConfig
    from wirewash.transforms.io import DOCS, ReadDocuments, expand_input

    with beam.Pipeline(runner="FnApiRunner") as p:
        read = p | ReadDocuments(expand_input(pattern), ReadConfig(), spread)
        _ = read[DOCS] | beam.combiners.Count.Globally()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"{'with' if spread else 'without'} the shuffle: {usage.ru_utime + usage.ru_stime:6.2f} s CPU, "
          f"peak RSS {usage.ru_maxrss // 1024} MB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True)
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--once", choices=("with", "without"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.once:
        read_once(args.input, args.once == "with")
        return
    for _ in range(args.pairs):
        for setting in ("with", "without"):
            subprocess.run([sys.executable, __file__, "--input", args.input, "--once", setting], check=True,
                           stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
