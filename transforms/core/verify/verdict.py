"""The verdict on a candidate pair: Jaccard and coverage, then what each text has of its own, by passage
(``passages``) and by distinctive word (``tokens``)."""
from __future__ import annotations

from dataclasses import dataclass, field

from wirewash.transforms.core.verify import passages, tokens
from wirewash.transforms.core.verify.config import VerifyConfig
from wirewash.transforms.core.verify.record import Evidence
from wirewash.transforms.core.verify.sets import member
from wirewash.transforms.core.verify.vocabulary import listed_hashes

# Figures a corrected re-send may disagree on beyond max_disagreeing_figures: the one corrected, old and new.
_CORRECTED_FIGURES = 2

DUPLICATE = "duplicate"


@dataclass(frozen=True)
class Verdict:
    """``reason``: ``duplicate``, or why not (``jaccard``, ``coverage``, ``passages``, ``lead``,
    ``published``, ``update``, ``title``, ``tokens``).
    ``disagreeing``: the shorter text's distinctive tokens the longer lacks."""

    reason: str
    jaccard: float
    coverage: float
    disagreeing: tuple[str, ...] = field(default=())

    @property
    def duplicate(self) -> bool:
        return self.reason == DUPLICATE


def verify(a: Evidence, b: Evidence, cfg: VerifyConfig) -> Verdict:
    """Whether ``a`` and ``b`` are copies of one text, with the evidence; symmetric in ``a`` and ``b``."""
    small, large = (a, b) if (a.shingles.size, a.tokens) <= (b.shingles.size, b.tokens) else (b, a)
    if small.shingles.size == 0:
        return Verdict("jaccard", 1.0 if large.shingles.size == 0 else 0.0, 0.0)
    inter = int(member(small.shingles, large.shingles).sum())
    sim = inter / (small.shingles.size + large.shingles.size - inter)
    coverage = inter / small.shingles.size
    title, title_fewer, title_opening = tokens.title_disagreeing(a, b)
    disagreeing = tokens.disagreeing(a, b)
    if sim < cfg.threshold:
        reason = "jaccard"
    elif coverage < cfg.min_coverage:
        reason = "coverage"
    else:
        # Alike enough to be a copy: the readings the texts give apart, then the rest of the evidence.
        listed = member(listed_hashes(), a.vocabulary), member(listed_hashes(), b.vocabulary)
        corrected = passages.corrected(a, b, listed)
        disagreeing += () if corrected else tokens.readings(listed)
        titled_apart = title_fewer > cfg.max_disagreeing_title or bool(title_opening)
        reason = _copy_reason((small, large), cfg, corrected, disagreeing, titled_apart)
    title_words = sorted(set(title) | set(title_opening))
    return Verdict(reason, sim, coverage, disagreeing + tuple(f"title:{t}" for t in title_words))


def _copy_reason(
    pair: tuple[Evidence, Evidence], cfg: VerifyConfig, corrected: bool, disagreeing: tuple[str, ...], titled_apart: bool
) -> str:
    """``duplicate``, or why two texts (``pair``: the shorter, the longer) alike enough in Jaccard and coverage
    are not copies."""
    small, large = pair
    # Which of each text's shingles, in text order, the other has (empty when the order is not known): the
    # shorter text's only where the longer's leaves the passages or the lead in doubt (few copies do).
    in_large = member(large.windows, small.shingles)
    runs_large = passages.own_runs(in_large)
    limit = cfg.max_own_passage_apart if passages.apart(small, large) and not corrected else cfg.max_own_passage
    lead_large = passages.own_lead(in_large)
    if passages.own_passage(runs_large, in_large.size) > limit or lead_large > cfg.max_own_passage:
        in_small = member(small.windows, large.shingles)
        if min(
            passages.own_passage(passages.own_runs(in_small), in_small.size),
            passages.own_passage(runs_large, in_large.size),
        ) > limit:
            return "passages"
        if lead_large > cfg.max_own_passage and passages.own_lead(in_small) == 0:
            return "lead"
    if (
        small.published is not None and large.published is not None
        and passages.working_days_apart(small.published, large.published) > cfg.max_days_apart
    ):
        return "published"
    if not corrected and passages.updated(small, large, runs_large, in_large.size, cfg):
        return "update"
    if titled_apart:
        return "title"
    if tokens.too_many(disagreeing, cfg, _CORRECTED_FIGURES if corrected else 0):
        return "tokens"
    return DUPLICATE
