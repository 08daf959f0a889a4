"""What the cleaner's unit tests share: an article given as paragraphs, cleaned with the default config."""
from __future__ import annotations

from wirewash.transforms.core.cleaning import CleanConfig, Cleaned, clean
from wirewash.transforms.core.counters import noop


def run(*paras: str, hint: str | None = None) -> Cleaned:
    """clean() of ``paras`` joined as paragraphs (blank lines between), with an optional title hint."""
    return clean("\n\n".join(paras), CleanConfig(), noop, hint)


def kept(out: Cleaned) -> list[str]:
    """The paragraphs the cleaner kept."""
    return out.text.split("\n\n")
