"""Reading one file: the compression layers peeled, the reader picked by name or sniffed, an archive's members
each read as a file, any failure one rejection of the file, and every item counted (``parse_stream``)."""
from __future__ import annotations

import dataclasses
import io
from collections import Counter
from typing import BinaryIO, Iterable, Iterator

from wirewash.transforms.core.wording import count_of
from wirewash.transforms.core.counters import Inc
from wirewash.transforms.core.html import extract_page
from wirewash.transforms.core.readers.archive import Member
from wirewash.transforms.core.readers.base import (
    Extract, Grouped, RawDoc, ReadConfig, Reject, Skipped, error_detail,
)
from wirewash.transforms.core.readers.compression import LAYERS, Layer
from wirewash.transforms.core.readers.jsonl import JSON, sniff_json, starts_as_json
from wirewash.transforms.core.readers.listing import source_name
from wirewash.transforms.core.readers.markup import plain_record_text
from wirewash.transforms.core.readers.records import bounded
from wirewash.transforms.core.readers.registry.archived_outputs import _output_folder_of
from wirewash.transforms.core.readers.registry.formats import not_article, resolve
from wirewash.transforms.core.readers.registry.sniff import (
    _JSON_SNIFF, _SNIFF, _not_article_detail, _peel_by_magic, _sniffed,
)
from wirewash.transforms.core.readers.text import TEXT, head_of, read_upto
from wirewash.transforms.core.readers.warc import WARC, WET
from wirewash.transforms.core.schema import Rejected, make_doc_id


# Archives read inside archives, at most: a tar of tars is read, a tar in that is ``nested_archive``.
_MAX_ARCHIVE_DEPTH = 2
# The compression layers of a file read as a stream of records (an archive's members, JSON Lines) may inflate to
# this many times max_inflated_bytes (20 GB by default): each record or member is held to the limits of a file,
# so the stream's own limit only ends a decompression bomb. At max_inflated_bytes a 66 MB .jsonl.gz lost its
# last 3,389 records as one rejection, while the same file uncompressed was read whole.
_STREAM_INFLATION = 400


def _items(
    source: str, stream: BinaryIO, cfg: ReadConfig, extract: Extract, name: str, depth: int
) -> Iterator:
    layers, reader = resolve(name)
    if reader.whole_file and not_article(name):
        raise Reject("not_article", "a dataset's documentation file, not an article (see --exclude)")
    inflate = cfg
    # Read record by record, never held whole; a name no reader claims may turn out to hold JSON records
    # (``_sniffed`` runs on the inflated head), and plain text or HTML reads no more than max_doc_bytes anyway.
    if reader is TEXT or not (reader.seekable or reader.whole_file):
        inflate = dataclasses.replace(cfg, max_inflated_bytes=cfg.max_inflated_bytes * _STREAM_INFLATION)
    opened: list[Layer] = []
    for suffix in layers:
        stream = LAYERS[suffix](stream, inflate)
        opened.append(stream)
    if reader not in (WARC, WET):  # fastwarc inflates a WARC's per-record gzip itself, streaming a 1 GB file
        stream, peeled = _peel_by_magic(stream, inflate)
        opened += peeled
    # No further than a document may go: a reader held to max_doc_bytes reads no more because of this.
    head, stream = head_of(stream, min(_SNIFF, cfg.max_doc_bytes + 1))
    if not head:
        # Not "corrupt_parquet: file size is 0 bytes" or "no HTML response records" for a 0-byte file.
        raise Reject("empty", "a file of 0 bytes" if not opened else "nothing inside the compression")
    if reader is TEXT:
        reader = _sniffed(head)
    if reader is TEXT and (detail := _not_article_detail(name[: len(name) - sum(map(len, layers))], head)):
        raise Reject("not_article", detail)
    sniffed_json = "text"
    if reader is TEXT and starts_as_json(head):  # the larger window only for a text that may be JSON
        window = min(_JSON_SNIFF, cfg.max_doc_bytes + 1)
        # Exact: a 6 KB JSON first line peeked as its first 4 KiB passed for a whole file of records.
        json_head, stream = head_of(stream, window, exact=True)
        sniffed_json = sniff_json(json_head, whole=len(json_head) < window)
        if sniffed_json == "records":  # JSON Lines saved as .txt or without a name
            reader = JSON
    if reader.archive and depth >= _MAX_ARCHIVE_DEPTH:
        detail = f"an archive inside {depth} archives (at most {_MAX_ARCHIVE_DEPTH - 1} are read)"
        raise Reject("nested_archive", detail)
    if reader.seekable and (opened or not stream.seekable()):
        data = read_upto(stream, cfg.max_inflated_bytes + 1)
        if len(data) > cfg.max_inflated_bytes:
            raise Reject("too_large", f"more than max_inflated_bytes={cfg.max_inflated_bytes} bytes")
        stream = io.BytesIO(data)
    items = reader.read(source, stream, cfg, extract)
    if sniffed_json == "text_starting_as_json":  # kept as the one article it is, but not silently
        items = (_noted(i, "text_starting_as_json") for i in items)
    if reader.records:
        items = (plain_record_text(i, extract) if isinstance(i, RawDoc) else i for i in items)
    yield from _members(source, items, cfg, extract, depth) if reader.archive else items
    if any(layer.trailing_garbage for layer in opened):
        yield Skipped("trailing_garbage")


