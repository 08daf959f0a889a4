"""Article-extraction benchmark: the pipeline's HTML path against plain trafilatura, same pages, same run.

Scores with the benchmark's own ``evaluate.py`` (4-gram shingles, per-page normalised TP/FP/FN, mean
precision and recall, F1 of the means), imported from the data folder so the metric is theirs, not a copy.

    python benchmarks/extraction.py                      # pipeline vs trafilatura, chosen settings
    python benchmarks/extraction.py --sweep              # also every extraction setting combination
    python benchmarks/extraction.py --worst 5            # show the worst dev pages' surplus text (never test's)
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from benchmarks import shared  # noqa: E402

from wirewash.transforms.core.article import to_article  # noqa: E402
from wirewash.transforms.core.cleaning import CleanConfig  # noqa: E402
from wirewash.transforms.core.counters import noop  # noqa: E402
from wirewash.transforms.core.html import EXTRACTION, ExtractionSettings, extract_page  # noqa: E402
from wirewash.transforms.core.parse import RawDoc, decode_text  # noqa: E402
from wirewash.transforms.core.schema import Rejected  # noqa: E402

DEFAULT_DATA = shared.DATA
# Scoring needs every page's text, short or not: a too-short rejection would score as an empty prediction.
SCORE_CLEAN = CleanConfig(min_words=0)
# Every field spelled out, so the sweep does not move when the chosen defaults do.
SWEEP = tuple(
    ExtractionSettings(favor_precision=p, favor_recall=r, include_tables=t, deduplicate=d, prune_furniture=f)
    for p, r, t, d, f in (
        (False, False, False, False, True),
        (False, False, True, False, True),
        (True, False, True, False, True),
        (True, False, True, False, False),
        (False, True, True, False, True),
        (False, False, True, True, True),
        (True, False, False, False, True),
        (True, False, True, True, True),
    )
)


def load_evaluate(bench: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("aeb_evaluate", bench / "evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pipeline_text(data: bytes, settings: ExtractionSettings) -> str:
    """The text the pipeline would write for this page: decode as parse_file does, extract_page, clean."""
    page = extract_page(decode_text(gzip.decompress(data)), settings)
    if page is None:
        return ""
    article = to_article(RawDoc("0" * 16, "page.html", page.text, title=page.title), SCORE_CLEAN, noop)
    return "" if isinstance(article, Rejected) else article.text


def trafilatura_text(data: bytes, settings: ExtractionSettings | None) -> str:
    import trafilatura

    html = decode_text(gzip.decompress(data))
    if settings is None:  # trafilatura alone, its own defaults
        return trafilatura.extract(html) or ""
    return trafilatura.extract(html, **settings.trafilatura_options()) or ""


def _job(args: tuple[str, bytes, ExtractionSettings]) -> tuple[str, str, str, str]:
    key, data, settings = args
    return key, pipeline_text(data, settings), trafilatura_text(data, None), trafilatura_text(data, settings)


def run(pages: dict[str, bytes], settings: ExtractionSettings, workers: int) -> tuple[dict, dict, dict]:
    ours: dict[str, dict] = {}
    plain: dict[str, dict] = {}
    raw: dict[str, dict] = {}
    jobs = [(key, data, settings) for key, data in pages.items()]
    with ProcessPoolExecutor(workers) as pool:
        for key, mine, theirs, same_settings in pool.map(_job, jobs, chunksize=4):
            ours[key] = {"articleBody": mine}
            plain[key] = {"articleBody": theirs}
            raw[key] = {"articleBody": same_settings}
    return ours, plain, raw


def score(evaluate: ModuleType, truth: dict, prediction: dict) -> dict[str, float]:
    m = evaluate.evaluate(truth, prediction, n_bootstrap=0)
    return {k: m[k] for k in ("f1", "precision", "recall", "accuracy")}


def split_of(key: str) -> str:
    """"dev" or "test" by a hash of the page id: a fixed, order-free half of the pages to tune on."""
    return "dev" if hashlib.sha256(key.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def by_split(truth: dict, prediction: dict, evaluate: ModuleType) -> dict[str, dict[str, float]]:
    """Scores on the dev half, the test half and all pages."""
    out = {"all": score(evaluate, truth, prediction)}
    for half in ("dev", "test"):
        keys = [k for k in truth if split_of(k) == half]
        out[half] = score(evaluate, {k: truth[k] for k in keys}, {k: prediction[k] for k in keys})
    return out


def fmt(m: dict[str, float]) -> str:
    return f"F1 {m['f1']:.4f}  precision {m['precision']:.3f}  recall {m['recall']:.3f}"


def show_worst(evaluate: ModuleType, truth: dict, ours: dict, n: int, half: str = "dev") -> None:
    """The ``n`` worst pages of one half (dev by default: tune on dev, never read the test pages): "+" our
    paragraphs the hand-checked body lacks, "-" its lines missing from ours."""
    per_page = []
    for key in truth:
        if split_of(key) != half:
            continue
        tp, fp, fn = evaluate.string_shingle_matching(truth[key]["articleBody"], ours[key]["articleBody"])
        per_page.append((fp + fn, fp, fn, key))
    for _, fp, fn, key in sorted(per_page, reverse=True)[:n]:
        print(f"\n=== {key[:16]} {truth[key]['url']}  fp={fp:.2f} fn={fn:.2f}")
        true_text = " ".join(" ".join(evaluate._tokenize(x)) for x in truth[key]["articleBody"].splitlines())
        our_text = " ".join(" ".join(evaluate._tokenize(x)) for x in ours[key]["articleBody"].splitlines())
        for para in ours[key]["articleBody"].split("\n\n"):
            if " ".join(evaluate._tokenize(para)) not in true_text:
                print("  + " + para[:160])
        for line in truth[key]["articleBody"].splitlines():
            if line.strip() and " ".join(evaluate._tokenize(line)) not in our_text:
                print("  - " + line.strip()[:160])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder (default ../shared/data)")
    parser.add_argument("--sweep", action="store_true", help="score every extraction setting combination")
    parser.add_argument(
        "--worst", type=int, default=0, help="print surplus (+) and missing (-) text of the N worst dev pages"
    )
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    bench = args.data / "article-extraction-benchmark"
    evaluate = load_evaluate(bench)
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {key: (bench / "html" / f"{key}.html.gz").read_bytes() for key in truth}
    print(f"{len(pages)} pages from {bench}")

    for settings in SWEEP if args.sweep else (EXTRACTION,):
        t0 = time.perf_counter()
        ours, plain, same = run(pages, settings, args.workers)
        took = time.perf_counter() - t0
        label = ", ".join(k for k, v in asdict(settings).items() if v) or "no tables"
        chosen = " (chosen)" if settings == EXTRACTION else ""
        print(f"\nsettings: {label}{chosen}   [{took:.1f} s for all three extractions, {args.workers} workers]")
        for name, prediction in (
            ("wirewash HTML path (extract + rules)", ours),
            ("trafilatura.extract, same settings  ", same),
            ("trafilatura.extract, its defaults   ", plain),
        ):
            for half, m in by_split(truth, prediction, evaluate).items():
                print(f"  {name} {half:>4}: {fmt(m)}")
        if args.worst and settings == EXTRACTION:
            show_worst(evaluate, truth, ours, args.worst)


if __name__ == "__main__":
    main()
