"""Appended lists of other stories: a labelled run ("Latest Stories" over headlines or tags), an unlabelled
run of bulleted headlines, each with its teaser, and the headlines a removed label leaves behind.

A story's own lists stay: a list introduced by a colon or by a subhead is the story's (its bullet items are
facts, written as fragments), and a label's run stops where the story resumes.
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.byline import labelled_byline
from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.cues import content_tokens, has_inner_end, share_with
from wirewash.transforms.core.cleaning.generic import glued_tail, zoned
from wirewash.transforms.core.cleaning.matcher import LINE, LIST_LABEL, TEASER
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.shaped import listed_headline, own_items, pack_label, undecorated
from wirewash.transforms.core.cleaning.stamp_date import dated_entry
from wirewash.transforms.core.cleaning.structure import (
    BULLET,
    BULLET_MARKS,
    Doc,
    Line,
    capital_or_caseless,
    is_body,
    is_data_row,
    is_headline,
    is_sentence,
)
from wirewash.transforms.core.cleaning.tail import OWN_ITEM_TOKENS, OWN_LIST_SHARE, opening_tokens

TEASED_LIST = Rule(
    "teased_list", 1, "structural",
    "• Nasa's Artemis spacecraft set to reach the Moon\n    Nasa's Orion capsule sets itself up to sweep past.",
    keep="The measures include:\n• Raising the minimum wage\n• Cutting fuel taxes\n• Freezing utility prices",
)
LABEL_LEFTOVERS = Rule(
    "label_leftovers", 1, "structural",
    "Te puede interesar (removed)\nEl Gobierno aprueba el plan de ayudas contra la sequía\n"
    "Récord de turistas extranjeros en el primer semestre",
    keep="Read more (removed)\nThe minister said the plan would be ready by June.",
)
_LEFTOVERS_MIN = 2  # one headline under a label is its teaser, the label's own rule's to take
# Figures in one word of four make a results table's row ("Avg shrs 7.8 mln vs 13.7 mln") under a box, not its
# item; a headline with two figures in it ("Oil falls 2% to $80") is missed, not cut.
_ROW_SHARE = 4


def _is_item(line: Line, cfg: CleanConfig) -> bool:
    m = BULLET.fullmatch(line.text)
    if m is not None:
        return line.words - 1 <= cfg.list_item_max_words
    return (not line.sentence and line.words <= cfg.headline_max_words and line.text[-1] not in ":;,"
            and not is_data_row(line.text) and not dated_entry(line.text))


def labelled_run(kept: list[Line], start: int, cfg: CleanConfig) -> tuple[int, int]:
    """(end index, item count) of the run a label at ``start - 1`` heads: items (headlines, tags, bullets),
    each perhaps followed by one teaser paragraph, until the story resumes (a paragraph that is neither, or a
    body paragraph another body paragraph follows, or one after the last of two items or more that had no
    teaser: a list sets a teaser under every item or under none)."""
    j, items, teasers, n = start, 0, 0, len(kept)
    after: Line | None = None  # the item a teaser may follow
    while j < n:
        line = kept[j]
        if _is_item(line, cfg):
            items += 1
            after = line
        elif (
            after is not None
            and not is_data_row(line.text)
            # A bulleted link carries a teaser of any length; under a plain short line (a glossary's term, a
            # subhead) a long paragraph, or one of two sentences or more, is story text, and so is a body
            # paragraph under a line shorter than a headline: a widget's or an ad slot's label ("Replay
            # video", "Paid Content") set between the story's paragraphs.
            and (
                BULLET.fullmatch(after.text) is not None
                or (
                    line.words <= cfg.teaser_max_words and not has_inner_end(line.text)
                    and not (after.words < cfg.headline_min_words and is_body(line, cfg))
                )
            )
            and not (j + 1 < n and is_body(kept[j + 1], cfg) and not _is_item(kept[j + 1], cfg))
            and (teasers or items < 2)
        ):
            after = None  # one teaser per item
            teasers += 1
        else:
            break
        j += 1
    return j, items


_FLAT_MIN_WORDS = 6  # two headlines at least after the label
_FLAT_MAX_WORDS = 60
_FLAT_MAX_CHARS = 1200  # a bound on the search only: the words decide


def _flattened(line: Line, zone: tuple[bool, bool], cfg: CleanConfig) -> str | None:
    """The label's rule when ``line`` is a list's label and its headlines run into one line, as a page's inline
    list loses its item breaks ("Most Read from Bloomberg UK needs tax cuts, Tories insist Campbell returns to
    election team"): a pack's list label, then capitalised words with no sentence's end anywhere; else None. A
    story's line opening on such words goes on in lower case or ends as a sentence. A ranked list's numbers
    after its separators ("Most Read · 1. Why few targets are better than many · 2. ...") end no sentence."""
    if line.sentence or not _FLAT_MIN_WORDS <= line.words <= _FLAT_MAX_WORDS:
        return None  # most paragraphs: told before any search
    text = _RANKS.sub("", line.text) if ". " in line.text else line.text
    return None if has_inner_end(text) else _flat_list(text, zone)


# An item's rank after an inline list's separator: "· 1. ", "• 2. ".
_RANKS = re.compile(r"(?<=[·•|]) ?\d{1,2}\. (?=\S)")


def _flat_list(text: str, zone: tuple[bool, bool]) -> str | None:
    """The label's rule when ``text`` opens on a pack's list label followed by capitalised headlines."""
    found = LIST_LABEL[zone].first(text, 0, "match")
    if found is None or TEASER[zone].first(text, 0, "match") is not None:
        return None  # (a teaser's label and its one headline are the teaser rules')
    # A label naming an outlet takes capitalised words greedily, the first headline's too ("More from The Post
    # Spirit awards hail Sideways", "Most Read from Bloomberg Lions blow to ..."): the shortest label whole
    # before a capital is the list's.
    ends = [m.start() for m in _BEFORE_CAPITAL.finditer(text, 0, found[1].end())]
    for end in (*ends, found[1].end()):
        label = found if end == found[1].end() else LIST_LABEL[zone].first(text[:end], 0, "fullmatch")
        rest = text[end:].lstrip(" :|·•-–—,")
        if label is not None and rest[:1].isupper() and count_words(rest) >= _FLAT_MIN_WORDS:
            return label[0].name
    return None


_BEFORE_CAPITAL = re.compile(r" (?=[A-ZÀ-ÞА-ЯЁ])")




def _glued_flat_list(line: Line, zone: tuple[bool, bool]) -> tuple[str, int] | None:
    """The label's rule and where the list starts when a flattened list (``_flat_list``) is run into the end
    of a story paragraph: after its last sentence end, the list's fragment holding no sentence end of its
    own; else None. A paragraph ending as a sentence is the story's, and most do (checked first)."""
    if line.sentence or line.words < _FLAT_MIN_WORDS + 3:
        return None
    at = glued_tail(line, _FLAT_MAX_CHARS)
    if at is None:
        return None
    rest = line.text[at:]
    if not _FLAT_MIN_WORDS <= count_words(rest) <= _FLAT_MAX_WORDS or has_inner_end(rest):
        return None
    name = _flat_list(rest, zone)
    return (name, at) if name is not None else None


def labelled_lists(doc: Doc) -> None:
    cfg = doc.cfg
    kept = [(line, zone) for _, line, zone in zoned(doc)]
    lines = [line for line, _ in kept]
    n = len(lines)
    i = 0
    while i < n:
        line, zone = kept[i]
        if line.memo.get("labelled_lists") == (line.text, zone):
            i += 1
            continue  # read unchanged in an earlier round: no label, no list run into it
        found = LIST_LABEL[zone].first(line.text, 0, "fullmatch")
        if found is None and (flat := _flattened(line, zone, cfg)) is not None:
            doc.remove(line, flat)  # the label and its headlines run into one line
            i += 1
            continue
        if found is None and (glued := _glued_flat_list(line, zone)) is not None:
            doc.strip(line, glued[0], glued[1], len(line.text))
            doc.cut_tail(line, glued[1])
            i += 1
            continue
        if found is None:
            line.memo["labelled_lists"] = (line.text, zone)
            i += 1
            continue
        end, items = labelled_run(lines, i + 1, cfg)
        if i < n // 2:
            end, items = _before_byline(lines, i + 1, end, items, cfg)
        # High on a page a label needs a real list under it: "Most Read from Bloomberg" over the lead is a
        # lone widget label, left to its line rule.
        least = cfg.list_min_items if i < n // 2 else 1
        # A label that introduces what follows (a colon, an ellipsis) heads its one teased headline there too:
        # "Read next:" over "Insurer sets aside more cash for flood claims" between the story's paragraphs.
        # So does a label over two headlines or more between the story's paragraphs ("Related" / "Kentucky
        # Smelters Get Relief on Higher Rates" / "Italian January Industrial Output Falls 3.4 Pct").
        headed = items >= 2 and all(listed_headline(x.text) for x in lines[i + 1:end])
        if items < least and not headed and not (items and line.text.rstrip().endswith((":", "：", "...", "…"))):
            if LINE[zone].first(line.text, 0, "fullmatch") is None:
                doc.remove(line, found[0].name)
            i += 1
            continue
        doc.remove_block(lines[i:end], found[0].name)
        i = end


def _before_byline(lines: list[Line], start: int, end: int, items: int, cfg: CleanConfig) -> tuple[int, int]:
    """(end index, item count) of a run ``lines[start:end]`` high on a page, less the page's own head when a
    labelled byline over the story ends it or stands just under it: "Most Read from Reuters" over other stories'
    headlines, then the page's headline (perhaps its standfirst), "By Jane Doe", and the lead. The byline is the
    story's, and so is the headline over it."""
    byline = next(
        (k for k in range(max(start, end - 1), min(end + 2, len(lines) - 1)) if labelled_byline(lines[k].text)), None
    )
    if byline is None or not is_body(lines[byline + 1], cfg):
        return end, items
    head = max(start, min(byline, end) - 1)
    while head > start and lines[head].sentence:
        head -= 1  # a standfirst under the headline
    return head, sum(_is_item(line, cfg) for line in lines[start:head])


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)  # "- - - -" is a separator, not a list item


