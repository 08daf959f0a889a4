"""Line shapes both the headline's score and the head zone's extent judge by: stamps, counters, labels,
photo credits, a sentence's end inside a line, a sentence broken across lines."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.byline import byline_before_stamp, byline_names
from wirewash.transforms.core.cleaning.rules.shapes import CLOCK, YEAR
from wirewash.transforms.core.cleaning.structure import Line

# A date or a clock time: "2016-07-28", "20.04.2016", "3:20 PM", "02h50", a year, "2013年4月20日".
STAMP = re.compile(rf"{CLOCK}|\d{{4}}[-/.年]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|(?<!\d){YEAR}(?!\d)")
# One small whole number in a few words: "9 hours ago", "5 min read", "há 8 min" (a stamp, not a table row).
SMALL_FIGURE = re.compile(r"(?:[^\d\s]+ ){0,3}\d{1,2}[^\d\s]*(?: [^\d\s]+){0,3}")
# A counter: "1 of 5", "Image 9 of 12".
COUNTER = re.compile(r"(?:\S+ )?\d{1,3} \S{1,4} \d{1,3}")
# "Label: value" with a short label: "Priority: Urgent", "Read time: 5 min", "Photo : AFP", "Update, May 2:".
LABELLED = re.compile(r"[^\s:：]{1,20}(?: [^\s:：]{1,20}){0,2} ?[:：]")
# Parts of a meta line or a breadcrumb: "Site | Section", "Home › World", "By X · 5 min read".
PARTS = re.compile(r" [|›>/·•—–] | - ")
# "REUTERS/Jane Doe", "Jan Weber/dpa", "AP Photo/Jane Doe": a source and a name or agency around a slash (not a
# link: "pic.twitter.com/x1Y2").
SLASH_CREDIT = re.compile(r"(?:^|[\s(])[^\W\d_][^\s/.:]*/[^\W\d_]")
# (An initial's full stop ends no caption: "U.S. CORN, SORGHUM PAYMENTS 50-50 CASH/CERTS" has no credit "CORN, ...".)
CREDIT_TAIL = re.compile(r"(?:(?<!\b[A-Z])[.。] |\s[-–—|] |\()(?P<credit>[^.。()]{2,60})\)?$")


def photo_credit(text: str) -> bool:
    """A photo credit's shape: a few words naming a source with a slash, a copyright sign or a short label
    ("REUTERS/Jane Doe", "(AP Photo/Jane Doe)", "© Foto: press service", "Photo: AFP")."""
    if text.count(" ") >= 8 or text[-1] in ".。":
        return False
    label = LABELLED.match(text.lstrip("(©").strip())
    return (
        SLASH_CREDIT.search(text) is not None
        or "©" in text
        or (label is not None and 0 < text[label.end():].count(" ") < 3)
    )


# A sentence's end inside a line: after a word in lower case and before a capital ("... the station. Photo:
# ..."), not after a number ("8. August"), an abbreviation ("N.Z. TRADE", "3:55 a.m. ET") or before a figure
# ("Jan. 16").
INNER_END = re.compile(r"(?:(?<=[a-zß-ÿа-яё][a-zß-ÿа-яё])[.!?…][\"”’»)]* (?=[\"“‘«(]?[A-ZÀ-ÞА-ЯЁ])|[。！？](?=\S))")


# A headline may open with the words it quotes, closed by a colon ("‘Meth. We’re on it.’: Spokane ad agencies
# divided on South Dakota’s viral campaign"); a story's paragraph that opens with a quotation goes on with who
# said it. The quotation's own full stops end no sentence of the line.
QUOTED_KICKER = re.compile(r"[\"“‘'«„].{1,80}?[\"”’'»] ?: ")


def inner_end(text: str) -> bool:
    """Whether a sentence ends inside ``text`` (``INNER_END``), not counting a ``QUOTED_KICKER``'s."""
    kicker = QUOTED_KICKER.match(text)
    return INNER_END.search(text[kicker.end():] if kicker is not None else text) is not None


def digit_tokens(text: str) -> int:
    # Numbers standing as words ("27", "5,700,000", "$1.20"), not digits inside a code ("BC-US--Vote,1st").
    return sum(t[0].isdigit() or (t[0] in "$£€¥(+-" and t[1:2].isdigit()) for t in text.split())


