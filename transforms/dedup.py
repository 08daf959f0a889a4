"""NearDuplicates: MinHash-LSH over cleaned articles, verified pairs, distributed connected components.

    articles -> Sign -> band_to_doc_ids -> candidate_pairs -> verified_edges -> doc_to_label
             -> doc_to_cluster -> articles with cluster columns, split into kept and duplicates

Every step is keyed work (GroupByKey / CoGroupByKey / CombinePerKey); nothing collects the data set on one
worker, and every choice (pair order, labels, representative) is a function of ids, not of element order.
"""
from __future__ import annotations

import apache_beam as beam
import numpy as np

from transforms.core import components
from transforms.core.candidates import bucket_pairs
from transforms.core.histogram import PAIR_SIMILARITY, similarity_bucket
from transforms.core.minhash import MinhashConfig, jaccard, numbers_agree, shingle_hashes, sign
from transforms.core.schema import Article, Rejected
from transforms.metrics import ProgressDoFn, beam_inc

KEPT = "kept"
DUPLICATES = "duplicates"
REJECTED = "rejected"
BANDS = "bands"
RANKS = "ranks"


def _shingles_of(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint32)


class SignFn(ProgressDoFn):
    """Article -> (doc_id, (shingle bytes, numbers)) main output; (band_key, doc_id) and (doc_id, rank) tagged."""

    STAGE, UNIT = "dedup", "articles signed"

    def __init__(self, cfg: MinhashConfig) -> None:
        self._cfg = cfg

    def process(self, article: Article):
        self.progressed()
        signed = sign(article.doc_id, article.text, self._cfg)
        beam_inc("dedup:signed")
        for key in signed.band_keys:
            yield beam.pvalue.TaggedOutput(BANDS, (key, article.doc_id))
        yield beam.pvalue.TaggedOutput(RANKS, (article.doc_id, components.rank(article.doc_id, signed.words)))
        yield article.doc_id, (signed.shingles.tobytes(), signed.numbers)


class VerifyPairs(beam.PTransform):
    """(candidate_pairs, doc_to_shingles) -> verified edges (a, b, jaccard): jaccard >= threshold and the two
    texts' numbers agree (``numbers_agree``).

    Each side's shingles are joined on by a CoGroupByKey, so a document's shingles travel once per pair it
    is in, never the whole corpus to one place.
    """

    def __init__(self, threshold: float, min_number_overlap: float) -> None:
        super().__init__()
        self._threshold = threshold
        self._min_number_overlap = min_number_overlap

    def expand(self, pcolls):
        candidate_pairs, doc_to_shingles = pcolls
        threshold, min_number_overlap = self._threshold, self._min_number_overlap

        def attach_first(element):
            _a, grouped = element
            for shingles in grouped["shingles"]:
                for b in grouped["partner"]:
                    yield b, (_a, shingles)

        def verify(element):
            b, grouped = element
            for shingles_b, numbers_b in grouped["shingles"]:
                for a, (shingles_a, numbers_a) in grouped["partner"]:
                    sim = jaccard(_shingles_of(shingles_a), _shingles_of(shingles_b))
                    beam_inc("dedup:candidate_pair")
                    beam_inc(PAIR_SIMILARITY + similarity_bucket(sim))
                    if sim < threshold:
                        continue
                    if not numbers_agree(numbers_a, numbers_b, min_number_overlap):
                        beam_inc("dedup:numbers_disagree")
                        continue
                    beam_inc("dedup:verified_pair")
                    yield a, b, sim

        second_to_first = (
            {"partner": candidate_pairs, "shingles": doc_to_shingles}
            | "JoinFirstShingles" >> beam.CoGroupByKey()
            | "AttachFirst" >> beam.FlatMap(attach_first)
        )
        return (
            {"partner": second_to_first, "shingles": doc_to_shingles}
            | "JoinSecondShingles" >> beam.CoGroupByKey()
            | "Jaccard" >> beam.FlatMap(verify)
        )


class _StarRound(beam.PTransform):
    def __init__(self, star) -> None:
        super().__init__()
        self._star = star

    def expand(self, edges):
        star = self._star
        return (
            edges
            | "BothDirections" >> beam.FlatMap(components.both_directions)
            | "GroupNeighbours" >> beam.GroupByKey()
            | "Star" >> beam.FlatMapTuple(lambda node, nbrs: star(node, nbrs))
        )


