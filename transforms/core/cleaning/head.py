"""The head zone: date prefix, headline (to ``title``), byline (to ``byline``), and the furniture between them.

Between the headline and the lead an article carries a byline, a dateline, stamps, a reading time, share or
gift prompts. A short non-sentence line there is judged by its place, not by its words: it is head furniture,
so an unknown line cannot stop the headline being found or the byline being read.
"""
from __future__ import annotations

import datetime
import re

from wirewash.transforms.core.cleaning.byline import byline_names, headline_shaped
from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.credits import agency, credit_line
from wirewash.transforms.core.cleaning.cues import content_tokens
from wirewash.transforms.core.cleaning.dateline import DATELINE, dateline_end, head_line_credits, script_of
from wirewash.transforms.core.cleaning.generic import LINE
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import (
    BULLET, Doc, Line, is_body, is_name, norm,
)

DATE_PREFIX = Rule(
    "date_prefix", 1, "structural", " date 2023-03-19 ",
    re.compile(r"(?i:date):? (?P<date>\d{4}-\d{2}-\d{2})(?: |$)"),
    keep="The vote date 2023-03-19 was set by the commission in January.",
)
HEADLINE = Rule(
    "headline", 3, "structural", "Kazakh Leader Seeks Reset After Riots With Parliament Ballot",
    keep="Reform agenda",
)
BYLINE = Rule(
    "byline", 3, "structural", "By Marisol Trent, Devon Achebe and Priya Nandakumar",
    re.compile(r"(?:(?:Story|Written|Words|Text) )?(?i:by) (?P<rest>[^\n]{2,200})"),
    keep="By Monday, officials had counted every ballot in the capital city.",
)
READ_TIME = Rule(
    "read_time", 2, "structural", "·5 min read",
    re.compile(
        r"(?:(?P<name>[^·•|\n]{2,60}?) ?)?[·•|⏱]? ?(?:"
        r"\d{1,3}[ -]?(?:min|mins|minute|minutes)\.? (?:read|reading(?: time)?|to read)"
        r"|(?i:(?:estimated )?(?:reading|read) time):? ?\d{1,3} ?(?:min|mins|minute|minutes)\.?"
        r"|(?<=⏱) ?\d{1,3} ?(?:min|mins|minute|minutes)\.?)"  # a stopwatch and minutes: "⏱ 3 min"
    ),
    keep="The report takes 5 min to read, officials said.",
)
OUTLET_LABEL = Rule(
    "outlet_label", 1, "structural", "BBC News",
    re.compile(
        r"(?:BBC|CNN|Sky|ABC|NBC|CBS|Fox|Al Jazeera|Reuters|Bloomberg|The Guardian|Guardian)"
        r"(?: (?:News|Business|Sport|Politics|World|Digital|staff|Staff))?"
    ),
    keep="BBC News reported the result first, officials said on Monday.",
)
HEAD_FURNITURE = Rule(
    "head_furniture", 1, "structural", "Gift this article (between the headline and the lead)",
    keep="Reform agenda (a subhead below the lead)",
)

_NAME_IN_PLACE = re.compile(r"(?P<name>[^\n]{2,60}?) in [A-Z][\w.’'\-]{1,30}(?: [A-Z][\w.’'\-]{1,30}){0,2}")
_MARKDOWN_HEADING = re.compile(r"^#{1,6} ")


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
                name = prev.text
                doc.remove(prev, BYLINE.name)
            doc.remove(line, READ_TIME.name)
            doc.byline = doc.byline or name
        elif in_head:
            if is_body(line, cfg):
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
            placed = _NAME_IN_PLACE.fullmatch(line.text)
            if placed and (i >= 1 or doc.title is not None) and is_name(placed.group("name")):
                doc.remove(line, BYLINE.name)
                doc.byline = doc.byline or placed.group("name")
                continue
            b = BYLINE.pattern.fullmatch(line.text)
            authors = byline_names(line.text) if b else None
            if authors is not None:
                doc.remove(line, BYLINE.name)
                doc.byline = doc.byline or authors


