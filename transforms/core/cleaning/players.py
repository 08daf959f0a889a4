"""An audio or video player's lines by shape, in any wording: its clock, durations and speed control
("0:00 / 5:47", "1x 1.25x 1.5x 2x", "Velocidad 1x"), and the short note on the voice that reads the story out
("Voiced by artificial intelligence.", "Dieser Artikel wurde automatisch vertont."). A player stands over the
lead: such a line is never the lead, nor a results table's row (``head.zone``), so it goes with the head."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.regex_shape import led
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import Doc, capital_or_caseless

# A clock ("4:03", "00:00", "1:02:15"), a speed factor ("1x", "1,5×", "x1.25", "1.0x") or a length in minutes
# ("5 min", "7 мин", "4分", "3 دقائق"): a player's figures, none a results table's ("Net 4.1 mln vs 2.9 mln").
# Its first character looked ahead for before the lookbehind and the alternatives are tried (a quarter less per
# search; ``led`` leaves out a class of every script's digits).
_FIGURE = re.compile(
    r"(?=[\dx×])(?<![\w.,:])(?:\d{1,2}:\d{2}(?::\d{2})?|\d(?:[.,]\d{1,2})? ?[x×]|[x×] ?\d(?:[.,]\d{1,2})?"
    r"|\d{1,3} ?(?:min|Min|мин|分|분|دقائق|دقيقة)\.?)(?![\w:])"
)
# What sets a player's figures apart: slashes, bars, dots, arrows, brackets.
_SEPARATORS = re.compile(r"[/|·•▶►▷⏵⏸()\[\]：:,\-–—]+")
_SPEED = re.compile(r"(?<![\w.,])(?:\d(?:[.,]\d{1,2})? ?[x×]|[x×] ?\d(?:[.,]\d{1,2})?)(?!\w)")
# Words besides the figures a player's line holds: a button or a label ("Listen", "Play audio", "Dauer",
# "Vitesse de lecture", "再生速度").
_PLAYER_MAX_WORDS = 3
# A note naming the voice or the audio a page reads its story with, per language of the packs: a closed class of
# the player's nouns and verbs ("audio", "listen", "narrated", "vorgelesen", "lu par", "音声"). A story's lead
# rarely names them in a dozen words, and a line that does stands over the lead as the player's. Behind its first
# characters (``led``): a search of the case-insensitive alternatives at every place took twice as long.
_VOICE = led(re.compile(
    r"(?i:\b(?:audio|áudio|listen(?:ing)?|narrated|read aloud|text-to-speech|voiced by|(?:ai|synthetic|artificial"
    r"|automated|computer-generated) voice|écouter|écoutez|lu par|voix de synthèse|synthèse vocale|anhören"
    r"|vorlesen|vorgelesen|vertont|sprachausgabe|computerstimme|escuchar|escucha|narrad[oa]|leíd[oa] por"
    r"|voz (?:artificial|sintética|generada)|ouvir|ouça|lid[oa] por|voz sintética|ascolta(?:re)?|letto da"
    r"|voce (?:artificiale|sintetica)|аудио|слушать|прослушать|озвуч\w*)\b)"
    r"|استمع|الاستماع|النسخة الصوتية|音频|收听|朗读|语音播报|音声|読み上げ|오디오|듣기|음성으로|읽어주기"
))
_NOTE_MAX_WORDS = 12


def player_line(text: str) -> bool:
    """A player's line of figures: a clock, a duration, a speed factor or a length, with at most three other
    words ("Play audio 00:00 / 09:12", "Listen · 4:03", "Speed: 1x", "1x 1.25x 1.5x 2x", "Слушать 5:12"); two
    or more speed factors alone are a speed control whatever the words. Not a stamp's clock over words
    ("Updated 10:15 GMT, 3 March 2026" has four)."""
    if _FIGURE.search(text) is None:
        return False
    rest = _SEPARATORS.sub(" ", _FIGURE.sub(" ", text)).split()
    if len(rest) <= _PLAYER_MAX_WORDS and not any(c.isdigit() for c in "".join(rest)):
        return True
    return len(_SPEED.findall(text)) >= 2 and len(rest) <= 2 * _PLAYER_MAX_WORDS


def voice_note(text: str, words: int) -> bool:
    """A short line of ``words`` words naming the audio or the voice the page reads its story with ("Voiced by
    artificial intelligence.", "Your browser does not support the audio element.", "Article lu par une voix de
    synthèse", "この記事を音声で聴く"); not a lead of more than a dozen words, which names them in passing."""
    return words <= _NOTE_MAX_WORDS and _VOICE.search(text) is not None


PLAYER_LABEL = Rule(
    "player_label", 2, "structural", "Video (right over the player's duration, 10:33, which another rule removed)",
    keep="Background (a subhead over the story's paragraph)",
)
_LABEL_MAX_WORDS = 2  # "Video", "Watch", "Assistir vídeo", "Video abspielen"


# A video's length alone on its line, under the video's title: "7:46", "1:02:15".
_LENGTH = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def player_labels(doc: Doc) -> None:
    """A player's label left alone right over its figures, which a rule removed ("Video" over "10:33"): a line
    of two words at most, with no figure and no sentence, directly above a removed ``player_line`` as the page
    set it; or the video's title over its length alone ("Whitehall cuts 'ahead of target'" over "7:46"), a
    headline's shape (no more words than a headline's, no sentence, no figure, a capital or a caseless script
    first). In any wording: the figures say what the line named."""
    lines = doc.lines
    title_max = doc.cfg.headline_max_words
    for line, below in zip(lines, lines[1:]):
        if not line.kept or below.kept or line.sentence or line.words > title_max or not player_line(below.text):
            continue
        if any(c.isdigit() for c in line.text):
            continue
        if line.words <= _LABEL_MAX_WORDS or (
            _LENGTH.fullmatch(below.text) is not None and capital_or_caseless(line.text[0])
        ):
            doc.remove(line, PLAYER_LABEL.name)
