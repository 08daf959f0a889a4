"""The head zone's extent (down to the lead, or to the results table a story opens with) and its furniture:
what stands over the lead once the headline is found or guessed."""
from __future__ import annotations

import bisect
import operator
import re

from wirewash.transforms.core.cleaning.byline import (
    bare_names, byline_names, headline_shaped, labelled_byline, signature_names,
)
from wirewash.transforms.core.cleaning.captions import caption_line
from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.credits import dateline_agency
from wirewash.transforms.core.cleaning.cues import content_tokens
from wirewash.transforms.core.cleaning.dateline import (
    dateline_end, dateline_line, head_line_credits, slashed_dateline,
)
from wirewash.transforms.core.cleaning.head.meta import META_SEPARATOR, page_head, stamped_meta
from wirewash.transforms.core.cleaning.head.rules import HEAD_FURNITURE, HEADLINE
from wirewash.transforms.core.cleaning.head.shapes import (
    COUNTER, CREDIT_TAIL, INNER_END, LABELLED, PARTS, SMALL_FIGURE, STAMP, continued, photo_credit,
    digit_tokens, headline_case, QUOTED_KICKER,
)
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.cleaning.players import player_line, voice_note
from wirewash.transforms.core.cleaning.rules.shapes import AGE_IN_LINE
from wirewash.transforms.core.cleaning.stamp_date import bare_stamp
from wirewash.transforms.core.cleaning.stamps import bare_clock, meridiem_stamp, stamp_line
from wirewash.transforms.core.cleaning.structure import Doc, Line, is_body, is_data_row


_DIGIT = re.compile(r"\d")


def doc_head_end(doc: Doc, kept: list[Line]) -> int:
    """``_head_end`` of ``doc.kept()``, computed once per state of the document."""
    if doc.head_end is None or doc.head_end[0] != doc.version:
        doc.head_end = (doc.version, _head_end(doc.lines, kept, doc.cfg))
    return doc.head_end[1]


def sole_top_heading(lines: list[Line]) -> Line | None:
    """The one line of ``lines`` set as a top-level Markdown heading ("# ..."), or None when none or several
    are: a text converted from a page marks its h1 so, and a page of sections marks each."""
    marked = [line for line in lines if line.text.startswith("# ")]
    return marked[0] if len(marked) == 1 else None


def _below_heading(lines: list[Line], kept: list[Line]) -> int:
    """The index in ``kept`` of the first line under the text's one top-level Markdown heading, kept or removed
    (``sole_top_heading``), or 0: what stands above it (a consent banner's sentence, a subscription button, a
    kicker) is the page head's, however it reads."""
    heading = sole_top_heading(lines)
    if heading is None:
        return 0
    return next((i for i, line in enumerate(kept) if line.idx > heading.idx), len(kept))


