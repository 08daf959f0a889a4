"""Byte-identical copies in a batch run (transforms/core/copies.py): one head per text, title and day, the
others following it; kin pairs between heads that may be copies; identical texts days apart counted."""
from __future__ import annotations

import datetime
import random

from wirewash.transforms.core.clusters import Claimant, ClusterConfig, DedupConfig, rank, signed_doc
from wirewash.transforms.core.copies import followed, identical_texts
from wirewash.transforms.core.counters import dict_counter
from wirewash.transforms.core.minhash import sign
from wirewash.transforms.core.schema import Article
from wirewash.transforms.core.verify import VerifyConfig, verify

DAY = datetime.date(2024, 3, 6)  # a Wednesday
TEXT = (
    "The city council approved the new budget on Tuesday after a long debate over funding for public "
    "transport and road repairs, officials said. The plan raises spending on buses by ten percent."
)


def _claimant(doc_id: str, day: datetime.date | None, title: str = "", keys=(b"k1", b"k2")):
    # Identical texts: one digest and word count, so the rank differs by doc_id alone (``--keep longest``).
    published = day.toordinal() if day else None
    return doc_id, Claimant(f"src/{doc_id}", "d1g", rank(doc_id, 30, day, "longest", "d1g"), keys,
                            title=title, published=published)


def _settled(members, max_days_apart=1):
    counts, inc = dict_counter()
    return identical_texts(members, max_days_apart, inc), counts


def test_same_day_copies_follow_one_head_whatever_other_days_and_order():
    same_day = [_claimant(f"s{i:02d}", DAY) for i in range(20)]
    # Weekly copies, never within a working day of each other or of DAY; their doc_ids rank first.
    weekly = [_claimant(f"a{i:03d}", DAY - datetime.timedelta(days=7 * (i + 1))) for i in range(100)]
    members = same_day + weekly
    outcomes = []
    for seed in range(3):
        random.Random(seed).shuffle(members)
        settled, counts = _settled(members)
        outcomes.append(settled)
        assert [doc_id for doc_id, _ in settled.heads] == sorted(["s00", *(d for d, _ in weekly)])
        assert sorted(settled.followers) == [("s00", f"s{i:02d}") for i in range(1, 20)]
        assert settled.kin == []  # no two heads within a working day of each other
        assert counts == {"dedup:identical_copy": 19, "dedup:identical_text_other_date": 100}
    assert outcomes[0] == outcomes[1] == outcomes[2]


def test_another_title_an_unknown_day_or_the_next_working_day_are_heads_of_their_own_paired_as_kin():
    friday = datetime.date(2024, 3, 8)
    members = [
        _claimant("c", friday),
        _claimant("d", friday, title="a desk's own headline"),  # the same day, another title
        _claimant("e", friday + datetime.timedelta(days=3)),  # Monday: one working day later
        _claimant("b", friday + datetime.timedelta(days=4)),  # Tuesday: two working days after Friday
        _claimant("f", None),
        _claimant("g", friday, keys=()),  # no band keys: compared with nothing, as before
    ]
    settled, counts = _settled(members)
    assert settled.followers == []
    assert sorted(d for d, _ in settled.heads) == ["b", "c", "d", "e", "f", "g"]
    kin = sorted((better[1], worse[1]) for better, worse in settled.kin)
    # Each worse head with the better best head of each day it may be a copy on (never Friday with Tuesday);
    # the undated one with the best of all.
    assert kin == [("b", "e"), ("b", "f"), ("c", "d"), ("c", "e")]
    assert all(better < worse for better, worse in settled.kin)
    assert counts == {}  # Friday -> Monday -> Tuesday: no day over a working day after the one before
    wider, counts = _settled(members, max_days_apart=0)
    assert ("c", "e") not in {(b[1], w[1]) for b, w in wider.kin}
    assert counts == {"dedup:identical_text_other_date": 2}


def test_kin_pairs_stay_linear_when_a_text_is_sent_every_day_under_many_titles():
    members = [_claimant(f"x{day:03d}-{t}", DAY + datetime.timedelta(days=day), title=f"t{t}")
               for day in range(300) for t in range(4)]
    settled, _ = _settled(members)
    assert len(settled.heads) == 1200 and settled.followers == []
    # The best head of its own day and of those within a working day (a weekend adds two), no more.
    assert len(settled.kin) <= 6 * len(settled.heads)


def test_identical_text_title_and_day_from_other_outlets_and_moments_verify_as_copies():
    """Why followers need no verification of their own: nothing left differs that verification weighs."""
    cfg = VerifyConfig()
    moment = datetime.datetime(2024, 3, 6, 8, 0, tzinfo=datetime.timezone.utc)
    a = sign("a", TEXT, DedupConfig().minhash, "Budget passes", DAY, published_at=moment, publisher="Wire")
    for publisher in ("Wire", "Daily"):
        later = moment + datetime.timedelta(hours=5)
        b = sign("b", TEXT, DedupConfig().minhash, "Budget passes", DAY,
                 published_at=later, publisher=publisher)
        verdict = verify(a.evidence, b.evidence, cfg)
        assert verdict.duplicate and verdict.jaccard == 1.0
    # Days over max_days_apart working days apart are not (a templated report on another day).
    b = sign("b", TEXT, DedupConfig().minhash, "Budget passes", DAY + datetime.timedelta(days=7))
    assert verify(a.evidence, b.evidence, cfg).reason == "published"


def test_signed_claimants_carry_the_title_and_day_that_tell_identical_texts_apart():
    article = Article("x", "s/x", TEXT, title="Budget passes", published=DAY)
    claimant = signed_doc(article, DedupConfig(cluster=ClusterConfig())).claimant
    retitled = signed_doc(Article("y", "s/y", TEXT, title="Council budget", published=DAY),
                          DedupConfig()).claimant
    assert claimant.published == DAY.toordinal() and claimant.digest == retitled.digest
    assert claimant.title != retitled.title


def test_followers_take_their_heads_decision():
    followers = list(followed("h", [("r", 0.8)], ["f2", "f1"]))
    assert followers == [("h", ("r", 0.8)), ("f1", ("r", 0.8)), ("f2", ("r", 0.8))]
    # A head that represents its cluster, or was in no verified pair: its followers are its exact copies.
    assert list(followed("h", [("h", None)], ["f"])) == [("h", ("h", None)), ("f", ("h", 1.0))]
    assert list(followed("h", [], ["f"])) == [("h", ("h", None)), ("f", ("h", 1.0))]
