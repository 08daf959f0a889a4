"""The systems compared: wirewash (the real CLI job), datasketch MinHashLSH, datatrove's MinHash pipeline.

Each takes a folder of JSON Lines files (``id``, ``text``) and returns {doc_id: cluster label}.
"""
from __future__ import annotations

import glob
import json
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass

import pyarrow.parquet as pq

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass(frozen=True)
class RunStats:
    seconds: float
    peak_rss_mb: float  # sum over the process tree, sampled every 0.1 s


class RunFailed(RuntimeError):
    """A measured command that exited non-zero, with what it had used until then (``stats``)."""

    def __init__(self, cmd: list[str], returncode: int, stats: RunStats, err: bytes) -> None:
        # A negative code is the signal that ended it: 9 on this machine is the kernel's OOM killer's.
        self.why = f"killed by signal {-returncode}" if returncode < 0 else f"exit {returncode}"
        self.stats = stats
        # The run's own last words (Beam's error, the CLI's one-line verdict), for the benchmark's table.
        self.last_line = next((ln for ln in reversed(err.decode(errors="replace").splitlines()) if ln.strip()), "")
        super().__init__(f"{cmd[:2]} failed ({self.why}): {err.decode(errors='replace')[-2000:]}")


def _run_measured(cmd: list[str], cwd: str = ROOT) -> RunStats:
    """Run ``cmd``; wall time and the peak of the summed RSS of it and all its descendants."""
    import psutil  # the bench extra; imported here so the scoring helpers load without it

    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    stop = threading.Event()

    def sample():
        nonlocal peak
        while not stop.is_set():
            try:
                tree = [proc] + proc.children(recursive=True)
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    stop.set()
    sampler.join()
    stats = RunStats(time.perf_counter() - t0, peak / 2**20)
    if proc.returncode != 0:
        raise RunFailed(cmd, proc.returncode, stats, err)
    return stats


def read_jsonl_ids(folder: str) -> list[str]:
    ids = []
    for path in sorted(glob.glob(os.path.join(folder, "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            ids.extend(json.loads(line)["id"] for line in f)
    return ids


def wirewash(in_dir: str, work: str, extra: list[str]) -> tuple[dict[str, str], RunStats]:
    out = os.path.join(work, "wirewash-out")
    stats = _run_measured([sys.executable, "-m", "pipeline", "--input", in_dir, "--output", out, *extra])
    labels = {}
    for name in ("articles", "duplicates"):
        for path in glob.glob(os.path.join(out, name, "*.parquet")):
            for row in pq.read_table(path, columns=["doc_id", "cluster_id"]).to_pylist():
                labels[row["doc_id"]] = row["cluster_id"]
    return labels, stats


_DS_WORD = re.compile(r"\w+")


def datasketch_lsh(in_dir: str, shingle: int, threshold: float, num_perm: int = 128) -> dict[str, str]:
    """MinHashLSH over lower-cased word ``shingle``-grams; clusters = connected components of query hits."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    ids = []
    for path in sorted(glob.glob(os.path.join(in_dir, "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                words = _DS_WORD.findall(rec["text"].lower())
                grams = {" ".join(words[i : i + shingle]).encode() for i in range(max(1, len(words) - shingle + 1))}
                m = MinHash(num_perm=num_perm)
                m.update_batch(list(grams))
                lsh.insert(rec["id"], m)
                ids.append((rec["id"], m))
    parent = {i: i for i, _ in ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc_id, m in ids:
        for other in lsh.query(m):
            a, b = find(doc_id), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {i: find(i) for i, _ in ids}


_DATATROVE_SCRIPT = r"""
import sys
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.dedup.minhash import (MinhashConfig, MinhashDedupBuckets, MinhashDedupCluster,
    MinhashDedupFilter, MinhashDedupSignature)
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from datatrove.utils.word_tokenizers import WhitespaceTokenizer

in_dir, work, tasks, tokenizer = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
language = WhitespaceTokenizer() if tokenizer == "whitespace" else "eng"
cfg = MinhashConfig()
logs = f"{work}/logs"
def ex(steps, n, name):
    LocalPipelineExecutor(pipeline=steps, tasks=n, workers=min(n, tasks), logging_dir=f"{logs}/{name}").run()
ex([JsonlReader(in_dir), MinhashDedupSignature(f"{work}/sigs", config=cfg, language=language)], tasks, "sigs")
ex([MinhashDedupBuckets(f"{work}/sigs", f"{work}/buckets", config=cfg)], cfg.num_buckets, "buckets")
ex([MinhashDedupCluster(f"{work}/buckets", f"{work}/remove", config=cfg, save_cluster_id=True)], 1, "cluster")
ex([JsonlReader(in_dir), MinhashDedupFilter(f"{work}/remove", load_cluster_ids=True,
    exclusion_writer=JsonlWriter(f"{work}/removed", compression=None)),
    JsonlWriter(f"{work}/kept", compression=None)], tasks, "filter")
"""


def datatrove(in_dir: str, work: str, tasks: int, tokenizer: str) -> tuple[dict[str, str], RunStats]:
    """datatrove's four-stage MinHash dedup at its defaults (5-grams, 14 buckets x 8 hashes) on ``tasks`` tasks.

    Needs as many input files as tasks. ``tokenizer``: "eng" (its default, spaCy) or "whitespace" (its fastest).
    """
    dt_work = os.path.join(work, f"datatrove-{tokenizer}")
    stats = _run_measured([sys.executable, "-c", _DATATROVE_SCRIPT, in_dir, dt_work, str(tasks), tokenizer])
    labels = {}
    for sub in ("kept", "removed"):
        for path in glob.glob(os.path.join(dt_work, sub, "*.jsonl")):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    rec = json.loads(line)
                    cluster = rec["metadata"].get("minhash_cluster_id", -1)
                    labels[rec["id"]] = f"c{cluster}" if cluster != -1 else rec["id"]
    return labels, stats
