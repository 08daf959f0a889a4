"""The verdict on a candidate pair: Jaccard and coverage, then what each text has of its own, by passage
(``passages``) and by distinctive word (``tokens``)."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from wirewash.transforms.core.verify import passages, tokens
from wirewash.transforms.core.verify.config import VerifyConfig
from wirewash.transforms.core.verify.record import Evidence
from wirewash.transforms.core.verify.sets import members, scattered_member
from wirewash.transforms.core.verify.vocabulary import DATE, NAME, NUMBER

# Figures a corrected re-send may disagree on beyond max_disagreeing_figures: the one corrected, old and new.
_CORRECTED_FIGURES = 2

DUPLICATE = "duplicate"
# Limits no flag sets (pipeline/options.py has none for them): said as figures, not as flags that do not exist.
_DAYS_APART = VerifyConfig.max_days_apart
_TITLE_WORDS = VerifyConfig.max_disagreeing_title
# Every ``Verdict.reason``, in words: what ``verify`` found. ``wirewash explain`` and the report say a verdict
# with these, so the text and the rule that decided cannot disagree (a Verdict with any other reason is refused).
REASONS: dict[str, str] = {
    DUPLICATE: "a copy: alike in shingles and coverage, with no passage, lead, date, title or distinctive word "
    "of its own beyond the limits",
    "jaccard": "not a copy: shingle Jaccard below --threshold",
    "coverage": "not a copy: too little of the shorter text's shingles in the longer (--min_coverage)",
    "passages": "not a copy: each text has a passage of its own longer than --max_own_passage shingles",
    "lead": "not a copy: the longer text opens with a passage of its own above the shorter's opening (a new lead)",
    "published": f"not a copy: publication dates more than {_DAYS_APART} working day{'s' * (_DAYS_APART != 1)} "
    "apart (Monday to Friday; a fixed limit, no flag sets it): another day's report, even word for word",
    "gained": "not a copy: one publisher's later text gained passages of its own (a new version of the story)",
    "update": "not a copy: the longer text is a new version (a later day's closing paragraphs of its own, or "
    "an UPDATE flag in its title)",
    "title": f"not a copy: the two titles disagree (each has more than {_TITLE_WORDS} words the other text "
    "lacks, a fixed limit no flag sets, or they open with different subjects): two headlines, two stories",
    "tokens": "not a copy: distinctive words of the shorter text that the longer lacks or reads otherwise: "
    "more names than --max_disagreeing, more numbers, weekdays and months than --max_disagreeing_figures, or "
    "any one scale read apart, opening name or title subject of its own (no flag allows those)",
}
# Each kind of distinctive word a pair refused as ``tokens`` disagreed on (``tokens.disagreeing_kind``; counted
# ``dedup:disagreeing:<kind>``), in words, with the flag that bounds it, or none.
DISAGREEING: dict[str, str] = {
    NAME: "names (capitalised words inside sentences) the longer text lacks: more than --max_disagreeing refuse "
    "a pair",
    NUMBER: "numbers the longer text lacks: with weekdays and months, more than --max_disagreeing_figures refuse "
    "a pair",
    DATE: "weekdays or months the longer text lacks: with numbers, more than --max_disagreeing_figures refuse a "
    "pair",
    tokens.READING.rstrip(":"): "a scale read apart: another weekday or month, a market higher in one and lower "
    "in the other, another unit (a templated report of another day or market); one refuses a pair, no flag "
    "allows it",
    tokens.OPENING.rstrip(":"): "the texts open on different names; one refuses a pair, no flag allows it",
    tokens.SUBJECT.rstrip(":"): "each text puts its own title's word in one slot (wheat / corn); one refuses a "
    "pair, no flag allows it",
}


@dataclass(frozen=True)
class Verdict:
    """``reason``: ``duplicate``, or why not (``jaccard``, ``coverage``, ``passages``, ``lead``,
    ``published``, ``gained``, ``update``, ``title``, ``tokens``).
    ``disagreeing``: the shorter text's distinctive tokens the longer lacks.
    ``gained``: when one outlet published both at known, different moments (``passages.direction``) and
    the two are alike enough to weigh as copies, the share of the later text's shingles in passages of its
    own (``passages.gained``); None otherwise."""

    reason: str
    jaccard: float
    coverage: float
    disagreeing: tuple[str, ...] = field(default=())
    gained: float | None = None

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ValueError(f"verdict reason {self.reason!r} has no entry in REASONS")

    @property
    def duplicate(self) -> bool:
        return self.reason == DUPLICATE

    @property
    def why(self) -> str:
        """The reason in words (``REASONS``)."""
        return REASONS[self.reason]


def verify(a: Evidence, b: Evidence, cfg: VerifyConfig) -> Verdict:
    """Whether ``a`` and ``b`` are copies of one text, with the evidence; symmetric in ``a`` and ``b``."""
    small, large = (a, b) if (a.shingles.size, a.tokens) <= (b.shingles.size, b.tokens) else (b, a)
    if small.shingles.size == 0:
        return Verdict("jaccard", 1.0 if large.shingles.size == 0 else 0.0, 0.0)
    found = members(small.shingles, large.shingles)
    inter = int(np.count_nonzero(found[0]))
    sim = inter / (small.shingles.size + large.shingles.size - inter)
    coverage = inter / small.shingles.size
    title, title_fewer, title_opening = tokens.title_disagreeing(a, b)
    disagreeing = tokens.disagreeing(a, b)
    gained = None
    if sim < cfg.threshold:
        reason = "jaccard"
    elif coverage < cfg.min_coverage:
        reason = "coverage"
    else:
        # Alike enough to be a copy: the readings the texts give apart, then the rest of the evidence.
        listed = a.listed, b.listed
        corrected = passages.corrected(a, b, listed)
        disagreeing += () if corrected else tokens.readings(listed)
        titled_apart = title_fewer > cfg.max_disagreeing_title or bool(title_opening)
        if titled_apart and tokens.names_subject(small, large) and _one_body(small, large, found[0], cfg):
            # One body, or it trimmed, naming the titles' subject: the titles' own words head one story.
            titled_apart = bool(tokens.sessions_apart(a, b))
        reason, gained = _copy_reason((small, large), found, cfg, corrected, disagreeing, titled_apart)
    title_words = sorted(set(title) | set(title_opening))
    return Verdict(reason, sim, coverage, disagreeing + tuple(f"{tokens.TITLE}{t}" for t in title_words), gained)


def _in_order(e: Evidence, found: np.ndarray, other: Evidence) -> np.ndarray:
    """Which of ``e``'s windows (its shingles in text order) ``other`` has, read off ``found`` (which of its
    shingles ``other`` has)."""
    slots = e.window_slots
    if slots is None:
        return scattered_member(e.windows, other.shingles)
    return found.take(slots)


def _one_body(small: Evidence, large: Evidence, found_small: np.ndarray, cfg: VerifyConfig) -> bool:
    """Whether ``small`` is ``large`` or it trimmed (``found_small``: which of its shingles ``large`` has):
    none of its own shingles inside it, and at most ``max_own_passage`` at its start or its end (the words
    across a cut and the sign-off after it, a dateline)."""
    if found_small.all():
        return True
    in_small = _in_order(small, found_small, large)
    starts, ends = passages.own_runs(in_small)
    if not in_small.size or passages.own_passage((starts, ends), in_small.size):
        return False
    return int((ends - starts).max()) <= cfg.max_own_passage


def _copy_reason(
    pair: tuple[Evidence, Evidence], found: tuple[np.ndarray, np.ndarray], cfg: VerifyConfig, corrected: bool,
    disagreeing: tuple[str, ...], titled_apart: bool
) -> tuple[str, float | None]:
    """``duplicate``, or why two texts (``pair``: the shorter, the longer; ``found``: which of the shorter's
    shingles the longer has, and which of the longer's the shorter has) alike enough in Jaccard and coverage
    are not copies; and ``Verdict.gained``."""
    small, large = pair
    found_small, found_large = found
    # Which of each text's shingles, in text order, the other has (empty when the order is not known): the
    # shorter text's only where it is the later one, or where the longer's leaves the passages or the lead in
    # doubt (few copies do).
    in_large = _in_order(large, found_large, small)
    runs_large = passages.own_runs(in_large)
    ordered = passages.direction(small, large)
    limit = cfg.max_own_passage_apart if passages.apart(small, large) and not corrected else cfg.max_own_passage
    lead_large = passages.own_lead(in_large)
    doubt = passages.own_passage(runs_large, in_large.size) > limit or lead_large > cfg.max_own_passage
    later_is_small = ordered is not None and ordered[1] is small
    in_small = (
        _in_order(small, found_small, large) if doubt or later_is_small else None
    )
    runs_small = passages.own_runs(in_small) if in_small is not None else None
    gained, gained_shingles = None, 0
    if ordered is not None:
        in_later, runs_later = (in_small, runs_small) if later_is_small else (in_large, runs_large)
        gained_shingles = passages.gained(runs_later, cfg)
        gained = gained_shingles / in_later.size if in_later.size else 0.0
    if doubt:
        own_small = passages.own_passage(runs_small, in_small.size)
        if min(own_small, passages.own_passage(runs_large, in_large.size)) > limit:
            return "passages", gained
        if lead_large > cfg.max_own_passage and passages.own_lead(in_small) == 0:
            return "lead", gained
    if (
        small.published is not None and large.published is not None
        and passages.working_days_apart(small.published, large.published) > cfg.max_days_apart
    ):
        return "published", gained
    # A copy derives from an earlier text and may lose passages; one outlet's later text that gains them is
    # a new version of its story (a desk's correction excepted: it may add the corrected passage).
    if not corrected and gained is not None and gained > cfg.max_gained_share and gained_shingles > cfg.min_gained:
        return "gained", gained
    if not corrected and passages.updated(small, large, runs_large, in_large.size, cfg):
        return "update", gained
    if titled_apart:
        return "title", gained
    if tokens.too_many(disagreeing, cfg, _CORRECTED_FIGURES if corrected else 0):
        return "tokens", gained
    return DUPLICATE, gained
