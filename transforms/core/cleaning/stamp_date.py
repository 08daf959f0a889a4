"""The date of first publication a removed stamp gives ("Published: 3 December 2026 10:15 GMT", "Publié le 3
déc. 2026", "Veröffentlicht am 3.12.2026", "Опубликовано 3 декабря 2026", "发布时间：2026年12月3日"), for
``published`` when nothing better set it. An update's date alone ("Updated 3 Dec 2026", "Mis à jour le ...")
is not the publication's: README's ``published`` is the day the story came out. A page that carries only an
update's stamp gives that date (``stamp_date(text, updates=True)``, which ``clean`` asks only when no removed
stamp gave a first publication): the story came out that day or before, and a reader filtering by day gets the
latest day it was current rather than none.

Written here rather than through htmldate or dateparser: htmldate's fast path reads English, French, German
and Turkish months only and swaps an ambiguous day and month silently; dateparser took 15 s of CPU to load its
languages on the first call and 50-175 ms a call after, and read none of the labelled stamps above. Only a
written four-digit year is read (never one guessed, nor a century for "26-02-87"); a date before 1990 or after
2099 is none (fixed bounds, so that a rerun years later gives the same output). Linear in the text's
length; the text is a removed stamp, at most a line.
"""
from __future__ import annotations

import datetime
import re
import unicodedata

_MONTH_NAMES = (
    # en, fr, es, pt, de, it, ru (nominative and genitive), with the abbreviations their sites print.
    "january jan janvier janv enero ene janeiro januar jänner gennaio gen январь января янв",
    "february feb février fevrier févr fevr fév fev febrero fevereiro februar febbraio февраль февраля фев февр",
    "march mar mars marzo março marco märz maerz mrz мар март марта",
    "april apr avril avr abril abr aprile апрель апреля апр",
    "may mai mayo maio maggio mag май мая",
    "june jun juin junio junho juni giugno giu июнь июня июн",
    "july jul juillet juil julio julho juli luglio lug июль июля июл",
    "august aug août aout agosto ago августа август авг",
    "september sep sept septembre septiembre setiembre setembro settembre set сентябрь сентября сен сент",
    "october oct octobre octubre outubro out oktober okt ottobre ott октябрь октября окт",
    "november nov novembre noviembre novembro ноябрь ноября ноя нояб",
    "december dec décembre decembre déc diciembre dic dezembro dez dezember dicembre декабрь декабря дек",
)
# Arabic months as Egyptian and Gulf sites name them ("نشر في: 17 فبراير 2026").
_ARABIC_MONTHS = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
_MONTHS = {name: n for n, names in enumerate(_MONTH_NAMES, 1) for name in names.split()} | {
    name: n for n, name in enumerate(_ARABIC_MONTHS, 1)
}
_MONTH = "(?P<{}>" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<{}>\d{{4}})(?!\d)"
_DAY = r"(?<!\d)(?P<{}>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"

# A named month fixes the order: "3 December 2026", "3 de diciembre de 2026", "3. Dezember 2026", "1er déc.
# 2026", "3 декабря 2026 г.", "December 3, 2026", "Dec. 3rd, 2026".
_DAY_MONTH = rf"{_DAY.format('d1')} (?:de |of )?{_MONTH.format('m1')},? (?:de |del )?{_YEAR.format('y1')}"
_MONTH_DAY = rf"{_MONTH.format('m2')} {_DAY.format('d2')},? {_YEAR.format('y2')}"
# "2026年12月3日", "2026년 12월 3일", "2026-12-03", "2026/12/03".
_CJK = r"(?P<y3>\d{4}) ?[年년] ?(?P<m3>\d{1,2}) ?[月월] ?(?P<d3>\d{1,2}) ?[日일]?"
_ISO = r"(?<!\d)(?P<y4>\d{4})(?P<s4>[-/.])(?P<m4>\d{1,2})(?P=s4)(?P<d4>\d{1,2})(?!\d)"
# "3.12.2026" (day first wherever dots part it), "12/3/2026" and "03-12-2026" (the order told by the stamp).
_NUMERIC = r"(?<![\d.])(?P<a5>\d{1,2})(?P<s5>[-/.])(?P<b5>\d{1,2})(?P=s5)(?P<y5>\d{4})(?!\d)"
_DATE = re.compile(
    rf"(?<!\w)(?:{_DAY_MONTH}|{_MONTH_DAY})(?!\w)|{_CJK}|{_ISO}|{_NUMERIC}", re.IGNORECASE
)

