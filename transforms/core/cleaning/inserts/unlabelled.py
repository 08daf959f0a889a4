"""Another story's headline glued into a story paragraph with no label over it, or under a label no pack lists
(``unlabelled_teasers``): before the paragraph's first sentence ("Festival organisers cancel final night over
weather "For most of the 90s battery life was stuck ..."), between two of its sentences, or after its last ("...
analysts said. Local bakery wins national sourdough prize").

Told by shape and by words, in scripts with capitals: a headline's length (4-14 words) with no sentence end, no
quotation and no closing function word; a sentence opening after it (a sentence's first word and a word in
lower case, or a quotation closing on its punctuation: speech); and none of its content words (one of four or
more) anywhere else in the story or in the headline. A story sentence's own opening words meet the story's
words, open on a pronoun, an article or a conjunction, or run into a name ("... group USA For Africa") or a
scare-quoted term. Under a label of a few words and a colon ("Recommended: <headline>") any capitalised word
and one in lower case open the story's sentence after the headline."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Callable

from wirewash.transforms.core.cleaning.cues import STARTERS, content_tokens, held_tokens, reader_addressed
from wirewash.transforms.core.cleaning.generic import glued_tail
from wirewash.transforms.core.cleaning.inserts.shapes import INSERTED_FURNITURE, INSERTED_TEASER, teaser_words
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import SENTENCE_ENDS, Doc, Line, is_body

UNLABELLED_TEASER = Rule(
    "unlabelled_teaser", 1, "structural",
    "Insurer sets aside more cash for flood claims The company said on Monday ... (another story's headline "
    "glued to a paragraph's start)",
    keep="More than 40 stars sang as group USA For Africa, including Lionel Richie and Diana Ross.",
)

_TEASING = frozenset((INSERTED_TEASER.name, INSERTED_FURNITURE.name, UNLABELLED_TEASER.name))
_MIN_WORDS, _MAX_WORDS = 4, 14
# Letters and digits (``[^\W_]`` is ``str.isalnum``) and the marks a headline holds.
_HEADLINE_CHARS = re.compile(r"(?:[^\W_]|[ ,:'’\-–—%$€£&/])*")
# A teaser's label: one to three words and a colon or a bar ("Don't miss:", "Further reading:", "MORE |"), or two
# or three in capitals before a capitalised word in running case ("MUST READ Teenager ...").
# Possessive: each word's class excludes what must follow it (a space, the delimiter), and a third word in
# capitals cannot be the running-case word after two, so giving characters or words back never finds a match;
# the engine's backtracking through three words at every sentence of a paragraph cost three times the match.
_LABEL = re.compile(
    r"[^\W\d_][^\s:：|]*+(?: [^\s:：|]++){0,2}+ ?[:：|] "
    r"|[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,}+(?: [A-ZÀ-ÖØ-ÞА-ЯЁ]{2,}+){1,2}+ (?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё])"
)
# A desk's or an editor's note on the story: a label of its own kind, never a teaser's.
_NOTE = re.compile(r"(?i:notes?|nota|anmerkung|remarque|n\.b\.|примечание)\b")
_MAX_CHARS = 160  # where a sentence may open after a headline: 14 words
_MIN_TOKENS = 2  # content words a headline needs before its not meeting the story's means anything
_CHANCE_MIN_TOKENS = 4
# The story sentence after it has four words or more, as ``str.split`` cuts them (``\s`` is ``str.isspace``): its
# first two words are read from the match, not from a split of the paragraph's rest.
_REST_WORDS = re.compile(r"\s*(\S+)\s+(\S+)(?:\s+\S+){2}")
_OPENERS = "\"“«„"
_NOT_IN_HEADLINE = frozenset(SENTENCE_ENDS) | frozenset(_OPENERS) | frozenset("”»")
_CLOSERS = re.compile(r"[\"”»]")
# Where a sentence may start inside a paragraph's first sentence: a capital or an opening quotation mark after
# a space (Latin, Greek, Cyrillic).
_START_CHARS = "A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ\"“«„"
_START = re.compile(rf"(?<= )(?=[{_START_CHARS}])")


def _by_first_letter(words: frozenset[str]) -> str:
    """An alternation of ``words`` (longest first, as a plain alternation would try them) grouped by their
    first character: the engine compares a capital with each group's letter once, not with each word."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# The starts where an unlabelled headline may end, after their space: an opening quotation mark or a whole word
