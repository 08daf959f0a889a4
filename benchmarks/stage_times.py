"""CPU and wall time of each fused stage of one whole run on the local runner (FnApiRunner).

    python benchmarks/stage_times.py --input CORPUS --output /tmp/out [any pipeline flag]

Runs ``python -m pipeline`` with the given flags in this process and prints, at exit, the process's CPU time,
the part spent in bundles, and each fused stage's CPU and wall time (the stage's DoFns, its input's
decoding, its outputs' encoding and the runner's grouping of them), largest first. A stage is named by its
steps, Beam's plumbing steps left out. CPU time is this process's (``time.process_time``: with the default
``in_memory`` mode, the SDK worker runs in this process); on a loaded machine compare CPU, not wall. With
``--direct_running_mode=multi_processing`` the workers' CPU is not counted, only the runner's.

With ``WIREWASH_ELEMENTS=PREFIX`` it also prints every PCollection whose producing step's name starts with
PREFIX (``NearDuplicates``; ``all``: every step): its element count (exact) and estimated bytes (Beam
samples element sizes: mean sampled size x count), then their totals. These are what the load on a
cluster's shuffles follows; unlike time, load on the machine does not change them.
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
runs: list = []
orig_run = fn_runner.FnApiRunner.run_via_runner_api


def run_kept(self, pipeline_proto, options):
    result = orig_run(self, pipeline_proto, options)
    runs.append((pipeline_proto, result))
    return result


fn_runner.FnApiRunner.run_via_runner_api = run_kept
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


def elements(prefix: str) -> None:
    """Element count and estimated bytes of each PCollection a step named ``prefix``... produced."""
    from apache_beam.metrics import monitoring_infos as mi

    for proto, result in runs:
        producer = {}
        for transform in proto.components.transforms.values():
            if not transform.subtransforms:
                for pcoll in transform.outputs.values():
                    producer[pcoll] = transform.unique_name
        counts: dict[str, int] = collections.Counter()
        sizes: dict[str, tuple[int, int]] = {}
        for info in result.monitoring_infos():
            pcoll = info.labels.get(mi.PCOLLECTION_LABEL)
            if pcoll is None:
                continue
            if info.urn == mi.ELEMENT_COUNT_URN:
                counts[pcoll] += mi.extract_counter_value(info)
            elif info.urn == mi.SAMPLED_BYTE_SIZE_URN:
                sampled, sampled_bytes, _least, _most = mi.extract_distribution(info)
                n, total = sizes.get(pcoll, (0, 0))
                sizes[pcoll] = (n + sampled, total + sampled_bytes)
        rows = []
        for pcoll, count in counts.items():
            name = producer.get(pcoll, "")
            if name.startswith(prefix) and not name.endswith("/Impulse"):
                n, total = sizes.get(pcoll, (0, 0))
                rows.append((name, count, total / n * count if n else 0.0))
        rows.sort()
        print(f"\n# elements per PCollection of steps {prefix}*: count, estimated MB", file=sys.stderr)
        for name, count, size in rows:
            print(f"{count:10d} {size / 1e6:9.2f} MB  {name}", file=sys.stderr)
        total = sum(r[1] for r in rows), sum(r[2] for r in rows) / 1e6
        print(f"{total[0]:10d} {total[1]:9.2f} MB  total", file=sys.stderr)


atexit.register(report)
if os.environ.get("WIREWASH_ELEMENTS"):
    prefix = os.environ["WIREWASH_ELEMENTS"]
    atexit.register(elements, "" if prefix == "all" else prefix)
sys.path.insert(0, os.getcwd())
sys.argv = ["pipeline", *sys.argv[1:]]
try:
    runpy.run_module("pipeline", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