def _row(text: str) -> bool:
    # Leaner than a data row: "Shr loss 2.51 dlrs vs loss 1.12 dlrs" counts; two such lines make a table.
    tokens = text.split()
    return sum(any(c.isdigit() for c in t) for t in tokens) * 4 >= len(tokens)


def title_copies(doc: Doc) -> None:
    # The page's own title again further down is a share box, a related link or a breadcrumb; the first
    # line is left to ``headline``, which reads the title from it. A sentence is story text even when it
    # repeats the title's words.
    if doc.title_hint is None:
        return
    hint = norm(doc.title_hint)
    for line in doc.kept()[1:]:
        if not line.sentence and norm(line.text) == hint:
            doc.remove(line, HEADLINE.name)


def headline(doc: Doc) -> None:
    cfg = doc.cfg
    kept = doc.kept()
    if doc.title is not None:
        # Later removals can expose another copy of the title at the top; a fresh clean() of the output would
        # take it, so it goes now (what else stands over the lead, ``head_furniture`` takes).
        top = 0
        while top < len(kept) and not is_body(kept[top], cfg) and norm(kept[top].text) == norm(doc.title):
            doc.remove(kept[top], HEADLINE.name)
            top += 1
        return
    if not kept or is_body(kept[0], cfg) and not _abbreviated_capitals(kept[0]):
        return  # a lead that repeats the page title's words is story text
    # A headline is only guessed over a lead (or the table a story opens with), so the cleaned text cannot
    # yield another title on a second pass. A page whose container names its title (HTML, a JSON field) has
    # its headline where a line is that title; the guess stands otherwise, as it would on the cleaned text.
    end = _doc_head_end(doc, kept)
    at, sure = None, True
    if doc.title_hint is not None:
        hint = norm(_MARKDOWN_HEADING.sub("", doc.title_hint))
        at = next((i for i, line in enumerate(kept[:max(end, 1)]) if _is_title(norm(line.text), hint)), None)
    if at is None and end < len(kept) and sum(_continued(kept, i) for i in range(end)) < 2:
        # (Sentences broken across lines that were not unwrapped are no head: no guess there.)
        at, sure = _headline_at(kept, end, cfg, doc.lines)
    if at is None:
        return
    if not sure:
        # A guess only: the lines over this lead are a page head (``head_furniture`` takes them once the other
        # passes have read the byline and the stamps), but no title is read off them.
        kept[end].memo[_GUESSED] = True
        return
    title = kept[at].text
    copies = at + 1  # the page title and the h1 often stack the same headline
    while copies < len(kept) and norm(kept[copies].text) == norm(title):
        copies += 1
    for line in kept[at:copies]:
        doc.remove(line, HEADLINE.name)
    doc.title = _without_site(_MARKDOWN_HEADING.sub("", title))


_SITE_SEP = re.compile(r" (?:\||-|–|—|:) ")
_OUTLET_WORDS = frozenset(
    "News Times Post Press Journal Herald Tribune Magazine TV Radio Daily Online Telegraph Guardian Independent "
    "Ore Mail Express Standard Gazette Observer Chronicle".split()
)
_DATE_TAIL = re.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}\b"
    r"|\b\d{1,2} (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
_PARTICLES = frozenset("of the and & de du des la le les el los las di da do dos van von der y e und et".split())


def _brand(words: list[str]) -> bool:
    # "Sky News", "Il Sole 24 Ore", "The Independent", "REUTERS": a few capitalised words or figures.
    return 1 <= len(words) <= 4 and all(w[0].isupper() or w[0].isdigit() or w in _PARTICLES for w in words)


