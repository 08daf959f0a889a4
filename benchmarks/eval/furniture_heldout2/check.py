#!/usr/bin/env python3
"""Validate furniture.jsonl (standard library only).

Checks: every line is valid JSON; each object has exactly the keys kind, outlet,
text (all non-empty strings); no text keeps a { or } template placeholder; no
text appears more than twice.  Prints counts per kind and three samples per kind.
Exits non-zero if any check fails.
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "furniture.jsonl")
KEYS = {"kind", "outlet", "text"}


def main():
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {i}: invalid JSON ({exc})")
                continue
            if not isinstance(obj, dict) or set(obj) != KEYS:
                errors.append(f"line {i}: keys are {sorted(obj) if isinstance(obj, dict) else type(obj).__name__}")
                continue
            for k in KEYS:
                if not isinstance(obj[k], str) or not obj[k].strip():
                    errors.append(f"line {i}: empty or non-string {k}")
            if "{" in obj["text"] or "}" in obj["text"]:
                errors.append(f"line {i}: leftover placeholder brace: {obj['text']!r}")
            rows.append(obj)

    texts = collections.Counter(r["text"] for r in rows)
    for t, n in texts.items():
        if n > 2:
            errors.append(f"text appears {n} times: {t!r}")

    by_kind = collections.defaultdict(list)
    for r in rows:
        by_kind[r["kind"]].append(r)

    rng = random.Random(0)
    print(f"{'kind':32s} count")
    for kind in sorted(by_kind):
        print(f"{kind:32s} {len(by_kind[kind]):5d}")
    print()
    for kind in sorted(by_kind):
        print(f"== {kind}")
        for r in rng.sample(by_kind[kind], min(3, len(by_kind[kind]))):
            print(f"   [{r['outlet']}] {r['text']}")
    print()

    long_lines = sum(len(r["text"].split()) >= 15 for r in rows)
    small = [k for k, v in by_kind.items() if len(v) < 12]
    print(f"lines: {len(rows)}")
    print(f"kinds: {len(by_kind)}")
    print(f"outlets: {len({r['outlet'] for r in rows})}")
    print(f"lines with 15+ words: {long_lines} ({long_lines / max(1, len(rows)):.1%})")
    print(f"distinct texts: {len(texts)}")
    if small:
        print(f"note: kinds with fewer than 12 lines: {', '.join(sorted(small))}")

    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
