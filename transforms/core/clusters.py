"""Clusters that cannot chain: candidate pairs as stars on each bucket's best-ranked members, and the
greedy choice of representatives, one distributed round at a time.

Rank orders the documents (``--keep``). Every duplicate is verified directly against its representative:

1. Per LSH bucket, sorted by rank, each member is proposed the ``star_width`` best-ranked members and the
   member ranked just before it (linear in the bucket size); byte-identical indexed articles count as one
   member there and in the cap below (``_text``). A bucket above ``max_bucket`` members proposes
   only its best member. Of all its buckets' proposals, a document is paired with at most
   ``candidates + most_shared`` (``chosen_candidates``): the work is linear in the number of copies. A
   run's new byte-identical copies of one title and day are banded once and follow that one (``copies``).
2. The verified pairs, directed from the better-ranked document to the other, are resolved as the greedy
   sequential rule would: in rank order, a document is a duplicate of its best-ranked verified neighbour
   that is a representative, and a representative when it has none. A document decides as soon as the
   neighbours ranked before its choice are decided (``decide``), so each round is one group-by-document.
3. After ``rounds`` rounds a document still waiting is kept as its own representative and counted: never
   merged with a text it was not verified against, and any input converges.
"""
from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain, compress
from operator import ne
from typing import Literal

import numpy as np

from wirewash.transforms.core.bands import RankedBuckets
from wirewash.transforms.core.counters import Inc
from wirewash.transforms.core.minhash import MinhashConfig, Signed, sign_article, sign_articles
from wirewash.transforms.core.schema import Article, Rejected, make_doc_id
from wirewash.transforms.core.verify import VerifyConfig, packed

Keep = Literal["longest", "earliest", "latest"]
KEEP_POLICIES: tuple[str, ...] = ("longest", "earliest", "latest")
# (group, key, doc_id), smaller is better: group -1 for indexed articles, 0 for new ones, 1 for new ones the
# policy has no value for (no ``published`` date), so they come last.
Rank = tuple[int, int, str, str]
REPRESENTATIVE = "representative"
DUPLICATE = "duplicate"


@dataclass(frozen=True)
class ClusterConfig:
    """Which copy represents a cluster (``keep``) and how candidate pairs and clusters are formed."""

    keep: Keep = "longest"
    star_width: int = 3
    max_bucket: int = 100
    candidates: int = 3
    min_shared: int = 3
    most_shared: int = 1
    rounds: int = 6

    def __post_init__(self) -> None:
        if self.keep not in KEEP_POLICIES:
            raise ValueError(f"keep must be one of {', '.join(KEEP_POLICIES)}, got {self.keep!r}")
        if self.star_width < 1:
            raise ValueError(f"star_width must be >= 1, got {self.star_width}")
        if self.max_bucket < 2:
            raise ValueError(f"max_bucket must be >= 2, got {self.max_bucket}")
        if self.candidates < 0:
            raise ValueError(f"candidates must be >= 0, got {self.candidates}")
        if self.most_shared < 0 or self.candidates + self.most_shared < 1:
            raise ValueError(f"most_shared must be >= 0, and >= 1 when candidates is 0, got {self.most_shared}")
        if self.min_shared < 1:
            raise ValueError(f"min_shared must be >= 1, got {self.min_shared}")
        if self.rounds < 1:
            raise ValueError(f"rounds must be >= 1, got {self.rounds}")


@dataclass(frozen=True)
class DedupConfig:
    """The dedup stage's settings: shingles and LSH, verification, clustering."""

    minhash: MinhashConfig = field(default_factory=MinhashConfig)
    verify: VerifyConfig = field(default_factory=VerifyConfig)
    cluster: ClusterConfig = field(default_factory=ClusterConfig)