def _bullet_run(kept: list[Line], start: int, cfg: CleanConfig) -> tuple[int, int, bool]:
    """End index, bullet count, and whether every bullet but the last has a teaser, of the run at start.

    Items outside ``headline_min_words``..``list_item_max_words`` end the run: a one-word "– Name" under a
    quote is an attribution, not a headline.
    """
    j, items, teased = start, 0, True
    n = len(kept)
    while j < n:
        m = BULLET.fullmatch(kept[j].text)
        words = len(m.group("text").split()) if m else 0
        if (
            not m
            or not cfg.headline_min_words <= words <= cfg.list_item_max_words
            or not _has_letters(m["text"])
            # "— I started cooking for friends ...": a dash opening a line of dialogue, not a linked headline
            or (words >= cfg.body_min_words and is_sentence(m["text"]))
        ):
            break
        bullet = kept[j]
        items += 1
        j += 1
        teasers = 0
        while j < n and not BULLET.fullmatch(kept[j].text) and kept[j].indent > bullet.indent:
            j += 1
            teasers += 1
        # Without indentation, one paragraph between two bullets is that item's teaser.
        between = j + 1 < n and not BULLET.fullmatch(kept[j].text) and BULLET.fullmatch(kept[j + 1].text)
        if teasers == 0 and between:
            j += 1
            teasers = 1
        if teasers == 0 and j < n and BULLET.fullmatch(kept[j].text):
            teased = False
    return j, items, teased


