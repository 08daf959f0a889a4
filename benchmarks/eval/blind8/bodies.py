"""Real story bodies for blind8: blind6's loaders and filters (imported), a third draw.

BBC News and Reuters-21578 bodies are drawn with blind8's own seed from the usable stories (blind7's
``_usable``: blind6's filters, one copy of each text) that neither blind6 nor blind7 drew (by source and by
text), so no page of blind8 has a body either earlier set used. The earlier draws are made again from one
reading of the sources with those sets' own seeds and counts (``_earlier``; the test checks them against
``load_bodies`` of blind6 and blind7), which keeps generation to one pass over the data. The labelled article-extraction-benchmark bodies are left out:
blind6 and blind7 both used all of them. A body's split is blind6's (``Body.split``: the SHA-256 of its
text).
"""
from __future__ import annotations

import functools
import random
from pathlib import Path

from benchmarks.eval.blind6 import bodies as b6
from benchmarks.eval.blind6.bodies import Body
from benchmarks.eval.blind7 import bodies as b7

_SEED = "blind8-bodies"
_COUNTS = {"bbc": 250, "reuters": 180}
_LOADERS = (("bbc", b6._bbc), ("reuters", b6._reuters))
_LOADERS_ALL = (*_LOADERS, ("aeb", b6._aeb))


def _earlier(sources: dict[str, list[Body]]) -> list[Body]:
    """The bodies blind6 and blind7 drew, drawn again from the same loaders' output with their own seeds,
    counts and filters (``b6.load_bodies``, ``b7.load_bodies``; the test compares against those), so the three
    loaders run once and not three times."""
    def draw(seed: str, counts: dict[str, int], skip: set[str]) -> list[Body]:
        rng = random.Random(seed)
        out: list[Body] = []
        for name, _ in _LOADERS_ALL:
            pool = [b for b in b7._usable(sources[name]) if b.source not in skip]
            out += rng.sample(pool, min(counts[name], len(pool)))
        return out

    blind6 = draw(b6._SEED, b6._COUNTS, set())
    blind7 = draw(b7._SEED, b7._COUNTS, {b.source for b in blind6 if not b.source.startswith("aeb/")})
    return blind6 + blind7


def load_bodies(data: Path) -> list[Body]:
    """The set's bodies, in source order: a seeded draw of each source's usable stories that neither blind6
    nor blind7 used."""
    return list(_load(Path(data)))


@functools.lru_cache(maxsize=4)
def _sources(data: Path) -> dict[str, list[Body]]:
    """Every story of each source as blind6's loaders read it."""
    return {name: loader(data) for name, loader in _LOADERS_ALL}


@functools.lru_cache(maxsize=4)
def _load(data: Path) -> tuple[Body, ...]:
    sources = _sources(data)
    earlier = _earlier(sources)
    used = {b.source for b in earlier} | {b.text for b in earlier}
    rng = random.Random(_SEED)
    chosen: list[Body] = []
    for name, _ in _LOADERS:
        pool = [b for b in b7._usable(sources[name]) if b.source not in used and b.text not in used]
        chosen += rng.sample(pool, min(_COUNTS[name], len(pool)))
    return tuple(chosen)


__all__ = ["Body", "load_bodies"]