def rank(
    doc_id: str,
    words: int,
    published: datetime.date | None,
    keep: Keep,
    tie: str = "",
    published_at: datetime.datetime | None = None,
    described: int = 0,
) -> Rank:
    """Order of preference for a cluster's representative; smaller is better.

    ``longest``: most words of cleaned text (a trimmed copy has fewer). ``earliest`` / ``latest``: by the
    moment of publication, ``published_at`` (aware) when known, else the start (00:00 UTC) of the day
    ``published``; articles without a date after all dated ones. Among equals, the article that says most
    about itself (``described``, ``metadata_given``: 0 to ``_DESCRIBED_FIELDS``) comes first, so a cluster is not
    represented by a bare copy while its title, byline, publisher and date are only in ``duplicates`` (fresh12
    F5: 4 of 6 pages lost them to their plain-text copies). Then ties go to the smallest ``tie`` (the text's
    digest), then the smallest doc_id: doc_ids hash the input's file name, so a tie broken by them alone
    would pick another representative when the same texts arrive under other file names.
    """
    if keep == "longest":
        key = -words
    elif published_at is not None:
        key = int(published_at.timestamp())
    elif published is not None:
        key = (published.toordinal() - _EPOCH_DAY) * 86_400
    else:
        return 1, -described, tie, doc_id
    if keep == "latest":
        key = -key
    return 0, key * (_DESCRIBED_FIELDS + 1) - described, tie, doc_id


DESCRIBING_FIELDS = ("title", "byline", "publisher", "published")
_DESCRIBED_FIELDS = len(DESCRIBING_FIELDS)


def metadata_given(field_of: Callable[[str], object]) -> int:
    """How many of ``DESCRIBING_FIELDS`` an article has (``rank``'s ``described``); ``field_of`` gives a field's
    value by name (``partial(getattr, article)``, an output row's ``get``)."""
    return sum(field_of(name) is not None for name in DESCRIBING_FIELDS)


_EPOCH_DAY = datetime.date(1970, 1, 1).toordinal()


def indexed_rank(doc_id: str, digest: str | None = None) -> Rank:
    """Indexed articles outrank every new one: an article published earlier is never replaced by a copy.
    ``digest``: the indexed text's, None for an index written before digests were stored."""
    return -1, 0, digest or "", doc_id


def is_indexed(rank: Rank) -> bool:
    return rank[0] == -1


Member = tuple[Rank, str]


# (members, better, worse): pair ``i`` is (members[better[i]], members[worse[i]]), once per bucket that proposed
# it, in the order proposed (int64 codes; ``bands.by_second`` counts them).
Proposals = tuple[list, np.ndarray, np.ndarray]


def star_proposals(buckets: RankedBuckets, cfg: ClusterConfig, inc: Inc) -> Proposals:
    """The (better, worse) pairs each bucket of (rank, doc_id) members proposes, bucket after bucket
    (``chosen_candidates`` picks among every bucket's proposals for a document), as codes into
    ``buckets.members``.

    In a bucket, in rank order, each member after the first is proposed the ``star_width`` best-ranked
    members before it (counted in whole ``_text``s when the best is indexed: ``_first_texts``), then the member
    just before it, unless that one is among them. A bucket above ``max_bucket`` members proposes only its
    best member's star. Counts ``dedup:bucket_with_candidates`` and ``dedup:hot_bucket``."""
    better, worse = _stars(buckets.members, buckets.codes, buckets.starts, cfg, inc)
    return buckets.members, buckets.codes[better], buckets.codes[worse]


def new_proposals(buckets: RankedBuckets, cfg: ClusterConfig, inc: Inc) -> Proposals:
    """``star_proposals`` of buckets of (member, is_new) that involve a new member: indexed members were
    resolved against each other when they were added. A bucket that holds no new member proposes nothing and
    is not counted; a member is new in a bucket where any of its entries is."""
    entries = buckets.members
    if not len(buckets.codes):
        return [], np.zeros(0, np.int64), np.zeros(0, np.int64)
    plain = [member for member, _is_new in entries]
    # Entries are sorted by member first, so a member's entries (new and not) are neighbours.
    first = np.fromiter(chain((True,), map(ne, plain[1:], plain[:-1])), bool, len(plain))
    members = list(compress(plain, first))
    codes = (np.cumsum(first) - 1)[buckets.codes]
    new = np.fromiter((is_new for _member, is_new in entries), bool, len(entries))[buckets.codes]
    sizes = np.diff(buckets.starts)
    bucket = np.repeat(np.arange(len(sizes)), sizes)
    # A bucket's codes stay ascending: one member's entries there are neighbours, and become one.
    own = np.concatenate(([True], (codes[1:] != codes[:-1]) | (bucket[1:] != bucket[:-1])))
    new = np.logical_or.reduceat(new, np.flatnonzero(own))
    codes, bucket = codes[own], bucket[own]
    sizes = np.bincount(bucket, minlength=len(sizes))
    kept = (sizes > 1) & (np.bincount(bucket, weights=new, minlength=len(sizes)) > 0)
    codes, new = codes[kept[bucket]], new[kept[bucket]]
    better, worse = _stars(members, codes, np.concatenate(([0], np.cumsum(sizes[kept]))), cfg, inc)
    involved = new[better] | new[worse]
    return members, codes[better[involved]], codes[worse[involved]]