def _head_end(lines: list[Line], kept: list[Line], cfg: CleanConfig) -> int:
    """Where the head zone ends among ``kept`` (the kept ones of ``lines``): at the lead (the first body
    paragraph, or one a wire credit opens a few lines under it: ``_credited_lead``), or earlier where a story
    that opens with a results table starts ("Shr 15 cts vs nine cts" / "Net 1.2 mln vs 987,000"): at the
    first line above the lead that carries a figure, when any line there is a table row. ``len(kept)`` when
    there is no lead."""
    end = len(kept)
    below = _below_heading(lines, kept)
    for i, line in enumerate(kept):
        if i < below:
            continue
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        if _player(line, kept[i + 1: i + 3]):
            continue  # a player's note or clock stands over the lead, whatever its shape
        # A sentence a wire credit opened is the lead, however short, and so is a results table's row ("BRÜSSEL
        # (dpa) - Oper shr loss 14 cts vs loss 49 cts": the reading time and the player's button over it are the
        # head's); what a credit opened and is no sentence ("(Reuters) - Loading...") is judged as any line, as
        # it will be once the credit is gone.
        # A line in headline case is the headline however it ends ("... 50 Cts a Barrel. Wti Now 19.00 Dlrs.").
        if line.credited and (line.sentence or _table_row(line) or compared(line)) or (
            (is_body(line, cfg) and not abbreviated_capitals(line) and not meridiem_stamp(line.text))
            or _story_text(line, cfg, nxt) or _speech(line) or _opening_sentence(line, nxt, cfg)
        ) and not headline_case(line.text) and not _caption(kept, i, cfg) and not _marked_meta(line, cfg):
            end = i
            break
    end = _credited_lead(lines, kept, end)
    # A table stands under the head's byline and stamps: a row of figures over them is the headline ("New york
    # times co 3rd qtr shr 40 cts vs 33 cts" over "By Marcus Feeney").
    below = next((i + 1 for i in range(end - 1, -1, -1) if _head_mark(kept[i])), 0)
    rows = 0
    for line in kept[below:end]:
        text = line.text
        if (
            _DIGIT.search(text) is None or stamp_line(text) or player_line(text) or bare_clock(text)
            or AGE_IN_LINE.search(text) is not None
        ):
            # (A published and an updated stamp on one line are figures enough for a row, and none; so is a
            # player's running time alone under its button: "6:02"; and an age dates a listed headline or a
            # post, no row: "- 5h ago More reforms ahead says Milburn" under "Key updates".)
            continue
        if _table_row(line):
            rows = 2
            break
        # Leaner than a data row: "Shr loss 2.51 dlrs vs loss 1.12 dlrs" counts; two such lines make a table.
        # A row of words around one large figure counts too: "Rev 3.4 mln vs nil", "Net 1,943,000 vs nil".
        row = is_data_row(text, 4) or _wordy_row(line)
        rows += row and _figure(text) and not SMALL_FIGURE.fullmatch(text)
    # A results table whose figures are spelled out compares its rows all the same ("Oper shr profit six cts vs
    # loss two cts" over "Qtrly Class B div four cts vs four cts prior"): two compared lines are a table.
    # So does a dividend's note: its rate compared and its dates ("Qtly div five cts vs N.A." over "Payable
    # April two" and "Record March 20").
    if sum(compared(line) or _dividend_date(line) for line in kept[below:end]) >= 2:
        rows = 2
    if rows >= 2:
        start = next(
            i for i in range(below, end) if _figure(kept[i].text) or compared(kept[i]) or _dividend_date(kept[i])
        )
        # Rows without a figure open a table too ("Shr loss six cts vs profit three cts"): short lines with a
        # word in lower case that have no furniture's shape.
        while start and (_wordy_row(kept[start - 1]) or compared(kept[start - 1])):
            start -= 1
        if end == len(kept) and any(line.sentence for line in kept[:start]):
            # A sentence above the table: the story opened in prose that was not recognised as a lead (a
            # sentence broken over lines), so nothing tells the head from the story.
            return end
        return start
    return end


def _head_mark(line: Line) -> bool:
    """Whether ``line`` is a byline under its label or a stamp: the head's, whatever stands over it."""
    return labelled_byline(line.text) or stamp_line(line.text) or bare_stamp(line.text)


def _marked_meta(line: Line, cfg: CleanConfig) -> bool:
    """Whether ``line`` is a meta line (``stamped_meta``) of a headline's length. A byline's part may run on into
    the lead ("By Jane Doe | BRUSSELS (Reuters) - ...")."""
    return line.words <= cfg.headline_max_words and stamped_meta(line.text)


# How far under the first body line a lead a wire credit opens is looked for: a page's head is a few lines.
_CREDITED_LEAD_REACH = 4
_IDX = operator.attrgetter("idx")


