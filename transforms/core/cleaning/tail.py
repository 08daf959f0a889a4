"""The tail zone's structural passes: what follows the story's last paragraph (short lines, furniture
sentences, appended lists of other stories), a trailing widget token. The lines there judged one by one (tag
lists, notes, closing credits) are ``closing``'s."""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from wirewash.transforms.core.cleaning.byline import authors
from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.cues import (
    content_tokens,
    furniture_line,
    furniture_sentence,
    has_inner_end,
    interview_turns,
    labelled,
    print_note,
    quoted,
    share_with,
    ReaderVoice,
)
from wirewash.transforms.core.cleaning.prompts import membership_wall, paper_note
from wirewash.transforms.core.cleaning.roster import ROSTER_REACH, roster_item
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.shaped import undecorated
from wirewash.transforms.core.cleaning.stamp_date import dated_entry
from wirewash.transforms.core.cleaning.structure import (
    BULLET,
    SENTENCE_BREAK,
    Doc,
    Line,
    is_body,
    is_data_row,
    is_sentence,
)

WIDGET_TOKEN = Rule(
    "widget_token", 1, "structural", "Route 6", re.compile(r"[A-Z][A-Za-z]{1,20} \d{1,4}"),
    keep="Route 6 (above the story's last paragraph)",
)


def widget_tail(doc: Doc) -> None:
    """Trailing "Name 12" tokens (a route number, a gallery counter) after the story's last paragraph."""
    for line in reversed(doc.lines):
        if not line.kept:
            continue
        if not WIDGET_TOKEN.pattern.fullmatch(line.text):
            break
        doc.remove(line, WIDGET_TOKEN.name)


TAIL_FURNITURE = Rule(
    "tail_furniture", 2, "structural", "Filed from the Almaty desk (after the story's last paragraph)",
    keep="- Food scraps go in the green bin collected every Monday morning (a bulleted fact after a subhead)",
)
TAIL_LIST = Rule(
    "tail_list", 1, "structural",
    "Most read\n- Ferry operator suspends crossings as storm nears\n"
    "- Regional airline orders twelve new jets\n"
    "- Museum returns looted bronze statues (after the story's last paragraph)",
    keep="What changes for households\n- Food scraps go in the green bin collected every Monday morning\n..."
    " (a list whose items share words with the story)",
)
# A list appended after the story is the story's own when at least this share of its lines share a word with
# the story (a subhead over facts the story told); a list of other stories' headlines shares few.
OWN_LIST_SHARE = 0.5
OWN_ITEM_TOKENS = 2  # content tokens an item shares with the story to count as the story's (see share_with)
_LIST_MIN_ITEMS = 3
# A line ending so introduces what follows: "The measures include:", wire tables' "U.S. Sectors -".
_INTRODUCES = (":", "：", " -", "--")


def _figure(token: str) -> bool:
    # "43.3", "4%", "$119.00", "Q3": mostly digits. "8万台リコール" (a word with a number in it, in a script
    # without spaces) is no figure.
    digits = sum(c.isdigit() for c in token)
    return digits > 0 and 2 * digits >= sum(c.isalnum() for c in token)


def _tabular(text: str) -> bool:
    # "Net 43.3 mln vs 13.9 mln": figures in a quarter of the words or more. A line of one word (a headline
    # in a script without spaces: "失業率3カ月連続で低下") is no table row.
    return len(text.split()) > 1 and is_data_row(text, 4, _figure)


_BRACKETED_NOTE_MIN_WORDS = 4  # "(corrects headline)", "(AP)" are wire copy's own marks
_NOTE_MAX_CHARS = 400  # a credit or a note is short: the search for its start looks no further back
_SENTENCE_END = frozenset(".!?。！？\"”’»)")


def _closing_brackets(head: str) -> int | None:
    """Start of the bracketed piece that closes ``head`` after its last sentence (or alone): "(Reporting by
    ...; Editing by ...)", "(Reportagem de ...)"; None when none, or when it holds figures or too few names to
    be a credit ("(corrects spelling of town)", "(Note - net includes 1.2 mln dlr gain)")."""
    if not head.endswith(")"):
        return None
    at = head.rfind("(", max(0, len(head) - _NOTE_MAX_CHARS))
    inner = head[at + 1:-1].split()
    if (
        at < 0
        or ")" in head[at + 1:-1]
        or (at > 0 and not (at >= 2 and head[at - 1] == " " and head[at - 2] in _SENTENCE_END))
        or any(c.isdigit() for c in head[at:])
        or len(inner) < _BRACKETED_NOTE_MIN_WORDS
        # A credit is mostly names: "(Reporting by Kim Soo-jin; Editing by Liam Fergus)". A wire correction
        # names none, and a story's aside is a clause ("(It is currently at committee stage in the House of
        # Lords)").
        or 2 * sum(w[0].isupper() for w in inner) < len(inner)
    ):
        return None
    return at


