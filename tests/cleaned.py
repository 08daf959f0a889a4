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


def removed_by(out: Cleaned, rule: str) -> list[str]:
    """The texts ``rule`` removed, in document order."""
    return [r.text for r in out.removed if r.rule == rule]


# A story's paragraphs for the furniture around them (Reuters, on Kazakhstan's 2023 election).
LEAD = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
BODY = "Turnout was estimated at around 54%, far below the 63% participation in previous elections."
SECOND = "Seven parties, including two newly registered ones, competed for 69 party-list seats."
TAIL = "Economic challenges, including high inflation, are also top of mind for Tokayev, analysts said."


# Reuters-21578 NEWID 1292 (reut2-001.sgm): its body opens with a wrapped line that is no headline.
GOODYEAR = (
    "The chairman of Goodyear Tire and Rubber\n"
    "Co, a concern that survived a recent hostile takeover bid,\n"
    'charged that "terrorists in three-piece suits" are undermining\n'
    "the nation's industrial base.\n"
    "In a speech to a meeting of south Florida business executives,\n"
    "Goodyear Chairman Robert Mercer lashed out at corporate raiders\n"
    "and takeover specialists, accusing them of causing serious harm\n"
    "to the companies they target.\n"
    '  "Their interest is not in preserving and strengthening\n'
    "America's industrial and providing jobs,\" he said.\n"
    " Reuter\n"
)

# Reuters-21578 NEWID 1827: a wrapped first line that is no headline, and a sentence going on after "U.S.".
OKUMA = (
    "State Commerce Secretary Claude\n"
    "Pope said Japan's Okuma Machinery Works LTD will build a\n"
    "multi-million dollar manufacturing machinery plant here.\n"
    "    He said the plant will be the company's first in the U.S.\n"
    "and will employ approximately 150 people.\n"
    "    He said start-up date is set for late this year.\n"
    " Reuter\n"
)
