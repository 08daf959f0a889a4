"""The L3S-GN1 benchmark's reading of the labels and its score (benchmarks/l3s_gn1.py). The label tests use
small annotated pages written here; the real-data test needs the research-use dataset, never committed, and
skips when ``$WIREWASH_L3S`` does not name it."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from benchmarks.l3s_gn1 import BODY, HEADLINE, labelled_text, prf, split_of, tokens, wirewash_of

ANNOTATED = b"""<html><head><title>Site</title><style>.x-nc-sel1 {}</style></head><body>
<span class="x-nc-sel0">Home <a href="/">News</a>
  <span class="x-nc-sel1">Storm hits the coast</span>
  <div class="x-nc-invisible"><span class="x-nc-sel2">hidden text</span></div>
  <span class="x-nc-sel2">The storm <a href="/x">reached</a> land on Monday.</span> tail of nothing
</span></body></html>"""


def test_a_text_node_takes_its_innermost_label_and_invisible_text_none():
    labels = labelled_text(ANNOTATED)
    assert tokens(labels[HEADLINE]) == ["storm", "hits", "the", "coast"]
    assert tokens(labels[BODY]) == ["the", "storm", "reached", "land", "on", "monday"]
    assert "tail" in tokens(labels[0]) and "hidden" not in tokens(" ".join(labels.values()))


def test_token_f1_counts_repeats_and_treats_two_empties_as_perfect():
    assert prf(["a", "a", "b"], ["a", "b", "c"]) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert prf([], []) == (1.0, 1.0, 1.0)
    assert prf(["a"], []) == (0.0, 0.0, 0.0)


def test_the_split_depends_on_the_name_alone():
    assert {split_of(f"{i}.html") for i in range(40)} == {"dev", "test"}
    assert split_of("x.html") == split_of("x.html")


DATA = Path(os.environ.get("WIREWASH_L3S", "/nonexistent"))


@pytest.mark.skipif(not (DATA / "annotated").is_dir(),
                    reason="L3S-GN1 (research use only, not committed): set $WIREWASH_L3S to its folder")
def test_real_pages_have_labelled_bodies_and_wirewash_reads_them():
    names = sorted(p.name for p in (DATA / "annotated").glob("*.html"))[:5]
    for name in names:
        labels = labelled_text((DATA / "annotated" / name).read_bytes())
        body = tokens(labels.get(BODY, ""))
        assert len(body) > 20, name
        got = wirewash_of(name, (DATA / "original" / name).read_bytes())
        assert prf(body, tokens(got.text))[2] > 0.3, name
