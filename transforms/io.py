"""Reading input files into raw documents, and writing the three Parquet outputs."""
from __future__ import annotations

import os
import re

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.fileio import EmptyMatchTreatment
from apache_beam.io.filesystem import CompressionTypes, FileSystem
from apache_beam.io.filesystems import FileSystems

from transforms.core.containers import read_input, rejected_input
from transforms.core.html import extract_page
from transforms.core.index import escape_glob
from transforms.core.isolate import IsolatedCall
from transforms.core.parse import ReadConfig, dangling_links, unreadable_reason
from transforms.core.schema import ARTICLE_SCHEMA, REJECTED_SCHEMA, Article, Rejected
from transforms.metrics import ProgressDoFn, beam_inc

REJECTED = "rejected"
DOCS = "docs"


def local_pattern(entry: str) -> str:
    """``entry`` with "./" in front when it is a local pattern with no folder before its first glob character
    (``*.txt``): Beam lists a pattern's parent folder, "" for such a pattern, which lists nothing."""
    literal = re.match(r"^[^*?[]*", entry).group(0)
    if "://" in entry or literal == entry or "/" in literal:
        return entry
    return "./" + entry


def expand_input(spec: str) -> list[str]:
    """``--input`` -> glob patterns: comma-separated entries; a directory means every file below it."""
    patterns = []
    for entry in (e.strip() for e in spec.split(",")):
        if "://" not in entry and os.path.lexists(entry):
            # An existing path is read as named, even when its name holds glob characters ("feed [1]").
            literal = escape_glob(entry.rstrip("/") or entry)
            patterns.append(local_pattern(FileSystems.join(literal, "**") if os.path.isdir(entry) else literal))
        elif entry.endswith("/"):
            patterns.append(local_pattern(FileSystems.join(entry.rstrip("/"), "**")))
        elif entry:
            patterns.append(local_pattern(entry))
    return patterns


class ParseFileFn(ProgressDoFn):
    """A matched file -> RawDocs (main output) and Rejected rows (``rejected`` output).

    HTML extraction runs in a child process owned by this DoFn instance, so a page that stalls trafilatura
    costs ``html_timeout_s`` and a respawn, not the worker.
    """

    STAGE, UNIT = "read", "files read"

    def __init__(self, cfg: ReadConfig) -> None:
        self._cfg = cfg
        self._extract: IsolatedCall | None = None

    def setup(self) -> None:
        self._extract = IsolatedCall(extract_page, self._cfg.html_timeout_s)
        self._extract.start()

    def teardown(self) -> None:
        if self._extract is not None:
            self._extract.close()

    def process(self, readable: fileio.ReadableFile):
        source = readable.metadata.path
        beam_inc("read:file")
        self.progressed()
        problem = unreadable_reason(source)
        if problem is not None:
            yield beam.pvalue.TaggedOutput(REJECTED, rejected_input(source, b"", *problem, beam_inc))
            return
        try:
            with readable.open(compression_type=CompressionTypes.UNCOMPRESSED) as f:
                for item in read_input(source, f, self._cfg, beam_inc, self._extract):
                    yield beam.pvalue.TaggedOutput(REJECTED, item) if isinstance(item, Rejected) else item
        except OSError as e:
            # Records yielded before the error stay counted; the rest of the file is one rejection.
            yield beam.pvalue.TaggedOutput(
                REJECTED, rejected_input(source, b"", "unreadable", f"{type(e).__name__}: {e}", beam_inc)
            )


class DanglingLinksFn(beam.DoFn):
    """A local glob pattern -> a Rejected row per symlink it matches that points nowhere or into a loop."""

    def process(self, pattern: str):
        prefix = re.match(r"^[^[*?]*", pattern).group(0)
        if "://" in pattern or prefix == pattern:
            return
        root = prefix if prefix.endswith(os.sep) else os.path.dirname(prefix)
        matches = re.compile(FileSystem.translate_pattern(pattern)).match
        for path, detail in dangling_links(root or "."):
            if matches(path):
                yield path, detail


class ReadDocuments(beam.PTransform):
    """Input patterns -> a tuple of PCollections: ``docs`` (RawDoc) and ``rejected`` (Rejected)."""

    def __init__(self, patterns: list[str], cfg: ReadConfig) -> None:
        super().__init__()
        self._patterns = patterns
        self._cfg = cfg

    def expand(self, pbegin):
        patterns = pbegin | "InputPatterns" >> beam.Create(self._patterns)
        parsed = (
            patterns
            # A pattern that matches nothing is a mistake in the command, not an empty data set.
            | "MatchFiles" >> fileio.MatchAll(EmptyMatchTreatment.DISALLOW)
            # Overlapping patterns ("dir,dir/*.txt") match a file twice; it is still one input.
            | "KeyByPath" >> beam.Map(lambda m: (m.path, m))
            | "OncePerPath" >> beam.CombinePerKey(lambda same: min(same, key=lambda m: m.path))
            | "Files" >> beam.Values()
            | "ReadMatches" >> fileio.ReadMatches(skip_directories=True)
            | "ParseFiles" >> beam.ParDo(ParseFileFn(self._cfg)).with_outputs(REJECTED, main=DOCS)
        )
        dangling = (
            patterns
            | "FindDanglingLinks" >> beam.ParDo(DanglingLinksFn())
            # Overlapping patterns find a link twice; it is still one input.
            | "OncePerLink" >> beam.CombinePerKey(min)
            | "RejectDanglingLinks" >> beam.MapTuple(lambda path, detail: rejected_input(path, b"", "unreadable", detail, beam_inc))
        )
        rejected = (parsed[REJECTED], dangling) | "AllReadRejected" >> beam.Flatten()
        return {DOCS: parsed[DOCS], REJECTED: rejected}


class WriteParquet(beam.PTransform):
    """Records with ``to_row()`` -> ``ROOT/NAME/part-SSSSS-of-NNNNN.parquet``, counting ``write:<name>`` per row
    and ``write:untitled:<name>`` per article without a title.

    One folder per table, so every reader takes the folder whole (``pd.read_parquet(ROOT/NAME)``). A table
    with no rows still gets one file holding the schema and no rows (Beam writes an empty shard), so a
    reader sees the columns.
    """

    def __init__(self, root: str, name: str, schema) -> None:
        super().__init__()
        self._root = root
        self._name = name
        self._schema = schema

    def expand(self, records):
        name = self._name

        def to_row(record):
            beam_inc(f"write:{name}")
            if isinstance(record, Article) and not record.title:
                beam_inc(f"write:untitled:{name}")
            return record.to_row()

        return (
            records
            | "ToRows" >> beam.Map(to_row)
            | "WriteToParquet"
            >> beam.io.WriteToParquet(
                FileSystems.join(self._root, name, "part"),
                self._schema,
                file_name_suffix=".parquet",
            )
        )


def write_articles(root: str, name: str) -> WriteParquet:
    return WriteParquet(root, name, ARTICLE_SCHEMA)


def write_rejected(root: str) -> WriteParquet:
    return WriteParquet(root, REJECTED, REJECTED_SCHEMA)
