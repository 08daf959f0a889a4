"""The passes that apply the packs' declarative rules (kinds line, prefix, suffix, teaser_label; list_label is
in ``lists``), each restricted to the zones its rules name; the rules are found by ``matcher``'s joined
patterns.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.cues import (
    NON_LATIN, STARTERS, content_tokens, has_inner_end, reader_addressed,
)
from wirewash.transforms.core.cleaning.matcher import LINE, LIST_LABEL, PREFIX, SUFFIX, TEASER, Matcher
from wirewash.transforms.core.cleaning.roster import ROSTER_REACH, roster_item
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import (
    SENTENCE_BREAK, SENTENCE_ENDS, Doc, Line, is_body, is_data_row, is_sentence, is_short_line,
)

_GLUED_LINE_MAX_CHARS = 120  # a widget's label, a button or a wire's credit line run into a paragraph's end
# An ellipsis ends a placeholder as often as a sentence: "... the Italian firm's auto group. Loading...".
_TRAILING_OFF = ("...", "…")
_LINK = re.compile(r"https?://|www\.|\.com/|@\w")
# A title's or a name's abbreviation ("Sen.", "Gov.", "J."), read in a window ending at the full stop: an initial,
# or a title, rank, month, day or company form a name or a figure follows. Any short word in capitals was one
# before, and a paragraph closing on "... and miner Barrick Gold." or "... Over and Over." kept the credit run
# into it ("Additional reporting by ...", "AFP").
_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:[A-Z]|Mr|Mrs|Ms|Mx|Dr|St|Sts|Mt|Ft|Jr|Sr|Sra|Srta|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cpl|Pvt|Maj|Adm"
    r"|Cmdr|Cdr|Brig|Prof|Rev|Hon|Pres|Fr|Msgr|Atty|Supt|Det|Insp|Amb|Sec|Dept|Co|Corp|Inc|Ltd|Bros|No|Nos|Vol|Fig"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Mme|Mlle|Mgr"
    r"|Dott|Sig|Hr|Nr|Dipl|Ing|Abg)\.$"
)


def zoned(doc: Doc) -> Iterator[tuple[int, Line, tuple[bool, bool]]]:
    """(index, line, (in head zone, in tail zone)) for each kept line."""
    kept, (head, tail) = doc.zones()
    for i, line in enumerate(list(kept)):
        yield i, line, (i < head, i >= tail)


def prefixes(doc: Doc) -> None:
    """Strip matched starts (wire credits, datelines), stacked ones too; the rest of the paragraph stays."""
    following = doc.kept()
    for i, line, zone in zoned(doc):
        if line.memo.get("prefixes") == (line.text, zone):
            continue  # tested unchanged in an earlier round
        matcher, pos = PREFIX[zone], 0
        while (found := matcher.first(line.text, pos, "match")) is not None and found[1].end() > pos:
            rule, m = found
            doc.strip(line, rule.name, pos, m.end())
            pos = m.end()
            line.credited = line.credited or rule.publisher is not None
        if pos:
            doc.cut(line, pos)
            if not line.kept and line.credited and zone[0] and i + 1 < len(following):
                # A wire credit on a line of its own in the head opens the paragraph under it: the lead.
                following[i + 1].credited = True
        line.memo["prefixes"] = (line.text, zone)


# Line rules a name closing the story's own list of names also fullmatches ("CNNMoney (New York)" and "Paddy
# O'Brien (New Zealand)" under a team sheet): they do not take a ``roster_item``.
_NAME_SHAPED = frozenset({"source_line"})


def lines(doc: Doc) -> None:
    """Remove whole paragraphs a line rule matches, and strip suffixes glued after a story sentence."""
    kept = doc.kept()
    for i, line, zone in zoned(doc):
        if line.memo.get("lines") == (line.text, zone):
            continue
        line.memo["lines"] = (line.text, zone)
        found = LINE[zone].first(line.text, 0, "fullmatch")
        if found is not None:
            above = kept[max(0, i - ROSTER_REACH):i]
            if found[0].name not in _NAME_SHAPED or not roster_item([x.text for x in above], line.text):
                doc.remove(line, found[0].name)
            continue
        suffix = SUFFIX[zone]
        if not suffix.rules and line.sentence and not line.text.endswith(_TRAILING_OFF):
            continue  # no suffix rule here, and a paragraph ending as a sentence has no glued line
        # Only the breaks within the longest suffix of the end are tried, walked back to from the end, and the
        # last sentence break is found from the end: reading every break of a 4 kB paragraph cost 7 us.
        text, breaks = line.text, line.breaks()
        near = len(breaks)
        while near and len(text) - breaks[near - 1].end() <= suffix.longest:
            near -= 1
        for b in breaks[near:]:
            if b.end() < len(text) and (hit := suffix.first(text, b.end(), "fullmatch")) is not None:
                doc.strip(line, hit[0].name, b.end(), len(text))
                doc.cut_tail(line, b.end())
                break
        else:
            last = next(
                (b for b in reversed(breaks) if b.end() < len(text) and (b[0][-1] == " " or _run_in(text, b))), None
            )
            _glued_line(doc, line, zone, last)


def _run_in(text: str, b: re.Match[str]) -> bool:
    """Whether the sentence break ``b`` has a block run into it with no space, as a page's text is copied from
    its elements ("... rose 4.4 pct from the previous year.Story continues", "... rose 4%.Most Read from ...",
    "... the country.تابع القراءة بعد الإعلان"): a lower-case letter, a figure, a per cent sign or a closing bracket
    before the stop, a capital or a letter of a caseless script after it ("1.5", "e.g." and "example.com" have
    neither)."""
    before, after = text[b.start() - 1:b.start()], text[b.end():b.end() + 1]
    return (before.islower() or before.isdigit() or before in "%)") and after.isalpha() and not after.islower()


def abbreviated(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` in ``text`` closes a title's or a name's abbreviation (``_ABBREVIATION``)
    rather than a sentence."""
    return _ABBREVIATION.search(text, max(0, stop - 6), stop + 1) is not None


