"""CPU and wall time, and memory, of each fused stage of one whole run on the local runner (FnApiRunner).

    python benchmarks/stage_times.py --input CORPUS --output /tmp/out [any pipeline flag]

Runs ``python -m pipeline`` with the given flags in this process and prints, at exit, the process's CPU time,
the part spent in bundles, and each fused stage's CPU and wall time (the stage's DoFns, its input's
decoding, its outputs' encoding and the runner's grouping of them), largest first. A stage is named by its
steps, Beam's plumbing steps left out. Then memory, stage by stage in the order they ran: this process's peak
RSS during the stage, its RSS after it, and what the runner holds between stages after it (every PCollection
waiting for a later stage: encoded bytes, or decoded values in a grouping), with the largest holders at the
stage where the run peaked; memory, unlike time, is what load on the machine does not change. CPU time is
this process's (``time.process_time``: with the default ``in_memory`` mode, the SDK worker runs in this
process); on a loaded machine compare CPU, not wall. With ``--direct_running_mode=multi_processing`` the
workers' CPU and memory are not counted, only the runner's.

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
import threading
import time

import psutil
from apache_beam.runners.portability.fn_api_runner import execution, fn_runner

T0 = time.process_time()
W0 = time.time()
times: dict[str, list] = collections.OrderedDict()
orig = fn_runner.FnApiRunner._execute_bundle
# Per bundle, in run order: (stage, peak RSS during it, RSS after it, {input: (kind, items, bytes)}, {holder:
# (kind, items, bytes)} held for later stages after it).
memory: list[tuple[str, int, int, dict, dict]] = []
_rss_peak = [0]


def _sample_rss(process=psutil.Process()) -> None:
    while True:
        _rss_peak[0] = max(_rss_peak[0], process.memory_info().rss)
        time.sleep(0.05)


threading.Thread(target=_sample_rss, daemon=True).start()


def buffer_size(buffer) -> tuple[str, int, int]:
    """(kind, items, bytes) of a runner buffer: a list of encoded chunks, or a grouping of decoded values (its
    bytes unknown until it is read) or, once read, of its encoded groups."""
    if isinstance(buffer, execution.ListBuffer):
        return "encoded", len(buffer._inputs), sum(map(len, buffer._inputs))
    if isinstance(buffer, execution.GroupingBuffer):
        if buffer._grouped_output:
            return "grouped", 0, sum(len(b) for part in buffer._grouped_output for b in part)
        return "grouping", sum(map(len, buffer._table.values())), 0
    return type(buffer).__name__, 0, 0


def held(ctx) -> dict[str, tuple[str, int, int]]:
    """Every buffer the runner holds for a later stage, by the step that will read it."""
    out, seen = {}, set()
    queued = [*ctx.queues.watermark_pending_inputs._q, *ctx.queues.ready_inputs._q]
    buffers = [(name, b) for _key, data_input in queued for name, b in data_input.data.items()]
    buffers += [(str(name), b) for name, b in ctx.pcoll_buffers.items()]
    for name, buffer in buffers:
        if id(buffer) not in seen:
            seen.add(id(buffer))
            out[name] = buffer_size(buffer)
    return out


def timed(self, ctx, bcm, bundle_input):
    cpu, wall = time.process_time(), time.time()
    _rss_peak[0] = 0
    inputs = {name: buffer_size(b) for name, b in bundle_input.data.items()}
    try:
        return orig(self, ctx, bcm, bundle_input)
    finally:
        entry = times.setdefault(bcm.stage.name, [0.0, 0.0, 0])
        entry[0] += time.process_time() - cpu
        entry[1] += time.time() - wall
        entry[2] += 1
        rss = psutil.Process().memory_info().rss
        memory.append((bcm.stage.name, max(_rss_peak[0], rss), rss, inputs, held(ctx)))


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


def memory_report() -> None:
    mb = 2**20
    print("\n# memory per stage, in run order: peak RSS during it, RSS after it, MB of its input, MB the"
          " runner holds for later stages after it (stages reading or holding under 20 MB left out)",
          file=sys.stderr)
    for name, peak, rss, inputs, holders in memory:
        read, kept = sum(i[2] for i in inputs.values()), sum(h[2] for h in holders.values())
        if max(read, kept) >= 20 * mb or any(i[0] == "grouping" and i[1] >= 10_000 for i in inputs.values()):
            print(f"{peak / mb:7.0f} {rss / mb:7.0f} {read / mb:7.0f} {kept / mb:7.0f}  {short(name)[:140]}",
                  file=sys.stderr)
    if memory:
        at = max(range(len(memory)), key=lambda i: memory[i][1])
        name, peak, _rss, inputs, _ = memory[at]
        print(f"# peak {peak / mb:.0f} MB in {short(name)[:140]}; its input, then what was held beside it:",
              file=sys.stderr)
        beside = memory[at - 1][4] if at else {}
        for holder, (kind, items, size) in [*inputs.items(), *sorted(
                ((k, v) for k, v in beside.items() if k not in inputs), key=lambda kv: -kv[1][2])[:4]]:
            print(f"   {size / mb:7.1f} MB {items:8d} {kind:8} {holder[:120]}", file=sys.stderr)


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


atexit.register(memory_report)
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
