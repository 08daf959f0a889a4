"""Furniture lines between the lead and the story's last paragraph: cue lines and teasers
(``inserted_furniture``)."""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable

from wirewash.transforms.core.cleaning.boxes import newsletter_box
from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.cues import (
    RUN_IN_END,
    FURNITURE_SENTENCE_MAX_WORDS,
    bracketed,
    content_tokens,
    credited,
    has_inner_end,
    has_link,
    interview_turns,
    last_sentence_at,
    wall_prompt,
    names_the_page,
    page_name,
    quoted,
    reader_addressed,
    ReaderVoice,
    StoryScripts,
    trails_off,
    writer_speaks,
)
from wirewash.transforms.core.cleaning.embeds import card_label
from wirewash.transforms.core.cleaning.generic import (
    statement_before,
)
from wirewash.transforms.core.cleaning.inserts.shapes import (
    COUNTER, GLUED_HEADLINE_MAX_WORDS, INSERTED_FURNITURE, INSERTED_TEASER, LABEL_AND_REST, LABEL_MAX_CHARS, MEDIUM,
    PLAY, PLAY_MAX_WORDS, SHORT, SHORT_LABEL, TEASED_SHARED_MAX, decorated, teaser_words,
)
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.cleaning.prompts import gallery_prompt
from wirewash.transforms.core.cleaning.shaped import undecorated
from wirewash.transforms.core.cleaning.stamp_date import dated_entry
from wirewash.transforms.core.cleaning.structure import BULLET, Doc, Line, capital_or_caseless, is_body, is_headline
from wirewash.transforms.core.cleaning.tail import journalist_note, opening_tokens, story_end


def _cue(line: Line) -> tuple[bool, bool]:
    """(a cue of shape, the reader addressed or, on a short label, the page named): the latter counts unless
    the story itself speaks so."""
    text = line.text
    if line.words <= SHORT and undecorated(text) != text and trails_off(undecorated(text)):
        # "» Cargando reproductor...", "• 视频加载中...": a placeholder behind the page's decoration, which
        # reads as a quotation's opening or a list's bullet.
        return True, False
    if line.words > FURNITURE_SENTENCE_MAX_WORDS or quoted(text) or BULLET.fullmatch(text):
        return False, False  # a bulleted line is a list's item ("- 1/2 tsp ground cloves")
    if has_link(text) or credited(text):
        return True, False
    if reader_addressed(text):
        return False, True  # (a blog's "If you can't answer that, read on." where the story speaks so)
    if wall_prompt(text):
        return True, False  # a subscriber wall's button set where the wall cut the story: "Sign in to keep reading"
    if trails_off(text):
        return True, False  # its ellipsis makes it look like a sentence; it is a placeholder
    if line.words > SHORT or line.sentence:
        return False, False
    if names_the_page(text):
        # "Article continues after this ad": a label naming the page. A story sentence between its paragraphs
        # may name a report or a law's article; after the story, a sentence naming the page is the tail's.
        return False, True
    # Brackets round a sentence are an aside of the story's ("(I know, radical, right?)"), round a short
    # fragment a caption's or an embed's label ("[Video capture]").
    # A label with something after its colon: a colon ending the line introduces what follows (the story's).
    # One word in brackets is a source named in a list ("[CNBC]"); a caption or embed label has more.
    shaped = (
        (bracketed(text) and line.words > 1)
        or COUNTER.search(text) is not None
        or _MORE_PICTURES.fullmatch(text) is not None
        or decorated(text)
        or (SHORT_LABEL.match(text) is not None and not _introduces(line))
        or (line.words <= PLAY_MAX_WORDS and PLAY.search(text) is not None and MEDIUM.search(text) is not None)
        or gallery_prompt(text)
    )
    return shaped, False


# A gallery's count of its other pictures on a line of its own under the first ("+8", as the Daily Mail sets it).
_MORE_PICTURES = re.compile(r"\+\d{1,3}")
_GLUED_CUE_MAX_CHARS = 120  # a prompt run into a story statement's end: a line's worth


def _cached_cue(line: Line, voiced: ReaderVoice) -> bool:
    # Kept in the line's memo: the pass runs every round, and most lines do not change between rounds.
    memo = line.memo.get("cue")
    if memo is None or memo[0] != line.text:
        memo = (line.text, *_cue(line))
        line.memo["cue"] = memo
    return bool(memo[1] or (memo[2] and not voiced))


