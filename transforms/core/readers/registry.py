"""The readers by file-name suffix, the compression layers around them, and the one place that counts.

``parse_stream`` is the entry point for one open file. The name picks the format: the longest suffix a reader
claims (``.warc.gz`` is WARC's own), else a compression suffix (``.gz``, ``.zst``) is peeled off and the rest
looked up again, so ``x.jsonl.zst``, ``x.parquet.gz`` and ``x.txt.gz.zst`` all work; a name no reader claims
is plain text. An archive's members (``.tar``, ``.tgz``, ``.zip``...) are each read as a file, by their own
names, their records named ``archive!member#N``. Every item is counted here: ``read:document``,
``read:rejected:<reason>``, ``read:skipped:<reason>``, ``read:field:<repair>``, ``read:grouped_rejections``,
so the accounting does not depend on each reader remembering to; every document's metadata is held to the read limits here too
(``records.bounded``).
"""
from __future__ import annotations

import dataclasses
import io
import json
import posixpath
import re
from collections import Counter
from typing import BinaryIO, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from wirewash.transforms.core.counters import Inc
from wirewash.transforms.core.html import extract_page
from wirewash.transforms.core.readers.archive import TAR, TAR_MAGIC, ZIP, Member
from wirewash.transforms.core.readers.base import (
    Extract,
    Grouped,
    RawDoc,
    ReadConfig,
    Reader,
    Reject,
    Skipped,
    error_detail,
)
from wirewash.transforms.core.readers.compression import CHUNK, LAYERS, MAGIC, Layer
from wirewash.transforms.core.readers.html import HTML, ours_report_html
from wirewash.transforms.core.readers.jsonl import JSON, JSONL, as_utf8, sniff_json, starts_as_json
from wirewash.transforms.core.readers.listing import ours_report, source_name
from wirewash.transforms.core.readers.markup import plain_record_text
from wirewash.transforms.core.readers.parquet import PARQUET
from wirewash.transforms.core.readers.records import bounded
from wirewash.transforms.core.readers.text import TEXT, Prepended, head_of, read_upto
from wirewash.transforms.core.readers.warc import ARC, WARC, WAT, WET
from wirewash.transforms.core.schema import (
    ARTICLE_SCHEMA,
    OUTPUT_LOCK,
    OUTPUT_NAMES,
    REJECTED_SCHEMA,
    REPORT_JSON,
    Rejected,
    make_doc_id,
)

# How much of a file with no claimed suffix is looked at to tell HTML and markup from plain text.
_SNIFF = 1024
# How much is looked at to tell JSON records from a text that starts with "{" or "[": all of it must parse
# (a record may be longer: a valid prefix cut here is enough).
_JSON_SNIFF = 1 << 16
# A page, or a page's body saved alone (a scraper's "outer HTML" of <body>). Bare fragments (<article>, <div>)
# are not sniffed: trafilatura finds no main text in some of them, which would reject text now kept.
# What a page opens with: its doctype, <html>, <head> or <body>, or, with <html> and <head> left out (both are
# optional in HTML), what a head holds (read as text, its tags and scripts were kept as the article's words);
# after comments too.
_PAGE_OPENING = (rb"(?:!doctype html|html[\s>]|head[\s>]|body[\s>]"
                 rb"|(?:meta|link|title|base|style|script|noscript|template)[\s>/])")
