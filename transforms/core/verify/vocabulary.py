"""The word lists verification reads texts with: weekdays and months, abbreviated words, figures written out,
function words, market sessions, a desk's flags, the readings of a scale a templated report fills in; and the
kind of a distinctive word (``kind_of``)."""
from __future__ import annotations

import functools

import numpy as np

_DATE_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
# A month abbreviated is the same month ("Jan 31" in one copy, "January 31" in the re-send).
_MONTHS = {
    month[:3]: month for month in "january february march april may june july august september october november december".split()
} | {"sept": "september"}
# The words of a name a desk writes out or abbreviates ("Federal Deposit Insurance Corp" in the story,
# "Corporation" in its re-send): one word, as a month abbreviated is.
_NAME_WORDS = {
    "corp": "corporation", "inc": "incorporated", "co": "company", "cos": "companies", "ltd": "limited",
    "intl": "international", "govt": "government", "dept": "department", "assn": "association",
    "natl": "national", "bros": "brothers", "mfg": "manufacturing",
}
# Abbreviated words by their full form.
FULL_FORM = _MONTHS | _NAME_WORDS
# Figures written out ("trading at six pct" where the next day's report has "6-1/16 pct"), with their value:
# a re-send may write "nine" where the first had "9".
NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
        seventeen eighteen nineteen twenty""".split()
    )
} | {word: str(10 * tens) for tens, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)}
# English function words and sentence adverbs: capitalised only because they open a sentence, never a name
# (a desk's rewrite swaps "Also" for "Additionally", "While" for "Whilst", "However" for "But").
FUNCTION_WORDS = frozenset(
    """a about additionally after again against also although an and another any as at because before both
    but by despite during each either even every for from further furthermore he her here hers his how
    however i if in indeed instead it its meanwhile moreover most much neither nevertheless no nonetheless
    nor not of on once only or other our out over she since so some still such than that the their them
    then there therefore these they this those though thus to too under unless until upon we what whatever
    when where whereas whether which while whilst who whom whose why with within without yet you your""".split()
)
# The session a market report covers, named in its title: the midday report and the close of one market
# share their wording and differ in figures that may fall outside the passages they share.
SESSIONS = {
    word: session
    for session, words in (
        ("open", "open opens opened opening"),
        ("midday", "midday midsession noon"),
        ("close", "close closes closed closing"),
    )
    for word in words.split()
}
# A desk's flags heading a re-sent story's title: the same story, not another subject.
RESEND_FLAGS = frozenset("corrected correction rpt repeat repeated refile refiled update updated urgent flash".split())
# Those of a desk's flags that say the story replaces one sent before (not a new version with news added): its
# corrected figure (the old and the new value) may differ, and it may come out a day later with a note added
# or a sentence put right.
CORRECTION_FLAGS = frozenset("corrected correction corrects rpt repeat repeated refile refiled".split())
# A desk's flags opening the title of a new version of a story, news added ("UPDATE 2-", "WRAPUP").
UPDATE_FLAGS = frozenset("update updated updates newlead writethru recasts wrapup".split())
# Words a templated report fills in lower case, by scale and reading: a market report of another day, place
# or commodity has "steady" for "higher", "april" for "march", "bushel" for "tonne". A copy's edits never turn
# a market around; a correction, flagged, may.
READINGS = {
    word: (scale, reading)
    for scale, readings in (
        ("direction", (
            ("up", "higher up rose firmer stronger gained advanced rallied"),
            ("down", "lower down fell easier weaker lost declined eased"),
            ("flat", "steady unchanged flat"),
        )),
        ("month", tuple((m, m) for m in _MONTHS.values())),
        ("weekday", tuple((d, d) for d in sorted(_DATE_WORDS - set(_MONTHS) - set(_MONTHS.values())))),
        ("unit", (
            ("bushel", "bushel bushels"),
            ("tonne", "tonne tonnes ton tons"),
            ("ounce", "ounce ounces oz"),
            ("barrel", "barrel barrels bbl bpd"),
            ("cwt", "cwt hundredweight"),
            ("bale", "bale bales"),
            ("gallon", "gallon gallons"),
        )),
    )
    for reading, words in readings
    for word in words.split()
}


NUMBER, DATE, NAME = "number", "date", "name"


def kind_of(token: str) -> str:
    """``number``, ``date`` (weekday or month) or ``name`` (people, companies, places, tickers)."""
    if token[:1].isdigit() or token in NUMBER_WORDS:
        return NUMBER
    return DATE if token in _DATE_WORDS else NAME


@functools.lru_cache(maxsize=1)
def listed_hashes() -> np.ndarray:
    """The vocabulary hashes of the words of ``READINGS``, in its order, then of "corrects" (the verb of a
    desk's correction note): looked up in each text's vocabulary at once."""
    from wirewash.transforms.core.minhash import word_hashes  # minhash imports this package

    return (word_hashes(" ".join([*READINGS, "corrects"])) >> np.uint64(32)).astype(np.uint32)