def _noted(item: RawDoc | Rejected, note: str) -> RawDoc | Rejected:
    return dataclasses.replace(item, repaired=(*item.repaired, note)) if isinstance(item, RawDoc) else item


def member_source(archive_source: str, name: str, nth: int = 1) -> str:
    """``archive!member``: a member's path as a file's is in ``source`` (``listing.source_name``: ``!`` and
    ``@`` percent-encoded, so the last ``!`` always ends the archive's part); ``archive!member@N`` for the
    ``nth`` member of one name (N from 2), which no member's own name can spell."""
    named = f"{archive_source}!{source_name(name)}"
    return f"{named}@{nth}" if nth > 1 else named


def _members(
    source: str, members: Iterable[Member | Skipped], cfg: ReadConfig, extract: Extract, depth: int
) -> Iterator:
    """Every member of an archive read as a file named ``member_source``: its failure is its rejection, and
    the members after it are still read. A name given again (an archive appended to: ``zip -u``, ``tar -r``,
    ``ZipFile(..., "a")``) is read too, as ``name@2``, ``@3``... in the archive's order, so every member has
    a source of its own. The names seen are held for that: a tar is read in one pass. The members of an
    earlier wirewash output the archive holds (``_output_folder_of``) are not read: one ``earlier_output``
    rejection per such folder, after the rest, as for a folder of files."""
    outputs: dict[str, int] = {}
    seen: Counter[str] = Counter()
    skipped = 0
    try:
        for member in members:
            if isinstance(member, Skipped):
                skipped += 1
                yield member
                continue
            seen[member.name] += 1
            named = member_source(source, member.name, seen[member.name])
            if member.problem is not None:
                yield reject_file(named, *member.problem)
            else:
                folder, stream = _output_folder_of(member.name, member.stream, cfg)
                if folder is not None:
                    outputs[folder] = outputs.get(folder, 0) + 1
                    continue
                yield from read_items(named, stream, cfg, extract, member.name, depth + 1)
    except Reject as damage:
        end: Reject | None = damage
    else:
        end = None
    # Before a damage's rejection, which ends the items: the members set aside up to it are inputs too.
    for folder, matched in sorted(outputs.items()):
        yield reject_file(
            member_source(source, folder or ".") + "/",
            "earlier_output",
            f"an earlier wirewash output or index in the archive ({count_of(matched, 'member')}): not read as articles; "
            "unpack it and name one of its tables in --input to read it (OUTPUT/articles)",
        )
    if end is not None:
        raise end
    if not seen and not outputs:
        # A zip or tar of no files (folders alone, links, resource forks) gave nothing: the input vanished.
        also = f" ({skipped} links or metadata members passed over)" if skipped else ""
        raise Reject("empty", f"an archive with no files{also}")


