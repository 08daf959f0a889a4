"""Star candidate pairs per bucket, the greedy rounds (simulated without Beam) against the sequential rule,
the keep policies, and attaching decisions to articles."""
from __future__ import annotations

import datetime
import random
from collections import Counter, defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirewash.transforms.core import bands, clusters
from wirewash.transforms.core.clusters import (
    ClusterConfig, DedupConfig, chosen_candidates, indexed_rank, rank, star_pairs,
)
from wirewash.transforms.core.counters import dict_counter, noop
from wirewash.transforms.core.schema import Article, Rejected


def _members(n: int, seed: int = 0):
    ids = [f"doc{i:04d}" for i in range(n)]
    random.Random(seed).shuffle(ids)
    return [((0, -(i % 7), doc_id), doc_id) for i, doc_id in enumerate(ids)]


# --- star_pairs ------------------------------------------------------------------------------------------------


def test_star_pairs_pair_each_member_with_the_best_ranked_and_its_predecessor():
    counts, inc = dict_counter()
    members = [((0, -w, d), d) for w, d in [(9, "a"), (8, "b"), (7, "c"), (6, "d"), (5, "e")]]
    pairs = [(u[1], d[1]) for u, d in clusters.star_pairs(members + members[:2], ClusterConfig(star_width=2), inc)]
    assert pairs == [("a", "b"), ("a", "c"), ("b", "c"), ("a", "d"), ("b", "d"), ("c", "d"), ("a", "e"),
                     ("b", "e"), ("d", "e")]
    assert dict(counts) == {"dedup:bucket_with_candidates": 1}


@pytest.mark.parametrize("n", [2, 30, 1000])
def test_star_pairs_are_linear_in_the_bucket_and_directed_to_the_better_rank(n):
    counts, inc = dict_counter()
    cfg = ClusterConfig(star_width=3, max_bucket=100)
    pairs = list(clusters.star_pairs(_members(n), cfg, inc))
    assert all(better < worse for better, worse in pairs)
    assert len(pairs) == len(set(pairs)) <= (cfg.star_width + 1) * n
    if n > cfg.max_bucket:
        assert len(pairs) == n - 1 and counts["dedup:hot_bucket"] == 1  # only the best member's star


# --- star_proposals and new_proposals: a shard's buckets at once ------------------------------------------------


def _shard(buckets: list[list]) -> bands.RankedBuckets:
    """``bands.ranked_buckets`` of a shard whose band keys hold ``buckets`` (lists of members, repeats allowed),
    in that key order, one (key, member) element each as an incremental run sends them."""
    entries = [(member, (b.to_bytes(14, "big"),)) for b, bucket in enumerate(buckets) for member in bucket]
    batches = bands.batches([m for m, _k in entries], [k for _m, k in entries], 1)
    return bands.ranked_buckets(batch for _shard, batch in batches)


def _by_second(propose, buckets, cfg):
    """(ProposePairsFn's output for the shard ``buckets`` make, its counters)."""
    counts, inc = dict_counter()
    return bands.by_second(*propose(_shard(buckets), cfg, inc)), dict(counts)


def _reference(buckets, cfg, incremental=False):
    """What ProposePairs computed bucket by bucket in plain Python before it was vectorised (star_pairs,
    new_pairs and by_second on main at 1954087): the oracle of the property test below."""
    counts, inc = dict_counter()
    proposed = []
    for bucket in buckets:
        if incremental:
            new = {m for m, is_new in bucket if is_new}
            if not new:
                continue
            bucket = [m for m, _is_new in bucket]
        ranked = sorted(set(bucket))
        if len(ranked) < 2:
            continue
        inc("dedup:bucket_with_candidates")
        width, hot = cfg.star_width, len(ranked) > cfg.max_bucket
        if hot:
            inc("dedup:hot_bucket")
            width = 1
        heads = (len(clusters._first_texts(ranked, width)) if clusters.is_indexed(ranked[0][0])
                 else min(width, len(ranked)))
        for i in range(1, len(ranked)):
            pairs = [(ranked[j], ranked[i]) for j in range(min(heads, i))]
            if not hot and i - 1 >= heads:
                pairs.append((ranked[i - 1], ranked[i]))
            proposed += [(b, w) for b, w in pairs if not incremental or b in new or w in new]
    counted: dict = {}
    for (better, worse), times in Counter(proposed).items():
        counted.setdefault(worse, []).append((better, times))
    return [(worse, tuple(c)) for worse, c in counted.items()], dict(counts)


