"""Real story bodies for blind10: blind6's loaders and filters (imported, through blind7's ``_usable``), a fifth
draw.

BBC News and Reuters-21578 bodies are drawn with blind10's own seed from the usable stories that none of blind6,
blind7, blind8 and blind9 drew, by source and by text. The earlier draws are made again from one reading of the
sources: blind6's, blind7's and blind8's by blind9's ``earlier``, blind9's with its own seed and counts
(``_blind9``; the test checks all four against those sets' ``load_bodies``). A body's split is blind6's
(``Body.split``: the SHA-256 of its text).
"""
from __future__ import annotations

import functools
import random
from pathlib import Path

from benchmarks.eval.blind6.bodies import Body
from benchmarks.eval.blind7 import bodies as b7
from benchmarks.eval.blind9 import bodies as b9

_SEED = "blind10-bodies"
_COUNTS = {"bbc": 250, "reuters": 180}
_LOADERS = b9._LOADERS


def _draw(sources: dict[str, list[Body]], earlier: list[Body], seed: str, counts: dict[str, int]) -> list[Body]:
    """A seeded draw of each source's usable stories that ``earlier`` did not use, by source or by text."""
    used = {b.source for b in earlier} | {b.text for b in earlier}
    rng = random.Random(seed)
    out: list[Body] = []
    for name, _ in _LOADERS:
        pool = [b for b in b7._usable(sources[name]) if b.source not in used and b.text not in used]
        out += rng.sample(pool, min(counts[name], len(pool)))
    return out


def _blind9(sources: dict[str, list[Body]], earlier: list[Body]) -> list[Body]:
    """blind9's draw, made again from the same loaders' output with its seed and counts (as ``b9._load``)."""
    return _draw(sources, earlier, b9._SEED, b9._COUNTS)


def earlier(sources: dict[str, list[Body]]) -> list[Body]:
    """The bodies blind6, blind7, blind8 and blind9 drew, in that order."""
    first = b9.earlier(sources)
    return first + _blind9(sources, first)


def load_bodies(data: Path) -> list[Body]:
    """The set's bodies, in source order: a seeded draw of each source's usable stories that none of blind6 to
    blind9 used."""
    return list(_load(Path(data)))


def _sources(data: Path) -> dict[str, list[Body]]:
    return b9._sources(Path(data))


@functools.lru_cache(maxsize=4)
def _load(data: Path) -> tuple[Body, ...]:
    sources = _sources(data)
    return tuple(_draw(sources, earlier(sources), _SEED, _COUNTS))


__all__ = ["Body", "load_bodies"]
