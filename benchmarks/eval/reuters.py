"""Reuters-21578 SGML -> article records, and a CLI writing them as JSON Lines for wirewash.

Source: Reuters-21578 (Lewis 1997), 22 files ``reut2-0NN.sgm`` under ``<data_dir>/reuters21578/``,
latin-1, one ``<REUTERS ... NEWID="n">`` element per story holding ``<DATE>``, ``<TITLE>``, ``<DATELINE>``
and ``<BODY>`` (19,043 of the 21,578 stories have a body; BRIEF and UNPROC stories have none).

The SGML is machine-written and well formed at the element level, so one regex per element is exact; the
character references (``&lt;``, ``&#3;``) are decoded by :func:`html.unescape`, which drops the control
characters the wire used as framing (``&#2;`` start-of-text, ``&#3;`` end-of-text).

Usage::

    python -m benchmarks.eval.reuters --out reuters.jsonl [--data-dir ../shared/data]
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from benchmarks import shared

REPO_ROOT = Path(__file__).resolve().parents[2]


DEFAULT_DATA_DIR = shared.DATA

_STORY_RE = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.DOTALL)
_NEWID_RE = re.compile(r'\bNEWID="(\d+)"')
_FIELD_RE = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.DOTALL) for name in ("DATE", "TITLE", "BODY")}
# Codepoints html.unescape leaves in place that are still wire framing, not text.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class ReutersStory:
    """One Reuters-21578 story with a body.

    id: NEWID as a string ("1".."21578"); title: headline ("" when the story has none);
    date: ISO 8601 local wire time to the second ("1987-02-26T15:01:01"), or the raw <DATE> text when it
    does not parse; text: the body exactly as sent (paragraphs indented by four spaces, ending "Reuter");
    publisher: "Reuters", who sent every story (wirewash reads the field; verification compares two texts'
    publication times only when one publisher sent both).
    """

    id: str
    title: str
    date: str
    text: str
    publisher: str = "Reuters"


def _field(name: str, block: str) -> str | None:
    match = _FIELD_RE[name].search(block)
    if match is None:
        return None
    return _CONTROL_RE.sub("", html.unescape(match.group(1)))


def _iso_date(raw: str) -> str:
    # A few stories pad the day or the time with extra spaces ("  3-MAR-1987  09:15:05.40").
    compact = " ".join(raw.split())
    try:
        return datetime.strptime(compact.split(".")[0], "%d-%b-%Y %H:%M:%S").isoformat()
    except ValueError:
        return compact


def parse_sgml(raw: str) -> Iterator[ReutersStory]:
    """Yield every story with a <BODY> in one SGML file's text, in file order."""
    for match in _STORY_RE.finditer(raw):
        attrs, block = match.groups()
        body = _field("BODY", block)
        newid = _NEWID_RE.search(attrs)
        if body is None or newid is None:
            continue
        yield ReutersStory(
            id=newid.group(1),
            title=(_field("TITLE", block) or "").strip(),
            date=_iso_date(_field("DATE", block) or ""),
            text=body,
        )


def iter_stories(data_dir: Path = DEFAULT_DATA_DIR) -> Iterator[ReutersStory]:
    """Yield all Reuters-21578 stories with a body, ordered by file then position (NEWID order).

    Raises FileNotFoundError when ``<data_dir>/reuters21578`` holds no ``reut2-*.sgm``.
    """
    paths = sorted((Path(data_dir) / "reuters21578").glob("reut2-*.sgm"))
    if not paths:
        raise FileNotFoundError(f"no reut2-*.sgm under {Path(data_dir) / 'reuters21578'}")
    for path in paths:
        yield from parse_sgml(path.read_text(encoding="latin-1"))


def load_stories(data_dir: Path = DEFAULT_DATA_DIR) -> dict[str, ReutersStory]:
    """All stories with a body keyed by NEWID string."""
    return {story.id: story for story in iter_stories(data_dir)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="JSON Lines file to write")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR,
                        help="folder holding reuters21578/ (default: %(default)s)")
    args = parser.parse_args(argv)
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for story in iter_stories(args.data_dir):
            out.write(json.dumps(asdict(story), ensure_ascii=False) + "\n")
            count += 1
    print(f"wrote {count} stories to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
