"""CPU cost and output of ProposePairs' pure part on captured-like shards: the check behind a speed-up of it.

    python benchmarks/propose_pairs.py --base main            # this checkout timed beside main, outputs compared
    python benchmarks/propose_pairs.py --n 5000 --repeat 5    # a smaller corpus, more rounds
    python benchmarks/propose_pairs.py --profile              # and the top functions of this checkout's by own time

The input: synthetic articles (``throughput.Synthetic``, seed 14, as ``throughput.py`` builds its copies
corpora) signed with the default ``MinhashConfig``, ranked ``longest``, batched per bundle of ``--bundle``
documents and key shard (``bands.batches``, ``bands.shard_count`` shards) as ``GroupBands`` batches them.
Three corpora of ``--n`` documents: every story in 25 copies (buckets of about 25); one story in 1,000 copies
(buckets above ``max_bucket``); and an incremental run's shape (every story x25, every other document
indexed under ``indexed_rank``, a fifth of those also indexed byte-identical under a second doc_id, one element
per band member as ``_keyed_member`` gives them). What is timed is what ``ProposePairsFn.process`` does
with each shard's batches, CPU time of this process (``time.process_time``) over every shard, the least of
``--repeat`` runs; with ``--base`` the versions' runs alternate, and their outputs (every element, in order) and
counters are compared.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import random
import sys
import time
import types
from collections import defaultdict
from itertools import chain
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks import shared, throughput  # noqa: E402
from wirewash.transforms.core import bands, clusters  # noqa: E402
from wirewash.transforms.core.counters import dict_counter  # noqa: E402
from wirewash.transforms.core.minhash import MinhashConfig, sign  # noqa: E402
from wirewash.transforms.core.schema import make_doc_id  # noqa: E402


def revision(rev: str) -> tuple[types.ModuleType, ...]:
    """``bands`` and ``clusters`` of another git revision (``shared.base_modules``)."""
    return shared.base_modules(rev, "bands", "clusters")


def proposer(code: tuple[types.ModuleType, types.ModuleType], incremental: bool):
    """What ``ProposePairsFn.process`` computes from one shard's batches, for one version of the code:
    (shard batches, inc) -> its list of output elements."""
    bands_mod, clusters_mod = code
    cfg = clusters_mod.ClusterConfig()
    if hasattr(bands_mod, "ranked_buckets"):
        propose = clusters_mod.new_proposals if incremental else clusters_mod.star_proposals
        return lambda batches, inc: bands_mod.by_second(*propose(bands_mod.ranked_buckets(batches), cfg, inc))
    pairs = clusters_mod.new_pairs if incremental else clusters_mod.star_pairs
    return lambda batches, inc: bands_mod.by_second(
        chain.from_iterable(pairs(members, cfg, inc) for members in bands_mod.buckets(batches)))


def signed(records: list[dict]) -> list[tuple[str, str, int, tuple[bytes, ...]]]:
    """(doc_id, text digest, words, band keys) of each record."""
    cfg = MinhashConfig()
    out = []
    for r in records:
        s = sign(r["id"], r["text"], cfg)
        out.append((make_doc_id("bench", r["id"].encode()), clusters.text_digest(r["text"]), s.words, tuple(s.band_keys)))
    return out


def shards_of(members: list, keys: list[tuple[bytes, ...]], bundle: int) -> list[list[bands.Batch]]:
    """Each shard's batches, bundle by bundle (``bands.batches``), as ``GroupByShard`` hands them over."""
    shards = bands.shard_count(sum(map(len, keys)))
    by_shard = defaultdict(list)
    for start in range(0, len(members), bundle):
        for shard, batch in bands.batches(members[start : start + bundle], keys[start : start + bundle], shards):
            by_shard[shard].append(batch)
    return [by_shard[s] for s in sorted(by_shard)]


def corpora(n: int, bundle: int) -> dict[str, tuple[bool, list[list[bands.Batch]]]]:
    """name -> (incremental, shards)."""
    rng = random.Random(14)
    synthetic = throughput.Synthetic()
    out = {}
    every = signed(synthetic.corpus(n, rng, {s: 25 for s in range(n // 25)}))
    one = signed(synthetic.corpus(n, rng, {0: 1000}))
    for name, docs in ((f"every story x25, {n}", every), (f"one story x1000, {n}", one)):
        members = [(clusters.rank(doc_id, words, None, "longest", digest), doc_id) for doc_id, digest, words, _k in docs]
        out[name] = (False, shards_of(members, [k for *_r, k in docs], bundle))
    entries, keys = [], []
    for i, (doc_id, digest, words, doc_keys) in enumerate(every):
        if i % 2 == 0:
            ids = [doc_id, f"{doc_id}-again"] if i % 10 == 0 else [doc_id]
            members = [((clusters.indexed_rank(d, digest), d), False) for d in ids]
        else:
            members = [((clusters.rank(doc_id, words, None, "longest", digest), doc_id), True)]
        for member in members:
            for key in doc_keys:
                entries.append(member)
                keys.append((key,))
    out[f"incremental, every story x25, {n}, half indexed"] = (True, shards_of(entries, keys, bundle * MinhashConfig().bands))
    return out


def run(fn, shards: list[list[bands.Batch]]) -> tuple[float, list, dict]:
    """(CPU seconds, outputs by shard, counters) of ``fn`` over every shard."""
    counts, inc = dict_counter()
    t0 = time.process_time()
    outputs = [fn(batches, inc) for batches in shards]
    return time.process_time() - t0, outputs, dict(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="documents per corpus")
    parser.add_argument("--bundle", type=int, default=2_500, help="documents per bundle")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--base", help="a git revision (main) timed beside this checkout, runs alternated")
    parser.add_argument("--profile", action="store_true", help="cProfile this checkout on each corpus")
    args = parser.parse_args()

    versions = {"this checkout": (bands, clusters)}
    if args.base:
        versions[args.base] = revision(args.base)
    t0 = time.perf_counter()
    inputs = corpora(args.n, args.bundle)
    print(f"input built in {time.perf_counter() - t0:.1f} s; CPU seconds over every shard, least of {args.repeat} "
          f"runs" + (", the versions' runs alternated" if args.base else ""), flush=True)
    gc.freeze()
    differences = 0
    for name, (incremental, shards) in inputs.items():
        fns = {v: proposer(code, incremental) for v, code in versions.items()}
        best = {v: float("inf") for v in versions}
        results = {}
        for _ in range(args.repeat):
            for v, fn in fns.items():
                seconds, outputs, counts = run(fn, shards)
                best[v] = min(best[v], seconds)
                results[v] = (outputs, counts)
        mine_out, mine_counts = results["this checkout"]
        elements = sum(map(len, mine_out))
        line = f"{name} ({len(shards)} shards, {elements:,} elements): " + ", ".join(
            f"{v} {best[v]:.3f} s" for v in versions)
        if args.base:
            base_out, base_counts = results[args.base]
            same = base_out == mine_out and base_counts == mine_counts
            differences += not same
            line += f"; outputs and counters {'identical' if same else 'DIFFER'}"
        print(line, flush=True)
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(run, fns["this checkout"], shards)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(12)
    if differences:
        sys.exit(1)


if __name__ == "__main__":
    main()
