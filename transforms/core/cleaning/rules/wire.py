"""Wire-service credits: the agency's name in a dateline at the start of the lead, recognised as the publisher.

Each is a ``prefix`` rule: the matched dateline is stripped and the story sentence after it kept.
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.rules.base import Rule

# A dateline such as "ALMATY", "DOHA, Qatar", "LONDON, March 3", "DOHA, Qatar, March 5, 2026": all-caps words,
# then up to three comma-separated qualifiers (a country, a day, a year). Each repetition starts with a comma or
# a space, so the pattern cannot backtrack badly.
_PLACE = r"(?:[A-Z][A-Z.'’\-]{1,30}(?: [A-Z][A-Z.'’\-]{1,30}){0,3}(?:,(?: [\w.'’\-]{1,30}){1,4}){0,3} ?)?"
# Wires write "--", em/en dash or hyphen, sometimes glued to the next word ("(Reuters) -Kazakh").
_DASH = r" ?(?:--|—|–|-)? ?"
# AFP and syndicators write the place in title case ("Paris (AFP) –"); then a dash is required, so that
# "The Associated Press (AP) reported" stays a sentence.
_TITLE_PLACE = r"[A-Z][a-z.'’\-]{1,30}(?: [A-Z][a-z.'’\-]{1,30}){0,2}(?:, [\w.'’\-]{1,30}){0,2} "


def _wire(name: str, wire: str, publisher: str, example: str, keep: str, version: int = 1) -> Rule:
    credit = r"\((?:" + wire + r")\)"
    pattern = _PLACE + credit + _DASH + "|" + _TITLE_PLACE + credit + r" ?(?:--|—|–|-) ?"
    return Rule(name, version, "prefix", example, re.compile(pattern), "any", "*", publisher, keep)


RULES: tuple[Rule, ...] = (
    _wire("bloomberg_credit", r"Bloomberg(?: [A-Z][a-z]{1,20})?", "Bloomberg", "(Bloomberg) -- ",
          "Data compiled by (Bloomberg) analysts showed a rise in turnout on Sunday."),
    _wire("reuters_credit", r"Reuters", "Reuters", "ALMATY (Reuters) - ",
          "Kazakh officials told Reuters - in a statement - that turnout rose."),
    _wire("ap_credit", r"AP|Associated Press", "AP", "DOHA, Qatar (AP) — ",
          "The Associated Press (AP) reported the results on Monday."),
    _wire("afp_credit", r"AFP|Agence France-Presse", "AFP", "Paris (AFP) – ",
          "Officials told AFP that the results were final.", version=2),
    _wire("cnn_credit", r"CNN(?: Business| Politics| Sport)?", "CNN", "(CNN) — ",
          "CNN reported that turnout was low on Sunday."),
    _wire("globenewswire_credit", r"GLOBE NEWSWIRE|Globe Newswire", "GlobeNewswire",
          "TORONTO, Jan. 10, 2024 (GLOBE NEWSWIRE) -- ",
          "The results were released through Globe Newswire on Monday, the company said."),
    # Business Wire sets its credit between double dashes after the place and the date, in capitals or in title
    # case: "NEW YORK--(BUSINESS WIRE)--", "Denver, Nov. 11, 2024--(BUSINESS WIRE)--".
    Rule(
        "business_wire_credit", 1, "prefix", "NEW YORK--(BUSINESS WIRE)--",
        re.compile(
            r"(?:[A-Z][\w.'’\-]{1,30}(?: [A-Z][\w.'’\-]{1,30}){0,3}(?:,(?: [\w.'’\-]{1,30}){1,4}){0,3})?"
            r" ?--\((?:BUSINESS WIRE|Business Wire)\) ?--? ?"
        ),
        publisher="Business Wire",
        keep="The statement was distributed by Business Wire on Monday, the company said.",
    ),
    Rule(
        "tass_credit", 1, "prefix", "MOSCOW, March 4. /TASS/. ",
        re.compile(
            r"[A-Z][A-Z\-]{1,30}(?: [A-Z][A-Z\-]{1,30}){0,2}, [A-Z][a-z]{2,8}\.? \d{1,2}\. /(?:TASS|ITAR-TASS)/\.? ?"
        ),
        publisher="TASS",
        keep="The statement was carried by /TASS/. on Monday, officials said in Moscow.",
    ),
    Rule(
        "wire_signoff", 1, "line", "Reuter",
        # Reuters' 1987 copy signs off with "Reuter" on the last line.
        re.compile(r"(?i:reuter)"),
        zone="tail",
        keep="Reuter said the figures were preliminary.",
    ),
)
