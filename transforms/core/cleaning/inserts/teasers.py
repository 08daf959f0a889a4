"""Teaser labels and headlines glued into a story paragraph (``glued_teasers``)."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.cues import (
    RUN_IN_END,
    STARTERS,
    credited,
    has_inner_end,
    quoted,
)
from wirewash.transforms.core.cleaning.generic import (
    ScriptChanges, split_teaser, teaser_label,
)
from wirewash.transforms.core.cleaning.matcher import TEASER
from wirewash.transforms.core.cleaning.inserts.shapes import (
    CAPS_LABEL, GLUED_HEADLINE_MAX_WORDS, GLUED_TAIL_MAX_CHARS, INSERTED_TEASER, SHORT_LABEL,
)
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.cleaning.structure import Doc, is_headline, is_sentence


def glued_teasers(doc: Doc) -> None:
    """A short label with a colon and a headline glued into a story paragraph, at its start, after one of its
    sentences, or at its end: cut out where the story's next sentence starts (``_story_start``), or to the end
    when nothing but the headline follows; a label whose headline end is not found stays."""
    cfg = doc.cfg
    kept = doc.kept()
    for i, line in enumerate(kept):
        if line.memo.get("glued_teasers") == line.text:
            continue
        line.memo["glued_teasers"] = line.text
        if line.sentence and ":" not in line.text and "：" not in line.text:
            continue  # no label with a colon, and no headline glued at the end (see _glued_teaser)
        found = _glued_teaser(line.text, cfg, line.breaks())
        if found is None:
            continue
        a, b = found
        if b == len(line.text) and line.text.rstrip().endswith((":", "：")):
            # The label alone ends the paragraph: its headline is the next line, when the story resumes after.
            nxt, after = kept[i + 1: i + 2], kept[i + 2: i + 3]
            if nxt and after and is_headline(nxt[0], cfg) and after[0].words >= cfg.body_min_words:
                doc.remove(nxt[0], INSERTED_TEASER.name)
        doc.strip(line, INSERTED_TEASER.name, a, b)
        if a == 0:
            doc.cut(line, b)
        elif b == len(line.text):
            doc.cut_tail(line, a)
        else:
            doc.cut_between(line, a, b)


def _glued_teaser(text: str, cfg: CleanConfig, breaks: list[re.Match[str]]) -> tuple[int, int] | None:
    """(start, end) of the first glued label and headline in ``text``, or None; ``breaks``: SENTENCE_BREAK's
    matches in ``text`` (``Line.breaks``)."""
    # After a sentence's end and its space: "1.1 mln" holds no break. A label without a colon is looked for
    # only in a paragraph that ends in no sentence, after its last sentence ("... basis. ALSO READ |
    # <headline>"), within the length of a label and a headline: at the paragraph's start the ``teasers``
    # pass has looked, and a label with a colon is what a glued teaser mid-paragraph shows.
    loose: set[int] = set()
    if ":" in text or "：" in text:
        starts = [0] + [m.end() for m in breaks if m.end() < len(text) and m[0][-1] == " "] + [
            m.end() for m in RUN_IN_END.finditer(text)
        ]
        # A label in capitals is set off from the text before it whatever ends that text ("... Commission
        # (FCC) MÁS INFORMACIÓN: <headline>"); story text names no capitals before a colon but a quote's source.
        # Within a label and a headline of the end, and not in telex copy all in capitals ("SAO PAULO STATE:
        # ..."), where the text before has no lower case.
        window = max(0, len(text) - GLUED_TAIL_MAX_CHARS)
        lower = next((i for i, c in enumerate(text) if c.islower()), len(text))
        caps = (m.start(1) for m in CAPS_LABEL.finditer(text, window) if m.start(1) > lower)
        starts = sorted({*starts, *caps})
        # Past a short line's other words, only a pack's label counts (see _after_short_line).
        loose = set(_after_short_line(text, cfg)).difference(starts)
        starts = sorted({*starts, *loose})
    elif is_sentence(text):
        return None
    else:
        # A break starts at each sentence-ending character, whatever comes before it: the breaks a search from
        # the window's start would find.
        window = len(text) - GLUED_TAIL_MAX_CHARS
        tail = [m.end() for m in breaks if m.start() >= window and m.end() < len(text) and m[0][-1] == " "]
        tail += [m.end() for m in RUN_IN_END.finditer(text, max(0, window))]
        starts = sorted(tail)[-1:]
    quotation = _Quotation(text)
    changes: ScriptChanges | None = None  # built for the first label that has a rest to read
    for at in starts:
        label_end = _label_end(text, at)
        if label_end is None:
            continue
        # Inside a quotation a label with a colon is speech ("The natural solution: direct elections soon.");
        # a pack's teaser label there is trusted only where it and a headline close the paragraph: BBC copy
        # leaves a quotation open when it goes on in the next paragraph, so the count of marks misleads.
        inside = quotation.inside(at)
        if (inside or at in loose) and teaser_label(text, at, TEASER[True, True]) is None:
            continue
        if label_end == len(text) and at > 0 and text[at:label_end].isupper():
            return at, len(text)  # "... several attempts. READ MORE:": a label run into the end, its headline below
        # The rest after the label is read only as far as needed, not copied: this runs after every sentence.
        ends_sentence = label_end == len(text) or text[-1] in ".!?。"
        if not ends_sentence and _at_most_words(text, label_end, cfg.headline_max_words):
            rest = text[label_end:]
            if not has_inner_end(rest):
                if at > 0 and count_words(rest) >= cfg.headline_min_words:
                    if credited(text[at:]):
                        # "The site of the plant. Image: Jane Doe/Getty Images": a caption's credit, not a
                        # teaser; the caption goes whole or stays whole (``captions``, ``inserts``).
                        return None
                    return at, len(text)  # "... retribution. Related: <headline>": the tail of the paragraph
                continue
        if inside:
            continue
        if changes is None:
            changes = ScriptChanges(text, cfg.body_min_words - 1)
        story = _story_start(text, label_end, cfg.body_min_words - 1, changes.after(label_end))
        if story is None:
            continue
        head = text[label_end:label_end + story]
        headline = head.split()
        if (
            cfg.headline_min_words <= len(headline) <= GLUED_HEADLINE_MAX_WORDS
            and headline[-1][-1:] not in ".!?:;,"
            and not quoted(head)
            # "DEAR ABBY: My husband and | I were ...": a headline does not end on "and", "of", "a"
            and not (headline[-1].islower() and len(headline[-1]) <= 3)
        ):
            return at, label_end + story
    return None


_SPACE = re.compile(r"\s")


def _after_short_line(text: str, cfg: CleanConfig) -> list[int]:
    """The word starts of ``text`` when it is a short line that ends no sentence: where a pack's teaser label
    may follow a subhead or a list item it was run into ("Pre-Workout Meal По теме: <headline>", "Little
    Britain (BBC Three) WATCH: <headline>"). Only a pack's label counts there (``_glued_teaser``): a short
    label of any words is as often the line's own ("Tested by: ... RRP: ...")."""
    most = cfg.headline_max_words + GLUED_HEADLINE_MAX_WORDS
    if is_sentence(text) or count_words(text, most) > most:
        return []
    if SHORT_LABEL.match(text):
        return []  # a line its own short label opens ("Play video: <headline>"): ``inserted_furniture`` judges it whole
    # After the line's first word: a bullet or a decoration before a label is the item's own ("■ 直播：...").
    first = next((i for i, c in enumerate(text) if c.isalnum()), len(text))
    return [m.end() for m in _SPACE.finditer(text, first)]


# Characters of the rest read at first to tell whether it has more words than a headline.
_WORDS_WINDOW = 256


def _at_most_words(text: str, start: int, words: int) -> bool:
    """Whether ``text[start:]`` has at most ``words`` words, split only as far as that needs."""
    window = text[start:start + _WORDS_WINDOW]
    if start + len(window) < len(text) and len(window.split(None, words + 1)) <= words + 1:
        window = text[start:]  # a window of long words tells nothing: all of them
    return len(window.split(None, words)) <= words


class _Quotation:
    """Whether a position of ``text`` falls inside a quotation opened before it: a speaker's "The natural
    solution: direct elections soon." (a Reuters quote) is speech, not a label and a headline glued into the
    paragraph. Asked at rising positions, it counts the marks from the last one on: one pass over a paragraph
    however many of its sentences are tried (counting from the start each time: quadratic in a long one)."""

    _MARKS = '"„“”«»「」'

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.counts = dict.fromkeys(self._MARKS, 0)

    def inside(self, at: int) -> bool:
        part = self.text[self.at:at]
        self.at = at
        counts = self.counts
        for mark in self._MARKS:
            counts[mark] += part.count(mark)
        # German opens with „ and closes with “, which opens an English quotation.
        curly = counts["„"] > counts["“"] if counts["„"] else counts["“"] > counts["”"]
        return counts['"'] % 2 == 1 or curly or counts["«"] > counts["»"] or counts["「"] > counts["」"]


def _label_end(text: str, at: int) -> int | None:
    """Where a teaser label at ``at`` ends (past its delimiter and space): a pack's label ("ALSO READ |",
    "【あわせて読む】"), or a short label with a colon ("Listen: ") outside a quotation."""
    found = teaser_label(text, at, TEASER[True, True])
    if found is not None:
        return found[1]
    if not text[at].isalpha():
        return None
    m = SHORT_LABEL.match(text, at)
    if m is None or quoted(text[at:m.end() + 1]):
        return None
    return m.end()


def _story_start(text: str, start: int, min_words: int, changed: int | None) -> int | None:
    """Where the story sentence starts after a glued headline in ``text[start:]`` (an index there):
    ``changed``, where the script changes from one without case (a headline in Chinese, Arabic, Korean) to a
    capitalised Latin word (``script_change`` of the rest), or ``split_teaser``'s answer."""
    if changed is not None:
        return changed
    at = split_teaser(text, min_words, start)
    if at is None:
        return None
    # Only where a sentence opener starts the story ("... third month The charity record ..."): the first
    # capitalised word after a lower-case one is as often a name inside one sentence ("... teenager Darius"),
    # and a one-letter opener as often a pronoun or article inside one ("..., then I don't think ...").
    space = text.find(" ", start + at)
    opener = text[start + at:space if space >= 0 else len(text)].lstrip("\"“‘'«(").rstrip(",")
    return at if opener in STARTERS and len(opener) > 1 else None


# Where a caption run into a paragraph's start can end: a closing bracket round its credit ("(Foto: ...)",
