"""The headline: the line that is the page's title, or the most headline-shaped line over the lead, read into
``title`` without the site's name; and the title's copies further down."""
from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter

from wirewash.transforms.core.cleaning.byline import byline_names, headline_shaped, labelled_byline, placed_byline
from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.credits import agency, credit_line
from wirewash.transforms.core.cleaning.cues import content_tokens
from wirewash.transforms.core.cleaning.dateline import script_of
from wirewash.transforms.core.cleaning.matcher import LINE
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.cleaning.head.meta import meta_above
from wirewash.transforms.core.cleaning.head.rules import HEADLINE, READ_TIME
from wirewash.transforms.core.cleaning.head.shapes import (
    COMPANY_GOES_ON, COUNTER, CREDIT_TAIL, LABELLED, PARTS, SAID, STAMP, continued, digit_tokens,
    headline_case, inner_end, photo_credit,
)
from wirewash.transforms.core.cleaning.head.zone import (
    GUESSED, abbreviated_capitals, compared, doc_head_end, sole_top_heading,
)
from wirewash.transforms.core.cleaning.rules.shapes import YEAR
from wirewash.transforms.core.cleaning.stamps import meridiem_stamp
from wirewash.transforms.core.cleaning.structure import BULLET, Doc, Line, is_body, norm

_MARKDOWN_HEADING = re.compile(r"^#{1,6} ")


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
    # (A container's title, where there is one, finds its line below.)
    marked = _marked_headline(kept, cfg) if doc.title_hint is None else None
    if marked is not None:
        doc.remove(marked, HEADLINE.name)
        doc.title = without_site(_MARKDOWN_HEADING.sub("", unstamped(marked.text)))
        return
    if not kept or is_body(kept[0], cfg) and not (abbreviated_capitals(kept[0]) or headline_case(kept[0].text)):
        return  # a lead that repeats the page title's words is story text
    # A headline is only guessed over a lead (or the table a story opens with), so the cleaned text cannot
    # yield another title on a second pass. A page whose container names its title (HTML, a JSON field) has
    # its headline where a line is that title; the guess stands otherwise, as it would on the cleaned text.
    end = doc_head_end(doc, kept)
    at, sure = None, True
    if doc.title_hint is not None:
        hint = norm(_MARKDOWN_HEADING.sub("", doc.title_hint))
        at = next(
            (i for i, line in enumerate(kept[:max(end, 1)])
             if _opens_as_title(line.text, hint) and _is_title(norm(line.text), hint)),
            None,
        )
    # (Where no line is the record's title the guess below still stands: a second clean() of the output, which
    # has no title to go by, would make it, so this one does.)
    if at is None and end < len(kept) and sum(continued(kept, i) for i in range(end)) < 2:
        # (Sentences broken across lines that were not unwrapped are no head: no guess there.)
        at, sure = _headline_at(kept, end, cfg, doc.lines)
    if at is None:
        return
    if not sure:
        # A guess only: the lines over this lead are a page head (``head_furniture`` takes them once the other
        # passes have read the byline and the stamps), but no title is read off them.
        if not kept[end].memo.get(GUESSED):
            kept[end].memo[GUESSED] = True
            doc.version += 1  # head_furniture reads the mark: a pass that saw the lines without it runs again
        return
    title = kept[at].text
    # The page title and the h1 often stack the same headline, punctuated alike or not: a copy is what would be
    # read as the title on a second clean() of the output.
    copy_of = hint if doc.title_hint is not None else norm(title)
    copies = at + 1
    while copies < len(kept) and _is_title(norm(kept[copies].text), copy_of):
        copies += 1
    for line in kept[at:copies]:
        doc.remove(line, HEADLINE.name)
    doc.title = without_site(_MARKDOWN_HEADING.sub("", unstamped(title)))


_MARKED_HEAD_LINES = 12  # a page's h1 stands under its menus, banners and kicker, not in its story


def _marked_headline(kept: list[Line], cfg: CleanConfig) -> Line | None:
    """The page's one top-level Markdown heading (``sole_top_heading``: "# Greek duo cleared in doping case")
    among its first lines, of a headline's length, whatever stands above it (a consent banner's sentence, a
    kicker) or what it says ("U.S. auto output said down this week", which reads as a wire's lead); else None."""
    heading = sole_top_heading(kept)
    if heading is None or heading not in kept[:_MARKED_HEAD_LINES]:
        return None
    words = count_words(heading.text[2:])
    return heading if cfg.headline_min_words <= words <= cfg.headline_max_words else None


