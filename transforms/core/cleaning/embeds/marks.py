"""The lines that mark an embedded post: the attribution under it and a card's time stamp, alone or run into
the text above (``_anchor``), the card's header, the picture link, the credit line, and the prompt naming the
platform (``_prompt``, ``_pointing_prompt``). The package's docstring gives each one's shape."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.rules.shapes import PLATFORMS
from wirewash.transforms.core.cleaning.structure import Line

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
# A post card's count of likes alone on its line, as a Facebook or Instagram card closes ("712 likes", "1,204
# Likes", "3.4K likes", "538 me gusta", "12 mil curtidas"): the card's, as its stamp is.
# The card's link to the platform may be run in before it ("See more on Facebook 538 likes").
_LIKES = re.compile(
    rf"(?:(?i:see|view) more on {PLATFORMS} )?"
    r"[\d.,]{1,7}(?: ?[KkMm]| mil)? (?i:likes?|me gusta|j['’]aime|curtidas|gefällt mir|mi piace|отметок «нравится»)"
)
# The line a Facebook post's embed code shows where the post is not drawn: the page and the day it posted
# ("Posted by Star Tribune on Friday, December 4, 2020"), the card's stamp.
_POSTED_BY = re.compile(r"Posted by [^\n]{1,60}? on (?:[A-Z][a-z]{2,8}, )?[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}")
# A short video's sound credit run into the end of a story sentence ("... Shultz said. ♬ original sound - Jane
# Doe"): after a sentence's end only, as a post's own caption runs into it with none ("best day ever ♬ ...").
_SOUND_TAIL = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?][\"”’] ))♬ [^\n♬]{1,100}$")
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
    if "♬" in text and (m := _SOUND_TAIL.search(text, max(0, len(text) - 110))) is not None:
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
    if len(text) <= 80 and (_STAMP.fullmatch(text) if "·" in text else (
            _DASH_STAMP.fullmatch(text) or _LIKES.fullmatch(text)
            or (text.startswith("Posted by ") and _POSTED_BY.fullmatch(text)))):
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