_HTML_START = re.compile(rb"(?:<!--.*?-->\s*)*<" + _PAGE_OPENING, re.DOTALL)
_WARC_HEAD = re.compile(rb"WARC/1\.[01]\r?\n")
_WET_HEAD = re.compile(rb"WARC-Type: conversion|WARC-Filename: [^\r\n]*\.wet\b", re.IGNORECASE)
_MARKUP_START = re.compile(rb"<\?xml|<!doctype|<rss[\s>]|<feed[\s>]|<reuters[\s>]")
_CONVERT = "convert it to JSON Lines or Parquet, one article per record"
# Hive and Impala write a table's Parquet files without a suffix (``000000_0``), a download may lose it: read
# by the magic number Parquet files open with. Other columnar and database files are refused by theirs, naming
# the format; as plain text they were ``binary`` ("499 control characters"), as if a table of articles were an
# image. Each magic with the binary byte that follows it, so that a story opening "PAR1" or "ORC" stays
# text: a Parquet file's first page header is a Thrift struct (0x15), an ORC file's stripe a protobuf (a
# control byte soon).
_PARQUET_MAGIC = b"PAR1\x15"
_TABLE_MAGIC = (
    (re.compile(rb"ARROW1\x00\x00"), "an Arrow IPC (Feather) file"),
    (re.compile(rb"ORC.{0,13}[\x00-\x08\x0e-\x1f]", re.DOTALL), "an ORC file"),
    (re.compile(rb"Obj\x01"), "an Avro file"),
    (re.compile(rb"SQLite format 3\x00"), "an SQLite database"),
)


def _read_unsupported(source: str, stream: BinaryIO, cfg: ReadConfig, extract: Extract) -> Iterator:
    raise Reject("unsupported_format", f"a table or feed of many records, not one article: {_CONVERT}")


# Formats that hold many records and that no reader reads: as plain text each became one junk article.
UNSUPPORTED = Reader(
    "unsupported", (".csv", ".tsv", ".xml", ".rss", ".atom", ".sgm", ".sgml"), _read_unsupported
)
READERS: tuple[Reader, ...] = (WARC, WET, PARQUET, JSONL, JSON, HTML, TAR, ZIP, UNSUPPORTED, ARC, WAT)
_REFUSED = (UNSUPPORTED, ARC, WAT)
# Layers peeled by magic number, at most: a gzip quine (a .gz that inflates to itself) must end.
_MAX_MAGIC_LAYERS = 4
# Archives read inside archives, at most: a tar of tars is read, a tar in that is ``nested_archive``.
_MAX_ARCHIVE_DEPTH = 2
# The compression layers of a file read as a stream of records (an archive's members, JSON Lines) may inflate to
# this many times max_inflated_bytes (20 GB by default): each record or member is held to the limits of a file,
# so the stream's own limit only ends a decompression bomb. At max_inflated_bytes a 66 MB .jsonl.gz lost its
# last 3,389 records as one rejection, while the same file uncompressed was read whole.
_STREAM_INFLATION = 400
# The files a dataset folder carries beside its documents: read, they would be kept as articles.
_NOT_ARTICLE_RE = re.compile(
    r"(readme|license|licence|copying|changelog|changes|notice|authors|contributing|contributors|citation)"
    r"(\.[a-z0-9]+)*",
    re.IGNORECASE,
)


# Programs, their build and configuration files and logs, which a folder of articles also carries (a helper
# script beside the data): read as plain text, a long one was kept as an article (fresh12 F9). Matched on the
# name once compression suffixes are peeled; ".md" and ".txt" stay text, as articles are written in them.
_NOT_ARTICLE_SUFFIXES = frozenset(
    ".sh .bash .zsh .fish .bat .cmd .ps1 .py .ipynb .r .rb .pl .php .js .mjs .ts .css .scss .java .kt .scala .c .h"
    " .cc .cpp .hpp .cs .go .rs .swift .sql .yaml .yml .toml .ini .cfg .conf .lock .log .mk .gradle".split()
)
_NOT_ARTICLE_NAMES = frozenset(
    "makefile dockerfile .gitignore .gitattributes .dockerignore .htaccess .ds_store thumbs.db desktop.ini".split()
)