def _m(doc_id: str, words: int, tie: str = "") -> tuple:
    return (0, -words, tie, doc_id), doc_id


def test_star_proposals_are_counted_per_worse_member_in_the_order_first_proposed():
    a, b, c, d = _m("a", 9), _m("b", 8), _m("c", 7), _m("d", 6)
    out, counts = _by_second(clusters.star_proposals, [[c, a, b], [d, b, c, b], [b, a]], ClusterConfig(star_width=1))
    # Proposed: (a,b) (a,c) (b,c) | (b,c) (b,d) (c,d) | (a,b)
    assert out == [(b, ((a, 2),)), (c, ((a, 1), (b, 2))), (d, ((b, 1), (c, 1)))]
    assert counts == {"dedup:bucket_with_candidates": 3}


def test_ties_in_rank_go_to_the_smaller_digest_then_doc_id():
    x1, x2, x0 = _m("x1", 50, "b"), _m("x2", 50, "a"), _m("x0", 50, "a")
    out, _counts = _by_second(clusters.star_proposals, [[x1, x2, x0]], ClusterConfig(star_width=1))
    assert out == [(x2, ((x0, 1),)), (x1, ((x0, 1), (x2, 1)))]


def test_lone_members_and_repeats_propose_nothing_and_count_nothing():
    a, b = _m("a", 9), _m("b", 8)
    for buckets in ([], [[a]], [[a, a]], [[a], [b, b]]):
        assert _by_second(clusters.star_proposals, buckets, ClusterConfig()) == ([], {})
        assert _by_second(clusters.new_proposals, [[(m, True) for m in bk] for bk in buckets], ClusterConfig()) == ([], {})


def test_a_bucket_above_max_bucket_proposes_only_its_best_members_star():
    m = [_m(f"m{i}", 10 - i) for i in range(4)]
    out, counts = _by_second(clusters.star_proposals, [m[::-1], m[1:]], ClusterConfig(star_width=2, max_bucket=3))
    # Hot: (m0,m1) (m0,m2) (m0,m3) | full star of width 2: (m1,m2) (m1,m3) (m2,m3)
    assert out == [(m[1], ((m[0], 1),)), (m[2], ((m[0], 1), (m[1], 1))), (m[3], ((m[0], 1), (m[1], 1), (m[2], 1)))]
    assert counts == {"dedup:bucket_with_candidates": 2, "dedup:hot_bucket": 1}


def test_new_proposals_skip_pairs_of_indexed_members_and_star_on_whole_texts():
    old1, old2, old3 = (((-1, 0, d, i), i) for d, i in [("d", "old1"), ("d", "old2"), ("e", "old3")])
    new = ((0, -5, "x", "new"), "new")
    buckets = [[(old3, False), (new, True), (old2, False), (old1, False)], [(old1, False), (old2, False)]]
    out, counts = _by_second(clusters.new_proposals, buckets, ClusterConfig(star_width=1))
    # The first text is old1 and old2's: both heads, and old3 the new one's predecessor.
    assert out == [(new, ((old1, 1), (old2, 1), (old3, 1)))]
    assert counts == {"dedup:bucket_with_candidates": 1}  # the bucket of indexed members alone is not counted


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(st.tuples(st.integers(0, 13), st.booleans()), max_size=12), max_size=8),
    st.integers(1, 3),
    st.integers(2, 6),
)
def test_the_numpy_proposals_are_the_plain_python_ones(buckets, star_width, max_bucket):
    # Indexed members (some byte-identical, one with a nonzero key so identical texts need not be
    # neighbours, some without a digest), new ones with tied ranks.
    pool = ([((-1, 0, "d1", f"i{k}"), f"i{k}") for k in range(3)] + [((-1, 0, "", "i3"), "i3"),
            ((-1, 0, "d0", "i4"), "i4"), ((-1, 1, "d1", "i5"), "i5")]
            + [((g, -(k % 3), "t", f"n{k}"), f"n{k}") for g in (0, 1) for k in range(4)])
    cfg = ClusterConfig(star_width=star_width, max_bucket=max_bucket)
    entries = [[(pool[i], is_new) for i, is_new in bucket] for bucket in buckets]
    assert _by_second(clusters.new_proposals, entries, cfg) == _reference(entries, cfg, incremental=True)
    plain = [[pool[i] for i, _is_new in bucket] for bucket in buckets]
    assert _by_second(clusters.star_proposals, plain, cfg) == _reference(plain, cfg)


