"""Furniture run into the start or the end of a story paragraph, cut at sub-paragraph granularity.

A page's text loses its block breaks (an extractor, a copy and paste, a feed re-wrapped at 70 columns), and a
caption, an ad slot or a slot's label ends up inside the story paragraph beside it:

    "Shoppers walk along a high street. REUTERS/Ana Ruiz There is an availability period of 12 months ..."
    "... in the year ended June 1989. Advertisement Story continues"
    "... the company said in a statement. 广告 赞助内容"

The glued piece is told by its shape, in any language, never by its words: a short description closing on a
picture credit (an agency or a name with a slash, a labelled credit, a rights sign) before the story's first
sentence or after its last, and a fragment of labels that ends no sentence after the last one. An embedded
post's attribution run into a paragraph's end ("... — Jane Doe (@janedoe) May 4, 2019") is ``embeds``'; a
quoted post's own picture link ("... pic.twitter.com/xp5cA057Cw") stays with its text: human labels of real
pages count an embedded post's text as the article's.
Only the piece goes: the story sentences on either side stay, and a paragraph keeps at least
``body_min_words`` words of story or is left alone.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from wirewash.transforms.core.cleaning.captions import source_end
from wirewash.transforms.core.cleaning.credits import tail_credit
from wirewash.transforms.core.cleaning.cues import NON_LATIN, credited, furniture_line, quoted, story_after_credit
from wirewash.transforms.core.cleaning.matcher import LINE
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import SENTENCE_BREAK, Doc, Line

GLUED_FURNITURE = Rule(
    "glued_furniture", 1, "structural",
    "Shoppers walk along a high street. REUTERS/Ana Ruiz There is an availability period of 12 months ... "
    "(a caption run into a story paragraph's start; also an ad slot or an embed run into its end)",
    keep="The index rose 1.2 pct. Analysts said the gains were broad-based.",
)

# Where a picture credit starts inside a text, set off from the caption before it by a sentence's end, a dash,
# a bar or a picture label: an agency or a name, a slash, a name (". REUTERS/Ana Ruiz", ". AFP/MARIE DUPONT",
# " — Foto: João Silva/Folhapress"), or the rights sign (". © dpa"). Not "shares in A/S Ferrosan" (a name),
# nor after an abbreviation ("the U.S. Army/Air Force Exchange", "St. Lukes/Roosevelt"): a lower-case word
# ends the caption's sentence.
_CREDIT_START = re.compile(
    # (The rights sign may follow the description's last word with a space only: "Workers at an assembly line
    # ©iStock The Donners ...".)
    r"(?:(?<=[^\W\d_A-Z]{3})[.!?] |\s[-–—|] |[:：] |(?<=[^\W\d_]{2}) (?=©))"
    r"(?:[A-ZÀ-ÖØ-ÞА-Я][\w.'’-]*(?: [A-ZÀ-ÖØ-ÞА-Я][\w'’-]*){0,2} ?/ ?(?=\w)|© ?)"
)
_HEAD_MAX_CHARS = 200  # a caption and its credit run into a paragraph's start
_TAIL_MAX_CHARS = 200  # a caption, an ad slot or a prompt run into its end
_CAPTION_MAX_WORDS = 25
_FRAGMENT_MAX_WORDS = 6  # "Advertisement Story continues", "[광고] 본문 아래 계속", "广告 赞助内容"
_CREDIT_MAX_TOKENS = 5


def glued_head(text: str, min_words: int) -> int | None:
    """The end of a caption run into the start of ``text`` (a short description closing on a picture credit, or
    on its source in brackets or under a credit label: ``captions.source_end``), when story text of
    ``min_words`` words or more follows; else None."""
    head = text[:_HEAD_MAX_CHARS]
    if "/" in head or "©" in head:
        for m in _CREDIT_START.finditer(head):
            at = m.start() + m[0].index(" ") + 1
            start = m.end() if text[at] == "©" else at
            end = story_after_credit(text, start, _CREDIT_MAX_TOKENS, agency_first=True)
            if end is None:
                continue
            caption = text[:end].rstrip()
            if (
                credited(caption) and count_words(caption) <= _CAPTION_MAX_WORDS and not quoted(caption)
                and count_words(text[end:]) >= min_words
            ):
                return end
            break  # the first credit decides: a later one is inside the story
    # (Every branch of ``source_end`` holds a bracket, a colon or a bar: "Commuters queue at a bus stop | Getty
    # Images Since ..." went unread while the bar was left out here.)
    if "(" in head or "（" in head or ":" in head or "：" in head or "|" in head:
        end = source_end(text, _HEAD_MAX_CHARS)
        if (
            end is not None and count_words(text[:end]) <= _CAPTION_MAX_WORDS and not quoted(text[:end])
            and count_words(text[end:]) >= min_words
        ):
            return end
    return None


def _ends_sentence(text: str, at: int) -> bool:
    """Whether the sentence punctuation at ``text[at]`` ends a sentence, not an abbreviation ("St. Louis, MO",
    "Acme Inc. Chief"): a script without case ends there, or the word before is a figure, in lower case, or of
    four letters or more."""
    if text[at] in "。！？":
        return True
    word = text[text.rfind(" ", 0, at) + 1:at].strip("\"”’'»)]")
    return bool(word) and (word[-1].isdigit() or (word.islower() and len(word) >= 2) or len(word) >= 4)


def _caption(piece: str) -> bool:
    """Whether ``piece`` is one description sentence at most closing on a picture credit ("Shoppers walk along
    a high street. REUTERS/Ana Ruiz"): a sentence before that is the story's. A labelled credit that names who
    edited or reported ("... were not disclosed. Редактор: Дмитрий Волков") closes the story, not a picture:
    the sentence before it is the story's last."""
    if not (
        count_words(piece) <= _CAPTION_MAX_WORDS and credited(piece)
        and not piece.rstrip().endswith((".", "!", "?"))
        and len(breaks := SENTENCE_BREAK.findall(piece)) <= 1 and not quoted(piece)
    ):
        return False
    return not tail_credit(piece[piece.rfind(breaks[-1]) + len(breaks[-1]):] if breaks else piece)


def _label_fragment(piece: str, latin_before: bool = False) -> bool:
    """Whether ``piece`` reads as a slot's label, not the start of a sentence: two words or more, each
    capitalised, in capitals, bracketed or in a script without case ("CONTINUA DEPOIS DA PUBLICIDADE",
    "[광고] 본문 아래 계속", "广告 赞助内容"), no figure; not a sign-off ("-- FEELING LIKE SECOND RATE"). A
    figure may stand in a fragment with no Latin letter after a story in Latin script (``latin_before``): a
    page's headline in its own script run into the story ("... policyholders. 자동차 업체 8만 대 리콜")."""
    tokens = piece.split()
    return (
        (len(tokens) >= 2 or count_words(piece) >= 2) and piece[0] not in "-–—"
        and (not any(c.isdigit() for c in piece) or latin_before and not any(
            c.isalpha() and ord(c) < NON_LATIN for c in piece
        ))
        and all(t[0].isupper() or not t[0].islower() and t[0] not in "\"“«'‘„" for t in tokens)
    )


def _latin_before(text: str, at: int) -> bool:
    """Whether the last letter before ``text[at]`` is in Latin script (a story sentence's last word)."""
    return next((ord(c) < NON_LATIN for c in reversed(text[max(0, at - 40):at]) if c.isalpha()), False)


def glued_tail(
    text: str,
    min_words: int,
    open_end: bool,
    breaks: Callable[[], list[re.Match[str]]] | None = None,
    total: int | None = None,
) -> int | None:
    """Where furniture run into the end of ``text`` starts, after the paragraph's last sentence, when story
    text of ``min_words`` words or more stays before it; else None. ``open_end``: the paragraph may go on in
    the next one (the page's last paragraph, cut short; one the next continues in lower case), so a fragment
    after its last sentence stays. Looks at the last ``_TAIL_MAX_CHARS`` characters only. ``breaks``: what
    gives SENTENCE_BREAK's matches in ``text`` (``Line.breaks``: asked only past the first test, which most
    paragraphs, ending a sentence, fail) and ``total`` its words, when known (``Line.words``)."""
    if text[-1] in ".!?…。！？\"”’»":
        return None  # the paragraph ends a sentence: neither a credit nor a label fragment closes it
    window = max(0, len(text) - _TAIL_MAX_CHARS)
    found = (m for m in (SENTENCE_BREAK.finditer(text, window) if breaks is None else breaks())
             if m.start() >= window)
    starts = [
        m.end() for m in found
        if m[0].endswith(" ") and m.end() < len(text) and _ends_sentence(text, m.start())
    ]
    total = count_words(text) if total is None else total
    if not starts:
        return _joined_label(text, window, total, min_words)
    tail = text[window:]
    if "/" in tail or "©" in tail or ":" in tail:  # a credit's marks: most paragraphs end the test here
        for at in starts:  # the earliest start whose whole tail is a caption: its sentence and its credit
            piece = text[at:]
            if total - count_words(piece) >= min_words and _caption(piece):
                return at
    piece = text[starts[-1]:]
    words = count_words(piece)
    if (
        not open_end and words <= _FRAGMENT_MAX_WORDS and total - words >= min_words
        and piece[-1] != ")" and _label_fragment(piece, _latin_before(text, starts[-1]))
    ):
        return starts[-1]
    return _joined_label(text, window, total, min_words)


# A block's text run on after the story's sentence with no space ("... in a stunt show.Advertisement"): an
# extractor joined two blocks. A sentence's end after a word in lower case, then a capital.
_JOINED_WORD_MIN_CHARS = 4  # "Advertisement", "ANZEIGE"; not a stray letter ("... in January.R")
_JOINED = re.compile(r"(?<=[^\W\d_A-Z]{3}[.!?])(?=[A-ZÀ-ÖØ-ÞА-Я])")
_CLOSING = "\"”’)"
# A joined block may be a furniture sentence ("Watch WRAL News on WRAL+ for free", "YOUR BROWSER DOES NOT
# SUPPORT THE VIDEO TAG."), not only a label's few words.
_JOINED_BLOCK_MAX_WORDS = 16


def _joined_label(text: str, window: int, total: int, min_words: int) -> int | None:
    """Where a label joined to the paragraph's last sentence with no space starts (see ``_JOINED``): one
    capitalised word ("Advertisement", "ANZEIGE") or a label fragment; else None."""
    at = None
    for at in (m.start() for m in _JOINED.finditer(text, window)):
        pass
    if at is None:
        return None
    piece = text[at:]
    words = count_words(piece)
    single = " " not in piece and piece.isalpha() and len(piece) >= _JOINED_WORD_MIN_CHARS
    if words <= _FRAGMENT_MAX_WORDS and total - words >= min_words and (single or _label_fragment(piece)):
        return at
    return None


def _joined_at(text: str, window: int, breaks: list[re.Match[str]]) -> int | None:
    """Where the last block joined with no space after a sentence from ``window`` on starts: after a stop that
    follows three letters not in ASCII capitals ("... in the capital.Advertisement"), or two and a closing
    quotation or bracket ('... of my life".A post shared'), a closing mark after the stop taken with it ('...
    of my life."A post shared'). ``breaks``: SENTENCE_BREAK's matches in ``text`` (``Line.breaks``, read once
    per text for the other passes; a search of the paragraph's end here cost 25 us an article)."""
    for found in reversed(breaks):
        stop = found.start()
        if stop < window:
            return None
        at = found.end()
        if at >= len(text) or found[0][-1] == " " or not text[at].isupper() or found[0][0] not in ".!?":
            continue
        closed = text[stop - 1:stop] in _CLOSING
        letters = text[max(0, stop - 3):stop - 1] if closed else text[max(0, stop - 3):stop]
        if len(letters) == (2 if closed else 3) and all(c.isalpha() and not "A" <= c <= "Z" for c in letters):
            return at
    return None


def joined_block(text: str, min_words: int, breaks: list[re.Match[str]]) -> int | None:
    """Where a block joined to the paragraph's last sentence with no space starts (``_joined_at``: an
    extractor ran two blocks into one), when it is at most ``_JOINED_BLOCK_MAX_WORDS`` words that read as
    furniture (``cues.furniture_line``: a link, a credit, a placeholder trailing off, the reader addressed, the
    page named) or that a pack's line rule names whole ("This video can not be played"), and story text of
    ``min_words`` words or more stays before it (``breaks``: SENTENCE_BREAK's matches in ``text``); else None. A
    story's sentences are set apart by a space."""
    at = _joined_at(text, max(0, len(text) - _TAIL_MAX_CHARS), breaks)
    if at is None:
        return None
    piece = text[at:]
    words = count_words(piece)
    if words > _JOINED_BLOCK_MAX_WORDS or count_words(text[:at]) < min_words:
        return None
    return at if furniture_line(piece) or LINE[True, True].first(piece, 0, "fullmatch") is not None else None


def glued_furniture(doc: Doc) -> None:
    """Furniture run into a story paragraph's start (``glued_head``) or end (``glued_tail``) goes; see the
    module docstring."""
    min_words = doc.cfg.body_min_words
    kept = doc.kept()
    for i, line in enumerate(kept):
        nxt = kept[i + 1].text if i + 1 < len(kept) else ""
        open_end = not nxt or nxt[0].islower() or nxt[0] in ",.;:)]"
        # Judged again when the next line changed: a lower-case line removed after this pass ("a") left the
        # end closed, and a second clean() of the output cut what the first kept.
        if line.memo.get("glued") == (line.text, open_end):
            continue
        # A caption line whole ("Voters queue at a polling station. Marat Ospanov/Vlast") is the line rules'.
        if line.words > min_words and not (line.words <= _CAPTION_MAX_WORDS and _caption(line.text)):
            _cut(doc, line, min_words, open_end)
        line.memo["glued"] = (line.text, open_end)


def _cut(doc: Doc, line: Line, min_words: int, open_end: bool) -> None:
    end = glued_head(line.text, min_words)
    if end is not None:
        doc.strip(line, GLUED_FURNITURE.name, 0, end)
        doc.cut(line, end)
    start = glued_tail(line.text, min_words, open_end, line.breaks, line.words)
    if start is None:
        start = joined_block(line.text, min_words, line.breaks())
    if start is not None:
        doc.strip(line, GLUED_FURNITURE.name, start, len(line.text))
        doc.cut_tail(line, start)
