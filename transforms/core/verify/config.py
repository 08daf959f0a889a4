"""The settings of verification: one frozen, self-validating config, built from the pipeline's options."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VerifyConfig:
    """When a candidate pair is a copy. Defaults tuned on the dev split of benchmarks/eval (README).

    ``threshold``: least shingle Jaccard. ``min_coverage``: least share of the shorter text's shingles in
    the longer. ``max_disagreeing``: most names of the shorter text the longer may lack (a respelled name, a
    new byline); ``max_disagreeing_figures``: most numbers, weekdays and months it may lack (templated
    reports differ in little else); ``max_disagreeing_title``: most title words both titles may each have
    that the other text lacks (a copy re-headlined on one side, not two headlines). ``max_days_apart``: most days between the publication dates of two copies, when
    both are known, counted in working days (Monday to Friday): a central bank's unchanged-policy report is
    word for word the same every fortnight, while a desk re-sends Friday's story on Monday.
    ``max_own_passage``: the longest passage, in shingles (a run of n shingles spans n + shingle_size - 1
    words), that both texts may each have inside them and the other lacks: a re-send corrects a note, but an
    update or a follow-up adds a sentence of its own to a story that itself has one the update dropped. The
    longer text may open with no longer a passage of its own above the shorter's opening (a new lead).
    ``max_own_passage_apart``: the same for two texts published on different days: a desk's overnight
    re-send repeats the story or trims it, while the next day's version tells one thing in a sentence of
    its own (how many shares were tendered by midnight, "as reported yesterday").
    ``max_update_share``: the most of its shingles a longer text published on a later day than the shorter
    may have in a passage of its own that closes it; more is an update of the earlier story, paragraphs added
    at its end (a trimmed copy comes after the text it was trimmed from).
    ``max_gained_share``: when one outlet published both texts at known, different moments, the most of the
    later text's shingles that may lie in passages of its own longer than ``max_own_passage``, wherever they
    sit; more is a new version of the earlier story (a copy derives from an earlier text and only loses
    passages). ``min_gained``: a new version also gains more than this many such shingles in all, whatever
    their share: up to it is a sentence or a note a desk added to a re-send ("NOTE: Company's full name is
    ..."), which in a short earnings table is a large share.
    """

    threshold: float = 0.3
    min_coverage: float = 0.65
    max_disagreeing: int = 2
    max_disagreeing_figures: int = 1
    max_disagreeing_title: int = 2
    max_days_apart: int = 1
    max_own_passage: int = 11
    max_own_passage_apart: int = 9
    max_update_share: float = 0.2
    max_gained_share: float = 0.2
    min_gained: int = 20

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold}")
        if not 0.0 <= self.min_coverage <= 1.0:
            raise ValueError(f"min_coverage must be in [0, 1], got {self.min_coverage}")
        for name in ("max_update_share", "max_gained_share"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be in [0, 1], got {getattr(self, name)}")
        for name in ("max_disagreeing", "max_disagreeing_figures", "max_disagreeing_title", "max_days_apart",
                     "max_own_passage", "max_own_passage_apart", "min_gained"):
            # One field named, the one wrong: a list of seven named four fields no flag sets.
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)}")