# An author's note closing the page: at most a sentence on who writes, then where to follow them, the handle
# last with no full stop after it ("Grace Whitfield is a correspondent based in Washington. Follow her on X
# @CityHallPress"). A story's sentence naming an account ends with its full stop or its quotation.
_HANDLE_NOTE = re.compile(r"(?:[^.!?。\"“”]{1,160}[.!?。] )?[^.!?。@\"“”]{1,60}(?<![\w@])@\w{2,30}")


def furniture_from(text: str) -> int | None:
    """Where the run of furniture pieces that closes ``text`` starts (0: the whole paragraph), or None: a
    paragraph that ends with a credit in brackets after its last sentence, or with a short labelled note
    ("Editor's note: This story has been updated."), any number of them, judged by shape. A piece with figures
    in brackets is the story's, and so is a quoted sentence. Looks at most ``_NOTE_MAX_CHARS`` back from each
    piece's end, so its cost does not grow with the paragraph."""
    if "@" in text and _HANDLE_NOTE.fullmatch(text):  # few paragraphs hold an @: most skip the scan
        return 0
    end, credit, notes = len(text), False, 0
    while end:
        head = text[:end].rstrip()
        at = _closing_brackets(head)
        if at is not None:
            end, credit = at, True
            continue
        if not is_sentence(head):
            break
        # The last sentence: after the last sentence end (or closing bracket) before the closing punctuation.
        window = max(0, len(head) - _NOTE_MAX_CHARS)
        starts = [b.end() for b in SENTENCE_BREAK.finditer(head, window, len(head) - 1) if b[0].endswith(" ")]
        bracket = head.rfind(") ", window, len(head) - 1)
        start = max(starts[-1] if starts else window, bracket + 2 if bracket >= 0 else 0)
        piece = head[start:]
        if (start == window and window > 0) or not (labelled(piece) and furniture_sentence(piece, len(piece.split()))):
            break
        end, notes = start, notes + 1
    # A labelled sentence closing a story paragraph may be a run-in head's ("Why it matters: ..."), and one
    # alone in its paragraph is left to ``furniture_sentence`` (an interview's turn, a recipe's line): notes
    # after a credit in brackets, or two of them making up their paragraph, are furniture.
    return end if credit or (end == 0 and notes > 1) else None


# A paragraph that opens with a rights notice: "© EFE 2023. ...", "Copyright 2023 The Associated Press. All
# rights reserved. This material may not be ...". However long, it is the page's, not the story's.
_RIGHTS_OPENING = re.compile(r"(?:©|\([cC]\) |(?i:copyright) (?:©|\([cC]\)|(?:19|20)\d{2}\b))")


def rights_opening(text: str) -> bool:
    return _RIGHTS_OPENING.match(text) is not None


def story_end(
    kept: list[Line], cfg: CleanConfig, voiced: bool | ReaderVoice, byline: str | None = None
) -> int | None:
    """Index in ``kept`` of the story's last paragraph: the last body paragraph that does not read as
    furniture (``cues.furniture_sentence``; ``voiced``: the story itself speaks to the reader; an author's note
    on a name of ``byline``, ``author_note``), or a non-sentence longer than any headline (a line-up, a table
    run together) or holding a sentence's end ("..., the company said. (corrects cts per share)"); None when
    there is none."""
    for i in range(len(kept) - 1, -1, -1):
        line = kept[i]
        if line.sentence:
            if (
                line.words >= cfg.body_min_words
                and not furniture_sentence(line.text, line.words, voiced)
                and not membership_wall(line.text)
                and furniture_from(line.text) != 0
                and not rights_opening(line.text)
                and not author_note(line, byline)
                # A print note quoting the print headline is a sentence with a quotation in it: "This article
                # appears in the May 3, 2026 print edition with the headline "...".".
                and not print_note(line.text)
            ):
                return i
        elif (
            line.words > cfg.headline_max_words
            or (line.words >= cfg.body_min_words and has_inner_end(line.text))
        ) and furniture_from(line.text) != 0 and not print_note(line.text) and not paper_note(line.text) and not (
            membership_wall(line.text)  # "Envie de lire la suite ? Abonnez-vous": a question and its button
        ):
            # A print note's date holds an inner end ("vom 28. Mai 2026"); it is the page's line, not the story's.
            return i
    return None


