"""What a block of furniture leaves: the short lines beside furniture the rules removed, in one block.

A page sets a widget's lines one under another with no blank line between them, and its paragraphs apart: a
newsletter box's heading, pitch, e-mail field, button and small print ("Get the biggest daily stories by email" /
"Subscribe" / "We use your sign-up to provide content ..." / "Thank you for subscribing!" / "We have more
newsletters" / "Show me" / "Invalid Email"), a paywall's offer and buttons, a share row. When the rules removed
most of such a block, its short lines left are the same widget's in words no rule names: the block's shape, not
their words, tells them. A story paragraph is longer than any of them, so a block with one left keeps them all,
and so does a page that sets its paragraphs with no blank line between (one block: its story lines are kept). A
table's row is not a widget's ("Aug 13126", "Pay Oct 2": a wire's results and dividend items set their rows
so), nor is a block that holds the whole story (a dividend item over its correction note and "Reuter").
"""
from __future__ import annotations

import itertools

from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import Doc, is_body, is_data_row

BLOCK_LEFTOVER = Rule(
    "block_leftover", 1, "structural",
    "We have more newsletters",
    keep="Parliament closed the first of its two annual sessions this month.",
)
# A widget's line: a heading, a field, a button, a one-line pitch ("Recibí las noticias más importantes en tu
# correo" has eight words). A story paragraph has more.
_LEFTOVER_MAX_WORDS = 8
# Removed lines a block needs: one is a line the rules took from a short block of the story's (a caption under a
# subhead), two are a widget's.
_MIN_REMOVED = 2


def block_leftovers(doc: Doc) -> None:
    """Remove the kept lines of a block of three lines or more (``Line.block``) when at least ``_MIN_REMOVED`` of
    its lines were removed whole, as many as are kept or more characters, every kept one has at most
    ``_LEFTOVER_MAX_WORDS`` words and is no table row (``is_data_row``), and a story paragraph (``is_body``) is
    kept outside the block."""
    for _, grouped in itertools.groupby(doc.lines, key=lambda line: line.block):
        block = list(grouped)
        if len(block) < 3:
            continue
        kept = [line for line in block if line.kept]
        removed = len(block) - len(kept)
        if (
            kept
            and removed >= _MIN_REMOVED
            and all(line.words <= _LEFTOVER_MAX_WORDS and not is_data_row(line.text) for line in kept)
            and (removed >= len(kept) or sum(len(line.text) for line in block if not line.kept) > sum(
                len(line.text) for line in kept))
            and any(line.kept and line.block != block[0].block and is_body(line, doc.cfg) for line in doc.lines)
        ):
            for line in kept:
                doc.remove(line, BLOCK_LEFTOVER.name)
