"""Dedup benchmark: accuracy, signature speed, end-to-end speed and memory, scaling, profile. One command:

    pip install -e '.[bench]' && python benchmarks/dedup.py [--data ../shared/data] [--sizes 20000,100000]

Everything runs on this machine in one go and prints as it goes; shared cores make timings noisy.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from datasketch import MinHash  # noqa: E402

import corpus  # noqa: E402
import peers  # noqa: E402
from wirewash.transforms.core.article import to_article  # noqa: E402
from wirewash.transforms.core.cleaning import CleanConfig  # noqa: E402
from wirewash.transforms.core.clusters import ClusterConfig, rank, star_pairs  # noqa: E402
from wirewash.transforms.core.minhash import MinhashConfig, shingle_hashes, sign, signature, tokens  # noqa: E402
from wirewash.transforms.core.verify import VerifyConfig, verify  # noqa: E402
from wirewash.transforms.core.parse import RawDoc  # noqa: E402


def write_jsonl(folder: str, records: list[dict], files: int) -> str:
    os.makedirs(folder, exist_ok=True)
    for i in range(files):
        with open(os.path.join(folder, f"part-{i:03d}.jsonl"), "w", encoding="utf-8") as f:
            for r in records[i::files]:
                f.write(json.dumps(r) + "\n")
    return folder


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise_scores(truth: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall, F1 of predicted clusters against true ones (documents missing from
    ``pred`` count as singletons)."""
    cells = Counter((truth[d], pred.get(d, d)) for d in truth)
    tp = sum(_pairs(n) for n in cells.values())
    pred_pairs = sum(_pairs(n) for n in Counter(pred.get(d, d) for d in truth).values())
    true_pairs = sum(_pairs(n) for n in Counter(truth.values()).values())
    p = tp / pred_pairs if pred_pairs else 1.0
    r = tp / true_pairs if true_pairs else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def accuracy(pool: list[corpus.Story], work: str, rng: random.Random) -> None:
    negatives = corpus.hard_negative_pairs(pool, 400, rng)
    chosen = {s.id: s for pair in negatives for s in pair}
    for s in rng.sample(pool, 1600):
        chosen.setdefault(s.id, s)
    originals = sorted(chosen.values(), key=lambda s: s.id)
    records, truth = [], {}
    for s in originals:
        records.append({"id": s.id, "text": s.text})
        truth[s.id] = s.id
    for k, s in enumerate(rng.sample(originals, 900)):
        for c in range(1 if k % 3 else 2):
            copy = corpus.syndicate(s, f"{s.id}~copy{c}", rng)
            records.append({"id": copy.id, "text": copy.text})
            truth[copy.id] = s.id
    rng.shuffle(records)
    in_dir = write_jsonl(os.path.join(work, "accuracy-in"), records, 2)
    true_pairs = sum(_pairs(n) for n in Counter(truth.values()).values())
    print(f"\n## Accuracy: {len(originals)} real articles ({sum(s.id.startswith('bbc') for s in originals)} BBC), "
          f"{len(records) - len(originals)} syndicated copies, {true_pairs} true pairs, "
          f"{len(negatives)} same-story hard-negative pairs")
    systems = {
        "wirewash (word 3-grams, J>=0.3, 42x3 bands, verified)": lambda: peers.wirewash(in_dir, work, [])[0],
        "datasketch MinHashLSH (word 5-grams, num_perm=128, threshold=0.8)": lambda: peers.datasketch_lsh(
            in_dir, 5, 0.8),
        "datasketch MinHashLSH at wirewash's settings (3-grams, threshold=0.3)": lambda: peers.datasketch_lsh(
            in_dir, 3, 0.3),
        "datatrove MinHash (defaults: 5-grams, 14x8, spaCy tokenizer)": lambda: peers.datatrove(
            in_dir, work, 2, "eng")[0],
    }
    print(f"{'system':72} {'P':>6} {'R':>6} {'F1':>6} {'hard neg merged':>16}")
    for name, fn in systems.items():
        pred = fn()
        p, r, f1 = pairwise_scores(truth, pred)
        merged = sum(pred.get(a.id, a.id) == pred.get(b.id, b.id) for a, b in negatives)
        print(f"{name:72} {p:6.4f} {r:6.4f} {f1:6.4f} {merged:>9}/{len(negatives)}")


