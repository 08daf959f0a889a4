"""Furniture after the lead told by its shape and place, in any language: runs of listed headlines, kicker
lines, decorated teasers, hashtag lines, date-and-time stamps and ages (``stamps``); and, anywhere, a pack's
line behind a decoration or a site's case styling ("» Con información de EFE", "LOS COMENTARIOS ESTÁN CERRADOS.").

- A *listed headline* is a short line that is no sentence, set off as an item: led by a decoration (an arrow,
  a box, a bullet, a guillemet, an emoji), wholly in brackets ("[La BCE laisse ses taux inchangés]"), or
  closing on a relative age ("... il y a 6 h", "... 3 ore fa"). A run of them between story paragraphs, with
  the short label above it ("Sur le même sujet"), is a related or latest-news box. A story's own bullet list
  stays: it is introduced by a colon, or its items share the story's words (``cues.content_tokens``); an
  item with an age is never the story's.
- A *kicker line* is a headline under a label in capitals and a bar or a dash ("VÍDEO | La huelga ...",
  "VAI ALLO SPECIALE | ...", "SEE ALSO — Analysis: ..."): a teaser or a player's title.
- A *decorated teaser* is a pack's teaser label behind a decoration ("→ Mehr zum Thema: ...", "• LEER MÁS:
  ..."); the label rules themselves are the packs' (``generic.teaser_label``).

An embedded post's text is left alone: the extraction benchmark's labels keep a quoted post as story text (its
attribution, "— Jane Doe (@janedoe) May 4, 2019", is ``embeds``').

Except the restyled pack lines (whose rules name their own zones), none of these looks at the head zone
(headline, byline, stamps: ``head``): only lines after the lead.
All tests are linear in a line's length.
"""
from __future__ import annotations

import bisect
import operator
import re

from wirewash.transforms.core.cleaning.byline import bare_names
from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.credits import names_agency
from wirewash.transforms.core.cleaning.cues import content_tokens, quoted
from wirewash.transforms.core.cleaning.generic import script_change, split_teaser, teaser_label, zoned
from wirewash.transforms.core.cleaning.matcher import LINE, LIST_LABEL, TEASER
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import RELATIVE_AGE
from wirewash.transforms.core.cleaning.stamp_date import dated_entry
from wirewash.transforms.core.cleaning.stamps import (
    LIVE_MIN_ENTRIES, LIVE_MIN_TIME_ENTRIES, STAMP_LINE_MAX_WORDS, age_stamp, bare_clock, clock_stamp, date_time,
    stamp_line,
)
from wirewash.transforms.core.cleaning.structure import Doc, Line, is_body, is_data_row, is_sentence

RELATED_RUN = Rule(
    "related_run", 1, "structural",
    "Sur le même sujet\n→ La BCE laisse ses taux inchangés il y a 6 h\n→ Retraites : ce qui change au 1er "
    "septembre il y a 11 h",
    keep="The measures include:\n• Raising the minimum wage\n• Cutting fuel taxes\n• Freezing utility prices",
)
KICKER_LINE = Rule(
    "kicker_line", 1, "structural", "VÍDEO | La huelga de transportistas deja desabastecidos los mercados del norte",
    keep="WASHINGTON - The Senate passed the bill on Tuesday, sending it to the president.",
)
DECORATED_TEASER = Rule(
    "decorated_teaser", 1, "structural", "→ Mehr zum Thema: Bundesbank senkt Wachstumsprognose deutlich",
    keep="- Mehr Geld für Schulen, sagte die Ministerin am Dienstag in Berlin.",
)
GLUED_ITEM = Rule(
    "glued_item", 1, "structural",
    "[Greve dos professores chega à segunda semana] Chee said the disease only affects certain clones.",
    keep="» Wir schaffen das «, sagte die Kanzlerin am Montag in Berlin vor der Presse.",
)
HASHTAG_LINE = Rule(
    "hashtag_line", 1, "structural", "#Politica #Cronaca",
    keep="#MeToo spread to 85 countries within a year, the researchers found.",
)
DATE_TIME_LINE = Rule(
    "date_time_line", 1, "structural", "Le 01/01/2024 à 15h01",
    keep="On 1 March 2024 at 15:00 the polls closed.",
)
STAMP_LINE = Rule(
    "stamp_line", 1, "structural", "Publié le 9 novembre 2021 à 8h34 - Mis à jour à 10h34",
    keep="Published in 2019, the report found the agency had overspent by 8% on 12 March 2018.",
)
AGE_LINE = Rule(
    "age_line", 1, "structural", "Il y a 3 heures",
    keep="Le ministre a démissionné il y a 3 jours.",
)
LIVE_ENTRY_HEAD = Rule(
    "live_entry_head", 1, "structural", "Owen Pritchard",
    keep="Voters queue in the capital",
)

