"""CPU of the read stage's per-file work (``registry.read_items``: format sniffing, heads, reading) over many
tiny files, the case where a file's fixed costs dominate: 5,000 .txt files of about 750 bytes, one in five
gzipped, one in ten starting with a JSON object. In-process CPU time (user+sys), best and median of rounds.

    python benchmarks/read_heads.py [--files 5000] [--rounds 5]
"""
from __future__ import annotations

import argparse
import gzip
import tempfile
import time
from pathlib import Path

from wirewash.transforms.core.readers.base import ReadConfig
from wirewash.transforms.core.readers.registry import read_items


def make_files(folder: Path, n: int) -> list[Path]:
    for i in range(n):
        body = f"Story {i}. " + "Some words of a short article here. " * 20
        if i % 10 == 0:
            body = '{"note": 1} ' + body
        if i % 5 == 1:
            (folder / f"{i:05}.txt.gz").write_bytes(gzip.compress(body.encode()))
        else:
            (folder / f"{i:05}.txt").write_text(body)
    return sorted(folder.iterdir())


def read_all(paths: list[Path], cfg: ReadConfig) -> int:
    items = 0
    for path in paths:
        with open(path, "rb") as f:
            items += sum(1 for _ in read_items(str(path), f, cfg))
    return items


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_files(Path(tmp), args.files)
        seconds = []
        for _ in range(args.rounds):
            before = time.process_time()
            items = read_all(paths, ReadConfig())
            seconds.append(time.process_time() - before)
    seconds.sort()
    median = seconds[len(seconds) // 2]
    print(f"{len(paths)} files, {items} items: CPU best {seconds[0]:.3f} s, median {median:.3f} s")


if __name__ == "__main__":
    main()