# Labels of first publication, and of an update whose date says nothing of it.
_PUBLISHED = re.compile(
    r"(?<!\w)(?:(?:first |originally )?published|posted|publié(?:e)?|publie|mis en ligne|publicad[oa]|"
    r"veröffentlicht|erschienen|pubblicat[oa]|опубликован[оа]?|发布|發佈|發布|公開|掲載|게시|입력|등록|نشر في|نُشر في)"
    # Korean writes the label as one word with what it labels ("기사입력", "최초등록").
    r"|(?:기사|최초)?(?:입력|등록)",
    re.IGNORECASE,
)
_UPDATED = re.compile(
    r"(?<!\w)(?:(?:last )?updated|update|modified|revised|edited|mis à jour|mise à jour|màj|modifié(?:e)?|"
    r"actualizad[oa]|actualización|atualizad[oa]|aktualisiert|geändert|aggiornat[oa]|обновлен[оа]?|"
    r"更新|수정|تحديث)|(?:최종|기사)?수정",
    re.IGNORECASE,
)
# A label governs the first date after it within this many characters: "Published: Thursday, 3 December".
_LABEL_REACH = 40
# Or the date before it when only a clock stands between, as Korean, Japanese and Chinese sites set a stamp
# ("2026.12.03 10:15 입력", "2026年12月3日 10時15分 公開", "2026/12/03 10:15 更新").
_LABEL_AFTER_REACH = 16

# What a bare stamp may hold besides its date: a clock time, a zone, a weekday, a connecting word, marks.
_CLOCK = re.compile(
    r"(?:오전|오후|午前|午後|上午|下午)? ?"
    r"(?:(?<!\d)\d{1,2}(?:[:h.]\d{2}(?::\d{2})?|h)(?!\d)(?: ?[ap]\.? ?m\b\.?)?|\d{1,2} ?[時时시] ?(?:\d{1,2} ?[分분])?)",
    re.IGNORECASE,
)
_US_CUE = re.compile(r"\b[ap]\.? ?m\b|\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\b", re.IGNORECASE)
_ZONE = re.compile(r"\b(?:UTC|GMT|[A-Z]{2,4}T|[ECMP]T|MEZ|MESZ|MSK)(?:[+-]\d{1,2}(?::?\d{2})?)?\b|[+-]\d{2}:?\d{2}\b")
_FILLER = frozenset(
    "on at le la à a las el de del em às am um uhr il alle ore в г h hrs hs mon tue wed thu fri sat sun "
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi "
    "dimanche lunes martes miércoles jueves viernes sábado domingo segunda terça quarta quinta sexta "
    "feira montag dienstag mittwoch donnerstag freitag samstag sonntag lunedì martedì mercoledì giovedì "
    "venerdì sabato domenica понедельник вторник среда четверг пятница суббота воскресенье".split()
)
# Words that say the outlet is European, so "03/12/2026" is day first: a French, Spanish, Portuguese,
# German, Italian or Russian connecting word, or a European zone.
_DAY_FIRST_WORDS = frozenset("le à el de em às am um uhr il alle ore в г".split())
_DAY_FIRST_ZONE = re.compile(r"\b(?:GMT|BST|UTC|WET|WEST|CET|CEST|EET|EEST|MEZ|MESZ|MSK)\b")
# A wire's name in brackets after a dateline's date ("LONDON, March 5, 2026 (Reuters) -", "5 mars 2026 (AFP)"):
# a few letters, no figure, so never a bracketed time or a story's aside.
_CREDIT = re.compile(r"\((?:[^\W\d_]|[ .&-]){2,30}\)")
# Marks that set a stamp's parts apart: "By Jane Doe | 3 December 2026 · Updated 10:15".
# A Chinese stamp's source follows its date ("2026年9月12日 15:46 来源：新华社").
_MARK = re.compile(r"\s[|·•—–]\s|\s-\s|\s?[|·•]\s?|\s*(?:来源|來源|출처)[:：]")
# A date closing a byline after a comma: "By Jane Doe, Economics Correspondent, June 22, 2026 4:55 pm".
_COMMA = re.compile(r",\s")
_FOUR_DIGITS = re.compile(r"\d{4}")
_MAX_CHARS = 200  # a stamp is a line; a paragraph with a date in it is a story's or a teaser's
# Fixed bounds, not the run's day: the same input gives the same ``published`` whenever it is run again.
_EARLIEST = datetime.date(1990, 1, 1)
_LATEST = datetime.date(2099, 12, 31)


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+", text)]


def _day_first(text: str, sep: str) -> bool | None:
    """Whether a numeric date in ``text`` puts the day first: dots always do; else what the stamp tells
    (a US clock or zone: month first; a European word or zone, or a 24-hour clock past noon: day first);
    None when nothing does, or both."""
    if sep == ".":
        return True
    us = _US_CUE.search(text) is not None
    europe = (
        _DAY_FIRST_ZONE.search(text) is not None
        or any(w in _DAY_FIRST_WORDS for w in _words(text))
        or any(int(h) > 12 for h in re.findall(r"(?<!\d)(\d{1,2})[:h]\d{2}", text))
        or any(not m.group().lower().endswith(("published", "posted")) for m in _PUBLISHED.finditer(text))
    )
    return None if us == europe else europe


def _date_of(m: re.Match[str], text: str) -> datetime.date | None:
    g = m.groupdict()
    try:
        if g["y1"]:
            return datetime.date(int(g["y1"]), _MONTHS[_fold(g["m1"])], int(g["d1"]))
        if g["y2"]:
            return datetime.date(int(g["y2"]), _MONTHS[_fold(g["m2"])], int(g["d2"]))
        if g["y3"]:
            return datetime.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        if g["y4"]:
            return datetime.date(int(g["y4"]), int(g["m4"]), int(g["d4"]))
        a, b = int(g["a5"]), int(g["b5"])
        if a != b and a <= 12 and b <= 12:
            first = _day_first(text, g["s5"])
            if first is None:
                return None
            a, b = (a, b) if first else (b, a)
        elif a <= 12 < b:
            a, b = b, a  # "12/25/2026": only month first is a date
        return datetime.date(int(g["y5"]), b, a)
    except (ValueError, KeyError):
        return None