_IDX = operator.attrgetter("idx")
# Decorations a page sets before a listed headline; the plain bullets also lead a story's own list items.
_ARROWS = "→➤➜▶►▸‣»›>■□◆◇●|/"
_BULLETS = "•·▪*-–—"
_GLUED = "→➤➜▶►▸‣■□◆◇●"  # set without a space before the headline too ("◆新NISA、...")
_DECORATION = re.compile(
    rf"(?:[{re.escape(_ARROWS + _BULLETS)}\U0001F300-\U0001FAFF\u2600-\u27bf]\ufe0f? ?){{1,3}} (?=\S)"
    rf"|[{re.escape(_GLUED)}\U0001F300-\U0001FAFF](?=\S)"
)
_BRACKETED = re.compile(r"[\[＜〈《【] ?([^\[\] ][^\[\]]{3,198}[^\[\] ]) ?[\]＞〉》】]")
# "VÍDEO | ...", "VAI ALLO SPECIALE | ...", "SEE ALSO — ...", "EN DIRECT - ...": one to four words in
# capitals (letters of any cased script), a bar or a dash, then the headline.
_KICKER = re.compile(r"[^\W\d_a-zß-ÿа-я]{2,}(?: [^\W\d_a-zß-ÿа-я]{2,}){0,3} ?(?:\||-|–|—) (?P<rest>\S.*)")
_HEADLINE_MIN_WORDS = 3
_FIGURED_MIN_WORDS = 4  # a bracketed headline this long may hold a figure
_ABBREVIATION = re.compile(r"\.(?!\d)")  # a stop not inside a number ("hal. 41", not "0.25")
_KICKER_MIN_WORDS = 4  # words of the headline after a kicker
_AGE_MAX_WORDS = 4  # "il y a 11 h"
_AGE_MAX_CHARS = 24
_ITEM_MAX_WORDS = 20
_LABEL_MAX_WORDS = 5
_LABEL_MAX_DIGITS = 2
# An item shares the story's words when half its content tokens are the story's: a story's own list restates
# its subject, another story's headline meets it in a word or two by chance.
_OWN_ITEM_SHARE = 0.5


def _undecorated(text: str) -> tuple[str, bool]:
    """(``text`` without its leading decoration, whether it had one other than a plain bullet)."""
    if text.startswith("« ") and "\u0600" <= text[2:3] <= "\u06ff" and "»" not in text:
        return text[2:], True  # an arrow set in a right-to-left line ("« البنك المركزي ..."), no quotation's opening
    first = text[:1]
    if first.isascii() and first.isalnum():
        return text, False  # most lines open on a letter or a figure: no decoration's character is one of ASCII's
    m = _DECORATION.match(text)
    if m is None or (text[0] == "|" and "|" in text[1:]):
        return text, False  # "| CB | T.J. Carrie | 63 |": a table's row, its bars separate columns
    lead = m.group()
    return text[m.end():], any(c not in _BULLETS and not c.isspace() for c in lead)


def undecorated(text: str) -> str:
    """``text`` without the decoration a page sets before a line ("► ", "→", "• ", "🔴 ")."""
    return _undecorated(text)[0]


def _aged(text: str) -> re.Match[str] | None:
    # A line ending on a full stop is a story sentence unless an abbreviated unit closes it: the age, which
    # ends the line, would end so too. Told without the search (most lines end on one).
    if text.endswith(".") and not text.endswith(("Std.", "Min.")):
        return None
    # An age closes the line: only its last characters are searched.
    m = RELATIVE_AGE.search(text, max(0, len(text) - _AGE_MAX_CHARS))
    # A story sentence may end on an age ("... signed 2 days ago."); an item's age ends the line bare.
    if m is None or (text.endswith(".") and not m.group().endswith(("Std.", "Min."))):
        return None
    return m