def star_pairs(members: Iterable[Member], cfg: ClusterConfig, inc: Inc) -> list[tuple[Member, Member]]:
    """(better, worse) member pairs one bucket of (rank, doc_id) members (repeats allowed) proposes, in the
    order ``star_proposals`` proposes them."""
    ranked = sorted(set(members))
    if len(ranked) < 2:
        return []
    better, worse = _stars(ranked, np.arange(len(ranked)), np.array([0, len(ranked)]), cfg, inc)
    return [(ranked[b], ranked[w]) for b, w in zip(better.tolist(), worse.tolist())]


def _stars(members: Sequence[Member], codes: np.ndarray, starts: np.ndarray, cfg: ClusterConfig,
           inc: Inc) -> tuple[np.ndarray, np.ndarray]:
    """(better, worse) positions in ``codes`` (int64) of every pair ``star_proposals`` describes, in order:
    bucket ``b`` is ``codes[starts[b]:starts[b + 1]]``, two or more distinct codes into ``members``,
    ascending."""
    sizes = np.diff(starts)
    if not len(sizes):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    inc("dedup:bucket_with_candidates", len(sizes))
    hot = sizes > cfg.max_bucket
    if hot.any():
        inc("dedup:hot_bucket", int(hot.sum()))
    width = np.where(hot, 1, cfg.star_width)
    heads = np.minimum(width, sizes)
    # Indexed members rank first: without one (a batch run), each member is a text of its own.
    indexed = np.fromiter((is_indexed(rank) for rank, _doc_id in members), bool, len(members))
    indexed_best = indexed[codes[starts[:-1]]]
    if indexed_best.any():
        heads[indexed_best] = _text_heads(members, indexed, codes, starts, indexed_best, width)
    bucket = np.repeat(np.arange(len(sizes)), sizes)
    place = np.arange(len(codes)) - starts[bucket]
    star = np.minimum(heads[bucket], place)
    # Per member: its star (the heads before it), then its predecessor when that is no head.
    count = star + (~hot[bucket] & (place > heads[bucket]))
    worse = np.repeat(np.arange(len(codes)), count)
    k = np.arange(len(worse)) - np.repeat(np.cumsum(count) - count, count)
    return np.where(k < star[worse], starts[bucket[worse]] + k, worse - 1), worse


def _text_heads(members: Sequence[Member], indexed: np.ndarray, codes: np.ndarray, starts: np.ndarray,
                which: np.ndarray, width: np.ndarray) -> np.ndarray:
    """``len(_first_texts(bucket, width))`` of each bucket ``which`` selects (bool per bucket; ``width`` per
    bucket; ``indexed``: bool per member): how many of its members have one of its first ``width`` distinct
    ``_text``s."""
    # Only indexed members can share a text: any other's is its own code.
    text = np.arange(len(members))
    texts: dict = {}
    for code in np.flatnonzero(indexed).tolist():
        text[code] = len(members) + texts.setdefault(_text(members[code]), len(texts))
    sizes = np.diff(starts)
    chosen = sizes[which]
    bucket = np.repeat(np.arange(len(chosen)), chosen)
    _, first, same = np.unique(bucket * (len(members) + len(texts)) + text[codes[np.repeat(which, sizes)]],
                               return_index=True, return_inverse=True)
    opens = np.zeros(len(bucket), bool)
    opens[first] = True
    # Which distinct text of its bucket each text is, counted from 1 at the bucket's first member.
    nth = np.cumsum(opens)
    nth -= (nth[np.cumsum(chosen) - chosen] - 1)[bucket]
    taken = nth[first][same] <= width[which][bucket]
    return np.bincount(bucket, weights=taken, minlength=len(chosen)).astype(np.int64)


