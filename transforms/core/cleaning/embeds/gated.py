"""A consent-gated embed: the placeholder it leaves in the text (``placeholder``), and the bars, buttons and
notice round it (``_gate_blocks``)."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.cues import reader_addressed
from wirewash.transforms.core.cleaning.embeds.marks import (
    _LETTER,
    _PLATFORM,
    _POINTING,
    _PROMPT_MAX_WORDS,
    _anchor,
    _card_credit,
)
from wirewash.transforms.core.cleaning.matcher import Words
from wirewash.transforms.core.cleaning.regex_shape import led
from wirewash.transforms.core.cleaning.rules.shapes import PLATFORMS
from wirewash.transforms.core.cleaning.structure import Line

# The placeholder of a consent-gated embed: the content named ("Inhalt", "contenu", "conteúdo", "المحتوى") with why
# it is not shown. Cookies, consent and the embedding say so in a line of up to 14 words; the content
# unavailable, external or to be loaded only in a label of up to four ("Externer Inhalt", "Inhalt laden").
_CONTENT = led(re.compile(
    r"(?i:\b(?:content|inhalte?|contenu|contenuto|conte[úu]do|contenido|контент|содержимое)\b)|المحتوى|コンテンツ|内容"
))
_GATED = re.compile(
    r"(?i:cookie|consent|zustimmung|einwilligung|consentement|consenso|consentimiento|consentimento|соглас"
    r"|embedded|eingebettet|intégré|incrustado|incorporad|incorporat|встроенн)|埋め込み|嵌入|موافقت|ملفات تعريف"
)
_UNSHOWN = re.compile(
    r"(?i:unavailable|not available|extern|\bload|\blade|\bladen|charger|cargar|carregar|caricare|загруз|indispon|non dispon"
    r"|no dispon|nicht verfügbar|недоступ)|読み込|加载|غير متاح|تحميل"
)
_PLACEHOLDER_MAX_WORDS = 14
# The embed itself named in a placeholder's words: the platform beside what it shows, at most one word between
# ("This TikTok video", "contenido de Instagram", "Контент из Instagram", "المحتوى من إنستغرام").
_MEDIA = (
    r"(?i:content|contenu|contenuto|conte[úu]do|contenido|inhalt|video|vídeo|vidéo|post|beitrag|publicaci[óo]n"
    r"|publication|publica[çc][ãa]o|контент|видео|пост|публикаци[яи])|المحتوى|فيديو|منشور|動画|投稿|视频|帖子|内容"
)
_PLATFORM_MEDIA = re.compile(
    rf"(?<![{_LETTER}]){PLATFORMS}(?![{_LETTER}]) ?(?:[^\s]+ )?{_MEDIA}"
    rf"|{_MEDIA} (?:[^\s]+ )?(?<![{_LETTER}]){PLATFORMS}(?![{_LETTER}])"
)
# Why it is not shown, in the site's voice to the reader: blocked, not shown here, by the reader's settings.
_NOT_SHOWN = re.compile(
    r"(?i:blocked|bloqu|blockiert|bloccat|заблокир|be shown|be displayed|se muestra|affich|angezeigt|mostrad"
    r"|visualizzat|показ|unavailable|not available|no disponible|indispon|non disponibile|nicht verfügbar|недоступ)"
    r"|غير متاح|غير متوفر|表示できません|无法显示|无法查看"
)
# Its words, found in the lower-cased line first (``Words`` checks that they cover every alternative): most
# lines name no reason, and are answered before the platforms' search, which tries every position.
_NOT_SHOWN_WORDS = Words(_NOT_SHOWN, (
    "blocked", "bloqu", "blockiert", "bloccat", "заблокир", "be shown", "be displayed", "se muestra", "affich",
    "angezeigt", "mostrad", "visualizzat", "показ", "unavailable", "not available", "no disponible", "indispon",
    "non disponibile", "nicht verfügbar", "недоступ", "غير متاح", "غير متوفر", "表示できません", "无法显示", "无法查看",
))
_DEICTIC = re.compile(
    r"(?i:\b(?:here|aqu[íi]|ici|hier|qui|здесь|privacy|privacidad|privacidade|confidentialité|datenschutz"
    r"|riservatezza|region|región|région|regione|região|регион\w*)\b)|هنا|منطقتك|ここ|这里|此处|地区"
)
# A consent-gated embed between its bars ("Skip Instagram post" ... "End of Instagram post"): buttons of up to
# four words, a notice of up to thirty, five lines from bar to bar at most.
_GATE_BUTTON_WORDS = 4
_GATE_NOTICE_WORDS = 30
_GATE_SPAN = 5
_SHOW = re.compile(
    r"(?i:\bshow\b|\bview\b|\ballow\b|anzeigen|ansehen|zulassen|mostrar|permitir|afficher|voir|autoriser|mostra"
    r"|visualizza|consenti|показать|смотреть|разрешить)|عرض|表示|显示|查看"
)
# The ask to let the cookies in, after the clause saying what for ("To view it, allow social media cookies."): a
# comma the site's own, not a reporting clause's.
_COOKIE_ASK = re.compile(
    r"(?i:(?:^|, |[.!?] )(?:please )?(?:allow|accept|enable|consent to|agree to)\b[^.,;]{0,40}\bcookies[.!]?$)"
)
_LABEL_MAX_WORDS = 4
_GATED_LABEL_MAX_WORDS = 5  # "Conteúdo incorporado indisponível."


def _platform_bar(line: Line) -> bool:
    """A consent-gated embed's bar: two to eight words naming the platform, not the story's list item ("- TikTok")
    nor a label over a list ("Banned apps:"); a question may end it ("Show Instagram content?")."""
    text = line.text
    return (
        2 <= line.words <= _PROMPT_MAX_WORDS and text[-1] not in ":：" and "@" not in text
        and text[0].isalnum() and not any(c.isdigit() for c in text) and _PLATFORM.search(text) is not None
    )


def _gate_filler(line: Line) -> bool:
    """A line inside a consent-gated embed's bars: a button ("Agree and show", "Jetzt anzeigen"), or the notice
    naming the platform or asking the reader ("This page includes material supplied by Instagram. We need your
    consent before it is shown.")."""
    if _anchor(line) is not None or _card_credit(line, closing=False):
        return False
    if line.words <= _GATE_BUTTON_WORDS and not line.sentence and not any(c.isdigit() for c in line.text):
        return True
    return line.words <= _GATE_NOTICE_WORDS and (
        _PLATFORM.search(line.text) is not None or reader_addressed(line.text)
    )


def _show_button(line: Line) -> bool:
    """A button that shows or loads the embed ("Jetzt anzeigen", "Load content", "Afficher")."""
    return (
        line.words <= _GATE_BUTTON_WORDS and not line.sentence
        and (_SHOW.search(line.text) is not None or _UNSHOWN.search(line.text) is not None)
    )


def _gate_blocks(below: list[Line], placeholders: list[bool]) -> list[tuple[int, int]]:
    """(first, last) of each consent-gated embed in ``below``: two of its bars or placeholders at most
    ``_GATE_SPAN`` lines apart ("Skip TikTok video" ... "End of TikTok video") with only buttons and the notice
    between, one of the two a bar. A story's subheads naming a platform stand over paragraphs, which are
    neither. A post's attribution is no part of it: its post's text is judged with it (``_Story``)."""
    gate = [placeholders[k] or _platform_bar(line) and _anchor(line) is None for k, line in enumerate(below)]
    for k in range(len(below)):
        if placeholders[k] and k + 1 < len(below) and _show_button(below[k + 1]):
            gate[k + 1] = True  # a placeholder's button: "Externer Inhalt" over "Jetzt anzeigen"
    blocks: list[tuple[int, int]] = []
    k = 0
    while k < len(below):
        end = None
        if gate[k]:
            for j in range(k + 1, min(len(below), k + _GATE_SPAN + 1)):
                if gate[j] and (_platform_bar(below[k]) or _platform_bar(below[j])):
                    end = j
                if not gate[j] and not _gate_filler(below[j]):
                    break
        if end is None:
            k += 1
            continue
        if end + 1 < len(below) and _show_button(below[end + 1]):
            end += 1  # the button under the notice ("Jetzt anzeigen")
        blocks.append((k, end))
        k = end + 1
    return blocks


def placeholder(text: str, words: int) -> bool:
    """Whether ``text`` is the placeholder a consent-gated embed leaves (see ``_GATED``, ``_UNSHOWN``): "Ce contenu
    n'est pas disponible en raison de vos préférences de cookies.", "Externer Inhalt". A story's sentence on
    content names who showed or removed it, runs longer than a label and speaks to no reader ("The company said
    the content was unavailable in China for a week.", "O conteúdo incorporado ao processo estava indisponível
    para a defesa, disse o advogado.")."""
    if words > _PLACEHOLDER_MAX_WORDS or any(c.isdigit() for c in text):
        return False
    if _CONTENT.search(text) is None:
        return _unshown_embed(text)
    if _GATED.search(text) is not None:
        # The gate in the site's voice, to the reader or naming the platform, or a label: no reporting clause.
        return (not any(c in text for c in ",，、،") or _COOKIE_ASK.search(text) is not None) and (
            words <= _GATED_LABEL_MAX_WORDS or "cookie" in text.casefold() or reader_addressed(text)
            or _PLATFORM.search(text) is not None
        )
    return words <= _LABEL_MAX_WORDS and _UNSHOWN.search(text) is not None or _unshown_embed(text)


def _unshown_embed(text: str) -> bool:
    """Whether ``text`` names the embed and why the reader does not see it (``_PLATFORM_MEDIA``,
    ``_NOT_SHOWN``): "This TikTok video can't be shown here.", "Контент из Instagram недоступен в вашем регионе."."""
    # The embed named with why the reader does not see it, in the site's voice: to the reader, pointing at
    # it, or here; a story's sentence on a blocked post reports who blocked it ("Instagram said the video was
    # unavailable in Russia", "The TikTok video was blocked in India, the ministry said").
    return (
        not any(c in text for c in ",，、،") and _NOT_SHOWN_WORDS.may_hold(text)
        and _PLATFORM_MEDIA.search(text) is not None and _NOT_SHOWN.search(text) is not None
        and (reader_addressed(text) or _DEICTIC.search(text) is not None or _POINTING.match(text) is not None)
    )
