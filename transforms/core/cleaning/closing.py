"""Lines after the story's last paragraph judged one by one (``tail_lines``): a tag list on one line, a print,
paper or origin note, a wall's line, a closing credit on a line of its own or run into the last paragraph's end."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.credits import (
    TAIL_CREDIT, agencies_alone, sign_off, sourced_note, tail_credit,
)
from wirewash.transforms.core.cleaning.cues import ReaderVoice, credited, print_note, wall_prompt
from wirewash.transforms.core.cleaning.generic import abbreviated, glued_tail
from wirewash.transforms.core.cleaning.matcher import LINE, LIST_LABEL
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.cleaning.prompts import membership_wall, origin_note, paper_note
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.shaped import undecorated
from wirewash.transforms.core.cleaning.structure import Doc, Line, is_sentence
from wirewash.transforms.core.cleaning.tail import TAIL_FURNITURE, story_end_of

TAG_LINE = Rule(
    "tag_line", 1, "structural", "Sujets associés : International, Politique, Marchés",
    keep="Path C: Scotland, Norway, Serbia, Bulgaria (a label no pack names as tags)",
)
# A tag list on one line: a pack's list label ("Tags", "Temas", "Schlagworte", "Теги", "标签", "タグ"), a colon,
# then two or more short items separated by commas or ideographic commas ("Tags: Elections, Kazakhstan",
# "关键词：能源、国际", "キーワード：政治、経済"). A site may close it with stray punctuation.
_TAG_LIST = re.compile(r"(?P<label>[^:：]{1,40}?) ?[:：] ?(?P<items>[^:：]{2,400}?)[ .:：;…]*")
_TAG_SEPARATOR = re.compile(r" ?[,，、;|·] ?")
_TAG_ITEM_MAX_WORDS = 4
_TAIL_LINE_MAX_WORDS = 30  # a tag list or a credit line; a longer line is the story's
_TRAILING_MARKS = " →»>›▶►↓"


def tag_line(text: str) -> bool:
    """Whether ``text`` is a tag list on one line (see ``_TAG_LIST``): a pack's list label and two or more
    items of at most four words, none a sentence."""
    m = _TAG_LIST.fullmatch(text)
    if m is None or LIST_LABEL[True, True].first(undecorated(m["label"]).strip(), 0, "fullmatch") is None:
        return False
    items = _TAG_SEPARATOR.split(m["items"])
    return len(items) >= 2 and all(
        item and 0 < count_words(item) <= _TAG_ITEM_MAX_WORDS and not is_sentence(item) for item in items
    )


_GLUED_CREDIT_MAX_CHARS = 120
_SIGN_OFF_ENDS = (").", "）.", ">", "›", "»", "→")
_GLUED_SIGN_OFF = re.compile(r"(?<=[.!?\"”’] )(?:[(（][^()（）]{2,12}[)）]\.|(?:--|—|–) ?\S{2,20} ?[>›»→])$")


def _glued_credit(line: Line) -> int | None:
    """Where a closing credit run into the end of ``line`` after its last sentence starts ("... said. (dpa/lhe)",
    "... said. -- Reuter", "……讲话。（完）", "... Barrick Gold. AAP, Reuters", "... next year. – RNZ"), or None: the
    fragment after the last sentence end (``generic.glued_tail``) that ``credits.tail_credit``, ``agencies_alone``,
    ``sign_off`` or a pack's line rule for the tail takes whole; or the last sentence when it is a credit
    (``_closing_sentence``)."""
    text = line.text
    at = glued_tail(line, _GLUED_CREDIT_MAX_CHARS)
    if at is None:
        # A sign-off's own full stop or arrow ends the paragraph, which then reads as closing on a sentence:
        # "... in its 11th year. (ANSA).", "... are Muslims. — Adnkronos >".
        m = _GLUED_SIGN_OFF.search(text, len(text) - 40) if text.endswith(_SIGN_OFF_ENDS) else None
        if m is not None and tail_credit(m[0]):
            return m.start()
        return _closing_sentence(line)
    raw = text[at:].strip()
    piece = undecorated(raw)
    if (
        tail_credit(piece) or tail_credit(raw) or agencies_alone(piece) or sign_off(raw)
        or LINE[False, True].first(piece, 0, "fullmatch") is not None
    ):
        return at
    return None


# A credit is a sentence of its own, which a page may run into the story's last paragraph: the contributors
# ("... since 1906. Marcus Reid contributed reporting from Chicago.", "... 7-5 6-2. —With assistance from Kenji
# Watanabe.", up to AP's list of writers, read whole by the credit rule), the agencies with the outlet ("...
# president. Ouest-France avec AFP.") or the wire the page drew on ("... breached. Material from the Associated
# Press was used in this report.").
_CONTRIBUTORS_RULE = "reporting_credit"
_CONTRIBUTORS_MAX_CHARS = 400


def _closing_sentence(line: Line) -> int | None:
    text = line.text
    if not text.endswith((".", ")")):
        return None
    last = next((b for b in reversed(line.breaks()) if b.end() < len(text) and b[0][-1] == " "), None)
    if last is None or len(text) - last.end() > _CONTRIBUTORS_MAX_CHARS or abbreviated(text, last.start()):
        return None
    piece = text[last.end():]
    if tail_credit(piece) or sourced_note(piece):
        return last.end()
    if "contribut" not in piece and "with assistance" not in piece.casefold():
        return None  # the contributors' own words, looked for before the rules: most last sentences lack them
    found = LINE[False, True].first(text, last.end(), "fullmatch")
    return last.end() if found is not None and found[0].name == _CONTRIBUTORS_RULE else None


def tail_lines(doc: Doc) -> None:
    """Tag lists on one line, print-edition notes and closing credits after the story's last paragraph (``story_end``), whatever
    decoration a page sets before them ("— Rédigé par ...", "* Mehr zu: ..."): a decorated line reads as a
    bullet item, which ``tail_furniture`` keeps as the story's own."""
    kept = doc.kept()
    end = story_end_of(doc, kept, ReaderVoice(kept))
    if end is None:
        return
    for line in kept[end:]:
        if line.memo.get("tail_lines") == line.text:
            continue
        line.memo["tail_lines"] = line.text
        cut = _glued_credit(line)
        if cut is not None:
            doc.strip(line, TAIL_CREDIT.name, cut, len(line.text))
            doc.cut_tail(line, cut)
            continue
        if line is kept[end]:
            continue
        text = undecorated(line.text).rstrip(_TRAILING_MARKS)
        if line.words > _TAIL_LINE_MAX_WORDS:
            if print_note(text):  # the note with the print headline it quotes and the page's links after it
                doc.remove(line, TAIL_FURNITURE.name)
            continue
        if tag_line(text):
            doc.remove(line, TAG_LINE.name)
        elif print_note(text) or paper_note(text) or origin_note(text) or membership_wall(text) or wall_prompt(text):
            # Its date reads as a table's figures to ``tail_furniture`` ("Versión impresa: 5 de junio de 2026"),
            # and so does a wall's meter ("Free articles remaining: 1 of 3"); a wall's badge is no sentence, which
            # that pass keeps as the story's list item or subhead.
            doc.remove(line, TAIL_FURNITURE.name)
        elif (
            # A wire's sign-off keeps its dash, which reads as a bullet's decoration: "— Adnkronos >".
            tail_credit(text) or (text != line.text and tail_credit(line.text)) or sourced_note(text)
            # A picture or agency credit set as a bullet ("— JONAS BECKER/APA"), which ``tail_furniture`` would
            # keep as the story's item; undecorated, it is that pass's (a wire table's "Oct/Dec Jan/Dec" stays).
            or (text != line.text and credited(text) and not line.sentence and not any(c.isdigit() for c in text))
        ):
            doc.remove(line, TAIL_CREDIT.name)