def _text(member: Member) -> object:
    """What takes one candidate slot: byte-identical indexed articles together (their rank holds the text's
    digest), any other member alone. Identical copies an index kept apart (dates too far apart to be copies)
    differ only in date and outlet; as one slot each, a story re-sent on many days filled every slot with
    copies refused for their dates, and the re-run copy of the one it duplicates was never compared."""
    rank, _doc_id = member
    return ("indexed", rank[2]) if is_indexed(rank) and rank[2] else member


def _first_texts(ordered: Iterable[Member], n: int) -> list[Member]:
    """The members of ``ordered`` up to the end of its ``n``-th distinct ``_text`` (the whole of each)."""
    texts: set = set()
    taken = []
    for member in ordered:
        text = _text(member)
        if text not in texts:
            if len(texts) == n:
                continue
            texts.add(text)
        taken.append(member)
    return taken


def chosen_candidates(proposed: Mapping[Member, int], cfg: ClusterConfig) -> list[Member]:
    """The better-ranked members one document is verified against, from how many of its buckets proposed
    each (``star_pairs``): the ``candidates`` best-ranked, those proposed by at least ``min_shared`` buckets
    first, and the ``most_shared`` proposed by the most (ties to the better rank); in rank order.

    At most ``candidates + most_shared`` pairs per document, however many copies share its buckets (a story
    in 26 copies proposed 11 partners per copy, each a verification and a shipped evidence record). The best
    ranked find a copy's representative, the best copy, which shares nearly every bucket with it; a member
    proposed by one or two buckets only is as likely a chance band of a long unrelated article, so it comes
    after the well-shared ones (a copy trimmed to a third shares about two bands with its original, and finds
    it when nothing better-ranked is well shared). The most shared find a re-send whose family of templated
    reports fills the top of every bucket it is in.
    """
    ranked = _first_texts(sorted(proposed, key=lambda member: (proposed[member] < cfg.min_shared, member)), cfg.candidates)
    most = _first_texts(sorted(proposed, key=lambda member: (-proposed[member], member)), cfg.most_shared)
    return sorted(set(ranked).union(most))


Neighbour = tuple[Rank, str, float]  # (rank, doc_id, similarity) of a better-ranked verified neighbour


def decide(better: Iterable[Neighbour], status: Mapping[str, str]) -> tuple[str, str | None, float | None] | None:
    """A document's outcome from its better-ranked verified neighbours and what is known of their status.

    (``representative``, None, None); (``duplicate``, representative id, similarity); or None while a
    neighbour ranked before the choice is undecided.
    """
    for _rank, doc_id, sim in sorted(better):
        state = status.get(doc_id)
        if state is None:
            return None
        if state == REPRESENTATIVE:
            return DUPLICATE, doc_id, sim
    return REPRESENTATIVE, None, None


@dataclass(frozen=True)
class SignedDoc:
    """One article as dedup knows it instead of its text: who claims the doc_id (``source`` and ``digest`` of
    the text), its rank, verification evidence (``verify.packed``) and band keys. It travels split: the
    ``claimant`` through the shuffles that settle the doc_id and group bands, the ``ranked_evidence`` once to
    the verification of the pairs the document is in. ``title``: the title's digest; ``published``: the
    publication day (``date.toordinal()``), if known (what tells identical texts apart, ``copies``)."""

    doc_id: str
    source: str
    digest: str
    rank: Rank
    evidence: bytes
    band_keys: tuple[bytes, ...]
    title: str = ""
    published: int | None = None

    @property
    def claim(self) -> Claim:
        return Claim(self.source, self.digest)

    @property
    def claimant(self) -> Claimant:
        return Claimant(self.source, self.digest, self.rank, self.band_keys,
                        title=self.title, published=self.published)

    @property
    def ranked_evidence(self) -> RankedEvidence:
        return RankedEvidence(self.rank, self.source, self.digest, self.evidence)


@dataclass(frozen=True)
class Claimant:
    """A ``SignedDoc`` without its evidence (1.0 of its 6.9 kB as shuffled, on real news): what settling a
    doc_id (``settle``), identical copies (``copies``) and banding need. ``contested``: other inputs claimed
    its doc_id too."""

    source: str
    digest: str
    rank: Rank
    band_keys: tuple[bytes, ...]
    contested: bool = False
    title: str = ""
    published: int | None = None

    @property
    def claim(self) -> Claim:
        return Claim(self.source, self.digest)


