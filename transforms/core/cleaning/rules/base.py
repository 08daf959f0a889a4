"""The rule record every rule pack uses.

A rule is data: a name, a version, what it matches and where in the article it may apply. The engine
(``transforms.core.cleaning``) decides how each kind is applied; a pack only declares rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

# line: the whole unit (a line or a sentence-free fragment) fullmatches and is removed.
# prefix: a matched start of a paragraph is stripped, the rest kept (wire credits, datelines).
# suffix: a matched end of a paragraph is stripped, the rest kept (glued "READ MORE: ..." tails).
# list_label: a label line ("Temas", "Latest News", "Tags") heading a run of short non-sentence lines (links,
#   tags, headlines) that goes with it.
# teaser_label: a label line ("Informate más", "READ MORE:") followed by ONE teaser headline that goes with it.
# structural: applied by a pass that needs neighbouring lines; ``pattern``, if set, is that pass's local test.
RuleKind = Literal["line", "prefix", "suffix", "list_label", "teaser_label", "structural"]
# Where in the article a rule may fire: the head zone (headline, standfirst, byline, dateline, stamps),
# the tail zone (credits, notes, appended lists), below the head (the body and the tail, a line in both zones
# too), or anywhere.
Zone = Literal["head", "tail", "below_head", "any"]


@dataclass(frozen=True)
class Rule:
    """A named, versioned boilerplate rule.

    ``example`` is a real instance (the rule's positive test); ``keep`` is a real story sentence of the same
    language that looks close but must survive (its negative test). ``language`` is an ISO 639-1 code, or
    ``"*"`` for rules that hold in every language. ``publisher`` is set for wire credits: the agency named.
    """

    name: str
    version: int
    kind: RuleKind
    example: str
    pattern: re.Pattern[str] | None = None
    zone: Zone = "any"
    language: str = "*"
    publisher: str | None = None
    keep: str = ""
