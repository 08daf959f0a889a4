"""Which Beam model features wirewash relies on give the right answer on Beam's DaskRunner.

Each probe is a pipeline of a few elements, run on FnApiRunner and on DaskRunner (a local Dask cluster of
``--workers`` processes of one thread, Dask's default on this 2-core machine; ``--partitions`` bundles per
Create); the probe passes when both write the same lines. Needs ``pip install "dask[distributed]"`` (not a
wirewash dependency: the runner cannot run wirewash, see docs/engines.md, "Dask"). Prints one line per probe,
with both runners' output when they differ; exit 1 when any differs. About a minute.

    python benchmarks/dask_runner_probe.py [--workers 2] [--partitions 4] [--timeout 120]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.windowed_value import WindowedValue

NUMBERS = list(range(10))


class _Append:
    """A picklable sink: appends each element as a JSON line to ``folder/name`` (workers share the disk)."""

    def __init__(self, folder: str, name: str) -> None:
        self._path = os.path.join(folder, name)

    def __call__(self, element) -> None:
        with open(self._path, "a") as f:
            f.write(json.dumps(element) + "\n")


class _SplitParity(beam.DoFn):
    def process(self, x):
        yield beam.pvalue.TaggedOutput("odd", x) if x % 2 else x


class _CountAtFinish(beam.DoFn):
    """Emits one element per bundle from finish_bundle, as file sinks (WriteToParquet) do."""

    def start_bundle(self):
        self._n = 0

    def process(self, x):
        self._n += 1

    def finish_bundle(self):
        yield WindowedValue(self._n, 0, [GlobalWindow()])


class _Counted(beam.DoFn):
    seen = Metrics.counter("probe", "seen")

    def process(self, x):
        self.seen.inc()
        yield x


def _two_sinks(p, out):
    nums = p | "Nums" >> beam.Create(NUMBERS)
    nums | "WriteFirst" >> beam.Map(_Append(out, "first"))
    nums | "Double" >> beam.Map(lambda x: 2 * x) | "WriteSecond" >> beam.Map(_Append(out, "second"))


def _tagged_outputs(p, out):
    parts = p | "Nums" >> beam.Create(NUMBERS) | "Split" >> beam.ParDo(_SplitParity()).with_outputs("odd", main="even")
    parts.odd | "WriteOdd" >> beam.Map(_Append(out, "odd"))


def _finish_bundle_output(p, out):
    totals = p | "Nums" >> beam.Create(NUMBERS) | "Count" >> beam.ParDo(_CountAtFinish())
    totals | "Sum" >> beam.CombineGlobally(sum) | "WriteSum" >> beam.Map(_Append(out, "sum"))


def _side_input(p, out):
    offset = p | "Offset" >> beam.Create([100])
    (p | "Nums" >> beam.Create(NUMBERS)
       | "AddOffset" >> beam.Map(lambda x, o: x + o, beam.pvalue.AsSingleton(offset))
       | "WriteSums" >> beam.Map(_Append(out, "sums")))


def _group_by_key(p, out):
    (p | "Nums" >> beam.Create(NUMBERS)
       | "ByRest" >> beam.Map(lambda x: (x % 3, x))
       | "Group" >> beam.GroupByKey()
       | "Sorted" >> beam.MapTuple(lambda k, vs: [k, sorted(vs)])
       | "WriteGroups" >> beam.Map(_Append(out, "groups")))


def _metrics(p, out):
    p | "Nums" >> beam.Create(NUMBERS) | "Count" >> beam.ParDo(_Counted()) | "Write" >> beam.Map(_Append(out, "n"))


PROBES = {
    "two independent sinks both run": _two_sinks,
    "a tagged output holds only its own elements": _tagged_outputs,
    "elements emitted in finish_bundle arrive": _finish_bundle_output,
    "an AsSingleton side input is read": _side_input,
    "GroupByKey groups": _group_by_key,
    "counters are reported": _metrics,
}


def _run(probe, runner_args: list[str], timeout_s: float) -> str:
    """What the probe wrote (sorted lines per file) and, for the counters probe, its counters; or the error
    the run ended with."""
    with tempfile.TemporaryDirectory() as out:
        p = beam.Pipeline(options=PipelineOptions(runner_args))
        probe(p, out)
        result = None
        try:
            result = p.run()
            result.wait_until_finish(duration=int(timeout_s * 1000))
        except Exception as e:  # noqa: BLE001 - the failure is the probe's finding
            return f"failed: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else 'no message'}"
        finally:
            # DaskRunner leaves its client open; closed here so the cluster can shut down cleanly.
            if getattr(result, "client", None) is not None:
                result.client.close()
        written = {name: sorted(Path(out, name).read_text().split("\n")[:-1]) for name in sorted(os.listdir(out))}
        if probe is not _metrics:
            return json.dumps(written)
        try:
            counters = {r.key.metric.name: r.committed
                        for r in result.metrics().query(MetricsFilter().with_namespace("probe"))["counters"]}
        except NotImplementedError as e:
            counters = f"metrics() raises NotImplementedError: {e}"
        return json.dumps({"written": written, "counters": counters})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=120, help="seconds a Dask run may take")
    parser.add_argument("--partitions", type=int, default=4,
                        help="Dask partitions (Beam bundles) per Create: more than worker threads, as in a real run")
    args = parser.parse_args()
    from distributed import LocalCluster

    with LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None) as cluster:
        dask_args = ["--runner", "apache_beam.runners.dask.dask_runner.DaskRunner",
                     "--dask_client_address", cluster.scheduler_address,
                     "--dask_npartitions", str(args.partitions)]
        differs = 0
        for name, probe in PROBES.items():
            expected = _run(probe, ["--runner", "FnApiRunner"], args.timeout)
            got = _run(probe, dask_args, args.timeout)
            same = got == expected
            differs += not same
            detail = "" if same else f"\n     FnApiRunner: {expected}\n     DaskRunner:  {got}"
            print(f"{'ok  ' if same else 'DIFF'} {name}{detail}", flush=True)
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
