"""Train the furniture score (``transforms/core/cleaning/learned``) and write its weights module.

    python benchmarks/furniture_model.py [--data ../shared/data] [--write]

Examples, dev splits only, so every test split stays unseen:
- furniture: the pieces the blind furniture sets 5 to 9 injected into their dev pages (written by helpers
  who had not read the rules), in English or in ASCII; headlines, bylines, standfirsts and pull quotes are left
  out (the head passes read them into fields, and a standfirst or pull quote is story prose);
- story: those pages' own paragraphs, and every paragraph (BBC News, Reuters-21578, the extraction benchmark's
  hand-checked pages: their subheads, lists and blog prose) that ``over_removal.py`` puts in dev, less any
  paragraph of a body a blind set puts in test; and each sentence of such a paragraph of several (``_story``);
- furniture alone: ``benchmarks/eval/furniture_train/`` (2,501 English paragraphs of 70 kinds from 236 outlets
  and generic pages), ``benchmarks/eval/furniture_train2/`` (2,497 of 78 kinds from 213 outlets) and
  ``benchmarks/eval/furniture_train3/`` (3,259 of 96 kinds from 417 outlets), each written by a helper who had
  read neither the repository nor the other corpora; training only, less their bylines.

``benchmarks/eval/furniture_heldout/`` (2,513 paragraphs of 89 kinds by another helper, who read neither the
repository nor the first corpus) is never fitted on: the report gives the share of its characters the defaults
take. Fitted on as well, it moved the held-out grid little, and the bars the rules' keep tests then need took
less (30.4% of held-out furniture characters against 33.0%), so it measures instead. So does
``benchmarks/eval/furniture_heldout2/`` (3,052 lines of 115 kinds from 497 outlets, by a helper who read neither
the repository nor any corpus, written in session 36 to train on): fitted on, it raised the defaults on
``furniture_heldout`` from 31.1% to 36.6% and on blind7's dev pages from 37.9% to 38.5%, but took story text
the tests keep (an interview's "Reporter: Thank you.", its words 3.6 over the short bar of 3.5; a "Pictured:"
sentence of a story about a picture), one more held-out story paragraph, and blind6 dev's leak rose from 1.10%
to 1.18% with blind5-8 dev otherwise unchanged.

The model is a logistic regression over ``features`` (binary), each class weighted to half the loss, L2,
fitted with full-batch Adam for a fixed number of steps (deterministic). It prints, before fitting on
everything, the figures of a fit that did not see blind7's dev pages or a fifth of the story documents, on
those: the share of furniture characters scored over each threshold, and story paragraphs scored over it.
``--write`` writes the full fit's weights (rounded, small ones dropped) to ``weights_en.py``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections import Counter
from functools import partial
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from wirewash.transforms.core.cleaning import CleanConfig
from wirewash.transforms.core.cleaning.cues import sentences
from wirewash.transforms.core.cleaning.learned.features import WORDS, features
from wirewash.transforms.core.cleaning.learned.scored import over_bars, story_sentence

from benchmarks import over_removal, shared
from benchmarks.eval.blind5 import bodies as b5_bodies
from benchmarks.eval.blind5.build import build as b5_build
from benchmarks.eval.blind6 import bodies as b6_bodies
from benchmarks.eval.blind6.build import build as b6_build
from benchmarks.eval.blind7 import bodies as b7_bodies
from benchmarks.eval.blind7.build import build as b7_build
from benchmarks.eval.blind8 import bodies as b8_bodies
from benchmarks.eval.blind8.build import build as b8_build
from benchmarks.eval.blind9 import bodies as b9_bodies
from benchmarks.eval.blind9.build import build as b9_build
from benchmarks.eval.scoring import normalise

WEIGHTS = REPO / "transforms" / "core" / "cleaning" / "learned" / "weights_en.py"
# Furniture paragraphs alone, for training only (no page, no split): benchmarks/eval/furniture_train/README.md,
# furniture_train2/ and furniture_train3/, each by a helper who had read neither the repository nor the others.
TRAINING_FURNITURE = tuple(
    REPO / "benchmarks" / "eval" / name / "furniture.jsonl"
    for name in ("furniture_train", "furniture_train2", "furniture_train3")
)
# Furniture by other writers, never fitted on: how the score does on wordings no fit has seen.
HELDOUT_FURNITURE = tuple(
    REPO / "benchmarks" / "eval" / name / "furniture.jsonl" for name in ("furniture_heldout", "furniture_heldout2")
)
_LEFT_OUT = frozenset({"headline", "byline", "standfirst", "pull_quote"})
_STEPS, _RATE, _L2, _MIN_COUNT, _KEEP = 300, 0.05, 1e-4, 2, 0.02
_SENTENCE = "#sentence"  # the group suffix of a story paragraph's sentence: fitted on, reported as no paragraph


def examples(data: Path) -> list[tuple[str, int, str]]:
    """(paragraph, 1 furniture / 0 story, group) over the dev splits; the group is the page or document."""
    test_paragraphs = {
        normalise(p) for body in (
            *b5_bodies.pick_bodies(data), *b6_bodies.load_bodies(data), *b7_bodies.load_bodies(data),
            *b8_bodies.load_bodies(data), *b9_bodies.load_bodies(data),
        ) if body.split == "test" for p in body.paragraphs
    }
    found: list[tuple[str, int, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in (("b5", b5_build), ("b6", b6_build), ("b7", b7_build), ("b8", b8_build),
                            ("b9", b9_build)):
            for page in build("dev", Path(tmp) / name / "pages", data):
                group = f"{name}:{page['doc_id']}"
                english = page.get("lang", "en") == "en"
                for segment in page["segments"]:
                    if segment["kind"] in _LEFT_OUT:
                        continue
                    for piece in segment.get("lines") or segment["pieces"]:
                        if piece.strip() and (english or piece.isascii()):
                            found.append((piece.strip(), 1, group))
                found += _story(page["paragraphs"], group, test_paragraphs)
    for doc in over_removal.load_docs(data):
        if doc.split == "dev" and doc.layout == "para":
            found += _story(doc.paragraphs, f"or:{doc.doc_id}", test_paragraphs)
    return found + [row for path in TRAINING_FURNITURE for row in _furniture_alone(path, "ft")]


def _story(paragraphs: list[str], group: str, test_paragraphs: set[str]) -> list[tuple[str, int, str]]:
    """Story examples: each paragraph not in a test split, and each sentence of one with several. The pass scores
    a paragraph's sentences alone to keep one of the story's (``story_sentence``), so the fit must see story
    sentences, not only the paragraphs: a short one ("Prices rose again in May.") otherwise has furniture's
    length, which the furniture corpora's many short lines teach."""
    rows = []
    for p in paragraphs:
        if normalise(p) not in test_paragraphs:
            pieces = sentences(p)
            rows.append((p, 0, group))
            if len(pieces) > 1:
                rows += [(piece, 0, group + _SENTENCE) for piece in pieces]
    return rows