def glued_tail(line: Line, max_chars: int) -> int | None:
    """Start of the fragment after ``line``'s last sentence end (a full stop and a space, or "。"), when it is no
    sentence, holds a letter, is at most ``max_chars`` long and the full stop is no title's abbreviation ("Sen.
    Edward Zorinsky"): where a furniture line run into the paragraph would start; else None."""
    text = line.text
    if text[-1:] in SENTENCE_ENDS:
        # The fragment would end on a sentence end (most story paragraphs do): a sentence, answered without
        # walking the breaks (the widgets pass asks of every story paragraph).
        return None
    # From the end: the last break is the one wanted, and a long paragraph has dozens before it.
    last = next(
        (b for b in reversed(line.breaks())
         if b.end() < len(text) and (b[0][-1] == " " or b[0][0] in "。！？" or _run_in(text, b))),  # CJK text sets no space after
        None,
    )
    if last is None or len(text) - last.end() > max_chars:
        return None
    piece = text[last.end():]
    if not any(c.isalpha() for c in piece) or abbreviated(text, last.start()):
        return None
    if SENTENCE_BREAK.search(piece) is not None and not piece.endswith((")", "）")):
        return None
    return last.end()


# The fewest words of a story statement a furniture line may be run into: "Analysts expect a cut next year."
_STATEMENT_MIN_WORDS = 3


def statement_before(line: Line, max_chars: int) -> int | None:
    """Where a fragment run into the end of a story statement starts (``glued_tail``), when the part before is
    a statement of three words or more that does not speak to the reader ("Analysts expect a cut next year.
    Abonnez-vous à notre newsletter"); else None. No question: "Like this story?" opens a box's pitch. The
    caller judges the fragment."""
    at = glued_tail(line, max_chars)
    if at is None:
        return None
    before = line.text[:at].rstrip()
    if len(before.split()) < _STATEMENT_MIN_WORDS or before[-1:] not in ".。" or reader_addressed(before):
        return None
    return at


