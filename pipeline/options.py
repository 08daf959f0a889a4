"""WirewashOptions: every wirewash flag, beside Beam's own, and the per-stage configs built from them."""
from __future__ import annotations

from dataclasses import dataclass

from apache_beam.options.pipeline_options import PipelineOptions

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
    input: str
    output: str
    read: ReadConfig
    clean: CleanConfig
    dedup: DedupConfig
    furniture: FurnitureConfig = FurnitureConfig()
    index: str | None = None
    stream: StreamConfig = StreamConfig()


class WirewashOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        read, clean, stream = ReadConfig(), CleanConfig(), StreamConfig()
        minhash, verify, cluster = MinhashConfig(), VerifyConfig(), ClusterConfig()
        parser.add_argument(
            "--input",
            default=DEFAULT_INPUT,
            help=f"Glob, directory or comma-separated list of them; {input_formats()}. Default: %(default)s",
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
        parser.add_argument("--exclude", action="append", default=[],
                            help="Glob of files to leave out of the input, matched against the file name and the "
                            "path (repeatable), e.g. --exclude 'README*' --exclude '*/LICENSE'. Dataset "
                            "documentation files that are read are rejected as not_article. Default: none")
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
                            "(by published date; undated last); ties by the text's digest, then doc_id. Default: %(default)s")
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
        parser.add_argument("--poll_seconds", type=float, default=stream.poll_seconds,
                            help="With --streaming: how often the input is listed for new files. Default: %(default)s")
        parser.add_argument("--window_seconds", type=float, default=stream.window_seconds,
                            help="With --streaming: length of an output window. Default: %(default)s")
        parser.add_argument("--stream_for", type=float, default=stream.stop_after_seconds,
                            help="With --streaming: stop watching after this many seconds, then finish and "
                            "report. Default: watch until stopped")
        parser.add_argument("--cluster_rounds", "--cc_rounds", dest="cluster_rounds", type=int, default=cluster.rounds,
                            help="Rounds choosing representatives; documents undecided after them are kept "
                            "and counted as dedup:unresolved. Default: %(default)s")

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
                exclude=tuple(self.exclude or ()),
            ),
            clean=CleanConfig(min_words=self.min_words),
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
            stream=StreamConfig(
                poll_seconds=self.poll_seconds, window_seconds=self.window_seconds, stop_after_seconds=self.stream_for
            ),
        )
