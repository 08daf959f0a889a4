"""Date prefix, bylines and reading times, and the meta lines (bylines, stamps, counters) a page sets under
its headline."""
from __future__ import annotations

import datetime
import re

from wirewash.transforms.core.cleaning.byline import (
    PICTURE_LABELS, byline_before_stamp, byline_names, headline_shaped, labelled_byline, placed_byline,
    role_byline,
)
from wirewash.transforms.core.cleaning.dateline import dateline_end, dateline_line
from wirewash.transforms.core.cleaning.head.rules import BYLINE, DATE_PREFIX, OUTLET_LABEL, READ_TIME
from wirewash.transforms.core.cleaning.head.shapes import COUNTER, SMALL_FIGURE, photo_credit
from wirewash.transforms.core.cleaning.rules.shapes import CLOCK, YEAR
from wirewash.transforms.core.cleaning.stamp_date import bare_stamp
from wirewash.transforms.core.cleaning.stamps import stamp_line
from wirewash.transforms.core.cleaning.structure import Doc, Line, is_body, is_name

def date_prefix(doc: Doc) -> None:
    # Stripped repeatedly, and on through lines that were nothing but a date, so that a second clean() never
    # finds another prefix under the first.
    for line in doc.kept():
        pos = 0
        while m := DATE_PREFIX.pattern.match(line.text, pos):
            try:
                day = datetime.date.fromisoformat(m.group("date"))
            except ValueError:
                break  # "date 2023-02-31" is not a date: leave the text as it is
            doc.published = doc.published or day
            doc.strip(line, DATE_PREFIX.name, pos, m.end())
            pos = m.end()
        if pos:
            doc.cut(line, pos)
        if line.kept:
            break


def bylines(doc: Doc) -> None:
    cfg = doc.cfg
    kept = doc.kept()
    in_head = True
    for i, line in enumerate(kept):
        if not line.kept:
            continue
        m = READ_TIME.pattern.fullmatch(line.text) if line.words <= 12 else None  # "Jane Doe · 5 min read"
        if m:
            name = m.group("name")
            if name is not None and not is_name(name):
                name = None
            prev = kept[i - 1] if i > 0 else None
            # A name over the reading time, not a headline in capitals ("NYSE TO REVIEW PROGRAM TRADING").
            if name is None and prev is not None and prev.kept and is_name(prev.text) and not prev.text.isupper():
                name = byline_names(prev.text) or prev.text  # without its label: "Por Lucía Fernández"
                doc.remove(prev, BYLINE.name)
            doc.remove(line, READ_TIME.name)
            doc.byline = doc.byline or name
        elif in_head:
            if is_body(line, cfg):
                # A byline with a note run into it ends as a sentence does, but is no lead: "DI LUCA RICCI E
                # LUCA ROMANO Rettifica: in una precedente versione ...", "记者 李娜 王洋 🔴 更正：...".
                noted = byline_before_stamp(line.text, figures=False)
                if noted is None and BYLINE.pattern.match(line.text) and dateline_end(line.text)[1] is None:
                    # Several names under a byline's label, then a stamp the unwrapping ran into them: "By
                    # Daniel Okafor, Tom Fischer and Aisha Raman, Harbor Daily News Originally published
                    # 6/12/2025; refreshed 6:01 a.m.." (one name and a figure may open a lead: "By 2030 ...").
                    # Names before a dateline open the lead, which stays ("By Ola Berg and Ana Ruiz TOKYO - It
                    # could cost £80m ..."): the dateline's reading strips them.
                    noted = _listed_before_stamp(line.text)
                if noted is None:
                    noted = _byline_before_bar(line.text)
                if noted is not None:
                    doc.remove(line, BYLINE.name)
                    doc.byline = doc.byline or noted
                    continue
                if i <= 1:
                    _byline_under_top(doc, kept, i)
                in_head = False  # below the lead, "By The Numbers" is a subhead, not a byline
                continue
            # "Jane Doe" over "BBC News": a name line names the author only when the outlet line follows.
            if OUTLET_LABEL.pattern.fullmatch(line.text):
                doc.remove(line, OUTLET_LABEL.name)
                prev = kept[i - 1] if i >= 2 else None
                if prev is not None and prev.kept and is_name(prev.text):
                    doc.remove(prev, BYLINE.name)
                    doc.byline = doc.byline or prev.text
                continue
            # The Guardian's "Jane Doe in Kyiv".
            placed_names, reporting = placed_byline(line.text)
            if placed_names and (i >= 1 or doc.title is not None or reporting):
                doc.remove(line, BYLINE.name)
                doc.byline = doc.byline or placed_names
                continue
            b = BYLINE.pattern.fullmatch(line.text)
            authors = byline_names(line.text) if b else None
            if authors is None:
                authors = role_byline(line.text)  # with no label, the role says the names are the writers'
            if authors is not None:
                doc.remove(line, BYLINE.name)
                doc.byline = doc.byline or authors