def listed_headline(text: str) -> bool:
    words = text.count(" ") + 1 if text.isascii() else count_words(text)
    return (
        bool(text)
        and not text[0].islower()  # a headline opens with a capital, or in a script without case
        and _HEADLINE_MIN_WORDS <= words <= _ITEM_MAX_WORDS
        and not is_sentence(text)
        and text[-1] not in ":;,"
        # Figures in most tokens are a table's row; a line without spaces (Chinese, Japanese) is one token.
        and not (" " in text and is_data_row(text))
        and not dated_entry(text)  # a schedule's line under the story: "June 24 -- Jiffy Lube Live, Bristow, VA"
    )


def _item(line: Line) -> tuple[bool, bool]:
    """(whether ``line`` is a listed headline, whether it is marked as none of a story's items are: an arrow
    or box, brackets round it all, a relative age)."""
    memo = line.memo.get("shaped_item")
    if memo is not None and memo[0] == line.text:
        return memo[1]
    result = (False, False)
    if line.words <= _ITEM_MAX_WORDS + _AGE_MAX_WORDS:
        text, strong = _undecorated(line.text)
        if strong or text[:1] in _BRACKET_PAIRS:
            # Behind an arrow or a box, or in brackets, the page may close the headline with an arrow, a colon or
            # an ellipsis ("◆【速報】東証、終値は前日比300円高:", "◆新NISA、… ↓", "[...] →"), which no sentence
            # ends with; a stop may end a story's sentence.
            text = _RESTYLED_END.sub("", text).rstrip() or text
        age = _aged(text)
        if age is not None:
            result = (listed_headline(text[:age.start()].rstrip(" ·|-–—")), True)
        elif (m := _BRACKETED.fullmatch(text)) is not None:
            # An abbreviation in brackets is a reference or a note ("[Ni’matul Ukhuwah hal. 41]"), and so are
            # figures in a short one ("[Table 2]"); a headline of four words or more may hold a figure ("[Retraites :
            # ce qui change au 1er septembre]", "【央行宣布下调存款准备金率0.25个百分点】").
            inner = m[1]
            result = (
                listed_headline(inner) and _ABBREVIATION.search(inner) is None
                and (count_words(inner) >= _FIGURED_MIN_WORDS or not any(c.isdigit() for c in inner)),
                True,
            )
        elif text != line.text:
            # Behind an arrow or a box a site may set the headline in lower case ("► oil prices climb ...").
            result = (listed_headline(text[0].upper() + text[1:] if strong else text), strong)
        if result[0] and LINE[True, True].first(line.text, 0, "fullmatch") is not None:
            result = (False, False)  # a pack's line ("【责任编辑：张三】"): its own rule names it
    line.memo["shaped_item"] = (line.text, result)
    return result


def _label(line: Line) -> bool:
    # "Sur le même sujet", "ГЛАВНОЕ", "Читайте также", "Самое читаемое": a short caption, with a count at most
    # ("24小时热文", "Top 10", "Las 5 más leídas"), not a date or a table's row.
    if line.sentence or line.words > _LABEL_MAX_WORDS:
        return False  # most lines: the story's sentences, answered before the decoration is read
    text = _undecorated(line.text)[0].rstrip(" :：")
    return bool(text) and sum(c.isdigit() for c in text) <= _LABEL_MAX_DIGITS


def own_items(items: list[Line], story: set[str]) -> bool:
    """Whether most ``items`` restate the story: half their content tokens or more are the story's."""
    own = 0
    for line in items:
        tokens = content_tokens(line.text)
        own += bool(tokens) and len(tokens & story) >= _OWN_ITEM_SHARE * len(tokens)
    return 2 * own >= len(items)


def pack_label(line: Line) -> bool:
    """Whether ``line`` is a pack's teaser or list label alone ("Leggi anche", "🔴 Lire aussi :", "Lo más
    leído")."""
    memo = line.memo.get("shaped_label")
    if memo is not None and memo[0] == line.text:
        return memo[1]
    found = _find_pack_label(line.text)
    line.memo["shaped_label"] = (line.text, found)
    return found


def _find_pack_label(text: str) -> bool:
    text, _ = _undecorated(text)
    text = _TRAILING.sub("", text)
    if LIST_LABEL[True, True].first(text, 0, "fullmatch") is not None:
        return True
    found = teaser_label(text, 0, TEASER[True, True])
    return found is not None and found[1] >= len(text)


def _between_removed(doc: Doc, run: list[Line]) -> bool:
    """Whether the paragraphs right above and right under ``run`` in the document were removed (``doc.lines``
    is in input order)."""
    first = bisect.bisect_left(doc.lines, run[0].idx, key=_IDX)
    last = bisect.bisect_left(doc.lines, run[-1].idx, key=_IDX)
    return 0 < first and last + 1 < len(doc.lines) and not doc.lines[first - 1].kept and not doc.lines[last + 1].kept


