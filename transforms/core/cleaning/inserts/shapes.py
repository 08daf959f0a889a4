"""The inserts' rules and the shapes their passes share: short labels, counters, decorations, players."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.regex_shape import led
from wirewash.transforms.core.cleaning.rules.base import Rule

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
COUNTER = re.compile(
    r"(?<![\d.,])(?:\d{1,2} [^\W\d_]{1,3} \d{1,3}|\d{1,2}[^\W\d_]{0,2} ?[/|／] ?\d{1,3}|\d{1,2}:\d{2})(?![\d.,:])"
)
# A short label before a colon ("Video: ...", "See also:", "関連記事：") of one to three words. Possessive: a word
# cut short or a word given back leaves a letter where the space or the colon is wanted, so backtracking
# never finds a match, and it cost 0.7 us at each of a paragraph's sentence starts (glued teasers).
SHORT_LABEL = re.compile(r"[^\s:：()\[\].!?\"'“”‘’]++(?: [^\s:：()\[\].!?\"'“”‘’]++){0,2}+ ?[:：](?:\s|$)")
# Two or three words in capitals before a colon, after a space: "READ MORE:", "MÁS INFORMACIÓN:". One word is
# as often a wire's own note run on ("... Sept 30 end NOTE: Company became public Dec 31, 1986").
CAPS_LABEL = re.compile(r" ([A-ZÀ-ÖØ-ÞА-ЯЁ]{2,}(?: [A-ZÀ-ÖØ-ÞА-ЯЁ]{2,}){1,2} ?[:：])(?: |$)")
# A player's button: a verb to listen, play or watch and what it plays, in a few words ("Écouter cet article",
# "Artikel anhören", "Play video", "点击播放", "動画を再生"). A subhead on the story's subject names no medium.
PLAY = led(re.compile(
    r"(?i:\b(?:listen|play|watch|écouter|regarder|anhören|abspielen|ansehen|ascolta|guarda|riproduci|escucha|escuchar"
    r"|reproducir|ouvir|ouça|assistir|reproduzir|слушать|прослушать|смотреть|воспроизвести)\b)"
    r"|استمع|شاهد|تشغيل|播放|收听|观看|再生|聞く|視聴|재생|듣기"
))
MEDIUM = re.compile(
    r"(?i:\b(?:article|story|video|vidéo|vídeo|audio|áudio|podcast|artikel|beitrag|articolo|notizia|artículo"
    r"|noticia|artigo|notícia|статью|статья|видео|аудио)\b)|المقال|الفيديو|视频|音频|文章|点击|動画|音声|記事|영상|기사"
)
PLAY_MAX_WORDS = 4
# A label of one to four words (or a few characters of a script without spaces) and a colon, or a dash or bar
# set off by spaces, opening a line, then the rest: "Also read: <headline>", "Dans l'actu : <headline>",
# "推荐阅读：<headline>", "See also - <headline>", "Relacionado | <headline>", "延伸阅读｜<headline>". An apostrophe
# is a label's letter ("l'actu"); a line with quotation marks is speech (``quoted``).
LABEL_AND_REST = re.compile(
    r"(?P<label>[^\s:：()\[\].!?\"“”|｜–—]++(?: (?!-\s)[^\s:：()\[\].!?\"“”|｜–—]++){0,3}+)"
    r"(?: ?[:：] ?|(?P<bar> ?｜ ?| [-–—|] ))(?P<rest>\S.*)"
)
LABEL_MAX_CHARS = 24
# A teaser's label by its words, a closed class per language: to read or see, also, more, related, recommended
# ("LEA:", "Recomendado para ti:", "Lesen Sie auch:", "Читайте также:", "相关阅读："). A run-in subhead names
# its part of the story ("The Build Stage:"), not the reader's next click.
_READING = re.compile(
    r"(?i:\b(?:read|see|also|more|related|recommended|miss"
    r"|lee|lea|leer|ver|vea|m[áa]s|tambi[ée]n|relacionad\w*|recomendad\w*"
    r"|lire|lisez|voir|aussi|plus|recommand[ée]s?"
    r"|lesen|lies|auch|mehr|empfohlen"
    r"|leia|ler|veja|mais|tamb[ée]m"
    r"|leggi|vedi|anche|altro|correlat\w*|consigliat\w*"
    r"|читайте|читать|смотрите|также|ещё|еще)\b)"
    r"|اقرأ|شاهد|أيضا|المزيد|ذات صلة|阅读|相关|推荐|延伸|更多|読む|読み|関連|おすすめ|あわせて|合わせて|읽기|관련|추천|함께"
)


def teaser_words(label: str) -> bool:
    """Whether a line's label is a teaser's by its words (``_READING``) or set in capitals ("MORE:", "LEA:")."""
    return _READING.search(label) is not None or (label.isupper() and sum(c.isalpha() for c in label) >= 2)
# Content tokens another story's headline may share with this story's opening by chance ("government").
TEASED_SHARED_MAX = 1
_DECORATIONS = "▶►→»【[«"
_DASHES = "-–—•·"
SHORT = 6  # words: a counter, a slot label, a widget's line
GLUED_HEADLINE_MAX_WORDS = 12
GLUED_TAIL_MAX_CHARS = 200  # a label and a headline glued after a paragraph's last sentence


def decorated(text: str) -> bool:
    # "▶ Related", "【あわせて読む】", "- إعلان -": a label set off by arrows, brackets or dashes on both sides.
    return text[0] in _DECORATIONS or (len(text) > 2 and text[0] in _DASHES and text[-1] in _DASHES)