def _fold(month: str) -> str:
    return unicodedata.normalize("NFC", month.lower().rstrip("."))


def _bare(text: str) -> bool:
    """A stamp that is a date and nothing a story or a byline would add: "3 December 2026 10:15 GMT", "Le
    03/12/2026 à 15h01", "Thursday, December 3, 2026 - 6:15 p.m. ET", a dateline's "March 5, 2026 (Reuters) -"
    (the wire's name in brackets, ``_CREDIT``)."""
    rest = _CREDIT.sub(" ", _ZONE.sub(" ", _CLOCK.sub(" ", _DATE.sub(" ", text))))
    return all(w in _FILLER for w in _words(rest))


# A schedule's or a timeline's entry: a day (its year optional) or a year, then a dash or a colon and what
# happens then: "June 23 -- Jiffy Lube Live, Bristow, VA", "Sept. 12 – The Forum, Los Angeles", "12 March: Polls
# open", "1989 - The Berlin Wall falls". A story's own list; other stories' headlines do not open with a date.
_DATED_ENTRY = re.compile(
    rf"(?:{_MONTH.format('m')} {_DAY.format('d')}|{_DAY.format('e')} (?:de |of )?{_MONTH.format('n')}|"
    r"(?:1[6-9]|20)\d\d)(?:,? \d{4})? ?(?:--|[-–—:]) ?[^\s\d]",
    re.IGNORECASE,
)


def dated_entry(text: str) -> bool:
    """Whether ``text`` opens as a schedule's or a timeline's entry (``_DATED_ENTRY``)."""
    return text[:1].isalnum() and _DATED_ENTRY.match(text) is not None


def bare_stamp(text: str) -> bool:
    """Whether ``text`` is a date with its year and nothing else a story or a byline would add: "August 7, 2026
    at 2:58 PM GMT+1", "03/12/2026 15:01"."""
    return len(text) <= _MAX_CHARS and has_date(text) and _bare(text)


def has_date(text: str) -> bool:
    """Whether ``text`` holds a full date with its year, in any of the forms ``stamp_date`` reads."""
    return _FOUR_DIGITS.search(text) is not None and _DATE.search(text) is not None


def stamp_date(text: str, updates: bool = False) -> datetime.date | None:
    """The date of first publication ``text``, a stamp the cleaner removed, gives: the first full date after a
    publication label ("Posted Oct. 8, 2021 · Updated 1:49 p.m."), else the one date of a bare stamp or of a
    part of it set apart by a mark ("By Jane Doe | 3 December 2026"). None for an update's date (unless
    ``updates``: then the first date after an update label too), a date without its year, an ambiguous
    "03/04/2026" nothing in the stamp orders, or one outside 1990-2099."""
    # Every date read has a four-digit year: most removals (share rows, labels, credits) have none, and this
    # test costs a twentieth of the date pattern's search.
    if len(text) > _MAX_CHARS or _FOUR_DIGITS.search(text) is None:
        return None
    dates = [(m, d) for m in _DATE.finditer(text) if (d := _date_of(m, text)) is not None
             and _EARLIEST <= d <= _LATEST]
    if not dates:
        return None
    labels = sorted(
        [(m.end(), True) for m in _PUBLISHED.finditer(text)] + [(m.end(), False) for m in _UPDATED.finditer(text)]
    )
    starts = sorted(
        [(m.start(), True) for m in _PUBLISHED.finditer(text)] + [(m.start(), False) for m in _UPDATED.finditer(text)]
    )
    for m, day in dates:
        # The label right after the date and its clock ("2026.12.03 10:15 입력") is the date's own, before
        # one that closes the part before it ("2026.12.04 11:20 수정 | 2026.12.03 10:15 입력").
        governing = [
            first for start, first in starts if m.end() <= start <= m.end() + _LABEL_AFTER_REACH
            and _bare(between := text[m.end():start]) and "," not in between
            and _MARK.search(text, m.end(), start) is None
        ][:1] or [first for end, first in labels if end <= m.start() and m.start() - end <= _LABEL_REACH]
        if governing:
            if governing[-1] or updates:
                return day
            continue
        start = max((p.end() for p in _MARK.finditer(text, 0, m.start())), default=0)
        end = next((p.start() for p in _MARK.finditer(text, m.end())), len(text))
        comma = max((p.end() for p in _COMMA.finditer(text, start, m.start())), default=start)
        # A labelled line's comma parts a credit from its date ("Photo: Reuters, 3 December 2026"), no byline.
        closing = _bare(text[comma:end]) and _bare(text[m.end():end]) and ":" not in text[start:comma]
        if _bare(text[start:end]) or closing:
            return day
    return None
