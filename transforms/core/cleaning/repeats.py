"""Copies: a standfirst repeated as the lead, a paragraph printed twice, a caption above and below a picture, a
passage of a story paragraph set apart as a pull quote or a standfirst."""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter

from wirewash.transforms.core.cleaning.rules import en
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import Doc, Line, is_data_row

REPEATED_STANDFIRST = Rule(
    "repeated_standfirst", 1, "structural",
    "Kazakhstan holds parliamentary elections on Sunday ... (repeated as the lead after the wire credit)",
    keep="Tokayev is expected to strengthen his grip on power after the vote, analysts said.",
)
REPEATED_PARAGRAPH = Rule(
    "repeated_paragraph", 2, "structural", "a paragraph that already appeared above", keep="“No.”",
)
REPEATED_PASSAGE = Rule(
    "repeated_passage", 1, "structural",
    "“Depends on its ability to show proper judgement towards economic issues,” Bruno said. (a pull quote: a "
    "passage of a story paragraph below, set apart)",
    keep="Bruno said the bank would publish its forecasts in March, as it does every year.",
)
_PHOTO_CREDIT = next(r for r in en.RULES if r.name == "photo_credit")
_PHOTO_CAPTION = next(r for r in en.RULES if r.name == "photo_caption")


def photo_captions(doc: Doc) -> None:
    # A caption shows up twice (above and below the picture) next to a lone credit line; story text does not.
    kept = doc.kept()
    if len({line.text for line in kept}) == len(kept):
        return
    counts = Counter(line.text for line in kept)
    is_credit = [_PHOTO_CREDIT.pattern.fullmatch(line.text) is not None for line in kept]
    captions: set[str] = set()
    for i, credit in enumerate(is_credit):
        if credit:
            for j in (i - 1, i + 1):
                if 0 <= j < len(kept) and not is_credit[j] and counts[kept[j].text] >= 2:
                    captions.add(kept[j].text)
    for line in kept:
        # A caption is short; a story paragraph a caption was run into stays (its sentences are the story's).
        if line.text in captions and line.words <= 2 * doc.cfg.headline_max_words:
            doc.remove(line, _PHOTO_CAPTION.name)


def repeated_standfirst(doc: Doc) -> None:
    kept = doc.kept()
    lead_at = next((i for i, line in enumerate(kept) if line.credited), None)
    if lead_at is None:
        return
    lead = kept[lead_at].text
    for line in kept[:lead_at]:
        prefix = lead.startswith(line.text + " ") and line.words >= doc.cfg.body_min_words
        if line.text == lead or prefix:
            doc.remove(line, REPEATED_STANDFIRST.name)


def repeated_paragraphs(doc: Doc) -> None:
    # Furniture is copied once (a caption above and below the picture, a standfirst over the lead); a line
    # recurring three or more times is the page's own structure: recipe steps, interview questions.
    kept = doc.kept()
    if len({line.text for line in kept}) == len(kept):
        return
    counts = Counter(line.text for line in kept)
    seen: set[str] = set()
    for line in kept:
        if line.words < doc.cfg.repeat_min_words or counts[line.text] > doc.cfg.repeat_max_copies:
            continue
        if is_data_row(line.text) and not line.sentence:
            continue  # a table's row may hold the same figures twice: "Avg shrs 134,300,000 vs 131,600,000"
        if line.text in seen:
            doc.remove(line, REPEATED_PARAGRAPH.name)
        else:
            seen.add(line.text)