@dataclass(frozen=True)
class RankedEvidence:
    """A document's packed evidence (``verify.packed``) with the rank and claim it is found by among every
    record sent under its doc_id (``evidence_of``). An indexed article's: ``indexed_rank``, source and
    digest empty."""

    rank: Rank
    source: str
    digest: str
    evidence: bytes


@dataclass(frozen=True, order=True)
class Claim:
    """Which article holds a doc_id: its source and text digest. ``rejected``: a reason every article
    with this doc_id is rejected for (``already_indexed``), with ``detail``."""

    source: str
    digest: str
    rejected: str | None = None
    detail: str = ""


def text_digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def signed_doc(article: Article, cfg: DedupConfig) -> SignedDoc:
    return _signed_doc(article, sign_article(article, cfg.minhash), cfg)


def signed_docs(articles: Sequence[Article], cfg: DedupConfig) -> list[SignedDoc]:
    """``signed_doc`` of each article, signed together (``minhash.sign_articles``)."""
    return [_signed_doc(a, s, cfg) for a, s in zip(articles, sign_articles(articles, cfg.minhash))]


def _signed_doc(article: Article, signed: Signed, cfg: DedupConfig) -> SignedDoc:
    digest = text_digest(article.text)
    return SignedDoc(
        article.doc_id,
        article.source,
        digest,
        rank(article.doc_id, signed.words, article.published, cfg.cluster.keep, digest, article.published_at,
             metadata_given(partial(getattr, article))),
        packed(signed.evidence, derived=True),
        tuple(signed.band_keys),
        text_digest(article.title or ""),
        article.published.toordinal() if article.published is not None else None,
    )


def one_per_id(same_id: Iterable[Claimant]) -> Claimant:
    """The article that keeps a doc_id several inputs claim: the smallest (source, digest). The others are
    rejected when decisions are attached (``attach``); their texts take no part in dedup, else a kept article
    with that id would stand for a text that is not in the output. (Any records with ``source`` and
    ``digest``: ``Claimant``, ``SignedDoc``, ``RankedEvidence``.)"""
    return min(same_id, key=lambda s: (s.source, s.digest))


def settle(same_id: Iterable[Claimant]) -> Claimant:
    """``one_per_id`` of a doc_id's claimants, marked ``contested`` when there were several: only then does
    ``attach`` need its claim to tell the article that holds the doc_id from the others."""
    same_id = list(same_id)
    kept = one_per_id(same_id)
    return replace(kept, contested=True) if len(same_id) > 1 else kept


def evidence_of(member: Member, same_id: Iterable[RankedEvidence]) -> bytes | None:
    """The packed evidence of the document a candidate pair names as ``member`` (rank, doc_id), among every
    record sent under its doc_id (each input that claimed it, and an indexed article): ``one_per_id`` of
    those with the member's rank. That is the document banding knew: ``one_per_id`` kept the smallest
    (source, digest) of all, so the smallest of those with its rank; a rank holds the text's digest, so two
    claims of one rank differ in source only. None when no record has the rank.

    Evidence is thus never shuffled to settle a doc_id first: only the small ``Claimant`` is."""
    ranked = [e for e in same_id if e.rank == member[0]]
    return one_per_id(ranked).evidence if ranked else None


Cluster = tuple[str, int, float | None]  # (representative id, cluster size, similarity to the representative)


def _own_doc_id(doc_id: str, source: str, reason: str, nth: int, digest: str = "") -> str:
    """The doc_id of an input whose ``doc_id`` another output row holds: a hash of its source, the shared
    doc_id, its reason, ``nth`` (its place among the inputs sharing it) and ``digest``, the same on every run."""
    return make_doc_id(f"{source}\0{reason}\0{nth}\0{digest}", doc_id.encode("utf-8"))


def _also_that_of(doc_id: str, input_id: str | None, owner: str) -> str:
    given = f"id {input_id!r}" if input_id is not None else "no id of its own"
    return f"doc_id {doc_id} ({given}) is also that of {owner}"


