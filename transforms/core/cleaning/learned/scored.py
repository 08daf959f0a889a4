"""The furniture score's pass: a kept paragraph of an English page that scores as furniture goes.

The rules name furniture by its wording, so a wording none was written for stays (blind7's test split: its
test-only wordings leaked at about twice the rate of the rest). This pass scores what every rule left with a
logistic regression over the paragraph's words and shape (``features``), trained on furniture written by
people who had not read the rules against real story paragraphs (``benchmarks/furniture_model.py``), and
removes a paragraph whose log-odds of furniture exceed ``CleanConfig.furniture_score`` when its words, not
only its shape, speak for furniture (``CleanConfig.furniture_word_score``, more for a short paragraph), unless
one of its sentences, scored alone, leans to story. Only English pages are scored: the story side of the
training data is English, so the model has never seen another language's story prose and would take it for
furniture.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from itertools import pairwise, repeat

from wirewash.transforms.core.cleaning.config import FURNITURE_SCORE_OFF, CleanConfig
from wirewash.transforms.core.cleaning.cues import RUN_IN_END, interview_turns, sentences
from wirewash.transforms.core.cleaning.learned.features import (
    COMMON_ENGLISH,
    READ,
    ascii_letters,
    english_share,
    shape,
    tokens,
)
from wirewash.transforms.core.cleaning.learned.weights_en import WEIGHTS
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import Doc, Line

SCORED_FURNITURE = Rule(
    "scored_furniture", 1, "structural",
    "Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.",
    keep="The company said it would release a new version of its app next month.",
)
# A page is English when this share of its words are English function words (English story prose: 0.25-0.35;
# French, German, Spanish: under 0.05).
_ENGLISH_SHARE = 0.12
# A paragraph under this many words has a subhead's length, and its words must speak louder for furniture
# (``CleanConfig.furniture_short_word_score``).
_SHORT_WORDS = 12
# A page's language is read from its first characters (an article's opening is its language's).
_PAGE_READ = 4_000
# A line a place marks as maybe furniture leans to it over these log-odds (``leans_furniture``). On the English
# picture descriptions the blind sets' dev pages injected against the 4-12-word sentences of over_removal's dev
# story paragraphs: 92.8% and 0.3% over 1; 90.9% and 0.2% over 2.
_LEANS = 1.0
# A paragraph of several sentences stays when one of them, scored alone, is at or under these log-odds (story
# clearly more likely than furniture): a story sentence with furniture run into it ("... in previous elections. A
# post shared by ...", "Kowalski said. An earlier version of this story ...") is not removed whole. Chosen on what
# the fit did not see (furniture_model.py's held-out pages): at 0 it kept furniture whose one sentence reads
# plainly ("We also treat our community members to special offers ...", -0.3); at -0.5 the bars take 37.9% of
# the furniture characters (36.6% at 0) and the same 1 of 12,593 story paragraphs. At -1 (38.6%) the
# extraction benchmark's dev pages lost story paragraphs (F1 0.9787 -> 0.9732); at -0.5 they lose none.
_STORY_SENTENCE = -0.5
# Below six words a line has too few words to judge its language by ("Download our free app now" has no
# English function word).
_SENTENCE_WORDS = 6


# The weights of words and word pairs by token and by pair of tokens, so that scoring builds no feature strings
# (``score`` costs about a third of what summing over ``features`` does).
_WORD = {f[2:]: w for f, w in WEIGHTS.items() if f.startswith("w:")}
_PAIR = {tuple(f[2:].split("_", 1)): w for f, w in WEIGHTS.items() if f.startswith("b:")}
# The word pairs that speak for furniture: summed over a paragraph's pairs where they stand, repeats and all, they
# bound what its distinct pairs can add, with no set of pairs built (``scored_furniture``).
_FURNITURE_PAIR = {pair: w for pair, w in _PAIR.items() if w > 0}
# Below the bar by more than the rounding a sum of a few hundred weights can differ by in another order.
_ROUNDING = 1e-9


def score(text: str) -> tuple[float, float]:
    """The log-odds that ``text`` (one paragraph) is furniture rather than story (0 is even odds), and the part
    of it that its words and word pairs give (``WORDS``): the sum of ``WEIGHTS`` over ``features(text)``."""
    toks = tokens(text)
    words = _word_score(toks)
    return words + _shape_score(text, toks), words


def _word_score(toks: list[str]) -> float:
    return _words_alone(toks) + _pairs_score(toks)


def _words_alone(toks: list[str]) -> float:
    return sum(map(_WORD.get, set(toks), repeat(0.0)))


def _pairs_score(toks: list[str]) -> float:
    return sum(map(_PAIR.get, set(pairwise(toks)), repeat(0.0)))


def _shape_score(text: str, toks: list[str]) -> float:
    return sum(WEIGHTS.get(f, 0.0) for f in shape(text, toks))


def leans_furniture(text: str) -> bool:
    """Whether a short line a place already marks as maybe furniture (a sentence over a picture's credit) scores
    over ``_LEANS`` with its words leaning to furniture too: "Fans celebrate after the final whistle." (1.7), not
    "He denied the charges." (-1.6). Only for an English page (``english_page``)."""
    return _leans(*score(text))


def _leans(total: float, words: float) -> bool:
    """Whether a paragraph scoring ``total``, its words ``words`` (``score``), leans to furniture (``_LEANS``)."""
    return words > 0 and total > _LEANS


def english_page(doc: Doc) -> bool:
    """Whether the kept paragraphs of ``doc`` read as English prose, the only story prose the model has seen."""
    return english_share(" ".join(line.text for line in doc.kept())[:_PAGE_READ]) >= _ENGLISH_SHARE


def _words_bar(count: int, cfg: CleanConfig) -> float:
    """The score a paragraph of ``count`` words must have its words' part exceed."""
    return cfg.furniture_word_score if count >= _SHORT_WORDS else cfg.furniture_short_word_score


def over_bars(total: float, words: float, count: int, cfg: CleanConfig) -> bool:
    """Whether a paragraph of ``count`` words whose score is ``total`` and its words' part ``words`` (``score``)
    is over ``cfg``'s bars for furniture."""
    return words > _words_bar(count, cfg) and total > cfg.furniture_score


def story_sentence(text: str, score_of: Callable[[str], tuple[float, float]] = score) -> bool:
    """Whether ``text`` holds several sentences (``cues.sentences``) and one of them scores as story
    (``_STORY_SENTENCE``); ``score_of`` is ``score`` or, in the trainer, a fit's."""
    pieces = [piece for sentence in sentences(text) for piece in _run_in(sentence)]
    return len(pieces) > 1 and any(score_of(piece)[0] <= _STORY_SENTENCE for piece in pieces)


def _run_in(sentence: str) -> list[str]:
    """``sentence`` cut where a sentence runs into the next with no space (``RUN_IN_END``): a block copied in
    after the story's stop ("... revival of The Glass Menagerie.Stay informed on the go: download our app.")
    reads as one sentence, and the story's, scored with it, went with the furniture (blind9 dev)."""
    cuts = [m.end() for m in RUN_IN_END.finditer(sentence)]
    return [sentence[a:b] for a, b in zip([0, *cuts], [*cuts, len(sentence)])]


def _english(text: str) -> bool:
    """Whether a paragraph may be English: its letters ASCII, and a sentence of ``_SENTENCE_WORDS`` words or more
    using two English function words or more, as often as an English page does (French shares "a" with English,
    not the rest). The model has seen no story prose in another language, so a quote or a paragraph in one on an
    English page would score as furniture."""
    text = text[:READ]
    words = text.lower().split()
    if len(words) < _SENTENCE_WORDS:
        return ascii_letters(text)
    return len(COMMON_ENGLISH.intersection(words)) >= 2 and english_share(text) >= _ENGLISH_SHARE


def _scoreable(doc: Doc, line: Line, first: bool, turns: Callable[[], set[int]]) -> bool:
    """Whether a kept paragraph (``first``: the page's first) is the model's to judge. Not a line ending on a
    colon: it introduces what follows (a post, a quote, a list), which the rules judge with it. Not the first line
    of a page with no title yet when it is no longer than a headline: that is the headline's place, whatever it
    says (one of two sentences is none: "Our editors independently choose the products we feature. We may ...").
    Not a turn of an interview (``turns``: ``interview_turns`` of the page's kept lines): "Reporter: Thank
    you." scores as a pitch's words, but among the speakers' other turns it is the story's."""
    if line.text.rstrip().endswith(":"):
        return False
    if first and doc.title is None and doc.title_hint is None and not _longer_than_a_headline(line, doc.cfg):
        return False
    return _english(line.text) and id(line) not in turns()


def _longer_than_a_headline(line: Line, cfg: CleanConfig) -> bool:
    return line.words > cfg.headline_max_words or len(sentences(line.text)) > 1


def scored_furniture(doc: Doc) -> None:
    """Remove each kept paragraph of an English page over ``doc.cfg``'s bars (``over_bars``) none of whose
    sentences scores as story (``story_sentence``), then each box of furniture (``_boxes``)."""
    cfg = doc.cfg
    if cfg.furniture_score >= FURNITURE_SCORE_OFF:
        return
    kept = doc.kept()
    # The page's language is read first where it has a character outside ASCII: another language's paragraphs
    # mostly fail the bound below, and would all be tokenised for nothing. A page in ASCII is mostly English,
    # and on most pages few paragraphs pass the bound: its language is read only when one does, before anything
    # is removed.
    english = None if all(line.text.isascii() for line in kept) else english_page(doc)
    if english is False:
        return
    leaning: list[bool] = []
    turns = functools.cache(lambda: interview_turns(kept))  # read only when a paragraph is over a bar
    # Cheapest test first: most story paragraphs have no word that speaks for furniture, and then need neither
    # shape nor language.
    for i, line in enumerate(kept):
        toks = tokens(line.text)
        alone = _words_alone(toks)
        # The pairs' most (``_FURNITURE_PAIR``) bounds what the words can add: under 0 a paragraph leans to
        # story, and its set of pairs, the costliest part of the score, is never built.
        if alone + sum(map(_FURNITURE_PAIR.get, pairwise(toks), repeat(0.0))) <= _ROUNDING:
            leaning.append(False)
            continue
        if english is None:
            english = english_page(doc)
        if not english:
            return
        words = alone + _pairs_score(toks)
        total = words + _shape_score(line.text, toks)
        over, leans = over_bars(total, words, line.words, cfg), _leans(total, words)
        scoreable = (over or leans) and _scoreable(doc, line, i == 0, turns)
        if over and scoreable and not story_sentence(line.text):
            doc.remove(line, SCORED_FURNITURE.name)
        leaning.append(scoreable and leans)
    _boxes(doc, kept, leaning)


def _boxes(doc: Doc, kept: list[Line], leaning: list[bool]) -> None:
    """Remove each run of two paragraphs or more kept when the pass began (one this pass removed may stand in it)
    that all lean to furniture (``_leans``), one of them a paragraph's length (``_SHORT_WORDS``), and that, read
    as one paragraph, are over the bars with none of their sentences scoring as story: a box's label, plea and
    button ("Support HuffPost" / "At HuffPost, we believe that everyone needs high-quality journalism ..." /
    "Contribute $2"), each too short or too plain to go alone. A run of short lines only is no box: an
    interview's turns ("Reporter: Thank you.") each lean to furniture, and their words, summed, would pass a
    short line's bar."""
    run: list[Line] = []
    for line, leans in zip([*kept, None], [*leaning, False]):
        if leans:
            run.append(line)
            continue
        if len(run) > 1 and any(box.kept for box in run) and max(box.words for box in run) >= _SHORT_WORDS:
            total, words = score("\n".join(box.text for box in run))
            if over_bars(total, words, _SHORT_WORDS, doc.cfg) and not any(
                score(piece)[0] <= _STORY_SENTENCE for box in run for piece in sentences(box.text)
            ):
                for box in run:
                    if box.kept:
                        doc.remove(box, SCORED_FURNITURE.name)
        run = []
