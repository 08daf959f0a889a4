"""WirewashOptions: every wirewash flag, beside Beam's own, and the per-stage configs built from them."""
from __future__ import annotations

import argparse
import os
from dataclasses import dataclass

from apache_beam.options.pipeline_options import PipelineOptions

from wirewash.pipeline.usage import OneLineParser, UsageError

from wirewash.transforms.core.cleaning import CleanConfig
from wirewash.transforms.core.clusters import KEEP_POLICIES, ClusterConfig, DedupConfig
from wirewash.transforms.core.furniture import FurnitureConfig
from wirewash.transforms.core.minhash import MinhashConfig
from wirewash.transforms.core.parse import ReadConfig
from wirewash.transforms.core.readers.registry import input_formats
from wirewash.transforms.core.streaming import StreamConfig
from wirewash.transforms.core.verify import VerifyConfig

DEFAULT_INPUT = "seeds/*"
DEFAULT_OUTPUT = "output"


@dataclass(frozen=True)
class Configs:
    # One --input value, or several (--input repeated): each is a path, pattern or comma-separated list.
    input: str | tuple[str, ...]
    output: str
    read: ReadConfig
    clean: CleanConfig
    dedup: DedupConfig
    furniture: FurnitureConfig = FurnitureConfig()
    index: str | None = None
    stream: StreamConfig = StreamConfig()
    # Replace an --output whose articles an index lists as published (pipeline/index.py check_republish).
    replace_output: bool = False


class WirewashOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        read, clean, stream = ReadConfig(), CleanConfig(), StreamConfig()
        minhash, verify, cluster = MinhashConfig(), VerifyConfig(), ClusterConfig()
        parser.add_argument(
            "--input",
            action="append",
            default=None,
            help=f"Glob, directory or comma-separated list of them; {input_formats()}. Repeatable: every "
            f"--input is read (--input a --input b is --input a,b). Default: {DEFAULT_INPUT}",
        )
        parser.add_argument("--output", default=DEFAULT_OUTPUT, help="Output directory. Default: %(default)s")
        parser.add_argument("--max_doc_bytes", type=int, default=read.max_doc_bytes,
                            help="Largest document accepted, in bytes. Default: %(default)s")
        parser.add_argument("--max_inflated_bytes", type=int, default=read.max_inflated_bytes,
                            help="Largest file (after .gz inflation) read, in bytes; a file read record by record "
                                 "(JSON Lines, an archive) up to 400 times this. Default: %(default)s")
        parser.add_argument("--text_column", default=read.text_column,
                            help="JSON Lines field / Parquet column holding the text; a name no record has "
                            "as a key steps into nested objects at each dot (_source.text). "
                            "Default: %(default)s")
        parser.add_argument("--id_column", default=read.id_column,
                            help="JSON Lines field / Parquet column holding the document id, dotted like "
                            "--text_column (_id.$oid). Default: %(default)s")
        parser.add_argument("--records_path", default=None,
                            help="JSON: the array of records inside each JSON value (an API's envelope: "
                            "articles, hits.hits), each element one input; dotted like --text_column. "
                            "Default: each JSON value is a record")
        parser.add_argument("--exclude", action="append", default=[],
                            help="Glob of files to leave out of the input, matched against the file name and the "
                            "path below the input (against the absolute path when it starts with /; repeatable), e.g. --exclude 'README*' --exclude '*/LICENSE'. Dataset "
                            "documentation files, programs, configuration and logs that are read are rejected as not_article. "
                            "Default: none")
        parser.add_argument("--input_version", action="append", default=[],
                            help="PATH=N: read the input file PATH (absolute) as version N >= 2 of its name, "
                            "its sources PATH#vN, so its doc_ids are not the first version's; repeatable. "
                            "--streaming gives it to its batches for a file replaced under a name already read. "
                            "Default: none")
        parser.add_argument("--input_file", action="append", default=[],
                            help="PATH=DEV:INODE: read the local file PATH, an input as --input PATH is, if it "
                            "is still the file DEV:INODE (os.stat's st_dev:st_ino) the caller listed: one "
                            "renamed over it since is rejected as replaced_before_read, one gone as "
                            "unreadable; repeatable. --streaming gives it to its batches. Default: none")
        parser.add_argument("--html_timeout_s", type=float, default=read.html_timeout_s,
                            help="Seconds HTML extraction may take per page before the page is rejected "
                            "as extraction_timeout. Default: %(default)s")
        parser.add_argument("--min_words", type=int, default=clean.min_words,
                            help="Cleaned texts with fewer words are rejected. Default: %(default)s")
        parser.add_argument("--max_clean_chars", type=int, default=clean.max_clean_chars,
                            help="Longest text cleaned, in characters (after reading: HTML's extracted text); "
                            "a longer one is rejected as too_long. Default: %(default)s")
        parser.add_argument("--max_clean_lines", type=int, default=clean.max_clean_lines,
                            help="Most lines of a text cleaned; more is too_long. Default: %(default)s")
        parser.add_argument("--furniture_score", type=float, default=clean.furniture_score,
                            help="An English paragraph the rules kept goes when its furniture score (log-odds "
                            "from a model fitted on blind furniture and real story paragraphs) exceeds this "
                            "and its words' part exceeds --furniture_word_score, unless one of its sentences alone "
                            "scores as story; at least 1; 99 or more turns it off (no paragraph scores that high) and "
                            "saves its cost, about 0.4 ms a 3 kB article. "
                            "Default: %(default)s")
        parser.add_argument("--furniture_word_score", type=float, default=clean.furniture_word_score,
                            help="The least score a paragraph's words (not its shape) must exceed for the "
                            "furniture score to remove it. Default: %(default)s")
        parser.add_argument("--furniture_short_word_score", type=float, default=clean.furniture_short_word_score,
                            help="--furniture_word_score for a paragraph under 12 words (a subhead's length). "
                            "Default: %(default)s")
        furniture = FurnitureConfig()
        parser.add_argument("--furniture_min_docs", type=int, default=furniture.min_docs,
                            help="A short paragraph on this many pages of one site is site furniture and removed; "
                                 "0 turns the stage off. Default: %(default)s")
        parser.add_argument("--furniture_max_short_words", type=int, default=furniture.max_short_words,
                            help="Paragraphs up to this many words count as short. Default: %(default)s")
        parser.add_argument("--furniture_min_docs_long", type=int, default=furniture.min_docs_long,
                            help="Any paragraph on this many pages of one site is site furniture; 0 = long paragraphs never are. "
                                 "Default: %(default)s")
        parser.add_argument("--shingle_size", type=int, default=minhash.shingle_size,
                            help="Words per shingle (characters, in scripts written without spaces). "
                            "Default: %(default)s")
        parser.add_argument("--num_perm", type=int, default=minhash.num_perm,
                            help="MinHash permutations. Default: %(default)s")
        parser.add_argument("--bands", type=int, default=minhash.bands, help="LSH bands. Default: %(default)s")
        parser.add_argument("--rows", type=int, default=minhash.rows, help="LSH rows per band. Default: %(default)s")
        parser.add_argument("--threshold", type=float, default=verify.threshold,
                            help="Least shingle Jaccard of a near-duplicate pair. Default: %(default)s")
        parser.add_argument("--min_coverage", type=float, default=verify.min_coverage,
                            help="Least share of the shorter text's shingles found in the longer one. "
                            "Default: %(default)s")
        parser.add_argument("--max_disagreeing", type=int, default=verify.max_disagreeing,
                            help="Most names (capitalised words inside sentences) of the shorter text the longer "
                            "may lack. Default: %(default)s")
        parser.add_argument("--max_disagreeing_figures", type=int, default=verify.max_disagreeing_figures,
                            help="Most numbers, weekdays and months of the shorter text the longer may lack. "
                            "Default: %(default)s")
        parser.add_argument("--max_own_passage", type=int, default=verify.max_own_passage,
                            help="Longest passage, in shingles, that each of two texts may have inside it and the "
                            "other lack; longer on both sides makes them two articles. Default: %(default)s")
        parser.add_argument("--seed", type=int, default=minhash.seed, help="MinHash seed. Default: %(default)s")
        parser.add_argument("--keep", choices=KEEP_POLICIES, default=cluster.keep,
                            help="Which copy represents a cluster: longest (most words), earliest or latest "
                            "(by published date; undated last); ties: more of title, byline, publisher and published given, "
                            "then the smaller digest of the text, then the smaller doc_id. Default: %(default)s")
        parser.add_argument("--star_width", type=int, default=cluster.star_width,
                            help="Each LSH bucket proposes to each member this many best-ranked members (and the "
                            "one ranked just before it). Default: %(default)s")
        parser.add_argument("--candidates", type=int, default=cluster.candidates,
                            help="Of all its buckets' proposals, each document is verified against this many "
                            f"best-ranked ones proposed by at least {cluster.min_shared} buckets (linear in the "
                            "number of copies). Default: %(default)s")
        parser.add_argument("--most_shared", type=int, default=cluster.most_shared,
                            help="... and against this many proposed by the most buckets. Default: %(default)s")
        parser.add_argument("--max_bucket", type=int, default=cluster.max_bucket,
                            help="LSH buckets larger than this pair each member with the best one only. "
                            "Default: %(default)s")
        parser.add_argument("--index", default=None,
                            help="Index folder of earlier runs' kept articles: deduplicate against it and add "
                            "this run's kept articles to it. Created if missing. Default: no index")
        parser.add_argument("--replace_output", action="store_true",
                            help="Replace an --output whose current run an index lists as published: run again "
                            "against that index, its articles come back already_indexed, and the index keeps "
                            "no text. Without it such a run is refused (exit 2); give each run its own --output")
        parser.add_argument("--poll_seconds", type=float, default=stream.poll_seconds,
                            help="With --streaming: how often the input is listed for new files. Without "
                            "--runner a new file is read once its size and mtime are unchanged since the "
                            "previous listing (a file still being copied in waits: stream:held_back), so one "
                            "poll after it appears. Each file is read once, and OUTPUT/stream-read.json "
                            "remembers it across restarts: records appended to it later are not read (a "
                            "file that grew is logged and counted stream:grown_after_read); deliver new "
                            "records in new files. Default: %(default)s")
        parser.add_argument("--window_seconds", type=float, default=stream.window_seconds,
                            help="With --streaming: length of an output window. Default: %(default)s")
        parser.add_argument("--stream_for", type=float, default=stream.stop_after_seconds,
                            help="With --streaming: stop watching after this many seconds, then finish and "
                            "report (without --runner: files the last listing found still changing get "
                            "one more poll; any still changing then are logged and counted "
                            "stream:unread_at_stop). "
                            "Default: watch until stopped")
        parser.add_argument("--cluster_rounds", "--cc_rounds", dest="cluster_rounds", type=int, default=cluster.rounds,
                            help="Rounds choosing representatives; documents undecided after them are kept "
                            "and counted as dedup:unresolved. Default: %(default)s")

    def configs(self) -> Configs:
        """The per-stage configs; each validates itself and raises ValueError on a bad value."""
        inputs = _paths("input", self.input)
        files = tuple(_input_file(v) for v in _paths("input_file", self.input_file))
        if self.input is None and not files:
            inputs = (DEFAULT_INPUT,)
        elif not inputs and not files:
            # Reading the default seeds instead would be a run over data nobody asked for.
            raise UsageError("input is an empty list: give at least one path")
        return Configs(
            # One --input stays the string it was (as the report shows it); several are each one value.
            input=inputs[0] if len(inputs) == 1 else inputs,
            output=self.output,
            read=ReadConfig(
                max_doc_bytes=self.max_doc_bytes,
                max_inflated_bytes=self.max_inflated_bytes,
                text_column=self.text_column,
                id_column=self.id_column,
                records_path=_records_path(self.records_path),
                html_timeout_s=self.html_timeout_s,
                exclude=_paths("exclude", self.exclude),
                versions=tuple(_version(v) for v in _paths("input_version", self.input_version)),
                files=files,
            ),
            clean=CleanConfig(min_words=self.min_words, max_clean_chars=self.max_clean_chars,
                               max_clean_lines=self.max_clean_lines, furniture_score=self.furniture_score,
                               furniture_word_score=self.furniture_word_score,
                               furniture_short_word_score=self.furniture_short_word_score),
            dedup=DedupConfig(
                minhash=MinhashConfig(
                    shingle_size=self.shingle_size, num_perm=self.num_perm, bands=self.bands, rows=self.rows,
                    seed=self.seed,
                ),
                verify=VerifyConfig(
                    threshold=self.threshold, min_coverage=self.min_coverage, max_disagreeing=self.max_disagreeing,
                    max_disagreeing_figures=self.max_disagreeing_figures, max_own_passage=self.max_own_passage,
                ),
                cluster=ClusterConfig(
                    keep=self.keep, star_width=self.star_width, max_bucket=self.max_bucket,
                    candidates=self.candidates, most_shared=self.most_shared, rounds=self.cluster_rounds,
                ),
            ),
            furniture=FurnitureConfig(
                min_docs=self.furniture_min_docs,
                max_short_words=self.furniture_max_short_words,
                min_docs_long=self.furniture_min_docs_long,
                min_words=self.min_words,
            ),
            index=self.index,
            replace_output=self.replace_output,
            stream=StreamConfig(
                poll_seconds=self.poll_seconds, window_seconds=self.window_seconds, stop_after_seconds=self.stream_for
            ),
        )