def _proposed(buckets, cfg):
    """Every bucket's star proposals, counted per worse member: what CandidatePairs combines."""
    _, inc = dict_counter()
    proposed = defaultdict(lambda: defaultdict(int))
    for members in buckets:
        for better, worse in clusters.star_pairs(members, cfg, inc):
            proposed[worse][better] += 1
    return proposed


def test_chosen_candidates_are_the_best_ranked_shared_enough_and_the_most_shared():
    m = {name: ((0, -w, name), name) for w, name in [(9, "a"), (8, "b"), (7, "c"), (6, "d"), (5, "e")]}
    cfg = ClusterConfig(candidates=2, min_shared=3, most_shared=1)
    proposed = {m["a"]: 2, m["b"]: 3, m["c"]: 4, m["d"]: 9, m["e"]: 1}
    # a: best ranked but proposed by 2 buckets only (a chance band); d: proposed by the most.
    assert [d for _r, d in clusters.chosen_candidates(proposed, cfg)] == ["b", "c", "d"]
    # Slots the well-shared leave go to the best-ranked of the rest: a copy trimmed to a third of its original.
    assert [d for _r, d in clusters.chosen_candidates({m["a"]: 2, m["b"]: 3, m["e"]: 1}, cfg)] == ["a", "b"]
    assert [d for _r, d in clusters.chosen_candidates(proposed, ClusterConfig(candidates=0, most_shared=2))] == ["c", "d"]
    assert clusters.chosen_candidates({}, cfg) == []


def test_candidates_per_document_stay_bounded_however_many_copies_share_its_buckets():
    cfg = ClusterConfig()
    rng = random.Random(5)
    copies = _members(90, seed=2)  # under max_bucket: full stars
    # 42 bands; each copy falls into the story's main bucket of a band with probability 0.8, else alone.
    buckets = [[c for c in copies if rng.random() < 0.8] for _band in range(42)]
    proposed = _proposed(buckets, cfg)
    chosen = {worse: clusters.chosen_candidates(p, cfg) for worse, p in proposed.items()}
    assert max(len(c) for c in proposed.values()) > cfg.candidates + cfg.most_shared  # proposals do grow
    assert max(len(c) for c in chosen.values()) <= cfg.candidates + cfg.most_shared
    best = min(copies)
    # The best copy shares most buckets with every other: each is verified against it.
    assert all(best in c for worse, c in chosen.items())
    assert all(better < worse for worse, c in chosen.items() for better in c)


def test_a_resend_inside_a_family_of_templated_reports_is_paired_with_its_original():
    cfg = ClusterConfig()
    family = [((0, -100 - i, f"day{i}"), f"day{i}") for i in range(6)]  # longer reports, top of every bucket
    original, resend = ((0, -50, "orig"), "orig"), ((0, -49, "resend"), "resend")
    # The re-send shares all 42 buckets with its original, the templated days only some each.
    buckets = [[*family[i % 6 : i % 6 + 4], original, resend] for i in range(42)]
    chosen = clusters.chosen_candidates(_proposed(buckets, cfg)[resend], cfg)
    assert original in chosen and len(chosen) <= cfg.candidates + cfg.most_shared


@pytest.mark.parametrize("field, value", [("candidates", -1), ("most_shared", -1), ("min_shared", 0)])
def test_cluster_config_rejects_bad_candidate_settings(field, value):
    with pytest.raises(ValueError, match=field):
        ClusterConfig(**{field: value})
    with pytest.raises(ValueError, match="most_shared"):
        ClusterConfig(candidates=0, most_shared=0)


# --- the rounds, simulated ------------------------------------------------------------------------------------