_SITE_SEP = re.compile(r" (?:\||-|–|—|:) ")
_OUTLET_WORDS = frozenset(
    "News Times Post Press Journal Herald Tribune Magazine TV Radio Daily Online Telegraph Guardian Independent "
    "Ore Mail Express Standard Gazette Observer Chronicle".split()
)
_DATE_TAIL = re.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}\b"
    r"|\b\d{1,2} (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
# A quoted phrase: "'false economy'", "“no deal”" (not a possessive's apostrophe: "members' windfall").
_QUOTED = re.compile(r"(?<!\S)['‘\"“][^'‘’\"“”]+['’\"”](?=[\s,;:?!]|$)")
_PARTICLES = frozenset("of the and & de du des la le les el los las di da do dos van von der y e und et".split())


def _brand(words: list[str]) -> bool:
    # "Sky News", "Il Sole 24 Ore", "The Independent", "REUTERS": a few capitalised words or figures.
    return 1 <= len(words) <= 4 and all(w[0].isupper() or w[0].isdigit() or w in _PARTICLES for w in words)


def without_site(title: str) -> str:
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
    if sep.group() != " | " and not outlet and _QUOTED.search(head):
        return title  # a headline that quotes names the speaker after it: "Job cuts 'false economy' - TUC"
    # One ordinary word after a dash is rather a place or a topic ("Obama meets Merkel - Berlin") than a site,
    # unless it is set as brands are ("TechCrunch", "REUTERS").
    plain_word = len(words) == 1 and tail[1:].islower()
    # A headline in headline case leaves its short words in lower case ("World Bank Suspends Loans to Peru -
    # Central Bank", whose source is set as the headline is); one in sentence case has longer ones.
    sentence_case = any(w[0].islower() and len(w) >= 4 and w not in _PARTICLES for w in head_words[1:])
    other_case = head.isupper() != tail.isupper() or (sentence_case and not tail.isupper())
    return head if sep.group() == " | " or outlet or (other_case and not plain_word) else title


_YEAR = re.compile(YEAR)
_RUNNING_YEAR = re.compile(rf"(?<![^\W\d_])[a-z]+ {YEAR}(?!\d)")  # "booms in 2004"
# A line set off as a whole: "(Adds comment in paragraph 5)", "[Video]".
_ENCLOSED = re.compile(r"[(\[（【].*[)\]）】]")
_ENCLOSED_TAIL = re.compile(r" [(（][^()（）]{1,40}[)）]$")
_SUFFIX = re.compile(r" ?[|:–—-] \S")
_SUFFIX_AT = re.compile(f"(?={_SUFFIX.pattern})")  # every place a suffix starts, overlapping ones too
# "<TIFFANY AND CO> TO GO PUBLIC": Reuters marks a company so; "$1m payoff for former Shell boss".
_OPENERS = "\"'“‘«„#¿¡(「『【<$£€¥"
_HEADLINE_ENDS = ".。;:,，、-–—"


_BRACKETED_TAIL = re.compile(r" [(\[（【][^()\[\]（）【】]{1,40}[)\]）】]$")


_AMOUNT = re.compile(r"(?<!\S)(?:[$£€¥]\d\S*|\d[\d.,]*(?:%|bn|m|pc)(?=[\s,;:]|$))")


# A fiscal year, its second year abbreviated: "1987/88", "2023/24" (a year and a month reads the same, so the
# second year must follow the first); a span of years after a hyphen, "Repay Some Principal in 1987-89", a few
# years on (an ISO year and month, "2016-07", goes back).
_FISCAL_YEAR = re.compile(r"(?<![\d/-])(?:19|20)(\d\d)([/-])(\d\d)(?![\d/-])")
_SPAN_YEARS = 9


def _fiscal_years(text: str) -> str:
    def span(m: re.Match[str]) -> bool:
        ahead = (int(m[3]) - int(m[1])) % 100
        return ahead == 1 if m[2] == "/" else 1 <= ahead <= _SPAN_YEARS

    return _FISCAL_YEAR.sub(lambda m: "" if span(m) else m[0], text)


