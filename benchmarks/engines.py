"""Engines benchmark: batch throughput and peak memory on FnApiRunner, Prism and Flink; file arrival to output
record on Prism with --streaming. One command (after ``python -m pipeline.engines install``):

    pip install -e '.[bench]' && python benchmarks/engines.py [--data ../shared/data] [--docs 20000]

Batch corpus: BBC articles and syndicated copies of them (benchmarks/dedup.speed_corpus), ~2-3 kB each, in
JSON Lines files. Memory is the peak of the RSS summed over the whole process tree (the CLI, the engine
binary or JVM, and SDK workers), sampled every 0.1 s. An engine that is not installed is reported, not run.
Shared cores make timings noisy.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pyarrow.parquet as pq  # noqa: E402

import corpus  # noqa: E402
import peers  # noqa: E402
from dedup import speed_corpus, write_jsonl  # noqa: E402
from wirewash.pipeline import engines  # noqa: E402

# Output files are listed this often while waiting for arrivals: the latency's resolution.
SCAN_S = 0.2


def installed_runners() -> dict[str, str | None]:
    """runner -> None when it can run here, else why not."""
    flink = engines.flink_jar_path()
    return {
        "FnApiRunner": None,
        "PrismRunner": None if engines.prism_path().exists() else "not installed",
        "FlinkRunner": None if flink.exists() else (
            "not served by Maven Central" if engines.unavailable_reason(flink) else "not installed"),
    }


def batch(pool: list[corpus.Story], n: int, work: str, rng: random.Random) -> None:
    print(f"\n## Batch: {n} articles, wall time incl. process and engine start; peak RSS of the process tree")
    print(f"{'runner':12} {'seconds':>8} {'docs/s':>7} {'peak MB':>8}  output")
    in_dir = write_jsonl(os.path.join(work, "batch-in"), speed_corpus(pool, n, rng), max(2, n // 5000))
    for runner, missing in installed_runners().items():
        if missing:
            print(f"{runner:12} {'-':>8} {'-':>7} {'-':>8}  {missing}")
            continue
        labels, stats = peers.wirewash(in_dir, os.path.join(work, f"batch-{runner}"), ["--runner", runner])
        print(f"{runner:12} {stats.seconds:8.1f} {n / stats.seconds:7.0f} {stats.peak_rss_mb:8.0f}  "
              f"{len(labels)} rows, {len(set(labels.values()))} clusters", flush=True)


def _new_sources(out: str, read: set[str]) -> set[str]:
    """Sources in the finished output files under ``out`` not in ``read`` yet (their paths are added to it)."""
    found = set()
    for root, dirs, files in os.walk(out):
        dirs[:] = [d for d in dirs if "temp" not in d and not d.startswith(".")]
        for name in files:
            path = os.path.join(root, name)
            if name.endswith(".parquet") and not name.startswith(".") and path not in read:
                try:
                    found.update(pq.read_table(path, columns=["source"]).column(0).to_pylist())
                    read.add(path)
                except OSError:  # still being written: read on the next scan
                    pass
    return found


def latency(pool: list[corpus.Story], files: int, gap_s: float, work: str, window_s: float, poll_s: float) -> None:
    """Start --streaming on Prism, then drop ``files`` articles one by one ``gap_s`` apart; each one's
    latency is from its rename into the watched folder to the first scan that finds its row in the output."""
    print(f"\n## Streaming on Prism: file arrival -> output record; --poll_seconds {poll_s:g} --window_seconds {window_s:g}, "
          f"{files} files {gap_s:g} s apart, output scanned every {SCAN_S} s")
    if not engines.prism_path().exists():
        print("Prism not installed")
        return
    src, out, staging = (os.path.join(work, d) for d in ("stream-in", "stream-out", "stream-staging"))
    for d in (src, staging):
        os.makedirs(d)
    stories = pool[:files + 1]
    arrived: dict[str, float] = {}
    seen: dict[str, float] = {}

    def drop(i: int) -> str:
        staged = os.path.join(staging, f"{i:04d}.txt")
        with open(staged, "w", encoding="utf-8") as f:
            f.write(stories[i].text)
        path = os.path.join(src, f"{i:04d}.txt")
        os.rename(staged, path)
        arrived[path] = time.monotonic()
        return path

    read: set[str] = set()
    stop = threading.Event()

    def scan() -> None:
        while not stop.is_set():
            now = time.monotonic()
            for source in _new_sources(out, read):
                seen.setdefault(source, now)
            stop.wait(SCAN_S)

    def wait_for(paths: list[str], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not all(p in seen for p in paths) and time.monotonic() < deadline:
            time.sleep(SCAN_S)
        return all(p in seen for p in paths)

    stream_for = 60 + files * gap_s + 30
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "--runner", "PrismRunner", "--streaming", "--input", src, "--output", out,
         "--poll_seconds", str(poll_s), "--window_seconds", str(window_s), "--stream_for", str(stream_for)],
        cwd=peers.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    scanner = threading.Thread(target=scan, daemon=True)
    scanner.start()
    paths = []
    try:
        # A first file, not measured: the engine has started once its row is written.
        if not wait_for([drop(0)], 60):
            print("Prism wrote nothing within 60 s")
            return
        for i in range(1, files + 1):
            paths.append(drop(i))
            stop.wait(gap_s)
        wait_for(paths, 30)
    finally:
        stop.set()
        scanner.join()
        proc.terminate()
        proc.wait(30)
    in_order = [seen[p] - arrived[p] for p in paths if p in seen]
    missing = len(paths) - len(in_order)
    print(f"median {statistics.median(in_order):.2f} s, max {max(in_order):.2f} s, min {min(in_order):.2f} s over "
          f"{len(in_order)} files" + (f"; {missing} not written within 30 s" if missing else ""))
    print("in arrival order: " + " ".join(f"{s:.1f}" for s in in_order))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.path.join(peers.ROOT, "..", "shared", "data"))
    parser.add_argument("--docs", type=int, default=20000, help="Batch corpus size.")
    parser.add_argument("--latency_files", type=int, default=20)
    parser.add_argument("--gap_seconds", type=float, default=2.0)
    parser.add_argument("--window_seconds", type=float, default=1.0)
    parser.add_argument("--poll_seconds", type=float, default=1.0)
    parser.add_argument("--skip", default="", help="Comma-separated: batch,latency")
    args = parser.parse_args()
    skip = set(args.skip.split(","))
    rng = random.Random(20240)
    pool = corpus.load_bbc(args.data)
    print(f"# wirewash engines benchmark: Beam {engines.BEAM_VERSION}, {len(pool)} BBC articles, "
          f"{os.cpu_count()} cores shared with other jobs: timings are noisy")
    with tempfile.TemporaryDirectory(prefix="wirewash-engines-") as work:
        if "latency" not in skip:
            latency(pool, args.latency_files, args.gap_seconds, work, args.window_seconds, args.poll_seconds)
        if "batch" not in skip:
            batch(pool, args.docs, work, rng)


if __name__ == "__main__":
    main()
