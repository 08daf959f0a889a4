"""Furniture a page inserts between the story's paragraphs: teasers, ad slots, newsletter and paywall boxes,
embed and video leftovers, gallery counters, captions with a credit.

Between the lead and the story's last paragraph a short line is a subhead as often as furniture, so a line
goes only on a cue of its shape (``cues``) or of its place:

- a cue line: a link or handle, the reader addressed, brackets round the line, a media counter or duration
  ("Image 5 of 12", "02:13"), a label decorated with arrows or dashes ("▶ ...", "- ... -"), a short label with
  a colon ("Video: ...");
- a teaser: a short label line that ends in a colon or is decorated, and the one headline under it;
- a teaser label and headline glued to the start of a story paragraph ("LISTEN: <headline> The charity ..."),
  where the paragraph's own sentence starts after the headline: the label and headline go, the sentence stays.

A line a colon line introduces stays (the story's list), and so does a quoted line (speech).
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from wirewash.transforms.core.cleaning.captions import LABEL_FIRST_MAX_WORDS, label_first
from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.cues import (
    FURNITURE_SENTENCE_MAX_WORDS,
    STARTERS,
    bracketed,
    content_tokens,
    credited,
    has_inner_end,
    has_link,
    names_the_page,
    quoted,
    reader_addressed,
    ReaderVoice,
    StoryScripts,
    trails_off,
    story_after_credit,
)
from wirewash.transforms.core.cleaning.embeds import card_label
from wirewash.transforms.core.cleaning.generic import (
    ScriptChanges, split_teaser, statement_before, teaser_label,
)
from wirewash.transforms.core.cleaning.matcher import LINE, TEASER, Matcher, led
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.shaped import undecorated
from wirewash.transforms.core.cleaning.structure import BULLET, Doc, Line, is_body, is_headline, is_sentence
from wirewash.transforms.core.cleaning.tail import opening_tokens, story_end

INSERTED_FURNITURE = Rule(
    "inserted_furniture", 1, "structural", "Image 4 of 12 (between two story paragraphs)",
    keep="Rising costs (a subhead between two story paragraphs)",
)
GLUED_CAPTION = Rule(
    "glued_caption", 1, "structural",
    "Diputados durante la sesión en el Congreso. (Foto: Javier Romero) La reforma fue aprobada por 130 votos a "
    "favor y 98 en contra. (a caption run into the start of a story paragraph)",
    keep="El proyecto (Ley 27.430) fue aprobado por el Senado el jueves, según fuentes oficiales.",
)
INSERTED_TEASER = Rule(
    "inserted_teaser", 1, "structural",
    "See also:\nFerry operator suspends crossings as storm nears (between two story paragraphs)",
    keep="The measures include:\nRaising the minimum wage (a list item under a colon line)",
)

# A media counter or duration: "Image 4 of 12", "Photo 1/2", "1 من 6", "02:13", "4:14"; a slideshow's counter
# is set with spaces or a bar as often ("1 / 11", "‹ 4 / 12 ›", "10 | 12", "3枚目／12枚").
_COUNTER = re.compile(
    r"(?<![\d.,])(?:\d{1,2} [^\W\d_]{1,3} \d{1,3}|\d{1,2}[^\W\d_]{0,2} ?[/|／] ?\d{1,3}|\d{1,2}:\d{2})(?![\d.,:])"
)
# A short label before a colon ("Video: ...", "See also:", "関連記事：") of one to three words. Possessive: a word
# cut short or a word given back leaves a letter where the space or the colon is wanted, so backtracking
# never finds a match, and it cost 0.7 us at each of a paragraph's sentence starts (glued teasers).
_SHORT_LABEL = re.compile(r"[^\s:：()\[\].!?\"'“”‘’]++(?: [^\s:：()\[\].!?\"'“”‘’]++){0,2}+ ?[:：](?:\s|$)")
# Two or three words in capitals before a colon, after a space: "READ MORE:", "MÁS INFORMACIÓN:". One word is
# as often a wire's own note run on ("... Sept 30 end NOTE: Company became public Dec 31, 1986").
_CAPS_LABEL = re.compile(r" ([A-ZÀ-ÖØ-ÞА-ЯЁ]{2,}(?: [A-ZÀ-ÖØ-ÞА-ЯЁ]{2,}){1,2} ?[:：])(?: |$)")
# A player's button: a verb to listen, play or watch and what it plays, in a few words ("Écouter cet article",
# "Artikel anhören", "Play video", "点击播放", "動画を再生"). A subhead on the story's subject names no medium.
_PLAY = led(re.compile(
    r"(?i:\b(?:listen|play|watch|écouter|regarder|anhören|abspielen|ansehen|ascolta|guarda|riproduci|escucha|escuchar"
    r"|reproducir|ouvir|ouça|assistir|reproduzir|слушать|прослушать|смотреть|воспроизвести)\b)"
    r"|استمع|شاهد|تشغيل|播放|收听|观看|再生|聞く|視聴|재생|듣기"
))
_MEDIUM = re.compile(
    r"(?i:\b(?:article|story|video|vidéo|vídeo|audio|áudio|podcast|artikel|beitrag|articolo|notizia|artículo"
    r"|noticia|artigo|notícia|статью|статья|видео|аудио)\b)|المقال|الفيديو|视频|音频|文章|点击|動画|音声|記事|영상|기사"
)
_PLAY_MAX_WORDS = 4
# A label of one to three words (or a few characters of a script without spaces) and a colon opening a line,
# then the rest: "Also read: <headline>", "Dans l'actu : <headline>", "推荐阅读：<headline>". An apostrophe is a
# label's letter ("l'actu"); a line with quotation marks is speech (``quoted``).
_LABEL_AND_REST = re.compile(
    r"(?P<label>[^\s:：()\[\].!?\"“”]++(?: [^\s:：()\[\].!?\"“”]++){0,2}+) ?[:：] ?(?P<rest>\S.*)"
)
_LABEL_MAX_CHARS = 24
# Content tokens another story's headline may share with this story's opening by chance ("government").
_TEASED_SHARED_MAX = 1
_DECORATIONS = "▶►→»【[«"
_DASHES = "-–—•·"
_SHORT = 6  # words: a counter, a slot label, a widget's line
_GLUED_HEADLINE_MAX_WORDS = 12
_GLUED_TAIL_MAX_CHARS = 200  # a label and a headline glued after a paragraph's last sentence


def _decorated(text: str) -> bool:
    # "▶ Related", "【あわせて読む】", "- إعلان -": a label set off by arrows, brackets or dashes on both sides.
    return text[0] in _DECORATIONS or (len(text) > 2 and text[0] in _DASHES and text[-1] in _DASHES)


def _cue(line: Line) -> tuple[bool, bool]:
    """(a cue of shape, the reader addressed or, on a short label, the page named): the latter counts unless
    the story itself speaks so."""
    text = line.text
    if line.words <= _SHORT and undecorated(text) != text and trails_off(undecorated(text)):
        # "» Cargando reproductor...", "• 视频加载中...": a placeholder behind the page's decoration, which
        # reads as a quotation's opening or a list's bullet.
        return True, False
    if line.words > FURNITURE_SENTENCE_MAX_WORDS or quoted(text) or BULLET.fullmatch(text):
        return False, False  # a bulleted line is a list's item ("- 1/2 tsp ground cloves")
    if has_link(text) or credited(text):
        return True, False
    if reader_addressed(text):
        return False, True
    if trails_off(text):
        return True, False  # its ellipsis makes it look like a sentence; it is a placeholder
    if line.words > _SHORT or line.sentence:
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
        or _COUNTER.search(text) is not None
        or _decorated(text)
        or (_SHORT_LABEL.match(text) is not None and not _introduces(line))
        or (line.words <= _PLAY_MAX_WORDS and _PLAY.search(text) is not None and _MEDIUM.search(text) is not None)
    )
    return shaped, False


_GLUED_CUE_MAX_CHARS = 120  # a prompt run into a story statement's end: a line's worth


def _cached_cue(line: Line, voiced: ReaderVoice) -> bool:
    # Kept in the line's memo: the pass runs every round, and most lines do not change between rounds.
    memo = line.memo.get("cue")
    if memo is None or memo[0] != line.text:
        memo = (line.text, *_cue(line))
        line.memo["cue"] = memo
    return bool(memo[1] or (memo[2] and not voiced))


def _shape(text: str) -> str:
    # A line's label if it has one ("Account" of "Account: @name"), its brackets or decoration if it has
    # them ("[]" of "[CNET]"), else the line itself.
    m = _SHORT_LABEL.match(text)
    if m:
        return text[:m.end()].rstrip(" :：")
    if bracketed(text):
        return text[0] + text[-1]
    return text[0] if _decorated(text) else text


def _teaser_label(line: Line) -> bool:
    return not line.sentence and line.words <= 4 and (line.text.endswith((":", "：")) or _decorated(line.text))


def _labelled_headline(line: Line, cfg: CleanConfig) -> str | None:
    """The label when ``line`` is a label and another story's headline on one line, in words no pack lists
    ("Also read: Ferry operator suspends crossings as storm nears"): a short label and a colon, then a
    headline of three to twelve words with no sentence's end in it or after it, unquoted, opening on no figure
    and holding no list (two commas or more) nor handle ("Аккаунты: @a, @b", "Containers: 1 Green, 1 Blue");
    else None. A run-in subhead of the story's is a sentence or shares the story's words, which the caller
    tells."""
    if line.sentence or quoted(line.text):
        return None
    m = _LABEL_AND_REST.fullmatch(line.text)
    if m is None or len(m["label"]) > _LABEL_MAX_CHARS:
        return None
    rest = m["rest"]
    words = count_words(rest)
    if (
        cfg.headline_min_words <= words <= _GLUED_HEADLINE_MAX_WORDS
        and not has_inner_end(rest)
        and not rest[0].isdigit() and rest.count(",") + rest.count("，") <= 1 and "@" not in rest
        and (rest[0].isupper() or not rest[0].isalpha() or rest[0].lower() == rest[0].upper())
    ):
        return m["label"].casefold()
    return None


def _introduces(line: Line) -> bool:
    return line.text.endswith((":", "："))


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
    # Over every line, removed ones too: a later round must not find one label left where a pass took another.
    teaser_labels = {label for x in doc.lines if (label := _labelled_headline(x, cfg)) is not None}
    opening = functools.cache(
        lambda: opening_tokens(kept[:first] + [x for x in kept[first:end + 1] if is_body(x, cfg)], cfg)
    )
    # A cue shared by three or more lines is the story's own layout ("Account: @name" under each profile).
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
        if (
            len(teaser_labels) == 1 and _labelled_headline(line, cfg) is not None
            and _labelled_headline(prev, cfg) is None and _labelled_headline(nxt, cfg) is None
            and len(content_tokens(line.text) & opening()) <= _TEASED_SHARED_MAX
        ):
            # Another story teased between the paragraphs: it shares at most a chance word with the story's
            # opening; a run of labelled lines is the story's own list ("Step 1: ..."), and lines under
            # different labels are its run-in subheads ("The Build Stage: ...", "The Grow Stage: ...").
            doc.remove(line, INSERTED_TEASER.name)
            i += 1
            continue
        if _cached_cue(line, voiced) and shapes[_shape(line.text)] <= doc.cfg.repeat_max_copies:
            at = statement_before(line, _GLUED_CUE_MAX_CHARS)
            after = line.text[at:] if at is not None else ""
            if at is not None and (reader_addressed(after) or has_link(after)):
                # A story statement with a prompt run into its end: the prompt goes, the statement stays.
                doc.strip(line, INSERTED_FURNITURE.name, at, len(line.text))
                doc.cut_tail(line, at)
            else:
                doc.remove(line, INSERTED_FURNITURE.name)
        elif not line.sentence and scripts.foreign(line) and not card_label(line.text):
            # A sentence in another script stays: a story quoting or translating one sets it so. An embedded
            # post's label is ``embeds``' to name.
            doc.remove(line, INSERTED_FURNITURE.name)
        i += 1


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
        starts = [0] + [m.end() for m in breaks if m.end() < len(text) and m[0][-1] == " "]
        # A label in capitals is set off from the text before it whatever ends that text ("... Commission
        # (FCC) MÁS INFORMACIÓN: <headline>"); story text names no capitals before a colon but a quote's source.
        # Within a label and a headline of the end, and not in telex copy all in capitals ("SAO PAULO STATE:
        # ..."), where the text before has no lower case.
        window = max(0, len(text) - _GLUED_TAIL_MAX_CHARS)
        lower = next((i for i, c in enumerate(text) if c.islower()), len(text))
        caps = (m.start(1) for m in _CAPS_LABEL.finditer(text, window) if m.start(1) > lower)
        starts = sorted({*starts, *caps})
        # Past a short line's other words, only a pack's label counts (see _after_short_line).
        loose = set(_after_short_line(text, cfg)).difference(starts)
        starts = sorted({*starts, *loose})
    elif is_sentence(text):
        return None
    else:
        # A break starts at each sentence-ending character, whatever comes before it: the breaks a search from
        # the window's start would find.
        window = len(text) - _GLUED_TAIL_MAX_CHARS
        tail = [m.end() for m in breaks if m.start() >= window and m.end() < len(text) and m[0][-1] == " "]
        starts = tail[-1:]
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
            cfg.headline_min_words <= len(headline) <= _GLUED_HEADLINE_MAX_WORDS
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
    if is_sentence(text) or count_words(text) > cfg.headline_max_words + _GLUED_HEADLINE_MAX_WORDS:
        return []
    if _SHORT_LABEL.match(text):
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
    m = _SHORT_LABEL.match(text, at)
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
# "[연합뉴스 자료사진]", "（共同）"), within a caption's length of the start.
_CAPTION_END = re.compile(r"[)\]】）］]")
_GLUED_CAPTION_MAX_CHARS = 160
_DATELINE_DASHES = "-–—ـ"
# The packs' caption rules (a picture's description closing on its credit, per language), joined apart: a
# prefix is tested against these few, not against every line rule.
_CAPTIONS = Matcher([r for r in LINE[True, True].rules if r.name.startswith(("caption", "photo"))])


# An unbracketed credit after a caption's sentence: the picture label every outlet uses in its language and a
# colon ("Foto: ", "Photo : ", "Bild: ", "Фото: ", "Crédito: ") or the rights sign ("© "), then the credit's
# capitalised words. Any other label ("Source: Statistics Office data show ...") opens a story sentence.
_CREDIT_LABEL = re.compile(
    r"(?:(?i:photo(?:graph)?|picture|image|imagen|imagem|immagine|foto|bild|фото|снимок|credit|crédit|crédito"
    r"|credito|صورة|写真|图片|摄影|사진) ?[:：]|©) ?"
)
_CAPTION_SENTENCE = re.compile(r"[^.!?\"“”«»]{10,150}?[a-zà-ÿа-я\d)][.!?] ")
_CREDIT_MAX_TOKENS = 6


def _labelled_caption(text: str, min_words: int) -> int | None:
    """The end of a caption run unbracketed into a paragraph's start: a short sentence, a credit label and the
    credit ("Vista geral do porto. Foto: Divulgação Are the people ...", "Вид на порт. © РИА Новости / Сергей
    Орлов The company said ..."), when a story sentence of ``min_words`` words or more follows; else None."""
    head = text[:_GLUED_CAPTION_MAX_CHARS + 20]
    if ":" not in head and "：" not in head and "©" not in head:
        return None  # no label: most paragraphs end the test here
    m = _CAPTION_SENTENCE.match(text)
    if m is None:
        return None
    label = _CREDIT_LABEL.match(text, m.end())
    if label is None:
        return None
    end = story_after_credit(text, label.end(), _CREDIT_MAX_TOKENS)
    if end is None or count_words(text[end:]) < min_words:
        return None
    return end


def _label_first_caption(text: str, min_words: int) -> int | None:
    """The end of a caption its picture label opens, run into a paragraph's start ("File photo: Shoppers walk
    along a high street. The computer system ..."): the label and one sentence of at most
    ``LABEL_FIRST_MAX_WORDS`` words, when a story sentence of ``min_words`` words or more follows; else
    None. A capitalised description with no full stop ends where the story's sentence starts (``split_teaser``,
    as a headline glued to it: "Image caption, Fans cheer before the match This isn't a book ..."); one in
    lower case goes on as the story's sentence ("Photo: the first picture of the comet was taken in May ...")."""
    label = label_first(text)
    if label is None:
        return None
    m = _CAPTION_SENTENCE.match(text, label.end())
    if m is None or count_words(text[label.end():m.end()]) > LABEL_FIRST_MAX_WORDS:
        if text[label.end():label.end() + 1].islower():
            return None
        story = split_teaser(text, min_words, label.end())
        if story is None or count_words(text[label.end():label.end() + story]) > LABEL_FIRST_MAX_WORDS:
            return None
        return label.end() + story
    if not text[m.end():m.end() + 1].isupper() or count_words(text[m.end():]) < min_words:
        return None
    return m.end()


_CREDIT_NAME_WORDS = 3


def _label_first_tail(line: Line, min_words: int) -> int | None:
    """Where a caption its picture label opens starts after a paragraph's last sentence ("... in an "academic
    way." File photo: Members of parliament attend a session."): one description of at most
    ``LABEL_FIRST_MAX_WORDS`` words, when ``min_words`` words of story stay before it; else None."""
    text = line.text
    window = max(0, len(text) - _GLUED_CAPTION_MAX_CHARS)
    if ":" not in text[window:] and "：" not in text[window:] and "aption," not in text[window:]:
        return None  # no label: most paragraphs end the test here
    for b in reversed(line.breaks()):
        if b.end() <= window:
            return None
        if b.end() == len(text) or b[0][-1] != " ":
            continue
        piece = text[b.end():]
        label = label_first(piece)
        if label is None:
            continue
        description = piece[label.end():]
        names = description.split()
        if (
            has_inner_end(piece) or quoted(piece) or count_words(description) > LABEL_FIRST_MAX_WORDS
            or count_words(text[:b.end()]) < min_words
            # A credit's names after the label ("Bild: Owen Blake"): the sentence before is the caption's own
            # description, which ``glued`` takes with its credit.
            or len(names) <= _CREDIT_NAME_WORDS and all(w[:1].isupper() for w in names)
        ):
            return None
        return b.end()
    return None


def glued_captions(doc: Doc) -> None:
    """A caption run into the start of a story paragraph ("<caption> (Foto: <name>) <story sentence>"): the
    part up to the first closing bracket goes when it reads as a caption (it closes on a labelled picture
    credit, ``cues.credited``, or a pack's caption rule takes it whole) and a story sentence follows. A bracket inside
    a story sentence ("El proyecto (Ley 27.430) fue ...") closes no credit, and stays. Unbracketed, a caption
    goes when its sentence is followed by a credit label and a credit's capitalised words (``_labelled_caption``).
    A caption its picture label opens goes from a paragraph's start or after its last sentence (a lost line
    break: "... in an "academic way." File photo: Members of parliament attend a session.").
    """
    cfg = doc.cfg
    for line in doc.kept():
        if line.memo.get("glued_captions") == line.text:
            continue
        line.memo["glued_captions"] = line.text
        start = _label_first_tail(line, cfg.body_min_words)
        if start is not None:
            doc.strip(line, GLUED_CAPTION.name, start, len(line.text))
            doc.cut_tail(line, start)
        text = line.text
        m = _CAPTION_END.search(text, 0, _GLUED_CAPTION_MAX_CHARS)
        if m is None:
            end = None
            if line.words > cfg.body_min_words:
                least = cfg.body_min_words
                end = _labelled_caption(text, least) or _label_first_caption(text, least)
            if end is not None:
                doc.strip(line, GLUED_CAPTION.name, 0, end)
                doc.cut(line, end)
            continue
        end = m.end()
        rest = text[end:].lstrip()
        if not rest or rest[0].islower() or rest[0] in _DATELINE_DASHES or count_words(rest) < cfg.body_min_words:
            continue  # (a bracket closed by a dash ends a dateline: "دبي – 17 فبراير (أ ف ب) – ...")
        prefix = text[:end]
        # A labelled credit in the closing bracket ("(Foto: Javier Romero)"); a bare slash in brackets is as
        # often a name or a place ("(6. Juli Banken A/S)", "(Memphis/Cairo)").
        labelled_credit = ":" in prefix[prefix.rfind("(") + 1:] and credited(prefix)
        if labelled_credit or _CAPTIONS.first(prefix, 0, "fullmatch") is not None:
            doc.strip(line, GLUED_CAPTION.name, 0, end)
            doc.cut(line, end)