def _furniture_alone(path: Path, group: str) -> list[tuple[str, int, str]]:
    with path.open(encoding="utf-8") as lines:
        rows = [row for row in map(json.loads, lines) if row["kind"] not in _LEFT_OUT]
    return [(row["text"], 1, f"{group}:{row['outlet']}") for row in rows]


def fit(rows: list[tuple[str, int, str]]) -> dict[str, float]:
    """Logistic-regression weights by feature (features seen fewer than ``_MIN_COUNT`` times get none)."""
    sets = [features(text) for text, _, _ in rows]
    counts = Counter(f for s in sets for f in s)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= _MIN_COUNT))}
    cols_of = [[vocab[f] for f in sorted(s) if f in vocab] for s in sets]
    row_of = np.repeat(np.arange(len(rows)), [len(c) for c in cols_of])
    cols = np.fromiter((c for cs in cols_of for c in cs), dtype=np.int64, count=len(row_of))
    y = np.array([label for _, label, _ in rows], dtype=float)
    weight = np.where(y == 1, len(y) / (2 * y.sum()), len(y) / (2 * (len(y) - y.sum()))) / len(y)
    w, m, v = np.zeros(len(vocab)), np.zeros(len(vocab)), np.zeros(len(vocab))
    for step in range(1, _STEPS + 1):
        p = 1 / (1 + np.exp(-np.bincount(row_of, weights=w[cols], minlength=len(rows))))
        g = np.bincount(cols, weights=((p - y) * weight)[row_of], minlength=len(w)) + _L2 * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= _RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return {f: float(w[i]) for f, i in vocab.items()}


