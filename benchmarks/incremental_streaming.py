"""Incremental and streaming dedup on the BBC news set: prints throughput, day-by-day vs one-run agreement,
keyed-state streaming dedup throughput, and local --streaming latency from file arrival to output record.

    python benchmarks/incremental_streaming.py [--data ../shared/data] [--limit 2225] [--stream_limit 500]
        [--latency_files 6] [--parts incremental,throughput,latency]

Figures are wall-clock on whatever machine runs it; on a shared machine they are noisy.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import apache_beam as beam
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks import shared  # noqa: E402

from wirewash.pipeline.cli import run  # noqa: E402
from wirewash.transforms import clean, dedup, io  # noqa: E402
from wirewash.transforms.clean import CleanArticles  # noqa: E402
from wirewash.transforms.core.cleaning import CleanConfig  # noqa: E402
from wirewash.transforms.core.clusters import DedupConfig  # noqa: E402
from wirewash.transforms.core.parse import ReadConfig  # noqa: E402
from wirewash.transforms.io import ReadDocuments  # noqa: E402
from wirewash.transforms.streaming import StreamingDuplicates  # noqa: E402


def _rows(out: Path, name: str) -> list[dict]:
    # A batch output's tables are links into .runs/; a stream's are folders: read each file once.
    files = sorted(f for f in out.rglob(f"{name}/*.parquet") if ".runs" not in f.parts)
    return [r for f in files for r in pq.read_table(f).to_pylist()]


def _copy(files: list[Path], dest: Path) -> None:
    dest.mkdir(parents=True)
    for f in files:
        shutil.copy(f, dest / f"{f.parent.name}_{f.name}")


def incremental(files: list[Path], work: Path) -> None:
    half = len(files) // 2
    _copy(files[:half], work / "day1")
    _copy(files[half:], work / "day2")
    _copy(files, work / "both")
    t = time.perf_counter()
    run(["--input", str(work / "both"), "--output", str(work / "one")])
    one_s = time.perf_counter() - t
    times = []
    for day in ("day1", "day2"):
        t = time.perf_counter()
        run(["--input", str(work / day), "--output", str(work / f"out-{day}"), "--index", str(work / "index")])
        times.append(time.perf_counter() - t)
    one = {Path(r["source"]).name for r in _rows(work / "one", "articles")}
    inc = {Path(r["source"]).name for d in ("day1", "day2") for r in _rows(work / f"out-{d}", "articles")}
    index_mb = sum(f.stat().st_size for f in (work / "index").rglob("*.parquet")) / 1e6
    print(f"one run over {len(files)} articles: {one_s:.1f} s ({len(files) / one_s:.0f} articles/s), kept {len(one)}")
    print(f"day 1 ({half}) with --index: {times[0]:.1f} s ({half / times[0]:.0f}/s); "
          f"day 2 ({len(files) - half}) against it: {times[1]:.1f} s ({(len(files) - half) / times[1]:.0f}/s)")
    print(f"kept day-by-day {len(inc)}, one run {len(one)}, in both {len(one & inc)}, "
          f"only day-by-day {len(inc - one)}, only one run {len(one - inc)}")
    print(f"index after both days: {index_mb:.1f} MB of Parquet for {len(inc)} articles")


def streaming_throughput(files: list[Path], work: Path) -> None:
    _copy(files, work / "stream-in")
    t = time.perf_counter()
    with beam.Pipeline(runner="FnApiRunner") as p:
        read = p | ReadDocuments([str(work / "stream-in" / "*")], ReadConfig())
        articles = read[io.DOCS] | CleanArticles(CleanConfig())
        out = (articles[clean.ARTICLES], p | "NoSeed" >> beam.Create([])) | StreamingDuplicates(DedupConfig())
        counts = {
            name: out[name] | f"Count{name}" >> beam.combiners.Count.Globally()
            for name in (dedup.KEPT, dedup.DUPLICATES)
        }
        for name, c in counts.items():
            c | f"Print{name}" >> beam.Map(lambda n, name=name: print(f"  keyed-state dedup {name}: {n}"))
    s = time.perf_counter() - t
    print(f"keyed-state dedup (read+clean+StreamingDuplicates, FnApiRunner): {len(files)} articles in {s:.1f} s "
          f"({len(files) / s:.0f} articles/s)")


def latency(files: list[Path], work: Path, n: int, gap: float) -> None:
    src, out = work / "lat-in", work / "lat-out"
    src.mkdir()
    stream_for = n * gap + 2
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "--streaming", "--input", str(src), "--output", str(out),
         "--poll_seconds", "1", "--stream_for", str(stream_for)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    time.sleep(3)  # interpreter and Beam import
    arrived = {}
    for f in files[:n]:
        staged = work / f"{f.parent.name}_{f.name}"
        shutil.copy(f, staged)
        staged.rename(src / staged.name)
        arrived[staged.name] = time.time()
        time.sleep(gap)
    proc.wait()
    lat = []
    for batch in sorted(out.glob("batch-*")):
        written = (batch / "report.json").stat().st_mtime
        for name in ("articles", "duplicates", "rejected"):
            for r in _rows(batch, name):
                lat.append(written - arrived[Path(r["source"]).name])
    print(f"local --streaming latency, file arrival -> output record ({len(lat)} files, poll 1 s): "
          f"min {min(lat):.1f} s, median {statistics.median(lat):.1f} s, max {max(lat):.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(shared.DATA))
    parser.add_argument("--limit", type=int, default=2225)
    parser.add_argument("--latency_files", type=int, default=6)
    parser.add_argument("--parts", default="incremental,throughput,latency")
    parser.add_argument("--stream_limit", type=int, default=500, help="articles for the keyed-state throughput run")
    parser.add_argument("--gap", type=float, default=4.0, help="seconds between arrivals in the latency run")
    args = parser.parse_args()
    files = sorted((Path(args.data) / "bbc-news").glob("*/*.txt"))[: args.limit]
    if not files:
        sys.exit(f"no BBC articles under {args.data}/bbc-news")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        parts = args.parts.split(",")
        if "incremental" in parts:
            incremental(files, work)
        if "throughput" in parts:
            streaming_throughput(files[: args.stream_limit], work)
        if "latency" in parts:
            latency(files, work, args.latency_files, args.gap)


if __name__ == "__main__":
    main()
