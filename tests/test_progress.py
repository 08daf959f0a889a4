from wirewash.pipeline.progress import stage_counts, stage_table


def test_stage_counts_sum_details_in_stage_order():
    counters = {
        "write:articles": 4,
        "read:document": 5,
        "read:rejected:binary": 2,
        "read:rejected:empty": 1,
        "clean:removed:copyright": 3,
        "clean:removed:byline": 1,
        "dedup:cluster_size:1": 3,
        "dedup:cluster_size:2": 1,
        "dedup:pair_similarity:0.45": 1,
        "dedup:candidate_pair": 1,
        "index:hit": 7,
    }
    counts = stage_counts(counters)
    assert list(counts) == ["read", "clean", "dedup", "write", "index"]
    assert counts["read"] == {"document": 5, "rejected": 3}
    assert counts["clean"] == {"removed": 4}
    assert counts["dedup"] == {"candidate_pair": 1, "clusters": 4}


def test_stage_table_aligns_stages():
    table = stage_table({"read:document": 1200, "write:articles": 3})
    assert table.splitlines() == ["read   document 1,200", "write  articles 3"]
    assert stage_table({}) == ""
