"""The tail zone's structural pass: a widget token ending the page."""
from __future__ import annotations

import re

from transforms.core.cleaning.rules.base import Rule
from transforms.core.cleaning.structure import Doc

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
