"""The furniture set's dev bodies composed again with other seeds, cleaned in this process, then scored.

    python -m benchmarks.eval.recompose [--seeds 8] [--show-losses 20]

The set composes each body once (``pages.compose`` seeded by its id), so its dev split holds one layout and
one draw of furniture per body, and what a rule change moves there is a handful of paragraphs. This run adds
``--seeds`` more compositions of every dev body (seed ``<id>~<k>``, dev vocabulary only), runs ``clean`` on
each page in this process (no pipeline: the text is what ``clean`` returns) and prints ``furniture_set.score``
over all of them, the set's own compositions included, and with ``--show-losses`` the lost story paragraphs
grouped by the rules whose removals overlap them (as ``furniture_eval --show-losses`` names them). Dev only:
test bodies are never composed here.
"""
from __future__ import annotations

import argparse
from collections import Counter

from benchmarks.eval.furniture_eval import report
from benchmarks.eval.furniture_set import DATA_DIR, Case, load_bodies, normalise, score, split_of
from benchmarks.eval.pages import compose
from wirewash.transforms.core.cleaning import CleanConfig, clean


def recomposed(seeds: int, data=DATA_DIR) -> list[Case]:
    """The dev cases, then each dev body composed ``seeds`` more times (case id ``<id>~<k>``)."""
    cases = []
    for body in (b for b in load_bodies(data) if split_of(b.id) == "dev"):
        for k in range(seeds + 1):
            seed = body.id if k == 0 else f"{body.id}~{k}"
            page = compose(seed, body.paragraphs, body.title, body.language, "dev")
            cases.append(Case(
                case_id=f"{body.id}~{k}", split="dev", language=page.language, raw_text=page.raw_text,
                story_paragraphs=body.paragraphs, furniture=page.furniture, title=page.title,
                publisher=page.publisher, byline=page.byline, wrapped=page.wrapped, body_language=body.language,
                source=body.source, invisible=page.invisible, unseen=page.unseen,
            ))
    return cases


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, default=8, help="compositions of each dev body beyond its own")
    parser.add_argument("--data", default=DATA_DIR)
    parser.add_argument("--show-losses", type=int, default=0, help="print N lost paragraphs and their rules")
    args = parser.parse_args(argv)
    cfg = CleanConfig()
    cases = recomposed(args.seeds, args.data)
    outputs, lost, by_rules = {}, [], Counter()
    for case in cases:
        out = clean(case.raw_text, cfg, lambda _: None)
        outputs[case.case_id] = {"text": out.text, "title": out.title, "publisher": out.publisher,
                                 "byline": out.byline}
        text = normalise(out.text)
        for p in case.story_paragraphs:
            if normalise(p) in text:
                continue
            words = set(normalise(p).split())
            rules = ",".join(sorted({
                r.rule for r in out.removed
                if (cut := set(normalise(r.text).split())) and 2 * len(cut & words) >= len(cut)
            })) or "?"
            by_rules[rules] += 1
            lost.append(f"{case.case_id} ({case.language}) {rules}: {p[:160]!r}")
    print(report(score(cases, outputs)))
    print(f"lost story paragraphs {len(lost)} by rule: {dict(by_rules.most_common())}")
    if args.show_losses:
        print("\n".join(lost[:args.show_losses]))


if __name__ == "__main__":
    main()
