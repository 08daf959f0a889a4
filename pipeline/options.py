"""WirewashOptions: every wirewash flag, beside Beam's own, and the per-stage configs built from them."""
from __future__ import annotations

from dataclasses import dataclass

from apache_beam.options.pipeline_options import PipelineOptions

from transforms.core.cleaning import CleanConfig
from transforms.core.furniture import FurnitureConfig
from transforms.core.minhash import MinhashConfig
from transforms.core.parse import ReadConfig
from transforms.core.streaming import StreamConfig

DEFAULT_INPUT = "seeds/*"
DEFAULT_OUTPUT = "output"


@dataclass(frozen=True)
class Configs:
    input: str
    output: str
    read: ReadConfig
    clean: CleanConfig
    dedup: MinhashConfig
    furniture: FurnitureConfig = FurnitureConfig()
    index: str | None = None
    stream: StreamConfig = StreamConfig()


class WirewashOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        read, clean, dedup, stream = ReadConfig(), CleanConfig(), MinhashConfig(), StreamConfig()
        parser.add_argument(
            "--input",
            default=DEFAULT_INPUT,
            help="Glob, directory or comma-separated list of them: text, .html, .jsonl, .parquet, .warc; "
            ".gz and .zst accepted. Default: %(default)s",
        )
        parser.add_argument("--output", default=DEFAULT_OUTPUT, help="Output directory. Default: %(default)s")
        parser.add_argument("--max_doc_bytes", type=int, default=read.max_doc_bytes,
                            help="Largest document accepted, in bytes. Default: %(default)s")
        parser.add_argument("--max_inflated_bytes", type=int, default=read.max_inflated_bytes,
                            help="Largest file (after .gz inflation) read, in bytes. Default: %(default)s")
        parser.add_argument("--text_column", default=read.text_column,
                            help="JSON Lines field / Parquet column holding the text. Default: %(default)s")
        parser.add_argument("--id_column", default=read.id_column,
                            help="JSON Lines field / Parquet column holding the document id. Default: %(default)s")
        parser.add_argument("--html_timeout_s", type=float, default=read.html_timeout_s,
                            help="Seconds HTML extraction may take per page before the page is rejected "
                            "as extraction_timeout. Default: %(default)s")
        parser.add_argument("--min_words", type=int, default=clean.min_words,
                            help="Cleaned texts with fewer words are rejected. Default: %(default)s")
        furniture = FurnitureConfig()
        parser.add_argument("--furniture_min_docs", type=int, default=furniture.min_docs,
                            help="A short paragraph on this many pages of one site is site furniture and removed; "
                                 "0 turns the stage off. Default: %(default)s")
        parser.add_argument("--furniture_max_short_words", type=int, default=furniture.max_short_words,
                            help="Paragraphs up to this many words count as short. Default: %(default)s")
        parser.add_argument("--furniture_min_docs_long", type=int, default=furniture.min_docs_long,
                            help="Any paragraph on this many pages of one site is site furniture; 0 = long paragraphs never are. "
                                 "Default: %(default)s")
        parser.add_argument("--shingle_size", type=int, default=dedup.shingle_size,
                            help="Words per shingle. Default: %(default)s")
        parser.add_argument("--num_perm", type=int, default=dedup.num_perm,
                            help="MinHash permutations. Default: %(default)s")
        parser.add_argument("--bands", type=int, default=dedup.bands, help="LSH bands. Default: %(default)s")
        parser.add_argument("--rows", type=int, default=dedup.rows, help="LSH rows per band. Default: %(default)s")
        parser.add_argument("--threshold", type=float, default=dedup.threshold,
                            help="Shingle Jaccard at which a candidate pair is a near-duplicate. Default: %(default)s")
        parser.add_argument("--seed", type=int, default=dedup.seed, help="MinHash seed. Default: %(default)s")
        parser.add_argument("--max_bucket", type=int, default=dedup.max_bucket,
                            help="LSH buckets larger than this are linked linearly, not all-pairs. Default: %(default)s")
        parser.add_argument("--index", default=None,
                            help="Index folder of earlier runs' kept articles: deduplicate against it and add "
                            "this run's kept articles to it. Created if missing. Default: no index")
        parser.add_argument("--poll_seconds", type=float, default=stream.poll_seconds,
                            help="With --streaming: how often the input is listed for new files. Default: %(default)s")
        parser.add_argument("--window_seconds", type=float, default=stream.window_seconds,
                            help="With --streaming: length of an output window. Default: %(default)s")
        parser.add_argument("--stream_for", type=float, default=stream.stop_after_seconds,
                            help="With --streaming: stop watching after this many seconds, then finish and "
                            "report. Default: watch until stopped")
        parser.add_argument("--cc_rounds", type=int, default=dedup.cc_rounds,
                            help="Large-star/small-star rounds for connected components. Default: %(default)s")
        parser.add_argument("--min_number_overlap", type=float, default=dedup.min_number_overlap,
                            help="Share of the numbers of the text with fewer that a near-duplicate pair must "
                            "have in common (0 disables). Default: %(default)s")

    def configs(self) -> Configs:
        """The per-stage configs; each validates itself and raises ValueError on a bad value."""
        return Configs(
            input=self.input,
            output=self.output,
            read=ReadConfig(
                max_doc_bytes=self.max_doc_bytes,
                max_inflated_bytes=self.max_inflated_bytes,
                text_column=self.text_column,
                id_column=self.id_column,
                html_timeout_s=self.html_timeout_s,
            ),
            clean=CleanConfig(min_words=self.min_words),
            dedup=MinhashConfig(
                shingle_size=self.shingle_size,
                num_perm=self.num_perm,
                bands=self.bands,
                rows=self.rows,
                threshold=self.threshold,
                seed=self.seed,
                max_bucket=self.max_bucket,
                cc_rounds=self.cc_rounds,
                min_number_overlap=self.min_number_overlap,
            ),
            furniture=FurnitureConfig(
                min_docs=self.furniture_min_docs,
                max_short_words=self.furniture_max_short_words,
                min_docs_long=self.furniture_min_docs_long,
                min_words=self.min_words,
            ),
            index=self.index,
            stream=StreamConfig(
                poll_seconds=self.poll_seconds, window_seconds=self.window_seconds, stop_after_seconds=self.stream_for
            ),
        )