def _on_subject(line: Line, subject: Callable[[Line], tuple[set[str], set[str]]]) -> bool:
    """Whether ``line``, a cue only by speaking to the reader, is a sentence on the story's subject: a word of
    its headline, and more than a chance word of the headline and opening paragraphs (``subject``: both sets),
    as a short lead under its headline ("Search sites want to get to know you better." under "Search sites get
    closer to users"). A prompt shares none of the headline's words, whatever it shares with the story by chance
    ("You have reached your limit of free articles." in a story where a decision "could be reached")."""
    _, shaped, voice = line.memo["cue"]
    if not voice or shaped or not line.sentence:
        return False
    words = content_tokens(line.text)
    headline, opening = subject(line)
    return not words.isdisjoint(headline) and len(words & opening) > TEASED_SHARED_MAX


def _shape(text: str) -> str:
    # A line's label if it has one ("Account" of "Account: @name"), its brackets or decoration if it has
    # them ("[]" of "[CNET]"), else the line itself.
    m = SHORT_LABEL.match(text)
    if m:
        return text[:m.end()].rstrip(" :：")
    if bracketed(text):
        return text[0] + text[-1]
    return text[0] if decorated(text) else text


def _teaser_label(line: Line) -> bool:
    return not line.sentence and line.words <= 4 and (line.text.endswith((":", "：")) or decorated(line.text))


def _labelled_headline(line: Line, cfg: CleanConfig) -> str | None:
    """The label when ``line`` is a label and another story's headline on one line, in words no pack lists
    ("Also read: Ferry operator suspends crossings as storm nears"): a short label and a colon, then a
    headline of three to twelve words with no sentence's end in it or after it, unquoted, opening on no figure
    and holding no list (two commas or more) nor handle ("Аккаунты: @a, @b", "Containers: 1 Green, 1 Blue");
    else None. A run-in subhead of the story's is a sentence or shares the story's words, which the caller
    tells."""
    if line.sentence or quoted(line.text) or dated_entry(line.text):
        return None  # (a date over what happens then is a schedule's entry: "12 March: Polls open")
    m = LABEL_AND_REST.fullmatch(line.text)
    if m is None or len(m["label"]) > LABEL_MAX_CHARS:
        return None
    rest = m["rest"]
    words = count_words(rest)
    if (
        cfg.headline_min_words <= words <= GLUED_HEADLINE_MAX_WORDS
        and not has_inner_end(rest)
        and not rest[0].isdigit() and rest.count(",") + rest.count("，") <= 1 and "@" not in rest
        and (not rest[0].isalpha() or capital_or_caseless(rest[0]))
        and (m["bar"] is None or _headline_after_bar(rest))
    ):
        return m["label"]
    return None


def _headline_after_bar(rest: str) -> bool:
    """Whether ``rest``, after a dash or bar, reads as a headline rather than a name or a line-up ("PEPA –
    Universitätsklinikum Heidelberg (UKHD)"): four words or more, one in lower case, no brackets; or a line
    in a script without case."""
    words = rest.split()
    if not rest.isascii() and not any(c.isalpha() and c.lower() != c.upper() for c in rest):
        return True
    return len(words) >= 4 and "(" not in rest and any(w[0].islower() for w in words[1:])


def _introduces(line: Line) -> bool:
    return line.text.endswith((":", "："))


# The page called an article, by language: what a wall's pitch or a page's note calls it. A story speaks of "this
# report" or "this story" it is about ("This report was published by the central bank on Monday.").
_ARTICLE = re.compile(r"(?i:artic|artíc|artik|artig|стать)|本文|記事|기사|المقال")


def _page_sentence(line: Line, story: Callable[[], list[Line]], cfg: CleanConfig) -> bool:
    """Whether ``line`` is a short sentence calling the page an article (``_ARTICLE``) that shares at most a
    chance word with the story's opening: a wall's pitch between the paragraphs ("Get full access to this
    article and more from just $1 a week.", "Sie möchten diesen Artikel lesen? Testen Sie SZ Plus 14 Tage
    kostenlos."). A story's sentence naming a law's article is on the story's subject, and a writer naming their
    own piece speaks in the first person ("But this article isn't about me.")."""
    if not line.sentence or line.words > FURNITURE_SENTENCE_MAX_WORDS or quoted(line.text):
        return False
    name = page_name(line.text)
    return (
        name is not None and _ARTICLE.search(name) is not None and names_the_page(line.text)
        and not writer_speaks(line.text)
        # The opening without the line: it may be one of the opening paragraphs.
        and len(content_tokens(line.text) & opening_tokens([x for x in story() if x is not line], cfg))
        <= TEASED_SHARED_MAX
    )