def _glued_line(doc: Doc, line: Line, zone: tuple[bool, bool], last: re.Match[str] | None) -> None:
    """A furniture line run into the paragraph above it ("... the deal. Advertisement - Scroll to continue"):
    a short fragment that is no sentence after the last sentence break (``last``: a full stop and a space,
    not a decimal point) that a line rule takes whole. Not after a title's abbreviation ("Sen. Edward
    Zorinsky (D-Neb.)"), and not a link: one closing a paragraph is the story's reference ("... Ticket
    details: http://...") as often as a widget's."""
    if last is None or len(line.text) - last.end() > _GLUED_LINE_MAX_CHARS:
        return
    if line.sentence and not line.text.endswith(_TRAILING_OFF):
        return  # a paragraph that ends as a sentence ends with the story's (and most do: checked first)
    text, at = line.text, last.end()
    if (link := _LINK.search(text, at)) is not None and not _closing_handle(text, link):
        return
    if abbreviated(text, last.start()):
        return
    # A line rule's whole line, or a list's or a teaser's label whose list or headline the page lost ("... in
    # support of its goals. Read next", "... The Commitments.Read more:"): nothing of the story follows a label.
    found = (
        LINE[zone].first(text, at, "fullmatch") or LIST_LABEL[zone].first(text, at, "fullmatch")
        or TEASER[zone].first(text, at, "fullmatch")
    )
    if found is not None:
        doc.strip(line, found[0].name, at, len(text))
        doc.cut_tail(line, at)


def _closing_handle(text: str, link: re.Match[str]) -> bool:
    """Whether the only link ``link`` finds is an account in brackets closing ``text``, as an embedded card's
    credit ends ("... A post shared by Jane Doe (@janedoe)"): a reference the story gives is an address."""
    return link[0].startswith("@") and text[link.start() - 1:link.start()] == "(" and text.endswith(")") and (
        _LINK.search(text, link.end()) is None
    )


# Words a headline never ends on and a sentence goes on after: a sentence opener after one is a title or a
# name inside the sentence ("such as Reservoir Dogs and The Full Monty"), not the story's start.
_RUN_ON = frozenset(["and", "or", "as", "of", "the", "a", "an", "to", "by", "with", "from", "than", "like"])
# A pronoun and a verb in one ("I’ve", "It's", "We're"): a sentence's opening, never a headline's last word.
_PRONOUN_VERB = re.compile(r"(?:I|It|We|You|They|He|She|That|There|What|Here)['’](?:ve|m|s|re|ll|d)")


# The fewest words of a teaser's headline where no sentence opener marks the story's start (as
# ``CleanConfig.headline_min_words``).
_HEADLINE_MIN_WORDS = 3
# The most words of a teaser's headline past a capitalised word that may have ended it: a sentence opener
# further on is inside the story's first sentence ("... ten minutes Inverness said it issued 2,640,000 class A
# convertible ...", "... bronze statues Britain's Rod Stewart ..., citing his hit When a Man ...").
_TEASER_HEADLINE_MAX_WORDS = 12
_OPEN_QUOTES = "\"“«„"
_CLOSE_QUOTES = "\"”»“"
# Characters split at first after a teaser label: a headline and the story sentence's first words.
_SPLIT_CHARS = 256


