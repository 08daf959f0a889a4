"""C0 control characters in a record's text and metadata: the breaks among them made line, paragraph or word
breaks, the rest removed."""
from __future__ import annotations

import re


# C0 controls other than tab, newline, form feed and carriage return carry no text.
_CONTROLS = "\x00-\x08\x0b\x0e-\x1f\x7f"
CONTROL_RE = re.compile(f"[{_CONTROLS}]")
# Except the breaks: Word's manual line break (\x0b, Shift+Enter in its text exports) ends a line, a page
# break (\x0c) and a file, group or record separator (\x1c-\x1e) a paragraph, and a unit separator (\x1f)
# parts two words; deleted, they glued "year.But" (newcomer's F16, fresh11 F4).
_BREAKS = str.maketrans(
    {"\x0b": "\n", "\x0c": "\n\n", "\x1c": "\n\n", "\x1d": "\n\n", "\x1e": "\n\n", "\x1f": " "}
)
_BREAK_OR_CONTROL_RE = re.compile(f"[\x0c{_CONTROLS}]")
# Any other control between a word and the next stands for the space a fixed-width or C export wrote as NUL
# ("The\0UK's\0jobless" lost its spaces); before a space, a punctuation mark or the end it is padding: it
# goes.
_BETWEEN_WORDS_RE = re.compile(f"(?<=[^\\s{_CONTROLS}])[{_CONTROLS}]+(?=\\w)")


def controls_removed(text: str) -> str:
    """``text`` without the C0 controls that carry no text: its line, page and information separators made
    breaks or spaces, a control between two words a space, the others deleted."""
    if not _BREAK_OR_CONTROL_RE.search(text):
        return text
    return CONTROL_RE.sub("", _BETWEEN_WORDS_RE.sub(" ", text.translate(_BREAKS)))


def metadata_text(value: str | None) -> str | None:
    """A title, byline or publisher without C0 controls (a NUL breaks PostgreSQL's COPY and C-string tools),
    on one line; None when nothing else is left."""
    if value is None or not _BREAK_OR_CONTROL_RE.search(value):
        return value
    return " ".join(controls_removed(value).split()) or None
