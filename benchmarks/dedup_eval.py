"""Dedup verification on the labelled real-news pairs of benchmarks/eval (built blind by another helper).

    python benchmarks/dedup_eval.py --split dev [--set min_coverage=0.6 ...] [--errors 10]
    python benchmarks/dedup_eval.py --split test
    python benchmarks/dedup_eval.py --split holdout   # benchmarks/eval/dedup_holdout: report once, never tune

Each side is cleaned by the clean stage (as the pipeline does), signed, and the pair is called a copy when
``verify`` says so AND the two share an LSH band (what the pipeline would compare at all). Tune on ``dev``;
report ``test``. Figures are pair-level: clustering can only lose pairs (it never merges unverified ones).
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.eval.dedup_holdout import load_holdout
from benchmarks.eval.dedup_pairs import load_pairs, score
from wirewash.transforms.core.cleaning import CleanConfig, clean
from wirewash.transforms.core.minhash import MinhashConfig, sign
from wirewash.transforms.core.readers.records import parse_date, parse_time
from wirewash.transforms.core.verify import VerifyConfig, verify


def _cleaned(text: str) -> str:
    return clean(text, CleanConfig(), lambda _name: None).text


def evaluate(split: str, cfg: VerifyConfig, errors: int = 0) -> dict:
    pairs = load_holdout() if split == "holdout" else load_pairs(split)
    minhash = MinhashConfig()
    predicted, verdicts = {}, {}
    cache: dict[str, object] = {}

    def signed(text: str, title: str, date: str | None, publisher: str | None):
        # The date as the readers take it: the day, and the moment when it has a time of day.
        key = (text, title, date, publisher)
        if key not in cache:
            cache[key] = sign("x", _cleaned(text), minhash, title or None, parse_date(date),
                              published_at=parse_time(date), publisher=publisher)
        return cache[key]

    t0 = time.perf_counter()
    for p in pairs:
        a = signed(p.text_a, p.title_a, p.date_a, p.publisher_a)
        b = signed(p.text_b, p.title_b, p.date_b, p.publisher_b)
        v = verify(a.evidence, b.evidence, cfg)
        candidate = bool(set(a.band_keys) & set(b.band_keys))
        predicted[p.pair_id] = v.duplicate and candidate
        verdicts[p.pair_id] = (v, candidate)
    elapsed = time.perf_counter() - t0
    report = score(pairs, predicted)
    if errors:
        shown = 0
        for p in pairs:
            v, candidate = verdicts[p.pair_id]
            if predicted[p.pair_id] != p.label and shown < errors:
                shown += 1
                print(f"  {'FN' if p.label else 'FP'} {p.pair_id} {p.kind}: {v.reason} J={v.jaccard:.2f} "
                      f"cov={v.coverage:.2f} gained={v.gained} cand={candidate} disagree={list(v.disagreeing)[:8]}")
    report["seconds"] = elapsed
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "test", "holdout"))
    parser.add_argument("--set", action="append", default=[], help="VerifyConfig field=value")
    parser.add_argument("--errors", type=int, default=0, help="Print this many misclassified pairs")
    args = parser.parse_args()
    fields = {f.name: f.type for f in dataclasses.fields(VerifyConfig)}
    overrides = {}
    for item in args.set:
        name, value = item.split("=", 1)
        overrides[name] = (float if "float" in str(fields[name]) else int)(value)
    cfg = VerifyConfig(**overrides)
    report = evaluate(args.split, cfg, errors=args.errors)
    o = report["overall"]
    print(f"{args.split}: {cfg}")
    print(f"overall n={o['n']} P={o['precision']:.4f} R={o['recall']:.4f} F1={o['f1']:.4f} "
          f"(tp {o['tp']} fp {o['fp']} fn {o['fn']} tn {o['tn']})")
    for kind, row in report["per_kind"].items():
        extra = (f"false-positive rate {row['false_positive_rate']:.4f}" if "false_positive_rate" in row
                 else f"recall {row['recall']:.4f}")
        print(f"  {kind:20} n={row['n']:4} {extra}  (tp {row['tp']} fp {row['fp']} fn {row['fn']} tn {row['tn']})")


if __name__ == "__main__":
    main()