def duplicate_id_rejection(
    doc_id: str, article: Article, owner: str, nth: int = 0, reason: str = "duplicate_id", why: str = ""
) -> Rejected:
    """``article``, one more input with the ``doc_id`` another (``owner``, a source) holds, rejected as
    ``reason`` under a doc_id of its own (``_own_doc_id``, with its text's digest), so no two output rows
    share a doc_id. The detail (``why`` first, if given) names the shared doc_id, the input's id and the owner."""
    own = _own_doc_id(doc_id, article.source, reason, nth, text_digest(article.text))
    detail = "; ".join(filter(None, (why, _also_that_of(doc_id, article.input_id, owner))))
    return Rejected(own, article.source, reason, detail[:300], article.input_id)


def rejection_under_own_doc_id(doc_id: str, rejected: Rejected, owner: str, nth: int, inc: Inc) -> Rejected:
    """``rejected``, an input rejected before dedup whose ``doc_id`` another output row (``owner``, a source)
    holds: its reason kept, under a doc_id of its own (``_own_doc_id``), its detail naming the collision."""
    inc("dedup:rejection_under_own_doc_id")
    own = _own_doc_id(doc_id, rejected.source, rejected.reason, nth)
    return replace(rejected, doc_id=own, detail=f"{rejected.detail}; {_also_that_of(doc_id, rejected.input_id, owner)}")


def attach(
    doc_id: str,
    articles: Iterable[Article],
    claims: Iterable[Claim],
    clusters: Iterable[Cluster],
    inc: Inc,
    rejections: Iterable[Rejected] = (),
) -> Iterator[Article | Rejected]:
    """The outcome of every article with ``doc_id``: the claimed one with its cluster columns (kept when it
    represents its cluster or has none) or rejected for the claim's reason (``already_indexed``), every other
    one rejected as ``duplicate_id`` under a doc_id of its own (``duplicate_id_rejection``), so no two output
    rows share a doc_id. No claim: the doc_id was not contested (``settle``), so its one article
    holds it; several articles and no claim cannot come from one run's signing, and all are rejected.

    ``rejections``: inputs with ``doc_id`` rejected before dedup (``no_text_field``, ``too_short``...). An
    article placed above holds the doc_id over them; without one, the smallest (source, reason, detail)
    holds it. Each other keeps its reason under a doc_id of its own (``_own_doc_id``), its detail naming
    the collision: whatever order the inputs arrive in, every output row's doc_id is its own.
    """
    out = list(_attach_articles(doc_id, articles, claims, clusters, inc))
    owner = next((record.source for record in out if record.doc_id == doc_id), None)
    yield from out
    for nth, rejected in enumerate(sorted(rejections, key=lambda r: (r.source, r.reason, r.detail))):
        if owner is None:
            owner = rejected.source
            yield rejected
            continue
        yield rejection_under_own_doc_id(doc_id, rejected, owner, nth, inc)


def _attach_articles(
    doc_id: str, articles: Iterable[Article], claims: Iterable[Claim], clusters: Iterable[Cluster], inc: Inc
) -> Iterator[Article | Rejected]:
    claim = min(claims, default=None)
    cluster = next(iter(clusters), None)
    articles = sorted(articles, key=lambda a: (a.source, a.text))
    placed = False
    for nth, article in enumerate(articles):
        if claim is None:
            holds = len(articles) == 1
        else:
            holds = (article.source, text_digest(article.text)) == (claim.source, claim.digest)
        if placed or not holds:
            inc("dedup:rejected:duplicate_id")
            yield duplicate_id_rejection(doc_id, article, claim.source if claim else "another input", nth)
            continue
        placed = True
        if claim is not None and claim.rejected:  # the claimed article alone keeps the doc_id in rejected/
            inc(f"dedup:rejected:{claim.rejected}")
            yield Rejected(doc_id, article.source, claim.rejected, claim.detail, article.input_id)
            continue
        rep_id, size, sim = cluster if cluster else (doc_id, 1, None)
        if rep_id == doc_id:
            inc(f"dedup:cluster_size:{size}")
            inc("dedup:kept")
        else:
            inc("dedup:duplicate")
        yield article.with_cluster(rep_id, size, None if sim is None else round(sim, 4))
