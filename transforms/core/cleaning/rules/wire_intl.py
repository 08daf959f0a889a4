"""English-language services of non-English agencies: Xinhua, Kyodo, Yonhap, Anadolu, ANSA, EFE (TASS's
English "/TASS/" credit is in the English pack). RIA Novosti's, Interfax's, KUNA's, WAM's and SPA's English
credits went (issue 11): no evaluation's text holds one, no test needs one, and together they cost 0.3% of
clean()'s instructions; the Russian and Arabic packs keep these agencies' own credits.

One family rather than one entry per language pack: the copy is English, so the rules apply with the English
pack, but each agency keeps its own dateline habit (TASS's "/TASS/", ANSA's credit-first "(ANSA) - ROME,").
The credits of wires that are English at home (Reuters, AP, AFP, Bloomberg) stay in
the English pack.
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import LATIN_PLACE, SEP, credit, latin_credit, line

L = "en"
_AGENCIES = r"(?:PTI|IANS|ANI|UNI|Reuters|AFP|AP|Associated Press|Bloomberg|Xinhua|dpa|EFE|Kyodo|Yonhap|Anadolu|AA)"
_MONTH = r"(?i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})\.?"

RULES: tuple[Rule, ...] = (
    credit(
        "xinhua_credit", L, "Xinhua", latin_credit(r"Xinhua"),
        "BEIJING, March 4 (Xinhua) -- China's foreign trade rose 8.7 percent in the first two months.",
        "Xinhua reported that China's foreign trade rose 8.7 percent in the first two months.",
    ),
    credit(
        "kyodo_en_credit", L, "Kyodo", latin_credit(r"Kyodo"),
        "TOKYO (Kyodo) -- Japan's government approved an extra budget on Friday.",
        "According to Kyodo News, Japan's government approved an extra budget on Friday.",
    ),
    credit(
        "yonhap_en_credit", L, "Yonhap", latin_credit(r"Yonhap"),
        "SEOUL, March 4 (Yonhap) -- South Korea's exports rose for a fifth straight month in February.",
        "Data compiled by Yonhap showed South Korea's exports rose for a fifth straight month in February.",
    ),
    credit(
        "anadolu_en_credit", L, "Anadolu", latin_credit(r"AA|Anadolu(?: Agency)?"),
        "ANKARA (AA) - Turkish exports hit a record high in February, the trade minister said.",
        "Speaking to Anadolu Agency, the trade minister said Turkish exports hit a record high in February.",
    ),
    credit(
        "ansa_en_credit", L, "ANSA",
        # The Italian desk's "(ANSA) - ROMA, 04 MAR - " too: whichever pack tries it first strips it whole.
        re.compile(rf"\(ANSA\){SEP}(?:{LATIN_PLACE}, (?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH}){SEP})?"),
        "(ANSA) - ROME, MARCH 4 - Italy's unemployment rate fell to a record low in January.",
        "ANSA reported that Italy's unemployment rate fell to a record low in January.",
    ),
    credit(
        "efe_en_credit", L, "EFE", latin_credit(r"EFE|EFE-EPA"),
        "Madrid, Mar 4 (EFE).- Spain's jobless claims fell in February for the first time in three months.",
        "The EFE news agency said Spain's jobless claims fell in February for the first time in three months.",
    ),
    line(
        # An agency's name over its time stamp, left between headline and lead by news aggregators and
        # Indian portals: "PTI | Updated: Nov 19, 2019, 10:36 IST", "Reuters · 2 hours ago".
        "agency_stamp", L,
        rf"{_AGENCIES}(?: ?[|·•,\-] ?| )(?i:(?:updated|published|posted|last updated):? )?"
        rf"(?:\d{{1,3}} ?(?:min|mins|minutes?|h|hrs?|hours?|days?) ago"
        rf"|(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}})(?:,? (?:at )?\d{{1,2}}[:.]\d{{2}}"
        rf"(?: ?(?:[ap]\.?m\.?|AM|PM))?(?: [A-Z]{{2,4}})?)?)",
        "PTI | Updated: Nov 19, 2019, 10:36 IST",
        "Reuters reported on Nov 19, 2019 that the talks had stalled.",
        zone="head",
    ),
)
