"""Generate one split of blind5, run wirewash over it, and score the output.

    python -m benchmarks.eval.blind5 --split dev|test [--wirewash DIR] [--keep DIR] [--python EXE]

Dev prints per-kind leak rates and, with --keep, writes DIR/leaks.txt (every leaked piece); test prints
aggregate figures only and never an example, so its wordings cannot be tuned to.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.shared import REPO, data_dir

from .build import build
from .score import score_output

# Duplicates would hide pages from scoring; no page's body repeats another, so only exact copies would merge.
_NO_DEDUP = ("--threshold", "1.0")


# ``python -m pipeline`` with the shim folder (argv[1]) first on the path, ahead of the working directory.
_BOOT = ("import runpy, sys; sys.path.insert(0, sys.argv.pop(1)); "
         "runpy.run_module('pipeline', run_name='__main__', alter_sys=True)")


def _package_shim(checkout: Path, folder: Path) -> Path:
    """A folder holding a ``wirewash`` package whose ``pipeline`` and ``transforms`` link to ``checkout``'s,
    so that ``wirewash.*`` imports resolve to ``checkout`` and not to the checkout this interpreter installed
    in editable mode (whose finder answers for the subpackages a plain ``wirewash/`` folder lacks)."""
    package = folder / "wirewash"
    package.mkdir(parents=True, exist_ok=True)
    for name in ("__init__.py", "__main__.py"):
        (package / name).write_bytes((checkout / "wirewash" / name).read_bytes())
    for name in ("pipeline", "transforms"):
        if not (package / name).exists():
            (package / name).symlink_to(checkout / name)
    return folder


def _table(figures: dict, split: str, name: str = "blind5") -> str:
    lines = [f"{name} {split}: {figures['pages']} pages, {figures['scored']} scored, "
             f"{figures['duplicates']} duplicates, {len(figures['rejected'])} rejected, "
             f"{len(figures['missing'])} missing",
             f"  furniture leaked   {figures['leaked_pct']:6.2f}%  of {figures['furniture_chars']} chars",
             f"  test-only wordings {figures['test_only_leaked_pct']:6.2f}%  leaked "
             f"({figures['test_only_share_pct']:.1f}% of the furniture)",
             f"  story kept         {figures['story_kept_pct']:6.2f}%  of paragraphs "
             f"({figures['pages_all_story_kept_pct']:.1f}% of pages whole)",
             f"  title right        {figures['title_pct']:6.2f}%",
             f"  byline right       {figures['byline_pct']:6.2f}%  of {figures['byline_pages']} pages naming "
             f"authors; {figures['byline_invented']} bylines where none was injected"]
    lines.append("  by format: " + ", ".join(f"{ext} {v['leaked_pct']:.2f}% of {v['pages']} pages"
                                             for ext, v in figures["formats"].items()))
    lines.append("  kind               leaked%   chars")
    lines += [f"  {kind:<18} {v['leaked_pct']:6.2f}  {v['injected']:7d}"
              for kind, v in figures["kinds"].items()]
    for doc, reason in sorted(figures["rejected"].items()):
        lines.append(f"  rejected {doc}: {reason}")
    return "\n".join(lines)


Builder = Callable[[str, Path, Path], list[dict]]


def run(split: str, work: Path, checkout: Path, python: str, keep: bool, build: Builder = build,
        name: str = "blind5") -> int:
    """Build ``split`` under ``work`` with ``build`` (blind5's, or another set's writing the same truth
    records), run the pipeline of ``checkout`` on it, print the figures; with ``keep``, also write the scores
    (and, for dev, every leaked piece) into ``work``. Returns the exit code (the pipeline's, when it
    fails)."""
    truth = build(split, work / f"input-{split}", data_dir())
    output = work / f"output-{split}"
    launch = ["-m", "pipeline"]
    if checkout != REPO.resolve():
        launch = ["-c", _BOOT, str(_package_shim(checkout, work / "shim"))]
    done = subprocess.run([python, *launch, "--input", str(work / f"input-{split}"), "--output", str(output),
                           *_NO_DEDUP], cwd=checkout, capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stdout[-2000:], done.stderr[-4000:], sep="\n", file=sys.stderr)
        return done.returncode
    figures, scores = score_output(truth, output)
    print(_table(figures, split, name))
    if keep:
        for name in (f"scores-{split}.json", "scores.json"):
            (work / name).write_text(json.dumps(figures, indent=1, ensure_ascii=False), encoding="utf-8")
        if split == "dev":
            with open(work / "leaks.txt", "w", encoding="utf-8") as fh:
                for s in scores:
                    fh.writelines(f"{s.doc_id}\t{kind}\t{text}\n" for kind, text in s.leaks)
    return 0


def main(argv: list[str] | None = None, build: Builder = build, name: str = "blind5",
         doc: str = __doc__) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m benchmarks.eval.{name}", description=doc.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "test"), required=True)
    parser.add_argument("--wirewash", type=Path, default=REPO,
                        help="checkout whose pipeline to run (default: this one)")
    parser.add_argument("--keep", type=Path,
                        help="folder for the input, output, scores.json (and dev leaks.txt)")
    parser.add_argument("--python", default=sys.executable, help="interpreter that runs the pipeline")
    args = parser.parse_args(argv)
    checkout = args.wirewash.resolve()
    if args.keep:
        return run(args.split, args.keep.resolve(), checkout, args.python, True, build, name)
    with tempfile.TemporaryDirectory(prefix=f"{name}-") as work:
        return run(args.split, Path(work), checkout, args.python, False, build, name)


if __name__ == "__main__":
    sys.exit(main())