def _amounts(text: str) -> int:
    # Figures that are money or a share, not a day or a time: "8.1%", "$1m", "£522,000", "3bn".
    return len(_AMOUNT.findall(text))


def unstamped(text: str) -> str:
    """``text`` without a bracketed date or time after it: "Gold falls on IMF sale concerns (Updated 14:05
    GMT)" is a headline and its stamp, and the stamp's figures would make it read as a stamp line. A year
    alone is the headline's ("Alien (1979)")."""
    tail = _BRACKETED_TAIL.search(text)
    if tail is None:
        return text
    dated = _DATE_TAIL.search(tail.group()) or any(not _YEAR.fullmatch(m.group()) for m in STAMP.finditer(tail.group()))
    return text[:tail.start()] if dated else text


def site_titled(text: str, heads: set[str]) -> bool:
    """Whether ``text`` is one of ``heads`` with a site's name after it ("Headline | Site"). Only the places
    where a suffix can start are looked up, so that a head of thousands of repeated lines costs linear time,
    not a comparison of every line with every other."""
    return any(text[:found.start()] in heads for found in _SUFFIX_AT.finditer(text, 1))


_WORD = re.compile(r"[^\W_]+")


def _is_title(line: str, hint: str) -> bool:
    # "Headline" against a page title "Headline | Site", or the other way round; the same words with other
    # punctuation ("Obama, Merkel meet in Berlin" and "Obama & Merkel meet in Berlin!"; both are casefolded).
    line = _MARKDOWN_HEADING.sub("", line)
    # One is the other with a suffix only where it starts with the other: a story paragraph of 4 kB is not
    # cut at each of its separators to be compared (``site_titled`` would).
    if line == hint or line.startswith(hint) and site_titled(line, {hint}) or (
        hint.startswith(line) and site_titled(hint, {line})
    ):
        return True
    seps = list(_SITE_SEP.finditer(hint))
    site_less = hint[:seps[-1].start()] if seps else hint
    titles = (_WORD.findall(hint), _WORD.findall(site_less))
    # A line of more words than either title is neither: its words are read only that far.
    words = [found.group() for found in itertools.islice(_WORD.finditer(line), max(map(len, titles)) + 1)]
    return bool(words) and words in titles


# Characters of a line past the title's length read to tell whether its opening can be the title's.
_OPENING_SLACK = 32


def _opens_as_title(text: str, hint: str) -> bool:
    """False where ``_is_title(norm(text), hint)`` cannot hold, told from the opening of a line longer than
    ``hint`` (a normalised title): the line neither starts with the title nor opens on its first word, which
    a line that is the title with a suffix, or the title's words with other punctuation, does. A story
    paragraph of 4 kB is not normalised whole (35 us) for each record's title it is compared with."""
    if len(text) <= len(hint) + _OPENING_SLACK:
        return True
    # The opening's normal form is that of the line cut short (``norm`` reads character by character), and the
    # heading mark, in its first seven characters, is stripped from both alike.
    opening = _MARKDOWN_HEADING.sub("", norm(text[:len(hint) + _OPENING_SLACK]))
    if len(opening) <= len(hint) + 8 or opening.startswith(hint):
        return True
    first, title_first = _WORD.search(opening), _WORD.search(hint)
    if first is None or first.end() == len(opening):
        return True  # the line's first word is not all in the opening: left to ``_is_title``
    return title_first is not None and first.group() == title_first.group()


