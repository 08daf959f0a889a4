"""The tail zone's structural passes: short lines after the story's last paragraph, a trailing widget token."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import BULLET, Doc, is_body, is_data_row

WIDGET_TOKEN = Rule(
    "widget_token", 1, "structural", "Route 6", re.compile(r"[A-Z][A-Za-z]{1,20} \d{1,4}"),
    keep="Route 6 (above the story's last paragraph)",
)


def widget_tail(doc: Doc) -> None:
    """Trailing "Name 12" tokens (a route number, a gallery counter) after the story's last paragraph."""
    for line in reversed(doc.lines):
        if not line.kept:
            continue
        if not WIDGET_TOKEN.pattern.fullmatch(line.text):
            break
        doc.remove(line, WIDGET_TOKEN.name)


TAIL_FURNITURE = Rule(
    "tail_furniture", 1, "structural", "Tags: Elections, Kazakhstan (after the story's last paragraph)",
    keep="- Food scraps go in the green bin collected every Monday morning (a bulleted fact after a subhead)",
)


def _tabular(text: str) -> bool:
    tokens = text.split()
    return sum(any(c.isdigit() for c in t) for t in tokens) * 4 >= len(tokens)


def tail_furniture(doc: Doc) -> None:
    """After the story's last body paragraph, a short line that is no sentence is tail furniture (tags, share
    and follow prompts, related headlines, rights lines, end marks), judged by place and shape. A story's own
    trailing lines stay: list items and the subhead or colon line over them, table rows and a table's label."""
    cfg = doc.cfg
    kept = doc.kept()
    last = next((i for i in range(len(kept) - 1, -1, -1) if is_body(kept[i], cfg)), None)
    if last is None:
        return
    tail = kept[last + 1:]
    for k, line in enumerate(tail):
        nxt = tail[k + 1] if k + 1 < len(tail) else None
        if (
            line.sentence
            or line.words > cfg.tail_line_max_words
            or line.text.endswith(":")
            or BULLET.fullmatch(line.text)
            or _tabular(line.text)
            or is_data_row(line.text)
            or (nxt is not None and (BULLET.fullmatch(nxt.text) or _tabular(nxt.text)))
        ):
            continue
        doc.remove(line, TAIL_FURNITURE.name)
