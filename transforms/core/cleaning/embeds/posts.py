"""An embedded post's own text: whether a line can be one (``_post_text``, ``_post_over``), and whether the
story discusses it (``_Story``), which keeps it."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.config import CleanConfig
from wirewash.transforms.core.cleaning.cues import content_tokens, share_with
from wirewash.transforms.core.cleaning.embeds.marks import _PICTURE_LINK, _anchor, _picture_link
from wirewash.transforms.core.cleaning.structure import Line, is_body

# A post is at most 280 characters on X (500 on Threads, 300 on Bluesky): a longer line between a card's
# header and its stamp is no post's text, and the header above it is the story's.
_POST_MAX_CHARS = 520
# A post the story discusses shares two content tokens with it; one met by chance ("state", "today") does not
# make it the story's.
_SHARED_TOKENS = 2
# A word of the author's name the story would name them by ("Noem", "Tottenham"; not "The" of "The Nigerian
# Senate").
_NAME_WORD = re.compile(r"[^\W\d_]{4,}")


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
