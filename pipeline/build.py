"""build(): Read | Clean | Deduplicate | Write. Only wiring; every step labelled."""
from __future__ import annotations

import apache_beam as beam
from apache_beam.options.pipeline_options import DirectOptions
from apache_beam.runners.portability.fn_api_runner import FnApiRunner

from wirewash.pipeline.options import Configs
from wirewash.transforms import clean, dedup, furniture, io
from wirewash.transforms.clean import CleanArticles
from wirewash.transforms.dedup import NearDuplicates
from wirewash.transforms.core.index import IndexState
from wirewash.transforms.furniture import RemoveSiteFurniture
from wirewash.transforms.incremental import IncrementalDuplicates, WriteIndex
from wirewash.transforms.io import ReadDocuments, expand_input, write_articles, write_rejected


def spreads_work(p: beam.Pipeline) -> bool:
    """Whether ``p`` may run on more than one worker, so that spreading the documents read among them pays
    (``ReadDocuments``' ``spread``): on any runner but the local one, and on the local one (FnApiRunner) unless
    ``--direct_num_workers`` is 1 (its default; 0 is one worker per core)."""
    if not isinstance(p.runner, FnApiRunner):
        return True
    return p.options.view_as(DirectOptions).direct_num_workers != 1


def build(p: beam.Pipeline, cfg: Configs, output_dir: str, index: IndexState | None = None,
          index_staging: str | None = None) -> None:
    """Attach the whole job to ``p``, writing the three Parquet outputs under ``output_dir``.

    With ``index``, dedup is against the index too and the kept articles are staged as index files under
    ``index_staging``.
    """
    read = p | "ReadDocuments" >> ReadDocuments(expand_input(cfg.input), cfg.read, spreads_work(p))
    cleaned = read[io.DOCS] | "CleanArticles" >> CleanArticles(cfg.clean)
    defurnished = cleaned[clean.ARTICLES] | "RemoveSiteFurniture" >> RemoveSiteFurniture(cfg.furniture)
    articles = defurnished[furniture.ARTICLES]
    # Rejections join the decisions: an article with the same id may hold their doc_id (clusters.attach).
    rejected = (
        (read[io.REJECTED], cleaned[clean.REJECTED], defurnished[furniture.REJECTED])
        | "RejectedBeforeDedup" >> beam.Flatten()
    )
    if index is None:
        deduped = (articles, rejected) | "NearDuplicates" >> NearDuplicates(cfg.dedup)
    else:
        deduped = (articles, rejected) | "IncrementalDuplicates" >> IncrementalDuplicates(cfg.dedup, index)
        deduped[dedup.KEPT] | "WriteIndex" >> WriteIndex(cfg.dedup.minhash, index, index_staging)

    deduped[dedup.KEPT] | "WriteArticles" >> write_articles(output_dir, "articles")
    deduped[dedup.DUPLICATES] | "WriteDuplicates" >> write_articles(output_dir, "duplicates")
    deduped[dedup.REJECTED] | "WriteRejected" >> write_rejected(output_dir)
