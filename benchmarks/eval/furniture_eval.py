"""Black-box run of the pipeline on the furniture evaluation set, then its score.

    python -m benchmarks.eval.furniture_eval --split dev [--half 0|1] [--show 10] [--show-losses 20]
                                             [--data ../shared/data] [--keep DIR]

Writes every case of the split as ``<case_id>.txt`` (UTF-8) into a temporary folder, runs
``python -m pipeline --input DIR --output OUT --furniture_min_docs 0`` from the repository root (the
cross-document furniture stage is off: every page here is from a different site), reads each Parquet file
under OUT whose name starts with ``articles`` or ``duplicates``, maps rows back to cases by the file name in
``source``, and prints ``furniture_set.score``. A case with no row (rejected) is scored as empty text.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq

from benchmarks.eval.furniture_set import DATA_DIR, Case, contains, load_cases, normalise, score

REPO = Path(__file__).resolve().parents[2]
FIELDS = ("text", "title", "publisher", "byline")
TABLES = ("articles", "duplicates")


def half_of(case_id: str) -> int:
    """0 or 1, fixed by the case id: tune on half 0 of a split and check on half 1 that a change generalises."""
    return hashlib.sha256(case_id.encode()).digest()[0] % 2


def write_cases(cases: list[Case], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for case in cases:
        (folder / f"{case.case_id}.txt").write_text(case.raw_text, encoding="utf-8")


def read_outputs(out: Path) -> dict[str, dict]:
    """{case_id: {text, title, publisher, byline}} from the kept and duplicate rows under ``out``."""
    rows: dict[str, dict] = {}
    for path in sorted(out.rglob("*.parquet")):
        if not (path.name.startswith(TABLES) or path.parent.name in TABLES):
            continue
        columns = [c for c in ("source", *FIELDS) if c in pq.read_schema(path).names]
        table = pq.read_table(path, columns=columns)
        for row in table.to_pylist():
            case_id = Path(str(row.get("source") or "")).name.removesuffix(".txt")
            rows[case_id] = {k: row[k] for k in FIELDS if k in row}
    return rows


def run_pipeline(inp: Path, out: Path, extra: list[str], repo: Path = REPO) -> None:
    cmd = [sys.executable, "-m", "pipeline", "--input", str(inp), "--output", str(out)]
    cmd += ["--furniture_min_docs", "0"]
    subprocess.run(cmd + extra, cwd=repo, check=True, stdout=subprocess.DEVNULL)


def _percent(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def report(result: dict) -> str:
    leaked_chars = sum(v["leaked"] for v in result["kind_chars"].values()) or 1
    top = sorted(result["kind_chars"].items(), key=lambda kv: -kv[1]["leaked"])[:8]
    lines = [
        f"cases {result['cases']}  missing (no kept/duplicate row) {len(result['missing'])}",
        f"furniture leaked {_percent(result['leaked'])}   story paragraphs kept {_percent(result['kept'])}",
        (
            f"leaked of test-only vocabulary {_percent(result['leaked_unseen'])}, "
            f"of the rest {_percent(result['leaked_seen'])}"
        ),
        "leaked by kind: " + ", ".join(f"{k} {_percent(v)}" for k, v in result["by_kind"].items()),
        "largest shares of all leaked characters: " + ", ".join(
            f"{k} {_percent(v['leaked'] / leaked_chars)}" for k, v in top
        ),
    ]
    for group in ("by_language", "by_source", "by_layout"):
        parts = [
            f"{k} leaked {_percent(v['leaked'])} kept {_percent(v['kept'])}" for k, v in result[group].items()
        ]
        lines.append(f"{group[3:]}: " + ", ".join(parts))
    for name in ("title", "publisher", "byline"):
        if name in result:
            r = result[name]
            lines.append(f"{name}: accuracy {_percent(r['accuracy'])} of {r['cases']}; "
                         f"spurious {_percent(r['spurious'])} of {r['cases_without']} without one")
    return "\n".join(lines)


def show(cases: list[Case], outputs: dict[str, dict], n: int, kinds: set[str] | None = None) -> str:
    """Up to ``n`` leaked furniture pieces (of ``kinds`` only, when given), the longest of each kind in turn so
    every kind shows, and the first ``n`` lost story paragraphs."""
    by_kind: dict[str, list[tuple[int, str, str, str]]] = defaultdict(list)
    lost = []
    for case in cases:
        text = normalise((outputs.get(case.case_id) or {}).get("text") or "")
        for kind, piece in case.furniture:
            if (kinds is None or kind in kinds) and contains(text, normalise(piece)):
                by_kind[kind].append((-len(piece), case.case_id, case.language, piece))
        lost += [(case.case_id, case.language, p) for p in case.story_paragraphs if normalise(p) not in text]
    queues = [sorted(v) for _, v in sorted(by_kind.items())]
    leaks = [(q[i][1], q[i][2], kind, q[i][3]) for i in range(n) for kind, q in zip(sorted(by_kind), queues)
             if i < len(q)][:n]
    out = [f"--- {len(leaks)} leaks, the longest of each kind in turn, of {sum(map(len, queues))}"]
    out += [f"{cid} ({lang}) [{kind}] {text[:160]!r}" for cid, lang, kind, text in leaks]
    out.append(f"--- {min(n, len(lost))} lost paragraphs of {len(lost)}")
    out += [f"{cid} ({lang}) {p[:160]!r}" for cid, lang, p in lost[:n]]
    return "\n".join(out)


def losses(cases: list[Case], outputs: dict[str, dict], n: int) -> str:
    """Up to ``n`` lost story paragraphs, each with the rules whose removals, when ``clean`` runs on the case's
    raw text in this process, overlap it (the pipeline's own run records no removals)."""
    from wirewash.transforms.core.cleaning import CleanConfig, clean

    cfg = CleanConfig()
    out, count = [], 0
    for case in cases:
        text = normalise((outputs.get(case.case_id) or {}).get("text") or "")
        lost = [p for p in case.story_paragraphs if normalise(p) not in text]
        if not lost:
            continue
        removed = clean(case.raw_text, cfg, lambda _: None).removed
        for p in lost:
            count += 1
            # A removal cut this paragraph when most of its words are the paragraph's.
            words = set(normalise(p).split())
            rules = sorted({
                r.rule for r in removed
                if (cut := set(normalise(r.text).split())) and 2 * len(cut & words) >= len(cut)
            })
            if len(out) < n:
                out.append(f"{case.case_id} ({case.language}) {','.join(rules) or '?'}: {p[:200]!r}")
    return "\n".join([f"--- {len(out)} lost paragraphs of {count}, with the rules that cut them", *out])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    parser.add_argument("--half", type=int, choices=[0, 1], help="score only this half of the split (half_of)")
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    parser.add_argument("--show", type=int, default=0, help="print N worst leaks and N lost paragraphs")
    parser.add_argument("--kinds", help="comma-separated furniture kinds --show lists (default: all)")
    parser.add_argument(
        "--show-losses", type=int, default=0, help="print N lost story paragraphs and the rules that cut them"
    )
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: a temporary one)")
    parser.add_argument(
        "--repo", type=Path, default=REPO, help="checkout whose pipeline runs (default: this one)"
    )
    parser.add_argument("--json", action="store_true", help="print the score as JSON")
    parser.add_argument("pipeline_args", nargs="*", help="extra pipeline options, after --")
    args = parser.parse_args(argv)
    cases = load_cases(args.split, args.data)
    if args.half is not None:
        cases = [c for c in cases if half_of(c.case_id) == args.half]
    with tempfile.TemporaryDirectory(prefix="furniture-eval-") as tmp:
        work = args.keep or Path(tmp)
        write_cases(cases, work / "input")
        run_pipeline(work / "input", work / "output", args.pipeline_args, args.repo)
        outputs = read_outputs(work / "output")
    result = score(cases, outputs)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else report(result))
    if args.show:
        print(show(cases, outputs, args.show, set(args.kinds.split(",")) if args.kinds else None))
    if args.show_losses:
        print(losses(cases, outputs, args.show_losses))


if __name__ == "__main__":
    main()