def _scores(weights: dict[str, float], text: str) -> tuple[float, float]:
    found = features(text)
    return sum(weights.get(f, 0.0) for f in found), sum(weights.get(f, 0.0) for f in found if f[:2] in WORDS)


def _taken(weights: dict[str, float], text: str, cfg: CleanConfig) -> bool:
    """The pass's decision on one paragraph with ``weights``: over the bars, and no sentence scoring as story."""
    total, words = _scores(weights, text)
    return over_bars(total, words, len(text.split()), cfg) and not story_sentence(text, partial(_scores, weights))


def _held_out(group: str) -> bool:
    return group.startswith("b7:") or (group.startswith("or:") and hashlib.sha256(group.encode()).digest()[0] < 51)


def report(rows: list[tuple[str, int, str]]) -> None:
    weights = fit([r for r in rows if not _held_out(r[2])])
    scored = [
        (*_scores(weights, text), label, text) for text, label, group in rows
        if _held_out(group) and not group.endswith(_SENTENCE)
    ]
    furniture = sum(len(t) for _, _, label, t in scored if label)
    stories = sum(1 for _, _, label, _ in scored if not label)
    print(f"held out: {furniture} furniture characters (blind7 dev), {stories} story paragraphs")
    for threshold in (1, 2, 3, 4, 5):
        for words in (-99, 0, 1, 2):
            caught = sum(len(t) for s, w, label, t in scored if label and s > threshold and w > words)
            lost = sum(1 for s, w, label, _ in scored if not label and s > threshold and w > words)
            print(f"  score > {threshold}, words > {words:3}: furniture {caught / furniture:6.1%}   "
                  f"story paragraphs {lost} ({lost / stories:.3%})")
    # The pass's own decision with the default bars (a paragraph under 12 words, a subhead's length, needs its
    # words to score more), and a paragraph with a sentence scoring as story kept.
    cfg = CleanConfig()
    chosen = [(label, t) for _, _, label, t in scored if _taken(weights, t, cfg)]
    caught = sum(len(t) for label, t in chosen if label)
    lost = sum(1 for label, _ in chosen if not label)
    print(f"  the defaults (score > {cfg.furniture_score}, words > {cfg.furniture_word_score}, > "
          f"{cfg.furniture_short_word_score} under 12 words, no sentence scoring as story): furniture "
          f"{caught / furniture:6.1%}   story paragraphs {lost}")
    # Less what both writers wrote ("Advertisement", "Subscribe"): only wordings the fit has not seen.
    seen = {text for text, _, group in rows if group.startswith("ft:")}
    for path in HELDOUT_FURNITURE:
        other = [t for t, _, _ in _furniture_alone(path, "fh") if t not in seen]
        taken = sum(len(t) for t in other if _taken(weights, t, cfg))
        chars = sum(map(len, other))
        print(f"  the defaults on another writer's furniture ({path.parent.name}, alone, never fitted, "
              f"less texts the fitted corpus has too): {taken / chars:.1%} of {chars} characters")


def write(weights: dict[str, float], path: Path) -> None:
    kept = {f: round(w, 3) for f, w in sorted(weights.items()) if abs(w) >= _KEEP or f == "bias"}
    lines = [f"    {json.dumps(f, ensure_ascii=False)}: {w!r}," for f, w in kept.items()]
    path.write_text(
        '"""Generated by ``python benchmarks/furniture_model.py --write``: do not edit. The furniture score\'s '
        'weights by\nfeature (``features.features``), a logistic regression\'s log-odds."""\n'
        "WEIGHTS: dict[str, float] = {\n" + "\n".join(lines) + "\n}\n",
        encoding="utf-8",
    )
    print(f"wrote {len(kept)} of {len(weights)} weights to {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--write", action="store_true", help="fit on every example and write the weights")
    args = parser.parse_args(argv)
    data = args.data or shared.data_dir()
    rows = examples(data)
    print(f"{len(rows)} examples, {sum(r[1] for r in rows)} furniture")
    report(rows)
    if args.write:
        write(fit(rows), WEIGHTS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