def split_teaser(rest: str, min_words: int, start: int = 0) -> int | None:
    """Where the story sentence starts in a teaser headline glued to it (a character index), or None; with
    ``start``, in ``rest[start:]`` (an index there), read without copying the rest.

    The story starts at a capitalised word (after any opening quote) with at least ``min_words`` words from
    it to the end: preferably a word that opens sentences ("The", "He", ...) next to a lower-case word, else
    the first capitalised word after a lower-case one (a sentence-case headline ends there) or before one (a
    title-case headline ends there), before the first sentence end. An opener after that first capitalised
    word is passed over inside a quotation opened there or more than ``_TEASER_HEADLINE_MAX_WORDS`` words on.
    Whatever is left of the headline stays.
    """
    # A window of the rest at a time, a longer one only when no sentence end has stopped the loop within it:
    # callers try this after every sentence of a paragraph, and splitting (or copying) all the rest each time
    # is quadratic in a long one (a 200k-character line of photo credits took 22 s).
    size = _SPLIT_CHARS
    while True:
        whole = start + size >= len(rest)
        tokens = rest[start:start + size].split(" ")
        # Cut short, the window's last token may be cut, and one or more follow it: only those before it are
        # words, tokens[i + 1] must be one of them, and min_words words from i on must surely exist.
        limit = len(tokens) - 1
        stop = len(tokens) - min_words + 1 if whole else min(limit + 2 - min_words, limit - 1)
        # The offset of tokens[i], kept as the loop goes: it stops at the first sentence end, so a long
        # paragraph after a label costs a few tokens, not one step per word.
        at = len(tokens[0]) + 1
        fallback = None
        quoting = False  # a quotation the fallback's word opened, not yet closed
        for i in range(2, stop):
            tok = tokens[i]
            at += len(tokens[i - 1]) + 1
            if is_sentence(tokens[i - 1]):
                # A headline has no full stop: the story started at or before this sentence's end.
                return fallback
            core = tok.lstrip("\"“‘'«(")
            before, after = tokens[i - 1], tokens[i + 1]
            if fallback is not None and before.rstrip(".,;:!?")[-1:] in _CLOSE_QUOTES:
                quoting = False
            # A word after a colon or a comma goes on the sentence or headline it is in: a quote ("... and
            # said: "The police ...", "..., he added, "We need ..."), a headline's second half ("Brexit: The
            # deal explained"), a title the sentence names ("Partly based on his years as a teacher, The
            # History Boys").
            if not core[:1].isupper() or before[-1:] in ":：,，":
                continue
            lower_before = before[:1].islower() or before[-1:] in ".!?"
            opener = core.rstrip(",") in STARTERS or _PRONOUN_VERB.fullmatch(core) is not None
            if opener and (lower_before or after[:1].islower()) and before not in _RUN_ON:
                # Past a word that may have ended the headline, an opener inside a quotation that word opened
                # ('... third month "Maybe when I turn 60 ...') or beyond a headline's length is inside the
                # story's first sentence: the story started at that word.
                if fallback is None or not (quoting or i > _TEASER_HEADLINE_MAX_WORDS):
                    return at
            # Not after two words: a headline has three or more, and German capitalises its nouns ("Regierung
            # legt Plan vor Analysts expect ...": the story starts at "Analysts", not at "Plan").
            if fallback is None and i >= _HEADLINE_MIN_WORDS and (
                lower_before or (before[:1].isupper() and after[:1].islower())
            ):
                fallback = at
                quoting = tok[:1] in _OPEN_QUOTES and tok.rstrip(".,;:!?")[-1:] not in _CLOSE_QUOTES
        if whole:
            return fallback
        size *= 4


# Brackets and arrows a page sets round a teaser label ("【相关阅读】", "[관련기사]", "▶ 관련기사"): the closing
# bracket each opening one needs after the label ("" for an arrow).
_LABEL_FRAMES = {"【": "】", "[": "]", "［": "］", "▶": "", "►": ""}
_LEAD_MARKS = "—–-•→»"
# What may end a label: its delimiter, or the space before the headline. A dash set off by spaces and the
# full-width bar delimit too ("Читайте также — <headline>", "推荐阅读｜<headline>").
_LABEL_ENDS = ":|：】]］｜—– "
_DELIMITERS = ":|：｜—–"


