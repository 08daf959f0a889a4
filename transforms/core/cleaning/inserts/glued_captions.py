"""Captions run into a story paragraph (``glued_captions``)."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.captions import LABEL_FIRST_MAX_WORDS, label_first
from wirewash.transforms.core.cleaning.cues import (
    OPENING_QUOTES,
    credited,
    has_inner_end,
    quoted,
    story_after_credit,
)
from wirewash.transforms.core.cleaning.generic import (
    split_teaser,
)
from wirewash.transforms.core.cleaning.matcher import LINE, Matcher
from wirewash.transforms.core.cleaning.inserts.shapes import GLUED_CAPTION
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.cleaning.structure import Doc, Line


_CAPTION_ENDS = ")]】）］"
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
    quoting = _quote_after_credit(text, label.end())
    if quoting is not None:
        return quoting if count_words(text[quoting:]) >= min_words else None
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


def _quote_after_credit(text: str, at: int) -> int | None:
    """Where a quotation opens the story after a credit's name that starts at ``at`` ('Photo: Dow Jones "Many
    factions within the LDP ..."'): at most ``_CREDIT_NAME_WORDS`` capitalised words, then an opening quote and a
    capital; else None. A description has no such quote, and a headline's would need three words first."""
    words = text[at:at + 120].split(" ")
    for k, word in enumerate(words[:_CREDIT_NAME_WORDS + 1]):
        if word[:1] in OPENING_QUOTES:
            if k and word[1:2].isupper() and all(w[:1].isupper() for w in words[:k]):
                return at + sum(len(w) + 1 for w in words[:k])
            return None
    return None


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
        # The first closing bracket: a find per bracket, not a class tried at every position (a find of a
        # character a text's width cannot hold answers at once).
        ends = [at for c in _CAPTION_ENDS if (at := text.find(c, 0, _GLUED_CAPTION_MAX_CHARS)) >= 0]
        if not ends:
            end = None
            if line.words > cfg.body_min_words:
                least = cfg.body_min_words
                end = _labelled_caption(text, least) or _label_first_caption(text, least)
            if end is not None:
                doc.strip(line, GLUED_CAPTION.name, 0, end)
                doc.cut(line, end)
            continue
        end = min(ends) + 1
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
