"""Reading input files into raw documents, and writing the three Parquet outputs."""
from __future__ import annotations

import errno
import logging
import os

import apache_beam as beam
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from wirewash.transforms.core.html import extract_page
from wirewash.transforms.core.isolate import IsolatedCall
from wirewash.transforms.core.parse import ReadConfig
from wirewash.transforms.core.readers.base import error_detail
from wirewash.transforms.core.readers.listing import expand_input  # noqa: F401 - the pipeline's name for it
from wirewash.transforms.core.readers.listing import (
    Listed,
    canonical,
    escape,
    file_identity,
    gone,
    is_remote,
    list_local,
    literal,
    one_per_file,
    path_of,
    replaced_since_listed,
    source_name,
    unreadable_reason,
    versioned_source,
)
from wirewash.transforms.core.readers.registry import counted, read_items, reject_file
from wirewash.transforms.core.schema import ARTICLE_SCHEMA, REJECTED_SCHEMA, Article, Rejected
from wirewash.transforms.metrics import CountingDoFn, ProgressDoFn

REJECTED = "rejected"
DOCS = "docs"
# Bytes the local input files held when opened: what a stream's batch read of a file still being appended to
# (pipeline/streaming.py, sizes_read).
LOCAL_BYTES = "read:local_bytes"

log = logging.getLogger("wirewash")


def file_patterns(cfg: ReadConfig) -> list[str]:
    """The patterns that list ``cfg.files`` (``--input_file``): each its literal path."""
    return [escape(path) for path, _ in cfg.files]


class ListInputsFn(CountingDoFn):
    """A pattern (OS bytes) -> (file identity, Listed) per input it matches (``listing.file_identity``).

    Local patterns are listed by ``listing.list_local``, remote ones by Beam's file systems. A pattern that
    matches nothing is a mistake in the command, not an empty data set: it fails the run.
    """

    def __init__(self, exclude: tuple[str, ...], files: tuple[tuple[str, str], ...] = ()) -> None:
        self._exclude = exclude
        # A file its lister saw (--input_file) and that is gone now is that one input's rejection, not a
        # pattern matching nothing.
        self._files = {escape(path): path for path, _ in files}

    def process(self, pattern: bytes):
        pattern = os.fsdecode(pattern)
        listed_file = self._files.get(pattern)
        if listed_file is not None and not os.path.lexists(listed_file):
            item = literal(listed_file, gone(FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT))))
            yield file_identity(item), item
            return
        found = False
        if is_remote(pattern):
            for result in FileSystems.match([pattern]):
                for m in result.metadata_list:
                    found = True
                    listed = Listed(source_name(m.path), m.path.encode("utf-8"))
                    yield file_identity(listed), listed
        else:
            for listed in list_local(pattern, self._exclude, self.inc):
                found = True
                yield file_identity(listed), listed
        # A listed file --exclude leaves out (a stream lists its folder whole) was counted read:excluded.
        if not found and listed_file is None:
            raise FileNotFoundError(f"no input matches {pattern!r}")


class OncePerFileFn(CountingDoFn):
    """(file identity, [Listed...]) -> the one Listed that names the file (``listing.one_per_file``); every
    other path to it (a symlink, a hardlink, the file matched by a second pattern) counts ``read:same_file``
    and is not read: one file is one input, not an input and its copy."""

    def process(self, keyed):
        _, same = keyed
        same = list(same)
        for _ in same[1:]:
            self.inc("read:same_file")
        yield one_per_file(same)


