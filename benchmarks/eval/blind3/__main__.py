"""Third blind furniture set: generate the split's inputs, run wirewash on them, score its Parquet output.

    python -m benchmarks.eval.blind3 --split dev [--wirewash DIR] [--show-leaks N] [--keep DIR] [--json FILE]

Runs ``python -m pipeline`` with the checkout DIR as its working directory (default: the checkout holding this
script), so any branch can be scored with ``--wirewash .``. Exits 1 when an input is in no output table or in
two. Tune on dev; run test once.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

import pyarrow.parquet as pq

from benchmarks.eval.blind3 import furniture as F
from benchmarks.eval.blind3.compose import Case, build_cases, render
from benchmarks.eval.blind3.scoring import (Count, Tally, byline_right, kept_per_segment, publisher_right, published_right,
                                            title_right)
from benchmarks.eval.blind3.stories import load_english, load_pages
from benchmarks.shared import DATA, REPO

_COLUMNS = ["source", "text", "title", "byline", "publisher", "published"]


def generate(split: str) -> list[Case]:
    return build_cases(load_english(DATA), load_pages(DATA), split)


def write_inputs(cases: list[Case], folder: Path) -> None:
    folder.mkdir(parents=True)
    for case in cases:
        (folder / case.filename).write_bytes(render(case).encode("utf-8"))


def run_wirewash(checkout: Path, inputs: Path, output: Path) -> str:
    cmd = [sys.executable, "-m", "pipeline", "--input", str(inputs), "--output", str(output)]
    done = subprocess.run(cmd, cwd=checkout, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"wirewash failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr[-3000:]}")
    return next((ln for ln in reversed(done.stdout.splitlines() + done.stderr.splitlines())
                 if ln.startswith("wirewash: inputs")), "(no accounting line)")


def _name(source: str) -> str:
    """The input file's name in a row's source (``path#N`` for a JSON Lines record; ``%23`` is a literal #)."""
    return unquote(PurePosixPath(source).name.split("#")[0])


def read_outputs(output: Path) -> tuple[dict[str, dict], dict[str, str], Counter]:
    """Rows by input file name, rejection reasons by name, and how many rows each name had."""
    rows: dict[str, dict] = {}
    seen: Counter = Counter()
    for table in ("articles", "duplicates"):
        for row in pq.read_table(output / table, columns=_COLUMNS).to_pylist():
            name = _name(row["source"])
            rows[name] = row
            seen[name] += 1
    rejected = {}
    for row in pq.read_table(output / "rejected", columns=["source", "reason"]).to_pylist():
        name = _name(row["source"])
        rejected[name] = row["reason"]
        seen[name] += 1
    return rows, rejected, seen


def score(cases: list[Case], rows: dict[str, dict], show_leaks: int) -> dict:
    """Print the figures; return them by group (``--json``)."""
    leaked, story, traps = Tally(), Tally(), Tally()
    whole, titles, bylines, publishers, dates = Count(), Count(), Count(), Count(), Count()
    examples: list[str] = []
    for case in cases:
        row = rows.get(case.filename)
        if row is None:
            continue
        segments = [s for block in case.blocks for s in block]
        results = kept_per_segment([s.text for s in segments], row["text"] or "")
        for seg, (kept, total) in zip(segments, results):
            if seg.role == "furniture":
                groups = ["all", f"kind {seg.kind}", f"lang {case.lang}", f"body {case.body_lang}", f"zone {seg.zone}",
                          f"layout {case.layout}"]
                vocabulary = ["test-only vocabulary", f"test-only {seg.kind}"] if seg.novel else ["shared vocabulary"]
                leaked.add(groups + vocabulary, kept, total)
                if kept and len(examples) < show_leaks:
                    examples.append(f"{case.filename} [{seg.kind}/{seg.zone}] {seg.text!r}")
            elif seg.role == "story":
                groups = ["all", f"body {case.body_lang}", f"lang {case.lang}", f"zone {seg.zone}", f"layout {case.layout}"]
                story.add(groups, kept, total)
                whole.add(groups, kept == total)
                if seg.kind != "story":
                    traps.add([seg.kind], kept, total)
        groups = ["all", f"lang {case.lang}", f"layout {case.layout}"]
        titles.add(groups, title_right(case.title, row["title"]))
        if case.byline is not None:
            bylines.add(groups, byline_right(case.byline, case.byline_line, row["byline"]))
        if case.publisher_scored:
            publishers.add(groups, publisher_right(case.publisher, row["publisher"], F.PUBLISHER_ALIASES))
        if case.published:
            dates.add(groups, published_right(case.published, row["published"]))

    print(f"\nfurniture chars leaked: {leaked.pct('all'):.1f}% of {leaked.total['all']:,}")
    print(f"story chars kept: {story.pct('all'):.2f}% of {story.total['all']:,}; "
          f"story paragraphs kept whole: {whole.pct('all'):.2f}% of {whole.seen['all']:,}")
    print(f"title right {titles.pct('all'):.1f}% of {titles.seen['all']}; byline right {bylines.pct('all'):.1f}% of "
          f"{bylines.seen['all']}; publisher right {publishers.pct('all'):.1f}% of {publishers.seen['all']}; "
          f"published (a stamp's or JSON-LD's date) right {dates.pct('all'):.1f}% of {dates.seen['all']}")
    _table("furniture leaked % (chars)", leaked, lambda g: f"{leaked.pct(g):5.1f}%  of {leaked.total[g]:7,}")
    _table("story kept (chars %, paragraphs whole %)", story,
           lambda g: f"{story.pct(g):6.2f}%  {whole.pct(g):6.2f}%  of {whole.seen[g]:5,} paragraphs")
    _table("story traps kept % (chars)", traps, lambda g: f"{traps.pct(g):6.2f}%  of {traps.total[g]:7,}")
    print("\nfields right % (title; byline, publisher, published: of the cases scored)")
    for g in sorted(titles.seen):
        print(f"  {g:28} {titles.pct(g):5.1f}% of {titles.seen[g]:3}  {bylines.pct(g):5.1f}% ({bylines.seen[g]:3})  "
              f"{publishers.pct(g):5.1f}% ({publishers.seen[g]:3})  {dates.pct(g):5.1f}% ({dates.seen[g]:3})")
    if examples:
        print("\nleaks:")
        print("\n".join(examples))
    return {"furniture_leaked_pct": {g: leaked.pct(g) for g in leaked.total},
            "story_kept_pct": {g: story.pct(g) for g in story.total},
            "paragraphs_whole_pct": {g: whole.pct(g) for g in whole.seen},
            "traps_kept_pct": {g: traps.pct(g) for g in traps.total},
            "title_right_pct": {g: titles.pct(g) for g in titles.seen},
            "byline_right_pct": {g: bylines.pct(g) for g in bylines.seen},
            "publisher_right_pct": {g: publishers.pct(g) for g in publishers.seen},
            "published_right_pct": {g: dates.pct(g) for g in dates.seen}}


def _table(heading: str, tally: Tally, fmt) -> None:
    print(f"\n{heading}")
    for g in sorted(tally.total, key=lambda g: (g.split()[0] != "all", g.split()[0], g)):
        print(f"  {g:28} {fmt(g)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test"), required=True)
    ap.add_argument("--wirewash", type=Path, default=REPO, help="checkout to run (its working directory); default: this one")
    ap.add_argument("--show-leaks", type=int, default=0, help="print up to N leaked furniture pieces (dev only)")
    ap.add_argument("--keep", type=Path, help="write inputs and output here instead of a temporary folder")
    ap.add_argument("--json", type=Path, help="also write the figures, by group, to this JSON file")
    args = ap.parse_args(argv)
    if args.split == "test" and args.show_leaks:
        ap.error("--show-leaks shows dev leaks only: the test split's furniture stays unseen")
    cases = generate(args.split)
    novel = sum(s.novel for c in cases for b in c.blocks for s in b if s.role == "furniture")
    pieces = sum(1 for c in cases for b in c.blocks for s in b if s.role == "furniture")
    print(f"{args.split}: {len(cases)} cases, {pieces} furniture pieces ({novel} in test-only vocabulary), "
          f"layouts {dict(Counter(c.layout for c in cases))}")
    with tempfile.TemporaryDirectory(prefix="blind3-") as tmp:
        root = args.keep or Path(tmp)
        inputs, output = root / "in", root / "out"
        write_inputs(cases, inputs)
        accounting = run_wirewash(args.wirewash.resolve(), inputs, output)
        print(accounting if args.keep else f"{accounting} (removed at exit: --keep DIR keeps inputs and output)")
        rows, rejected, seen = read_outputs(output)
    names = {c.filename for c in cases}
    missing = sorted(names - set(seen))
    twice = sorted(n for n, k in seen.items() if k > 1)
    print(f"outputs: {len(rows)} articles or duplicates, {len(rejected)} rejected "
          f"{dict(Counter(rejected.values()))}, {len(missing)} inputs in no output, {len(twice)} in more than one")
    for name in missing[:5] + twice[:5]:
        print(f"  accounting: {name}")
    figures = score(cases, rows, args.show_leaks)
    if args.json:
        figures["accounting"] = {"cases": len(cases), "rejected": len(rejected), "missing": missing, "twice": twice}
        args.json.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 1 if missing or twice else 0


if __name__ == "__main__":
    sys.exit(main())