def related_runs(doc: Doc) -> None:
    """Runs of listed headlines after the lead, with the label above them (see the module's docstring)."""
    cfg = doc.cfg
    kept, (head_end, _) = doc.zones()
    if head_end >= len(kept):
        return
    story: list[tuple[Line, frozenset[str]]] | None = None
    i = head_end
    n = len(kept)
    while i < n:
        start = i
        strong = 0
        while i < n:
            is_item, marked = _item(kept[i])
            if not is_item:
                break
            strong += marked
            i += 1
        prev = kept[start - 1] if start > 0 else None
        if (
            i == start and prev is not None and start - 1 >= head_end and _label(prev)
            and listed_headline(_undecorated(kept[i].text)[0]) and pack_label(prev)
        ):
            # Under a pack's label the headlines need no decoration: "Leggi anche" over plain lines.
            while i < n and listed_headline(_undecorated(kept[i].text)[0]):
                i += 1
        if i == start:
            i += 1
            continue
        run = kept[start:i]
        # The paragraphs right above and under the run were removed: rules took the list's label and some of
        # its items and left these, so the kept line above is no label of theirs. A story's own list stands
        # under its subhead or its text; an ad slot or a caption removed on one side of it says nothing.
        orphaned = _between_removed(doc, run)
        label = not orphaned and prev is not None and start - 1 >= head_end and _label(prev)
        introduced = prev is not None and prev.text.endswith((":", "："))
        aged = any(_aged(_undecorated(line.text)[0]) for line in run)
        if introduced and not aged:
            continue
        packed = label and prev is not None and pack_label(prev)
        if not strong and not aged and not packed and not orphaned:
            # Plain bullets are a story's list too ("What to know" over "- Polls open at 7 a.m."): only a pack's
            # label above them says they are other stories' headlines.
            continue
        if not aged and not packed:
            # (Under a pack's label the lines are its teasers, as ``generic.teasers`` takes one.)
            if story is None:
                story = [(line, frozenset(content_tokens(line.text))) for line in kept if is_body(line, cfg)]
            # The story is every body line but the run's own: an item closed as a sentence ("… shrink…") is one.
            if own_items(run, set().union(*(tokens for line, tokens in story if not any(line is r for r in run)))):
                continue
        block = [prev, *run] if label and prev is not None else run
        doc.remove_block(block, RELATED_RUN.name)


_TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]{1,40}[)）]$")


def _kicker(text: str) -> bool:
    m = _KICKER.fullmatch(text)
    if m is None:
        return False
    kicker = text[:m.start("rest")]
    # Capitals, not a caseless script's words ("ارتفاع أسعار النفط - ..."), nor a quotation's opening.
    rest = m["rest"]
    if len(rest.split()) < _KICKER_MIN_WORDS:
        return False  # a name and its gloss ("PEPA – Universitätsklinikum Heidelberg (UKHD)")
    # The headline opens with a letter and is no telex copy in capitals: a wire table's legend ("NC - NO
    # COMPARISON") and rows ("OATS - 871,000 bushels ...") are neither.
    # A sentence closed before a bracketed note is a dateline's story, not a headline ("WASHINGTON - The Treasury
    # said it will sell ... on April 13.(NRKV 2009)", a wire's news summary).
    return (
        any(c.isupper() for c in kicker) and rest[0].isalpha() and any(c.islower() for c in rest)
        and listed_headline(rest) and not quoted(kicker) and not is_sentence(_TRAILING_NOTE.sub("", rest))
    )


def kicker_lines(doc: Doc) -> None:
    """Kicker lines and decorated teasers after the lead (see the module's docstring)."""
    kept, (head_end, _) = doc.zones()
    for line in kept[head_end:]:
        if line.words > _ITEM_MAX_WORDS + _KICKER_MIN_WORDS:
            continue
        memo = line.memo.get("shaped_kicker")
        if memo == line.text:
            continue
        line.memo["shaped_kicker"] = line.text
        text, _ = _undecorated(line.text)
        if (" | " in text or " - " in text or " – " in text or " — " in text) and _kicker(text):
            doc.remove(line, KICKER_LINE.name)
            continue
        if text is line.text:
            continue  # an undecorated teaser label is the packs' (``generic.teasers``)
        found = teaser_label(line.text, len(line.text) - len(text), TEASER[True, True])
        if found is None:
            continue
        rest = line.text[found[1]:]
        # Behind a delimited label ("Leggi anche:", "【関連記事】") the headline may be styled any way; after a
        # label set off by a space only, it must read as a headline ("- Mehr zum Thema Wahlrecht sagte ...").
        delimited = line.text[:found[1]].rstrip()[-1:] in _LABEL_DELIMITERS
        if not rest or (_teased(rest) if delimited else listed_headline(rest)):
            doc.remove(line, DECORATED_TEASER.name)


