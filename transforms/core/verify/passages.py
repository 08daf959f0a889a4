"""What each text of a pair has of its own by passage (runs of shingles the other lacks, a new lead, an
update's added paragraphs), and what the publication days and moments and a desk's flags say (days apart, which
text came later from one outlet, a correction)."""
from __future__ import annotations

import numpy as np

from wirewash.transforms.core.verify.config import VerifyConfig
from wirewash.transforms.core.verify.record import Evidence
from wirewash.transforms.core.verify.vocabulary import CORRECTION_FLAGS, UPDATE_FLAGS

# Shingles in a row that make a passage two texts share, where one text's new lead meets the other's text.
_LEAD_PASSAGE = 3


def apart(a: Evidence, b: Evidence) -> bool:
    """Whether both publication days are known and differ."""
    return a.published is not None and b.published is not None and a.published != b.published


def corrected(a: Evidence, b: Evidence, listed: tuple[np.ndarray, np.ndarray]) -> bool:
    """Whether one text is a desk's correction of the other: a title flagged CORRECTED, CORRECTION, RPT...,
    or a correction note ("Company corrects period in March 19 item") in one text only (``listed``: which of
    ``listed_hashes`` each text's vocabulary holds)."""
    if not (CORRECTION_FLAGS.isdisjoint(a.title_tokens) and CORRECTION_FLAGS.isdisjoint(b.title_tokens)):
        return True
    return bool(listed[0][-1] != listed[1][-1])


def own_passage(runs: tuple[np.ndarray, np.ndarray], size: int) -> int:
    """The longest of a text's ``runs`` of its own (``own_runs``; ``size`` shingles in all) that neither
    opens nor closes the text, in shingles (0 when the order is not known)."""
    starts, ends = runs
    # The runs are in text order, apart: only the first may open the text, only the last close it.
    first = 1 if starts.size and starts[0] == 0 else 0
    last = starts.size - 1 if starts.size and ends[-1] == size else starts.size
    return int((ends[first:last] - starts[first:last]).max()) if last > first else 0


def own_runs(found: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The runs of a text's shingles the other text lacks (``found``: which it has, in text order), as
    start and end (excluded) positions."""
    # Where "lacked" changes, on the flags padded with "had" at both ends (np.diff's wrapper cost a third).
    lacked = np.zeros(found.size + 2, dtype=bool)
    np.logical_not(found, out=lacked[1:-1])
    edges = (lacked[1:] != lacked[:-1]).nonzero()[0]
    return edges[::2], edges[1::2]


def own_lead(found: np.ndarray) -> int:
    """How many of a text's shingles open it before its first passage the other text has too (``found``:
    which of its shingles, in text order, the other has; 0 when the order is not known). A passage is
    _LEAD_PASSAGE shingles in a row: a phrase any two stories share ("the company said") is not where one
    text's lead meets the other."""
    if found.size == 0:
        return 0
    if found.size < _LEAD_PASSAGE:
        return 0 if found.all() else int(found.size)
    if found[:_LEAD_PASSAGE].all():
        return 0  # most pairs: the texts open alike
    passage = found[: found.size - _LEAD_PASSAGE + 1].copy()
    for i in range(1, _LEAD_PASSAGE):
        passage &= found[i : found.size - _LEAD_PASSAGE + 1 + i]
    return int(passage.argmax()) if passage.any() else int(found.size)


def updated(
    small: Evidence, large: Evidence, runs: tuple[np.ndarray, np.ndarray], size: int, cfg: VerifyConfig
) -> bool:
    """Whether ``large`` (``runs``: its runs of its own, ``own_runs``; ``size`` shingles in all) is a new
    version of ``small`` with more than ``max_update_share`` of its shingles in passages of its own longer
    than ``max_own_passage``: one published on a later day whose passage of its own closes it (paragraphs
    added at the end: a trimmed copy comes after its original, a desk's re-edit leaves short runs, a copy
    that cut a middle paragraph leaves the story one inside it), or one whose title alone opens with a
    desk's UPDATE flag (its passages above or among the old ones: "UPDATE 1-" over a new lead)."""
    flagged = _update_flag(large) and not _update_flag(small)
    later = small.published is not None and large.published is not None and large.published > small.published
    if not (flagged or later):
        return False
    starts, ends = runs
    closing = ends == size
    # A later day's paragraphs close the text; a flagged version's news above or among the old paragraphs
    # (not at its end, where a reprint of it that was trimmed would have its cut).
    lengths = (ends - starts)[(closing & later) | (~closing & flagged)]
    own = int(lengths[lengths > cfg.max_own_passage].sum())
    return own > cfg.max_update_share * size


def direction(a: Evidence, b: Evidence) -> tuple[Evidence, Evidence] | None:
    """(earlier, later) when one outlet published both texts at known, different moments; else None.

    Only then does time give direction: a copy derives from an earlier text, so a later text by the same
    outlet that gains passages is its update. Two outlets' copies of one wire story come in any order (one
    runs it trimmed at 10:00, another in full at 10:30), and an unknown outlet may be another one.
    """
    if a.outlet is None or a.outlet != b.outlet or a.published_at is None or b.published_at is None:
        return None
    if a.published_at == b.published_at:
        return None
    return (a, b) if a.published_at < b.published_at else (b, a)


def gained(runs: tuple[np.ndarray, np.ndarray], cfg: VerifyConfig) -> int:
    """How many of the later text's shingles (``runs``: its runs the earlier text lacks, ``own_runs``) lie
    in passages of its own longer than ``max_own_passage``, wherever they sit: a new lead, new paragraphs
    among the old ones or after them. Shorter runs are a desk's edits (a respelled name, a corrected figure,
    a reworded clause)."""
    starts, ends = runs
    lengths = ends - starts
    return int(lengths[lengths > cfg.max_own_passage].sum())


def _update_flag(e: Evidence) -> bool:
    """Whether the title opens with a desk's flag for a new version of a story ("UPDATE 2-", "NEWLEAD")."""
    return bool(e.title_tokens) and e.title_tokens[0] in UPDATE_FLAGS


def working_days_apart(x: int, y: int) -> int:
    """Working days (Monday to Friday) from the earlier of two days (``date.toordinal()``) to the later:
    the days counted are the earlier one and those after it, up to the later one excluded."""
    lo, hi = min(x, y), max(x, y)
    # date.fromordinal(1) is a Monday: an ordinal's weekday is (ordinal - 1) % 7, 0 for Monday.
    weeks, rest = divmod(hi - lo, 7)
    first = (lo - 1) % 7
    return weeks * 5 + sum((first + i) % 7 < 5 for i in range(rest))