def teased_lists(doc: Doc) -> None:
    """An unlabelled run of bulleted headlines goes when each has a teaser, or when it ends the page straight
    after the story's last sentence and its items are long capitalised headlines, not facts."""
    cfg = doc.cfg
    kept = doc.kept()
    n = len(kept)
    i = 0
    if n >= 2 and _flattened_list(kept[-1].text, kept[:-1], cfg):
        doc.remove(kept[-1], TEASED_LIST.name)
        n -= 1
    while i < n:
        if kept[i].text[:1] not in BULLET_MARKS or not BULLET.match(kept[i].text):
            i += 1
            continue
        end, items, teased = _bullet_run(kept, i, cfg)
        prev = kept[i - 1] if i else None
        # "The measures include:" or a subhead introduces a list that belongs to the story.
        introduced = prev is not None and (prev.text.endswith(":") or is_headline(prev, cfg) or not prev.sentence)
        bullets = [m.group("text") for line in kept[i:end] if (m := BULLET.fullmatch(line.text))]
        appended = (
            end == n
            and all(b[0].isupper() and len(b.split()) >= cfg.appended_item_min_words for b in bullets)
            and 2 * sum(map(is_sentence, bullets)) < len(bullets)
            # Items naming what the story's opening names are its own list (the BBC's "- Best actor - Richard
            # Griffiths for The History Boys" under a story on the awards), as ``tail.TAIL_LIST`` judges them.
            and share_with(bullets, opening_tokens(kept[:i], cfg), OWN_ITEM_TOKENS) < OWN_LIST_SHARE
        )
        if items < cfg.list_min_items or not (teased or appended) or introduced:
            i = max(end, i + 1)  # a rejected run is not re-scanned from each of its lines
            continue
        doc.remove_block(kept[i:end], TEASED_LIST.name)
        i = end


