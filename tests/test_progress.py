import logging
import os

import pytest
from wirewash.pipeline.options import WirewashOptions
from wirewash.pipeline.progress import WORKER_LOG, WorkerProgress, closing_line, stage_counts, stage_table
from wirewash.pipeline.report import build_report
from wirewash.transforms import metrics
from wirewash.transforms.metrics import PROGRESS_LOGGER


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
    # copyright is boilerplate, byline text moved into its column: counted apart, as report.json does.
    assert counts["clean"] == {"metadata_taken": 1, "boilerplate_removed": 3}
    assert counts["dedup"] == {"candidate_pair": 1, "clusters": 4}


def test_stage_table_aligns_stages():
    table = stage_table({"read:document": 1200, "write:articles": 3})
    assert table.splitlines() == ["read   document 1,200", "write  articles 3"]
    assert stage_table({}) == ""


def test_the_table_and_the_closing_line_count_removals_as_report_json_does(tmp_path):
    """The table said "removed 26" and the closing line "17 boilerplate removals" for one run: 26 pieces of
    text removed, 9 of them metadata moved into columns. Each number now names what it counts, and the same
    pieces add up to report.json's removals_per_rule and metadata_per_rule."""
    counters = {
        "clean:removed:copyright": 3, "clean:removed:read_more": 2, "furniture:removed:site_furniture": 4,
        "clean:removed:headline": 3, "clean:removed:bloomberg_credit": 3,
        "clean:metadata:title": 3, "clean:metadata:publisher": 2,
        "read:document": 5, "write:articles": 5,
    }
    report = build_report(counters, WirewashOptions(output=str(tmp_path)).configs(), "FnApiRunner")
    counts = stage_counts(counters)
    assert counts["clean"] == {"boilerplate_removed": 5, "fields_found": 5, "metadata_taken": 6}
    assert counts["furniture"] == {"boilerplate_removed": 4}
    tabled = sum(c.get("boilerplate_removed", 0) for c in counts.values())
    assert tabled == sum(report["removals_per_rule"].values()) == 9
    assert counts["clean"]["metadata_taken"] == sum(report["metadata_per_rule"].values())
    line = closing_line(report, ["out/report.html", "out/report.json"])
    assert line == ("wirewash: inputs 5 = kept 5 + duplicates 0 + rejected 0; removed from the text: 9 pieces of "
                    "boilerplate, 6 of metadata (moved to columns); report: out/report.html, out/report.json")


def test_the_closing_line_says_one_piece_and_names_only_the_reports_written():
    report = {"accounting": "inputs 1 = kept 1 + duplicates 0 + rejected 0 in 1 batch",
              "removals_per_rule": {"copyright": 1}}  # a local stream's: no metadata_per_rule, no report.html
    assert closing_line(report, ["live/report.json"]).endswith(
        "1 piece of boilerplate, 0 of metadata (moved to columns); report: live/report.json")


def test_removals_from_texts_rejected_as_too_short_are_counted_apart(tmp_path):
    # A new user's finding: "2 of metadata (moved to columns)" counted a rejected text's headline, which went to
    # no column; its removals are in its rejected row, and counted apart.
    counters = {"clean:removed:copyright": 2, "clean:removed_from_rejected:headline": 1,
                "clean:removed_from_rejected:newsletter_prompt": 3, "clean:rejected:too_short": 1,
                "clean:article": 4, "read:document": 5, "write:articles": 4, "write:rejected": 1}
    report = build_report(counters, WirewashOptions(output=str(tmp_path)).configs(), "FnApiRunner")
    assert report["removals_per_rule"] == {"copyright": 2} and report["metadata_per_rule"] == {}
    assert report["removed_from_rejected"] == {"headline": 1, "newsletter_prompt": 3}
    assert closing_line(report, ["out/report.json"]) == (
        "wirewash: inputs 5 = kept 4 + duplicates 0 + rejected 1; removed from the text: 2 pieces of boilerplate, "
        "0 of metadata (moved to columns), 4 more from texts rejected as too short (listed in their rejected rows); "
        "report: out/report.json")


def _relayed(message: str, location: str, level: int = logging.INFO) -> logging.LogRecord:
    """A record as Beam's local runner logs a worker process's log entry."""
    from apache_beam.portability.api import beam_fn_api_pb2

    entry = beam_fn_api_pb2.LogEntry(message=message, log_location=location)
    return logging.LogRecord(WORKER_LOG, level, __file__, 1, "Worker: %s", (str(entry).replace("\n", " "),), None)


def test_a_worker_processs_progress_line_is_shown_as_the_runners_own(caplog):
    # A new user's finding: with --direct_running_mode=multi_processing no progress line was ever shown (the
    # workers' INFO lines reached the runner as "Worker: <protobuf>" under Beam's logger, below its level).
    progress = _relayed("clean: 3 documents cleaned", f"{metrics.__file__}:57")
    with caplog.at_level(logging.INFO, logger=PROGRESS_LOGGER):
        assert WorkerProgress().filter(progress) is False
    assert [(r.name, r.getMessage()) for r in caplog.records] == [(PROGRESS_LOGGER, "clean: 3 documents cleaned")]


@pytest.mark.parametrize(("message", "level", "shown"), [
    ("Creating state cache with size 104857600", logging.INFO, False),
    ("No semi_persistent_directory found: User registered objects ... may not be effective", logging.WARNING, False),
    ("Error processing instruction 7: ValueError", logging.ERROR, True),
    ("the worker's own warning", logging.WARNING, True),
])
def test_a_workers_other_lines_show_from_warning_up_less_its_start_up_warning(message, level, shown, caplog):
    record = _relayed(message, "/x/sdk_worker.py:12", level)
    with caplog.at_level(logging.INFO, logger=PROGRESS_LOGGER):
        assert WorkerProgress().filter(record) is shown
    assert caplog.records == []
    if shown:  # its message, not the protobuf text, under Beam's logger
        assert (record.name, record.getMessage()) == (WORKER_LOG, message)


def test_a_warning_wirewash_logged_in_a_worker_reads_as_in_process():
    # A new user's finding: "/in/a.txt: replaced after it was listed" came out as "Worker: severity: WARN
    # timestamp { ... } message: ..." with worker processes, and as "WARNING wirewash: ..." without.
    location = os.path.join(os.path.dirname(os.path.dirname(metrics.__file__)), "transforms", "io.py")
    record = _relayed("/in/a.txt: replaced after it was listed", f"{location}:120", logging.WARNING)
    assert WorkerProgress().filter(record) is True
    assert (record.name, record.getMessage()) == ("wirewash", "/in/a.txt: replaced after it was listed")


def test_a_record_that_relays_no_worker_entry_passes_from_warning_up():
    other = logging.LogRecord(WORKER_LOG, logging.WARNING, __file__, 1, "Job failed: %s", ("boom",), None)
    assert WorkerProgress().filter(other) is True
    other.levelno = logging.INFO
    assert WorkerProgress().filter(other) is False
