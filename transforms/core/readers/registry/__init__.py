"""The readers by file-name suffix, the compression layers around them, and the one place that counts.

``parse_stream`` is the entry point for one open file. The name picks the format: the longest suffix a reader
claims (``.warc.gz`` is WARC's own), else a compression suffix (``.gz``, ``.zst``) is peeled off and the rest
looked up again, so ``x.jsonl.zst``, ``x.parquet.gz`` and ``x.txt.gz.zst`` all work; a name no reader claims
is plain text. An archive's members (``.tar``, ``.tgz``, ``.zip``...) are each read as a file, by their own
names, their records named ``archive!member#N``. Every item is counted here: ``read:document``,
``read:rejected:<reason>``, ``read:skipped:<reason>``, ``read:field:<repair>``, ``read:grouped_rejections``,
so the accounting does not depend on each reader remembering to; every document's metadata is held to the read limits here too
(``records.bounded``).

``formats`` picks a reader by name; ``sniff`` by a file's first bytes; ``read`` reads and counts;
``archived_outputs`` finds a wirewash output packed in an archive.
"""
from wirewash.transforms.core.readers.registry.formats import (
    READERS,
    UNSUPPORTED,
    input_formats,
    not_article,
    resolve,
)
from wirewash.transforms.core.readers.registry.read import (
    counted,
    member_source,
    parse_stream,
    read_items,
    reject_file,
)

__all__ = [
    "READERS", "UNSUPPORTED", "counted", "input_formats", "member_source", "not_article", "parse_stream",
    "read_items", "reject_file", "resolve",
]
