"""Stamps told by their shape in any language: a date with a clock time set as a line ("Le 01/01/2024 à 15h01",
"Posted Oct. 8, 2021 · Updated 1:49 p.m."), and a relative age alone or under a short label ("14時間前",
"منذ 2 ساعات", "Updated 2 hours ago", "Il y a 3 heures"). The head reads them to find where the lead starts;
``shaped.stamped_lines`` removes them below it. All tests are linear in a line's length.
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.regex_shape import leads
from wirewash.transforms.core.cleaning.rules.shapes import CLOCK, RELATIVE_AGE, YEAR
from wirewash.transforms.core.cleaning.structure import is_sentence

# A clock time ("15:27", "8h34", "6:15 p.m.", and with a stop when its meridiem follows: "11.53am", "9.14 pm";
# "11.53" alone is a figure) and a date with its year ("01/01/2024", "2 settembre 2021", "July 25, 2022",
# "2025年4月29日": no word boundary parts the year from 年).
_TIME = re.compile(rf"\b(?:{CLOCK}\b|\d{{1,2}}\.\d{{2}} ?[AaPp]\.?[Mm](?![^\W\d_]))")
_DATE = re.compile(rf"\b\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})\b|\b{YEAR}(?:\b|年)")
# A clock time's "a.m."/"p.m." closing a line: its stop ends no sentence ("Updated 1:49 p.m.").
_MERIDIEM_END = re.compile(r"(?<=\d) ?[AaPp]\. ?[Mm]\.+$")
_CLOCK_MERIDIEM_END = re.compile(rf"\b{CLOCK} ?[AaPp]\. ?[Mm]\.+$")


def _closes_on_meridiem(text: str) -> bool:
    """What both patterns above need, read off the line's end ("m." before the end or a last newline): their
    search runs over the whole line, 30 us on a 4 kB paragraph of NewsArticles, and most lines end otherwise."""
    end = text[:-1] if text.endswith("\n") else text
    return end.endswith(".") and end.rstrip(".")[-1:] in ("m", "M")


# Words a label may set before an age: "Updated", "Publicado", "Aktualisiert am"; a story's clause is longer.
_AGE_LABEL_MAX_WORDS = 2
_AGE_ABBREVIATIONS = ("Std.", "Min.")  # a German age's own stop ("vor 3 Std.") ends no sentence


def date_time(text: str) -> bool:
    """A stamp set as a line: a date with its year and a clock time, and hardly any words besides ("6 mayo 2024
    - 15:27 h", "Le 01/01/2024 à 15h01", "Published July 25, 2022 at 6:15 p.m."). A story sentence has a verb
    and ends as one (a closing "p.m." is the clock's, no sentence's end); a table row has no clock time."""
    if is_sentence(_MERIDIEM_END.sub("", text) if _closes_on_meridiem(text) else text):
        return False
    if _TIME.search(text) is None or _DATE.search(text) is None:
        return False
    words = [w for w in text.split() if any(c.isalpha() for c in w) and not any(c.isdigit() for c in w)]
    return len(words) <= len(text.split()) - len(words) + 2


# The verbs a page stamps its story with, in the packs' languages ("Publié le", "Actualizado el", "Atualizado
# em", "Aggiornato il", "Stand:", "Обновлено", "آخر تحديث", "更新"): a closed class, unlike the words round
# them.
_STAMP_VERB = re.compile(
    r"(?i:\b(?:(?:last |zuletzt )?(?:published|updated|posted|modified|edited|publié|mis à jour|modifié"
    r"|actualisé|publicado|actualizado|atualizado|modificado|editado|pubblicato|aggiornato|modificato"
    r"|veröffentlicht|aktualisiert|geändert|stand|опубликовано|обновлено|изменено))\b)"
    r"|آخر تحديث|تم التحديث|نشر في|更新|发布|發布|公開"
)
_STAMP_VERB_LEADS = leads(_STAMP_VERB)  # most lines open otherwise: told before the match
_CLAUSE_ENDS = " -–—|·•/,;:"  # what sets a clause off from the next verb, or its verb from its date
# Words a stamp's clause sets round its date besides the verb, beyond one per figure: "le", "à", "a las",
# "CET", "Uhr", the month ("Publié le 9 novembre 2021 à 8h34", "Mis à jour à 10h34").
_CLAUSE_SPARE_WORDS = 3
STAMP_LINE_MAX_WORDS = 30


def _dated(clause: str) -> bool:
    """A stamp's clause after its verb: a clock time, a date with its day and year, or a relative age, and few
    words besides ("le 9 novembre 2021 à 8h34", "à 10h34", "há 2 horas"); "forecasts for 2026" has a year
    only."""
    tokens = clause.split()
    figures = sum(any(c.isdigit() for c in t) for t in tokens)
    if len(tokens) - figures > figures + _CLAUSE_SPARE_WORDS:
        return False
    return (
        _TIME.search(clause) is not None or (figures >= 2 and _DATE.search(clause) is not None)
        or RELATIVE_AGE.search(clause) is not None
    )


def stamp_line(text: str) -> bool:
    """A line of stamps in any language: each clause a stamp verb and its date, time or age, the line opening
    on the first ("Publié le 9 novembre 2021 à 8h34 - Mis à jour à 10h34", "Publicado el 3 de diciembre de
    2026, 10:15 Actualizado el 3 de diciembre de 2026, 12:40", "Stand: 03.12.2026 10:15 Uhr"). A story
    sentence ends as one ("Published in 2019, the report found ...") and holds more words than figures; a
    subhead names no day ("Updated forecasts for 2026")."""
    if text[:2] not in _STAMP_VERB_LEADS or _STAMP_VERB.match(text) is None or is_sentence(
        _MERIDIEM_END.sub("", text) if _closes_on_meridiem(text) else text
    ):
        return False
    verbs = list(_STAMP_VERB.finditer(text))
    ends = [m.start() for m in verbs[1:]] + [len(text)]
    return all(_dated(text[m.end():end].strip(_CLAUSE_ENDS)) for m, end in zip(verbs, ends))


# A live blog's entry stamp: a clock time alone with its meridiem or zone ("7:57 p.m. ET", "14:05 Uhr", "10.15
# GMT"); a bare "14:05" may be a table's cell.
_CLOCK_ALONE = re.compile(
    r"\d{1,2}[:.h]\d{2}(?: ?(?P<m>[AaPp]\.? ?[Mm]\.?))?"
    r"(?: ?(?P<z>ET|EST|EDT|CT|CST|PT|PST|GMT|UTC|BST|CET|CEST|MEZ|MESZ|MSK|JST|KST|Uhr|h))?"
)


# A clock time alone with no zone ("14:05", "14.05", "14h05"): a figure as often, unless a live blog's entries
# open on such lines, three or more each over a story paragraph (``shaped.stamped_lines``). With a colon or an
# "h" it is no decimal figure, and one does: no line of the data folder's BBC, Reuters-21578 or extraction
# benchmark bodies is such a clock alone.
_BARE_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d")
LIVE_MIN_ENTRIES = 3
LIVE_MIN_TIME_ENTRIES = 2


def bare_clock(text: str) -> bool:
    return _BARE_CLOCK.fullmatch(text) is not None


def clock_stamp(text: str) -> bool:
    """A clock time alone on a line with its meridiem or zone: a live blog's entry stamp."""
    m = _CLOCK_ALONE.fullmatch(text)
    return m is not None and (m["m"] is not None or m["z"] is not None)


def meridiem_stamp(text: str) -> bool:
    """A head line closing on a clock time and its "p.m." that is a stamp, not the lead: without the meridiem it
    ends no sentence, and most of its words are capitalised labels, names, months and figures ("Posted Oct. 8,
    2021 · Updated 1:49 p.m.", "Tom Okafor and Liam Whitfield → Published July 25, 2022 at 6:15 p.m."). A lead
    that closes on a time runs in lower case ("Police said the shooting began shortly before 1:49 p.m.")."""
    m = _CLOCK_MERIDIEM_END.search(text) if _closes_on_meridiem(text) else None
    if m is None or is_sentence(_MERIDIEM_END.sub("", text)):
        return False
    words = text[: m.start()].split()
    return 2 * sum(w[0].islower() for w in words) < len(words)


def age_stamp(text: str) -> bool:
    """A relative age alone on a line, or after a label of a word or two ("14時間前", "منذ 2 ساعات", "2 hours ago",
    "Il y a 3 heures", "Aktualisiert vor 2 Stunden"): a page's stamp. ``text`` is the line without its
    decoration. A story sentence that ends on an age has a clause before it and a full stop."""
    if not text:
        return False
    # A line opening with the age capitalises its first word ("Hace 2 horas", "Vor 5 Minuten").
    text = text[0].lower() + text[1:]
    m = RELATIVE_AGE.search(text)
    if m is None or (text.endswith(".") and not text.endswith(_AGE_ABBREVIATIONS)):
        return False
    label = text[: m.start()].split()
    return len(label) <= _AGE_LABEL_MAX_WORDS and not any(c.isdigit() for c in text[: m.start()])
