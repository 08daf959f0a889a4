"""Rule packs and their registry.

A pack is a module exporting ``RULES: tuple[Rule, ...]`` (see ``base.Rule``): ``wire`` holds the agencies'
credits, ``en`` English site and syndication furniture, and one module per further language holds that
language's credits, datelines, furniture, stamps and update notes.

Precedence: when two rules match the same paragraph, the rule earlier in ``RULES`` wins, that is the earlier
pack in ``PACKS`` and, within a pack, the earlier rule. (Across kinds the order of the passes decides:
transforms.core.cleaning.clean.PASSES.)
"""
from __future__ import annotations

from types import ModuleType

from wirewash.transforms.core.cleaning.rules import ar, de, en, es, fr, it, ja, ko, pt, ru, wire, wire_intl, zh
from wirewash.transforms.core.cleaning.rules.base import Rule

# Rule packs, in precedence order: the agencies' credits (the foreign agencies' English services strip a
# credit with its desk's dateline whole, so they go before the language packs), English, the other languages.
PACKS: tuple[ModuleType, ...] = (wire, wire_intl, en, es, fr, de, pt, it, ru, ar, zh, ja, ko)

RULES: tuple[Rule, ...] = tuple(rule for pack in PACKS for rule in pack.RULES)
# Rule name -> the publisher a rule's match names ("(AP)" -> "AP").
PUBLISHERS: dict[str, str] = {r.name: r.publisher for r in RULES if r.publisher is not None}
