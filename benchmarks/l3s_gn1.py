"""Article extraction on L3S-GN1: 621 Google News pages of 2008 from 408 sites, each labelled by hand.

The dataset (Kohlschuetter et al., WSDM 2010) is for research use only, so it is never committed: point
``--data`` or ``$WIREWASH_L3S`` at the folder holding its ``original/`` and ``annotated/`` pages (the HTML
conversion of the WARC file, github.com/geodrome/page-signal, folder L3S-GN1-20100130203947-00001).

Labels: the annotated copy of each page wraps every text block in ``<span class="x-nc-selN">``, N = 0 not
content, 1 headline, 2 full text, 3 supplemental (captions), 4 related content, 5 comments; spans nest, so a
text node takes the label of its innermost labelled span. Text under ``x-nc-invisible`` is not shown, so not
counted.

Score: per page, token-level F1 of the extracted text against the labelled text, as bags of lower-cased word
tokens (the annotated copies lost some punctuation to "?", which word tokens do not see); the mean over pages
of precision, recall and F1. Two views: headline + body (labels 1 and 2 against the extracted title and
text) and body only (label 2 against the text). wirewash reads each original page as the pipeline does
(``html_doc``: decoding, extraction, metadata) and cleans it (``to_article``); trafilatura alone is
``bare_extraction`` on the same decoded text with its defaults. Pages fall in a dev or test half by a hash of
the file name: tune on dev, run test once.

    python benchmarks/l3s_gn1.py --data /work/l3s/L3S-GN1-20100130203947-00001 --split dev
    python benchmarks/l3s_gn1.py --split dev --worst 5     # the worst dev pages' surplus and missing text
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from wirewash.transforms.core.article import to_article  # noqa: E402
from wirewash.transforms.core.cleaning import CleanConfig  # noqa: E402
from wirewash.transforms.core.counters import noop  # noqa: E402
from wirewash.transforms.core.html import extract_page  # noqa: E402
from wirewash.transforms.core.readers.base import Reject  # noqa: E402
from wirewash.transforms.core.readers.html import html_doc  # noqa: E402
from wirewash.transforms.core.readers.text import to_text  # noqa: E402
from wirewash.transforms.core.schema import Rejected  # noqa: E402

ENV = "WIREWASH_L3S"
HEADLINE, BODY = 1, 2
# A too-short rejection would score as an empty prediction: every page's text is scored.
SCORE_CLEAN = CleanConfig(min_words=0)
_WORD_RE = re.compile(r"\w+")
_LABEL_RE = re.compile(r"\bx-nc-sel(\d)\b")


def tokens(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


def split_of(name: str) -> str:
    """"dev" or "test" by a hash of the page's file name: a fixed, order-free half of the pages."""
    return "dev" if hashlib.sha256(name.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def labelled_text(annotated: bytes) -> dict[int, str]:
    """The page's visible text by label (0-5): each text node under its innermost ``x-nc-selN`` span."""
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(annotated)
    parts: dict[int, list[str]] = {}

    def walk(element, label: int | None) -> None:
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "head", "title"):
            return
        cls = element.get("class") or ""
        if "x-nc-invisible" in cls:
            return
        m = _LABEL_RE.search(cls)
        inner = int(m[1]) if m else label
        if element.text and inner is not None:
            parts.setdefault(inner, []).append(element.text)
        for child in element:
            walk(child, inner)
            if child.tail and inner is not None:
                parts.setdefault(inner, []).append(child.tail)

    walk(tree, None)
    return {label: " ".join(texts) for label, texts in parts.items()}


@dataclass(frozen=True)
class Extracted:
    title: str
    text: str


def wirewash_of(name: str, data: bytes) -> Extracted:
    """The title and text the pipeline writes for this page (empty when it rejects the page)."""
    try:
        raw = html_doc(name, data, extract_page)
    except Reject:
        return Extracted("", "")
    article = to_article(raw, SCORE_CLEAN, noop)
    if isinstance(article, Rejected):
        return Extracted("", "")
    return Extracted(article.title or "", article.text)


