"""A record's ``date`` field -> its day and moment: ISO and RFC 2822 strings, a month named in English,
"DD-MON-YYYY", MongoDB's ``{"$date": ...}``, dates, datetimes and Unix times, each within plausible years."""
from __future__ import annotations

import datetime
import email.utils
import math
import re

from wirewash.transforms.core.readers.records.values import _decimal_as_number


_DATE_RE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_CLOCK_RE = re.compile(r"\d:\d\d")
# "[Mon, ]04 Mar 2024 ...": a day, an English month abbreviation, a year (email.utils parses the rest).
_RFC2822_RE = re.compile(r"\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\b")
# A date with its month named in English, alone on the line: "2 December 2026", "Dec. 2, 2026", "Tuesday,
# December 2, 2026". The month's name leaves no doubt about the order; "02/12/2026" does, and stays unread.
_MONTHS = {
    name: n
    for n, full in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"),
        1,
    )
    for name in (full, full[:3], *(("sept",) if n == 9 else ()))
}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_NAMED_MONTH_RE = re.compile(
    r"\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:(\d{{1,2}})\s+{_MONTH},?\s+(\d{{4}})|{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}}))\s*",
    re.IGNORECASE,
)
# "26-FEB-1987 15:01:01.79": Reuters-21578's <DATE> and Oracle's DD-MON-YYYY, read as the ISO form it spells
# (fresh12 F7: every date of the corpus was null). A two-digit year ("26-FEB-87") names no century: unread.
_DASHED_DATE_RE = re.compile(
    rf"\s*(\d{{1,2}})-{_MONTH}-(\d{{4}})(?:[ T]+(\d{{1,2}}:\d\d(?::\d\d(?:\.\d{{1,6}})?)?))?\s*", re.IGNORECASE
)
# A Unix time given as a string of digits ("1764669600"), read as the number would be.
_DIGITS_RE = re.compile(r"\s*\d{1,13}\s*", re.ASCII)
# Years a publication date can have: a sentinel ("9999-12-31", "0001-01-01") must not order --keep or
# look like a second date of a story.
_PLAUSIBLE_YEARS = (1800, 2199)
# Unix times a JSON number or a Parquet integer may give for ``date``: seconds from 1e8 (1973-03-03) and
# milliseconds from 1e11 (also 1973-03-03), each below ten times that. The ranges do not overlap, so the unit
# is never guessed; what falls between (1e10 s is 2286, 1e10 ms is 1970-04-26), below (20240304 is a
# yyyymmdd, not a time) or past (microseconds) is refused. The year limit above still applies.
_EPOCH_SECONDS = (1e8, 1e10)
_EPOCH_MILLISECONDS = (1e11, 1e13)


