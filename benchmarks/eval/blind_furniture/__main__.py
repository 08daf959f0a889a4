"""Black-box run of the pipeline on the blind furniture set, then its score.

    python -m benchmarks.eval.blind_furniture [--split dev|test|all] [--half 0|1] [--data DIR] [--show N] [--json]
        [--counts] [--keep DIR] [-- extra pipeline options]

Writes every case of the split as ``<case_id>.txt`` (UTF-8) into a work folder, runs
``python -m pipeline --input IN --output OUT`` from the repository root with default options (as a user
would; pass e.g. ``-- --furniture_min_docs 0`` to turn the cross-document stage off), reads the Parquet
tables ``articles`` and ``duplicates`` with pyarrow, maps rows back to cases by the file name in ``source``,
and prints ``scoring.score``. ``--counts`` prints what the split holds and runs nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

from benchmarks import shared
from benchmarks.eval.furniture_eval import half_of
from benchmarks.eval.blind_furniture.builder import FURNITURE, STORY, Case, build_cases
from benchmarks.eval.blind_furniture.scoring import kept_chars, score, span_chars

REPO = Path(__file__).resolve().parents[3]
FIELDS = ("text", "title", "byline", "publisher")
TABLES = ("articles", "duplicates")


def write_cases(cases: list[Case], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for case in cases:
        (folder / f"{case.case_id}.txt").write_text(case.raw_text, encoding="utf-8")


def read_outputs(out: Path) -> dict[str, dict]:
    """{case_id: {text, title, byline, publisher}} from the kept and duplicate rows under ``out``."""
    rows: dict[str, dict] = {}
    for table in TABLES:
        for path in sorted((out / table).glob("*.parquet")):
            names = pq.read_schema(path).names
            columns = [c for c in ("source", *FIELDS) if c in names]
            for row in pq.read_table(path, columns=columns).to_pylist():
                case_id = Path(str(row.get("source") or "")).name.removesuffix(".txt")
                rows[case_id] = {k: row.get(k) for k in FIELDS}
    return rows


def run_pipeline(inp: Path, out: Path, extra: list[str], repo: Path = REPO) -> None:
    cmd = [sys.executable, "-m", "pipeline", "--input", str(inp), "--output", str(out), *extra]
    subprocess.run(cmd, cwd=repo, check=True, stdout=subprocess.DEVNULL)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def report(result: dict) -> str:
    a = result["all"]["all"]
    lines = [
        f"cases {result['cases']}  missing (no kept/duplicate row) {len(result['missing'])}",
        (
            f"furniture leaked {_pct(a['leaked'])} of {a['furniture_chars']} chars   story kept {_pct(a['kept'])} "
            f"of {a['story_chars']} chars   story paragraphs kept whole {_pct(a['paragraphs_kept'])} "
            f"of {a['paragraphs']}"
        ),
        f"headline characters left in the text {_pct(result['headline_in_text'])}",
        f"leaked, mean over kinds (each kind weighted alike) {_pct(result['leaked_mean_over_kinds'])}",
    ]
    for group in ("kind", "zone", "vocabulary", "language", "layout", "source", "variant", "trap"):
        if group not in result:
            continue
        parts = []
        for key, t in result[group].items():
            bits = []
            if t["furniture_chars"]:
                bits.append(f"leaked {_pct(t['leaked'])}")
            if t["story_chars"] and group not in ("kind", "zone", "vocabulary"):
                bits.append(f"kept {_pct(t['kept'])} (paragraphs {_pct(t['paragraphs_kept'])})")
            parts.append(f"{key} " + " ".join(bits))
        lines.append(f"by {group}: " + "; ".join(parts))
    for name in ("title", "byline", "byline_first", "publisher"):
        r = result[name]
        lines.append(
            f"{name}: right on {_pct(r['accuracy'])} of {r['cases']} cases with one; "
            f"given on {_pct(r['spurious'])} of {r['cases_without']} without one"
        )
    return "\n".join(lines)


def show(cases: list[Case], outputs: dict[str, dict], n: int) -> str:
    """The ``n`` longest leaked furniture pieces and the ``n`` most-cut story paragraphs."""
    leaks, cuts = [], []
    for case in cases:
        kept = kept_chars(case, (outputs.get(case.case_id) or {}).get("text") or "")
        for span, k, total in zip(case.spans, kept, span_chars(case)):
            text = case.raw_text[span.start : span.end].replace("\n", " ")
            if span.label == FURNITURE and k:
                leaks.append((-k, case.case_id, span.kind, text))
            elif span.label == STORY and k < total:
                cuts.append((k - total, case.case_id, span.kind, text))
    out = [f"--- {min(n, len(leaks))} of {len(leaks)} leaked pieces (most characters first)"]
    out += [f"{cid} [{kind}] {text[:150]!r}" for _, cid, kind, text in sorted(leaks)[:n]]
    out.append(f"--- {min(n, len(cuts))} of {len(cuts)} cut story paragraphs (most characters lost first)")
    out += [f"{cid} [{kind or 'story'}] lost {-d}: {text[:150]!r}" for d, cid, kind, text in sorted(cuts)[:n]]
    return "\n".join(out)


def counts(cases: list[Case]) -> str:
    """What the cases hold: cases by variant/language/layout/source, furniture pieces and chars by kind."""
    lines = [f"cases {len(cases)}"]
    for attr in ("variant", "language", "layout", "source"):
        c = Counter(getattr(x, attr) for x in cases)
        lines.append(f"{attr}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    pieces, chars, traps = Counter(), Counter(), Counter()
    for case in cases:
        for span in case.spans:
            if span.label == FURNITURE:
                pieces[span.kind] += 1
                chars[span.kind] += span.end - span.start
            elif span.label == STORY and span.kind:
                traps[span.kind] += 1
    lines.append(
        "furniture lines by kind (chars): "
        + ", ".join(f"{k} {pieces[k]} ({chars[k]})" for k in sorted(pieces))
    )
    for attr in ("language", "layout"):
        c = Counter()
        for case in cases:
            c[getattr(case, attr)] += sum(s.end - s.start for s in case.spans if s.label == FURNITURE)
        lines.append(f"furniture chars by {attr}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    lines.append(
        f"story paragraphs {sum(1 for c in cases for s in c.spans if s.label == STORY)}; traps: "
        + ", ".join(f"{k} {v}" for k, v in sorted(traps.items()))
    )
    lines.append(
        f"with headline {sum(c.title is not None for c in cases)}, byline {sum(bool(c.byline) for c in cases)}"
        f" (multi-author {sum(len(c.byline) > 1 for c in cases)}), wire named "
        f"{sum(bool(c.publisher) for c in cases)}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    parser.add_argument("--half", type=int, choices=[0, 1], help="only this half of the split (by case id)")
    parser.add_argument("--data", type=Path, default=None, help="shared data folder (default: found)")
    parser.add_argument("--show", type=int, default=0, help="print N longest leaks and N most-cut paragraphs")
    parser.add_argument("--counts", action="store_true", help="print what the split holds; run nothing")
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: a temporary one)")
    parser.add_argument("--repo", type=Path, default=REPO, help="checkout whose pipeline runs")
    parser.add_argument("--json", action="store_true", help="print the score as JSON")
    parser.add_argument("pipeline_args", nargs="*", help="extra pipeline options, after --")
    args = parser.parse_args(argv)
    cases = [c for c in build_cases(args.data or shared.DATA) if args.split in ("all", c.split)]
    if args.half is not None:
        # Tune on one half of dev, check on the other that a change generalises beyond the cases it was made for.
        cases = [c for c in cases if half_of(c.case_id) == args.half]
    if args.counts:
        print(counts(cases))
        return
    with tempfile.TemporaryDirectory(prefix="blind-furniture-") as tmp:
        work = args.keep or Path(tmp)
        write_cases(cases, work / "input")
        run_pipeline(work / "input", work / "output", args.pipeline_args, args.repo)
        outputs = read_outputs(work / "output")
    result = score(cases, outputs)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else report(result))
    if args.show:
        print(show(cases, outputs, args.show))


if __name__ == "__main__":
    main()