# SGML/XML markup declarations, after any comments: a DTD (Reuters-21578's lewis.dtd) was kept as an article.
_DECLARATIONS = re.compile(rb"(?:\s*<!--.*?-->)*\s*<!(element|entity|attlist|notation)\s", re.DOTALL | re.IGNORECASE)
# A list of one word (name, code, term) per line: Reuters-21578's all-places-strings.lc.txt and its like were
# kept as articles of one-word paragraphs. This many lines in the first KB (``_SNIFF``), every one a single
# word; an article's head has sentences, or a headline of several words.
_LIST_LINES = 20


def _one_word_lines(head: bytes) -> int:
    """How many lines ``head`` holds if every non-blank one is a single word, else 0."""
    lines = head.split(b"\n")
    if len(head) >= _SNIFF:
        lines = lines[:-1]  # perhaps cut short by the window
    words = [line.strip() for line in lines if line.strip()]
    return len(words) if all(len(w.split()) == 1 for w in words) else 0


def _not_article_detail(name: str, head: bytes) -> str | None:
    """Why a file read as plain text is no article, by its name (``_NOT_ARTICLE_SUFFIXES``,
    ``_NOT_ARTICLE_NAMES``), its first line (a script's "#!") or its start (markup declarations, a
    one-word-per-line list); None when nothing says so."""
    base = posixpath.basename(name).lower()
    suffix = posixpath.splitext(base)[1]
    start = head.lstrip(b"\xef\xbb\xbf")
    if suffix in _NOT_ARTICLE_SUFFIXES or base in _NOT_ARTICLE_NAMES:
        what = f"a program, configuration or log file ({suffix or base})"
    elif start.startswith(b"#!"):
        what = "a script (its first line is #!)"
    elif start.lstrip(b" \t\r\n").lower().startswith(b"<?php"):
        # A server runs PHP before sending a page: a file that still opens with it is the program itself.
        what = "a PHP program (it starts with <?php)"
    elif m := _DECLARATIONS.match(start):
        what = f"markup declarations (a DTD: <!{m.group(1).decode().upper()} ...)"
    elif (lines := _one_word_lines(start)) >= _LIST_LINES:
        what = f"a list of one word per line ({lines} such lines in its first {_SNIFF} bytes: a word list)"
    else:
        return None
    return f"{what}, not an article (see --exclude)"


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
            f"an earlier wirewash output or index in the archive ({matched} members): not read as articles; "
            "unpack it and name one of its tables in --input to read it (OUTPUT/articles)",
        )
    if end is not None:
        raise end
    if not seen and not outputs:
        # A zip or tar of no files (folders alone, links, resource forks) gave nothing: the input vanished.
        also = f" ({skipped} links or metadata members passed over)" if skipped else ""
        raise Reject("empty", f"an archive with no files{also}")


# What marks a member of an archive as part of a wirewash output or index (a tar or zip of its folder, or of
# a copy of one that lost its links): a run folder, an index partition's file named by its run, the output's
# lock, by path; a report, an index's manifest, or a part of an output table with wirewash's columns, by
# content.
_RUN_ID = r"\d{8}T\d{6}Z[0-9a-f]{8}"
# ``.current/`` is the link to the last run, a folder in a copy that followed links (cp -rL, zip).
_RUN_PATH = re.compile(
    rf"(?:(.*)/)?(?:\.runs/{_RUN_ID}/.*|\.current/.*|(?:bands|docs)/part=[0-9a-f]{{2}}/{_RUN_ID}\.parquet)",
    re.DOTALL,
)
_MANIFEST = "manifest.json"
_MANIFEST_KEYS = {"format", "partitions", "minhash", "runs"}
_TABLE_PART = re.compile(
    rf"(?:(.*)/)?(?:{'|'.join(OUTPUT_NAMES)})/part-\d{{5}}-of-\d{{5}}\.parquet", re.DOTALL
)
_REPORT_HTML = "report.html"
_OUR_COLUMNS = (ARTICLE_SCHEMA.names, REJECTED_SCHEMA.names)


