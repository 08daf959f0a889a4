"""Outlet page templates: how each named outlet's furniture reads once a page is copied to text or scraped.

Template language (kept tiny so the wordings stay readable):
- a template is one or more lines (``\\n``); within a line, ``§...§`` marks a separator (" | ", "; ")
  that is not itself scored, so ``Share§ · §Save`` is two scored pieces;
- ``{slot}`` is filled by ``compose`` (people, places, dates, related headlines; see ``compose.SLOTS``);
- a ``T:`` prefix marks a wording used only in the test split (see the README's last section).

Each outlet uses its own language for its furniture; the stories under it are mostly English, as syndicated
copy often is.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of furniture, by where they sit on a page. ``lead`` kinds are glued to the first paragraph.
HEAD = ("kicker", "headline", "standfirst", "byline", "published", "read_time", "listen", "share", "caption")
LEAD = ("dateline",)
INLINE = ("ad", "read_also", "newsletter", "pull_quote", "video", "social", "inline_caption", "paywall")
TAIL = ("agency_credit", "correction", "copyright", "tags", "related", "most_read", "comments", "bio",
        "app_promo")
KINDS = HEAD + LEAD + INLINE + TAIL


@dataclass(frozen=True)
class Outlet:
    """One outlet's furniture. ``templates`` maps a kind to its wordings (kinds it lacks never appear);
    ``joiner`` joins several authors' names; ``glue`` says which kinds sit inside the first paragraph
    (``prefix``) or at its end (``suffix``) instead of on lines of their own."""

    name: str
    lang: str
    domain: str
    templates: dict[str, tuple[str, ...]]
    joiner: str = " and "
    glue: dict[str, str] = field(default_factory=lambda: {"dateline": "prefix"})
    test_only: bool = False


def outlet(name: str, lang: str, domain: str, joiner: str = " and ", glue: dict[str, str] | None = None,
           test_only: bool = False, **templates: str | tuple[str, ...]) -> Outlet:
    """An ``Outlet`` from keyword templates (a single string or a tuple of alternatives per kind).
    Raises ``ValueError`` for a kind not in ``KINDS``."""
    unknown = set(templates) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)} for {name}")
    as_tuples = {k: (v,) if isinstance(v, str) else v for k, v in templates.items()}
    return Outlet(name, lang, domain, as_tuples, joiner, glue or {"dateline": "prefix"}, test_only)