# of ``STARTERS`` (what ``_sentence_opens`` asks first). One scan of the paragraph finds them for all its
# sentences; testing every capital's word in Python cost twice a scan per sentence. The space is matched, not
# looked behind for, so that the engine skips from space to space.
_OPENING = re.compile(rf" (?=[{_START_CHARS}])(?:[{_OPENERS}]|(?:{_by_first_letter(STARTERS)})(?!\S))")
# A headline never ends on these, a sentence's clause cut short does: articles, prepositions, conjunctions,
# auxiliaries and reporting verbs per language of the packs with capitals.
_OPEN_ENDS = frozenset(
    "a an the of in on at to for and or but with by from as that than into over under about after before is was"
    " are were be been has have had its his her their this these those whether which who new said says told"
    " le la les des du de et à au aux en un une sur pour par dans que qui est a été"
    " der die das den dem des und zu im in mit von für auf ein eine ist wurde hat sagte"
    " el los las y del al por con para en un una que es fue ha dijo"
    " o os do da dos das e em no na com um uma que é foi disse"
    " il lo gli di e con per in un una che è ha detto"
    " и в во на с со по к из за от для что как это был была сказал".split()
)
# Articles of two letters or more: "A" and "O" close names as often ("Serie A appearances").
_ARTICLES = frozenset("The An El La Los Las Le Les Der Die Das Il Lo Gli Os Un Una Ein Eine".split())
_REPORTED = re.compile(r"(?i:\b(?:said|told|added|announced|dijo|disse|sagte|a déclaré|ha detto|сказал\w*)\b)")
_REPORTING = re.compile(
    r"(?i:\b(?:said|says|told|added|saying|called|named|dubbed|dit|déclaré|sagte|sagt|dijo|afirmó|disse|afirmou"
    r"|ha detto|сказал\w*)\b)"
)
# Words that open a story sentence, not a headline: pronouns, titles and quantifiers.
_SENTENCE_OPENERS = frozenset(
    "I He She It We They You His Her Its Their Our My Your Mr Mrs Ms Dr If When While More Most Some Many Other"
    " Under With Without Amid Among During From To By Against Through Of Into Following According Between"
    " Il Elle Ils Nous On Er Sie Wir Es Él Ella Ellos Ele Ela Eles Lui Lei Loro Он Она Они Мы".split()
)


def _headline(text: str) -> bool:
    words = text.split()
    return (
        _MIN_WORDS <= len(words) <= _MAX_WORDS
        and text[0].isupper()
        and _NOT_IN_HEADLINE.isdisjoint(text)
        and text[-1] not in ":,;-–—'’"
        and _HEADLINE_CHARS.fullmatch(text) is not None  # no emoji, arrow or bracket
        and not reader_addressed(text)
        and _REPORTED.search(text) is None  # a headline reports in the present: "Thai official says ..."
        and words[-1].casefold().strip("'’") not in _OPEN_ENDS
        and words[0] not in STARTERS and words[0] not in _SENTENCE_OPENERS
        and 3 * sum(any(c.isdigit() for c in w) for w in words) < len(words)  # a results row: "Net 4.1 mln"
    )


def _sentence_opens(piece: str, text: str, j: int, words: tuple[str, str]) -> bool:
    """Whether ``text[j:]`` opens a sentence after ``piece``: a quotation closing on its punctuation ('"For most
    of the 90s ... hours."'), or a sentence's first word and a word in lower case ("The company said", not "The
    Aviator", a title in a sentence). ``words``: the first two words from ``j``. Not a first person, which goes
    on a quoted speaker's words, nor a noun in capitals after a name in capitals ("... of Thames Valley Police
    said")."""
    if text[j] in _OPENERS:
        # After a reporting verb the quotation is the speaker's: "... said the results were strong "both ..."."
        close = _CLOSERS.search(text, j + 1)
        # After a word in -ing the quotation is a banner's or a sign's: "Under a banner reading "...," the ...".
        return (
            close is not None and text[close.start() - 1] in ".,!?…" and not _REPORTING.search(piece)
            and not piece.endswith("ing")
        )
    if words[0] not in STARTERS or words[0] == "I":
        return False
    return not words[1][:1].isupper() and (words[0] in _ARTICLES or not piece.split()[-1][:1].isupper())


