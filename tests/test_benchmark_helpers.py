"""The benchmark's scoring and copy generator: the figures in the README depend on them."""
from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import corpus  # noqa: E402
from dedup import pairwise_scores  # noqa: E402


def test_pairwise_scores():
    truth = {"a": "A", "a2": "A", "a3": "A", "b": "B", "c": "C"}
    assert pairwise_scores(truth, dict(truth)) == (1.0, 1.0, 1.0)
    # a3 split off, b wrongly joined to a: true pairs 3, predicted 3 (a-a2, a-b, a2-b), correct 1.
    p, r, f1 = pairwise_scores(truth, {"a": "A", "a2": "A", "a3": "X", "b": "A", "c": "C"})
    assert (p, r) == pytest.approx((1 / 3, 1 / 3)) and f1 == pytest.approx(1 / 3)
    # Missing predictions are singletons: nothing predicted, precision vacuous, recall 0.
    assert pairwise_scores(truth, {}) == (1.0, 0.0, 0.0)


STORY = corpus.Story(
    "reuters-1",
    "ACME SAYS PROFIT ROSE 5 PCT",
    "\n\n".join(
        f"Acme Corp said paragraph {i} profit rose 5 pct to 10 mln dlrs, the company told reporters. "
        f"Analysts expected about the same in sentence {i}. The chairman said shares will rise."
        for i in range(8)
    ),
    "earn",
    datetime(1987, 3, 1),
)


def test_syndicate_is_deterministic_and_edits_the_copy():
    a = corpus.syndicate(STORY, "c", random.Random(3))
    assert a == corpus.syndicate(STORY, "c", random.Random(3))
    copies = [corpus.syndicate(STORY, f"c{i}", random.Random(i)) for i in range(30)]
    assert all(c.text != STORY.text and c.id == f"c{i}" for i, c in enumerate(copies))
    assert any(c.title != STORY.title for c in copies)
    assert any(len(c.body.split("\n\n")) < 8 for c in copies)  # trimmed from the bottom
    assert any("percent" in c.body or "million" in c.body for c in copies)  # house spelling


def test_drop_resends_keeps_the_first_of_a_resend():
    resend = corpus.Story("reuters-2", "ACME PROFIT UP", STORY.body.replace("reporters", "journalists"), "earn", None)
    other = corpus.Story("reuters-3", "OTHER", " ".join(f"word{i}" for i in range(200)), "earn", None)
    assert [s.id for s in corpus.drop_resends([STORY, resend, other])] == ["reuters-1", "reuters-3"]


def test_a_failed_run_keeps_its_last_line_for_the_table():
    import peers

    err = b"Traceback (most recent call last):\n  ...\nRuntimeError: Channel closed prematurely.\nwirewash: run failed\n\n"
    failed = peers.RunFailed(["python", "-m"], 1, peers.RunStats(1.0, 2.0), err)
    assert (failed.why, failed.last_line) == ("exit 1", "wirewash: run failed")
    assert peers.RunFailed(["x"], -9, peers.RunStats(1.0, 2.0), b"").last_line == ""
