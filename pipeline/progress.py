"""What the terminal shows: while a run goes, the stages' progress lines (relayed from worker processes too);
after it, one line per stage from the run's counters, then the closing line."""

from __future__ import annotations

import logging
import os
from typing import Mapping

from apache_beam.portability.api import beam_fn_api_pb2
from google.protobuf import text_format

from wirewash.transforms import metrics
from wirewash.transforms.core.cleaning import METADATA_RULES
from wirewash.transforms.core.wording import count_of
from wirewash.transforms.metrics import PROGRESS_LOGGER

STAGES = ("read", "clean", "dedup", "write")
# Summed detail counters that read better under another name; None: the sum repeats another counter
# (every candidate pair is in exactly one similarity bucket).
_RENAMED = {"cluster_size": "clusters", "pair_similarity": None, "pair_coverage": None}
# A removed piece of text is boilerplate dropped, or metadata moved into a column (METADATA_RULES); the
# table counts them apart under report.html's headings, as report.json's removals_per_rule and
# metadata_per_rule do. Summed as one "removed", the table said 26 where the closing line said 17
# boilerplate removals, and the fields read off the text ("metadata", title 3, publisher 3...) sat beside
# it as if they counted the same pieces.
BOILERPLATE, METADATA_TAKEN, FIELDS_FOUND = "boilerplate_removed", "metadata_taken", "fields_found"


def _outcome(stage: str, rest: str) -> str | None:
    """The table's name for the counter ``stage:rest``; None for one it leaves out."""
    outcome, _, detail = rest.partition(":")
    if outcome == "removed":
        return METADATA_TAKEN if detail in METADATA_RULES else BOILERPLATE
    if stage == "clean" and outcome == "metadata":
        return FIELDS_FOUND
    return _RENAMED.get(outcome, outcome or stage)


def stage_counts(counters: Mapping[str, int]) -> dict[str, dict[str, int]]:
    """stage -> outcome -> count; ``stage:outcome:detail`` counters are summed into their outcome.

    Counters of stages outside STAGES (added by later stages) get a line of their own after the known ones.
    """
    out: dict[str, dict[str, int]] = {}
    for name, n in sorted(counters.items()):
        stage, _, rest = name.partition(":")
        outcome = _outcome(stage, rest)
        if outcome is None:
            continue
        out.setdefault(stage, {})
        out[stage][outcome] = out[stage].get(outcome, 0) + n
    known = [s for s in STAGES if s in out]
    return {s: dict(sorted(out[s].items())) for s in known + sorted(set(out) - set(STAGES))}


def stage_table(counters: Mapping[str, int]) -> str:
    """``read   document 5  file 5`` style lines, stage names aligned."""
    counts = stage_counts(counters)
    width = max((len(s) for s in counts), default=0)
    return "\n".join(
        f"{stage:<{width}}  " + "  ".join(f"{outcome} {n:,}" for outcome, n in outcomes.items())
        for stage, outcomes in counts.items()
    )


def closing_line(report: Mapping, reports: list[str]) -> str:
    """The run's last line: its accounting, the pieces of text removed as the table and report.html count
    them (boilerplate dropped, metadata moved into columns), and where the reports are (``reports``: the
    paths written, report.html, the one for people, first)."""
    boilerplate = sum(report["removals_per_rule"].values())
    metadata = sum(report.get("metadata_per_rule", {}).values())
    removed = (f"removed from the text: {count_of(boilerplate, 'piece')} of boilerplate, {metadata:,} of metadata "
               "(moved to columns)")
    rejected = sum(report.get("removed_from_rejected", {}).values())
    if rejected:
        # Counted apart: the pieces of texts rejected as too short went to no article and no column.
        removed += f", {rejected:,} more from texts rejected as too short (listed in their rejected rows)"
    return f"wirewash: {report['accounting']}; {removed}; report: {', '.join(reports)}"


# Beam's local runner relays what its worker processes log (--direct_running_mode=multi_processing) through this
# logger, each entry as "Worker: <LogEntry in protobuf text>", at the entry's level.
WORKER_LOG = "apache_beam.runners.portability.local_job_service"
# Every worker says this as it starts; wirewash registers no such objects, so it is no news to the user.
_HARMLESS = "No semi_persistent_directory found"
_PROGRESS_FILE = os.path.realpath(metrics.__file__)
_PACKAGE_DIR = os.path.dirname(os.path.dirname(_PROGRESS_FILE)) + os.sep


class WorkerProgress(logging.Filter):
    """On ``WORKER_LOG``: a worker's progress line (``transforms.metrics.ProgressDoFn``) is logged again as the
    runner's own ``wirewash.progress`` line, as the in-process runner shows it; a worker's warning or error is
    shown as its message (under ``wirewash`` when wirewash's code logged it), not as protobuf text; the worker's
    other lines below WARNING, and its start-up warning about registered objects, are dropped. (Without it, a
    run with worker processes never showed progress, printed a warning in protobuf text as each worker started,
    and printed wirewash's own warnings as protobuf text too.)"""

    def filter(self, record: logging.LogRecord) -> bool:
        entry = _worker_entry(record)
        if entry is None:
            return record.levelno >= logging.WARNING
        where = os.path.realpath(entry.log_location.rpartition(":")[0])
        if where == _PROGRESS_FILE:
            logging.getLogger(PROGRESS_LOGGER).info("%s", entry.message)
            return False
        if record.levelno < logging.WARNING or _HARMLESS in entry.message:
            return False
        record.msg, record.args = "%s", (entry.message + (f"\n{entry.trace}" if entry.trace else ""),)
        if where.startswith(_PACKAGE_DIR):
            record.name = "wirewash"
        return True


def _worker_entry(record: logging.LogRecord):
    """The worker's LogEntry that ``record`` relays, or None for a record of another kind."""
    if record.msg != "Worker: %s" or not isinstance(record.args, tuple) or len(record.args) != 1:
        return None
    try:
        return text_format.Parse(str(record.args[0]), beam_fn_api_pb2.LogEntry())
    except text_format.ParseError:
        return None


def relay_worker_progress() -> None:
    """Show worker processes' progress lines (``WorkerProgress``) on this process's log."""
    relay = logging.getLogger(WORKER_LOG)
    relay.setLevel(logging.INFO)
    if not any(isinstance(f, WorkerProgress) for f in relay.filters):
        relay.addFilter(WorkerProgress())