class _Story:
    """The content words of the story's kept lines and of its title, counted per line, so that a line's words
    can be asked of all the others."""

    def __init__(self, lines: list[Line], title: str | None) -> None:
        # One line (a text with no line breaks) has no other line to meet: its words, which every one of its
        # headlines' words would subtract again from their count, are not read.
        self.tokens = {id(line): content_tokens(line.text) for line in lines} if len(lines) > 1 else {}
        self.counts = Counter(t for tokens in self.tokens.values() for t in tokens)
        self.title = content_tokens(title) if title else set()

    def foreign(self, line: Line, piece: str, rest: str) -> bool:
        """Whether ``piece`` of ``line`` (one of the story's lines) has content words enough and none that the
        other lines, the title or ``rest`` (the line without the piece) hold."""
        tokens = content_tokens(piece)
        if len(tokens) < _MIN_TOKENS:
            return False
        own = self.tokens.get(id(line), set())
        # The rest of the line (most of a one-line text) is asked only for the words the other lines and the
        # title do not hold, not read whole for each headline tried.
        unmet = {t for t in tokens if not (self.counts[t] - (t in own) > 0 or t in self.title)}
        shared = len(tokens) - len(unmet) + len(held_tokens(unmet, rest))
        # A headline of four content words or more may meet the story on one by chance ("national").
        return shared <= (len(tokens) >= _CHANCE_MIN_TOKENS)


def _glued_start(
    text: str, at: int, end: int, opening: list[int], delimited: bool, story: Callable[[], _Story], line: Line
) -> int | None:
    """End of a headline glued before the sentence that starts at ``at`` in ``text`` and ends at ``end`` (its
    sentence break's start, or the text's length), or None. ``opening``: where ``_OPENING`` finds a word in
    ``text``, in order; ``delimited``: whether ``text`` holds a label's colon or bar."""
    limit = at + _MAX_CHARS if at + _MAX_CHARS < end else end
    # A label that matches no part of the text from ``at`` on matches none of its pieces either; without one,
    # only a quotation or a sentence opener can start the story's sentence after the headline. A label holds a
    # colon or a bar, or opens on two capitals: most sentences have neither, and the engine is not asked.
    labelled = (delimited or text[at + 1:at + 2].isupper()) and _LABEL.match(text, at) is not None
    if labelled:
        starts = [s.start() for s in _START.finditer(text, at, limit)]
    elif not text[at].isupper():
        return None  # an unlabelled headline opens on a capital (``_headline``), not on a quotation or a figure
    else:
        # Past the sentence's first word (no headline before it), within a headline's reach: four sentences in
        # five have no opener there.
        first = bisect.bisect_right(opening, at)
        if first == len(opening) or opening[first] >= limit:
            return None
        starts = opening[first:bisect.bisect_left(opening, limit, first)]
    # The last place a sentence can open wins: a headline may name a place or a person in capitals.
    for j in reversed(starts):
        piece = text[at:j].rstrip()
        # A label of a few words and a colon over the headline ("Recommended: <headline>") says what it is: a
        # capitalised word and one in lower case open the story's sentence after it ("Steps being ...").
        label = _LABEL.match(piece) if labelled else None
        if label is not None and _NOTE.match(piece):
            return None  # the desk's note on the story itself ("NOTE: Share adjusted for ..."), no teaser
        head = piece[label.end():] if label else piece
        # The cheap tests of the sentence after it first: most capitals open no sentence after a headline. The
        # paragraph's rest from ``j`` is read in place: copying it for each capital was quadratic in a long one.
        rest = _REST_WORDS.match(text, j) if head else None
        if rest is None:
            continue
        words = rest.group(1, 2)
        if (
            (_sentence_opens(piece, text, j, words) or (label is not None and _capital_opens(head, words)))
            and _headline(head) and story().foreign(line, head, text[:at] + text[j:])
        ):
            return j
    return None