def signature_speed(pool: list[corpus.Story]) -> None:
    cfg = MinhashConfig()
    texts = [s.text for s in pool[:2000]]
    mean_bytes = sum(len(t.encode()) for t in texts) / len(texts)

    def ours():
        for t in texts:
            signature(shingle_hashes(t, cfg.shingle_size), cfg.num_perm, cfg.seed)

    def grams(t):
        w = tokens(t)
        return {" ".join(w[i : i + 3]).encode() for i in range(max(1, len(w) - 2))}

    def datasketch_update():
        for t in texts:
            m = MinHash(num_perm=cfg.num_perm)
            for g in grams(t):
                m.update(g)

    def datasketch_batch():
        for t in texts:
            MinHash(num_perm=cfg.num_perm).update_batch(list(grams(t)))

    print(f"\n## Signature step (shingling + 128-permutation MinHash), {len(texts)} real articles, "
          f"mean {mean_bytes:.0f} bytes, one core")
    rates = {}
    for name, fn in [("wirewash", ours), ("datasketch update_batch", datasketch_batch),
                     ("datasketch per-shingle update", datasketch_update)]:
        best = min(_timed(fn) for _ in range(2))
        rates[name] = len(texts) / best
        print(f"{name:32} {rates[name]:8.0f} docs/s")
    print(f"wirewash / per-shingle update: {rates['wirewash'] / rates['datasketch per-shingle update']:.1f}x; "
          f"/ update_batch: {rates['wirewash'] / rates['datasketch update_batch']:.1f}x")


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def speed_corpus(pool: list[corpus.Story], n: int, rng: random.Random) -> list[dict]:
    """``n`` documents: the real articles, then syndicated copies of them (each original's copies rotate)."""
    records = [{"id": s.id, "text": s.text} for s in pool[:n]]
    i = 0
    while len(records) < n:
        s = pool[i % len(pool)]
        records.append({"id": f"{s.id}~{i}", "text": corpus.syndicate(s, "", rng).text})
        i += 1
    rng.shuffle(records)
    return records