# Quotation marks of every style read as one: a pull quote sets its passage in the page's display quotes.
_QUOTE_MARKS = "\"“”„‟«»″"
_QUOTES = str.maketrans(dict.fromkeys(_QUOTE_MARKS[1:], '"'))
_PASSAGE_MIN_WORDS = 6  # a shorter quote ("“No deal,” he said.") may recur in a story's own sentences
# A shorter sentence without quotes ("He declined to comment.", "Terms were not disclosed.") is said twice in
# stories of its own, and a list's or a table's line again in another.
_UNQUOTED_MIN_WORDS = 10
_DATELINE_CHARS = 80  # where a lead's copied words may start: after its dateline and credit
_CREDIT_ENDS = "-–—:)"  # how a dateline or a credit ends: "LONDON, March 4 (Reuters) -", "Madrid (EFE).-"
_ATTRIBUTION = re.compile(r"[—–―-] ?[^\W\d][^.!?\n]{0,60}")  # a dash and a name, perhaps a role: no sentence
_BLOCK_MARK = re.compile(r"(?:[>│┃▌] ?)+")
_TRIM = "\" .…"  # the quotes a pull quote adds, a standfirst's ellipsis where it was cut


def repeated_passages(doc: Doc) -> None:
    """Words of a story paragraph set apart: a pull quote, a paragraph that is a quotation and nothing else,
    standing whole inside another paragraph ("“Depends on its ability ... Bruno said.”" beside the paragraph
    that says it); or a standfirst cut from the lead, the first paragraph of the text or one cut short by an
    ellipsis anywhere, that a longer paragraph below opens with, after its dateline ("The Amsterdam Stock Exchange today declined ... by the U.S." over
    "Tokyo (Agência Brasil) - The Amsterdam Stock Exchange today declined ... by the U.S. Securities and
    Exchange Commission."). The longer paragraph stays. So does it beside any paragraph of ten words or more that
    stands whole inside it, whatever its shape: a pull quote set without quotes, a wire's block sent twice
    (Reuters-21578 holds such); dropping the shorter copy loses no word of the story."""
    kept = doc.kept()
    if len(kept) < 2:
        return
    # A quotation opens and closes a pull quote; a standfirst is the first paragraph. Either must have words of
    # its middle in another paragraph as they stand (a probe: quotes are rare there) before anything is folded.
    # A passage set off by a block-quote mark ("> ...", as Markdown and e-mail print one) is set apart as a
    # quotation is. So is any other paragraph of a sentence's length that stands whole in a longer one: a pull
    # quote in display type without quotes, or a wire's block sent twice; the longer paragraph keeps every word.
    # Quotations are tried first: of a quoted copy and the story's paragraph it copies, the copy goes.
    bare = [_unmarked(line.text) for line in kept]
    article = _Article([line.text for line in kept])
    candidates = sorted(
        (kind, i) for i, line in enumerate(kept)
        if line.words >= _PASSAGE_MIN_WORDS
        and (kind := _kind(i, line, bare[i])) is not None
        and article.elsewhere(_probe(bare[i]), i)
    )
    if not candidates:
        return
    # In lower case: a pull quote capitalises the passage it opens mid-sentence ("... Depends on its ...").
    folded = [text.translate(_QUOTES).lower() for text in bare]
    for kind, i in candidates:
        line, text = kept[i], folded[i]
        if is_data_row(text):
            continue
        core = text.strip(_TRIM)
        if kind != _STANDFIRST:
            # The paragraph a quotation was cut from may be that passage alone, shorter by the quotes set round
            # it; a copy without quotes is shorter than the paragraph it copies (of two that hold each other but
            # for a quote mark, the one with it is the story's). Not one already taken as a copy: of two that
            # hold each other, one stays.
            least = len(core) if kind == _QUOTED else len(text) + 1
            if any(j != i and kept[j].kept and other != text and len(other) >= least and _holds_words(other, core)
                   for j, other in enumerate(folded)):
                doc.remove(line, REPEATED_PASSAGE.name)
                # The speaker's name set under it ("— Camille Girard") goes with it.
                if i + 1 < len(kept) and _ATTRIBUTION.fullmatch(bare[i + 1]) is not None:
                    doc.remove(kept[i + 1], REPEATED_PASSAGE.name)
        elif any(len(other) > len(text) and _opens(other, core) for other in folded[i + 1:]):  # below it
            doc.remove(line, REPEATED_PASSAGE.name)


