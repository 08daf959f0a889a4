#!/usr/bin/env python3
"""Validate furniture.jsonl and print counts per kind.

Usage: check.py [path]   (default: furniture.jsonl next to this script)
Exit status is non-zero if any check fails.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "furniture.jsonl")
MAX_REPEAT = 2
MAX_WORDS = 100
KEYS = {"kind", "outlet", "text"}

PLACEHOLDER_RES = [
    (re.compile(r"[{}]"), "curly brace"),
    (re.compile(r"<[A-Z_][A-Z0-9_ ]*>"), "<PLACEHOLDER>"),
    (re.compile(r"\[(?:name|first ?name|last ?name|date|time|city|url|link|email|phone|company|outlet|title|"
                r"headline|author|number|price|placeholder|insert[^\]]*)\]", re.I), "[PLACEHOLDER]"),
    (re.compile(r"XXX|\bTODO\b|\bTBD\b|\bFIXME\b", re.I), "XXX/TODO"),
    (re.compile(r"lorem ipsum", re.I), "lorem ipsum"),
    (re.compile(r"\$\{|%\(|%s\b|%d\b"), "format string"),
    (re.compile(r"\b(?:None|null|undefined|NaN)\b"), "null-ish value"),
    (re.compile(r"\bexample\.(?:com|org)\b", re.I), "example domain"),
]


def main(path):
    errors = []
    kinds = collections.Counter()
    outlets = collections.Counter()
    texts = collections.Counter()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                errors.append("line %d: blank line" % ln)
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                errors.append("line %d: bad JSON (%s)" % (ln, e))
                continue
            n += 1
            if not isinstance(obj, dict) or set(obj) != KEYS:
                errors.append("line %d: keys %r" % (ln, sorted(obj) if isinstance(obj, dict) else type(obj)))
                continue
            for k in KEYS:
                if not isinstance(obj[k], str) or not obj[k].strip():
                    errors.append("line %d: empty or non-string %s" % (ln, k))
            if not re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*", obj["kind"] or ""):
                errors.append("line %d: kind not snake_case: %r" % (ln, obj["kind"]))
            t = obj["text"]
            if t != t.strip() or "\n" in t:
                errors.append("line %d: untrimmed or multi-line text" % ln)
            for rx, label in PLACEHOLDER_RES:
                if rx.search(t):
                    errors.append("line %d: %s in text: %r" % (ln, label, t[:80]))
            if len(t.split()) > MAX_WORDS:
                errors.append("line %d: %d words (max %d)" % (ln, len(t.split()), MAX_WORDS))
            kinds[obj["kind"]] += 1
            outlets[obj["outlet"]] += 1
            texts[t] += 1
    for t, c in texts.items():
        if c > MAX_REPEAT:
            errors.append("text repeated %d times (max %d): %r" % (c, MAX_REPEAT, t[:80]))

    print("file: %s" % path)
    print("lines: %d  kinds: %d  outlets: %d  distinct texts: %d" % (n, len(kinds), len(outlets), len(texts)))
    print()
    width = max((len(k) for k in kinds), default=4)
    for k, c in sorted(kinds.items()):
        print("  %-*s %5d" % (width, k, c))
    print()
    if errors:
        print("FAILED: %d problem(s)" % len(errors))
        for e in errors[:50]:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT))