def _byline_under_top(doc: Doc, kept: list[Line], i: int) -> None:
    """A byline under its own label or role right under the text's first sentence ``kept[i]`` (the first or
    second line), perhaps with a picture's credit between: that sentence is a standfirst ("In brief: ..."), a
    photo's caption or a long headline read as a sentence, not the lead, and the byline is the page's ("Von
    Anna Weber und Jan Roth", "田中健一記者", "Автор: Ольга Иванова"). A story does not open with a sentence and
    then name its writers under a label."""
    for j in range(i + 1, min(i + 3, len(kept))):
        line = kept[j]
        if not line.kept:
            return
        if labelled_byline(line.text):
            doc.remove(line, BYLINE.name)
            doc.byline = doc.byline or byline_names(line.text)
            return
        if not (line.words <= 6 and line.text.casefold().startswith(PICTURE_LABELS) or photo_credit(line.text)):
            return


# A bar or a middle dot set off by spaces: what a page sets between a byline and its stamp.
_BAR = re.compile(r" [·•|] ")
_STAMP_MAX_WORDS = 6  # "Zuletzt aktualisiert vor 9 Stunden", "12. März 2024, 10:12 Uhr"


def _byline_before_bar(text: str) -> str | None:
    """The names of a byline a bar sets off from the stamp after it, whose abbreviation ends the line as a
    sentence would ("Von JAN WEBER, Brüssel · vor 5 Min.", "Por Ana Ruiz | 3 min."); else None. A stamp is
    short: after the bar a lead may follow an outlet's name and a dateline ("By Hannah Kessler | Google News
    BRUSSELS, May 27 (Reuters) - Moody's said ...")."""
    m = _BAR.search(text)
    rest = text[m.end():] if m is not None else ""
    if not any(c.isdigit() for c in rest) or len(rest.split(None, _STAMP_MAX_WORDS)) > _STAMP_MAX_WORDS:
        return None
    return byline_names(text[:m.start()])


def _listed_before_stamp(text: str) -> str | None:
    # The names right after the label, with an outlet or the stamp after them, not a sentence going on in lower
    # case ("By Monday, Jane Doe and John Roe had counted 40 ballots ...").
    names = byline_before_stamp(text)
    if names is None or not _NAME_LIST.search(names):
        return None
    rest = text.split(" ", 1)[1]
    if not rest.startswith(names):
        return None
    after = rest[len(names):].lstrip()
    return names if after[:1] in (",", "|", "·", "—", "-") or after[:1].isupper() else None


def meta_above(lines: list[Line], lead: int) -> int | None:
    """The index of the first line above paragraph ``lead`` that is a byline, a stamp, a reading time or a
    counter (``_meta_line``), kept or removed, or None."""
    return next((line.idx for line in lines if line.idx < lead and _meta_line(line)), None)


# What parts a head's meta line: "13. Januar 2020, 10:20 Uhr | Lesezeit: 10 Min.", "By Jane Doe · 4 min read".
META_SEPARATOR = re.compile(r" [|›>/·•] ")


def stamped_meta(text: str) -> bool:
    """Whether ``text`` is a meta line whose first part (``META_SEPARATOR``) is a stamp ("13. Januar 2020, 10:20
    Uhr | Lesezeit: 10 Min."): the head's, though its last part ends as a sentence does."""
    m = META_SEPARATOR.search(text)
    return m is not None and (stamp_line(part := text[:m.start()]) or bare_stamp(part))