def _without_site(title: str) -> str:
    """``title`` without a trailing site name a page title carries ("Mourinho to escape FA charge - Il Sole 24
    Ore", "OIL SLIDES | Reuters"): a brand after a pipe, or after a dash or a spaced colon when it is set in
    another case than the headline (a headline in sentence case or in capitals, the site's name in title case).
    "BP SALE WAS IN UK BUDGET MATHS - TREASURY" keeps its source, set as the headline is."""
    seps = list(_SITE_SEP.finditer(title))
    if not seps:
        return title
    sep = seps[-1]
    head, tail = title[:sep.start()], title[sep.end():]
    words, head_words = tail.split(), head.split()
    if len(head_words) < 3 or not _brand(words) or tail[-1] in ".!?:" or len(tail) > 40:
        return title
    if _DATE_TAIL.search(tail):
        return title  # "GULF EDIBLE OIL PRICES - April 7": the day is the headline's
    outlet = agency(tail) is not None or not _OUTLET_WORDS.isdisjoint(words)
    # One ordinary word after a dash is rather a place or a topic ("Obama meets Merkel - Berlin") than a site,
    # unless it is set as brands are ("TechCrunch", "REUTERS").
    plain_word = len(words) == 1 and tail[1:].islower()
    sentence_case = any(w[0].islower() and w not in _PARTICLES for w in head_words[1:])
    other_case = head.isupper() != tail.isupper() or (sentence_case and not tail.isupper())
    return head if sep.group() == " | " or outlet or (other_case and not plain_word) else title


# A date or a clock time: "2016-07-28", "20.04.2016", "3:20 PM", "02h50", a year, "2013年4月20日".
_STAMP = re.compile(r"\d{1,2}[:h]\d{2}|\d{4}[-/.年]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(?<!\d)(?:19|20)\d{2}(?!\d)")
# One small whole number in a few words: "9 hours ago", "5 min read", "há 8 min" (a stamp, not a table row).
_SMALL_FIGURE = re.compile(r"(?:[^\d\s]+ ){0,3}\d{1,2}[^\d\s]*(?: [^\d\s]+){0,3}")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# A counter: "1 of 5", "Image 9 of 12".
_COUNTER = re.compile(r"(?:\S+ )?\d{1,3} \S{1,4} \d{1,3}")
# A line set off as a whole: "(Adds comment in paragraph 5)", "[Video]".
_ENCLOSED = re.compile(r"[(\[（【].*[)\]）】]")
# "Label: value" with a short label: "Priority: Urgent", "Read time: 5 min", "Photo : AFP", "Update, May 2:".
_LABELLED = re.compile(r"[^\s:：]{1,20}(?: [^\s:：]{1,20}){0,2} ?[:：]")
# Parts of a meta line or a breadcrumb: "Site | Section", "Home › World", "By X · 5 min read".
_PARTS = re.compile(r" [|›>/·•—–] | - ")
_ENCLOSED_TAIL = re.compile(r" [(（][^()（）]{1,40}[)）]$")
_META = re.compile(r" [|›>/·•] ")
_SUFFIX = re.compile(r" ?[|:–—-] \S")
_OPENERS = "\"'“‘«„#¿¡(「『【<"  # "<TIFFANY AND CO> TO GO PUBLIC": Reuters marks a company so
_HEADLINE_ENDS = ".。;:,，、-–—"


def _is_title(line: str, hint: str) -> bool:
    # "Headline" against a page title "Headline | Site", or the other way round.
    short, long = sorted((_MARKDOWN_HEADING.sub("", line), hint), key=len)
    return short == long or (long.startswith(short) and _SUFFIX.match(long, len(short)) is not None)


def _doc_head_end(doc: Doc, kept: list[Line]) -> int:
    """``_head_end`` of ``doc.kept()``, computed once per state of the document."""
    if doc.head_end is None or doc.head_end[0] != doc.version:
        doc.head_end = (doc.version, _head_end(kept, doc.cfg))
    return doc.head_end[1]


