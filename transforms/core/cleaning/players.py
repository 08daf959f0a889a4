"""An audio or video player's lines by shape, in any wording: its clock, durations and speed control
("0:00 / 5:47", "1x 1.25x 1.5x 2x", "Velocidad 1x"), and the short note on the voice that reads the story out
("Voiced by artificial intelligence.", "Dieser Artikel wurde automatisch vertont."). A player stands over the
lead: such a line is never the lead, nor a results table's row (``head.zone``), so it goes with the head. And a
video player's control bar flattened one control a line ("Play" / "Mute" / "Fullscreen"), wherever it stands."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.byline import bare_names
from wirewash.transforms.core.cleaning.regex_shape import led
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import Doc, Line, capital_or_caseless

# A clock ("4:03", "00:00", "1:02:15"), a speed factor ("1x", "1,5×", "x1.25", "1.0x") or a length in minutes
# ("5 min", "7 мин", "4分", "3 دقائق"): a player's figures, none a results table's ("Net 4.1 mln vs 2.9 mln").
# Its first character looked ahead for before the lookbehind and the alternatives are tried (a quarter less per
# search; ``led`` leaves out a class of every script's digits).
# A clock may follow a label with no space, as a player's elements run together when a page is flattened
# ("VIDEO9:04"); the other figures stand apart ("A320x" is none).
_FIGURE = re.compile(
    r"(?=[\dx×])(?:(?<![\d.,:])\d{1,2}:\d{2}(?::\d{2})?|(?<![\w.,:])(?:\d(?:[.,]\d{1,2})? ?[x×]"
    r"|[x×] ?\d(?:[.,]\d{1,2})?|\d{1,3} ?(?:min|Min|мин|分|분|دقائق|دقيقة)\.?))(?![\w:])"
)
# What sets a player's figures apart: slashes, bars, dots, arrows, brackets.
_SEPARATORS = re.compile(r"[/|·•▶►▷⏵⏸()\[\]：:,\-–—]+")
_SPEED = re.compile(r"(?<![\w.,])(?:\d(?:[.,]\d{1,2})? ?[x×]|[x×] ?\d(?:[.,]\d{1,2})?)(?!\w)")
# Words besides the figures a player's line holds: a button or a label ("Listen", "Play audio", "Dauer",
# "Vitesse de lecture", "再生速度").
_PLAYER_MAX_WORDS = 3
# Letters no figure and no separator holds (not those of "x", "min", "Min"), and the opening read for them.
_SOLID = frozenset("abcdefghjklopqrstuvwyzABCDEFGHIJKLNOPQRSTUVWXYZ")
_OPENING_CHARS = 120
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
    # A story's paragraph is told from its opening, not by a search of all of it (a 4 kB lead cost 70 us):
    # figures and separators hold none of ``_SOLID``'s letters, so each word with one is a word of ``rest``.
    if sum(not _SOLID.isdisjoint(word) for word in text[:_OPENING_CHARS].split()) > 2 * _PLAYER_MAX_WORDS:
        return False
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
    set it; or the video's title over its length ("Whitehall cuts 'ahead of target'" over "7:46", "Terror powers
    expose 'tyranny'" over "Duration 4:56"), a headline's shape (no more words than a headline's, no sentence, no
    figure, a capital or a caseless script first), with the box's label over the title ("Video"); or the title
    under the length when the label stands over it ("watch now" / "VIDEO9:04" / "Sluggish economy hits German
    jobs"). In any wording: the figures say what the lines named."""
    lines = doc.lines
    for i, figures in enumerate(lines):
        if figures.kept or not player_line(figures.text):
            continue
        above = lines[i - 1] if i else None
        if above is None or not _box_line(above, doc):
            continue
        if above.words <= _LABEL_MAX_WORDS:
            if bare_names(above.text) is not None:
                continue  # the author's name over the audio of the story ("Marisa Okafor" / "Listen · 6:45")
            doc.remove(above, PLAYER_LABEL.name)
            below = lines[i + 1] if i + 1 < len(lines) else None
            if below is not None and _LENGTH.search(figures.text) is not None and _title(below, doc):
                doc.remove(below, PLAYER_LABEL.name)
        elif _LENGTH.search(figures.text) is not None and _title(above, doc):
            # A title over a length with words ("Watch: 8:14") needs the box's label over it: a story's subhead
            # may stand over a player the page inserted ("FORD MUSTANG MACH E" over "Watch: 8:14").
            label = lines[i - 2] if i > 1 else None
            labelled = label is not None and _box_line(label, doc) and label.words <= _LABEL_MAX_WORDS
            if labelled or _LENGTH.fullmatch(figures.text) is not None:
                doc.remove(above, PLAYER_LABEL.name)
            if labelled:
                doc.remove(label, PLAYER_LABEL.name)


# A video player's control bar, one control a line as a page is flattened ("Play" / "Mute" / "Current Time 0:00" /
# "Duration 2:14" / "Loaded: 0%" / "Fullscreen"): the controls in the packs' commonest players' words. A run of two or
# more, one of them a player's alone (``_PLAYER_ONLY``), is the bar; "Live" or "Settings" alone is a subhead's word.
_CONTROL = re.compile(
    r"(?i:play(?: video)?|pause|(?:un)?mute|(?:enter |exit |non-)?full ?screen|captions?(?: settings)?|subtitles"
    r"|settings|picture-in-picture|replay|seek to live|live|current time \d{1,2}:\d{2}|duration \d{1,2}:\d{2}"
    r"|remaining time -?\d{1,2}:\d{2}|loaded: \d{1,3}(?:\.\d+)?%|stream type live|playback rate|chapters"
    r"|descriptions|audio track|quality|close modal dialog|/)"
)
_PLAYER_ONLY = re.compile(
    r"(?i:(?:un)?mute|(?:enter |exit |non-)?full ?screen|current time \d.*|duration \d.*|remaining time.*"
    r"|loaded: .*|stream type live|playback rate|seek to live|picture-in-picture|close modal dialog)"
)
_CONTROL_MAX_WORDS = 4


def player_controls(doc: Doc) -> None:
    """A run of two or more lines that are each a video player's control (``_CONTROL``), one of them a player's
    alone (``_PLAYER_ONLY``), goes as the player's."""
    doc.remove_runs(
        lambda line: line.words <= _CONTROL_MAX_WORDS and _CONTROL.fullmatch(line.text.rstrip(".")) is not None,
        lambda line: _PLAYER_ONLY.fullmatch(line.text.rstrip(".")) is not None,
        PLAYER_LABEL.name,
    )


def _box_line(line: Line, doc: Doc) -> bool:
    """Whether ``line`` may be a player box's label or title: kept, no sentence, no longer than a headline, no
    figure (a results table's heading stands over its rows: "Half-time" over "Chelsea 2 Arsenal 1")."""
    return (
        line.kept and not line.sentence and line.words <= doc.cfg.headline_max_words
        and not any(c.isdigit() for c in line.text)
    )


def _title(line: Line, doc: Doc) -> bool:
    return _box_line(line, doc) and capital_or_caseless(line.text[0])