def _credited_lead(lines: list[Line], kept: list[Line], end: int) -> int:
    """Where the lead is when a wire credit opens it a few lines under ``end`` (the first body line of
    ``kept``, the kept ones of ``lines``) with furniture between them: ``kept``'s index of that lead, else
    ``end``. A correction note or a caption's description over the head's share row and credit reads as a body
    line ("This article was amended on 7 May 2023 to correct a figure." / "Share" / "SYDNEY (AP) -" / the
    lead); a story's own paragraphs stand together, and no credit opens its second paragraph."""
    if end >= len(kept):
        return end
    start = bisect.bisect_left(lines, kept[end].idx, key=_IDX)  # ``lines`` in input order; blank lines have none
    sentences = 0
    for j in range(end + 1, min(len(kept), end + 1 + _CREDITED_LEAD_REACH)):
        line = kept[j]
        if sentences >= 2:
            return end  # two of the story's sentences stand above: no line further down is its lead
        if not (line.credited or line.sentence):
            continue  # neither the lead nor a sentence of the story: the tests below would find nothing
        at = bisect.bisect_left(lines, line.idx, key=_IDX)
        # Furniture between them: a removed line, or a credit line not yet removed. Tested first: a story's
        # paragraphs mostly stand together, and the credit's shapes cost a regex scan of each line.
        furniture = any(not x.kept for x in lines[start + 1:at]) or any(_credit_line(x) for x in kept[end + 1:j])
        # A credit on a line of its own above: a pack's, removed (its text gone), or a dateline's shape. A lead
        # a credit opened may be broken off mid-sentence by a wrap ("... on November" / "20. Not just ...").
        above = lines[at - 1]
        if line.credited or furniture and line.sentence and (
            (above.credited and not above.kept) or _credit_line(above) or _credit_opens(line)
        ):
            return j if furniture else end
        sentences += line.sentence
    return end


# The head's end is worked out again after every removal, and lines rarely change between: the tests below are
# kept in each line's memo with the text they were made on.


# A credit under its label, a picture's or a source's ("Quelle: picture alliance/dpa/Ulrike Franke", "Photo credit:
# AFP", "Crédit : AFP"): no dateline sets its agency after a colon.
_LABELLED_CREDIT = re.compile(r"[^\W\d_]{2,12}(?: [^\W\d_]{2,12})? ?: \S")


def _credit_line(line: Line) -> bool:
    """A dateline alone on its line ("SYDNEY (AP) -", "Firenze - (ANSA)"); a caption's credit names an agency
    too ("Protesters outside parliament - AFP"), and so does a credit under its label ("Quelle: picture
    alliance/dpa"): neither opens a lead. Nor does a story's sentence that names an agency ("The strike was called
    off on Monday (Reuters)."): under it, the lead stood above."""
    memo = line.memo.get("head_credit_line")
    if memo is None or memo[0] != line.text:
        text = line.text
        memo = (text, not line.sentence and (dateline_line(text) or (
            dateline_agency(text) is not None and _LABELLED_CREDIT.match(text) is None
            and not caption_line(text, count_words(text))
        )))
        line.memo["head_credit_line"] = memo
    return memo[1]


def _credit_opens(line: Line) -> bool:
    """A dateline naming its agency opens ``line`` ("Barcelona, 14 de enero (AFP) - ..."), or its wire between
    slashes ("SYDNEY, 5 Nov 2023 /PRNewswire/ -- ...")."""
    memo = line.memo.get("head_credit_opens")
    if memo is None or memo[0] != line.text:
        memo = (line.text, dateline_end(line.text)[2] is not None or slashed_dateline(line.text))
        line.memo["head_credit_opens"] = memo
    return memo[1]


def abbreviated_capitals(line: Line) -> bool:
    # A wire headline in capitals whose last word is an abbreviation ("PACIFIC BASIN TO ACQUIRE 51 PCT OF
    # T.E.A.M."): its full stop ends no sentence, and a lead is not set in capitals.
    last = line.text.rsplit(" ", 1)[-1]
    return "." in last[:-1] and _capitals(line.text)


_QUOTE_OPENERS = "\"“‘«„「『"


def _speech(line: Line) -> bool:
    # A quoted sentence opens the story however short it is ("“Enough is enough.”"): speech is story text,
    # and a standfirst or a headline that quotes ends with no full stop.
    return line.sentence and line.words >= 2 and line.text[0] in _QUOTE_OPENERS