def _head_end(kept: list[Line], cfg: CleanConfig) -> int:
    """Where the head zone ends among ``kept``: at the lead (the first body paragraph), or earlier where a story
    that opens with a results table starts ("Shr 15 cts vs nine cts" / "Net 1.2 mln vs 987,000"): at the
    first line above the lead that carries a figure, when any line there is a table row. ``len(kept)`` when
    there is no lead."""
    end = len(kept)
    for i, line in enumerate(kept):
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        # A sentence a wire credit opened is the lead, however short; what a credit opened and is no sentence
        # ("(Reuters) - Loading...") is judged as any line, as it will be once the credit is gone.
        if line.credited and line.sentence or (
            (is_body(line, cfg) and not _abbreviated_capitals(line)) or _story_text(line, cfg, nxt) or _speech(line)
        ) and not _caption(kept, i, cfg):
            end = i
            break
    rows = 0
    for line in kept[:end]:
        text = line.text
        if _DIGIT.search(text) is None:
            continue
        if _table_row(line):
            rows = 2
            break
        # A row of words around one large figure counts too: "Rev 3.4 mln vs nil", "Net 1,943,000 vs not given".
        rows += (_row(text) or _wordy_row(line)) and _figure(text) and not _SMALL_FIGURE.fullmatch(text)
    if rows >= 2:
        start = next(i for i, line in enumerate(kept[:end]) if _figure(line.text))
        # Rows without a figure open a table too ("Shr loss six cts vs profit three cts"): short lines with a
        # word in lower case that have no furniture's shape.
        while start and _wordy_row(kept[start - 1]):
            start -= 1
        if end == len(kept) and any(line.sentence for line in kept[:start]):
            # A sentence above the table: the story opened in prose that was not recognised as a lead (a
            # sentence broken over lines), so nothing tells the head from the story.
            return end
        return start
    return end


def _abbreviated_capitals(line: Line) -> bool:
    # A wire headline in capitals whose last word is an abbreviation ("PACIFIC BASIN TO ACQUIRE 51 PCT OF
    # T.E.A.M."): its full stop ends no sentence, and a lead is not set in capitals.
    last = line.text.rsplit(" ", 1)[-1]
    return "." in last[:-1] and _capitals(line.text)


_QUOTE_OPENERS = "\"“‘«„「『"


def _speech(line: Line) -> bool:
    # A quoted sentence opens the story however short it is ("“Enough is enough.”"): speech is story text,
    # and a standfirst or a headline that quotes ends with no full stop.
    return line.sentence and line.words >= 2 and line.text[0] in _QUOTE_OPENERS


def _wordy_row(line: Line) -> bool:
    text = line.text
    return (
        line.words <= 8
        and not line.sentence
        and any(t[0].islower() for t in text.split())
        and not (_STAMP.search(text) or _META.search(text) or _LABELLED.match(text) or byline_names(text))
    )


def _figure(text: str) -> bool:
    # A figure that is no date, time, counter or part of a meta line: a table's first row. A line set in
    # capitals is a wire headline over the table ("OMNICOM GROUP INC <OMCM> 4TH QTR NET"), not a row of it
    # ("Shr 27 cts vs 51 cts", "Year", "1st half").
    return _digit_tokens(text) > 0 and not (
        _STAMP.search(text) or _COUNTER.fullmatch(text) or _META.search(text) or _capitals(text)
    )


_TICKER = re.compile(r"<[A-Z.]{1,8}>")


def _capitals(text: str) -> bool:
    # Five words in capitals, or a company's ticker as Reuters marks it: a table's own caption is shorter
    # ("1ST QTR TO MARCH 31", "NOON CDT APRIL 7").
    return text.isupper() and (
        sum(len(t) > 1 and t.isalpha() for t in text.split()) >= 5 or _TICKER.search(text) is not None
    )


# "REUTERS/Jane Doe", "Jan Weber/dpa", "AP Photo/Jane Doe": a source and a name or agency around a slash (not a
# link: "pic.twitter.com/x1Y2").
_SLASH_CREDIT = re.compile(r"(?:^|[\s(])[^\W\d_][^\s/.:]*/[^\W\d_]")
_CREDIT_TAIL = re.compile(r"(?:[.。] |\s[-–—|] |\()(?P<credit>[^.。()]{2,60})\)?$")


def _credit(text: str) -> bool:
    """A photo credit's shape: a few words naming a source with a slash, a copyright sign or a short label
    ("REUTERS/Jane Doe", "(AP Photo/Jane Doe)", "© Foto: press service", "Photo: AFP")."""
    if text.count(" ") >= 8 or text[-1] in ".。":
        return False
    label = _LABELLED.match(text.lstrip("(©").strip())
    return (
        _SLASH_CREDIT.search(text) is not None
        or "©" in text
        or (label is not None and 0 < text[label.end():].count(" ") < 3)
    )


