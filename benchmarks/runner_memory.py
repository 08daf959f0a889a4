"""What Beam's local runner (FnApiRunner, ``in_memory``) holds: peak RSS of trivial pipelines over N texts.

    python benchmarks/runner_memory.py                          # 20k and 100k texts of 4,000 characters
    python benchmarks/runner_memory.py --sizes 20000,50000 --chars 400 --shapes fused,boundary

Each run is a fresh process: Impulse -> N (key, text) elements made in a FlatMap -> one of the shapes below
-> a count. It prints the process's RSS after the imports, its peak during the pipeline (sampled every 20
ms) and the growth per element, then the peak of the largest N against the smallest's. No wirewash code
runs: this is the floor any pipeline on this runner pays for a PCollection of texts between two stages.

Shapes:
- ``fused``: the texts are made, measured and counted in one fused stage (nothing between stages);
- ``boundary``: the texts wait for a side input computed from them (as articles wait for the furniture
  keys): one stage boundary, no grouping;
- ``shuffle``: one GroupByKey of the texts (a Reshuffle, a join's text side);
- ``held``: the texts wait in a CoGroupByKey for a small result computed from them (as articles wait for
  their decisions).
"""
from __future__ import annotations

import argparse
import subprocess
import sys

SHAPES = ("fused", "boundary", "shuffle", "held")


def child(n: int, chars: int, shape: str) -> None:
    """One pipeline in this process; prints 'base peak' in bytes."""
    import threading
    import time

    import apache_beam as beam
    import psutil
    from apache_beam.options.pipeline_options import PipelineOptions
    from apache_beam.runners.portability.fn_api_runner import FnApiRunner

    process = psutil.Process()
    base = process.memory_info().rss
    peak = [base]

    def sample() -> None:
        while True:
            peak[0] = max(peak[0], process.memory_info().rss)
            time.sleep(0.02)

    threading.Thread(target=sample, daemon=True).start()

    def texts(_):
        for i in range(n):
            yield f"doc{i:08d}", (str(i) * chars)[:chars]

    options = PipelineOptions(["--direct_running_mode=in_memory"])
    with beam.Pipeline(runner=FnApiRunner(), options=options) as p:
        docs = p | beam.Impulse() | "Texts" >> beam.FlatMap(texts)
        if shape == "fused":
            out = docs | beam.MapTuple(lambda _k, text: len(text))
        elif shape == "boundary":
            total = docs | "Lengths" >> beam.MapTuple(lambda _k, text: len(text)) | beam.CombineGlobally(sum)
            out = docs | "Wait" >> beam.Map(lambda kv, _total: len(kv[1]), beam.pvalue.AsSingleton(total))
        elif shape == "shuffle":
            out = docs | beam.GroupByKey() | beam.MapTuple(lambda _k, texts: sum(map(len, texts)))
        else:
            small = docs | "Lengths" >> beam.MapTuple(lambda k, text: (k, len(text)))
            joined = {"text": docs, "small": small} | beam.CoGroupByKey()
            out = joined | beam.MapTuple(lambda _k, grouped: len(grouped["text"]))
        _ = out | beam.combiners.Count.Globally()
    print(base, peak[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,100000")
    parser.add_argument("--chars", type=int, default=4000,
                        help="characters per text (a cleaned real article: about 4,000)")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(int(args.child[0]), int(args.child[1]), args.child[2])
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    mb = 2**20
    print(f"# FnApiRunner in_memory, texts of {args.chars:,} characters: RSS after imports, peak, growth per "
          "element")
    for shape in args.shapes.split(","):
        peaks = []
        for n in sizes:
            out = subprocess.run([sys.executable, __file__, "--child", str(n), str(args.chars), shape],
                                 capture_output=True, text=True, check=True).stdout.split()
            base, peak = int(out[-2]), int(out[-1])
            peaks.append(peak)
            print(f"{shape:9} {n:8,d} texts: {base / mb:6.0f} MB -> {peak / mb:6.0f} MB, "
                  f"{(peak - base) / n:8,.0f} bytes per element ({(peak - base) / n / args.chars:.1f}x its "
                f"text)",
                  flush=True)
        if len(peaks) > 1:
            print(f"{shape:9} peak at {sizes[-1]:,} / at {sizes[0]:,}: {peaks[-1] / peaks[0]:.2f}x")


if __name__ == "__main__":
    main()