_MEASURE_END = re.compile(r"\d\.$|\d \S{1,6}\.$")  # a figure, or a figure and its unit, closing the line


def _opening_sentence(line: Line, nxt: Line | None, cfg: CleanConfig) -> bool:
    # A short statement standing right over the first body paragraph opens the story ("Jamie Costin should be
    # paralysed." / "He says so himself ..."): a line of furniture ending in a full stop has no subject and verb
    # ("Gift this article."), trails off ("Player wird geladen ..."), is a dateline ("Montréal, le 10 janvier
    # (Reuters).") or a fact box's figure ("Средняя суточная калорийность 1694 Ккал.") or is a meta line's parts
    # or what a stamp pass left of one ("Updated March 5, 2016.", "Von Lena Vogt, Frankfurt | 4."); a headline
    # may ask a question or end in an abbreviation ("Who do you think you are?", "... 51 PCT OF T.E.A.M.").
    text = line.text
    return (
        line.words >= 4 and text[-1] == "." and text[0].isupper() and text[-2] != "."
        and _MEASURE_END.search(text) is None and not abbreviated_capitals(line)
        and nxt is not None and is_body(nxt, cfg)
        and STAMP.search(text) is None and PARTS.search(text) is None and dateline_agency(text) is None
    )


def _wordy_row(line: Line) -> bool:
    text = line.text
    return (
        line.words <= 8
        and not line.sentence
        and any(t[0].islower() for t in text.split())
        and not (STAMP.search(text) or META_SEPARATOR.search(text) or LABELLED.match(text) or byline_names(text))
    )


_VERSUS = re.compile(r"\S vs \S")


def compared(line: Line) -> bool:
    # A results row sets this period's figure against last year's: "Net result breakeven (no profit or loss)
    # vs breakeven": no sentence, and short. One such line may be a headline ("Tories vs Labour: the final
    # week"); a table has two.
    # An abbreviation's full stop ends no sentence: "Qtly div five cts vs N.A.".
    text = line.text
    return (
        (not line.sentence or "." in text.rsplit(" ", 1)[-1][:-1])
        and line.words <= 12 and _VERSUS.search(text) is not None
    )


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
# A dividend's dates as Reuters sets them under its rate: "Payable April two", "Record March 20", "Pay 4/15".
_DIVIDEND_DATE = re.compile(
    rf"(?:Payable|Pay|Paid|Record|Prior|Ex-div|Ex-dividend|Ex-date)(?: date)?:? (?:{_MONTH} [\w-]+|\d[\d/-]*)"
)


def _dividend_date(line: Line) -> bool:
    return line.words <= 5 and _DIVIDEND_DATE.fullmatch(line.text) is not None


def _figure(text: str) -> bool:
    # A figure that is no date, time, counter or part of a meta line: a table's first row. A line set in
    # capitals is a wire headline over the table ("OMNICOM GROUP INC <OMCM> 4TH QTR NET"), not a row of it
    # ("Shr 27 cts vs 51 cts", "Year", "1st half"); so is one in headline case ("London Gold 1500 Fix - Oct 19 -
    # 481.00 Dlrs").
    return digit_tokens(text) > 0 and not (
        STAMP.search(text) or COUNTER.fullmatch(text) or META_SEPARATOR.search(text) or _capitals(text)
        or headline_case(text)
    )


_TICKER = re.compile(r"<[A-Z.]{1,8}>")