def story_end_of(doc: Doc, kept: list[Line], voiced: bool | ReaderVoice) -> int | None:
    """``story_end`` of ``doc.kept()`` (``kept``), worked out once per state of the document: ``tail_lines`` and
    ``tail_furniture`` ask in a row."""
    if doc.story_end is None or doc.story_end[0] != doc.version:
        doc.story_end = (doc.version, story_end(kept, doc.cfg, voiced, doc.byline))
    return doc.story_end[1]


_AUTHOR_NOTE_MAX_WORDS = 30  # a note on who wrote the story is a sentence or two


def author_note(line: Line, byline: str | None) -> bool:
    """Whether ``line`` is a short sentence opening with a name the byline gives (two words or more, or any
    name in a script without case) and a word in lower case after it (in those scripts, any word after a comma
    or a space): a note on who wrote the story ("Jane Doe is a business reporter at ...",
    "Juan Pérez es corresponsal en ...", "Lena Fischer berichtet aus Frankfurt."), not the story naming its
    author, who stands in the byline, not at the start of its closing sentence. A name followed by a comma
    or a quotation opens a story sentence ("Jane Doe, an analyst, said ...")."""
    if not line.sentence or line.words > _AUTHOR_NOTE_MAX_WORDS or quoted(line.text):
        return False
    if _SELF_NAMED_NOTE.fullmatch(line.text) is not None:
        return True
    if not byline:
        return False
    for name in authors(byline):
        if _CASELESS_NAME.fullmatch(name) and line.text.startswith(name):
            # A name in a script without case, then a comma or a space and no Latin word: "孙嘉怡，本报体育记者。",
            # "高橋 亮 経済担当記者。".
            rest = line.text[len(name):]
            return rest[:1] in "，,、 " and _CASELESS_NAME.match(rest.lstrip("，,、 ")) is not None
        if " " in name and line.text.startswith(name + " "):
            return line.text[len(name) + 1:][:1].islower()
    return False


# The writer's trade, by language: what an author's note says the bylined name is.
_JOURNALIST = re.compile(
    r"(?i:\b(?:reporter|correspondent|editor|journalist|columnist|writer|periodista|corresponsal|redactora?"
    r"|journaliste|correspondante?|rédact(?:eur|rice)|giornalista|corrispondente|redattore|redattrice"
    r"|korrespondent(?:in)?|redakteur(?:in)?|journalist(?:in)?|jornalista|correspondente|repórter"
    r"|корреспондент\w*|журналист\w*|обозревател\w*|редактор\w*)\b)|记者|記者|기자|编辑|مراسل|صحفي"
)


def journalist_note(line: Line, byline: str | None) -> bool:
    """Whether ``line`` is an ``author_note`` naming the writer's trade (``_JOURNALIST``): "Diego Arrieta es
    periodista de la sección de Economía.", "孙嘉怡，本报体育记者。". A page may set it between the paragraphs, where a
    story sentence opening on a name a wrong byline gives ("Jane Doe said ...") names no trade of the byline's."""
    return author_note(line, byline) and _JOURNALIST.search(line.text) is not None


_CASELESS_NAME = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]+(?: [\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]+)?")
# A note that needs no byline to name its writer: a name of two to four characters, a comma, the paper's own desk
# and the trade ("孙嘉怡，本报时政记者。"); in Japanese family and given name with a space after each, then the
# desk's trade ("高橋 亮 経済担当記者。").
_SELF_NAMED_NOTE = re.compile(
    r"[\u4e00-\u9fff]{2,4}[，,、](?:本报|本社|本台|本网)[\u4e00-\u9fff]{0,4}(?:记者|编辑|特派员)[。.]?"
    r"|[\u4e00-\u9fff]{1,2} [\u4e00-\u9fff]{1,2} [\u4e00-\u9fff\u30a0-\u30ff]{0,6}(?:記者|編集委員|特派員)[。.]?"
)


