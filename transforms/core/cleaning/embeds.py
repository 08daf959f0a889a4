"""Embedded social posts: another document (a post from X/Twitter, Instagram, Bluesky, Threads, TikTok,
Telegram ...) that a page shows inside the story, consent-gated on many sites and repeated across outlets. It is
a widget, not the article's text: the lines that mark an embed go wherever they stand.

- the attribution line an oEmbed blockquote renders under the post ("— Jane Doe (@janedoe) May 4, 2019",
  "— 田中健 (@tanaka) 2023年4月12日"), alone, or run into the end of the text above it (a re-wrapped page
  joins them), with the post's text when the story does not discuss it (below);
- a post card's time stamp ("8:51 PM · Feb 26, 2024", "20:51 · 26 févr. 2024"), and the card's header with
  the account ("Jane Doe @janedoe · Follow") when a stamp closes the card under it;
- the post's picture link on a line of its own above the attribution ("pic.twitter.com/xp5cA057Cw");
- a card's credit line, a few words that are no sentence and the account in brackets ("A post shared by Jane
  Doe (@janedoe)"), when it is the only such line (several are the story's list of accounts) or stands under
  the card's prompt;
- the card's prompt: a short line naming the platform, no sentence, directly over or under one of these marks
  ("View this post on Instagram", "Voir cette publication sur Instagram" over the credit line), in any
  language.

- the card's prompt alone between story paragraphs when it points at the post ("View this post on Instagram",
  "Посмотреть эту публикацию в Instagram", "この投稿をInstagramで見る"): a demonstrative and the platform
  closing the line after a preposition or particle; a story's subhead names a platform for its subject ("Why
  TikTok matters", "Life after Twitter") and points at no post;
- the placeholder a consent-gated embed leaves, in words no pack lists: a short line naming the content and why
  it is not shown ("Dieser Inhalt von X wird erst nach Ihrer Zustimmung angezeigt.", "Conteúdo incorporado
  indisponível.", "Externer Inhalt", "Inhalt laden").

Other consent and placeholder lines round an embed ("Skip twitter post by ...", "Allow X content?", "End of
Instagram post") are the packs' line rules (``rules``), in each language.

The post's own text goes inside a whole card (the header with the account over it, the card's stamp under it),
under a label naming the post and its account ("Пост в Telegram-канале @handle:"), and over an attribution
when the story does not discuss the post: no body paragraph names its author or shares two of its content
tokens (``_Story``). The article-extraction benchmark's human labels keep an embedded post as the article's
text; its nine pages with attributions embed posts their stories discuss ("Take a look at what PFF said about
his performance:", "Noem saw the Twitter reaction"), and those stay. A post on something else, in another
language, or in no words ("Danke an alle, die heute dabei waren! 💪") is the page's widget. Removing every post
over an attribution cost 0.003 of that benchmark's F1 (0.970 -> 0.967); with the story's judgement, three
posts go there (a site's own promotion among them) and F1 moves 0.9733 -> 0.9730. A story paragraph that
quotes a post in prose ("In a post on X, the minister said ...") has none of these shapes, and a line
introducing the post ("The minister wrote on X:") is never its text. All tests are linear in a line's length.
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.cues import content_tokens, reader_addressed, share_with
from wirewash.transforms.core.cleaning.matcher import LINE, Words
from wirewash.transforms.core.cleaning.regex_shape import led
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import PLATFORMS
from wirewash.transforms.core.cleaning.structure import Doc, Line, is_body

EMBEDDED_POST = Rule(
    "embedded_post", 1, "structural", "— Jane Doe (@janedoe) May 4, 2023 (under the post's text)",
    keep="In a post on X, the minister said the queue was already around the block on Sunday morning.",
)

# An account's handle in brackets, as the attribution names it: "(@janedoe)", "(@jane.doe.bsky.social)", and a
# fediverse account's with its server ("(@janedoe@mastodon.social)").
_ACCOUNT = r"@[\w.]{1,40}(?:@[\w.-]{1,60})?"
_HANDLE = rf"\({_ACCOUNT}\)"
# "— Jane Doe (@janedoe) May 4, 2019": a dash, the name, the handle in brackets, and the post's date (a figure in
# it: "4 mai 2019", "2023年4月12日", "May 4, 2019"), perhaps after "on X" / "on Twitter". Anchored at the end of
# the text, so it also finds an attribution run into the end of the post's text ("... 👇— Jane Doe (@jd) ...").
_ATTRIBUTION = re.compile(
    rf"(?:^|(?<=\s)|(?<=[^\w\s]))[—–―-]{{1,2}} ?(?P<name>[^()\n—–―]{{1,60}}?) ?{_HANDLE}"
    r"(?P<when>[^()\n]{0,40})$"
)
# "— @janedoe on X", "— Jane Doe @janedoe sur Threads, 3 mars 2026": the handle bare, then the network the post
# is on (a capitalised word after the packs' word for "on"), perhaps its date.
_BARE_ATTRIBUTION = re.compile(
    rf"(?:^|(?<=\s)|(?<=[^\w\s]))[—–―-]{{1,2}} ?(?:(?P<name>[^()\n—–―@]{{1,60}}?) )?{_ACCOUNT} "
    r"(?:on|sur|auf|en|su|em|no|na|в|على) [A-Z][\w.]{0,20}(?P<when>[^()\n]{0,40})$"
)
# The time stamp of a post's card: a time, a middle dot and a date ("8:51 PM · Feb 26, 2024", "8:51 p.m. ·
# February 26, 2024", "20:51 · 26 févr. 2024", "午後8:51 · 2024年2月26日"), perhaps a view count after a second dot.
_POST_STAMP = r"(?:午前|午後|上午|下午)?\d{1,2}[:.]\d{2} ?(?:[AaPp]\.? ?[Mm]\.?)? ?· ?[^·\n]{0,25}\d[^·\n]{0,25}" \
    r"(?: ?· ?[^·\n]{1,30})?"
_STAMP = re.compile(_POST_STAMP)
# The stamp as X's older cards and many re-posts set it, a dash for the dot ("10:15 AM - 3 Mar 2024", "4:02 PM –
# May 4, 2019"): only a date after the dash, as a live blog's "10:15 - Police arrive" is an entry of the story.
_DASH_STAMP = re.compile(
    r"\d{1,2}[:.]\d{2} ?(?:[AaPp]\.? ?[Mm]\.?)? [-–—] (?:\d{1,2} [^\W\d_]{3,9}\.?,? \d{4}|[^\W\d_]{3,9}\.? \d{1,2},? \d{4})"
)
_STAMP_TAIL = re.compile(rf"(?<=\s)(?:{_POST_STAMP})$")
# A post card's header: the account's name and handle, perhaps the follow button after a middle dot ("Jane Doe
# @janedoe · Follow", "@janedoe").
# A verification mark may follow the account ("Jane Doe @janedoe ✓").
_POST_HEADER = re.compile(rf"(?:[^@\n·]{{1,50}} )?{_ACCOUNT}(?: ?[✓✔☑]\ufe0f?)?(?: ?· ?[^\W\d_]{{1,12}})?")
# The post's picture link, as X's oEmbed renders it.
_PICTURE_LINK = re.compile(r"(?:pic\.twitter\.com|pic\.x\.com|https?://t\.co)/\w{1,20}")


def _picture_link(text: str) -> bool:
    """Whether ``text`` is a post's picture link alone; a line opening on neither "p" nor "h" (most) is answered
    without the regex engine."""
    return text[:1] in "ph" and _PICTURE_LINK.fullmatch(text) is not None


# The credit line under an Instagram or Threads card: a few words and the account in brackets, no sentence ("A
# post shared by Jane Doe (@janedoe)", "Une publication partagée par ... (@...)").
_CARD_CREDIT = re.compile(rf"[^()\n]{{3,80}} {_HANDLE}")
_CARD_CREDIT_MAX_WORDS = 10
# The credit as languages that put the verb last set it, the account inside the line ("정하늘(@newsdesk)님의 공유
# 게시물", "高橋誠(@newsdesk)がシェアした投稿", "陈浩 (@teamlead_22) 分享的帖子"): a list of accounts reads so too
# ("Jane Doe (@janedoe) and John Roe (@jroe) lead the campaign"), so only under the card's prompt.
_CARD_CREDIT_INSIDE = re.compile(rf"[^()\n]{{1,80}}{_HANDLE}[^()\n]{{1,40}}")
# A post is at most 280 characters on X (500 on Threads, 300 on Bluesky): a longer line between a card's
# header and its stamp is no post's text, and the header above it is the story's.
_POST_MAX_CHARS = 520
# A platform named as a word ("X" in "Dieser Inhalt von X", not in "Xinhua"; "この投稿をInstagramで見る" has no
# space round it).
_LETTER = "A-Za-zÀ-ÿА-Яа-яЁё"
_PLATFORM = re.compile(rf"(?<![{_LETTER}]){PLATFORMS}(?![{_LETTER}])")
_PROMPT_MAX_WORDS = 8  # "Посмотреть эту публикацию в Instagram", "Ver esta publicación en Instagram"
# A prompt pointing at the post under it: a demonstrative ("this post", "cette publication", "эту публикацию",
# "この投稿") and the platform last, after a preposition or a particle ("on Instagram", "в Instagram",
# "على إنستغرام", "Instagramで見る").
_POINTING = re.compile(
    r"(?i:\b(?:this|cette|ce|diesen|dieses|diese|esta|este|esse|essa|questo|questa|эту|этот|это)\b)|هذا|هذه|この|该|此"
)
_PLATFORM_LAST = re.compile(
    rf"(?i:\b(?:on|sur|auf|bei|en|no|na|em|su|в|на)|على|عبر) {PLATFORMS}$|{PLATFORMS}(?:で見る|で表示|で開く|上查看)$"
)
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
# A card's label in words no pack lists, a line of its own over or in place of the post: the post named first,
# then its account, ending on a colon ("Пост в Telegram-канале @handle:", "Tweet von @handle:"; a story's line
# introducing a quotation names who wrote it first: "The minister wrote on X:"); or, in Chinese or Japanese, the
# channel after the platform's name and a colon ("视频号：南方快讯"), the platform and "from" ("X（旧ツイッター）より"),
# or a link's "click to view" and the post ("点击查看原推文").
_POST_LABEL = re.compile(
    r"(?i:post|tweet|beitrag|publicaci[óo]n|publication|publica[çc][ãa]o|пост|твит|публикаци[яи]|تغريدة|منشور)"
    r" [^.!?:：@,，]{0,60}@[\w.]{1,40}[^.!?:：@,，]{0,30}[:：]"
)
# The channel and "from" labels stand over the post's text; the link's stands in place of it.
_CJK_POST_INTRO = (
    r"(?:视频号|公众号|微博|抖音|快手|小红书|微信|推特)[：:] ?[^\s。！？，,：:]{1,20}"
    rf"|{PLATFORMS}(?:[（(][^）)\s]{{1,12}}[）)])?(?:より|から|上的?)"
)
_CJK_INTRO = re.compile(_CJK_POST_INTRO)
_CJK_CARD_LABEL = re.compile(
    rf"{_CJK_POST_INTRO}|点击(?:查看|观看|阅读|播放)[^\s。！？，,]{{0,8}}(?:推文|帖子|原文|视频|微博|动态|内容)"
)
_CARD_LABEL_MAX_WORDS = 8
# A consent-gated embed between its bars ("Skip Instagram post" ... "End of Instagram post"): buttons of up to
# four words, a notice of up to thirty, five lines from bar to bar at most.
_GATE_BUTTON_WORDS = 4
_GATE_NOTICE_WORDS = 30
_GATE_SPAN = 5
_SHOW = re.compile(
    r"(?i:\bshow\b|\bview\b|anzeigen|ansehen|mostrar|afficher|voir|mostra|visualizza|показать|смотреть)|عرض|表示|显示|查看"
)
# The label in any words: a short line that names the account and ends on a colon, over the post it introduces
# ("Запись в канале @newsroom:", "Tweet de @newsroom :", "منشور على حساب @newsroom:"). A story introduces a
# quotation by who wrote it, with no handle ("The minister wrote on X:").
_ACCOUNT_LABEL = re.compile(rf"[^.!?:：@\n]{{0,60}}(?<![\w.]){_ACCOUNT}[^.!?:：@\n]{{0,30}}[:：]")
# A post the story discusses shares two content tokens with it; one met by chance ("state", "today") does not
# make it the story's.
_SHARED_TOKENS = 2
# A word of the author's name the story would name them by ("Noem", "Tottenham"; not "The" of "The Nigerian
# Senate").
_NAME_WORD = re.compile(r"[^\W\d_]{4,}")
_LABEL_MAX_WORDS = 4
_GATED_LABEL_MAX_WORDS = 5  # "Conteúdo incorporado indisponível."


def _attribution(text: str) -> re.Match[str] | None:
    """The attribution line at the end of ``text``, or None. Its date holds a figure or there is none."""
    if "@" not in text:
        return None
    m = (_ATTRIBUTION if "(@" in text else _BARE_ATTRIBUTION).search(text, max(0, len(text) - 160))
    if m is None or (m["when"].strip() and not any(c.isdigit() for c in m["when"])):
        return None
    return m


def _glued_start(text: str) -> int | None:
    """Where an attribution or a card's time stamp run into the end of ``text`` starts, or None."""
    m = _attribution(text)
    if m is not None:
        return m.start()
    if "·" not in text:
        return None
    m = _STAMP_TAIL.search(text, max(0, len(text) - 80))
    return None if m is None else m.start()


