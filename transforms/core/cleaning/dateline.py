"""Datelines and credits in the article head: a dateline opening the lead (perhaps after a byline on the same
line), the byline and the agency a head line names, and a credit in another script than the story's.

    dateline_end(lead_text) -> (end, byline, publisher)     head_line_credits(text) -> (byline, publisher)
"""
from __future__ import annotations

import itertools
import re
import unicodedata

from wirewash.transforms.core.cleaning.byline import byline_before_stamp, byline_names
from wirewash.transforms.core.cleaning.credits import (
    agency, credit_line, credits_in, dateline_agency, names_agency, with_agency,
)
from wirewash.transforms.core.cleaning.regex_shape import max_width  # the regex parser's bound


def _latin_or_no_letter() -> re.Pattern[str]:
    # The characters of the Latin blocks, the general punctuation and the currency signs that are no letter or
    # a letter whose Unicode name starts with LATIN ("é", "ğ", "ạ", not "ª" or "µ").
    blocks = itertools.chain(range(0x250), range(0x1E00, 0x1F00), range(0x2000, 0x20D0))
    chars = (chr(cp) for cp in blocks)
    return re.compile("[" + "".join(
        re.escape(c) for c in chars if not c.isalpha() or unicodedata.name(c, "?").startswith("LATIN ")
    ) + "]*")


# A text of these characters only has its letters in Latin script, however many: the name of each need not be
# looked up (30 us for a paragraph with one pound sign).
_LATIN_OR_NO_LETTER = _latin_or_no_letter()