def teaser_label(text: str, pos: int, matcher: Matcher) -> tuple[Rule, int] | None:
    """(rule, end) of a pack's teaser label at ``pos`` of ``text``, bare ("Read more:") or framed by brackets
    or an arrow ("【相关阅读】", "▶ 관련기사"); ``end`` is past the label's delimiter and the space after it. None when
    no label is there, or when the label runs on into a word ("Read more about the plan" is a sentence)."""
    found = matcher.first(text, pos, "match")
    close, framed = "", False
    if found is None and (frame := _LABEL_FRAMES.get(text[pos:pos + 1])) is not None:
        inner = pos + 1 + (text[pos + 1:pos + 2] == " ")
        found = matcher.first(text, inner, "match")
        close, framed = frame, True
    marked = False
    if found is None and text[pos:pos + 1] in _LEAD_MARKS and text[pos + 1:pos + 2] == " ":
        # A dash or a bullet before the label ("— Read more: <headline>"): unlike an arrow it may open a story's
        # list item ("— More than 200 people were hurt"), so the label still needs its delimiter.
        found = matcher.first(text, pos + 2, "match")
        marked = True
    if found is None and (dashed := _dashed_label(text, pos, matcher)) is not None:
        return dashed
    if found is None or found[1].end() == pos:
        return None
    rule, end = found[0], found[1].end()
    if close:
        if text[end:end + 1] != close:
            return None
        end += 1
    if end < len(text) and not (text[end - 1] in _LABEL_ENDS or text[end] in _LABEL_ENDS):
        # The label's element run into the headline's, their texts joined with no space ("Lire aussiLa Bourse
        # de Paris termine en hausse"): a capital straight after a lower-case letter ends no word of a sentence.
        glued = not close and text[end - 1].islower() and text[end].isupper()
        return (rule, end) if glued else None
    # A pattern may take the delimiter and the space after it ("read more: "): the label's last character counts,
    # and so does one after a space ("Читайте также — "); a dash before a word in lower case is a sentence's own
    # ("Read more – and the plan was criticised by the unions").
    label, after = text[pos:end], end
    while end < len(text) and text[end] in _LABEL_ENDS:
        end += 1
    marks = text[after:end]
    delimited = framed or label.rstrip()[-1:] in _DELIMITERS or any(c in _DELIMITERS for c in marks) and not (
        end < len(text) and text[end].islower() and ("—" in marks or "–" in marks)
    )
    if delimited or end >= len(text) or label.isupper():
        return rule, end
    if marked:
        return None
    # A label set off by a space only ("Click here to read more Insurer sets ...", "اقرأ أيضا المنتخب ...")
    # reads as a sentence's opening words when a lower-case word follows ("Lesen Sie auch die Stellungnahme
    # ..."), or, in a script without case, when the paragraph ends as a sentence: its words in the label's
    # script do, as a story in Latin script may follow a teased headline glued to it ("اقرأ أيضا المتحف يسجل
    # رقما قياسيا The St Kitts and Nevis star joins ...").
    first = text[end]
    if first.isupper():
        return rule, end
    if not first.islower():
        change = script_change(text[end:], _SHORT_SENTENCE_WORDS)
        if not is_sentence(text if change is None else text[:end + change].rstrip()):
            return rule, end
    return None


# A label of a few words in capitals set off by a dash ("SEE ALSO — Analysis: ...", "LEER MÁS – ..."): the packs
# write their labels with a colon or a bar, the page with a dash.
# (A hyphen stands for the dash in typed and scraped copy: "ALSO READ - <headline>".)
_DASHED_LABEL = re.compile(r"[^\W\d_a-zß-ÿа-я]{2,}(?: [^\W\d_a-zß-ÿа-я]{2,}){0,3}(?= [—–-] )")


def _dashed_label(text: str, pos: int, matcher: Matcher) -> tuple[Rule, int] | None:
    """(rule, end) of a pack's label in capitals set off by a dash at ``pos`` ("SEE ALSO — "), when a capital
    or a letter without case follows the dash (a dash before lower case is a sentence's own); else None."""
    if "a" <= text[pos:pos + 1] <= "z" or "a" <= text[pos + 1:pos + 2] <= "z":
        return None  # a word in lower case or running case (most sentences' first): no label in capitals
    m = _DASHED_LABEL.match(text, pos)
    if m is None:
        return None
    end = m.end() + 3
    if end >= len(text) or text[end].islower():
        return None
    found = matcher.first(m[0] + ":", 0, "fullmatch")
    return None if found is None else (found[0], end)


# A word opening with a character outside ASCII, then a capitalised ASCII word after any opening quote or
# bracket ("[HR. At-Tirmidzi ...]", Reuters' "<SHV Holding Co>"): the only places ``script_change`` need look
# (a letter without case is never ASCII).
_BEFORE_CAPITAL = re.compile("[^\x00-\x7f ][^ ]*(?= [\"“‘'«(\\[<]*[A-Z])")