def _prompt_after(line: Line, cfg: CleanConfig, voiced: ReaderVoice) -> int | None:
    """Where a prompt run into the end of a story paragraph starts: its last sentence, short, sharing no content
    word with the paragraph before it, which has ``body_min_words`` words or more; else None. The sentence
    speaks to the reader or carries a link ("... that they do not have anywhere else. Download our app for the
    latest news and alerts."), in a paragraph with no quotation mark (speech goes on across sentences and
    paragraphs) of a story that does not speak to its reader itself (``voiced``, see ``speaks_to_reader``); or
    it is a call of a closed class, to get the site's app, follow it or sign up (``newsletter_box``), after
    any quotation has closed or run in with no space after the story's stop ("... Cherkasky said.Scarica la
    nostra app per restare aggiornato.")."""
    text = line.text
    memo = line.memo.get("prompt_after")  # the pass runs every round; most lines do not change between rounds
    if memo is None or memo[0] != text:
        memo = (text, *_last_prompt(text, cfg))
        line.memo["prompt_after"] = memo
    _, at, called = memo
    return at if at is not None and (called or not voiced) else None


def _last_prompt(text: str, cfg: CleanConfig) -> tuple[int | None, bool]:
    """``_prompt_after``'s reading of ``text`` alone: where the prompt starts, and whether it is a closed-class
    call (which needs no test of the story's voice)."""
    # Only the text's end is read for the last sentence: a prompt is a short one.
    start = max(0, len(text) - _PROMPT_MAX_CHARS)
    at = last_sentence_at(text, start)
    # A block copied with no space after the story's stop, in the last sentence the spaces part.
    run_in = False
    for m in RUN_IN_END.finditer(text, start if at is None else at):
        at, run_in = m.end(), True
    if at is None:
        return None, False
    piece = text[at:]
    words = count_words(piece)
    # Read in order of cost: most paragraphs' last sentence neither speaks to the reader nor runs in.
    if words > FURNITURE_SENTENCE_MAX_WORDS or not (run_in or reader_addressed(piece) or has_link(piece)):
        return None, False
    before = text[:at]
    called = not quoted(piece) and _quotes_closed(before) and newsletter_box(piece, words)
    if not (called or (not run_in and not quoted(text))):
        return None, False
    if count_words(before) < cfg.body_min_words or not content_tokens(piece).isdisjoint(content_tokens(before)):
        return None, False
    return at, called


_PROMPT_MAX_CHARS = 240  # FURNITURE_SENTENCE_MAX_WORDS words and the stop before them
# Opening and closing marks of each style; straight quotes open and close alike.
_PAIRED_QUOTES = (("“", "”"), ("«", "»"), ("„", "“"), ("「", "」"), ("『", "』"))


def _quotes_closed(text: str) -> bool:
    """Whether every quotation ``text`` opens is closed in it: a straight quote an even number of times, each
    paired style as often closed as opened. German's „...“ closes on the mark English opens with, so a text
    holding „ is counted by German's pair only."""
    if text.count('"') % 2:
        return False
    other = ("“", "”") if "„" in text else ("„", "“")
    return all(text.count(a) == text.count(b) for a, b in _PAIRED_QUOTES if (a, b) != other)


def _body_span(kept: list[Line], cfg: CleanConfig, voiced: ReaderVoice) -> tuple[int, int] | None:
    first = next((i for i, line in enumerate(kept) if is_body(line, cfg)), None)
    end = story_end(kept, cfg, voiced)
    if first is None or end is None or end <= first + 1:
        return None
    return first, end


