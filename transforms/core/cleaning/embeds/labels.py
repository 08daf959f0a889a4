"""A post card's label over the post: a line naming the post and its account, or a channel's, "from" or
"click to view" label (``card_label``, ``_card_label_over_post``)."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.embeds.marks import _ACCOUNT
from wirewash.transforms.core.cleaning.embeds.posts import _post_text
from wirewash.transforms.core.cleaning.rules.shapes import PLATFORMS
from wirewash.transforms.core.cleaning.structure import Line

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
# The label in any words: a short line that names the account and ends on a colon, over the post it introduces
# ("Запись в канале @newsroom:", "Tweet de @newsroom :", "منشور على حساب @newsroom:"). A story introduces a
# quotation by who wrote it, with no handle ("The minister wrote on X:").
_ACCOUNT_LABEL = re.compile(rf"[^.!?:：@\n]{{0,60}}(?<![\w.]){_ACCOUNT}[^.!?:：@\n]{{0,30}}[:：]")


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