def page_head(lines: list[Line], lead: int) -> bool:
    """Whether what stands over paragraph ``lead`` is a page head although no line there is a headline: a
    byline, a stamp, a reading time or a dateline alone on its line another pass removed stood there, or a line
    there is one beyond doubt (a clock time or a date in figures, a reading time, a picture's credit, a byline
    with a label or in a script without case, two names and nothing else), a meta line's full stop
    notwithstanding (``stamped_meta``). Fragments of a story's sentences broken over lines are none of these
    ("Year ended December 31.", "Government tax revenues for the 1986/87")."""
    for line in lines:
        if line.idx >= lead:
            return False
        text = line.text
        if _MINUTES_ALONE.fullmatch(text):
            return True  # its abbreviation's full stop is no sentence's
        if line.sentence and not stamped_meta(text):
            continue
        if not line.kept and (_meta_line(line) or byline_names(text) is not None or dateline_line(text)):
            return True  # a dateline alone on its line too ("NEW YORK —"): what stands over it is the page's
        if READ_TIME.pattern.fullmatch(text) or _CLOCK_OR_DATE.search(text):
            return True
        if text.casefold().startswith(PICTURE_LABELS) and photo_credit(text):
            return True  # a picture's credit: "Créditos: Mariana Silva", "Foto: Jane Doe/dpa"
        names = byline_names(text)
        if names is None or headline_shaped(text, phrase_labels=False):
            continue  # "LORD ABBETT VALUE APPRECIATION FUND", "VOL OPEN CHANGE": a table's caption
        if not text.startswith(names) or not text.isascii() or (text == names and _NAME_LIST.search(names)):
            return True
    return False


_NAME_LIST = re.compile(r", | (?:and|&|et|y|e|und|и) ")
# Minutes alone on a line over the lead: a reading time with no word for reading ("10 Min.", "4 minutes"), or a
# video's length; a story says what takes them.
_MINUTES_ALONE = re.compile(r"\d{1,3} ?(?i:min|mins|minutes?|minuten|minutos|minuti|minutter|минут[аы]?)\.?")
# A clock time or a date in figures, a token of its own: "4:44", "08h20", "2019-06-03", "17/07/2018" (not a
# price range "156.70-160.70").
_CLOCK_OR_DATE = re.compile(
    rf"(?<![\w.,/-])(?:{CLOCK}|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})(?![\w/-]|[.,]\d)"
    r"|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"  # ISO 8601: "2023-12-05T13:55:00Z"
)


def _meta_line(line: Line) -> bool:
    """A byline, a stamp, a reading time or a counter: what a page sets under its headline, and no sentence
    ("Year ended December 31." and "Government tax revenues for the 1986/87" are story text). Judged once per
    text of the line."""
    memo = line.memo.get("meta")
    if memo is not None and memo[0] == line.text:
        return memo[1]
    meta = _meta_shape(line)
    line.memo["meta"] = (line.text, meta)
    return meta


def _meta_shape(line: Line) -> bool:
    text = line.text
    if line.sentence:
        return False
    if READ_TIME.pattern.fullmatch(text) or COUNTER.fullmatch(text):
        return True
    if line.words <= 4 and SMALL_FIGURE.fullmatch(text):
        return True  # a reading time, a relative time or a counter: "2 min de lectura", "6 мин назад", "Photo 1/2"
    if _CLOCK_OR_DATE.search(text) or (line.words <= 6 and _YEAR_WITH_DAY.search(text)):
        return True  # "Published October 4, 2025 4:44 PM GMT", "28 Sep 2025"
    return byline_names(text) is not None and not headline_shaped(text)


# A year with a day before it: "28 Sep 2025", "October 4, 2025", "3. April 2018" (not "1986/87").
_YEAR_WITH_DAY = re.compile(rf"\b\d{{1,2}}\b\.?,? (?:\S+,? )?{YEAR}\b|\b\d{{1,2}}, {YEAR}\b")