def script_change(rest: str, min_words: int) -> int | None:
    """Where a capitalised Latin word follows a word in a script without case (a headline in Chinese, Arabic,
    Korean glued to an English story sentence), with at least ``min_words`` words from it on; else None."""
    if rest.isascii():
        return None
    for m in _BEFORE_CAPITAL.finditer(rest):
        if m.start() and rest[m.start() - 1] != " ":
            continue  # inside a word
        story = _changed_script(rest, m, min_words)
        if story is not None:
            return story
    return None


class ScriptChanges:
    """``script_change`` of ``text[at:]`` for many offsets ``at`` of one text, the text scanned once: a caller
    trying it after every sentence of a paragraph would scan the rest each time (quadratic in a long line).
    A change after ``at`` is at a word's start, and whether it is one depends on the text from there on only,
    so the changes past ``at`` are the whole text's; only a word cut by ``at`` is judged apart."""

    def __init__(self, text: str, min_words: int) -> None:
        self.text = text
        self.min_words = min_words
        self.starts: list[int] = []
        self.stories: list[int] = []
        if text.isascii():
            return
        for m in _BEFORE_CAPITAL.finditer(text):
            if m.start() and text[m.start() - 1] != " ":
                continue
            story = _changed_script(text, m, min_words)
            if story is not None:
                self.starts.append(m.start())
                self.stories.append(story)

    def after(self, at: int) -> int | None:
        """``script_change(text[at:], min_words)``, as an offset in ``text[at:]``."""
        m = _BEFORE_CAPITAL.match(self.text, at)
        story = _changed_script(self.text, m, self.min_words) if m is not None else None
        if story is None:
            i = bisect.bisect_right(self.starts, at)
            story = self.stories[i] if i < len(self.starts) else None
        return None if story is None else story - at


def _changed_script(text: str, m: re.Match[str], min_words: int) -> int | None:
    """Where the story starts after ``m`` (a ``_BEFORE_CAPITAL`` match at a word's start) when the script
    changes there for good, else None."""
    first = text[m.start()]
    caseless = first.isalpha() and not (first.isupper() or first.islower())
    # The words after this one, as text.split(" ") counts them; counted only as far as needed.
    if _space_after(text, m.start(), min_words) is None:
        return None
    # A script with case (a Cyrillic or Greek headline) changes for good only where the story goes on in
    # Latin script: "Жара побила рекорд "Two months after ..." (not "Компания Apple представила ...").
    cased_script = first.isalpha() and ord(first) >= NON_LATIN
    if caseless or (cased_script and _latin(text, m.end() + 1, min_words)):
        return m.end() + 1
    return None



def _space_after(text: str, at: int, n: int) -> int | None:
    """The offset of the ``n``-th space from ``at`` on (``at - 1`` for none), or None when there are fewer."""
    end = at - 1
    for _ in range(n):
        end = text.find(" ", end + 1)
        if end < 0:
            return None
    return end


def _latin(text: str, at: int, words: int) -> bool:
    """Whether the first ``words`` words of ``text[at:]`` have no letter outside Latin script."""
    end = _space_after(text, at, words)
    head = text[at:len(text) if end is None else end]
    return not any(c.isalpha() and ord(c) >= NON_LATIN for c in head)


def _opening_word(text: str, at: int) -> str:
    """The word starting at ``at`` in ``text``, without an opening quote or a trailing comma."""
    return text[at:].split(" ", 1)[0].lstrip("\"“‘'«(").rstrip(",")


# The fewest words of a short story sentence after a teaser's headline: "Analysts expect a cut in June."
_SHORT_SENTENCE_WORDS = 3
_ROW_MIN_WORDS = 2  # a table's row: "Inedible 893.0 920.1"