def greedy(edges) -> dict[str, tuple[str, float | None]]:
    """The sequential rule the rounds compute: doc_id -> (representative, similarity to it) for every
    document in ``edges`` ((better, worse, similarity) verified pairs): the reference for the rounds."""
    better: dict[str, list] = {}
    ranks: dict = {}
    for (rank_u, u), (rank_d, d), sim in edges:
        better.setdefault(d, []).append((rank_u, u, sim))
        ranks[u], ranks[d] = rank_u, rank_d
    status: dict[str, str] = {}
    out: dict[str, tuple[str, float | None]] = {}
    for doc_id in sorted(ranks, key=lambda d: ranks[d]):
        verdict = clusters.decide(better.get(doc_id, []), status)
        assert verdict is not None  # every better-ranked document is decided before this one
        status[doc_id] = verdict[0]
        out[doc_id] = (verdict[1], verdict[2]) if verdict[0] == clusters.DUPLICATE else (doc_id, None)
    return out


def simulate(edges, rounds: int) -> tuple[dict[str, tuple[str, float | None]], set[str]]:
    """What ResolveClusters does, one group-by-document per round, without Beam: (outcomes, unresolved)."""
    better, followers = defaultdict(list), defaultdict(set)
    for (rank_u, u), (_rank_d, d), sim in edges:
        better[d].append((rank_u, u, sim))
        followers[u].add(d)
    nodes = set(better) | set(followers)
    final, messages, state = {}, defaultdict(list), {}
    for node in nodes:
        if not better[node]:
            final[node] = (node, None)
            for f in followers[node]:
                messages[f].append((node, clusters.REPRESENTATIVE))
        else:
            state[node] = {}
    for _ in range(rounds):
        inbox, messages = messages, defaultdict(list)
        for node in sorted(state):
            known = state[node]
            known.update(dict(inbox.get(node, [])))
            verdict = clusters.decide(better[node], known)
            if verdict is None:
                continue
            status, rep, sim = verdict
            final[node] = (rep or node, sim)
            for f in followers[node]:
                messages[f].append((node, status))
        state = {n: k for n, k in state.items() if n not in final}
    for node in state:
        final[node] = (node, None)
    return final, set(state)


def _edges_from_graph(pairs, ranks):
    return [((ranks[a], a), (ranks[b], b), 0.5) if ranks[a] < ranks[b] else ((ranks[b], b), (ranks[a], a), 0.5)
            for a, b in pairs]


def _name(i: int) -> str:
    return f"n{i:03d}"


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)).filter(lambda e: e[0] != e[1]), min_size=1, max_size=90),
    st.randoms(use_true_random=False),
)
def test_rounds_compute_the_sequential_greedy_rule(int_edges, rnd):
    names = {i: _name(i) for e in int_edges for i in e}
    ranks = {n: (0, -rnd.randrange(5), n) for n in names.values()}
    edges = _edges_from_graph({tuple(sorted((names[a], names[b]))) for a, b in int_edges}, ranks)
    expected = greedy(edges)
    result, unresolved = simulate(edges, rounds=len(names) + 1)
    assert not unresolved
    assert result == expected
    # No chaining: every duplicate's representative is a verified neighbour, and representatives stay.
    verified = {(u[1], d[1]) for u, d, _ in edges}
    for doc, (rep, _sim) in result.items():
        assert rep == doc or ((rep, doc) in verified and result[rep][0] == rep)


def test_a_chain_of_400_near_duplicates_converges_and_merges_only_verified_pairs():
    # Each text a light edit of the one before, each a little longer: only neighbours verify.
    ids = [_name(i) for i in range(400)]
    ranks = {d: (0, -i, d) for i, d in enumerate(ids)}  # the last is the longest
    edges = _edges_from_graph(list(zip(ids, ids[1:])), ranks)
    result, unresolved = simulate(edges, rounds=6)
    assert len(result) == 400
    decided = {d: r for d, r in result.items() if d not in unresolved}
    # The rounds decide from the best-ranked end; the rest is kept, never wrongly merged.
    assert decided == {d: r for d, r in greedy(edges).items() if d in decided}
    assert len(unresolved) == 400 - 7
    assert all(result[d] == (d, None) for d in unresolved)
    verified = {(u[1], d[1]) for u, d, _ in edges}
    assert all(rep == d or (rep, d) in verified for d, (rep, _) in result.items())