class ConnectedComponents(beam.PTransform):
    """Undirected edges (a, b) -> (node, label): label is the smallest id of the node's component.

    ``rounds`` alternating large-star/small-star rounds; a node not settled after them is counted as
    ``dedup:cc_unsettled`` and the CLI fails the run rather than write wrong clusters.
    """

    def __init__(self, rounds: int) -> None:
        super().__init__()
        self._rounds = rounds

    def expand(self, edges):
        for i in range(self._rounds):
            edges = edges | f"LargeStar{i}" >> _StarRound(components.large_star)
            edges = edges | f"SmallStar{i}" >> _StarRound(components.small_star)

        def label(node, nbrs):
            component, settled = components.star_label(node, nbrs)
            if not settled:
                beam_inc("dedup:cc_unsettled")
            return node, component

        return (
            edges
            | "BothDirections" >> beam.FlatMap(components.both_directions)
            | "GroupNeighbours" >> beam.GroupByKey()
            | "Label" >> beam.MapTuple(label)
        )


class _BestAndCount(beam.CombineFn):
    """Per component: the best (smallest) rank and the member count, combinable on any worker."""

    def create_accumulator(self):
        return None, 0

    def add_input(self, acc, rank):
        best, n = acc
        return (rank if best is None or rank < best else best), n + 1

    def merge_accumulators(self, accs):
        best, total = None, 0
        for b, n in accs:
            if b is not None and (best is None or b < best):
                best = b
            total += n
        return best, total

    def extract_output(self, acc):
        return acc


class ChooseRepresentatives(beam.PTransform):
    """(doc_to_label, doc_to_rank) -> (doc_id, (representative_id, cluster_size)) for clustered docs."""

    def expand(self, pcolls):
        doc_to_label, doc_to_rank = pcolls

        def to_label(element):
            doc_id, grouped = element
            for lbl in grouped["label"]:
                for r in grouped["rank"]:
                    yield lbl, (doc_id, r)

        label_to_member = (
            {"label": doc_to_label, "rank": doc_to_rank}
            | "JoinRanks" >> beam.CoGroupByKey()
            | "KeyByLabel" >> beam.FlatMap(to_label)
        )
        label_to_best = (
            label_to_member
            | "MemberRanks" >> beam.MapTuple(lambda lbl, member: (lbl, member[1]))
            | "BestAndCount" >> beam.CombinePerKey(_BestAndCount())
        )

        def assign(element):
            _lbl, grouped = element
            for (best_rank, size) in grouped["best"]:
                rep_id = best_rank[1]
                for doc_id, _rank in grouped["member"]:
                    yield doc_id, (rep_id, size)

        return (
            {"member": label_to_member, "best": label_to_best}
            | "JoinBest" >> beam.CoGroupByKey()
            | "Assign" >> beam.FlatMap(assign)
        )


class AttachClusters(beam.PTransform):
    """(articles, doc_to_cluster, doc_to_shingles) -> tagged kept / duplicates.

    A duplicate's similarity is measured against its representative (whose shingles are joined in by
    representative id), even when the two were linked only through other members.
    """

    def __init__(self, shingle_size: int) -> None:
        super().__init__()
        self._shingle_size = shingle_size

    def expand(self, pcolls):
        articles, doc_to_cluster, doc_to_shingles = pcolls
        shingle_size = self._shingle_size

        def by_rep(doc_id, cluster):
            rep_id, size = cluster
            return rep_id, (doc_id, size)

        def attach_rep_shingles(element):
            rep_id, grouped = element
            for rep_shingles, _numbers in grouped["shingles"]:
                for doc_id, size in grouped["member"]:
                    yield doc_id, (rep_id, size, rep_shingles)

        doc_to_rep = (
            {
                "member": doc_to_cluster | "KeyByRepresentative" >> beam.MapTuple(by_rep),
                "shingles": doc_to_shingles,
            }
            | "JoinRepresentativeShingles" >> beam.CoGroupByKey()
            | "AttachRepresentativeShingles" >> beam.FlatMap(attach_rep_shingles)
        )

        def finish(element):
            doc_id, grouped = element
            # OnePerId ran first, so each id has exactly one article here.
            (article,) = grouped["article"]
            clusters = list(grouped["cluster"])
            if not clusters:
                beam_inc("dedup:cluster_size:1")
                beam_inc("dedup:kept")
                yield article.with_cluster(article.doc_id, 1, None)
                return
            rep_id, size, rep_shingles = clusters[0]
            if rep_id == article.doc_id:
                beam_inc(f"dedup:cluster_size:{size}")
                beam_inc("dedup:kept")
                yield article.with_cluster(rep_id, size, None)
                return
            sim = jaccard(shingle_hashes(article.text, shingle_size), _shingles_of(rep_shingles))
            beam_inc("dedup:duplicate")
            yield beam.pvalue.TaggedOutput(DUPLICATES, article.with_cluster(rep_id, size, round(sim, 4)))

        return (
            {
                "article": articles | "KeyById" >> beam.Map(lambda a: (a.doc_id, a)),
                "cluster": doc_to_rep,
            }
            | "JoinClusters" >> beam.CoGroupByKey()
            | "Finish" >> beam.FlatMap(finish).with_outputs(DUPLICATES, main=KEPT)
        )