def _anchor(line: Line) -> str | None:
    """What embed line ``line`` is: "attribution" (alone), "stamp" (a post card's time stamp alone), "glued"
    (either run into the end of the text above it); None for any other line. Kept in the line's memo: the pass
    runs every round."""
    memo = line.memo.get("embed")
    if memo is not None and memo[0] == line.text:
        return memo[1]  # type: ignore[no-any-return]
    text = line.text
    kind = None
    if len(text) <= 80 and (_STAMP.fullmatch(text) if "·" in text else _DASH_STAMP.fullmatch(text)):
        kind = "stamp"
    elif (start := _glued_start(text)) is not None:
        kind = "attribution" if not text[:start].strip() else "glued"
    line.memo["embed"] = (text, kind)
    return kind


def _card_credit(line: Line, closing: bool = True) -> bool:
    """A card's credit line: the account closing it (``_CARD_CREDIT``), or inside it (``closing`` False)."""
    return (
        "(@" in line.text and line.words <= _CARD_CREDIT_MAX_WORDS and not line.sentence
        and (_CARD_CREDIT if closing else _CARD_CREDIT_INSIDE).fullmatch(line.text) is not None
    )


def _prompt(line: Line) -> bool:
    # "View this post on Instagram", "この投稿をInstagramで見る": a platform named in a short line that is no
    # sentence, holds no link (a post's text may: "pic.twitter.com/...") and introduces nothing ("The minister
    # wrote on X:"); a story's subhead may name one too ("Why TikTok matters"), so only its place beside an
    # embed's mark tells them apart.
    text = line.text
    return (
        line.kept and line.words <= _PROMPT_MAX_WORDS and not line.sentence and text[-1] not in ":："
        and "@" not in text and _PICTURE_LINK.search(text) is None and _PLATFORM.search(text) is not None
    )