def test_star_of_copies_resolves_in_one_round():
    ranks = {d: (0, -10 + i, d) for i, d in enumerate("abcde")}
    pairs = [("a", x) for x in "bcde"] + [("b", "c"), ("c", "d")]
    result, unresolved = simulate(_edges_from_graph(pairs, ranks), rounds=1)
    assert not unresolved
    assert result == {"a": ("a", None), **{x: ("a", 0.5) for x in "bcde"}}


# --- keep policies --------------------------------------------------------------------------------------------


def test_keep_policies_rank_deterministically_with_undated_last():
    d1, d2 = datetime.date(2024, 1, 1), datetime.date(2024, 1, 5)
    docs = [("b", 100, d2), ("a", 50, d1), ("c", 100, None), ("d", 100, d1)]
    order = {keep: [d for d, *_ in sorted(docs, key=lambda x: rank(x[0], x[1], x[2], keep))] for keep in clusters.KEEP_POLICIES}
    assert order == {"longest": ["b", "c", "d", "a"], "earliest": ["a", "d", "b", "c"], "latest": ["b", "a", "d", "c"]}
    assert clusters.indexed_rank("z") < rank("a", 10**6, d1, "earliest")
    with pytest.raises(ValueError, match="keep"):
        ClusterConfig(keep="shortest")


@pytest.mark.parametrize("keep", clusters.KEEP_POLICIES)
def test_among_equals_the_article_that_says_most_of_itself_ranks_first_and_never_above_a_better_figure(keep):
    """fresh12 F5: a bare copy (no title, byline, publisher, date) won a tie on the digest alone."""
    day, later = datetime.date(2024, 3, 4), datetime.date(2024, 3, 5)
    bare, described = rank("a", 100, day, keep, "0", None, 0), rank("b", 100, day, keep, "f", None, 4)
    assert described < bare
    better_figure = {"longest": rank("c", 101, day, keep, "f", None, 0),
                     "earliest": rank("c", 100, datetime.date(2024, 3, 3), keep, "f", None, 0),
                     "latest": rank("c", 100, later, keep, "f", None, 0)}[keep]
    assert better_figure < described  # the policy's own figure still decides first
    assert rank("d", 100, None, keep, "f", None, 3) < rank("e", 100, None, keep, "0", None, 1)


def test_metadata_given_counts_the_describing_fields_an_article_has():
    from functools import partial
    bare = Article("a", "a.txt", "Text.")
    assert clusters.metadata_given(partial(getattr, bare)) == 0
    full = Article("a", "a.txt", "Text.", title="T", byline="B", publisher="P", published=datetime.date(2024, 1, 1))
    assert clusters.metadata_given(partial(getattr, full)) == 4
    assert clusters.metadata_given({"title": "T", "byline": None}.get) == 1


# --- one per id and attach ------------------------------------------------------------------------------------


def test_every_duplicate_id_rejection_has_a_doc_id_of_its_own_whatever_the_order():
    """Three records of one file with id "a" gave two ``duplicate_id`` rows sharing the kept article's
    doc_id: an output whose doc_id is not a key, and a detail that did not say which id collided."""
    same = [Article("x", f"f.jsonl#{n}", f"text {n}", input_id="a") for n in (3, 1, 2)]
    outs = []
    for order in (same, same[::-1]):
        counts, inc = dict_counter()
        winner = clusters.one_per_id(clusters.signed_doc(a, DedupConfig()) for a in order)
        outs.append(list(clusters.attach("x", order, [winner.claim], [], inc)))
        assert counts["dedup:rejected:duplicate_id"] == 2
    assert outs[0] == outs[1]
    kept, *rejected = outs[0]
    assert kept.doc_id == "x" and [r.source for r in rejected] == ["f.jsonl#2", "f.jsonl#3"]
    assert len({kept.doc_id, *(r.doc_id for r in rejected)}) == 3
    assert all(r.detail == "doc_id x (id 'a') is also that of f.jsonl#1" for r in rejected)
    # Two inputs alike in source and text (one record given twice) still get two doc_ids.
    twice = [Article("y", "g.txt", "same text")] * 3
    winner = clusters.one_per_id(clusters.signed_doc(a, DedupConfig()) for a in twice)
    out = list(clusters.attach("y", twice, [winner.claim], [], dict_counter()[1]))
    assert len({o.doc_id for o in out}) == 3 and "(no id of its own)" in out[1].detail


