"""CleanArticles: raw documents -> cleaned Articles, or Rejected rows for texts with too little left."""
from __future__ import annotations

import apache_beam as beam

from wirewash.transforms.core.article import to_article
from wirewash.transforms.core.cleaning import CleanConfig
from wirewash.transforms.core.schema import Rejected
from wirewash.transforms.metrics import ProgressDoFn

REJECTED = "rejected"
ARTICLES = "articles"


class CleanFn(ProgressDoFn):
    STAGE, NOUN, DONE = "clean", "document", "cleaned"

    def __init__(self, cfg: CleanConfig) -> None:
        self._cfg = cfg

    def process(self, raw):
        self.progressed()
        result = to_article(raw, self._cfg, self.inc)
        if isinstance(result, Rejected):
            yield beam.pvalue.TaggedOutput(REJECTED, result)
        else:
            yield result


class CleanArticles(beam.PTransform):
    """RawDoc -> tagged outputs ``articles`` (Article) and ``rejected`` (Rejected)."""

    def __init__(self, cfg: CleanConfig) -> None:
        super().__init__()
        self._cfg = cfg

    def expand(self, raw_docs):
        return raw_docs | "StripBoilerplate" >> beam.ParDo(CleanFn(self._cfg)).with_outputs(
            REJECTED, main=ARTICLES
        )