# Punctuation a page may set after a teased headline ("... inchangés.", "... città:", "... →").
_TEASED_END = " .:;!→»>›"
_LABEL_DELIMITERS = ":|：】]］"


def _teased(text: str) -> bool:
    """Whether ``text`` after a pack's teaser label is the one headline it teases: whatever its case and closing
    punctuation (a site's styling), one sentence at most and no longer than a listed headline."""
    bare = text.rstrip(_TEASED_END)
    return (
        bool(bare) and count_words(bare) <= _ITEM_MAX_WORDS and not is_sentence(bare) and ". " not in bare
        # No story sentence glued after the headline (``glued_items`` cuts the headline from it).
        and split_teaser(bare, _HEADLINE_MIN_WORDS) is None and script_change(bare, _HEADLINE_MIN_WORDS) is None
    )


# Brackets a page sets round a listed headline: the closing one for each opening one.
_BRACKET_PAIRS = {"[": "]", "＜": "＞", "〈": "〉", "《": "》", "【": "】", "［": "］"}
_BRACKETED_MAX_CHARS = 200
_QUOTES = "\"“”„«»‹›「」『』"
_SPLIT_DECORATION = re.compile(rf" (?=[{re.escape(_GLUED)}]\ufe0f? ?\S)")  # "... città ► VAI ALLO ..."


def _glued_item(text: str, min_words: int) -> int | None:
    """Where the story sentence starts in a paragraph opened by a listed headline glued to it (a character
    index), or None: a headline wholly in brackets ("[La BCE laisse ses taux inchangés] The agency ..."), or
    behind an arrow or a box, perhaps under a pack's teaser label (a wire's dateline in brackets, "【ロンドン時事】",
    is the ``prefix`` rules') ("→ Mehr zum Thema: <headline> He said ...",
    "» <headline> \"That's nice,\" he said"). Not a quotation's opening: German and French quotes open with
    guillemets, and a headline holds no quote marks."""
    bare, strong = _undecorated(text)
    pos = len(text) - len(bare)
    close = _BRACKET_PAIRS.get(text[pos:pos + 1])
    if close is not None:
        end = text.find(close, pos + 1, pos + _BRACKETED_MAX_CHARS)
        inner = text[pos + 1:end].strip()
        if end < 0 or not listed_headline(inner) or any(c in _QUOTES for c in inner) or names_agency(inner):
            return None
        rest = text[end + 1:].lstrip()
        first = rest[:1].lstrip(_QUOTES)[:1] or rest[:1]
        if count_words(rest) < min_words or not (first.isupper() or (first.isalpha() and not first.islower())):
            return None
        return len(text) - len(rest)
    if not strong:
        return None
    found = teaser_label(text, pos, TEASER[True, True])
    start = found[1] if found is not None else pos
    rest = text[start:]
    story = script_change(rest, min_words)
    if story is None:
        story = split_teaser(rest, min_words)
    if story is None or any(c in _QUOTES for c in text[pos:start + story].rstrip().rstrip(_QUOTES)):
        return None
    if found is None and not listed_headline(rest[:story].rstrip()):
        return None
    return start + story


def _run_on_item(text: str) -> bool:
    # One of several items run together: a kicker line, or a headline behind an arrow or a box.
    bare, strong = _undecorated(text)
    return _kicker(bare) or (strong and listed_headline(bare))


