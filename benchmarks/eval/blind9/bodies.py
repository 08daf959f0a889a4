"""Real story bodies for blind9: blind6's loaders and filters (imported, through blind7's ``_usable``), a fourth
draw.

BBC News and Reuters-21578 bodies are drawn with blind9's own seed from the usable stories that none of blind6,
blind7 and blind8 drew, by source and by text. The earlier draws are made again from one reading of the sources:
blind6's and blind7's by blind8's ``_earlier``, blind8's with its own seed and counts (``_blind8``; the test
checks all three against those sets' ``load_bodies``). A body's split is blind6's (``Body.split``: the SHA-256
of its text).
"""
from __future__ import annotations

import functools
import random
from pathlib import Path

from benchmarks.eval.blind6.bodies import Body
from benchmarks.eval.blind7 import bodies as b7
from benchmarks.eval.blind8 import bodies as b8

_SEED = "blind9-bodies"
_COUNTS = {"bbc": 250, "reuters": 180}
_LOADERS = b8._LOADERS


def _blind8(sources: dict[str, list[Body]], earlier: list[Body]) -> list[Body]:
    """blind8's draw, made again from the same loaders' output with its seed and counts (as ``b8._load``)."""
    used = {b.source for b in earlier} | {b.text for b in earlier}
    rng = random.Random(b8._SEED)
    out: list[Body] = []
    for name, _ in b8._LOADERS:
        pool = [b for b in b7._usable(sources[name]) if b.source not in used and b.text not in used]
        out += rng.sample(pool, min(b8._COUNTS[name], len(pool)))
    return out


def earlier(sources: dict[str, list[Body]]) -> list[Body]:
    """The bodies blind6, blind7 and blind8 drew, in that order."""
    first = b8._earlier(sources)
    return first + _blind8(sources, first)


def load_bodies(data: Path) -> list[Body]:
    """The set's bodies, in source order: a seeded draw of each source's usable stories that none of blind6,
    blind7 and blind8 used."""
    return list(_load(Path(data)))


def _sources(data: Path) -> dict[str, list[Body]]:
    return b8._sources(Path(data))


@functools.lru_cache(maxsize=4)
def _load(data: Path) -> tuple[Body, ...]:
    sources = _sources(data)
    before = earlier(sources)
    used = {b.source for b in before} | {b.text for b in before}
    rng = random.Random(_SEED)
    chosen: list[Body] = []
    for name, _ in _LOADERS:
        pool = [b for b in b7._usable(sources[name]) if b.source not in used and b.text not in used]
        chosen += rng.sample(pool, min(_COUNTS[name], len(pool)))
    return tuple(chosen)


__all__ = ["Body", "load_bodies"]
