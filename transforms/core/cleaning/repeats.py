"""Copies: a standfirst repeated as the lead, a paragraph printed twice, a caption above and below a picture, a
passage of a story paragraph set apart as a pull quote or a standfirst."""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.rules import en
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import Doc, Line, is_body, is_data_row, is_name

REPEATED_STANDFIRST = Rule(
    "repeated_standfirst", 2, "structural",
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
ECHOED_HEADLINE = Rule(
    "echoed_headline", 1, "structural",
    "Keep reading / US industrial output growth eases / US actor Ossie Davis found dead (between the story's "
    "paragraphs; the same headlines stand in the 'More from Forbes' list below)",
    keep="Police response and road closures (a subhead the page prints once)",
)
REPEATED_LABEL = Rule(
    "repeated_label", 1, "structural",
    "Catch up quick (over two entries of a live page)",
    keep="Background (a subhead the page prints once)",
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
    """A standfirst that copies the lead: whole, or its opening words; or cut short with an ellipsis as a feed
    or a page's summary cuts it ("... said he hoped to return next season…" over "MOSCOW, Nov 19 - ... said he
    hoped to return next season following an injury."), found before the lead's credit is read."""
    kept = doc.kept()
    for i, line in enumerate(kept[:_TEASER_REACH]):
        if line.text.endswith(_ELLIPSES) and _cuts_lead(line.text.rstrip(".… "), kept[i + 1:i + 4]):
            doc.remove(line, REPEATED_STANDFIRST.name)
    lead_at = next((i for i, line in enumerate(kept) if line.credited and line.kept), None)
    if lead_at is None:
        return
    lead = kept[lead_at].text
    for line in kept[:lead_at]:
        prefix = lead.startswith(line.text + " ") and line.words >= doc.cfg.body_min_words
        if line.kept and (line.text == lead or prefix):
            doc.remove(line, REPEATED_STANDFIRST.name)


_TEASER_REACH = 12  # a summary stands in the page's head, over the lead
_ELLIPSES = ("…", "...")
_CUT_MIN_WORDS = 6  # "He said that…" may open another paragraph by chance; six words and more do not


def _cuts_lead(stem: str, below: list[Line]) -> bool:
    """Whether ``stem`` (a line's words before its closing ellipsis) opens one of the paragraphs ``below``, after
    at most a dateline's and a credit's characters, and that paragraph goes on past it."""
    if len(stem.split()) < _CUT_MIN_WORDS:
        return False
    for line in below:
        at = next(_word_spans(line.text[:_DATELINE_CHARS + len(stem)], stem), None)
        if at is not None and at <= _DATELINE_CHARS and len(line.text) > at + len(stem):
            return True
    return False


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


_LABEL_MAX_WORDS = 3  # a label: "Catch up quick", "Keep reading", "Related:", "GO DEEPER:"


def repeated_labels(doc: Doc) -> None:
    """A label of three words at most, with no figure and no sentence, that the page sets on two lines or more
    below its head ("Catch up quick", "Key event", "Go deeper"): a widget's or a live page's marker, printed
    wherever it recurs, or a name signing a live page's entries once the byline is read. A story's subhead is
    printed once; a short line with a figure is a table's ("Year 1986"), a sentence is the story's ("No.")."""
    kept, (head, _) = doc.zones()
    # A name is a live entry's signature, but until the byline is read one may be it: a sentence of furniture
    # (an audio player's note) above it can hold the head open over it.
    labels = [line for line in kept[head:] if line.words <= _LABEL_MAX_WORDS and not line.sentence
              and not any(c.isdigit() for c in line.text) and (doc.byline is not None or not is_name(line.text))]
    if len(labels) < 2:
        return
    counts = Counter(line.text for line in labels)
    for line in labels:
        if counts[line.text] >= 2:
            doc.remove(line, REPEATED_LABEL.name)


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


    def spans(self, passages: Iterable[str]) -> list[list[tuple[int, int, str]]]:
        """For each text, where each of ``passages`` stands in it as whole words: (start, end, passage)."""
        found: list[list[tuple[int, int, str]]] = [[] for _ in self.texts]
        for passage in passages:
            for at in _word_spans(self.whole, passage):
                k = bisect.bisect_right(self.starts, at) - 1
                start = at - self.starts[k]
                if start + len(passage) <= len(self.texts[k]):  # (not across two texts)
                    found[k].append((start, start + len(passage), passage))
        return found


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
    return next(_word_spans(text, passage), None) is not None


def _word_spans(text: str, passage: str) -> Iterator[int]:
    """Where ``passage`` starts in ``text`` as whole words, in order."""
    at = text.find(passage)
    while at >= 0:
        end = at + len(passage)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield at
        at = text.find(passage, at + 1)


# What parts the items of a list flattened into one line or piece: a new line, a bar, a slash, a middle dot, a
# bullet. (Two spaces part them too on a page, but normalisation has made those one by now: a run of headlines
# set so is told by the headlines it is made of.)
_ITEM_BREAK = re.compile(r"\s*(?:\n|\s[|/·•▪►]\s)\s*")
_ECHO_MIN_WORDS = 3  # "Go deeper", "Keep reading": a shorter item is a label, which any list may share
_RANK = re.compile(r"\d{1,2}[.)]?")  # a most-read list's rank over its headline
_ECHO_SEPARATORS = str.maketrans(dict.fromkeys("|/·•▪►:-–—", " "))
# A copy of a story's paragraph is not another story's headline: the copy these passes removed stays out.
_COPIES = frozenset({REPEATED_STANDFIRST.name, REPEATED_PARAGRAPH.name, REPEATED_PASSAGE.name})


def echoed_headlines(doc: Doc) -> None:
    """Headlines of other stories printed again where the lists' rules cannot see them ("Keep reading / US
    industrial output growth eases / US actor Ossie Davis found dead", "US INDUSTRIAL OUTPUT GROWTH EASES",
    "GO DEEPER: ANIMATION CHARMS JAPAN BOX OFFICE"), and a short label left alone over them ("Go deeper").

    A headline is three words or more without sentence punctuation, compared case-folded. One is known as
    another story's when it is an item of a removed list (two items or more, parted by new lines, bars,
    slashes or dots), or when it stands whole in a list elsewhere on the page: a line or a removed piece made
    of two headlines or more (one is enough in a removed piece), opened by at most a short label. A line a page
    repeats in no list is its own structure (a table's heading, a shop button); words inside a sentence are no
    copy ("The central bank" in "The central bank's decision"). A line made of known headlines, opened by at
    most a short label, goes; a story's paragraph is never judged, nor a table's row."""
    kept = doc.kept()
    cfg = doc.cfg
    short = [line for line in kept if not is_body(line, cfg) and line.words <= 3 * cfg.headline_max_words]
    if not short:
        return
    removed = [r.text.casefold() for _, _, r in doc.removals if r.rule not in _COPIES]
    texts = [*(line.text.casefold() for line in short), *removed]
    first_removed = len(short)
    known: set[str] = set()
    sources: dict[str, set[int]] = {}  # a headline -> the texts it stands in whole: as a line or a list's item
    for i, text in enumerate(texts):
        items = _ITEM_BREAK.split(text)
        headlines = [item for item in items if _headline_item(item, cfg)]
        if i >= first_removed and len(items) >= 2:
            known.update(headlines)
        for headline in headlines:
            sources.setdefault(headline, set()).add(i)
    pool = _Article(texts)
    spans = pool.spans(sources)
    for i, text in enumerate(texts):
        # Only headlines standing whole in another text: a line is not confirmed by itself.
        mine = [(at, end, h) for at, end, h in spans[i] if sources[h] - {i}]
        listed = _listed(text, mine)
        if listed and (len(listed) >= 2 or i >= first_removed):
            known.update(listed)
    if not known:
        return
    place = {id(line): i for i, line in enumerate(doc.lines)}
    for k, line in enumerate(short):
        if not _listed(texts[k], [span for span in spans[k] if span[2] in known]):
            continue
        doc.remove(line, ECHOED_HEADLINE.name)
        # What the list set over a headline, left alone right above it as the page set it: its rank ("1", "2.")
        # and a short label ("Go deeper", "Popular"); not a line with something removed between (a byline over
        # a caption over the list is no label).
        j = place[id(line)] - 1
        while j >= 0 and doc.lines[j].kept and _RANK.fullmatch(doc.lines[j].text):
            doc.remove(doc.lines[j], ECHOED_HEADLINE.name)
            j -= 1
        above = doc.lines[j] if j >= 0 else None
        if above is not None and above.kept and above.words <= _LABEL_MAX_WORDS and not above.sentence \
                and not any(c.isdigit() for c in above.text):
            doc.remove(above, ECHOED_HEADLINE.name)


def _headline_item(item: str, cfg: CleanConfig) -> bool:
    """Whether a list's ``item`` (case-folded) is shaped as a headline: three words or more, no sentence."""
    words = item.count(" ") + 1
    return _ECHO_MIN_WORDS <= words <= cfg.headline_max_words and item[-1:] not in ".!?:;," \
        and not is_data_row(item)


def _listed(text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    """The headlines of ``spans`` (where each stands in ``text`` as whole words) when together they make
    ``text``, opened by at most a short label and parted by separators only; an empty set otherwise."""
    if not spans:
        return set()
    covered = [False] * len(text)
    for at, end, _ in spans:
        covered[at:end] = [True] * (end - at)
    first = covered.index(True)
    if len(text[:first].translate(_ECHO_SEPARATORS).split()) > _LABEL_MAX_WORDS:
        return set()
    rest = "".join(ch for ch, c in zip(text[first:], covered[first:]) if not c)
    return set() if rest.translate(_ECHO_SEPARATORS).strip() else {h for _, _, h in spans}