def glued_items(doc: Doc) -> None:
    """After the lead: a listed headline glued before a story paragraph's first sentence goes, the sentence
    stays (see ``_glued_item``); a paragraph of several kicker lines or decorated headlines run together
    ("VAI ALLO SPECIALE | <headline> ► VAI ALLO SPECIALE | <headline>") goes whole."""
    cfg = doc.cfg
    kept, (head_end, _) = doc.zones()
    for i, line in enumerate(kept):
        # A headline in brackets glued to a sentence is no head line's shape (a lead that opens without a
        # sentence's end leaves the head zone open): looked for in any zone; the rest after the lead only.
        head = i < head_end
        if line.memo.get("shaped_glued") == (line.text, head) or (head and line.text[0] not in _BRACKET_PAIRS):
            continue
        line.memo["shaped_glued"] = (line.text, head)
        text = line.text
        if line.words >= cfg.body_min_words and (text[0] in _BRACKET_PAIRS or _undecorated(text)[0] != text):
            at = _glued_item(text, cfg.body_min_words - 1)
            if at is not None:
                doc.strip(line, GLUED_ITEM.name, 0, at)
                doc.cut(line, at)
                continue
        if not head and line.words <= 2 * (_ITEM_MAX_WORDS + _KICKER_MIN_WORDS) and not line.sentence:
            pieces = _SPLIT_DECORATION.split(text)
            if len(pieces) > 1 and all(map(_run_on_item, pieces)):
                doc.remove(line, GLUED_ITEM.name)


# Decorations and arrows a page sets after a line ("CONTENIDO PATROCINADO >", "... ↓").
_TRAILING_CHARS = ">›»↓→▶►"
_TRAILING = re.compile(rf" ?[{_TRAILING_CHARS}]$")
# ... and a colon or an ellipsis a page adds to a line ("Article réservé aux abonnés…", "Skip Advertisement:"):
# no pack line ends so, and no sentence does.
_RESTYLE_ENDS = ":：…"
_RESTYLED_END = re.compile(rf"(?: ?[{_TRAILING_CHARS}]| ?[:：]|…|\.{{3}})+$")


def _variants(text: str) -> list[str]:
    """``text`` as a pack's line rule would know it: without a leading decoration or a trailing arrow, then also
    without a closing colon or ellipsis, each in sentence case when set in capitals or opening in lower case (a
    site's styling: "LOS COMENTARIOS ESTÁN CERRADOS.", "articolo riservato agli abbonati…"). A pack's line may
    end in its own ellipsis ("Cargando reproductor..."), so the form with it is tried first; telex copy in
    capitals closes its sentences with a colon before a list ("MAXIMUM PRICES ... INCLUDED:"), so a line in
    capitals keeps it."""
    bare = _TRAILING.sub("", _undecorated(text)[0])
    forms = [bare]
    if not bare.isupper() and (plain := _RESTYLED_END.sub("", bare).rstrip()) and plain != bare:
        forms.append(plain)
    out = []
    for form in forms:
        if form != text:
            out.append(form)
        if form[:1].islower() or (form.isupper() and " " in form):
            out.append(form[0] + form[1:].lower() if form.isupper() else form[0].upper() + form[1:])
    return out


def restyled_lines(doc: Doc) -> None:
    """A line a pack's line rule matches once its decoration or its case styling is undone."""
    for _, line, zone in zoned(doc):
        if line.words > _ITEM_MAX_WORDS or line.memo.get("shaped_restyled") == (line.text, zone):
            continue
        line.memo["shaped_restyled"] = (line.text, zone)
        first, last = line.text[0], line.text[-1]
        if (
            first.isalnum() and not first.islower() and not line.text.isupper()
            and last not in _TRAILING_CHARS and last not in _RESTYLE_ENDS
        ):
            continue  # no decoration, no trailing arrow, no styled case: the packs' own pass saw it as it is
        for variant in _variants(line.text):
            found = LINE[zone].first(variant, 0, "fullmatch")
            if found is not None:
                doc.remove(line, found[0].name)
                break


# A line of hashtags only: "#Politica #Cronaca", "— #Mundo #Sociedade", "#Trade #Technology…".
_HASHTAGS = re.compile(r"#[^\W\d_][\w-]{0,40}(?: #[^\W\d_][\w-]{0,40}){1,9}(?:…|\.{3})?")
_DATE_TIME_MAX_WORDS = 10


