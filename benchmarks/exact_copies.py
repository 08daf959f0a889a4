"""Reuters-21578 stories sent twice under two titles: one body word for word (or one the other cut short) with
another headline. Each pair is verified as benchmarks/dedup_eval.py verifies (cleaned, dated, publisher
Reuters), and again without dates, where only the titles can keep two companies' dividends apart; the verdicts
are scored against the hand labels below (every pair not listed in DIFFERENT or UPDATES is a copy).

    python benchmarks/exact_copies.py [--data ../shared/data] [--show]
"""
from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks import shared  # noqa: E402
from benchmarks.dedup_eval import _cleaned  # noqa: E402
from benchmarks.eval.reuters import ReutersStory, iter_stories  # noqa: E402

from wirewash.transforms.core.minhash import MinhashConfig, sign
from wirewash.transforms.core.readers.records import parse_date, parse_time
from wirewash.transforms.core.verify import Evidence, VerifyConfig, verify

# Pairs read by hand (session 20). Different subjects over one body: forms whose company or market is in the
# title only.
DIFFERENT = {
    frozenset(("3774", "5085")),  # QUAKER OATS / UNIBANCORP: "Qtly div 20 cts vs 20 cts previously ..."
    frozenset(("5546", "7782")),  # KENAN TRANSPORT / AUTOCLAVE ENGINEERS: "Qtly div four cts ..."
    frozenset(("17613", "19197")),  # CENTRAL HOLDING / UNIVERSITY BANK AND TRUST: "Qtly div five cts ..."
    frozenset(("13893", "13977")),  # JOLIET / ST JOSEPH hogs: "Hog prices opened 1.00 dlr higher ..."
}
# A later version that adds 20% or more to the story (benchmarks/eval's "update": another article, not a copy).
UPDATES = {
    frozenset(("956", "1002")),  # Taiwan textile makers' plea: 102 -> 129 words
    frozenset(("3577", "3589")),  # FDA to review Johnson and Johnson's sweetener: 71 -> 237 words
    frozenset(("18066", "18108")),  # Energy Secretary sees higher oil prices: 129 -> 196 words
}
# Every other pair the scan finds is one story re-headlined, re-sent or cut short: a copy.
# Words a body is compared by before the scan: its first ones group the stories, so a copy cut short meets
# its original.
_PREFIX = 20


def _words(story: ReutersStory) -> tuple[str, ...]:
    words = re.findall(r"\w+", story.text.lower())
    return tuple(words[:-1] if words and words[-1] == "reuter" else words)


def one_body_pairs(stories: list[ReutersStory]) -> list[tuple[ReutersStory, ReutersStory]]:
    """Pairs of stories with different titles whose bodies (case-folded words, the sign-off dropped) are one,
    or one the other's start."""
    groups: dict[tuple[str, ...], list[ReutersStory]] = defaultdict(list)
    words = {s.id: _words(s) for s in stories}
    for s in stories:
        if len(words[s.id]) >= 5:
            groups[words[s.id][:_PREFIX]].append(s)
    pairs = []
    for group in groups.values():
        for x, y in itertools.combinations(group, 2):
            short, long = sorted((words[x.id], words[y.id]), key=len)
            if x.title != y.title and long[: len(short)] == short:
                pairs.append((x, y))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=shared.DATA, help="folder holding reuters21578/")
    parser.add_argument("--show", action="store_true", help="print every pair and its verdicts")
    args = parser.parse_args()
    minhash, cfg = MinhashConfig(), VerifyConfig()

    def evidence(s: ReutersStory, dated: bool) -> Evidence:
        return sign("x", _cleaned(s.text), minhash, s.title or None, parse_date(s.date) if dated else None,
                    published_at=parse_time(s.date) if dated else None, publisher=s.publisher).evidence

    pairs = one_body_pairs(list(iter_stories(args.data)))
    scores: Counter[tuple[str, str, bool]] = Counter()
    for x, y in pairs:
        ids = frozenset((x.id, y.id))
        label = "different" if ids in DIFFERENT else "update" if ids in UPDATES else "copy"
        reasons = []
        for dated in (True, False):
            v = verify(evidence(x, dated), evidence(y, dated), cfg)
            scores[("dated" if dated else "undated", label, v.duplicate == (label == "copy"))] += 1
            reasons.append(v.reason)
        if args.show:
            print(f"{x.id}|{y.id} {label}: {reasons[0]} / undated {reasons[1]} | {x.title} | {y.title}")
    print(f"{len(pairs)} pairs of one body under two titles: {len(DIFFERENT)} different subjects, "
          f"{len(UPDATES)} updates, the rest copies")
    for dates in ("dated", "undated"):
        for label in ("copy", "different", "update"):
            right, wrong = scores[(dates, label, True)], scores[(dates, label, False)]
            print(f"  {dates:8} {label:10} right {right:3} wrong {wrong:3}")


if __name__ == "__main__":
    main()
