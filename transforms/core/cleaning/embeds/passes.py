"""The cleaner's passes over embedded posts (``embedded_posts``, ``card_labels``) and the rule that names
what they remove (``EMBEDDED_POST``). The package's docstring lists the lines they remove."""
from __future__ import annotations

from wirewash.transforms.core.cleaning.embeds.gated import (
    _PLACEHOLDER_MAX_WORDS,
    _gate_blocks,
    _show_button,
    placeholder,
)
from wirewash.transforms.core.cleaning.embeds.labels import (
    _CARD_LABEL_MAX_WORDS,
    _card_label_over_post,
    card_label,
)
from wirewash.transforms.core.cleaning.embeds.marks import (
    _PICTURE_LINK,
    _POST_HEADER,
    _anchor,
    _attribution,
    _card_credit,
    _glued_start,
    _picture_link,
    _pointing_prompt,
    _prompt,
)
from wirewash.transforms.core.cleaning.embeds.posts import _POST_MAX_CHARS, _post_over, _post_text, _Story
from wirewash.transforms.core.cleaning.matcher import LINE
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import Doc, Line

EMBEDDED_POST = Rule(
    "embedded_post", 1, "structural", "— Jane Doe (@janedoe) May 4, 2023 (under the post's text)",
    keep="In a post on X, the minister said the queue was already around the block on Sunday morning.",
)


def _facts(line: Line) -> tuple[bool, bool, bool, bool, bool]:
    """What ``embedded_posts`` reads off a kept line alone: a card's credit closing it, one inside it, a
    placeholder, an embed's mark or picture link, a platform's prompt. Kept in the line's memo: the pass runs
    again in most articles' second round, on lines most of which have not changed."""
    memo = line.memo.get("embed_facts")
    if memo is not None and memo[0] == line.text:
        return memo[1]  # type: ignore[no-any-return]
    credited = _card_credit(line)
    facts = (
        credited,
        not credited and _card_credit(line, closing=False),
        line.words <= _PLACEHOLDER_MAX_WORDS and placeholder(line.text, line.words),
        _anchor(line) in ("attribution", "stamp") or _picture_link(line.text),
        _prompt(line),
    )
    line.memo["embed_facts"] = (line.text, facts)
    return facts


def embedded_posts(doc: Doc) -> None:
    """Embedded posts' attribution lines, card stamps and headers, a card's credit line and prompt (see the
    module's docstring)."""
    kept, (head_end, tail_start) = doc.zones()
    below = kept[head_end:]
    # Below the lead only: over it a byline may name its author's account ("By Jane Doe (@janedoe)"). Two or
    # more in a row are the story's own list of accounts ("Jane Doe (@janedoe)" under each profile), and two
    # apart are too unless each stands under its card's prompt.
    credited, inside, placeholders, marked, prompted = zip(*map(_facts, below)) if below else ((),) * 5
    listed = [
        c and ((k > 0 and credited[k - 1]) or (k + 1 < len(below) and credited[k + 1]))
        for k, c in enumerate(credited)
    ]
    marks = [(c and not listed[k]) or inside[k] or placeholders[k] or marked[k] for k, c in enumerate(credited)]
    prompts = [
        p and (any(0 <= j < len(below) and marks[j] for j in (k - 1, k + 1)) or _pointing_prompt(line))
        for k, (p, line) in enumerate(zip(prompted, below))
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
            button = below[k + 1] if placeholders[k] and k + 1 < len(below) else None
            if button is not None and button.kept and _show_button(button):
                doc.remove(button, EMBEDDED_POST.name)  # the placeholder's own: "Allow and continue"
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