def stamped_lines(doc: Doc) -> None:
    """Lines of hashtags, date-and-time stamps and relative ages after the lead (``stamps``). Above it a stamp may
    share its line with the byline, which ``head`` reads."""
    kept, (head_end, _) = doc.zones()
    entries = [(line, sep) for i, line in enumerate(kept[head_end:-1], head_end)
               if (sep := _live_clock(kept, i, doc.cfg)) is not None]
    if _live_page([sep for _, sep in entries]):
        for line, _ in entries:
            doc.remove(line, DATE_TIME_LINE.name)
    for line in kept[head_end:]:
        if not line.kept or line.words > STAMP_LINE_MAX_WORDS or line.memo.get("shaped_stamp") == line.text:
            continue
        line.memo["shaped_stamp"] = line.text
        if line.words > _DATE_TIME_MAX_WORDS:
            # A published and an updated stamp on one line run longer than one stamp; most lines this long are
            # the story's, so the verb opening the line is looked for first, before any figure or decoration.
            decorated = not line.text[:1].isalnum()
            if stamp_line(line.text) or (decorated and stamp_line(_undecorated(line.text)[0])):
                doc.remove(line, STAMP_LINE.name)
            continue
        if "#" not in line.text and not any(c.isdigit() for c in line.text):
            continue  # neither a hashtag nor a time, a date or an age
        text = _stamp_text(line.text)
        if _HASHTAGS.fullmatch(text):
            doc.remove(line, HASHTAG_LINE.name)
        elif date_time(text) or clock_stamp(text):
            doc.remove(line, DATE_TIME_LINE.name)
        elif stamped_author(text):
            doc.remove(line, LIVE_ENTRY_HEAD.name)
        elif stamp_line(text):
            doc.remove(line, STAMP_LINE.name)
        elif age_stamp(text):
            doc.remove(line, AGE_LINE.name)
    _live_entry_heads(doc)


# What may follow a live entry's clock on its line or head its paragraph: a label of a few words ("7h16 À
# retenir", "Key event"), not a sentence and no figure.
_ENTRY_LABEL_MAX_WORDS = 3
# A live entry's head: its clock, perhaps after a label ("UPDATE 6:10 p.m.") and between a ticker's marks ("+++
# 8:32 Bayern dreht Spiel in der Nachspielzeit +++"), then nothing, a label, or the entry's own headline run on
# ("10:16'Blog' picked as word of the year"): no sentence.
_ENTRY_MARKS = " +*■▪•|"
_ENTRY_HEAD = re.compile(
    r"(?P<label>(?i:update[ds]?|live|breaking|eilmeldung|aktualisiert)[:.]? )?"
    r"(?:[01]?\d|2[0-3])(?P<sep>[:.h])[0-5]\d(?P<m> ?(?i:[ap]\.? ?m\.?)| Uhr)?(?: ?(?P<rest>\S.*))?"
)
_ENTRY_HEADLINE_MAX_WORDS = 12
# What ``_entry_head`` says of a head: a bare clock with a dot, a clock with words, a clock between a ticker's marks.
_DECIMAL, _HEADED, _TICKER = ".", "+", "+++"


def _live_page(heads: list[str]) -> bool:
    """Whether entry heads of these kinds (``_entry_head``) make a live blog: bare clocks with a dot ("10.03", a
    decimal figure as often) need three; clocks under a label or over a headline two; a bare clock that is no
    decimal figure ("6h41", "14:05") is one alone, and so is a clock between a ticker's marks ("+++ 11:29 Unwetter
    sorgt für Chaos +++"): the marks are a live ticker's, never a story's."""
    if len(heads) >= LIVE_MIN_ENTRIES:
        return True
    if _DECIMAL in heads:
        return False
    return len(heads) >= LIVE_MIN_TIME_ENTRIES or any(head != _HEADED for head in heads)


def _live_clock(kept: list[Line], i: int, cfg: CleanConfig) -> str | None:
    """How ``kept[i]`` opens a live blog's entry on a clock (``_entry_head``), over a story paragraph, or over a
    label over one ("2h40" / "À retenir" / the entry; ``_live_entry_heads`` takes the label once the clocks are
    gone); None when it does not."""
    sep = _entry_head(kept[i].text)
    if sep is None:
        return None
    after = kept[i + 1]
    if is_body(after, cfg) or (
        i + 2 < len(kept) and not after.sentence and _entry_label(after.text) and is_body(kept[i + 2], cfg)
    ):
        return sep
    return None