def _headline_score(
    line: Line, cfg: CleanConfig, story: set[str], over_byline: bool = False, apart: bool = False
) -> int | None:
    """How headline-shaped a head line is (higher is likelier), or None when it cannot be the headline: a
    headline is no sentence, has a headline's length, and is no label, stamp, credit, counter or byline; a
    bracketed stamp after it is not judged (``unstamped``). ``story``: the lead's ``_subject_words``;
    ``over_byline``: a labelled byline stands under the line (``_labelled_byline``); ``apart``: a blank line
    stands under it (``_set_apart``)."""
    text = unstamped(line.text)
    if not cfg.headline_min_words <= line.words <= cfg.headline_max_words:
        return None
    if text[-1] in _HEADLINE_ENDS and not (
        text[-1] == "." and ("." in text.rsplit(" ", 1)[-1][:-1] or apart and headline_case(text))
    ):
        # A sentence or a label, unless the full stop closes an abbreviation ("U.S.A.") or the line is set in
        # headline case, as no sentence is, and stands apart ("... a Barrel October 16. Wti Now 19.00 Dlrs."):
        # a lead's first line that a wrap broke after an abbreviation goes on under it ("The Federal Deposit
        # Insurance Corp." over "(FDIC) said two Texas banks ...").
        return None
    if meridiem_stamp(text):
        return None  # "... Published July 25, 2022 at 6:15 p.m.": a stamp's "p.m." is no headline's abbreviation
    if BULLET.fullmatch(text) or _ENCLOSED.fullmatch(text):
        return None
    if text.count("(") > text.count(")") or COMPANY_GOES_ON.match(text):
        # A bracket left open, or a company's name going on from the line above: a sentence broken over lines
        # ("... coffee year (Oct 1/Sept" / "30) now", "... DiaEm Resources" / "Ltd <DAE.V>, which has ...").
        return None
    if compared(line) and digit_tokens(text) and not text.isupper():
        # A results table's first row, this period's figure against last year's ("Shr profit nil vs profit 38
        # cts", "Net 3.1 mln vs not given"): a story that opens with its table has no headline.
        return None
    if not text.isupper() and (SAID.search(text) or _BROKEN_OFF.search(text)):
        # A wire's lead reports in the past tense, its headline in the present ("FCS Laboratories Inc said" /
        # "George D. Fowle Jr has resigned ..."); a line ending in an article or a preposition that takes an
        # object breaks off a sentence ("Dealers quoted No.2 scrap copper at a").
        return None
    # A label before the story's subject or before a headline's words is a kicker over a headline ("Profile:
    # Gordon Brown", "Q&A: Malcolm Glazer and Man Utd", "Analysis: No pain, no gain?"), not a byline's or a
    # meta line's ("Read time: 5 min", "Photo: Jane Doe"): a byline names the writer, whom the lead does not
    # name, and a meta line's value is a name or a figure.
    label = LABELLED.match(text)
    rest = text[label.end():] if label is not None else ""
    # A byline's own label is no kicker's, though the lead name the same reporters ("作者：李芳、王伟" over
    # "新华社北京9月3日电（记者 李芳、王伟）...").
    kicker = label is not None and not labelled_byline(text) and (
        bool(_subject_words(rest) & story)
        or (len(rest.split()) >= cfg.headline_min_words and byline_names(rest) is None and not digit_tokens(rest))
    )
    names = byline_names(text)
    placed, surely_placed = placed_byline(text)
    if (names is not None and not (headline_shaped(text) or kicker) or surely_placed) and not (
        over_byline and _subject_words(names or placed or "") & story
    ):
        # "Anna Schäfer und Anna Weber berichten aus Brüssel" too. A page has one byline: a line in headline case
        # that reads as names ("Neutral Budget Expected in Singapore", "Aibd, Cedel, Euroclear Join in Trade
        # Match System") over a byline with its label ("Von Matthias Schneider", "POR JAVIER GARCÍA") is the
        # headline when what reads as names is the story's subject: writers' names are not in the lead ("Jane
        # Doe and Ola Berg in Kyiv" over "Von Anna Weber" shares only its place).
        return None
    if credit_line(text) is not None:
        return None  # "Provided by Kyodo"
    if not (text[0].isalnum() or text[0] in _OPENERS) or READ_TIME.pattern.fullmatch(text):
        return None  # "·5 min read", "▶ Play video": a marker opens no headline
    if inner_end(text):
        return None  # a caption and its credit ("Crowds at the station. Photo: ..."), not a headline
    tail = CREDIT_TAIL.search(text)
    if tail and photo_credit(tail.group("credit")):
        return None  # a caption credited at its end: "Crowds at the station (Photo: AP)"
    score = min(line.words, 12) - 2 * max(0, line.words - 14)  # a longer line is rather a standfirst
    if COUNTER.fullmatch(text) or "@" in text or "://" in text:
        score -= 8
    elif STAMP.search(_fiscal_years(text) if "/" in text or "-" in text else text):
        # A date or a time, or a year beside another figure; a year alone may be in a headline, and is a
        # headline's word where running words lead to it ("Cyber crime booms in 2004", not "Copyright 2016").
        # An amount beside the year dates nothing ("Singapore growth at 8.1% in 2004").
        if not (_YEAR.fullmatch(STAMP.search(text).group()) and digit_tokens(text) - _amounts(text) == 1):
            score -= 8
        elif not _RUNNING_YEAR.search(text):
            score -= 2
    if label is not None and not kicker:
        score -= 4
    if PARTS.search(text):
        score -= 3
    if _ENCLOSED_TAIL.search(text):
        score -= 4  # "A view of the harbour (file photo)"
    # A row of buttons repeats its verbs and names ("Share on Facebook Share on X", "Log in Log out"), a row of
    # figures its unit ("net 541 mln vs 529 mln"); a headline may repeat a short word in lower case ("Viewers to
    # be able to shape TV", "Who do you think you are?").
    figures = digit_tokens(text) > 0
    words = [w.casefold() for w in text.split() if figures or len(w) > 3 or not w.islower()]
    if len(set(words)) < len(words):
        score -= 4
    if line.words >= 3 and text.isupper():
        score += 2  # a wire headline in capitals
    return score


