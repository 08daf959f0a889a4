#!/usr/bin/env python3
"""Validate furniture.jsonl: JSON per line, keys, non-empty text, no
placeholders, duplicate limit; print counts per kind and random samples."""
import collections
import json
import random
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/furniture.jsonl"
bad = 0
rows = []
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"line {n}: invalid JSON: {e}")
            bad += 1
            continue
        if set(r) != {"kind", "outlet", "text"}:
            print(f"line {n}: wrong keys {sorted(r)}")
            bad += 1
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            print(f"line {n}: empty text")
            bad += 1
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r.get("kind", "")):
            print(f"line {n}: bad kind {r.get('kind')!r}")
            bad += 1
        if not r.get("outlet"):
            print(f"line {n}: empty outlet")
            bad += 1
        t = r.get("text", "")
        if re.search(r"[{}]|\bNAME\b|\bPLACEHOLDER\b|\bTODO\b|\bXXX\b|\bTBD\b|lorem ipsum|\bNone\b|\bnan\b|\s{2,}|\bthe The\b|\ba (?!one|uni|use|eu)[aeio]\w", t):
            print(f"line {n}: suspicious text {t!r}")
            bad += 1
        if t != t.strip():
            print(f"line {n}: untrimmed text")
            bad += 1
        rows.append(r)

dups = collections.Counter(r["text"] for r in rows)
over = {t: c for t, c in dups.items() if c > 2}
for t, c in over.items():
    print(f"text repeated {c}x: {t!r}")
    bad += 1

kinds = collections.Counter(r["kind"] for r in rows)
outlets = collections.Counter(r["outlet"] for r in rows)
print(f"lines: {len(rows)}  kinds: {len(kinds)}  named outlets: {len(outlets) - ('generic' in outlets)}  generic: {outlets['generic']}")
print(f"distinct texts: {len(dups)}  texts seen twice: {sum(1 for c in dups.values() if c == 2)}")
lens = [len(r["text"].split()) for r in rows]
print(f"words per line: min {min(lens)}, max {max(lens)}, mean {sum(lens)/len(lens):.1f}")
print("counts per kind:")
for k, c in sorted(kinds.items(), key=lambda x: (-x[1], x[0])):
    print(f"  {k:22s} {c}")
print("15 random samples:")
for r in random.Random(7).sample(rows, 15):
    print("  " + json.dumps(r, ensure_ascii=False))
print("PROBLEMS:", bad)
sys.exit(1 if bad else 0)