# A bulleted list flattened into one line, its items parted by the bullet again: "• Government approves new housing
# plan • Nikkei extends gains • Bank of Japan holds rates", "Popular • 1 • Student 'inequality' exposed • 2 • ...",
# with the list's label first and its ranks as items of their own; or by a bar or a slash, as a rail of links is
# set ("Viewers to be able to shape TV | Johnson announces June retirement | ...", "/ Perché il prezzo del pane
# continua a salire / Cosa prevede la nuova manovra / ...").
_FLAT_MARKS = "•▪►|/"
_FLAT_BULLET = re.compile(rf" [{_FLAT_MARKS}] ")
_FLAT_ITEM_MIN_WORDS = 3
_FLAT_RANK = re.compile(r"\d{1,2}[.)]?")
_FLAT_LABEL_MAX_WORDS = 2  # "Popular", "Most read"


def _flattened_list(text: str, above: list[Line], cfg: CleanConfig) -> bool:
    """Whether ``text``, the page's last line, is a list of other stories' headlines flattened into one line, its
    label and ranks aside: two headlines or more (three with no label), each of three words or more, capitalised
    or in a script without case, none a sentence, and not the story's own (they name what its opening does not:
    ``share_with``), nor introduced by the line above ("The measures include:")."""
    if sum(text.count(f" {mark} ") for mark in _FLAT_MARKS) < 2 and text[:1] not in _FLAT_MARKS:
        return False
    items = [item for item in _FLAT_BULLET.split(text.lstrip(_FLAT_MARKS + " ")) if _FLAT_RANK.fullmatch(item) is None]
    labelled = len(items) > 2 and count_words(items[0]) <= _FLAT_LABEL_MAX_WORDS
    items = items[1:] if labelled else items
    if len(items) < (2 if labelled else cfg.list_min_items) or above[-1].text.endswith((":", "：")):
        return False
    if not all(
        count_words(item) >= _FLAT_ITEM_MIN_WORDS and capital_or_caseless(item[0])
        and not is_sentence(item) and not is_data_row(item) for item in items
    ):
        return False
    return share_with(items, opening_tokens(above, cfg), OWN_ITEM_TOKENS) < OWN_LIST_SHARE


# A label naming one story, not a list of them: "Related Story", "RELATED ARTICLE", "Noticia relacionada".
_SINGULAR_LABEL = re.compile(
    r"(?i)\b(?:story|article|noticia|artículo|notícia|matéria|articolo|artikel)(?: (?:relacionad[oa]|correlato"
    r"|lié))?\W*$"
)


def label_leftovers(doc: Doc) -> None:
    """Headlines a pack's label stood over ("Te puede interesar", "اقرأ أيضاً", "• 热门推荐") after a rule removed
    the label and perhaps its first item: the label's rule takes one headline at most, the box lists more.
    Headline-shaped lines in a row (``shaped.listed_headline``), set alike, right under the removed label (two
    or more) or under items removed with it (one or more), go with it, unless most of them restate the story
    (its own list under a subhead the label rule mistook) or one is a table's row. A label taken with its whole
    box is done: the lines under it are the story's again."""
    cfg, lines = doc.cfg, doc.lines
    n = len(lines)
    # A label removed in one block with its items was taken with its whole box: what follows is not its.
    boxed = {idx for idx, _, removal in doc.removals if "\n" in removal.text}
    story: set[str] | None = None
    i = 0
    while i < n:
        label = lines[i]
        i += 1
        if label.kept or label.idx in boxed or "label_leftovers" in label.memo or not pack_label(label):
            continue  # (a label whose leftovers went is done: the lines under it now are the story's)
        j = i
        while j < n and not lines[j].kept:
            j += 1  # the label's own items, removed by their rules
        items = j > i or (j < n and lines[j].offset > 0)  # (the first item cut off the front of a line)
        run: list[Line] = []
        bullet: str | None = None  # the box sets every item alike: behind the same decoration, or none
        while j < n:
            line = lines[j]
            if line.kept:
                text = undecorated(line.text)
                lead = line.text[:len(line.text) - len(text)].strip()
                if (
                    line.sentence or not listed_headline(text) or is_data_row(text, _ROW_SHARE)
                    or lead != (lead if bullet is None else bullet)
                ):
                    break
                bullet = lead
                run.append(line)
            j += 1
        # One headline left is enough where the rules took the label's first items (the box's rest, often
        # run into one line by unwrapping), or under a label naming one story ("Related Story"); under a bare
        # label it is as often the story's subhead.
        i = j  # (removed labels inside what was read share its run: each line is read once)
        if len(run) < (1 if items or _SINGULAR_LABEL.search(label.text) else _LEFTOVERS_MIN):
            continue
        if story is None:
            story = set().union(*(content_tokens(line.text) for line in lines if line.kept and is_body(line, cfg)))
        if not own_items(run, story):
            doc.remove_block(run, LABEL_LEFTOVERS.name)
            label.memo["label_leftovers"] = True