class OnePerId(beam.PTransform):
    """Articles -> one article per doc_id (main) and ``rejected`` for the others that claim the same id.

    Resolved before signing: a rejected article's text must not link, rank or size a cluster, else a kept
    article with that id would stand for a text that is not in the output.
    """

    def expand(self, articles):
        def pick(doc_id, same_id):
            # The one with the smallest source keeps the id, the others are rejected.
            same_id = sorted(same_id, key=lambda a: a.source)
            for extra in same_id[1:]:
                beam_inc("dedup:rejected:duplicate_id")
                yield beam.pvalue.TaggedOutput(
                    REJECTED,
                    Rejected(doc_id, extra.source, "duplicate_id", f"doc_id {doc_id} also used by {same_id[0].source}"),
                )
            yield same_id[0]

        return (
            articles
            | "KeyById" >> beam.Map(lambda a: (a.doc_id, a))
            | "GroupById" >> beam.GroupByKey()
            | "PickOne" >> beam.FlatMapTuple(pick).with_outputs(REJECTED, main="unique")
        )


class ClusterCandidates(beam.PTransform):
    """(candidate_pairs, doc_to_shingles, doc_to_rank) -> (doc_id, (representative_id, cluster_size)).

    Verify every candidate pair, take the connected components of the verified ones, and choose each
    component's representative: the part batch and incremental dedup share once they have their candidates.
    """

    def __init__(self, cfg: MinhashConfig) -> None:
        super().__init__()
        self._cfg = cfg

    def expand(self, pcolls):
        candidate_pairs, doc_to_shingles, doc_to_rank = pcolls
        cfg = self._cfg
        verified_edges = (candidate_pairs, doc_to_shingles) | "Verify" >> VerifyPairs(
            cfg.threshold, cfg.min_number_overlap
        )
        doc_to_label = (
            verified_edges
            | "Edges" >> beam.MapTuple(lambda a, b, _sim: (a, b))
            | "ConnectedComponents" >> ConnectedComponents(cfg.cc_rounds)
        )
        return (doc_to_label, doc_to_rank) | "ChooseRepresentatives" >> ChooseRepresentatives()


class NearDuplicates(beam.PTransform):
    """Articles -> tagged ``kept``, ``duplicates`` and ``rejected`` (same-id collisions) PCollections."""

    def __init__(self, cfg: MinhashConfig) -> None:
        super().__init__()
        self._cfg = cfg

    def expand(self, all_articles):
        cfg = self._cfg
        one_per_id = all_articles | "OnePerId" >> OnePerId()
        articles = one_per_id["unique"]
        signed = articles | "Sign" >> beam.ParDo(SignFn(cfg)).with_outputs(BANDS, RANKS, main="shingles")
        doc_to_shingles = signed["shingles"]
        band_to_doc_ids = signed[BANDS] | "GroupBands" >> beam.GroupByKey()
        candidate_pairs = (
            band_to_doc_ids
            | "PairsInBucket" >> beam.FlatMapTuple(lambda _key, ids: bucket_pairs(ids, cfg.max_bucket, beam_inc))
            | "DistinctPairs" >> beam.Distinct()
        )
        doc_to_cluster = (candidate_pairs, doc_to_shingles, signed[RANKS]) | "Cluster" >> ClusterCandidates(cfg)
        out = (articles, doc_to_cluster, doc_to_shingles) | "AttachClusters" >> AttachClusters(cfg.shingle_size)
        return {
            KEPT: out[KEPT],
            DUPLICATES: out[DUPLICATES],
            REJECTED: one_per_id[REJECTED],
        }
