"""The per-stage summary printed after a run: one line per stage, from the run's counters."""

from __future__ import annotations

from typing import Mapping

STAGES = ("read", "clean", "dedup", "write")
# Summed detail counters that read better under another name; None: the sum repeats another counter
# (every candidate pair is in exactly one similarity bucket).
_RENAMED = {"cluster_size": "clusters", "pair_similarity": None, "pair_coverage": None}


def stage_counts(counters: Mapping[str, int]) -> dict[str, dict[str, int]]:
    """stage -> outcome -> count; ``stage:outcome:detail`` counters are summed into their outcome.

    Counters of stages outside STAGES (added by later stages) get a line of their own after the known ones.
    """
    out: dict[str, dict[str, int]] = {}
    for name, n in sorted(counters.items()):
        stage, _, rest = name.partition(":")
        outcome = rest.split(":", 1)[0] or stage
        outcome = _RENAMED.get(outcome, outcome)
        if outcome is None:
            continue
        out.setdefault(stage, {})
        out[stage][outcome] = out[stage].get(outcome, 0) + n
    known = [s for s in STAGES if s in out]
    return {s: out[s] for s in known + sorted(set(out) - set(STAGES))}


def stage_table(counters: Mapping[str, int]) -> str:
    """``read   document 5  file 5`` style lines, stage names aligned."""
    counts = stage_counts(counters)
    width = max((len(s) for s in counts), default=0)
    return "\n".join(
        f"{stage:<{width}}  " + "  ".join(f"{outcome} {n:,}" for outcome, n in outcomes.items())
        for stage, outcomes in counts.items()
    )