def _capital_opens(head: str, words: tuple[str, str]) -> bool:
    # Not a name run on from the headline's last word ("... on glacier Allied Domecq shares"), nor a date's
    # month after its day ("... on Saturday 12 February at 2005 GMT") or before its year ("October 1986").
    # ``words``: the first two of the rest.
    last = head.split()[-1]
    return (
        words[0][:1].isupper() and words[1][:1].islower() and not last[:1].isupper()
        and not last.isdigit() and words[0] != "I"
    )


def _label(line: Line) -> str | None:
    m = _LABEL.match(line.text)
    return m.group().strip(" :：|").casefold() if m else None


def _labels(doc: Doc) -> set[str]:
    """The labels over lines of their own, kept or taken as another story's: over the lines ``inserts`` took
    too, so that a later round does not find one label left where a pass took another."""
    taken = {idx for idx, _, r in doc.removals if r.rule in _TEASING}
    return {
        label for x in doc.lines
        if (x.kept or x.idx in taken) and not x.sentence and (label := _label(x)) is not None
    }


def _labelled_alone(line: Line, story: Callable[[], _Story], labels: Callable[[], set[str]]) -> bool:
    """A line of its own between two story paragraphs: a label of any wording and another story's headline
    ("MUST READ Teenager rescued after three nights on glacier"); a subhead has no label, and a run-in one
    meets the story's words. Lines under different labels are the story's run-in subheads ("The Build Stage:
    ...", "The Grow Stage: ..."), unless the label is a teaser's by its words or capitals."""
    label = _LABEL.match(line.text)
    return (
        label is not None and not _NOTE.match(line.text) and _headline(head := line.text[label.end():])
        and (teaser_words(label.group().strip(" :：|")) or len(labels()) == 1)
        and story().foreign(line, head, "")
    )


def unlabelled_teasers(doc: Doc) -> None:
    """Cut another story's headline glued into a story paragraph with no label (see the module docstring)."""
    kept = doc.kept()
    # Built when a line is first asked about, and again after a cut changes the story's words.
    built: list[_Story] = []

    def story() -> _Story:
        if not built:
            built.append(_Story(kept, doc.title))
        return built[0]

    # Read the first time a line of its own asks (a few articles in a hundred): a cache built per call cost
    # more than that.
    read: list[set[str]] = []

    def labels() -> set[str]:
        if not read:
            read.append(_labels(doc))
        return read[0]

    for i, line in enumerate(kept):
        key = (line.text, doc.version)
        if line.memo.get("unlabelled") == key:
            continue
        line.memo["unlabelled"] = key
        text = line.text
        if not (is_body(line, doc.cfg) or line.breaks()):
            if (
                0 < i < len(kept) - 1 and is_body(kept[i - 1], doc.cfg) and is_body(kept[i + 1], doc.cfg)
                and _labelled_alone(line, story, labels)
            ):
                doc.remove(line, UNLABELLED_TEASER.name)
                built.clear()
            continue
        # Each sentence from the paragraph's start or a break followed by a space, to the next break's start.
        breaks = line.breaks()
        ends = [b.start() for b in breaks] + [len(text)]
        opening = [m.start() + 1 for m in _OPENING.finditer(text)]
        delimited = ":" in text or "|" in text or "：" in text  # once a paragraph, not once a sentence
        cut = None
        for k, at in enumerate([0] + [b.end() for b in breaks]):
            if (at == 0 or (at < len(text) and breaks[k - 1][0][-1] == " ")) and (
                j := _glued_start(text, at, ends[k], opening, delimited, story, line)
            ) is not None:
                cut = (at, j)
                break
        # A paragraph whose sentence goes on in the next one ("... Former world number one" over "powered her
        # way ...") has no headline at its end.
        nxt = kept[i + 1].text if i + 1 < len(kept) else ""
        if cut is None and not nxt[:1].islower() and (at := glued_tail(line, _MAX_CHARS)) is not None:
            piece = text[at:].strip()
            if _headline(piece) and story().foreign(line, piece, text[:at]):
                cut = (at, len(text))
        if cut is None:
            continue
        a, b = cut
        doc.strip(line, UNLABELLED_TEASER.name, a, b)
        if a == 0:
            doc.cut(line, b)
        elif b == len(text):
            doc.cut_tail(line, a)
        else:
            doc.cut_between(line, a, b)
        built.clear()  # the words changed
