"""The readers by file-name suffix (``READERS``), the formats refused by theirs, and the reader and
compression layers a file's name picks (``resolve``)."""
from __future__ import annotations

import posixpath
import re
from typing import BinaryIO, Iterator

from wirewash.transforms.core.readers.archive import TAR, ZIP
from wirewash.transforms.core.readers.base import Extract, ReadConfig, Reader, Reject
from wirewash.transforms.core.readers.compression import LAYERS
from wirewash.transforms.core.readers.html import HTML
from wirewash.transforms.core.readers.jsonl import JSON, JSONL
from wirewash.transforms.core.readers.parquet import PARQUET
from wirewash.transforms.core.readers.text import TEXT
from wirewash.transforms.core.readers.warc import ARC, WARC, WAT, WET


_CONVERT = "convert it to JSON Lines or Parquet, one article per record"


# The files a dataset folder carries beside its documents: read, they would be kept as articles.
_NOT_ARTICLE_RE = re.compile(
    r"(readme|license|licence|copying|changelog|changes|notice|authors|contributing|contributors|citation)"
    r"(\.[a-z0-9]+)*",
    re.IGNORECASE,
)


def _read_unsupported(source: str, stream: BinaryIO, cfg: ReadConfig, extract: Extract) -> Iterator:
    raise Reject("unsupported_format", f"a table or feed of many records, not one article: {_CONVERT}")


# Formats that hold many records and that no reader reads: as plain text each became one junk article.
UNSUPPORTED = Reader(
    "unsupported", (".csv", ".tsv", ".xml", ".rss", ".atom", ".sgm", ".sgml"), _read_unsupported
)
READERS: tuple[Reader, ...] = (WARC, WET, PARQUET, JSONL, JSON, HTML, TAR, ZIP, UNSUPPORTED, ARC, WAT)
_REFUSED = (UNSUPPORTED, ARC, WAT)


def input_formats() -> str:
    """The formats ``--input`` reads, by suffix, as --help says them; the README's table of inputs is checked
    against ``READERS`` and ``LAYERS`` (tests/test_cli.py), so neither can list fewer than are read."""
    read = ", ".join(s for r in READERS if r not in _REFUSED for s in r.suffixes)
    layers, refused = ", ".join(LAYERS), ", ".join(UNSUPPORTED.suffixes)
    crawls = ", ".join(s for r in (ARC, WAT) for s in r.suffixes)
    return (
        f"read by extension: {read} (an archive's members each by their own names); any other name as plain "
        "text (HTML when it starts as a page does, JSON when it starts with JSON objects and parses, a tar when "
        "its header says so); "
        f"{layers} layers peeled off first, in any number; {refused} refused (many records in one file); "
        f"{crawls} refused (ARC: convert it to WARC; WAT: metadata, no text)"
    )


def resolve(name: str) -> tuple[list[str], Reader]:
    """(compression suffixes to remove, outermost first; the reader of what is inside) for a file name."""
    lower = name.lower()
    layers: list[str] = []
    while True:
        claimed = [(len(s), r) for r in READERS for s in r.suffixes if lower.endswith(s)]
        if claimed:
            return layers, max(claimed, key=lambda c: c[0])[1]
        layer = next((s for s in LAYERS if lower.endswith(s)), None)
        if layer is None:
            return layers, TEXT
        layers.append(layer)
        lower = lower[: -len(layer)]


def not_article(name: str) -> bool:
    """A README, LICENSE, CHANGELOG... of a dataset, by its file name (any case, any extension)."""
    return _NOT_ARTICLE_RE.fullmatch(posixpath.basename(name)) is not None
