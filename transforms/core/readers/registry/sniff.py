"""What a file's first bytes say when its name does not: HTML, a tar, a WARC, Parquet, a table format or
markup refused, compression layers by their magic numbers; and a file read as plain text that is no article
(a program, a DTD, a word list)."""
from __future__ import annotations

import io
import posixpath
import re
from typing import BinaryIO

from wirewash.transforms.core.readers.archive import TAR, TAR_MAGIC
from wirewash.transforms.core.readers.base import ReadConfig, Reader, Reject
from wirewash.transforms.core.readers.compression import LAYERS, MAGIC, Layer
from wirewash.transforms.core.readers.html import HTML
from wirewash.transforms.core.readers.jsonl import as_utf8
from wirewash.transforms.core.readers.parquet import PARQUET
from wirewash.transforms.core.readers.registry.formats import _CONVERT
from wirewash.transforms.core.readers.text import TEXT, head_of
from wirewash.transforms.core.readers.warc import ARC, WARC, WET


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


# Layers peeled by magic number, at most: a gzip quine (a .gz that inflates to itself) must end.
_MAX_MAGIC_LAYERS = 4


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
