"""Similarity buckets: a float in [0, 1] -> a counter-name suffix, so a histogram is just counters.

Counters scale to any number of pairs (Beam sums them per worker); a fixed bucket width keeps the number of
distinct counter names bounded (21 at width 0.05).
"""

from __future__ import annotations

BUCKET_WIDTH = 0.05
PAIR_SIMILARITY = "dedup:pair_similarity:"
# Share of the shorter text's shingles found in the longer (transforms/core/verify/), per candidate pair.
PAIR_COVERAGE = "dedup:pair_coverage:"


def similarity_bucket(similarity: float, width: float = BUCKET_WIDTH) -> str:
    """The lower edge of ``similarity``'s bucket, as two decimals: 0.37 -> "0.35", 1.0 -> "1.00"."""
    if not 0.0 <= similarity <= 1.0:
        raise ValueError(f"similarity must be in [0, 1], got {similarity}")
    # The small epsilon keeps 0.3 (stored as 0.29999...) in the 0.30 bucket.
    return f"{int(similarity / width + 1e-9) * width:.2f}"


def similarity_histogram(counters: dict[str, int]) -> list[tuple[float, int]]:
    """(bucket lower edge, candidate pairs) for every ``dedup:pair_similarity:*`` counter, ascending."""
    return sorted(
        (float(name[len(PAIR_SIMILARITY) :]), n)
        for name, n in counters.items()
        if name.startswith(PAIR_SIMILARITY)
    )