def _caption(kept: list[Line], i: int, cfg: CleanConfig) -> bool:
    """Whether the sentence kept[i] above the lead is a photo caption: short, and credited on the next line or
    at its own end, or introduced by a short label ("Pictured: ...")."""
    line = kept[i]
    # Judged once, with the lines around it as they came: a pack may remove the credit line under it later.
    memo = line.memo.get("caption")
    if memo is not None and memo[0] == line.text:
        return memo[1]
    caption = _captioned(kept, i, cfg)
    line.memo["caption"] = (line.text, caption)
    return caption


def _captioned(kept: list[Line], i: int, cfg: CleanConfig) -> bool:
    line = kept[i]
    if line.words > cfg.head_caption_max_words:
        return False
    if i + 1 < len(kept) and _credit(kept[i + 1].text):
        return True
    tail = _CREDIT_TAIL.search(line.text)
    if tail and _credit(tail.group("credit")):
        return True
    return _LABELLED.match(line.text) is not None

# A sentence's end inside a line: after a word in lower case and before a capital ("... the station. Photo:
# ..."), not after a number ("8. August"), an abbreviation ("N.Z. TRADE", "3:55 a.m. ET") or before a figure
# ("Jan. 16").
_ANY_END = re.compile(r"[.!?…。！？][\"”’»)]* (?=\S)")
_INNER_END = re.compile(r"(?:(?<=[a-zß-ÿа-яё][a-zß-ÿа-яё])[.!?…][\"”’»)]* (?=[\"“‘«(]?[A-ZÀ-ÞА-ЯЁ])|[。！？](?=\S))")


def _story_text(line: Line, cfg: CleanConfig, nxt: Line | None = None) -> bool:
    # A lead with furniture glued to its end ("... a takeover. Related: <headline>") ends in no full stop, but
    # a body's worth of words with a sentence end inside is story text, as is any line longer than a headline
    # can be. A meta line's "8. August" or an initial ("N.Z. TRADE") ends no sentence; in a line longer than
    # a caption any full stop before a space does.
    if line.words > 2 * cfg.headline_max_words or (
        line.words > cfg.headline_max_words and not (_META.search(line.text) or _STAMP.search(line.text))
    ):
        return True  # longer than a headline, a caption or a button row: a paragraph without its full stop
    text = line.text
    if text[-1] in ":：" and line.words >= 5 and not _LABELLED.fullmatch(text):
        return True  # a sentence that introduces what follows ("Here is what we know:"), not a label
    if line.words < cfg.body_min_words:
        return False
    if text[-1] in ":：" or _INNER_END.search(text):
        return True
    tokens = text.split()
    # A lead that lost its full stop: a sentence's run of words in lower case, longer than headlines run or
    # with the story going on under it.
    long = line.words >= 14 or (line.words >= 12 and nxt is not None and is_body(nxt, cfg))
    # A byline stands under a headline, never under the lead.
    if long and 2 * sum(t[0].islower() for t in tokens) >= len(tokens) and not (
        _PARTS.search(text) or _STAMP.search(text) or (nxt is not None and byline_names(nxt.text) is not None)
    ):
        return True
    return line.words > cfg.head_caption_max_words and _ANY_END.search(text) is not None


def _digit_tokens(text: str) -> int:
    # Numbers standing as words ("27", "5,700,000", "$1.20"), not digits inside a code ("BC-US--Vote,1st").
    return sum(t[0].isdigit() or (t[0] in "$£€¥(+-" and t[1:2].isdigit()) for t in text.split())


def _table_row(line: Line) -> bool:
    # A row of figures, not a stamp ("Updated 20.04.2016 11:37"), a counter ("1 of 5") or a meta line: two or
    # more numbers that are no date or clock time, in a short line ("Net 4.1 mln vs 2.9 mln").
    figures = _digit_tokens(line.text)
    return line.words <= 12 and figures >= 2 and _figure(line.text)