_OPENING_PARAGRAPHS = 3


def opening_tokens(story: list[Line], cfg: CleanConfig) -> set[str]:
    """Content tokens of the story's opening: what stands above its first few body paragraphs (the headline)
    and those paragraphs, where a story states its subject. A long story's every word would match any list
    by chance ("after", "close")."""
    out: set[str] = set()
    bodies = 0
    for line in story:
        out |= content_tokens(line.text)
        bodies += is_body(line, cfg)
        if bodies >= _OPENING_PARAGRAPHS:
            break
    return out


def _least_shared(run: list[Line], story: set[str]) -> int:
    """Content tokens each item of ``run`` must share with the story for the list to be the story's. Bullets
    of linked headlines under a label that shares none ("Recommended") or under none: two, where one word met
    by chance ("after", "official") must not make another story's headline the story's own. Under a subhead
    on the story's subject ("What changes for households" over its facts), and in an unbulleted run (a
    results list: "Animation - Brush Head"): one."""
    if BULLET.fullmatch(run[-1].text) is None:
        return 1
    label = run[0] if BULLET.fullmatch(run[0].text) is None else None
    return 1 if label is not None and content_tokens(label.text) & story else OWN_ITEM_TOKENS


def _fact_item(line: Line) -> bool:
    # "- 1 tsp cinnamon", "- cored and peeled", "- England (Group A): 10th appearance": a bulleted fact, a
    # recipe's or a table's line. Another story's headline opens with a capital (or is in a script without
    # case) and is rarely figures in brackets.
    m = BULLET.fullmatch(line.text)
    text = m["text"] if m else line.text
    return text[:1].islower() or text[:1].isdigit() or "(" in text


def _item(line: Line, cfg: CleanConfig) -> bool:
    if BULLET.fullmatch(line.text):
        return line.words - 1 <= cfg.list_item_max_words
    return not line.sentence and line.words <= cfg.headline_max_words and not line.text.endswith(_INTRODUCES)


def _orphaned(doc: Doc, run: list[Line]) -> bool:
    """Whether the paragraph just above ``run`` in the document was removed: the run lost the label over it.
    False for an empty run (a table's last row with no line under it)."""
    if not run:
        return False
    at = next((i for i, line in enumerate(doc.lines) if line is run[0]), 0)
    return at > 0 and not doc.lines[at - 1].kept


def _between_furniture(doc: Doc, story_last: Line) -> Callable[[Line], bool]:
    """A test of whether a short sentence after the story's last paragraph (``story_last``) stands among tail
    furniture: the paragraph above it on the page was removed, and so was the one under it, or it closes the
    page. A widget's sentence ("Comments are closed.", "This article is for subscribers.") is set between
    others; the story's short closing sentences mostly follow its last paragraph with nothing removed
    between."""
    at = {id(line): i for i, line in enumerate(doc.lines)}
    lines, last = doc.lines, at[id(story_last)]

    def test(line: Line) -> bool:
        i = at[id(line)]
        return (
            line.words < doc.cfg.body_min_words and i - 1 > last and not lines[i - 1].kept
            and (i + 1 == len(lines) or not lines[i + 1].kept)
        )
    return test