def trafilatura_of(data: bytes) -> Extracted:
    import trafilatura

    doc = trafilatura.bare_extraction(to_text(data, html=True).text, with_metadata=True)
    if doc is None:
        return Extracted("", "")
    return Extracted(doc.title or "", doc.text or "")


def prf(truth: list[str], got: list[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 of two bags of tokens; an empty truth met by an empty answer is perfect."""
    if not truth and not got:
        return 1.0, 1.0, 1.0
    common = sum((Counter(truth) & Counter(got)).values())
    p = common / len(got) if got else 0.0
    r = common / len(truth) if truth else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True)
class PageScore:
    name: str
    split: str
    ours: Extracted
    theirs: Extracted
    headline: str
    body: str


def _job(args: tuple[str, bytes, bytes]) -> PageScore:
    name, original, annotated = args
    labels = labelled_text(annotated)
    return PageScore(
        name, split_of(name), wirewash_of(name, original), trafilatura_of(original),
        labels.get(HEADLINE, ""), labels.get(BODY, ""),
    )


def views(page: PageScore, who: Extracted) -> dict[str, tuple[float, float, float]]:
    return {
        "headline+body": prf(tokens(page.headline + " " + page.body), tokens(who.title + " " + who.text)),
        "body": prf(tokens(page.body), tokens(who.text)),
    }


def title_matches(page: PageScore, who: Extracted) -> bool:
    """Whether the extracted title is the labelled headline, word for word."""
    return bool(tokens(page.headline)) and tokens(page.headline) == tokens(who.title)


def mean(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    n = len(rows) or 1
    return tuple(sum(r[i] for r in rows) / n for i in range(3))  # type: ignore[return-value]


def report(pages: list[PageScore], split: str) -> None:
    chosen = [p for p in pages if split in ("all", p.split)]
    print(f"\n{split}: {len(chosen)} pages ({sum(1 for p in chosen if tokens(p.headline))} with a headline label)")
    for label, pick in (("wirewash        ", lambda p: p.ours), ("trafilatura alone", lambda p: p.theirs)):
        for view in ("headline+body", "body"):
            p, r, f = mean([views(page, pick(page))[view] for page in chosen])
            print(f"  {label} {view:>13}: F1 {f:.4f}  precision {p:.3f}  recall {r:.3f}")
        titles = sum(title_matches(page, pick(page)) for page in chosen)
        print(f"  {label}        titles: {titles}/{len(chosen)} equal to the labelled headline")


def show_worst(pages: list[PageScore], n: int) -> None:
    """The ``n`` dev pages where wirewash loses most headline+body F1, with its surplus and missing words."""
    dev = sorted((views(p, p.ours)["headline+body"][2], p.name, p) for p in pages if p.split == "dev")
    for f1, name, page in dev[:n]:
        truth = Counter(tokens(page.headline + " " + page.body))
        got = Counter(tokens(page.ours.title + " " + page.ours.text))
        print(f"\n=== {name} F1 {f1:.3f}  title {page.ours.title!r}  headline {page.headline.strip()[:100]!r}")
        print("  + " + " ".join((got - truth).elements())[:400])
        print("  - " + " ".join((truth - got).elements())[:400])


def load(folder: Path, split: str) -> list[tuple[str, bytes, bytes]]:
    names = sorted(p.name for p in (folder / "annotated").glob("*.html"))
    return [
        (name, (folder / "original" / name).read_bytes(), (folder / "annotated" / name).read_bytes())
        for name in names if split in ("all", split_of(name))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=os.environ.get(ENV),
                        help=f"the L3S-GN1 folder with original/ and annotated/ (default ${ENV})")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--worst", type=int, default=0, help="show the N worst dev pages")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.data is None or not (Path(args.data) / "annotated").is_dir():
        parser.error(f"no L3S-GN1 folder: pass --data or set ${ENV} (a folder with original/ and annotated/)")
    jobs = load(Path(args.data), args.split)
    with ProcessPoolExecutor(args.workers) as pool:
        pages = list(pool.map(_job, jobs, chunksize=4))
    for split in (("dev", "test") if args.split == "all" else (args.split,)):
        report(pages, split)
    if args.worst:
        show_worst(pages, args.worst)


if __name__ == "__main__":
    main()