def script_of(text: str) -> str | None:
    """The script most of the first hundred letters of ``text`` are in ("LATIN", "CJK", "HANGUL", "ARABIC",
    "CYRILLIC", ...: the first word of their Unicode names); None without a letter."""
    if text[:200].isascii():
        return "LATIN" if any(c.isalpha() for c in text[:200]) else None
    if _LATIN_OR_NO_LETTER.fullmatch(text) is not None:
        return "LATIN" if any(c.isalpha() for c in text) else None
    counts: dict[str, int] = {}
    for ch in itertools.islice((c for c in text if c.isalpha()), 100):
        first = unicodedata.name(ch, "?").split(" ", 1)[0]
        first = "CJK" if first in ("HIRAGANA", "KATAKANA") else first
        counts[first] = counts.get(first, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


# A dateline opening the lead, by its shape: a place in capitals, or one to three capitalised words with a date
# or an agency in brackets, then a dash before the first sentence's capital ("NEW YORK - ...", "Washington,
# November 7 — ...", "TOKYO, May 3 (Kyodo) -- ..."). A press-release wire sets its name between slashes after a
# full date ("SYDNEY, 5 Nov 2023 /PRNewswire/ -- ..."). A desk may file from several places at once, joined by
# slashes ("Brüssel/Frankfurt (dpa) -", "FRANKFURT/MAIN (APA) -"). Bounded, so it costs a few hundred steps at
# most.
_CAPS_WORD = r"[A-ZÀ-ÞÑ][A-ZÀ-ÞÑ.'’\-]{1,20}(?:/[A-ZÀ-ÞÑ][A-ZÀ-ÞÑ.'’\-]{1,20}){0,3}"
_PLACE_WORD = r"[A-ZÀ-Þ][\w.'’\-]{1,20}(?:/[A-ZÀ-Þ][\w.'’\-]{1,20}){0,3}"
DATELINE = re.compile(
    rf"(?:(?P<caps>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,2}})"
    rf"|{_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}})"
    r"(?P<date>,? [^\s()—–]{1,12}(?: [^\s()—–]{1,12}){0,2})?(?P<agency> ?\([^()\n]{1,30}\)| /[A-Z][^/\s]{1,19}/"
    # A press-release wire's name between slashes, its service after it ("/PRNewswire-HISPANIC PR WIRE/").
    r"| /[A-Z][^/\s]{1,19}-[^/\n]{1,30}/)? ?"
    r"(?P<dash>--|—|–|\.?-) (?=[\"“‘'«]?[A-ZÀ-Þ])"
)


# A dateline that names a known agency in brackets after the place, however the desk closes it: a full stop
# or a colon ("Santiago, 15 jun (Reuters). ...", "Lyon, le 11 août (AFP). ...", EFE's "Madrid, 21 (EFE).- ..."),
# or nothing at all before the lead's capital ("Madrid, 21 (Reuters) Graan ..."); an article may stand before
# the day ("Dakar, le 26 mai", "am 3. März") and the dash before the brackets ("Roma - (Adnkronos) ..."). The
# agency must be one the packs know: "Shares of Foo (FOO). The ..." and "Madrid, 4 mar (Ana Ruiz). The ..." are
# sentences.
_AGENCY_DATELINE = re.compile(
    rf"{_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}}"
    r"(?:,? (?:le |el |il |am )?\d{1,2}(?:\.?(?: de)? [^\W\d]{3,10}\.?)?(?:,? \d{4})?"
    # Or the month first, as Indian and US desks date it ("Mumbai, Jun 19 (PTI)").
    r"|,? [^\W\d]{3,9}\.? \d{1,2}(?:,? \d{4})?)?"
    r"(?: [-–—])? \((?P<agency>[^()\n]{2,30})\)(?:[.:]-?|\.?-|--|—|–)? (?=[\"“‘'«]?[A-ZÀ-Þ])"
)

# A dateline a full stop or a colon closes: a place in capitals, as German and Austrian papers set it with the
# stop ("BERLIN. Die Regierung ...", "NEW YORK. ..."; three letters or more and no full stop inside, so "U.S.
# officials" and "UN. ..." are none) and Indian papers with the colon ("NEW DELHI: The government ..."; the
# lead's first word then in lower case after its capital: a wire's table in capitals labels its rows so, "SAO
# PAULO STATE: PRESIDENTE PRUDENTE 0.6 MM"; and in the third person: a column's letter opens "DEAR ABBY: My
# husband ..."), or a place and a correspondent's note ("Washington, correspondance.", "Bruxelles, de notre
# correspondant.", "Rom, von unserem Korrespondenten.").
_FIRST_PERSON_OR_SECOND = r"(?:My|I|I'm|I’m|We|Our|You|Your|Me)\b"
_STOP_DATELINE = re.compile(
    r"(?:(?!DEAR )[A-ZÀ-ÞÑ][A-ZÀ-ÞÑ'’\-]{2,20}(?: [A-ZÀ-ÞÑ][A-ZÀ-ÞÑ'’\-]{1,20}){0,2}"
    rf"(?:\.|:(?= [\"“‘'«]?(?!{_FIRST_PERSON_OR_SECOND})[A-ZÀ-Þ][a-zß-ÿ]))"
    rf"|{_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}},? (?i:correspondance|(?:de notre |von unserem |our )?"
    r"(?:correspondante?|korrespondent(?:en|in)?|correspondent)|envoyée? spéciale?)\.) (?=[\"“‘'«]?[A-ZÀ-Þ])"
)
# A place in upper and lower case and a colon ("Boston: The ...", "New Delhi: ..."), or a place in brackets and
# a dash ("(Caen) – ..."), as papers that set no agency open their leads; a lead opens with a capitalised word
# and a colon only as a label's (a column's letter, a reader's update in the first person: as in
# _STOP_DATELINE). Letters only, so a figure's label ("Q3: Net ...") is none. The lead's first word is a capital
# and lower case, or the article "A" before anything ("Boston: A US woman is suing ...").
_TITLED_PLACE = r"[A-ZÀ-Þ][a-zß-ÿ][^\W\d_]{0,19}(?:[-'’][A-ZÀ-Þ][^\W\d_]{1,20})?(?: [A-ZÀ-Þ][^\W\d_]{1,20}){0,2}"
# Labels of a note to the reader that open a line as a place would: the note is no lead (``widgets``' passes
# read it whole).
_NOTE_LABELS = frozenset({"Correction", "Corrections", "Clarification", "Editor's note", "Editor’s note"})
_TITLED_DATELINE = re.compile(
    rf"(?:(?!Dear ){_TITLED_PLACE}:(?= [\"“‘'«]?(?!{_FIRST_PERSON_OR_SECOND})(?:[A-ZÀ-Þ][a-zß-ÿ]|A ))"
    rf"|\({_TITLED_PLACE}\) ?(?:--|—|–|-)) (?=[\"“‘'«]?[A-ZÀ-Þ])"
)
_WORD_START = re.compile(r"(?<= )[A-ZÀ-ÞА-ЯЁ]")
# What every DATELINE match holds: its dash and space before the lead's capital; a match ends at most
# _DATELINE_WIDTH characters after its start. A lead without one near its start skips the word-by-word scan.
_DASH_CAPITAL = re.compile(r"[-—–] (?=[\"“‘'«]?[A-ZÀ-Þ])")
_DATELINE_WIDTH = max_width(DATELINE)
_DASH_ENDS = ("-", "—", "–")  # what DATELINE's dash ends on, a space after it
_DASH_SPACES = tuple(dash + " " for dash in _DASH_ENDS)
_NAMED_DATELINE_REACH = 120  # where a dateline after a byline may start


def dateline_end(text: str) -> tuple[int, str | None, str | None]:
    """Where a dateline, perhaps after a byline, or a credit in another script than the story's ends at the
    start of a lead (0 when there is none), the byline's names and the agency the dateline credits."""
    # Every match holds its dash and the space after it within its width: a lead without one (most) is told by
    # three finds, not by the place, date and agency tried word by word.
    dashed = any(text.find(dash, 0, _DATELINE_WIDTH) >= 0 for dash in _DASH_SPACES)
    m = DATELINE.match(text) if dashed else None
    if m is not None and _is_dateline(m):
        return m.end(), None, _agency_of(m)
    m = _AGENCY_DATELINE.match(text)
    if m is not None and (named := agency(m.group("agency"))) is not None:
        return m.end(), None, named
    m = _STOP_DATELINE.match(text)
    if m is None and "?" not in text:
        # An interview sets its speakers so ("DW: Mr Bozkurt, your party's ...?"): the interviewer's turn asks.
        m = _TITLED_DATELINE.match(text)
        if m is not None and m.group().rstrip(": ") in _NOTE_LABELS:
            m = None  # a note's label: "Correction: A previous version of this story ..." is the note whole
    if m is not None:
        return m.end(), None, None
    words = text.split(" ", 2)
    # Names open with two capitalised words ("By Jane", "Jane Doe", "Иван Петров") or in a script without case;
    # a lead opens so rarely ("The central bank ..."), and the scan for a credit after a byline is skipped.
    if len(words) > 2 and (words[1][:1].isupper() or not (words[0][:1].isupper() or words[0][:1].islower())):
        credited = _credit_after_byline(text)
        if credited is not None:
            return credited
    # Searched only as far as a dash that counts can stand (its space and the capital's lookahead within
    # reach): the search ran on through a 4 kB lead, 8 us per NewsArticles text.
    reach = _NAMED_DATELINE_REACH + _DATELINE_WIDTH
    dash = _DASH_CAPITAL.search(text, 1, reach + 3) if text[0].isupper() else None
    if dash is not None and dash.start() < reach:
        # Each word start in turn: the place may be a capitalised word after the names.
        for start in (w.start() for w in _WORD_START.finditer(text, 1, _NAMED_DATELINE_REACH)):
            m = DATELINE.match(text, start)
            if m is not None and _is_dateline(m) and (byline := byline_names(text[:start].strip())):
                return m.end(), byline, _agency_of(m)
    # A pack's wire credit the prefix pass did not reach, the lead being found only once the head was cleared
    # ("Санкт-Петербург. 14 июня. INTERFAX - ..." under a correction note). After the byline's: a credit rule
    # may match across a byline before its dateline.
    first = next(credits_in(text), None)
    if first is not None and first[0] == 0:
        return first[1], None, first[2]
    cut = _foreign_credit_end(text)
    if not cut:
        return 0, None, None
    publisher = dateline_agency(text[:cut].strip())
    # The credit's place and date in the page's script may run into a wire's name in Latin capitals and its dash
    # ("Санкт-Петербург. 14 июня. INTERFAX - EDO Corp said ..."): that is the credit's too.
    m = DATELINE.match(text, cut)
    if m is not None and m.group("caps") and m.group("dash"):
        cut, wire = m.end(), m.group("caps")
        publisher = publisher or agency(wire) or agency(wire.title())  # "INTERFAX": the wire in capitals
    return cut, None, publisher


def dateline_line(text: str) -> bool:
    """Whether ``text`` is a dateline alone on its line, the lead under it ("NEW YORK —", "ROME -", "Paris
    (AFP) -"): a place in capitals, an agency or a long dash; a table's caption has a date and a hyphen too
    ("Results for year 1986 -")."""
    if text[-1:] not in _DASH_ENDS:
        return False  # the dash closes the line (most lines close otherwise)
    m = DATELINE.match(text + " X")  # the lead's capital after it
    return m is not None and m.end() == len(text) + 1 and bool(
        m.group("caps") or m.group("agency") or m.group("dash") in "—–"
    )


# An agency between slashes closing a dateline's date: "Brussels, November 11 /AP/ -", "МОСКВА, 3 мая /ТАСС/ -".
_SLASHED_AGENCY = re.compile(r" /([^/\s]{1,20})/$")


def slashed_dateline(text: str) -> bool:
    """Whether ``text`` opens on a dateline naming its wire between slashes ("SYDNEY, 5 Nov 2023 /PRNewswire/ --
    ...", "Brussels, November 11 /AP/ - ..."): the slashes set a wire's name apart, known to the packs or not."""
    m = DATELINE.match(text)
    return m is not None and (
        (m.group("agency") or "").startswith(" /") or _SLASHED_AGENCY.search(m.group("date") or "") is not None
    )


def _agency_of(m: re.Match[str]) -> str | None:
    if m.group("agency"):
        return agency(m.group("agency").strip(" ()/"))
    slashed = _SLASHED_AGENCY.search(m.group("date") or "")
    return agency(slashed[1]) if slashed else None


def _credit_after_byline(text: str) -> tuple[int, str, str] | None:
    """(end, byline, publisher) of a pack's wire credit after a byline on one line ("Иван Петров, Елена
    Кузнецова САНКТ-ПЕТЕРБУРГ, 13 июля. /ТАСС/. ..."), or None. Of the word starts where one credit can
    start ("Елена Кузнецова САНКТ-ПЕТЕРБУРГ" reads as a place too), the last that leaves a byline before it."""
    best, rank, first_end = None, (False, -1), None
    for start, end, publisher in credits_in(text):
        if first_end is not None and end != first_end:
            break
        first_end = end
        prefix = text[:start].strip().rstrip(",")
        byline = byline_names(prefix) if start else None
        # Rather a byline that is all the text before the credit ("By Ana Ruiz" | "Madrid, Nov 1 (EFE).-"
        # over "By Ana Ruiz Madrid, Nov 1" | "(EFE).-"), then the later start (more names).
        if byline is not None and (prefix.endswith(byline), start) > rank:
            best, rank = (end, byline, publisher), (prefix.endswith(byline), start)
    return best


_DASHES = re.compile("[-—–]")


def head_line_credits(text: str, byline_wanted: bool = True) -> tuple[str | None, str | None]:
    """The byline (when ``byline_wanted``) and the publisher a head line names: a byline, a credit line, or a
    byline run into a dateline ("By Jane Doe | Reuters FRANKFURT (Reuters) -", "Jane Doe ROME -")."""
    byline = (byline_names(text) or byline_before_stamp(text)) if byline_wanted else None
    named = names_agency(text)  # no credit without an agency's name: most head lines
    # A credit line; a dateline on a line of its own ("Санкт-Петербург, 27 апреля — ТАСС.", "الكويت - واس:");
    # a byline's "(avec AFP)".
    publisher = (credit_line(text) or dateline_agency(text) or with_agency(text)) if named else None
    if named and publisher is None:
        # A dateline opening a line the head takes whole, a kicker run into it: "Brussels, November 11 /AP/ -
        # LOOK WHAT YOU MADE ME DO".
        publisher = dateline_end(text)[2]
    if named and ((byline_wanted and byline is None) or publisher is None):
        credited = _credit_after_byline(text)
        if credited is not None:
            byline, publisher = byline or credited[1], publisher or credited[2]
        elif publisher is None and (first := next(credits_in(text), None)) is not None:
            publisher = first[2]
    if byline_wanted and byline is None and text[:1].isupper() and _DASHES.search(text):  # a dateline ends with a dash
        for start in (w.start() for w in _WORD_START.finditer(text, 1, 120)):
            m = DATELINE.match(text + " X", start)  # a dateline ending the line: the lead's capital after it
            if m is not None and m.end() == len(text) + 1 and _is_dateline(m) and (
                byline := byline_names(text[:start].strip())
            ):
                publisher = publisher or _agency_of(m)
                break
    return byline, publisher


def _is_dateline(m: re.Match[str]) -> bool:
    return bool(m.group("caps") or m.group("agency") or m.group("dash") in "—–" or any(
        c.isdigit() for c in m.group("date") or ""
    ))


def _foreign_credit_end(text: str) -> int:
    if text[:61].isascii():
        return 0
    # A credit in the page's script before a story in another: "(서울=연합뉴스) Stocks rose ...".
    script = script_of(text)
    first = next((i for i, c in enumerate(text[:61]) if c.isalpha()), None)
    if first is None or script_of(text[first]) == script:
        return 0
    for i, c in enumerate(text[:61]):
        if c.isalpha() and script_of(c) == script:
            start = i
            # The story's first word may open with a quote or a bracket: Reuters' "<SHV Holding Co> said ...".
            while start and text[start - 1] in "\"“‘'«(<[":
                start -= 1
            return start if text[start - 1] == " " or not text[start - 1].isalnum() else 0
    return 0
