#!/usr/bin/env python3
"""Validate furniture.jsonl and print counts per kind plus 20 random samples."""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "furniture.jsonl")

PLACEHOLDER_PATTERNS = [
    re.compile(r"[{}]"),                    # leftover template braces
    re.compile(r"%[sd]\b"),                 # printf placeholders
    re.compile(r"\$\{"),                    # shell/JS template
    re.compile(r"<[a-z_]+>", re.I),         # <placeholder>
    re.compile(r"\b(TODO|FIXME|XXX|PLACEHOLDER|lorem ipsum)\b", re.I),
    re.compile(r"\bNone\b|\bnull\b"),
]

errors = []
rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: not JSON ({e})")
            continue
        if not isinstance(obj, dict) or set(obj) != {"kind", "outlet", "text"}:
            errors.append(f"line {n}: keys are {sorted(obj) if isinstance(obj, dict) else type(obj)}")
            continue
        for k in ("kind", "outlet", "text"):
            if not isinstance(obj[k], str) or not obj[k].strip():
                errors.append(f"line {n}: empty or non-string {k}")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", obj["kind"] or ""):
            errors.append(f"line {n}: kind not snake_case: {obj['kind']!r}")
        for pat in PLACEHOLDER_PATTERNS:
            if pat.search(obj["text"]):
                errors.append(f"line {n}: placeholder-like text {pat.pattern!r}: {obj['text'][:80]!r}")
        rows.append(obj)

texts = collections.Counter(r["text"] for r in rows)
for t, c in texts.items():
    if c > 2:
        errors.append(f"text appears {c} times: {t[:80]!r}")

kinds = collections.Counter(r["kind"] for r in rows)
outlets = collections.Counter(r["outlet"] for r in rows)

print(f"lines: {len(rows)}")
print(f"kinds: {len(kinds)}")
print(f"outlets: {len(outlets)} (generic lines: {outlets.get('generic', 0)})")
print(f"distinct texts: {len(texts)}")
print()
print("counts per kind:")
for k, c in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {k:26s} {c}")
print()
print("20 random samples:")
for obj in random.sample(rows, min(20, len(rows))):
    print(f"  [{obj['kind']}] ({obj['outlet']}) {obj['text']}")
print()
if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for e in errors[:50]:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