def reject_file(source: str, reason: str, detail: str) -> Rejected:
    """A rejection of a whole file (or of the rest of it): its doc_id is that of its source alone."""
    return Rejected(make_doc_id(source, b""), source, reason, detail[:300])


def read_items(
    source: str,
    stream: BinaryIO,
    cfg: ReadConfig,
    extract: Extract = extract_page,
    name: str | None = None,
    depth: int = 0,
) -> Iterator[RawDoc | Rejected | Skipped | Grouped]:
    """``parse_stream`` before counting: the reader's items, documents' metadata within the limits
    (``records.bounded``), any failure of the file turned into one rejection after the items before it.
    ``depth``: how many archives the file is a member of."""
    items = _items(source, stream, cfg, extract, name or source, depth)
    while True:
        try:
            item = next(items)
            yield bounded(item, cfg) if isinstance(item, RawDoc) else item
            continue
        except StopIteration:
            return
        except Reject as r:
            yield reject_file(source, r.reason, r.detail)
        except OSError as e:
            yield reject_file(source, "unreadable", error_detail(e))
        except Exception as e:  # noqa: BLE001 - one hostile file must not end a billion-document run
            yield reject_file(source, "read_error", error_detail(e))
        except BaseException as e:
            # A Rust library's panic (fastwarc) arrives as pyo3's PanicException, a BaseException.
            if type(e).__name__ != "PanicException":
                raise
            yield reject_file(source, "read_error", f"library panic: {error_detail(e).split(': ', 1)[-1]}")
        return  # a generator that raised is finished


def counted(
    items: Iterable[RawDoc | Rejected | Skipped | Grouped], inc: Inc
) -> Iterator[RawDoc | Rejected]:
    """The one place reading is counted: ``read:document``, ``read:rejected:<reason>`` per item passed on,
    ``read:skipped:<reason>`` per ``Skipped`` (dropped), ``read:field:<repair>`` per field a document's
    reader changed or dropped (``RawDoc.repaired``); a ``Grouped`` (dropped) adds its rows to
    ``read:rejected:<reason>`` and to ``read:grouped_rejections``, the inputs without a row of their own."""
    for item in items:
        if isinstance(item, Skipped):
            inc(f"read:skipped:{item.reason}")
            continue
        if isinstance(item, Grouped):
            inc(f"read:rejected:{item.reason}", item.rows)
            inc("read:grouped_rejections", item.rows)
            continue
        if isinstance(item, RawDoc):
            inc("read:document")
            for repair in item.repaired:
                inc(f"read:field:{repair}")
        else:
            inc(f"read:rejected:{item.reason}")
        yield item


def parse_stream(
    source: str,
    stream: BinaryIO,
    cfg: ReadConfig,
    inc: Inc,
    extract: Extract = extract_page,
    name: str | None = None,
) -> Iterator[RawDoc | Rejected]:
    """Every document of one input file, or one ``Rejected`` per unusable document or file, counted.

    ``source`` names the file in the output (records are ``source#N``); ``name`` (default ``source``) picks
    the format. ``extract`` turns HTML into a page; the pipeline passes one that runs in a child process
    with a time limit (a ``TimeoutError`` becomes ``extraction_timeout``, any other error ``html_error``).
    Never raises for bad input: a problem with the file, after the documents before it, is one rejection of
    the file (doc_id from its source), reasons such as ``truncated``, ``too_large``, ``unreadable``.
    """
    return counted(read_items(source, stream, cfg, extract, name), inc)