def _pointing_prompt(line: Line) -> bool:
    """A card's prompt that points at the post under it, so needs no mark beside it (see the module's
    docstring)."""
    text = line.text.rstrip(" .…›»>→")
    return _prompt(line) and _PLATFORM_LAST.search(text) is not None and _POINTING.search(text) is not None


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


def _card_label_over_post(line: Line, post: Line) -> bool:
    """Whether ``line`` is a post card's label over the post (a short line naming the account and ending on a
    colon: ``_ACCOUNT_LABEL``; a channel's or "from" label: ``_CJK_INTRO``) and ``post`` under it can be the
    post's text."""
    if line.words > _CARD_LABEL_MAX_WORDS or not _post_text(post.text):
        return False
    text = line.text
    if text[-1] in ":：":
        return "@" in text and _ACCOUNT_LABEL.fullmatch(text) is not None
    return not text.isascii() and _CJK_INTRO.fullmatch(text) is not None


def card_label(text: str) -> bool:
    """Whether ``text`` is an embedded post's label (see ``_POST_LABEL``, ``_CJK_CARD_LABEL``): "Пост в
    Telegram-канале @handle:", "视频号：南方快讯", "点击查看原推文", "X（旧ツイッター）より"."""
    if text[-1:] in ":：":
        return "@" in text and _POST_LABEL.fullmatch(text) is not None
    return not text.isascii() and _CJK_CARD_LABEL.fullmatch(text) is not None


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
        return not any(c in text for c in ",，、،") and (
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


def _post_text(text: str) -> bool:
    """Whether ``text`` can be a post's text over its attribution: no longer than a post, and no line
    introducing what follows ("The minister wrote on X:"), which is the story's."""
    return 0 < len(text) <= _POST_MAX_CHARS and text[-1] not in ":："


def _post_over(kept: list[Line], top: int, head_end: int) -> Line | None:
    """The line over ``kept[top]`` (an attribution, or the picture link over one) when it can be the post's
    text: below the lead, kept, and no mark of an embed itself."""
    at = top - 1
    if at < head_end:
        return None
    post = kept[at]
    if not post.kept or not _post_text(post.text) or _anchor(post) is not None:
        return None
    return None if _picture_link(post.text) else post


class _Story:
    """The story's text round the embedded posts of ``kept``: its body paragraphs' content tokens and words,
    without the lines that can be a post's text or an embed's mark (two copies of one post must not vouch for
    each other)."""

    def __init__(
        self, kept: list[Line], head_end: int, cfg: CleanConfig, posts: frozenset[int] = frozenset()
    ) -> None:
        left_out: set[int] = set(posts)  # the posts under a card's label
        for i, line in enumerate(kept):
            kind = _anchor(line)
            over = kind == "attribution" or _picture_link(line.text)
            if kind is not None or over:
                left_out.add(i)
            if over and _post_over(kept, i, head_end) is not None:
                left_out.add(i - 1)
        # Body paragraphs only: a credit or byline line may name someone by chance ("Reportagem de Inês
        # Ferreira").
        texts = [
            line.text for i, line in enumerate(kept) if line.kept and i not in left_out and is_body(line, cfg)
        ]
        self.tokens: set[str] = set().union(*map(content_tokens, texts))
        self.text = "\n".join(texts)

    def discusses(self, post: str, attribution: re.Match[str] | None) -> bool:
        """Whether the story discusses the post over ``attribution``: it names the post's author ("Take a look
        at what PFF said", "Noem saw the Twitter reaction") or shares two of the post's content tokens (all of
        them when it has fewer: "Club statement" under "Tottenham said in a statement"). A post about
        something else, in another language or in no words ("Danke an alle, die heute dabei waren! 💪") is a
        widget's."""
        if share_with([_PICTURE_LINK.sub("", post)], self.tokens, _SHARED_TOKENS):
            return True
        name = "" if attribution is None else attribution["name"] or ""
        return any(
            re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", self.text) is not None
            for word in _NAME_WORD.findall(name) if not word[0].islower()
        )


def embedded_posts(doc: Doc) -> None:
    """Embedded posts' attribution lines, card stamps and headers, a card's credit line and prompt (see the
    module's docstring)."""
    kept, (head_end, tail_start) = doc.zones()
    below = kept[head_end:]
    # Below the lead only: over it a byline may name its author's account ("By Jane Doe (@janedoe)"). Two or
    # more in a row are the story's own list of accounts ("Jane Doe (@janedoe)" under each profile), and two
    # apart are too unless each stands under its card's prompt.
    credited = [_card_credit(line) for line in below]
    listed = [
        c and ((k > 0 and credited[k - 1]) or (k + 1 < len(below) and credited[k + 1]))
        for k, c in enumerate(credited)
    ]
    inside = [not c and _card_credit(line, closing=False) for c, line in zip(credited, below)]
    placeholders = [line.words <= _PLACEHOLDER_MAX_WORDS and placeholder(line.text, line.words) for line in below]
    marks = [
        (c and not listed[k]) or inside[k] or placeholders[k] or _anchor(line) in ("attribution", "stamp")
        or _picture_link(line.text)
        for k, (c, line) in enumerate(zip(credited, below))
    ]
    prompts = [
        _prompt(line) and (any(0 <= j < len(below) and marks[j] for j in (k - 1, k + 1)) or _pointing_prompt(line))
        for k, line in enumerate(below)
    ]
    alone = sum(credited) == 1
    # A card's label over its post, before a pack's rule may take the label alone ("X（旧ツイッター）より").
    labels = [k for k, line in enumerate(below[:-1]) if _card_label_over_post(line, below[k + 1])]
    under_labels = frozenset(head_end + k + 1 for k in labels)
    for k, line in enumerate(below):
        under_prompt = k > 0 and prompts[k - 1]
        if (
            credited[k] and not listed[k] and (alone or under_prompt) or inside[k] and under_prompt
            or prompts[k] or placeholders[k]
        ):
            # A pack's line rule for it in a known language ("A post shared by", "Ver esta publicación en
            # Instagram") names the removal: it is the more specific rule.
            found = LINE[(False, head_end + k >= tail_start)].first(line.text, 0, "fullmatch")
            doc.remove(line, EMBEDDED_POST.name if found is None else found[0].name)
    for first, last in _gate_blocks(below, placeholders):
        block = [line for line in below[first:last + 1] if line.kept]
        if block:
            doc.remove_block(block, EMBEDDED_POST.name)
    story: _Story | None = None  # read only when a post's text stands over an attribution or under a label
    for k in labels:
        line, post = below[k], below[k + 1]
        if post.kept and _anchor(post) is None:
            if story is None:
                story = _Story(kept, head_end, doc.cfg, under_labels)
            if not story.discusses(post.text, None):
                if line.kept:
                    found = LINE[(False, head_end + k >= tail_start)].first(line.text, 0, "fullmatch")
                    doc.remove(line, EMBEDDED_POST.name if found is None else found[0].name)
                doc.remove(post, EMBEDDED_POST.name)
    for i, line in enumerate(kept):
        kind = _anchor(line)
        if kind is None or not line.kept:
            continue
        above = kept[i - 1] if i > 1 else None
        if kind == "glued":
            start = _glued_start(line.text)
            assert start is not None
            if (
                above is not None and above.kept and start <= _POST_MAX_CHARS and _POST_HEADER.fullmatch(above.text)
                and _attribution(line.text) is None
            ):
                # The card's header over its text and stamp, unwrapped into one line: the whole card.
                doc.remove_block([above, line], EMBEDDED_POST.name)
                continue
            m = _attribution(line.text)
            if m is not None and i >= head_end and _post_text(line.text[:start].rstrip()):
                if story is None:
                    story = _Story(kept, head_end, doc.cfg, under_labels)
                if not story.discusses(line.text[:start], m):
                    doc.remove(line, EMBEDDED_POST.name)  # the post's text and its attribution, re-wrapped
                    continue
            doc.strip(line, EMBEDDED_POST.name, start, len(line.text))
            doc.cut_tail(line, start)
            continue
        block = [line]
        if above is not None and above.kept and _PICTURE_LINK.fullmatch(above.text):
            block.insert(0, above)  # the picture link between the post's text and its attribution
        if kind == "attribution" and (post := _post_over(kept, i + 1 - len(block), head_end)) is not None:
            if story is None:
                story = _Story(kept, head_end, doc.cfg, under_labels)
            if not story.discusses(post.text, _attribution(line.text)):
                block.insert(0, post)
        elif (
            kind == "stamp" and above is not None and above.kept and len(above.text) <= _POST_MAX_CHARS and i > 2
            and kept[i - 2].kept and _POST_HEADER.fullmatch(kept[i - 2].text)
        ):
            # The whole card, header, post and stamp: the post's text is the card's, as no quotation of it in
            # the story comes framed so (``test_an_embedded_posts_marks_go``).
            block = [kept[i - 2], above, line]
        doc.remove_block(block, EMBEDDED_POST.name)


def card_labels(doc: Doc) -> None:
    """Embedded posts' labels no pack lists (``card_label``), in any zone: a page without a headline leaves an
    early embed in the head, and no byline opens on a post's noun or is a platform's label. A pass after the
    inserted teasers: a label over a post's short line read as a teaser goes with it there, as before."""
    kept, (head_end, tail_start) = doc.zones()
    for i, line in enumerate(kept):
        if line.kept and line.words <= _CARD_LABEL_MAX_WORDS and line.memo.get("card_label") != line.text:
            line.memo["card_label"] = line.text  # kept: not tested again while unchanged
            if card_label(line.text):
                found = LINE[(i < head_end, i >= tail_start)].first(line.text, 0, "fullmatch")
                doc.remove(line, EMBEDDED_POST.name if found is None else found[0].name)
                post = kept[i + 1] if i + 1 < len(kept) else None
                if post is not None and line.text[-1] in ":：" and len(post.text) <= _POST_MAX_CHARS:
                    # A label naming the post and its account introduces that post, which is no story text:
                    # a story introduces a quotation by who said it ("The minister wrote on X:").
                    doc.remove(post, EMBEDDED_POST.name)