def inserted_furniture(doc: Doc) -> None:
    """Cue lines and teasers between the lead and the story's last paragraph (see the module's docstring)."""
    cfg = doc.cfg
    kept = doc.kept()
    voiced = ReaderVoice(kept)
    span = _body_span(kept, cfg, voiced)
    if span is None:
        return
    first, end = span
    scripts = StoryScripts([line for line in kept[first:end + 1] if is_body(line, cfg)])
    # Over the kept lines and those this pass took: a later round must not find one label left where it took
    # another. A line another pass took as furniture ("Read more: ..." of a pack) is no run-in subhead.
    teased = {idx for idx, _, r in doc.removals if r.rule in (INSERTED_TEASER.name, INSERTED_FURNITURE.name)}
    teaser_labels = {
        label.casefold() for x in doc.lines
        if (x.kept or x.idx in teased) and (label := _labelled_headline(x, cfg)) is not None
    }
    story = functools.cache(lambda: kept[:first] + [x for x in kept[first:end + 1] if is_body(x, cfg)])
    opening = functools.cache(lambda: opening_tokens(story(), cfg))
    # The headline's words, and the opening paragraphs' but the line judged's; not the head's other lines: a
    # wall's line printed there too ("Thank you for your patience while we verify access.") shares its own words.
    def subject(line: Line) -> tuple[set[str], set[str]]:
        headline = content_tokens(doc.title or "")
        return headline, headline | opening_tokens([x for x in story() if x is not line and is_body(x, cfg)], cfg)

    # A cue shared by three or more lines is the story's own layout ("Account: @name" under each profile).
    # An interview's turns are the story's too ("Reporter: Thank you." among the speakers' other turns).
    turns = functools.cache(lambda: interview_turns(kept))
    shapes = Counter(
        _shape(line.text) for line in kept[first:end] if _teaser_label(line) or _cached_cue(line, voiced)
    )
    i = first + 1
    while i < end:
        line, prev = kept[i], kept[i - 1]
        nxt = kept[i + 1]
        if _introduces(prev) and prev.kept:
            i += 1
            continue
        # The label and one headline, then the story again (or more furniture): not a subhead over a list.
        after = kept[i + 2] if i + 2 < len(kept) else None
        if (
            _teaser_label(line) and i + 1 < end and is_headline(nxt, cfg)
            and (after is None or is_body(after, cfg) or _cached_cue(after, voiced))
            and shapes[_shape(line.text)] <= doc.cfg.repeat_max_copies
        ):
            doc.remove_block([line, nxt], INSERTED_TEASER.name)
            i += 2
            continue
        label = _labelled_headline(line, cfg)
        if (
            label is not None and (len(teaser_labels) == 1 or teaser_words(label))
            and _labelled_headline(prev, cfg) is None and _labelled_headline(nxt, cfg) is None
            and len(content_tokens(line.text) & opening()) <= TEASED_SHARED_MAX
        ):
            # Another story teased between the paragraphs: it shares at most a chance word with the story's
            # opening; a run of labelled lines is the story's own list ("Step 1: ..."), and lines under
            # different labels are its run-in subheads ("The Build Stage: ...", "The Grow Stage: ..."), unless
            # each label is a teaser's by its words or capitals ("LEA: ...", "Recomendado para ti: ...").
            doc.remove(line, INSERTED_TEASER.name)
            i += 1
            continue
        if journalist_note(line, doc.byline):
            doc.remove(line, INSERTED_FURNITURE.name)
        elif (
            _cached_cue(line, voiced) and not _on_subject(line, subject) or _page_sentence(line, story, cfg)
        ) and shapes[_shape(line.text)] <= doc.cfg.repeat_max_copies and id(line) not in turns():
            at = statement_before(line, _GLUED_CUE_MAX_CHARS)
            after = line.text[at:] if at is not None else ""
            if at is not None and (reader_addressed(after) or has_link(after)):
                # A story statement with a prompt run into its end: the prompt goes, the statement stays.
                doc.strip(line, INSERTED_FURNITURE.name, at, len(line.text))
                doc.cut_tail(line, at)
            else:
                doc.remove(line, INSERTED_FURNITURE.name)
        elif is_body(line, cfg) and (at := _prompt_after(line, cfg, voiced)) is not None:
            doc.strip(line, INSERTED_FURNITURE.name, at, len(line.text))
            doc.cut_tail(line, at)
        elif not line.sentence and scripts.foreign(line) and not card_label(line.text):
            # A sentence in another script stays: a story quoting or translating one sets it so. An embedded
            # post's label is ``embeds``' to name.
            doc.remove(line, INSERTED_FURNITURE.name)
        i += 1
