"""The output folder: one folder per table, each run in a folder of its own, switched in by one atomic rename.

Layout on a local filesystem::

    OUTPUT/articles/      -> .current/articles       stable symlinks, created once, never replaced
    OUTPUT/duplicates/    -> .current/duplicates
    OUTPUT/rejected/      -> .current/rejected
    OUTPUT/report.json, report.html, README.md -> .current/<same name>
    OUTPUT/.current       -> .runs/<run_id>          the pointer, replaced by one os.replace
    OUTPUT/.runs/<run_id>/{articles,duplicates,rejected}/part-SSSSS-of-NNNNN.parquet, report.json, ...
    OUTPUT/.runs/<run_id>/.live                      flock held by the run's process while it runs
    OUTPUT/.output.lock                              flock held by the one run writing OUTPUT (``locks.output_lock``)
    INDEX/.run.lock                                  flock held by the one run using an --index (``locks.index_lock``)

Object stores (``gs://``, ``s3://``) have no symlinks and no atomic folder rename. There the run writes
``OUTPUT/.runs/<run_id>/`` the same way, and the pointer is the one-object file ``OUTPUT/CURRENT`` holding
the run id (a single object write is atomic on GCS and S3): readers read ``OUTPUT/.runs/<CURRENT>/articles/``.

Run folders are switched in by ``promotion`` and the folders of killed runs removed by ``leftovers``.
"""
from __future__ import annotations

import datetime
import json
import os
import re
import uuid

import pyarrow.fs as fs
from apache_beam.io.filesystems import FileSystems
from wirewash.pipeline.dataset_card import CARD
from wirewash.transforms.core.schema import OUTPUT_LOCK, OUTPUT_NAMES, REPORT_JSON

REPORT = REPORT_JSON
REPORT_HTML = "report.html"
RUNS = ".runs"
CURRENT = ".current"
# The pointer on object stores, where there are no symlinks.
CURRENT_FILE = "CURRENT"
# Written into a run folder before the pointer moves off it: only such folders are ever removed.
SUPERSEDED = ".superseded"
LIVE = ".live"
REMOVING = ".removing-"
STABLE_NAMES = (*OUTPUT_NAMES, REPORT, REPORT_HTML, CARD)
# Every name a run writes at an output's top, and in each run folder: what --output checks and input
# matching treat as an output's own (a run that stopped may have left only some).
TOP_NAMES = (RUNS, CURRENT, CURRENT_FILE, SUPERSEDED, LIVE, OUTPUT_LOCK, *STABLE_NAMES)
RUN_ID = re.compile(r"^\d{8}T\d{6}Z[0-9a-f]{8}$")


def new_run_id(now: datetime.datetime | None = None) -> str:
    """``YYYYMMDDTHHMMSSZ`` + 8 hex digits: sorts by start time, unique, alphanumeric (an index run id too)."""
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return f"{now:%Y%m%dT%H%M%S}Z{uuid.uuid4().hex[:8]}"


def is_local(path: str) -> bool:
    return "://" not in path


def run_dir(output: str, run_id: str) -> str:
    return FileSystems.join(output, RUNS, run_id)


def table_dir(root: str, name: str) -> str:
    """The folder of one table under a run folder (or under OUTPUT, through its stable symlink)."""
    if name not in OUTPUT_NAMES:
        raise ValueError(f"unknown output {name!r}; one of {OUTPUT_NAMES}")
    return FileSystems.join(root, name)


def started_at(run_id: str) -> datetime.datetime:
    """A run's start time, read from its id (``new_run_id``)."""
    return datetime.datetime.strptime(run_id[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)


def current_run(output: str) -> str | None:
    """The run id the output's pointer names, None when there is none yet."""
    if is_local(output):
        pointer = os.path.join(output, CURRENT)
        target = os.readlink(pointer) if os.path.islink(pointer) else None
        return os.path.basename(target) if target else None
    pointer = FileSystems.join(output, CURRENT_FILE)
    if not FileSystems.exists(pointer):
        return None
    with FileSystems.open(pointer) as f:
        return f.read().decode("utf-8").strip()


def current_report(output: str) -> dict | None:
    """The current run's report.json; None when it cannot be read."""
    path = f"{current_root(output).rstrip('/')}/{REPORT}"
    filesystem, path = fs.FileSystem.from_uri(path) if "://" in path else (fs.LocalFileSystem(), path)
    try:
        with filesystem.open_input_stream(path) as f:
            report = json.loads(f.read())
    except (OSError, ValueError):
        return None
    return report if isinstance(report, dict) else None


def current_root(output: str) -> str:
    """Where the current run's tables and reports are read from: OUTPUT itself through its symlinks
    (local), or ``OUTPUT/.runs/<CURRENT>`` (object stores). OUTPUT itself when it has no pointer yet."""
    if is_local(output):
        return output
    run_id = current_run(output)
    return run_dir(output, run_id) if run_id else output
