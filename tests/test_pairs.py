"""Candidate pairs verified in groups (transforms/core/pairs.py): each record travels once per group it is in,
every pair is verified once, the same edges and counters as pair by pair, whatever the element order."""
from __future__ import annotations

import random

from wirewash.transforms.core import pairs
from wirewash.transforms.core.clusters import RankedEvidence
from wirewash.transforms.core.counters import dict_counter
from wirewash.transforms.core.minhash import MinhashConfig, sign
from wirewash.transforms.core.verify import Verdict, VerifyConfig, packed, unpacked, verify


def _m(i: int, doc_id: str | None = None):
    """A member ranked ``i`` (smaller is better)."""
    doc_id = doc_id or f"d{i:04d}"
    return (0, i, "", doc_id), doc_id


def _story(copies: int):
    """Each copy's chosen candidates as stars give them: the three best-ranked copies and the one before it."""
    chosen = []
    for i in range(1, copies):
        best = {_m(j) for j in range(min(i, 3))} | {_m(i - 1)}
        chosen.append((_m(i), tuple(sorted(best))))
    return chosen


def _grouped(chosen, max_pairs=pairs.GROUP_PAIRS):
    by_first: dict[str, list] = {}
    by_id: dict[str, list] = {}
    for worse, better in chosen:
        by_id.setdefault(worse[1], []).append((worse, better))
    for same_id in by_id.values():
        for worse, betters in pairs.worse_pairs(same_id):
            by_first.setdefault(betters[0][1], []).append((worse, betters))
    return [g for first, worse in sorted(by_first.items()) for g in pairs.groups(first, worse, max_pairs)]


def test_a_chosen_and_kin_pair_is_one_pair_and_a_doc_ids_members_stay_apart():
    a, b, c = _m(0, "a"), _m(1, "b"), _m(2, "c")
    c_loser = ((0, 3, "", "c"), "c")  # another input's claim of "c": its pairs are its own
    got = pairs.worse_pairs([(c, (a, b)), (c, (b,)), (c_loser, (b,)), (c_loser, ())])
    assert got == [(c, (a, b)), (c_loser, (b,))]
    assert pairs.worse_pairs([(c, ())]) == []


def test_a_story_in_1000_copies_sends_each_record_about_once_in_groups_of_whole_documents():
    chosen = _story(1000)
    n_pairs = sum(len(b) for _w, b in chosen)
    grouped = _grouped(chosen)
    assert all(len(g) <= pairs.GROUP_PAIRS for _k, g in grouped)
    assert len(grouped) == -(-n_pairs // pairs.GROUP_PAIRS)  # full groups: whole documents of 3 pairs fill them
    assert sorted(p for _k, g in grouped for p in g) == sorted((b, w) for w, bs in chosen for b in bs)
    # Each worse document's pairs in one group.
    owner = {}
    for key, group in grouped:
        for _better, worse in group:
            assert owner.setdefault(worse, key) == key
    sent = [req for key, group in grouped for req in pairs.wanted(key, group)]
    assert len(sent) < 1000 + 4 * len(grouped)  # pair by pair: one record per pair and per worse, 3,996
    assert n_pairs > 2990


def test_groups_are_the_same_whatever_order_the_pairs_came_in():
    chosen = _story(600)
    expected = _grouped(chosen, 100)
    for seed in range(3):
        shuffled = list(chosen)
        random.Random(seed).shuffle(shuffled)
        assert _grouped(shuffled, 100) == expected


def test_a_document_with_more_pairs_than_a_group_holds_is_a_group_of_its_own():
    big = (_m(900), tuple(_m(i) for i in range(10)))
    small = [(_m(1000 + i), (_m(0),)) for i in range(3)]
    grouped = list(pairs.groups("d0000", [*small, big], max_pairs=4))
    assert [len(g) for _k, g in grouped] == [10, 3]
    assert [k for k, _g in grouped] == [("d0000", 0), ("d0000", 1)]


def test_a_group_asks_each_doc_id_once_for_the_members_it_needs():
    a, b, c = _m(0, "a"), _m(1, "b"), _m(2, "c")
    b2 = ((0, 5, "", "b"), "b")
    asked = list(pairs.wanted(("a", 0), [(a, b), (a, c), (b, c), (a, b2)]))
    assert asked == [("a", (("a", 0), (a,))), ("b", (("a", 0), (b, b2))), ("c", (("a", 0), (c,)))]


def test_each_member_gets_its_own_records_evidence_and_one_without_sends_nothing():
    b, b_loser, gone = _m(1, "b"), ((0, 9, "", "b"), "b"), _m(7, "b")
    records = [RankedEvidence(b[0], "s2", "", b"mine"), RankedEvidence(b_loser[0], "s1", "", b"loser's")]
    sent = list(pairs.sent_evidence(records, [(("a", 0), (b, gone)), (("x", 1), (b_loser,))]))
    assert sent == [(("a", 0), (b, b"mine")), (("x", 1), (b_loser, b"loser's"))]


def test_a_group_verifies_as_pair_by_pair_with_each_record_unpacked_once(monkeypatch):
    base = " ".join(f"w{i}" for i in range(60))
    texts = {
        "a": base,
        "b": base.replace("w10 ", "x10 "),
        "c": " ".join(f"w{i}" for i in range(50)),  # trimmed
        "d": " ".join(f"z{i}" for i in range(60)),
    }
    members = {k: _m(i, k) for i, k in enumerate(texts)}
    evidence = {members[k]: packed(sign(k, t, MinhashConfig()).evidence) for k, t in texts.items()}
    group = [(members["a"], members["b"]), (members["a"], members["c"]), (members["b"], members["c"]),
             (members["a"], members["d"]), (members["a"], _m(9, "gone"))]
    cfg = VerifyConfig()
    expected_counts, expected_inc = dict_counter()
    expected = []
    for better, worse in group[:4]:
        verdict = verify(unpacked(evidence[better]), unpacked(evidence[worse]), cfg)
        pairs.count_verdict(verdict, expected_inc)
        if verdict.duplicate:
            expected.append((better, worse, verdict.jaccard))
    unpacks = []
    monkeypatch.setattr(pairs, "unpacked", lambda blob: unpacks.append(blob) or unpacked(blob))
    counts, inc = dict_counter()
    got = list(pairs.verified([group], list(evidence.items()), cfg, inc))
    assert sorted(got) == sorted(expected)
    assert {(b[1], w[1]) for b, w, _j in got} == {("a", "b"), ("a", "c"), ("b", "c")}
    assert counts == expected_counts and counts["dedup:candidate_pair"] == 4
    assert len(unpacks) == 4


def test_a_pair_refused_for_a_weekday_read_apart_counts_a_reading_not_a_name():
    """kind_of("reading:tuesday") is "name": such pairs were counted dedup:disagreeing:name, and explain then
    pointed at --max_disagreeing. Title words are shown, not weighed, so not counted."""
    counters, inc = dict_counter()
    verdict = Verdict("tokens", 0.9, 0.95, ("sunday", "tuesday", "reading:sunday", "reading:tuesday", "title:oil"))
    pairs.count_verdict(verdict, inc)
    assert {k: v for k, v in counters.items() if k.startswith("dedup:disagreeing:")} == {
        "dedup:disagreeing:date": 1, "dedup:disagreeing:reading": 1,
    }
