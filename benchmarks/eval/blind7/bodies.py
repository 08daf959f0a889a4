"""Real story bodies for blind7: blind6's loaders and filters (imported), a different draw.

BBC News and Reuters-21578 bodies are drawn with blind7's own seed from the usable stories blind6 did not
draw, so none of them was a blind6 page; the labelled article-extraction-benchmark bodies are too few to
split (about 26 pass the filters) and are all taken again, under new outlets and furniture. A body's split is
blind6's (``Body.split``: the SHA-256 of its text), so a labelled body is on the same side in both sets.
"""
from __future__ import annotations

import functools
import random
from pathlib import Path

from benchmarks.eval.blind6 import bodies as b6
from benchmarks.eval.blind6.bodies import Body

_SEED = "blind7-bodies"
_COUNTS = {"bbc": 260, "reuters": 170, "aeb": 50}
_LOADERS = (("bbc", b6._bbc), ("reuters", b6._reuters), ("aeb", b6._aeb))


def _usable(bodies: list[Body]) -> list[Body]:
    """blind6's filters: short enough, headline not in the text, no repeated paragraph, whole sentences; one
    copy of each text."""
    usable = [b for b in bodies if len(b.text) <= b6._MAX_CHARS and not b6._repeats(b.headline, b.paragraphs)
              and all(b6._WHOLE.match(p) for p in b.paragraphs)]
    seen: set[str] = set()
    return [b for b in usable if not (b.text in seen or seen.add(b.text))]


def load_bodies(data: Path) -> list[Body]:
    """The set's bodies, in source order: a seeded draw of each source's usable stories that blind6 did not
    use (all labelled ones)."""
    return list(_load(Path(data)))


@functools.lru_cache(maxsize=4)
def _load(data: Path) -> tuple[Body, ...]:
    taken = {b.source for b in b6.load_bodies(data) if not b.source.startswith("aeb/")}
    rng = random.Random(_SEED)
    chosen: list[Body] = []
    for name, loader in _LOADERS:
        pool = [b for b in _usable(loader(data)) if b.source not in taken]
        chosen += rng.sample(pool, min(_COUNTS[name], len(pool)))
    return tuple(chosen)


__all__ = ["Body", "load_bodies"]