_PROBE_CHARS = 24


def _quotation(text: str) -> bool:
    """Whether ``text`` opens and closes with a quotation mark, of any style."""
    return text[0] in _QUOTE_MARKS and text[-1] in _QUOTE_MARKS


# A teaser's ellipsis where the page cut the lead short ("India and Russia are to work together in a series of
# energy…" over the lead that goes on "... energy deals, part of a pact ...").
_CUT_SHORT = ("…", "...")
# The kinds of ``repeated_passages``' candidates, in the order they are tried.
_QUOTED, _PASSAGE, _STANDFIRST = 0, 1, 2


def _kind(i: int, line: Line, bare: str) -> int | None:
    """Which copy ``line`` (the ``i``-th kept, ``bare`` its text without block-quote marks) may be: a quotation
    or a block quote, the first paragraph (a standfirst), a passage of prose long enough to be told from a
    sentence a story says twice; None for none of them."""
    if _quotation(bare) or bare is not line.text:
        return _QUOTED
    if i == 0 or line.text.endswith(_CUT_SHORT):
        return _STANDFIRST  # the first paragraph, or a teaser of the lead cut short under a kicker or a byline
    if line.words >= _UNQUOTED_MIN_WORDS and _ends_as_prose(line.text):
        return _PASSAGE
    return None


def _ends_as_prose(text: str) -> bool:
    """Whether ``text`` ends as a sentence or a passage of one does: on its stop (inside its closing quote, too)
    or on a word; not on a bracket, as a list's item does ("Tomato Cucumber Salad (½ cup cherry tomatoes, ...)",
    which a meal plan lists again with more after it)."""
    last = text.rstrip("\"”’»'")[-1:]
    return last in ".!?。" or last.isalnum()


def _unmarked(text: str) -> str:
    """``text`` without the block-quote marks that open it ("> ", "│ "); ``text`` itself when it has none."""
    m = _BLOCK_MARK.match(text)
    return text[m.end():] if m else text


def _probe(text: str) -> str:
    """The middle of ``text``, ``_PROBE_CHARS`` long."""
    middle = len(text) // 2
    return text[max(0, middle - _PROBE_CHARS // 2):middle + _PROBE_CHARS // 2]


class _Article:
    """The kept lines' texts joined, so that a probe is looked for in the whole article by one find, not by one
    per line (each candidate line's probe was found in every other line: dozens of finds per article)."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.whole = "\n".join(texts)
        self.starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))

    def elsewhere(self, probe: str, i: int) -> bool:
        """Whether ``probe`` stands in one of the texts other than the ``i``-th."""
        at = self.whole.find(probe)
        while at >= 0:
            k = bisect.bisect_right(self.starts, at) - 1
            if at + len(probe) > self.starts[k] + len(self.texts[k]):
                at = self.whole.find(probe, at + 1)  # across two texts: in neither
            elif k != i:
                return True
            else:  # the line's own words: another copy can only follow them
                at = self.whole.find(probe, self.starts[i + 1]) if i + 1 < len(self.texts) else -1
        return False


def _opens(text: str, passage: str) -> bool:
    """Whether ``text`` opens with ``passage``, or with a dateline or a credit and then ``passage`` ("TOKYO
    (Agência Brasil) - ..."); not a sentence that goes on into it ("La agencia EFE informó que ...")."""
    at = text.find(passage, 0, _DATELINE_CHARS + len(passage))
    if at < 0 or at > _DATELINE_CHARS:
        return False
    before = text[:at].rstrip()
    end = at + len(passage)
    return (not before or before[-1] in _CREDIT_ENDS) and (end == len(text) or not text[end].isalnum())


def _holds_words(text: str, passage: str) -> bool:
    """Whether ``passage`` stands in ``text`` as whole words."""
    at = text.find(passage)
    while at >= 0:
        end = at + len(passage)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(passage, at + 1)
    return False
