"""Over-removal on real story text: every real body in ../shared/data, with no furniture added, through the
Clean stage's pure function; whatever the cleaner removes is story text lost (but a headline moved to
``title``).

    python benchmarks/over_removal.py [--data ../shared/data] [--split dev|test|both] [--show N] [--workers 2]

Bodies: every BBC News article (the file as the pipeline reads it: headline line, blank line, paragraphs),
every Reuters-21578 body (paragraphs as ``benchmarks.corpus`` reads them, without the "Reuter" sign-off; the
form as distributed is ``reuters_loss.py``'s), and the article-extraction benchmark's hand-checked bodies (the
only non-English text in the data folder: 19 of 178 pages), loaded by the existing benchmarks' loaders. Each
body is fed twice: a paragraph a line with blank lines between (``para``), and every paragraph hard-wrapped at
70 columns (``wrap``, as wire feeds and e-mail archives set text). Each text goes through ``to_article`` with
``min_words=0`` (a short story is kept, not rejected, so only the cleaner's removals count).

The bodies hold a little furniture of their own, which the cleaner is right to remove and which counts as lost
here: Reuters' "(See ECRA for Spotlight Index)" and "Reuters" sign-off variants, and labels the extraction
benchmark's annotators kept (a closing copyright line, "Disclaimer").

A story paragraph is kept when its normalised text (``benchmarks.eval.scoring.normalise``: NFKC, case folded,
whitespace collapsed) is in the normalised output, the furniture set's measure. Characters removed are the
removals' lengths; each lost paragraph is charged to the rule of the largest removal overlapping it.

Split: a document is ``dev`` only when every benchmark that also holds it puts it in dev (the first furniture
set's ``split_of`` for all bodies, and the extraction benchmark's for its pages), so tuning on this dev never
reads another benchmark's test documents. Tune on dev; test paragraphs are never printed (``--show`` shows
dev only).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import textwrap
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from benchmarks import shared  # noqa: E402

from benchmarks import corpus  # noqa: E402
from benchmarks import extraction, reuters_loss  # noqa: E402
from benchmarks.eval import furniture_set  # noqa: E402
from benchmarks.eval.scoring import normalise  # noqa: E402
from wirewash.transforms.core.article import to_article  # noqa: E402
from wirewash.transforms.core.cleaning import CleanConfig  # noqa: E402
from wirewash.transforms.core.counters import noop  # noqa: E402
from wirewash.transforms.core.parse import RawDoc  # noqa: E402
from wirewash.transforms.core.schema import Rejected  # noqa: E402

# The pipeline's cleaner settings, but no too-short rejection: a rejected short story would be all lost.
CFG = dataclasses.replace(CleanConfig(), min_words=0)
HEADLINE_RULE = "headline"


@dataclass(frozen=True)
class Doc:
    doc_id: str
    corpus: str
    language: str
    split: str
    layout: str  # "para": a paragraph a line, blank lines between; "wrap": each paragraph hard-wrapped
    text: str  # what the pipeline reads
    headline: str | None  # the text's first line when it is the headline (BBC)
    paragraphs: tuple[str, ...]  # the story paragraphs that must all survive


def split_of(doc_id: str, page_split: dict[str, str]) -> str:
    """dev only when dev in every other benchmark holding the document (see the module docstring);
    ``page_split`` maps an extraction-benchmark body id to that benchmark's split of its page."""
    if furniture_set.split_of(doc_id) != "dev":
        return "test"
    return page_split.get(doc_id, "test") if doc_id.startswith("aeb-") else "dev"


def load_docs(data: Path) -> list[Doc]:
    docs: list[Doc] = []
    for s in corpus.load_bbc(str(data), min_words=0):
        title = furniture_set._repair_utf8(s.title)
        paras = furniture_set._paragraphs(s.body)
        docs.append(Doc(s.id, "bbc", "en", "", "para", f"{title}\n\n" + "\n\n".join(paras), title, paras))
    for s in corpus.load_reuters(str(data), min_words=0):
        # Without the sign-off ("Reuter", "REUTER", "reuter") that ends most bodies: furniture, not story.
        paras = tuple(p for p in furniture_set._paragraphs(reuters_loss._SIGNOFF.sub("", s.body)) if p)
        docs.append(Doc(s.id, "reuters", "en", "", "para", "\n\n".join(paras), None, paras))
    truth_file = data / "article-extraction-benchmark" / "ground-truth.json"
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    # The extraction benchmark splits by the full page key; the furniture set's body ids keep its first 16.
    page_split = {f"aeb-{key[:16]}": extraction.split_of(key) for key in truth}
    for b in furniture_set._aeb_bodies(data):
        paras = tuple(b.paragraphs)
        docs.append(Doc(b.id, "aeb", b.language, "", "para", "\n\n".join(paras), None, paras))
    docs = [dataclasses.replace(d, split=split_of(d.doc_id, page_split)) for d in docs]
    return docs + [wrapped(d) for d in docs]


WRAP_COLUMNS = 70  # Reuters-21578's, wire feeds' and e-mail's width