def speed(pool: list[corpus.Story], sizes: list[int], work: str, rng: random.Random, spacy_max: int) -> None:
    print("\n## End-to-end speed (wall time incl. process start, reading JSONL, writing output; "
          "peak RSS summed over the process tree)")
    print(f"{'docs':>7} {'system':58} {'seconds':>8} {'docs/s':>7} {'peak MB':>8}")
    per_doc: dict[str, dict[int, float]] = defaultdict(dict)
    for n in sizes:
        # Files of ~10 MB: under --max_inflated_bytes, and enough of them to spread over workers.
        in_dir = write_jsonl(os.path.join(work, f"speed-{n}"), speed_corpus(pool, n, rng), max(2, n // 5000))
        runs = {
            "wirewash, in_memory (one process)": lambda: peers.wirewash(
                in_dir, os.path.join(work, f"wwm-{n}"), ["--direct_running_mode=in_memory"])[1],
            "wirewash, multi_processing x2": lambda: peers.wirewash(
                in_dir, os.path.join(work, f"ww-{n}"),
                ["--direct_running_mode=multi_processing", "--direct_num_workers=2"])[1],
            "datatrove, 2 tasks, whitespace tokenizer (its fastest)": lambda: peers.datatrove(
                in_dir, os.path.join(work, f"dt-{n}"), 2, "whitespace")[1],
        }
        if n <= spacy_max:
            runs["datatrove, 2 tasks, spaCy tokenizer (its default)"] = lambda: peers.datatrove(
                in_dir, os.path.join(work, f"dts-{n}"), 2, "eng")[1]
        for name, fn in runs.items():
            stats = fn()
            per_doc[name][n] = stats.seconds / n
            print(f"{n:7} {name:58} {stats.seconds:8.1f} {n / stats.seconds:7.0f} {stats.peak_rss_mb:8.0f}",
                  flush=True)
    if len(sizes) > 1:
        lo, hi = sizes[0], sizes[-1]
        print(f"\nScaling {lo} -> {hi} docs (x{hi / lo:.0f}): time grew by")
        for name, costs in per_doc.items():
            if lo in costs and hi in costs:
                print(f"  {name}: x{costs[hi] * hi / (costs[lo] * lo):.2f} (per-doc cost x{costs[hi] / costs[lo]:.2f})")


def profile(pool: list[corpus.Story]) -> None:
    """Where the time of the pure stages goes, per document, for 3,000 real articles on one core, and the
    cost per candidate pair of verification (``verify`` over two ``Evidence`` records)."""
    clean_cfg, cfg, verify_cfg, cluster_cfg = CleanConfig(), MinhashConfig(), VerifyConfig(), ClusterConfig()
    raws = [RawDoc(doc_id=s.id, source=s.id, text=s.text) for s in pool[:3000]]
    noop = lambda _name: None  # noqa: E731
    stage_s: dict[str, float] = defaultdict(float)
    prof = cProfile.Profile()
    prof.enable()
    buckets: dict[bytes, list] = defaultdict(list)
    evidence = {}
    for raw in raws:
        t0 = time.perf_counter()
        article = to_article(raw, clean_cfg, noop)
        t1 = time.perf_counter()
        if not hasattr(article, "text"):
            continue
        sh = shingle_hashes(article.text, cfg.shingle_size)
        t2 = time.perf_counter()
        signature(sh, cfg.num_perm, cfg.seed)
        t3 = time.perf_counter()
        signed = sign(raw.doc_id, article.text, cfg, article.title, article.published)
        t4 = time.perf_counter()
        for key in signed.band_keys:
            buckets[key].append((rank(raw.doc_id, signed.words, None, "longest"), raw.doc_id))
        evidence[raw.doc_id] = signed.evidence
        stage_s["clean (boilerplate rules)"] += t1 - t0
        stage_s["shingle_hashes"] += t2 - t1
        stage_s["signature"] += t3 - t2
        stage_s["sign (shingles, signature, evidence, bands)"] += t4 - t3
    t0 = time.perf_counter()
    pairs = {p for members in buckets.values() for p in star_pairs(members, cluster_cfg, noop)}
    t1 = time.perf_counter()
    for (_ru, u), (_rd, d) in pairs:
        verify(evidence[u], evidence[d], verify_cfg)
    t2 = time.perf_counter()
    prof.disable()
    stage_s["star_pairs"] += t1 - t0
    stage_s["verify (all candidate pairs)"] += t2 - t1
    total = sum(stage_s.values())
    print(f"\n## Profile of the pure stages, {len(raws)} real articles, one core ({len(pairs)} candidate pairs)")
    for name, s in sorted(stage_s.items(), key=lambda kv: -kv[1]):
        print(f"{name:44} {s / len(raws) * 1e6:8.0f} us/doc {100 * s / total:5.1f}%")
    if pairs:
        print(f"verify: {(t2 - t1) / len(pairs) * 1e6:.0f} us per candidate pair")
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(10)
    print("cProfile, top 10 by own time:")
    print("\n".join(ln for ln in out.getvalue().splitlines() if re.match(r"\s+\d", ln)))


def pair_cost(pool: list[corpus.Story], rng: random.Random, n: int = 300, copies: int = 9) -> None:
    """Cost per candidate pair on copies: ``n`` real articles, each with ``copies`` syndicated copies, so
    every pair verified is a real near-duplicate pair (the expensive case: long common passages)."""
    cfg, verify_cfg = MinhashConfig(), VerifyConfig()
    originals = pool[:n]
    groups = []
    for s in originals:
        texts = [s.text] + [corpus.syndicate(s, f"{s.id}~{c}", rng).text for c in range(copies)]
        groups.append([sign(str(i), t, cfg).evidence for i, t in enumerate(texts)])
    pairs = [(g[0], e) for g in groups for e in g[1:]]
    t0 = time.perf_counter()
    found = sum(verify(a, b, verify_cfg).duplicate for a, b in pairs)
    elapsed = time.perf_counter() - t0
    mean_bytes = sum(len(s.text.encode()) for s in originals) / len(originals)
    print(f"\n## Verification cost: {len(pairs)} candidate pairs of real articles and their syndicated copies "
          f"(mean {mean_bytes:.0f} bytes), one core")
    print(f"{elapsed / len(pairs) * 1e6:.0f} us per candidate pair ({found} verified as copies); with stars a "
          f"document is in at most bands x (star_width + 1) = {cfg.bands * (ClusterConfig().star_width + 1)} pairs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.path.join(peers.ROOT, "..", "shared", "data"))
    parser.add_argument("--sizes", default="20000,100000", help="Corpus sizes for the speed runs.")
    parser.add_argument("--spacy_max", type=int, default=20000,
                        help="Largest size also run with datatrove's (slow) default spaCy tokenizer.")
    parser.add_argument("--skip", default="", help="Comma-separated: accuracy,signature,speed,profile,pair_cost")
    args = parser.parse_args()
    skip = set(args.skip.split(","))
    rng = random.Random(20240)
    t0 = time.perf_counter()
    pool = corpus.drop_resends(corpus.load_reuters(args.data) + corpus.load_bbc(args.data))
    print(f"# wirewash dedup benchmark: {len(pool)} distinct real articles (Reuters-21578 + BBC) loaded in "
          f"{time.perf_counter() - t0:.0f} s; {os.cpu_count()} cores, shared with other jobs: timings are noisy")
    with tempfile.TemporaryDirectory(prefix="wirewash-bench-") as work:
        if "accuracy" not in skip:
            accuracy(pool, work, rng)
        if "signature" not in skip:
            signature_speed(pool)
        if "profile" not in skip:
            profile(pool)
        if "pair_cost" not in skip:
            pair_cost(pool, rng)
        if "speed" not in skip:
            speed(pool, [int(n) for n in args.sizes.split(",")], work, rng, args.spacy_max)


if __name__ == "__main__":
    main()
