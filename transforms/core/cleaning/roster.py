"""A story's own roster: the names closing a team sheet, a cast or a nominees' list ("Paddy O'Brien (New
Zealand)" under the line-ups, "Little Britain (BBC Three)" among the nominees). Such a line has the shape of an
outlet's source line or of a name alone in the tail ("CNNMoney (New York)", a signature), and it is the
story's when lines of names stand just above it."""
from __future__ import annotations

import re

# A name or a title: one to five capitalised words ("P O'Brien", "J-P Grandclaude", "Doc Martin"), with a
# particle among them ("Ant & Dec", "School Of Rock"), then perhaps a scorer's minutes ("Varga 40", "Thompson
# 48 pen").
_NAME = re.compile(
    r"(?:[A-Z][\w'’.\-]*|&|of|de|van|von|da|di|le|la)(?: (?:[A-Z][\w'’.\-]*|&|of|de|van|von|da|di|le|la)){0,4}"
    r"(?: \d{1,3}(?: pen| og)?)*"
)
_BRACKETS = re.compile(r" ?\([^()]{0,80}\)")
_ITEM_SPLIT = re.compile(r"[,;:] ?")
_LIST_MIN_ITEMS = 3
# How far above the line a list of names counts: a team sheet's last lines are its scorers and attendance.
ROSTER_REACH = 3
_ROSTER_LINE_MAX_CHARS = 80


def _names(text: str) -> list[str]:
    items = [x.strip() for x in _ITEM_SPLIT.split(_BRACKETS.sub("", text).strip().rstrip(".")) if x.strip()]
    return [x for x in items if _NAME.fullmatch(x)]


def names_list(text: str) -> bool:
    """Three or more names, set apart by commas, semicolons or a label's colon, and nothing else but brackets
    ("Howard, Phil Neville, Giggs (Saha 70), Scholes.", "Doc Martin (Buffalo Productions, ITV1)" is one)."""
    items = [x for x in _ITEM_SPLIT.split(_BRACKETS.sub("", text).strip().rstrip(".")) if x.strip()]
    return len(items) >= _LIST_MIN_ITEMS and 3 * len(_names(text)) >= 2 * len(items)


def name_line(text: str) -> bool:
    """A name or a title alone, perhaps with a bracket after it ("Paddy O'Brien (New Zealand)", "C Thomson",
    "Nighty Night (Baby Cow Productions, BBC Three)")."""
    body = _BRACKETS.sub("", text).strip().rstrip(".")
    return len(text) <= _ROSTER_LINE_MAX_CHARS and bool(body) and _NAME.fullmatch(body) is not None


def roster_item(above: list[str], text: str) -> bool:
    """Whether ``text``, a name line, closes a list of names that the lines ``above`` it (nearest last) hold:
    one of the last three is a list of names, or the line just above is a name line with a bracket as well."""
    if not above or not name_line(text):
        return False
    if "(" in text and "(" in above[-1] and name_line(above[-1]):
        return True
    return any(names_list(x) for x in above[-ROSTER_REACH:])