_BROKEN_OFF = re.compile(r"(?<!\S)(?:the|a|an|and|or|of|for|with|from|at|to|than|its|their)$")
_STORY_CHARS = 500
_AFTER_LEAD = 3  # lines looked at for the paragraph after the lead
_SUBJECT_BONUS = 6  # about a headline's length in words: it outweighs a longer button row's length
_FIRST_LINE_BONUS = 2  # a word or two's worth


def _story_script(below: list[Line], cfg: CleanConfig) -> str | None:
    """The script most of the first body paragraphs from the lead on are in (None without two): a head line in
    another language may pass for the lead ("记者 李娜 🔴 更正：本文此前版本中数据有误，现已更正。" over an
    English story)."""
    counts: Counter[str] = Counter(
        script for line in below[:_SCRIPT_LINES] if is_body(line, cfg) and (script := script_of(line.text))
    )
    # One paragraph is no story's script to go by: a table's rows with an embedded post between them.
    top = counts.most_common(1)
    return top[0][0] if top and top[0][1] >= 2 else None


_SCRIPT_LINES = 8


def _headline_at(kept: list[Line], end: int, cfg: CleanConfig, lines: list[Line]) -> tuple[int | None, bool]:
    """The most headline-shaped line of the head ``kept[:end]`` (the first of equals), or None, and whether it
    is surely the headline: a line that shares no word with the story, is short or stands under a byline or a
    stamp is a guess (then the lines over the lead are a page head, but no title is read off them).
    ``lines``: all the document's lines, removed ones too."""
    # (The first few hundred characters name the subject, and bound the cost.)
    # The paragraph after the lead may stand below a caption or an ad marker the passes have not taken yet.
    after = next((line.text for line in kept[end + 1:end + 1 + _AFTER_LEAD] if is_body(line, cfg)), "")
    story = _subject_words(f"{kept[end].text} {after}"[:_STORY_CHARS])
    # (The last one: a headline may read as a byline with a label too, "Ec Ministers Announce Plan ...".)
    labelled = max((i for i, line in enumerate(kept[:end]) if _labelled_byline(line.text)), default=-1)
    scores = [
        (_headline_score(line, cfg, story, i < labelled, _set_apart(lines, line)), i)
        for i, line in enumerate(kept[:end])
    ]
    # A fragment of a sentence broken across lines is no headline: one that starts in lower case, or that the
    # next line continues in lower case ("... a stopgap bill late" / "Friday, averting ...").
    scores = [
        (None if s is not None and (kept[i].text[0].islower() or continued(kept, i)) else s, i) for s, i in scores
    ]
    # A line a pack names as furniture ("Listen to this article") is none; a wire headline in capitals stays
    # one although it has the shape of a link set in capitals.
    scores = [(None if s is not None and _furniture_rule(kept[i].text) else s, i) for s, i in scores]
    candidates = [(s, i) for s, i in scores if s is not None and s > 0]
    if not candidates:
        return None, False
    # A page sets its headline in the story's script: a line in another that shares no word with the lead is
    # the page's furniture in its own language ("محمد سليمان وفاطمة العلي", the writers' names over an English
    # story; "预计阅读2分钟"), whatever its shape.
    script = _story_script(kept[end:], cfg)
    own = [
        (s, i) for s, i in candidates
        if script is None or script_of(kept[i].text) in (None, script) or _subject_words(kept[i].text) & story
    ]
    if not own:
        # The lines over the lead are a page head all the same (``head_furniture`` takes them), with no title.
        return candidates[0][1], False
    candidates = own
    if len(candidates) == 1 and candidates[0][1] == 0 and kept[0] is lines[0] and (
        candidates[0][0] >= _UNSHARED_MIN_SCORE and byline_names(kept[0].text) is None
    ):
        return 0, True  # the page's first line, and the only headline-shaped one: no need to weigh it
    best, at, sure = 0.0, None, False
    # A headline names the story's subject, so it shares a word with the lead or the paragraph after it; a row
    # of buttons, a stamp or a caption of a file photo does not. A line that shares none is the headline only
    # when it is headline-shaped enough and stands where a page sets its headline: above the byline, the
    # stamps and the reading time. A line that reads as a byline as well ("Venus stunned by Farina Elia", "BY
    # JANE DOE") must share a word.
    # Lines other passes removed count too: a stamp a pack took stood there all the same.
    lead = kept[end].idx
    meta: int | None = None  # found when a line that shares no word needs it
    heads = {kept[i].text for _, i in candidates}
    for score, i in candidates:
        text = kept[i].text
        shared = bool(_subject_words(text) & story)
        if not shared and byline_names(text) is not None:
            continue
        # The page title's copy, "Headline | Site", loses to the headline itself.
        if site_titled(text, heads):
            continue
        value = score
        if shared:
            value += _SUBJECT_BONUS
        if kept[i] is lines[0]:
            # A text's first line is where its headline stands: it beats a subhead under it that is as
            # headline-shaped ("Arsenal through on penalties" over "Arsenal win 4-2 on penalties"), not a line
            # that names the subject where it names none.
            value += _FIRST_LINE_BONUS
        # A sure headline beats any guess.
        certain = shared
        if not shared and score >= _UNSHARED_MIN_SCORE:
            if meta is None:
                meta = meta_above(lines, lead)
                meta = lead if meta is None else meta
            certain = kept[i].idx < meta
        if (certain, value) > (sure, best):
            best, at, sure = value, i, certain
    return at, sure