def _output_folder_of(name: str, stream: BinaryIO, cfg: ReadConfig) -> tuple[str | None, BinaryIO]:
    """(the archive's folder holding the wirewash output that member ``name`` is part of, "" for the
    archive's root, or None; a stream of the member from its start). A report or table part is held to
    ``max_inflated_bytes`` to be judged, as a Parquet member is to be read."""
    run = _RUN_PATH.fullmatch(name)
    if run:
        return run[1] or "", stream
    folder, base = posixpath.split(name)
    if base == OUTPUT_LOCK:
        return folder, stream
    part = _TABLE_PART.fullmatch(name)
    if not part and base not in (REPORT_JSON, _REPORT_HTML, _MANIFEST):
        return None, stream
    data = read_upto(stream, cfg.max_inflated_bytes + 1)
    if len(data) > cfg.max_inflated_bytes:  # not judged: read, and refused, as any member that size
        return None, io.BufferedReader(Prepended(data, stream), CHUNK)
    if part:
        ours = _parquet_columns(data) in _OUR_COLUMNS
    elif base == REPORT_JSON:
        ours = ours_report(_json(data)) is not None
    elif base == _MANIFEST:
        manifest = _json(data)
        ours = isinstance(manifest, dict) and _MANIFEST_KEYS <= manifest.keys()
    else:
        ours = ours_report_html(data)
    if not ours:
        return None, io.BytesIO(data)
    return (part[1] or "") if part else folder, io.BytesIO(data)


def _parquet_columns(data: bytes) -> list[str] | None:
    try:
        return pq.read_schema(io.BytesIO(data)).names
    except (pa.ArrowException, OSError, ValueError):
        return None


def _json(data: bytes) -> object:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return None


def _sniffed(head: bytes) -> Reader:
    """The reader for a file no suffix claimed, by its first bytes: a page saved as ``.txt`` or without a
    name is HTML; a tar (its header's magic) is an archive; a Parquet file (its magic) is Parquet; an XML or
    SGML file (a feed, Reuters-21578's ``.sgm``) holds many records in markup, which as one plain-text article
    would be junk: refused."""
    # As UTF-8: a page saved as UTF-16 (Windows' "Unicode", with or without a BOM) was plain text of its tags.
    start = as_utf8(io.BytesIO(head)).read().lstrip(b" \t\r\n").lower()
    if _HTML_START.match(start) or (start.startswith(b"<?xml") and b"<html" in start):
        return HTML
    offset, magic = TAR_MAGIC
    if head[offset : offset + len(magic)] == magic:
        return TAR
    # A crawl saved under another name (a download without its extension, a .txt): as plain text it was one
    # article of every record's headers and HTML (break12 F11, F12). A WET says so in its first records.
    if _WARC_HEAD.match(head):
        return WET if _WET_HEAD.search(head) else WARC
    if head.startswith(b"filedesc://"):
        return ARC
    if head.startswith(_PARQUET_MAGIC):
        return PARQUET
    what = next((what for magic, what in _TABLE_MAGIC if magic.match(head)), None)
    if what is not None:
        raise Reject("unsupported_format",
                     f"{what}, not an article: convert it to Parquet or JSON Lines, one article per row")
    if _MARKUP_START.match(start):
        raise Reject("unsupported_format", f"markup ({start[:30]!r}...), not an article: {_CONVERT}")
    return TEXT


def _peel_by_magic(stream: BinaryIO, cfg: ReadConfig) -> tuple[BinaryIO, list[Layer]]:
    """``stream`` with the compression layers its content starts with removed, whatever its name says, and
    those layers."""
    peeled: list[Layer] = []
    while len(peeled) < _MAX_MAGIC_LAYERS:
        head, stream = head_of(stream, 16)
        suffix = next((s for magic, s in MAGIC.items() if head.startswith(magic)), None)
        if suffix is None:
            break
        stream = LAYERS[suffix](stream, cfg)
        peeled.append(stream)
    return stream, peeled


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
