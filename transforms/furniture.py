"""RemoveSiteFurniture: drop short paragraphs that recur across many pages of one site.

Articles -> (paragraph key, 1) per distinct paragraph -> CombinePerKey(sum) -> keys over the thresholds ->
a side input of that (key -> count) map -> each article filtered against it.

Why a side input and not a join: the frequent set is small by construction (a key needs ``min_docs``
documents, so there are at most paragraphs / min_docs of them, and in practice a few thousand lines of site
furniture per site), while a join would shuffle every paragraph of every document a second time. The counting itself
is a combiner, so each worker pre-sums its share and the shuffle carries one partial count per key per
worker; nothing is gathered on one machine. If an input ever produced a frequent set too large for memory,
raising ``--furniture_min_docs`` shrinks it in proportion.
"""
from __future__ import annotations

import apache_beam as beam

from wirewash.transforms.core.furniture import FurnitureConfig, document_keys, is_furniture, remove_furniture
from wirewash.transforms.core.schema import Rejected
from wirewash.transforms.metrics import CountingDoFn

ARTICLES = "articles"
REJECTED = "rejected"


class RemoveFurnitureFn(CountingDoFn):
    def __init__(self, cfg: FurnitureConfig) -> None:
        self._cfg = cfg

    def process(self, article, furniture_keys):
        result = remove_furniture(article, furniture_keys, self._cfg, self.inc)
        if isinstance(result, Rejected):
            yield beam.pvalue.TaggedOutput(REJECTED, result)
        else:
            yield result


class RemoveSiteFurniture(beam.PTransform):
    """Article -> tagged outputs ``articles`` (Article) and ``rejected`` (Rejected: mostly_furniture)."""

    def __init__(self, cfg: FurnitureConfig) -> None:
        super().__init__()
        self._cfg = cfg

    def expand(self, articles):
        cfg = self._cfg
        doc_count_by_furniture_key = (
            articles
            | "ParagraphKeys" >> beam.FlatMap(lambda a: [(k, 1) for k in sorted(document_keys(a, cfg))])
            | "CountDocsPerKey" >> beam.CombinePerKey(sum)
            | "KeepFrequent" >> beam.Filter(lambda kv: is_furniture(kv[0], kv[1], cfg))
        )
        # AsDict: a hash lookup per paragraph, and runners cache the materialised side input per worker.
        return articles | "DropFurniture" >> beam.ParDo(
            RemoveFurnitureFn(cfg), beam.pvalue.AsDict(doc_count_by_furniture_key)
        ).with_outputs(REJECTED, main=ARTICLES)