def test_attach_places_the_claimed_article_and_rejects_the_other_claimants():
    counts, inc = dict_counter()
    first = Article("x", "a/one.txt", "one text", input_id="7")
    second = Article("x", "b/two.txt", "another text", input_id="8")
    signed = [clusters.signed_doc(a, DedupConfig()) for a in (second, first)]
    winner = clusters.one_per_id(signed)
    assert winner.source == "a/one.txt"
    out = list(clusters.attach("x", [second, first], [winner.claim], [("rep", 3, 0.81234)], inc))
    assert out[0] == first.with_cluster("rep", 3, 0.8123)
    assert isinstance(out[1], Rejected) and (out[1].source, out[1].reason) == ("b/two.txt", "duplicate_id")
    assert out[1].input_id == "8"  # a rejection row names the record as the input did
    assert counts == {"dedup:duplicate": 1, "dedup:rejected:duplicate_id": 1}
    counts.clear()
    alone = list(clusters.attach("x", [first], [winner.claim], [], inc))
    assert alone == [first.with_cluster("x", 1, None)] and counts == {"dedup:kept": 1, "dedup:cluster_size:1": 1}
    indexed = clusters.Claim("a/one.txt", winner.digest, "already_indexed", "published by run r1")
    (rejected,) = clusters.attach("x", [first], [indexed], [], inc)
    assert (rejected.reason, rejected.detail, rejected.input_id) == ("already_indexed", "published by run r1", "7")
    # Two records of one indexed doc_id: the claimed one is already_indexed under it, the other a duplicate_id
    # under a doc_id of its own (both were already_indexed under one doc_id: rejected/ lost its key).
    counts.clear()
    both = list(clusters.attach("x", [second, first], [indexed], [], inc))
    assert [(r.source, r.reason) for r in both] == [("a/one.txt", "already_indexed"), ("b/two.txt", "duplicate_id")]
    assert both[0].doc_id == "x" != both[1].doc_id
    assert counts == {"dedup:rejected:already_indexed": 1, "dedup:rejected:duplicate_id": 1}


def test_a_rejection_whose_id_an_article_holds_gets_a_doc_id_of_its_own_whatever_the_order():
    """Records of one id, one kept and one rejected before dedup (a null text, too short after cleaning),
    gave a row in articles/ and one in rejected/ with one doc_id: joins on doc_id and ``explain`` mixed them."""
    article = Article("x", "f.jsonl#2", "the kept text", input_id="a")
    empty = Rejected("x", "f.jsonl#1", "no_text_field", "'text' is null, not a string", "a")
    short = Rejected("x", "f.jsonl#3", "too_short", "2 words after cleaning", "a")
    outs = []
    for order in ([empty, short], [short, empty]):
        counts, inc = dict_counter()
        outs.append(list(clusters.attach("x", [article], [], [], inc, order)))
        assert counts == {"dedup:kept": 1, "dedup:cluster_size:1": 1, "dedup:rejection_under_own_doc_id": 2}
    assert outs[0] == outs[1]
    kept, *rejected = outs[0]
    assert kept.doc_id == "x" and [(r.source, r.reason) for r in rejected] == [
        ("f.jsonl#1", "no_text_field"), ("f.jsonl#3", "too_short")]
    assert len({kept.doc_id, *(r.doc_id for r in rejected)}) == 3
    assert rejected[0].detail == "'text' is null, not a string; doc_id x (id 'a') is also that of f.jsonl#2"
    assert rejected[0].input_id == "a"
    # No article: the smallest source's rejection keeps the doc_id, as it did alone.
    counts, inc = dict_counter()
    alone = list(clusters.attach("x", [], [], [], inc, [short, empty]))
    assert alone[0] == empty and alone[1].doc_id != "x"
    assert alone[1].detail.endswith("also that of f.jsonl#1") and counts == {"dedup:rejection_under_own_doc_id": 1}