def _headline_score(line: Line, cfg: CleanConfig) -> int | None:
    """How headline-shaped a head line is (higher is likelier), or None when it cannot be the headline: a
    headline is no sentence, has a headline's length, and is no label, stamp, credit, counter or byline."""
    text = line.text
    if not cfg.headline_min_words <= line.words <= cfg.headline_max_words:
        return None
    if text[-1] in _HEADLINE_ENDS and not (text[-1] == "." and "." in text.rsplit(" ", 1)[-1][:-1]):
        return None  # a sentence or a label, unless the full stop closes an abbreviation ("U.S.A.")
    if BULLET.fullmatch(text) or _ENCLOSED.fullmatch(text):
        return None
    byline = byline_names(text) is not None
    if byline and not headline_shaped(text):
        return None
    if credit_line(text) is not None:
        return None  # "Provided by Kyodo"
    if not (text[0].isalnum() or text[0] in _OPENERS) or READ_TIME.pattern.fullmatch(text):
        return None  # "·5 min read", "▶ Play video": a marker opens no headline
    if _INNER_END.search(text):
        return None  # a caption and its credit ("Crowds at the station. Photo: ..."), not a headline
    tail = _CREDIT_TAIL.search(text)
    if tail and _credit(tail.group("credit")):
        return None  # a caption credited at its end: "Crowds at the station (Photo: AP)"
    score = min(line.words, 12) - 2 * max(0, line.words - 14)  # a longer line is rather a standfirst
    if _COUNTER.fullmatch(text) or "@" in text or "://" in text:
        score -= 8
    elif _STAMP.search(text):
        # A date or a time, or a year beside another figure; a year alone may be in a headline.
        score -= 2 if _YEAR.fullmatch(_STAMP.search(text).group()) and _digit_tokens(text) == 1 else 8
    if _LABELLED.match(text):
        score -= 4
    if _PARTS.search(text):
        score -= 3
    if _ENCLOSED_TAIL.search(text):
        score -= 4  # "A view of the harbour (file photo)"
    words = text.casefold().split()
    if len(set(words)) < len(words):
        score -= 4  # a row of buttons: "Share on Facebook Share on X"
    if line.words >= 3 and text.isupper():
        score += 2  # a wire headline in capitals
    return score


_STORY_CHARS = 500
_SUBJECT_BONUS = 6  # about a headline's length in words: it outweighs a longer button row's length


def _headline_at(kept: list[Line], end: int, cfg: CleanConfig, lines: list[Line]) -> tuple[int | None, bool]:
    """The most headline-shaped line of the head ``kept[:end]`` (the first of equals), or None, and whether it
    is surely the headline: a line that shares no word with the story, is short or stands under a byline or a
    stamp is a guess (then the lines over the lead are a page head, but no title is read off them).
    ``lines``: all the document's lines, removed ones too."""
    scores = [(_headline_score(line, cfg), i) for i, line in enumerate(kept[:end])]
    # A fragment of a sentence broken across lines is no headline: one that starts in lower case, or that the
    # next line continues in lower case ("... a stopgap bill late" / "Friday, averting ...").
    scores = [
        (None if s is not None and (kept[i].text[0].islower() or _continued(kept, i)) else s, i) for s, i in scores
    ]
    # A line a pack names as furniture ("Listen to this article") is none; a wire headline in capitals stays
    # one although it has the shape of a link set in capitals.
    scores = [(None if s is not None and _furniture_rule(kept[i].text) else s, i) for s, i in scores]
    candidates = [(s, i) for s, i in scores if s is not None and s > 0]
    if not candidates:
        return None, False
    if len(candidates) == 1 and candidates[0][1] == 0 and kept[0] is lines[0] and (
        candidates[0][0] >= _UNSHARED_MIN_SCORE and byline_names(kept[0].text) is None
    ):
        return 0, True  # the page's first line, and the only headline-shaped one: no need to weigh it
    best, at, sure = 0.0, None, False
    script = script_of(kept[end].text) if len(candidates) > 1 else None
    # A headline names the story's subject, so it shares a word with the lead or the paragraph after it; a row
    # of buttons, a stamp or a caption of a file photo does not. A line that shares none is the headline only
    # when it is headline-shaped enough and stands where a page sets its headline: above the byline, the
    # stamps and the reading time. A line that reads as a byline as well ("Venus stunned by Farina Elia", "BY
    # JANE DOE") must share a word.
    # (The first few hundred characters name the subject, and bound the cost.)
    story = _subject_words(
        " ".join(line.text for line in kept[end:end + 2] if line is kept[end] or is_body(line, cfg))[:_STORY_CHARS]
    )
    # Lines other passes removed count too: a stamp a pack took stood there all the same.
    lead = kept[end].idx
    meta: int | None = None  # found when a line that shares no word needs it
    for score, i in candidates:
        text = kept[i].text
        shared = bool(_subject_words(text) & story)
        if not shared and byline_names(text) is not None:
            continue
        # The page title's copy, "Headline | Site", loses to the headline itself.
        if any(j != i and text.startswith(kept[j].text) and _SUFFIX.match(text, len(kept[j].text)) for _, j in candidates):
            continue
        # A page sets its headline in the story's script.
        value = score - 6 * (script is not None and script_of(text) not in (None, script))
        if shared:
            value += _SUBJECT_BONUS
        # A sure headline beats any guess.
        certain = shared
        if not shared and score >= _UNSHARED_MIN_SCORE:
            if meta is None:
                meta = _meta_above(lines, lead)
                meta = lead if meta is None else meta
            certain = kept[i].idx < meta
        if (certain, value) > (sure, best):
            best, at, sure = value, i, certain
    return at, sure


