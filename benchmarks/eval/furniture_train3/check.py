#!/usr/bin/env python3
"""Validate furniture.jsonl: JSON per line, exactly kind/outlet/text, no empty text,
no leftover template placeholders, no text more than twice. Prints counts and samples."""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "furniture.jsonl")
KEYS = {"kind", "outlet", "text"}
KIND_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def main():
    errors = []
    texts = Counter()
    by_kind = defaultdict(list)
    outlets = Counter()
    n = 0
    with open(PATH, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            n += 1
            if not line.endswith("\n"):
                errors.append(f"line {i}: no trailing newline")
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {i}: invalid JSON ({e})")
                continue
            if not isinstance(obj, dict) or set(obj) != KEYS:
                errors.append(f"line {i}: keys are {sorted(obj) if isinstance(obj, dict) else type(obj)}")
                continue
            k, o, t = obj["kind"], obj["outlet"], obj["text"]
            if not all(isinstance(x, str) for x in (k, o, t)):
                errors.append(f"line {i}: non-string value")
                continue
            if not KIND_RE.match(k):
                errors.append(f"line {i}: kind not snake_case: {k!r}")
            if not o.strip():
                errors.append(f"line {i}: empty outlet")
            if not t.strip():
                errors.append(f"line {i}: empty text")
            if "{" in t or "}" in t:
                errors.append(f"line {i}: leftover placeholder brace: {t!r}")
            if "\n" in t or "\r" in t or "\t" in t:
                errors.append(f"line {i}: control whitespace in text")
            if t != t.strip() or "  " in t:
                errors.append(f"line {i}: untrimmed or double-spaced text: {t!r}")
            texts[t] += 1
            by_kind[k].append(t)
            outlets[o] += 1
    for t, c in texts.items():
        if c > 2:
            errors.append(f"text appears {c} times: {t!r}")

    rng = random.Random(7)
    print(f"{'kind':32s} {'count':>5s}")
    for k in sorted(by_kind):
        print(f"{k:32s} {len(by_kind[k]):5d}")
    print()
    for k in sorted(by_kind):
        print(f"== {k}")
        for t in rng.sample(by_kind[k], min(3, len(by_kind[k]))):
            print(f"   {t}")
    dup2 = sum(1 for c in texts.values() if c == 2)
    named = len([o for o in outlets if o != "generic"])
    print()
    print(f"lines: {n}  kinds: {len(by_kind)}  outlets (excluding generic): {named}  "
          f"generic lines: {outlets.get('generic', 0)}  distinct texts: {len(texts)}  texts seen twice: {dup2}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