def _story_after_teaser(rest: str, min_words: int, headline_words: int) -> int | None:
    """Where the story starts after a teaser's headline in ``rest`` (``script_change``, else ``split_teaser``,
    with ``min_words`` words from there on), or None. A paragraph that ends as a sentence holds one, however
    short ("Lire aussi : Le gouvernement dévoile son plan Analysts expect a cut in June."; a headline ends
    with no full stop): there a story of three words or more is looked for too, so that it is not removed
    with the teaser; and so is a table's row of two words or more (``is_data_row``) in any paragraph. A rest
    of at most ``headline_words`` words that neither ends as a sentence nor holds a sentence's end is taken
    for the headline alone unless a sentence's opener starts the story ("Fed holds rates steady The central
    bank left ..."): a title-case headline's small words, figures and quotes ("U.S. Exporters Report 350,000
    Tonnes Corn Switched from ...", "'He died in my hands': 3 ... with Bolivia's police") set a capital after
    a lower-case word as a story's would, but a story sentence closes on its full stop."""
    sentence, asks = is_sentence(rest), rest.rstrip()[-1:] in "?!？！"
    headline_alone = (
        not sentence and not asks and not has_inner_end(rest) and len(rest.split()) <= headline_words
    )
    for least in (min_words, _SHORT_SENTENCE_WORDS):
        story = script_change(rest, least)
        if story is None:
            story = split_teaser(rest, least)
            if story is not None and headline_alone and _opening_word(rest, story) not in STARTERS:
                story = None
        if story is not None or not sentence or asks:
            break
    if story is None:
        # A results table's row after the headline ("... new cycle lanes Revs 211.7 mln vs 193.4 mln"):
        # figures in a third of its words, which no headline has.
        story = script_change(rest, _ROW_MIN_WORDS)
        if story is None:
            story = split_teaser(rest, _ROW_MIN_WORDS)
        if story is not None and not is_data_row(rest[story:]):
            story = None
    return story


# A medium's label ("Liveblog:", "En directo:", "VIDEO:") over the page's own story is the headline's kicker, not a
# teaser of another page's.
_KICKER_RULES = "media_"
_SUBJECT_CHARS = 500  # of the lead: what the headline names is in its first sentences


def _kicked_headline(rest: str, kept: list[tuple[int, Line, tuple[bool, bool]]], cfg: CleanConfig) -> bool:
    """Whether ``rest``, what follows a medium's label on a document's first line, is the story's headline: it
    shares a word with the lead, the first body paragraph under it."""
    lead = next((line for _, line, _ in kept[1:] if line.kept and is_body(line, cfg)), None)
    return lead is not None and bool(content_tokens(rest) & content_tokens(lead.text[:_SUBJECT_CHARS]))


def teasers(doc: Doc) -> None:
    """A teaser label ("READ MORE:", "【相关阅读】") and the one headline it teases: alone, followed by the
    headline line, or glued to it in one paragraph; a story sentence glued after the headline stays."""
    kept = list(zoned(doc))
    for i, line, zone in kept:
        if not line.kept or line.memo.get("teasers") == (line.text, zone):
            continue
        found = teaser_label(line.text, 0, TEASER[zone])
        if found is None:
            line.memo["teasers"] = (line.text, zone)
            continue
        rule, end = found
        if end >= len(line.text):  # the label alone: the headline it teases is the next line
            doc.remove(line, rule.name)
            if i + 1 < len(kept) and is_short_line(nxt := kept[i + 1][1], doc.cfg) and nxt.words >= doc.cfg.headline_min_words:
                doc.remove(nxt, rule.name)
            continue
        rest = line.text[end:]
        if i == 0 and rule.name.startswith(_KICKER_RULES) and _kicked_headline(rest, kept, doc.cfg):
            line.memo["teasers"] = (line.text, zone)
            continue
        story = _story_after_teaser(rest, doc.cfg.body_min_words - 1, doc.cfg.headline_max_words)
        if story is None and line.words > doc.cfg.headline_max_words + 3:
            # No headline end found in a paragraph longer than a label and a headline: the label goes, the
            # rest stays (the story sentence glued after the headline is no furniture).
            doc.strip(line, rule.name, 0, end)
            doc.cut(line, end)
        elif story is None:
            doc.remove(line, rule.name)
        else:
            doc.strip(line, rule.name, 0, end + story)
            doc.cut(line, end + story)


Pass = Callable[[Doc], None]