def test_evidence_of_a_member_is_the_one_the_doc_id_was_kept_for():
    cfg = DedupConfig()
    same_text = [Article("x", src, "the same text of the kept one", title=title)
                 for src, title in (("b/late.txt", "Late"), ("a/early.txt", "Early"))]
    other_text = Article("x", "0/first.txt", "another text entirely, longer than the kept one's")
    signed = [clusters.signed_doc(a, cfg) for a in (*same_text, other_text)]
    indexed = clusters.RankedEvidence(clusters.indexed_rank("x"), "", "", b"indexed")
    # Settled on claimants (no evidence): the smallest (source, digest) of every claim keeps the doc_id.
    kept = clusters.one_per_id([s.claimant for s in signed])
    assert kept == min(signed, key=lambda s: (s.source, s.digest)).claimant
    records = [s.ranked_evidence for s in signed] + [indexed]
    by_source = {s.source: s.evidence for s in signed}
    assert clusters.evidence_of((kept.rank, "x"), records) == by_source[kept.source]
    # Banding named "x" by the kept claim's rank: of two claims of one text (one rank), the smaller source's.
    same_rank = signed[0].rank
    assert signed[1].rank == same_rank and signed[2].rank != same_rank
    early = clusters.evidence_of((same_rank, "x"), records)
    assert early == by_source["a/early.txt"] != by_source["b/late.txt"]
    assert clusters.evidence_of((clusters.indexed_rank("x"), "x"), records) == b"indexed"
    assert clusters.evidence_of(((0, 0, "", "x"), "x"), records) is None


def test_only_a_contested_doc_id_needs_its_claim_to_be_attached():
    counts, inc = dict_counter()
    first = Article("x", "a/one.txt", "one text")
    second = Article("x", "b/two.txt", "another text")
    alone = clusters.settle([clusters.signed_doc(first, DedupConfig()).claimant])
    assert not alone.contested
    both = clusters.settle([clusters.signed_doc(a, DedupConfig()).claimant for a in (second, first)])
    assert both.contested and both.source == "a/one.txt"
    # Uncontested: no claim is sent, the one article holds its doc_id.
    placed = list(clusters.attach("x", [first], [], [("x", 2, None)], inc))
    assert placed == [first.with_cluster("x", 2, None)]
    # Two articles and no claim cannot come from one run's signing: neither is placed, both say why.
    out = list(clusters.attach("x", [second, first], [], [], inc))
    assert [(r.source, r.reason) for r in out] == [("a/one.txt", "duplicate_id"),
                                                   ("b/two.txt", "duplicate_id")]
    assert counts == {"dedup:kept": 1, "dedup:cluster_size:2": 1, "dedup:rejected:duplicate_id": 2}


def test_identical_indexed_copies_take_one_candidate_slot_whatever_their_order():
    cfg = ClusterConfig(candidates=2, most_shared=1)
    copies = [(indexed_rank(f"a{i}", "d1g"), f"a{i}") for i in range(6)]
    representative = (indexed_rank("rep", "f00"), "rep")
    other = (indexed_rank("zz", "e11"), "zz")
    proposed = {m: 5 for m in [*copies, representative, other]}
    for order in (list(proposed), list(reversed(proposed))):
        chosen = chosen_candidates({m: proposed[m] for m in order}, cfg)
        assert chosen == sorted([*copies, other])  # two texts: the copies' and the next best
    # New articles are each their own text, however alike (batch dedup keeps its bounded stars).
    new = [((0, -80, "d1g", f"n{i}"), f"n{i}") for i in range(6)]
    assert len(chosen_candidates({m: 5 for m in new}, cfg)) == 2
    # An index written before digests: each indexed article is a text of its own.
    assert len(chosen_candidates({(indexed_rank(f"a{i}"), f"a{i}"): 5 for i in range(6)}, cfg)) == 2


def test_a_bucket_stars_on_whole_groups_of_identical_indexed_copies():
    members = [(indexed_rank(f"a{i}", "d1g"), f"a{i}") for i in range(5)] + [(indexed_rank("rep", "f00"), "rep")]
    new = ((0, -80, "x", "new"), "new")
    pairs = list(star_pairs([*members, new], ClusterConfig(star_width=2), noop))
    assert {better for better, worse in pairs if worse == new} == set(members)
