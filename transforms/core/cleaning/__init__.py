"""The cleaner: normalisation, article structure, rule packs per language, orchestration.

(Skeleton: the engine is being moved here from ``transforms/core/boilerplate.py``.)
"""