def _subject_words(text: str) -> set[str]:
    """``content_tokens`` and the names of four letters ("Ford", "NATO" is five tokens' worth already): what a
    headline and its story share."""
    return content_tokens(text) | {w for w in _FOUR_LETTER_NAME.findall(text)}


_FOUR_LETTER_NAME = re.compile(r"(?<!\w)[A-Z][a-z]{3}(?!\w)")


# A headline that shares no word with the story is at least four words long, or three in capitals: "Your privacy
# choices", "ABC News > Politics" are labels.
_UNSHARED_MIN_SCORE = 4


def _meta_above(lines: list[Line], lead: int) -> int | None:
    """The index of the first line above paragraph ``lead`` that is a byline, a stamp, a reading time or a
    counter (``_meta_line``), kept or removed, or None."""
    return next((line.idx for line in lines if line.idx < lead and _meta_line(line)), None)


def _page_head(lines: list[Line], lead: int) -> bool:
    """Whether what stands over paragraph ``lead`` is a page head although no line there is a headline: a
    byline, a stamp or a reading time another pass removed stood there, or a line there is one beyond doubt (a
    clock time or a date in figures, a reading time, a byline with a label or in a script without case, two
    names and nothing else). Fragments of a story's sentences broken over lines are none of these ("Year
    ended December 31.", "Government tax revenues for the 1986/87")."""
    for line in lines:
        if line.idx >= lead:
            return False
        if line.sentence:
            continue
        text = line.text
        if not line.kept and (_meta_line(line) or byline_names(text) is not None):
            return True
        if READ_TIME.pattern.fullmatch(text) or _CLOCK_OR_DATE.search(text):
            return True
        names = byline_names(text)
        if names is None or headline_shaped(text, phrase_labels=False):
            continue  # "LORD ABBETT VALUE APPRECIATION FUND", "VOL OPEN CHANGE": a table's caption
        if not text.startswith(names) or not text.isascii() or (text == names and _NAME_LIST.search(names)):
            return True
    return False


_NAME_LIST = re.compile(r", | (?:and|&|et|y|e|und|и) ")


