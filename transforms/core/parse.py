"""The read stage's public face: its config, the raw document, and reading one input file.

The formats live in ``transforms.core.readers`` (one module each, chosen by ``readers.registry``); this module
names what the rest of the pipeline uses.
"""
from __future__ import annotations

import io
from typing import Iterator

from wirewash.transforms.core.counters import Inc
from wirewash.transforms.core.html import extract_page
from wirewash.transforms.core.readers.base import Extract, RawDoc, ReadConfig
from wirewash.transforms.core.readers.encoding import decode_text
from wirewash.transforms.core.readers.records import parse_date
from wirewash.transforms.core.readers.registry import parse_stream
from wirewash.transforms.core.schema import Rejected

__all__ = ["Extract", "RawDoc", "ReadConfig", "decode_text", "parse_date", "parse_file", "parse_stream"]


def parse_file(
    source: str,
    data: bytes,
    cfg: ReadConfig,
    inc: Inc,
    extract: Extract = extract_page,
    name: str | None = None,
) -> Iterator[RawDoc | Rejected]:
    """``parse_stream`` over bytes already in memory."""
    return parse_stream(source, io.BytesIO(data), cfg, inc, extract, name)