class ParseFileFn(ProgressDoFn):
    """An input (a ``Listed``, or a ``fileio.ReadableFile`` from continuous matching) -> RawDocs (main
    output) and Rejected rows (``rejected`` output).

    HTML extraction runs in a child process owned by this DoFn instance, so a page that stalls trafilatura
    costs ``html_timeout_s`` and a respawn, not the worker. The child starts at the first HTML page, not in
    ``setup``: a worker that reads only JSON Lines or text never pays its start-up (about 2 s of CPU).
    """

    STAGE, NOUN, DONE = "read", "file", "read"

    def __init__(self, cfg: ReadConfig) -> None:
        self._cfg = cfg
        self._versions = dict(cfg.versions)
        # By the path each is opened by (``path_of``), as the listing spells it.
        self._listed_as = {path_of(canonical(path)): identity for path, identity in cfg.files}
        self._extract: IsolatedCall | None = None

    def setup(self) -> None:
        self._extract = IsolatedCall(extract_page, self._cfg.html_timeout_s)

    def teardown(self) -> None:
        if self._extract is not None:
            self._extract.close()

    def process(self, item):
        self.inc("read:file")
        self.progressed()
        for doc in counted(self._items(item), self.inc):
            if doc.input_id is not None:  # a run whose --id_column no record had says so (report.warnings)
                self.inc("read:with_id")
            if not isinstance(doc, Rejected) and doc.from_record:  # and one whose --text_column none had
                self.inc("read:with_text_field")
            yield beam.pvalue.TaggedOutput(REJECTED, doc) if isinstance(doc, Rejected) else doc

    def _items(self, item):
        if isinstance(item, Listed):
            source, problem, path = item.source, item.problem, path_of(item.location)
        else:
            path = item.metadata.path
            source, problem = source_name(path), None
        # The name still says the format: only the source (and so every doc_id) carries the version.
        name, source = source, versioned_source(source, self._versions.get(path))
        problem = problem or unreadable_reason(path)
        if problem is not None:
            yield reject_file(source, *problem)
            return
        try:
            opened = (
                FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
                if is_remote(path)
                else open(path, "rb")  # noqa: SIM115 - closed by the with below, after the open is checked
            )
        except FileNotFoundError as e:
            yield reject_file(source, *gone(e))
            return
        except OSError as e:
            yield reject_file(source, "unreadable", error_detail(e))
            return
        if not is_remote(path):
            now = os.fstat(opened.fileno())
            replaced = path in self._listed_as and replaced_since_listed(self._listed_as[path], now)
            if replaced:
                opened.close()
                log.warning("%s: %s", source, replaced[1])
                yield reject_file(source, *replaced)
                return
            self.inc(LOCAL_BYTES, now.st_size)
        with opened as f:
            yield from read_items(source, f, self._cfg, self._extract, name=name)


class ReadDocuments(beam.PTransform):
    """Input patterns -> a dict of PCollections: ``docs`` (RawDoc) and ``rejected`` (Rejected).

    ``spread``: shuffle the documents so that the cleaning after the read runs on every worker. Only worth it
    where there is more than one worker (``pipeline.build.spreads_work``): on the local runner with one worker
    the shuffle spread nothing and cost about 3 of 72 s CPU on real 20k, and 330 MB while the runner held
    every raw document in its grouping (docs/throughput.md, session 16).
    """

    def __init__(self, patterns: list[str], cfg: ReadConfig, spread: bool = True) -> None:
        super().__init__()
        self._patterns = patterns
        self._cfg = cfg
        self._spread = spread

    def expand(self, pbegin):
        parsed = (
            pbegin
            # As OS bytes: a path that is not UTF-8 (a folder named in Latin-1) is a str with surrogates,
            # which Beam's coder refused before any work ("'utf-8' codec can't encode character '\\udcff'").
            | "InputPatterns"
            >> beam.Create([os.fsencode(p) for p in self._patterns + file_patterns(self._cfg)])
            | "ListInputs" >> beam.ParDo(ListInputsFn(self._cfg.exclude, self._cfg.files))
            # Overlapping patterns ("dir,dir/*.txt", "a.txt,//a.txt"), symlinks and hardlinks list a file
            # more than once; it is one input.
            | "GroupPathsByFile" >> beam.GroupByKey()
            | "OncePerFile" >> beam.ParDo(OncePerFileFn())
            | "ParseFiles" >> beam.ParDo(ParseFileFn(self._cfg)).with_outputs(REJECTED, main=DOCS)
        )
        if not self._spread:
            return {DOCS: parsed[DOCS], REJECTED: parsed[REJECTED]}
        # A file is read by one worker; without this shuffle the cleaning fused after the read stays on that
        # worker too, so one large file is cleaned on one core whatever the worker count.
        raw_docs = parsed[DOCS] | "SpreadDocuments" >> beam.Reshuffle()
        return {DOCS: raw_docs, REJECTED: parsed[REJECTED]}


class _ToRowFn(CountingDoFn):
    def __init__(self, name: str) -> None:
        self._written = f"write:{name}"
        self._untitled = f"write:untitled:{name}"

    def process(self, record):
        self.inc(self._written)
        if isinstance(record, Article) and not record.title:
            self.inc(self._untitled)
        yield record.to_row()


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
        return (
            records
            | "ToRows" >> beam.ParDo(_ToRowFn(self._name))
            | "WriteToParquet"
            >> beam.io.WriteToParquet(
                FileSystems.join(self._root, self._name, "part"),
                self._schema,
                file_name_suffix=".parquet",
            )
        )


def write_articles(root: str, name: str) -> WriteParquet:
    return WriteParquet(root, name, ARTICLE_SCHEMA)


def write_rejected(root: str) -> WriteParquet:
    return WriteParquet(root, REJECTED, REJECTED_SCHEMA)