def _entry_head(text: str) -> str | None:
    """How ``text`` heads a live entry on a clock, or None: ``_DECIMAL`` for a clock with a dot ("10.03"),
    ``_HEADED`` for another with a label, a meridiem or a headline ("UPDATE 6:10 p.m."), ``_TICKER`` for a clock and
    a headline between a ticker's marks ("+++ 8:32 Bayern dreht Spiel +++"), the clock's separator (":", "h") for a
    clock alone that is no decimal figure ("14:05", "6h41")."""
    if not any(c.isdigit() for c in text[:12]):
        return None  # most lines: the clock stands in the first characters
    m = _ENTRY_HEAD.fullmatch(text.strip(_ENTRY_MARKS))
    if m is None:
        return None
    rest = m["rest"]
    if rest is None:
        return _HEADED if m["m"] or m["label"] else m["sep"]
    if _entry_label(rest) or (
        (rest[0].isupper() or rest[0] in "'\"‘“«") and len(rest.split()) <= _ENTRY_HEADLINE_MAX_WORDS
        and not is_sentence(rest)
    ):
        if text.startswith(_TICKER) and text.endswith(_TICKER):
            return _TICKER
        return _HEADED if m["sep"] != "." else _DECIMAL
    return None


def _labelled_clock(text: str) -> bool:
    """A bare clock alone or before an entry's label (``_entry_label``): "6h41", "7h16 À retenir"."""
    clock, _, label = text.partition(" ")
    return bare_clock(clock) and (not label or _entry_label(label))


def _entry_label(text: str) -> bool:
    return (len(text.split()) <= _ENTRY_LABEL_MAX_WORDS and text[:1].isupper()
            and not any(c.isdigit() for c in text) and not is_sentence(text))


# A live entry's stamp and author on one line: "11.35pm GMT · Siobhan Keane", "9:06 a.m. ET | Jane Doe".
_ENTRY_SEPARATOR = re.compile(r" [·|•–—-] ")


def stamped_author(text: str) -> bool:
    """Whether ``text`` is a clock or a date and time, a separator and a name alone (``bare_names``)."""
    m = _ENTRY_SEPARATOR.search(text)
    if m is None:
        return False
    stamp, name = text[:m.start()], text[m.end():]
    return bool(clock_stamp(stamp) or date_time(stamp) or bare_clock(stamp)) and bare_names(name) is not None


_ENTRY_HEAD_MAX_LINES = 2
_LIVE_NAV = "live_blog_nav"  # the rule that takes a live page's controls and marks ("Pinned", "9 new updates")
# An entry's paragraph may not read as the story's yet (a teaser run into its end): its length says it is one.
_ENTRY_MIN_WORDS = 12


def _stamp_text(text: str) -> str:
    return _TRAILING.sub("", _undecorated(text)[0])


def _entry_stamp(line: Line) -> bool:
    # Every stamp holds a figure and is short: the regexes run only on such removed lines, each round.
    if line.words > _DATE_TIME_MAX_WORDS or not any(c.isdigit() for c in line.text):
        return False
    text = _stamp_text(line.text)
    return _labelled_clock(text) or clock_stamp(text) or date_time(text)


def _live_entry_heads(doc: Doc) -> None:
    """The labels and the author heading a live blog's entries under their stamps ("5:14 p.m. ET" / "Updated" /
    "Owen Pritchard") or their pinned marks ("Pinned" / "Naomi Ferreira"), where two or more removed stamps or
    marks stand between the paragraphs (a head holds at most one stamp, and not a clock alone). A label is a
    word or two; an author is a name alone (``bare_names``); the entry's paragraph must follow. An entry's own
    headline runs longer and stays."""
    lines = [line for line in doc.lines if line.text]
    # A live page's pinned or updated mark over an entry stands where its stamp would ("Pinned" / "Naomi
    # Ferreira"); it makes the page a live one as a second stamp does.
    marked = {idx for idx, _, removal in doc.removals if removal.rule == _LIVE_NAV}
    stamps = [i for i, line in enumerate(lines) if not line.kept and (line.idx in marked or _entry_stamp(line))]
    if len(stamps) < 2:
        return
    for i in stamps:
        heads = []
        for line in lines[i + 1:i + 1 + _ENTRY_HEAD_MAX_LINES]:
            text = line.text
            if (not line.kept or line.sentence or line.words > 3 or not text[:1].isupper()
                    or any(c.isdigit() for c in text) or (line.words > 2 and bare_names(text) is None)):
                break
            heads.append(line)
        after = lines[i + 1 + len(heads)] if i + 1 + len(heads) < len(lines) else None
        if heads and after is not None and after.kept and (after.words >= _ENTRY_MIN_WORDS or is_body(after, doc.cfg)):
            for line in heads:
                doc.remove(line, LIVE_ENTRY_HEAD.name)
