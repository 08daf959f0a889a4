"""Figures for the reliability work: memory and time of reading hostile inputs, and the cost of running HTML
extraction in a child process (with a time limit) instead of in-process.

    python benchmarks/reliability.py [--data ../shared/data] [--pages 181]

The extraction part needs ``article-extraction-benchmark/html/*.html.gz`` under ``--data``; it is skipped
when that is missing.
"""
from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from wirewash.transforms.core.counters import dict_counter
from wirewash.transforms.core.html import extract_page
from wirewash.transforms.core.isolate import IsolatedCall
from wirewash.transforms.core.parse import ReadConfig, parse_stream

MB = 1_000_000
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the repository root: benchmarks is a package there
from benchmarks import shared  # noqa: E402


def _hostile_files(d: Path) -> dict[str, Path]:
    files = {}
    big = d / "huge-200mb.txt"
    with open(big, "wb") as f:
        f.write(b"word " * (2 * MB))  # 10 MB of text, then a sparse hole to 200 MB
        f.truncate(200 * MB)
    files["200 MB text file"] = big
    line = d / "long-line.jsonl"
    with open(line, "wb") as f:
        f.write(b'{"text": "ok"}\n{"text": "' + b"word " * (10 * MB) + b'"}\n{"text": "ok"}\n')
    files["JSONL with a 50 MB line"] = line
    bomb = d / "bomb.jsonl.gz"
    bomb.write_bytes(gzip.compress(b"\0" * 500 * MB, compresslevel=1))
    files[f"gzip bomb ({bomb.stat().st_size // 1000} kB -> 500 MB)"] = bomb
    return files


def reads() -> None:
    cfg = ReadConfig()
    print(f"Hostile reads (defaults: max_doc_bytes={cfg.max_doc_bytes}, max_inflated_bytes={cfg.max_inflated_bytes})")
    with tempfile.TemporaryDirectory() as tmp:
        for label, path in _hostile_files(Path(tmp)).items():
            counts, inc = dict_counter()
            tracemalloc.start()
            start = time.perf_counter()
            with open(path, "rb") as f:
                for _ in parse_stream(path.name, f, cfg, inc):
                    pass
            seconds = time.perf_counter() - start
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            outcome = ", ".join(f"{k.split(':', 1)[1]}={v}" for k, v in sorted(counts.items()))
            print(f"  {label:34s} {seconds:6.2f} s  peak Python memory {peak / MB:6.1f} MB  -> {outcome}")


def _peak_rss(argv: list[str]) -> tuple[int, float]:
    """(exit code, peak RSS in MB of the process and all its children, sampled every 20 ms)."""
    import subprocess
    import sys

    import psutil

    proc = subprocess.Popen([sys.executable, *argv], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    process, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            peak = max(peak, sum(p.memory_info().rss for p in [process, *process.children(recursive=True)]))
        except psutil.Error:
            pass  # a child ended between the listing and the reading
        time.sleep(0.02)
    return proc.returncode, peak / MB


def id_memory() -> None:
    """Issue 13: JSON Lines records with 1 MB ids drove a 35 MB file to a 6.4 GB peak; ids are now bounded."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ids.jsonl"
        with open(path, "w") as f:
            for i in range(35):
                f.write('{"id": "%04d%s", "text": "%s"}\n' % (i, "x" * MB, " ".join(["election"] * 80)))
        size = path.stat().st_size / MB
        print("Peak RSS of a whole run (python -m pipeline, process tree)")
        for label, spec in ((f"{size:.0f} MB JSON Lines of 1 MB ids", str(path)), ("seeds/ (for scale)", "seeds")):
            code, peak = _peak_rss(["-m", "pipeline", "--input", spec, "--output", str(Path(tmp) / "out")])
            print(f"  {label:34s} exit {code}  peak {peak:6.0f} MB")


def _seconds_each(func, pages: list[str]) -> list[float]:
    times = []
    for page in pages:
        start = time.perf_counter()
        func(page)
        times.append(time.perf_counter() - start)
    return times


def extraction(data: Path, limit: int) -> None:
    pages_dir = data / "article-extraction-benchmark" / "html"
    paths = sorted(pages_dir.glob("*.html.gz"))[:limit]
    if not paths:
        print(f"Extraction: no pages under {pages_dir}, skipped")
        return
    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in paths]
    extract_page(pages[0])  # import trafilatura before timing, as the child's first page does not count either

    inproc = _seconds_each(extract_page, pages)
    call = IsolatedCall(extract_page, timeout_s=60)
    first = _seconds_each(call, pages[:1])[0]
    isolated = _seconds_each(call, pages)
    call.close()
    total_in, total_iso = sum(inproc), sum(isolated)

    print(f"Extraction of {len(pages)} real pages (article-extraction-benchmark)")
    print(f"  child start + trafilatura import + first page: {first:.2f} s (once per DoFn instance)")
    for label, times, total in (("in-process", inproc, total_in), ("child process", isolated, total_iso)):
        print(
            f"  {label:14s} total {total:6.2f} s  median {statistics.median(times) * 1000:6.1f} ms  "
            f"p99 {sorted(times)[int(len(times) * 0.99) - 1] * 1000:6.1f} ms  max {max(times) * 1000:6.1f} ms"
        )
    print(f"  overhead of the child: {(total_iso - total_in) / len(pages) * 1000:+.1f} ms per page")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=shared.DATA)
    parser.add_argument("--pages", type=int, default=181)
    args = parser.parse_args()
    reads()
    id_memory()
    extraction(args.data, args.pages)


if __name__ == "__main__":
    main()