def _set_apart(lines: list[Line], line: Line) -> bool:
    # A blank line under ``line`` (of ``lines``, in input order): the next paragraph starts two input lines or
    # more below it. A paragraph's idx is its first input line, so a wrapped one counts as apart too.
    at = bisect.bisect_right(lines, line.idx, key=_IDX)
    return at == len(lines) or lines[at].idx > line.idx + 1


_IDX = operator.attrgetter("idx")


def _labelled_byline(text: str) -> bool:
    # A byline whose names come after a label ("By Jane Doe", "Von Anna Weber und Ola Berg", "di Luca Ricci"),
    # not a line of bare names, which a headline in headline case may read as.
    names = byline_names(text)
    return names is not None and not text.startswith(names)


def _subject_words(text: str) -> set[str]:
    """``content_tokens`` and the names of four letters ("Ford", "NATO" is five tokens' worth already): what a
    headline and its story share."""
    return content_tokens(text) | {w for w in _FOUR_LETTER_NAME.findall(text)}


# The capital first: the engine skips to the next capital at once, where a lookbehind first was tried at every
# position (3 times slower); "no word character before it" is read after it.
_FOUR_LETTER_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{3}(?!\w)")
# A headline that shares no word with the story is at least four words long, or three in capitals: "Your privacy
# choices", "ABC News > Politics" are labels.
_UNSHARED_MIN_SCORE = 4


def _furniture_rule(text: str) -> bool:
    found = LINE[(True, False)].first(text, 0, "fullmatch")
    return found is not None and found[0].name != "caps_link"