def parse_date(value: object) -> datetime.date | None:
    """An ISO date or datetime string, an RFC 2822 one (RSS ``pubDate``: "Mon, 04 Mar 2024 10:00:00 GMT"), a
    date with its month named ("2 December 2026", "Dec. 2, 2026"), a date or a datetime -> date (the local
    date where a time zone is given); None for anything else, an impossible date ("2024-02-30") or a year
    outside 1800-2199 (placeholders such as "9999-12-31")."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value if _PLAUSIBLE_YEARS[0] <= value.year <= _PLAUSIBLE_YEARS[1] else None
    if not isinstance(value, str):
        return None
    m = _DATE_RE.match(value)
    named = None if m else _NAMED_MONTH_RE.fullmatch(value)
    try:
        if m:
            return parse_date(datetime.date(int(m[1]), int(m[2]), int(m[3])))
        if named:
            day, month, year = (named[1], named[2], named[3]) if named[1] else (named[5], named[4], named[6])
            return parse_date(datetime.date(int(year), _MONTHS[month.lower()], int(day)))
        return parse_date(email.utils.parsedate_to_datetime(value)) if _RFC2822_RE.match(value) else None
    except (ValueError, TypeError, IndexError, OverflowError):
        return None


def parse_time(value: object) -> datetime.datetime | None:
    """The moment an ISO 8601 or RFC 2822 date-time string or a datetime names, as a timezone-aware UTC
    datetime; None when it gives no time of day (a bare date: ``published`` keeps the day), is not one, or
    falls on a day ``parse_date`` refuses.

    An offset ("+05:30", "Z") is honoured; a naive time ("1987-03-27T12:27:03", a wire's local time) is read
    as UTC, so two naive times of one feed keep their order. Strings are read by ``datetime.fromisoformat``
    (Python 3.11 takes "Z", a space for "T", fractions of a second and reduced forms such as "T12:27").
    """
    if isinstance(value, str):
        text = value.strip()
        m = _DATE_RE.match(text)
        try:
            if m and len(text) > m.end():
                value = datetime.datetime.fromisoformat(text)
            elif not m and _RFC2822_RE.match(text):
                value = email.utils.parsedate_to_datetime(text)
            else:
                return None
        except (ValueError, TypeError, IndexError, OverflowError):
            return None
    # A moment on a day ``parse_date`` refuses (a placeholder year) is no moment either.
    if not isinstance(value, datetime.datetime) or parse_date(value) is None:
        return None
    try:
        if value.tzinfo is None or value.utcoffset() is None:
            return value.replace(tzinfo=datetime.timezone.utc)
        return value.astimezone(datetime.timezone.utc)
    except (ValueError, OverflowError):  # an offset that takes year 1 or 9999 out of range; pandas' NaT
        return None


def from_epoch(value: object) -> datetime.datetime | None:
    """A Unix time in seconds or milliseconds (an int or a finite float in ``_EPOCH_SECONDS`` or
    ``_EPOCH_MILLISECONDS``) -> a UTC datetime; None for anything else, booleans included."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    for (low, high), per_second in ((_EPOCH_SECONDS, 1), (_EPOCH_MILLISECONDS, 1000)):
        if low <= value < high:
            return datetime.datetime.fromtimestamp(value / per_second, datetime.timezone.utc)
    return None


def _gives_time(value: object) -> bool:
    """Whether a ``date`` value says more than a day: a datetime, or a string going on past its date."""
    if isinstance(value, str):
        text = value.strip()
        m = _DATE_RE.match(text)
        # A day in words ("2 December 2026", "Dec. 2, 2026") goes on past an ISO date's length with no time.
        return _CLOCK_RE.search(text) is not None if m is None else len(text) > m.end()
    return isinstance(value, datetime.datetime)


_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
_MILLISECONDS_RE = re.compile(r"-?\d{1,18}", re.ASCII)


def extended_json_date(value: object) -> object:
    """MongoDB extended JSON's date (mongoexport, ``bsondump``), an object of one key ``$date`` -> what it
    holds: the ISO string of relaxed mode (``{"$date": "2024-03-04T10:00:00Z"}``), or a UTC datetime for a
    count of milliseconds since 1970, canonical mode's ``{"$date": {"$numberLong": "1709546400000"}}`` or
    the legacy ``{"$date": 1709546400000}``; milliseconds always, never guessed as seconds (``from_epoch``
    would read 1e9 ms as seconds). Any other value, or one that cannot be a datetime, is returned as it is."""
    if not (isinstance(value, dict) and len(value) == 1 and "$date" in value):
        return value
    inner = value["$date"]
    if isinstance(inner, str):
        return inner
    if isinstance(inner, dict) and len(inner) == 1 and isinstance(inner.get("$numberLong"), str):
        inner = int(inner["$numberLong"]) if _MILLISECONDS_RE.fullmatch(inner["$numberLong"]) else None
    if isinstance(inner, bool) or not isinstance(inner, int):
        return value
    try:
        return _EPOCH + datetime.timedelta(milliseconds=inner)
    except OverflowError:
        return value


def _iso_of_dashed(value: object) -> object:
    """A "DD-MON-YYYY[ HH:MM[:SS[.f]]]" string as the ISO string it spells ("26-FEB-1987 15:01:01.79" ->
    "1987-02-26 15:01:01.79"), so ``parse_date`` and ``parse_time`` read it as they read ISO; any other value,
    or an impossible day, as it is."""
    m = _DASHED_DATE_RE.fullmatch(value) if isinstance(value, str) else None
    if m is None:
        return value
    day, month, year, clock = int(m[1]), _MONTHS[m[2].lower()], m[3], m[4]
    if clock and len(clock.split(":", 1)[0]) == 1:
        clock = "0" + clock
    return f"{year}-{month:02d}-{day:02d}" + (f" {clock}" if clock else "")


def published_of(value: object) -> tuple[datetime.date | None, datetime.datetime | None, tuple[str, ...]]:
    """A ``date`` field -> (published, published_at, repaired): ``parse_date`` and ``parse_time`` of it
    (unwrapped first when it is MongoDB's ``{"$date": ...}``, ``extended_json_date``; "26-FEB-1987 15:01:01"
    read as its ISO form, ``_iso_of_dashed``), a Unix time
    (``from_epoch``; a number, or a string of its digits) read as the UTC moment it names;
    ``("published_unparsed",)`` when a value was given (not null, not blank) but no date could be read from
    it, ``("published_at_unparsed",)`` when the day was read but the time of day it gives was not ("T25:00",
    a zone name, "+2400"), so the null is counted, not silent."""
    value = _iso_of_dashed(extended_json_date(_decimal_as_number(value)))
    moment = from_epoch(int(value) if isinstance(value, str) and _DIGITS_RE.fullmatch(value) else value)
    if moment is not None:
        value = moment
    published = parse_date(value)
    if published is None and value is not None and not (isinstance(value, str) and not value.strip()):
        return None, None, ("published_unparsed",)
    published_at = parse_time(value)
    if published is not None and published_at is None and _gives_time(value):
        # A feed whose every time names its zone ("10:00 Europe/London") lost every published_at unseen.
        return published, None, ("published_at_unparsed",)
    return published, published_at, ()