def _capitals(text: str) -> bool:
    # Five words in capitals, or a company's ticker as Reuters marks it: a table's own caption is shorter
    # ("1ST QTR TO MARCH 31", "NOON CDT APRIL 7").
    return text.isupper() and (
        sum(len(t) > 1 and t.isalpha() for t in text.split()) >= 5 or _TICKER.search(text) is not None
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
    # A credit alone on the next line credits this one; a caption there that carries its own credit ("Tokayev
    # votes. (AP Photo/X Y)") credits itself, and the sentence above it may be the lead.
    if i + 1 < len(kept) and photo_credit(kept[i + 1].text) and not INNER_END.search(kept[i + 1].text):
        return True
    tail = CREDIT_TAIL.search(line.text)
    if tail and photo_credit(tail.group("credit")):
        return True
    # A wire's dateline closes on a colon as a label does ("WASHINGTON: Aston Villa's ..."): it opens a lead.
    return LABELLED.match(line.text) is not None and not dateline_end(line.text)[0]


# Any sentence end inside a line, after whatever word (``INNER_END`` is the strict one).
_ANY_END = re.compile(r"[.!?…。！？][\"”’»)]* (?=\S)")


def _story_text(line: Line, cfg: CleanConfig, nxt: Line | None = None) -> bool:
    # A lead with furniture glued to its end ("... a takeover. Related: <headline>") ends in no full stop, but
    # a body's worth of words with a sentence end inside is story text, as is any line longer than a headline
    # can be. A meta line's "8. August" or an initial ("N.Z. TRADE") ends no sentence; in a line longer than
    # a caption any full stop before a space does.
    if line.words > 2 * cfg.headline_max_words or (
        line.words > cfg.headline_max_words and not (META_SEPARATOR.search(line.text) or STAMP.search(line.text))
    ):
        return True  # longer than a headline, a caption or a button row: a paragraph without its full stop
    text = line.text
    if text[-1] in ":：" and line.words >= 5 and not LABELLED.fullmatch(text):
        return True  # a sentence that introduces what follows ("Here is what we know:"), not a label
    if line.words < cfg.body_min_words or stamp_line(text):
        # (Stamps run in lower case between their figures: "Publié le 3 déc. 2026 à 10h15 - Mis à jour ...".)
        return False
    if QUOTED_KICKER.match(text) and not line.sentence:
        return False  # a headline opening with the words it quotes ("‘Meth. We’re on it.’: Spokane ad ...")
    if text[-1] in ":：" or INNER_END.search(text):
        return True
    tokens = text.split()
    # A lead that lost its full stop: a sentence's run of words in lower case, longer than headlines run or
    # with the story going on under it.
    long = line.words >= 14 or (line.words >= 12 and nxt is not None and is_body(nxt, cfg))
    # A byline stands under a headline, never under the lead; an age dates a list's headlines run into one line
    # ("Key updates 8h ago Wolves appoint Hoddle as manager 10h ago Henry ..."), and a lead ends in a full stop.
    if long and 2 * sum(t[0].islower() for t in tokens) >= len(tokens) and not (
        PARTS.search(text) or STAMP.search(text) or AGE_IN_LINE.search(text)
        or (nxt is not None and byline_names(nxt.text) is not None)
    ):
        return True
    return line.words > cfg.head_caption_max_words and _ANY_END.search(text) is not None


def _player(line: Line, under: list[Line]) -> bool:
    # A note naming the audio is a short lead's as well ("Audio giant Spotify raised prices on Monday."), which
    # shares words with the story under it and no wire credit opened; the player's note shares none.
    if player_line(line.text):
        return True
    if line.credited or not voice_note(line.text, line.words):
        return False
    tokens = content_tokens(line.text)
    return not any(tokens & content_tokens(x.text) for x in under)


def _table_row(line: Line) -> bool:
    # A row of figures, not a stamp ("Updated 20.04.2016 11:37"), a counter ("1 of 5") or a meta line: two or
    # more numbers that are no date or clock time, in a short line ("Net 4.1 mln vs 2.9 mln").
    figures = digit_tokens(line.text)
    return line.words <= 12 and figures >= 2 and _figure(line.text)


GUESSED = "head_guessed"  # Line.memo key: a headline was guessed, not found, over this lead


def _clear_head(doc: Doc, head: list[Line]) -> str | None:
    """Remove every line of ``head`` as head furniture, reading the byline and the publisher off them (not off
    a line that may as well be a headline: "NYSE TO REVIEW PROGRAM TRADING"). Returns the names of a bracketed
    signature or of a line of names alone under the headline among them, for the byline when neither they nor
    the lead name one."""
    signed = None
    # A line of names alone under the headline names the authors too ("Дмитрий Попова"); over it, it is rather a
    # section's label. Pages that list several authors may set one a line: such lines in a row are one byline.
    title_at = next((idx for idx, _, r in doc.removals if r.rule == HEADLINE.name), None) if doc.title else None
    listed: list[str] = []
    listed_at = -2
    # A byline read here off a line with no label of its own: a headline no pass found may read as names
    # ("Basin Pipeline Reopens in U.S. Southwest"); a byline under its own label below it is the byline.
    weak = False
    for i, line in enumerate(head):
        if doc.byline is None or weak or doc.publisher is None:
            wanted = (doc.byline is None or weak) and not headline_shaped(line.text, phrase_labels=False)
            byline, publisher = head_line_credits(line.text, wanted)
            if byline is not None:
                strong = labelled_byline(line.text)
                if doc.byline is None or (weak and strong):
                    doc.byline, weak = byline, not strong
            doc.publisher = doc.publisher or publisher
            signed = signed or signature_names(line.text)
            names = bare_names(line.text) if wanted and title_at is not None and line.idx > title_at else None
            if names is not None and (not listed or listed_at == i - 1):
                listed.append(names)
                listed_at = i
        doc.remove(line, HEAD_FURNITURE.name)
    # Joined as the signatures and Arabic lists are, with no conjunction of one language.
    return signed or ", ".join(listed) or None


def head_furniture(doc: Doc) -> None:
    """Once the headline is found, the head is known: every line above the lead is head furniture (section
    labels, wire headers, bylines, stamps, reading times, share rows, captions and credits), whatever its
    words, unless the story opens with a results table. A byline among them names the authors. Without a
    headline the head is known all the same when one was guessed over the lead or a byline or a stamp stands or
    stood there (``page_head``)."""
    kept = doc.kept()
    signed = None
    end = doc_head_end(doc, kept)
    if end == len(kept):
        return  # no lead: nothing tells the head from the story
    if doc.title is not None or end and (
        kept[end].memo.get(GUESSED)
        or (page_head(doc.lines, kept[end].idx) and sum(continued(kept, i) for i in range(end)) < 2)
    ):
        signed = _clear_head(doc, kept[:end])
    # A dateline on its own line over the lead ("ROME -"), and the lead's own opening: a byline and a dateline
    # run into it ("By Jane Doe TOKYO - Stocks rose ...").
    if doc.title is None and end and kept[end - 1].kept and dateline_line(kept[end - 1].text):
        doc.remove(kept[end - 1], HEAD_FURNITURE.name)
    _lead_datelines(doc, kept, end)
    doc.byline = doc.byline or signed


def lead_dateline(doc: Doc) -> None:
    """The dateline opening the lead, and only that (``head_furniture`` clears the head as well): for a lead
    that a furniture paragraph over it hid from the passes until a later pass took that paragraph."""
    kept = doc.kept()
    end = doc_head_end(doc, kept)
    if end < len(kept):
        _lead_datelines(doc, kept, end)


def _lead_datelines(doc: Doc, kept: list[Line], end: int) -> None:
    # A story sentence left over a lead a wire credit opened further down is a lead too: unwrapping may have
    # joined furniture to it ("Story continues (Bloomberg) -- <sentence>"), and a second clean(), where it is
    # the first line and so the lead, would cut that opening.
    for line in kept[:end + 1]:
        if line.kept and (line is kept[end] or is_body(line, doc.cfg)):
            _lead_dateline(doc, line)


def _lead_dateline(doc: Doc, lead: Line) -> None:
    if lead.memo.get("dateline") != lead.text and (is_body(lead, doc.cfg) or _story_text(lead, doc.cfg)):
        cut, byline, publisher = dateline_end(lead.text)
        if cut:
            doc.strip(lead, HEAD_FURNITURE.name, 0, cut)
            doc.cut(lead, cut)
            lead.credited = True  # the lead, however short it is without its dateline
            doc.byline = doc.byline or byline
            doc.publisher = doc.publisher or publisher
        lead.memo["dateline"] = lead.text