# The stage configs' fields whose flag has another name (the flag says which stage): an error in a config's
# self-check names the flag (cli._flag_named). Before, "--rounds must be >= 1" named no flag --help shows.
FLAG_OF_FIELD = {
    "rounds": "cluster_rounds",
    "min_docs": "furniture_min_docs",
    "max_short_words": "furniture_max_short_words",
    "min_docs_long": "furniture_min_docs_long",
    "stop_after_seconds": "stream_for",
}


def _records_path(value: str | None) -> str:
    """``--records_path``: "" when not given; given blank (``--records_path "$UNSET"``) a UsageError, where
    it was read as not given and every envelope became one no_text_field."""
    if value is not None and not value.strip():
        raise UsageError("--records_path is blank: give the dotted path of the records array (articles, "
                         "hits.hits), or leave out --records_path")
    return value or ""


def _paths(flag: str, value: object) -> tuple[str, ...]:
    """A repeatable flag's values: a list from the command line, or, given in Python
    (``WirewashOptions(input=...)``), one str or path or a list or tuple of them, each one value as one
    ``--flag`` is. None is (); ValueError names the flag for anything else (tuple("a,b") would be five
    one-character patterns)."""
    if value is None:
        return ()
    if isinstance(value, (str, os.PathLike)):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, (str, os.PathLike)) for v in value):
        raise UsageError(f"{flag} must be a path or a list of paths, got {value!r}")
    return tuple(os.fspath(v) for v in value)