def wrapped(doc: Doc) -> Doc:
    """``doc`` as a wire feed or an e-mail archive sets it: every paragraph (the headline too) hard-wrapped at
    ``WRAP_COLUMNS``, blank lines between paragraphs. Scripts without spaces break anywhere."""
    paras = doc.text.split("\n\n")
    text = "\n\n".join(textwrap.fill(p, WRAP_COLUMNS, break_on_hyphens=False) for p in paras)
    return dataclasses.replace(doc, layout="wrap", text=text)


@dataclass
class Outcome:
    doc: Doc
    lost: list[tuple[int, str]]  # (paragraph index, rule charged)
    removed_chars: Counter  # rule -> characters removed (headline moved to title excluded)
    removals: list[tuple[str, str]]  # (rule, text), for --show
    headline_lost: bool


def measure(doc: Doc) -> Outcome:
    article = to_article(RawDoc("0" * 16, f"{doc.doc_id}.txt", doc.text), CFG, noop)
    if isinstance(article, Rejected):
        return Outcome(doc, [(i, "(rejected)") for i in range(len(doc.paragraphs))], Counter(), [], True)
    removed = [(r.rule, r.text) for r in article.removed]
    headline_lost = False
    if doc.headline is not None:
        head = normalise(doc.headline)
        for i, (rule, text) in enumerate(removed):
            if normalise(text) == head:
                headline_lost = normalise(article.title or "") != head
                del removed[i]  # the headline is no story paragraph
                break
    chars: Counter = Counter()
    for rule, text in removed:
        chars[rule] += len(text)
    out = normalise(article.text)
    norm_removed = [(rule, normalise(text)) for rule, text in removed]
    lost = []
    for i, para in enumerate(doc.paragraphs):
        p = normalise(para)
        if p in out:
            continue
        overlapping = [
            (len(t), rule) for rule, t in norm_removed
            if t and (t in p or p in t or t[:40] in p or p[:40] in t)
        ]
        lost.append((i, max(overlapping)[1] if overlapping else "(altered, no removal)"))
    return Outcome(doc, lost, chars, removed, headline_lost)


def report(outcomes: list[Outcome], split: str, show: int) -> None:
    mine = [o for o in outcomes if o.doc.split == split]
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in mine:
        groups[f"corpus {o.doc.corpus}"].append(o)
        groups[f"lang {o.doc.language}"].append(o)
        groups[f"layout {o.doc.layout}"].append(o)
    groups["ALL"] = mine
    print(f"\n=== {split}: {len(mine)} texts ({len(mine) // 2} bodies, each in both layouts)")
    print(f"  {'':14} {'docs':>6} {'paras':>7} {'lost':>5} {'kept':>8} {'chars':>10} {'removed':>8} "
          f"{'share':>7}")
    order = ("corpus", "layout", "lang", "ALL")
    for name in sorted(groups, key=lambda g: (order.index(g.split()[0]), g)):
        os_ = groups[name]
        paras = sum(len(o.doc.paragraphs) for o in os_)
        lost = sum(len(o.lost) for o in os_)
        chars = sum(sum(map(len, o.doc.paragraphs)) for o in os_)
        removed = sum(sum(o.removed_chars.values()) for o in os_)
        kept = 100 * (1 - lost / paras) if paras else 100.0
        print(f"  {name:14} {len(os_):6} {paras:7} {lost:5} {kept:7.2f}% {chars:10} {removed:8} "
              f"{100 * removed / max(chars, 1):6.3f}%")
    headlines = [o for o in mine if o.doc.headline is not None]
    dropped = sum(o.headline_lost for o in headlines)
    print(f"  headlines dropped without reaching title: {dropped}/{len(headlines)}")
    if split != "dev":
        return
    by_rule_paras: Counter = Counter(rule for o in mine for _, rule in o.lost)
    by_rule_chars: Counter = Counter()
    for o in mine:
        by_rule_chars.update(o.removed_chars)
    print("  story paragraphs lost by rule:", dict(by_rule_paras.most_common()))
    print("  characters removed by rule:   ", dict(by_rule_chars.most_common()))
    shown = 0
    for o in sorted(mine, key=lambda o: (-len(o.lost), o.doc.doc_id)):
        if shown >= show or not o.lost:
            break
        shown += 1
        d = o.doc
        lost = f"{len(o.lost)}/{len(d.paragraphs)} paragraphs lost"
        print(f"\n--- {d.doc_id} {d.layout} ({d.language}): {lost}")
        for i, rule in o.lost:
            print(f"  LOST[{i}] {rule}: {o.doc.paragraphs[i][:200]!r}")
        for rule, text in o.removals:
            print(f"  removed {rule}: {text[:160]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=shared.DATA)
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--show", type=int, default=0, help="print the N dev texts that lost most paragraphs")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    docs = load_docs(args.data)
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    docs = [d for d in docs if d.split in splits]
    start = time.perf_counter()
    with ProcessPoolExecutor(args.workers) as pool:
        outcomes = list(pool.map(measure, docs, chunksize=64))
    took = time.perf_counter() - start
    print(f"{len(docs)} real bodies, {took:.0f} s with {args.workers} workers "
          f"({1000 * took * args.workers / max(len(docs), 1):.2f} ms/doc of worker time, a loaded machine)")
    for split in splits:
        report(outcomes, split, args.show)


if __name__ == "__main__":
    main()
