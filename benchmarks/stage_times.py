"""CPU and wall time of each fused stage of one whole run on the local runner (FnApiRunner).

    python benchmarks/stage_times.py --input CORPUS --output /tmp/out [any pipeline flag]

Runs ``python -m pipeline`` with the given flags in this process and prints, at exit, the process's CPU time,
the part spent in bundles, and each fused stage's CPU and wall time (the stage's DoFns, its input's
decoding, its outputs' encoding and the runner's grouping of them), largest first. A stage is named by its
steps, Beam's plumbing steps left out. CPU time is this process's (``time.process_time``: with the default
``in_memory`` mode, the SDK worker runs in this process); on a loaded machine compare CPU, not wall. With
``--direct_running_mode=multi_processing`` the workers' CPU is not counted, only the runner's.
"""
from __future__ import annotations

import atexit
import collections
import os
import re
import runpy
import sys
import time

from apache_beam.runners.portability.fn_api_runner import fn_runner

T0 = time.process_time()
W0 = time.time()
times: dict[str, list] = collections.OrderedDict()
orig = fn_runner.FnApiRunner._execute_bundle


def timed(self, ctx, bcm, bundle_input):
    cpu, wall = time.process_time(), time.time()
    try:
        return orig(self, ctx, bcm, bundle_input)
    finally:
        entry = times.setdefault(bcm.stage.name, [0.0, 0.0, 0])
        entry[0] += time.process_time() - cpu
        entry[1] += time.time() - wall
        entry[2] += 1


fn_runner.FnApiRunner._execute_bundle = timed
# Beam's own steps inside a composite (CoGroupByKey's tagging, GroupByKey's halves, Write's plumbing).
_PLUMBING = re.compile(r"(Impulse|Reify|pair_with|Flatten|ExtractOutputs|Tag\[|collect_values|Precombine|"
                       r"MergeBuckets|ExtractOutput|WriteToParquet-Write-WriteImpl|Map-decode|/Read|/Write)")


def short(name: str) -> str:
    """A fused stage's name: its steps, each without Beam's prefix and suffix, plumbing left out."""
    steps = []
    for part in re.sub(r"[()]", "", name).split("+"):
        step = re.sub(r"_\d+$", "", re.sub(r"^ref_AppliedPTransform_", "", part.strip()))
        if step and not _PLUMBING.search(step) and step not in steps:
            steps.append(step)
    return " + ".join(steps) or re.sub(r"[()]", "", name)[:100]


def report() -> None:
    total = time.process_time() - T0
    in_bundles = sum(v[0] for v in times.values())
    elapsed = time.time() - W0
    print(f"\n# CPU {total:.1f} s (this process), {in_bundles:.1f} s of it in bundles; wall {elapsed:.1f} s",
          file=sys.stderr)
    for name, (cpu, wall, n) in sorted(times.items(), key=lambda kv: -kv[1][0]):
        if cpu >= 0.05:
            print(f"{cpu:7.2f} s CPU {wall:7.2f} s wall {n:3d} bundles  {short(name)[:160]}", file=sys.stderr)


atexit.register(report)
sys.path.insert(0, os.getcwd())
sys.argv = ["pipeline", *sys.argv[1:]]
try:
    runpy.run_module("pipeline", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