class _Once(argparse._StoreAction):
    """A single-value flag that refuses a second occurrence instead of keeping the last one silently."""

    def __call__(self, parser, namespace, values, option_string=None):
        given = namespace.__dict__.setdefault("_given", {})
        if self.dest in given:
            first_flag, first = given[self.dest]
            raise UsageError(
                f"{option_string} given twice ({first_flag} {first}, then {option_string} {values}): give it once"
            )
        given[self.dest] = (option_string, values)
        super().__call__(parser, namespace, values, option_string)


def _version(value: str) -> tuple[str, int]:
    """``--input_version PATH=N`` -> (PATH, N); the path may hold "=", N never does."""
    path, _, version = value.rpartition("=")
    if not path or not version.isdigit():
        raise UsageError(f"--input_version must be PATH=N (N a number), got {value!r}")
    return path, int(version)


def _input_file(value: str) -> tuple[str, str]:
    """``--input_file PATH=DEV:INODE`` -> (PATH, "DEV:INODE"), which ReadConfig checks; the path may hold
    "=", the identity never does."""
    path, _, identity = value.rpartition("=")
    if not path:
        raise UsageError(f"--input_file must be PATH=DEV:INODE (os.stat's st_dev:st_ino), got {value!r}")
    return path, identity


class OnceParser(OneLineParser):
    """A parser whose single-value flags refuse a second occurrence (``_Once``)."""

    def add_argument(self, *args, **kwargs):
        if kwargs.get("action", "store") == "store":
            kwargs["action"] = _Once
        return super().add_argument(*args, **kwargs)


def repeated_flag(argv: list[str]) -> str | None:
    """One line naming a wirewash single-value flag given twice in ``argv`` (parsed as Beam parses it), else
    None. argparse would keep the last value silently: ``--index a --index b`` deduplicates against b only,
    ``--output a --output b`` writes only b. --input, --exclude, --input_version and --input_file add up instead."""
    parser = OnceParser(add_help=False, allow_abbrev=False)
    WirewashOptions._add_argparse_args(parser)
    try:
        parser.parse_known_args(argv)
    except UsageError as e:
        return str(e)
    return None