_DATELINE_REACH = 30  # how far into a line a dateline's day stands: "Saint-Étienne, le 12 juin (AFP) -"


# What goes on with a company's name from the line above: Reuters' ticker in angle brackets ("<DIS.N>"), or
# the company's legal form ("Ltd <DAE.V>, which has ...").
COMPANY_GOES_ON = re.compile(r"<[A-Z][A-Z.]{0,9}>|(?:Ltd|Inc|Corp|Co|Plc|PLC|LTD|INC|CORP|AG|NV)\.?(?=[\s,<]|$)")


# A wire's lead reports in the past tense, its headline in the present ("says").
SAID = re.compile(r"(?<!\S)said(?!\S)")


def _capitals_line(text: str) -> bool:
    # Three words or more in capitals: a wire headline ("MOST BOLIVIAN CENTRAL BANK EMPLOYEES RESIGN"), whose
    # meta line may start in lower case ("by Jane Doe", "lire la vidéo 8:15", "pubblicato il: 06/04/2022").
    return text.isupper() and sum(len(t) > 1 and t.isalpha() for t in text.split()) >= 3


# A whole run of four letters or more: its first letter, then no letter before that one (the letter first, so
# that the engine skips to the next letter at once), then three more.
_LONG_WORD = re.compile(r"[^\W\d_](?<![^\W\d_][^\W\d_])[^\W\d_]{3,}")


def headline_case(text: str) -> bool:
    """Whether ``text`` is set in headline case: three words or more of four letters or more, each capitalised,
    and none of that length in lower case ("Coastal Said Raised Oil Postings 50 Cts a Barrel October 16. Wti Now
    19.00 Dlrs.", "Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?"). Wires and many
    outlets capitalise every long word of a headline, and no story sentence does: it has a verb or a noun in
    lower case ("It was the best year the firm has had."). A line in capitals is not judged here: the wire's
    own shapes (``abbreviated_capitals``) judge it."""
    if text.isupper():
        return False
    # Word by word, to the first long one not capitalised: a sentence has one among its first few words.
    capitalised = 0
    for m in _LONG_WORD.finditer(text):
        if not text[m.start()].isupper():
            return False
        capitalised += 1
    return capitalised >= 3


def continued(kept: list[Line], i: int) -> bool:
    # A line under a headline may be furniture in lower case, but then a figure follows its first word ("vor 5
    # Min.", "há 8 min"); a sentence going on runs on in lower case ("shutdown.", "late Friday, ...").
    if i + 1 >= len(kept):
        return False
    last = kept[i].text[-1]
    # A line ending in a figure is continued by a sentence only: "Government tax revenues for the 1986/87" over
    # "year ended March 31 were more than ... forecast, sources said." (a headline's figure may have a meta
    # line in lower case under it: "lire la vidéo 8:15").
    if not (last.isalpha() or (last.isdigit() and kept[i + 1].sentence)):
        return False
    nxt = kept[i + 1].text
    if last.isalpha() and COMPANY_GOES_ON.match(nxt):
        return True  # "The French government and Walt Disney Co" over "<DIS.N> expect to sign ..."
    if _capitals_line(kept[i].text) and not nxt.isupper():
        return False  # a sentence set in capitals goes on in capitals: a headline has the lower case under it
    if last.isalpha() and not kept[i + 1].sentence and not nxt.isupper() and SAID.search(nxt):
        # A wire's lead broken over lines: what it said runs on without its sentence's end ("Great American
        # First Savings Bank" over "Arizona said it has opened four new branches located in Fry's").
        return True
    words = nxt.split(None, 2)
    # A byline with a label in lower case ("dal nostro inviato Luca Ferrari"), perhaps with a stamp run into it
    # ("di Marco Rossi Aggiornato alle 22:08"), continues nothing either.
    # A short word and its comma with the sentence going on in lower case continue it too ("... Goodyear Tire and
    # Rubber" over "Co, a concern that survived ..."); a dateline has its day ("Lyon, le 3 mai (AFP) -").
    comma = (
        len(words) > 1 and words[0][-1] == "," and len(words[0]) <= 5 and words[1][0].islower()
        and not any(c.isdigit() for c in nxt[:_DATELINE_REACH])
    )
    return (
        (words[0][0].islower() or comma)
        and (len(words) == 1 or not words[1][0].isdigit())
        and byline_names(nxt) is None
        and byline_before_stamp(nxt) is None
    )
