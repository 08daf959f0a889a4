"""Hash sets as sorted unique arrays (shingles, a text's vocabulary): building one, membership, Jaccard."""
from __future__ import annotations

import numpy as np


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)``: numpy 2.x's costs several times a sort plus a mask on arrays of a document's size."""
    values = np.sort(values)
    return values[_firsts(values)]


def ranked(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(``sorted_unique(values)``, the position there of each of ``values``): ``np.unique`` with
    ``return_inverse``, from one sort of the values."""
    order = values.argsort()
    ordered = values.take(order)
    firsts = _firsts(ordered)
    at = np.empty(values.size, dtype=np.intp)
    at[order] = firsts.cumsum() - 1
    return ordered[firsts], at


def _firsts(ordered: np.ndarray) -> np.ndarray:
    """Which of the sorted ``ordered`` differ from the one before them."""
    firsts = np.empty(ordered.size, dtype=bool)
    firsts[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=firsts[1:])
    return firsts


def member(values: np.ndarray, sorted_unique: np.ndarray) -> np.ndarray:
    """``np.isin(values, sorted_unique)`` for a sorted array, by binary search: a few microseconds on a
    document's arrays where np.isin sorts both."""
    if sorted_unique.size == 0:
        return np.zeros(values.shape, dtype=bool)
    # Methods, not numpy's function wrappers (a microsecond each, on arrays of a few hundred); a value past the
    # last one is clipped to it, and differs from it.
    return sorted_unique.take(sorted_unique.searchsorted(values), mode="clip") == values


def members(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(``member(a, b)``, ``member(b, a)``) of two sorted unique arrays from one search: the positions in ``b``
    where ``a``'s values would go are, for the values found, where they are, so ``b``'s found values are
    marked there (a scatter, where a second search cost as much as the first)."""
    if b.size == 0:
        return np.zeros(a.shape, dtype=bool), np.zeros(b.shape, dtype=bool)
    at = b.searchsorted(a)
    found_a = b.take(at, mode="clip") == a
    found_b = np.zeros(b.shape, dtype=bool)
    found_b[at[found_a]] = True
    return found_a, found_b


def scattered_member(values: np.ndarray, sorted_unique: np.ndarray) -> np.ndarray:
    """``member`` for values in no order (a text's shingles in text order): the same booleans, searched for
    in sorted order. A binary search per value in random order mispredicts most of its branches; sorted,
    numpy narrows each search by the last one: about 15 us for a document's windows where ``member`` takes 35."""
    order = values.argsort()
    found = np.empty(values.shape, dtype=bool)
    found[order] = member(values[order], sorted_unique)
    return found


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique hash arrays (two empty sets: 1.0)."""
    if a.size == 0 and b.size == 0:
        return 1.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter)