def tail_furniture(doc: Doc) -> None:
    """After the story's last paragraph (``story_end``): a short line that is no sentence is tail
    furniture (tags, share and follow prompts, related headlines, credits, rights lines, end marks), and so
    is a sentence that reads as furniture (an author's note, a correction, a newsletter or comments prompt),
    judged by place and shape. A run of three or more list items goes whole, with its label, unless the
    story owns it: a table (figures), a list a colon line introduces, or a list whose lines share words with
    the story's opening. A story's own short trailing lines stay: one or two bullet items and the line over
    them, table rows, a colon line."""
    cfg = doc.cfg
    kept = doc.kept()
    voiced = ReaderVoice(kept)
    end = story_end_of(doc, kept, voiced)
    if end is None:
        return
    for line in kept[end:]:
        # Credits and notes closing the story's last paragraph or a line after it: cut, whole or in part.
        cut = furniture_from(line.text) if line.words >= cfg.body_min_words else None
        if cut == 0:
            doc.remove(line, TAIL_FURNITURE.name)
        elif cut is not None:
            doc.strip(line, TAIL_FURNITURE.name, cut, len(line.text))
            doc.cut_tail(line, cut)
    tail = kept[end + 1:]
    between_furniture = _between_furniture(doc, kept[end])
    # The story's opening words, worked out only when a list needs them.
    opening = functools.cache(lambda: opening_tokens(kept[:end + 1], cfg))
    keep = interview_turns(tail)

    def orphans(items: list[Line]) -> None:
        # Headlines left when a rule removed their list's label and first items: they go unless they restate
        # the story's opening.
        if share_with([line.text for line in items], opening(), OWN_ITEM_TOKENS) < OWN_LIST_SHARE:
            doc.remove_block(items, TAIL_LIST.name)
        else:
            keep.update(id(line) for line in items)

    k = 0
    while k < len(tail):
        if not _item(tail[k], cfg):
            k += 1
            continue
        j = k
        while j < len(tail) and _item(tail[j], cfg):
            j += 1
        # Bullets under a label after a table's rows are a list of their own, not more of the table.
        first_bullet = next((x for x in range(k, j) if BULLET.fullmatch(tail[x].text)), j)
        if k + 1 < first_bullet < j and all(_tabular(line.text) for line in tail[k:first_bullet - 1]):
            j = first_bullet - 1
        run = tail[k:j]
        bullets = sum(BULLET.fullmatch(line.text) is not None for line in run)
        bulleted = bullets > 0 and bullets >= len(run) - 1  # bullet items, perhaps under a label line
        items = bullets if bulleted else len(run)
        prev = tail[k - 1] if k else kept[end]
        if items >= _LIST_MIN_ITEMS:
            texts = [line.text for line in run]
            own = (
                sum(map(_tabular, texts)) * 3 >= len(texts)
                or (prev.text.endswith(_INTRODUCES) and prev.words > 3)
                or share_with(texts, opening(), _least_shared(run, opening())) >= OWN_LIST_SHARE
                or (bullets and 2 * sum(_fact_item(line) for line in run) > bullets)
                # A schedule or a timeline: tour dates, a chronology.
                or 2 * sum(dated_entry(undecorated(text)) for text in texts) > len(texts)
            )
            if own:
                keep.update(id(line) for line in run)
            else:
                doc.remove_block(run, TAIL_LIST.name)
        elif (
            bulleted and not _orphaned(doc, run) and _tabular(run[0].text)
            and _orphaned(doc, items_of := run[1:]) and not any(line.sentence or _fact_item(line) for line in items_of)
        ):
            # A table's last row over one or two headlines left when a rule removed their list's label and first
            # items: the headlines go, the row stays.
            orphans(items_of)
            keep.add(id(run[0]))
        elif bulleted and _orphaned(doc, run) and not any(line.sentence or _fact_item(line) for line in run):
            orphans(run)  # one or two headlines left under a list label a rule removed with its first items
        elif bulleted:
            keep.update(id(line) for line in run)  # one or two bullet items stay, with the line over them
        k = j
    for k, line in enumerate(tail):
        if not line.kept or id(line) in keep:
            continue
        nxt = tail[k + 1] if k + 1 < len(tail) else None
        if line.sentence:
            label = nxt is not None and id(nxt) in keep  # the line over a list the story owns
            # Among furniture and sharing no word with the story's opening: a widget's sentence, not the story's
            # closing one after an inserted teaser ("The payment date is April 15.").
            widget = rights_opening(line.text) or author_note(line, doc.byline) or (
                between_furniture(line) and share_with([line.text], opening()) == 0
            )
            if (furniture_sentence(line.text, line.words, voiced) or widget) and not label:
                doc.remove(line, TAIL_FURNITURE.name)
            continue
        if (
            line.words > cfg.headline_max_words
            # Longer than a tag or a prompt, a line needs a cue: wire copy closes with notes ("1986 year loss
            # includes charges totaling 100 mln dlrs") and the odd line a wrap split off.
            or (line.words > cfg.tail_line_max_words and not furniture_line(line.text, voiced))
            or line.text.endswith(_INTRODUCES)
            or _tabular(line.text)
            # "20,210": an attendance, a price; not a rights line's year ("© TASS, 2024")
            or (is_data_row(line.text) and "©" not in line.text)
            or (nxt is not None and (id(nxt) in keep or _tabular(nxt.text)))
            or roster_item([x.text for x in kept[max(0, end + k + 1 - ROSTER_REACH):end + k + 1]], line.text)
        ):
            continue
        doc.remove(line, TAIL_FURNITURE.name)
