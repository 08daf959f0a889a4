"""Reading input files into raw documents, and writing the three Parquet outputs."""
from __future__ import annotations

import os

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.fileio import EmptyMatchTreatment
from apache_beam.io.filesystems import FileSystems

from transforms.core.containers import parse_input, parse_stream, streams
from transforms.core.parse import ReadConfig
from transforms.core.schema import ARTICLE_SCHEMA, REJECTED_SCHEMA, Rejected, make_doc_id
from transforms.metrics import beam_inc

REJECTED = "rejected"
DOCS = "docs"


def expand_input(spec: str) -> list[str]:
    """``--input`` -> glob patterns: comma-separated entries; a directory means every file below it."""
    patterns = []
    for entry in (e.strip() for e in spec.split(",")):
        if entry.endswith("/") or ("://" not in entry and os.path.isdir(entry)):
            patterns.append(FileSystems.join(entry.rstrip("/"), "**"))
        elif entry:
            patterns.append(entry)
    return patterns


class ParseFileFn(beam.DoFn):
    """A matched file -> RawDocs (main output) and Rejected rows (``rejected`` output)."""

    def __init__(self, cfg: ReadConfig) -> None:
        self._cfg = cfg

    def process(self, readable: fileio.ReadableFile):
        source = readable.metadata.path
        beam_inc("read:file")
        if streams(source):
            yield from _tagged(self._parse_stream(readable, source))
            return
        try:
            # One byte past the limit is enough to know a file is too large, without holding all of it.
            with readable.open(compression_type=CompressionTypes.UNCOMPRESSED) as f:
                data = f.read(self._cfg.max_inflated_bytes + 1)
        except OSError as e:
            beam_inc("read:rejected:unreadable")
            yield beam.pvalue.TaggedOutput(
                REJECTED, Rejected(make_doc_id(source, b""), source, "unreadable", str(e)[:300])
            )
            return
        yield from _tagged(parse_input(source, data, self._cfg, beam_inc))

    def _parse_stream(self, readable: fileio.ReadableFile, source: str):
        """WARC and Parquet files, a record or a batch of rows at a time, however large the file."""
        n = 0
        try:
            with readable.open(compression_type=CompressionTypes.UNCOMPRESSED) as f:
                for item in parse_stream(source, f, self._cfg, beam_inc):
                    n += 1
                    yield item
        except OSError as e:
            # Documents already read stay; the unreadable rest of the file is one rejection.
            beam_inc("read:rejected:unreadable")
            detail = f"after {n} records: {e}"
            yield Rejected(make_doc_id(source, b""), source, "unreadable", detail[:300])


def _tagged(items):
    for item in items:
        if isinstance(item, Rejected):
            yield beam.pvalue.TaggedOutput(REJECTED, item)
        else:
            yield item


class ReadDocuments(beam.PTransform):
    """Input patterns -> a tuple of PCollections: ``docs`` (RawDoc) and ``rejected`` (Rejected)."""

    def __init__(self, patterns: list[str], cfg: ReadConfig) -> None:
        super().__init__()
        self._patterns = patterns
        self._cfg = cfg

    def expand(self, pbegin):
        return (
            pbegin
            | "InputPatterns" >> beam.Create(self._patterns)
            # A pattern that matches nothing is a mistake in the command, not an empty data set.
            | "MatchFiles" >> fileio.MatchAll(EmptyMatchTreatment.DISALLOW)
            # Overlapping patterns ("dir,dir/*.txt") match a file twice; it is still one input.
            | "KeyByPath" >> beam.Map(lambda m: (m.path, m))
            | "OncePerPath" >> beam.CombinePerKey(lambda same: min(same, key=lambda m: m.path))
            | "Files" >> beam.Values()
            | "ReadMatches" >> fileio.ReadMatches(skip_directories=True)
            | "ParseFiles" >> beam.ParDo(ParseFileFn(self._cfg)).with_outputs(REJECTED, main=DOCS)
        )


class WriteParquet(beam.PTransform):
    """Records with ``to_row()`` -> ``PREFIX-SSSSS-of-NNNNN.parquet``, counting ``write:<name>`` per row."""

    def __init__(self, prefix: str, name: str, schema) -> None:
        super().__init__()
        self._prefix = prefix
        self._name = name
        self._schema = schema

    def expand(self, records):
        name = self._name

        def to_row(record):
            beam_inc(f"write:{name}")
            return record.to_row()

        return (
            records
            | "ToRows" >> beam.Map(to_row)
            | "WriteToParquet"
            >> beam.io.WriteToParquet(
                FileSystems.join(self._prefix, name),
                self._schema,
                file_name_suffix=".parquet",
            )
        )


def write_articles(prefix: str, name: str) -> WriteParquet:
    return WriteParquet(prefix, name, ARTICLE_SCHEMA)


def write_rejected(prefix: str) -> WriteParquet:
    return WriteParquet(prefix, REJECTED, REJECTED_SCHEMA)