# A clock time or a date in figures, a token of its own: "4:44", "08h20", "2019-06-03", "17/07/2018" (not a
# price range "156.70-160.70").
_CLOCK_OR_DATE = re.compile(
    r"(?<![\w.,/-])(?:\d{1,2}[:h]\d{2}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?![\w/-]|[.,]\d)"
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
    if READ_TIME.pattern.fullmatch(text) or _COUNTER.fullmatch(text):
        return True
    if line.words <= 4 and _SMALL_FIGURE.fullmatch(text):
        return True  # a reading time, a relative time or a counter: "2 min de lectura", "6 мин назад", "Photo 1/2"
    if _CLOCK_OR_DATE.search(text) or (line.words <= 6 and _YEAR_WITH_DAY.search(text)):
        return True  # "Published October 4, 2025 4:44 PM GMT", "28 Sep 2025"
    return byline_names(text) is not None and not headline_shaped(text)


# A year with a day before it: "28 Sep 2025", "October 4, 2025", "3. April 2018" (not "1986/87").
_YEAR_WITH_DAY = re.compile(r"\b\d{1,2}\b\.?,? (?:\S+,? )?(?:19|20)\d{2}\b|\b\d{1,2}, (?:19|20)\d{2}\b")


def _continued(kept: list[Line], i: int) -> bool:
    # A line under a headline may be furniture in lower case, but then a figure follows its first word ("vor 5
    # Min.", "há 8 min"); a sentence going on runs on in lower case ("shutdown.", "late Friday, ...").
    if i + 1 >= len(kept) or not kept[i].text[-1].isalpha():
        return False
    nxt = kept[i + 1].text
    words = nxt.split(None, 2)
    # A byline with a label in lower case ("dal nostro inviato Luca Ferrari") continues nothing either.
    return words[0][0].islower() and (len(words) == 1 or not words[1][0].isdigit()) and byline_names(nxt) is None


def _furniture_rule(text: str) -> bool:
    found = LINE[(True, False)].first(text, 0, "fullmatch")
    return found is not None and found[0].name != "caps_link"


_GUESSED = "head_guessed"  # Line.memo key: a headline was guessed, not found, over this lead


def _clear_head(doc: Doc, head: list[Line]) -> None:
    """Remove every line of ``head`` as head furniture, reading the byline and the publisher off them (not off
    a line that may as well be a headline: "NYSE TO REVIEW PROGRAM TRADING")."""
    for line in head:
        if doc.byline is None or doc.publisher is None:
            wanted = doc.byline is None and not headline_shaped(line.text, phrase_labels=False)
            byline, publisher = head_line_credits(line.text, wanted)
            doc.byline = doc.byline or byline
            doc.publisher = doc.publisher or publisher
        doc.remove(line, HEAD_FURNITURE.name)


def head_furniture(doc: Doc) -> None:
    """Once the headline is found, the head is known: every line above the lead is head furniture (section
    labels, wire headers, bylines, stamps, reading times, share rows, captions and credits), whatever its
    words, unless the story opens with a results table. A byline among them names the authors. Without a
    headline the head is known all the same when one was guessed over the lead or a byline or a stamp stands or
    stood there (``_page_head``)."""
    kept = doc.kept()
    end = _doc_head_end(doc, kept)
    if end == len(kept):
        return  # no lead: nothing tells the head from the story
    if doc.title is not None or end and (
        kept[end].memo.get(_GUESSED)
        or (_page_head(doc.lines, kept[end].idx) and sum(_continued(kept, i) for i in range(end)) < 2)
    ):
        _clear_head(doc, kept[:end])
    # A dateline on its own line over the lead ("ROME -"), and the lead's own opening: a byline and a dateline
    # run into it ("By Jane Doe TOKYO - Stocks rose ...").
    if doc.title is None and end and DATELINE.fullmatch(kept[end - 1].text + " X") and kept[end - 1].kept:
        doc.remove(kept[end - 1], HEAD_FURNITURE.name)
    lead = kept[end]
    if lead.memo.get("dateline") != lead.text and (is_body(lead, doc.cfg) or _story_text(lead, doc.cfg)):
        cut, byline, publisher = dateline_end(lead.text)
        if cut:
            doc.strip(lead, HEAD_FURNITURE.name, 0, cut)
            doc.cut(lead, cut)
            lead.credited = True  # the lead, however short it is without its dateline
            doc.byline = doc.byline or byline
            doc.publisher = doc.publisher or publisher
        lead.memo["dateline"] = lead.text
