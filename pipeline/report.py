"""report.json from the run's counters: totals, the accounting check, removals per rule, cluster sizes."""
from __future__ import annotations

import dataclasses
import datetime
import os
from importlib import metadata
from typing import Mapping

from wirewash.transforms.core.article import REMOVED_FROM_REJECTED
from wirewash.transforms.core.cleaning import METADATA_RULES
from wirewash.transforms.core.parse import ReadConfig
from wirewash.transforms.core.schema import GENERATOR
from wirewash.transforms.core.wording import count_of


class AccountingError(RuntimeError):
    """Some input document did not land in exactly one output."""


def _with_prefix(counters: Mapping[str, int], prefix: str) -> dict[str, int]:
    return {k[len(prefix) :]: v for k, v in sorted(counters.items()) if k.startswith(prefix)}


def totals(counters: Mapping[str, int]) -> dict[str, int]:
    """inputs (documents read plus inputs rejected while reading) and what was written to each output; the
    rejected include the inputs rejected in another input's row (the rest of a damaged Parquet row group)."""
    inputs = counters.get("read:document", 0) + sum(_with_prefix(counters, "read:rejected:").values())
    return {
        "inputs": inputs,
        "kept": counters.get("write:articles", 0),
        "duplicates": counters.get("write:duplicates", 0),
        "rejected": counters.get("write:rejected", 0) + counters.get("read:grouped_rejections", 0),
    }


def check_accounting(counters: Mapping[str, int]) -> dict[str, int]:
    """The totals, or AccountingError when inputs != kept + duplicates + rejected."""
    t = totals(counters)
    if t["inputs"] != t["kept"] + t["duplicates"] + t["rejected"]:
        raise AccountingError(
            f"accounting failed: inputs={t['inputs']} but kept={t['kept']} + duplicates={t['duplicates']} "
            f"+ rejected={t['rejected']} = {t['kept'] + t['duplicates'] + t['rejected']}"
        )
    return t


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def run_info(run_id: str, started: float, finished: float) -> dict:
    """When the run ran: ids and UTC times as ISO 8601, duration in seconds."""
    def iso(t: float) -> str:
        return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).isoformat(timespec="seconds")

    return {"id": run_id, "started": iso(started), "finished": iso(finished),
            "duration_s": round(finished - started, 1)}


# Share of inputs rejected as duplicate_id above which a run says so: a feed whose ids are not unique (a
# category, a date) loses every record but one per id, each one counted but easy to miss in the table.
_DUPLICATE_ID_WARNING_SHARE = 0.05
# Share of documents whose given date could not be read above which a run says so: a feed whose every date is
# in a form not read had all its ``published`` null, counted but unremarked (fresh12 F7).
_UNPARSED_DATE_WARNING_SHARE = 0.5


def warnings(counters: Mapping[str, int], read: ReadConfig) -> list[str]:
    """Lines a run prints after its table for outcomes that look like a mistake in the options, not the data."""
    out = []
    inputs = totals(counters)["inputs"]
    id_column = read.id_column
    read_rejected = _with_prefix(counters, "read:rejected:")
    if inputs and not counters.get("read:document", 0):
        by_count = sorted(read_rejected.items(), key=lambda kv: (-kv[1], kv[0]))
        reasons = ", ".join(f"{r} {n}" for r, n in by_count)
        line = f"no input was read as a document: {inputs} rejected while reading ({reasons})"
        if read_rejected.get("no_text_field") or read_rejected.get("no_text_column"):
            line += (f"; the text is the field {read.text_column!r} (--text_column): a field inside another "
                     "is named by a dotted path (--text_column _source.text), records inside an envelope "
                     "({\"articles\": [...]}) with --records_path articles; each rejection's detail says "
                     "what the record holds")
        out.append(line)
    else:
        lacking = read_rejected.get("no_text_field", 0) + read_rejected.get("no_text_column", 0)
        if read.text_column != ReadConfig.text_column and lacking and not counters.get("read:with_text_field", 0):
            # Documents came from other files (text, HTML), so the line above did not say it: every record was
            # rejected, each in a row of the table, none on the terminal.
            out.append(
                f"no record had the text field {read.text_column!r} (--text_column): {lacking} rejected as "
                "no_text_field or no_text_column; check the name (a field inside another is a dotted path: "
                "_source.text; records inside an envelope need --records_path articles); each rejection's "
                "detail lists the fields the record has"
            )
        if (id_column != ReadConfig.id_column and counters.get("read:document", 0)
                and not counters.get("read:with_id", 0) and not read_rejected.get("bad_id")):
            out.append(
                f"no record had the id field {id_column!r} (--id_column): every doc_id was made from the "
                "record's place and bytes; check the name (a field inside another is a dotted path: _id.$oid)"
            )
    collided = counters.get("dedup:rejected:duplicate_id", 0)
    if inputs and collided / inputs > _DUPLICATE_ID_WARNING_SHARE:
        out.append(
            f"{collided:,} of {count_of(inputs, 'input')} {'was' if collided == 1 else 'were'} rejected as duplicate_id: "
            f"their {id_column!r} field repeats "
            "another record's with other text; if that field is not a unique id, name the one that is with "
            "--id_column"
        )
    documents, unparsed = counters.get("read:document", 0), counters.get("read:field:published_unparsed", 0)
    if documents and unparsed / documents > _UNPARSED_DATE_WARNING_SHARE:
        out.append(
            f"{unparsed:,} of {count_of(documents, 'document')} {'gives' if unparsed == 1 else 'give'} a date that could "
            "not be read: their published is null; "
            "the forms read are ISO 8601, RFC 2822, a named month (2 December 2026, 26-FEB-1987) and a Unix "
            "time: convert the field to ISO 8601 before the run"
        )
    return out


def _shown(paths: str | list[str]) -> str | list[str]:
    """Input paths as text: bytes that are not UTF-8 (a folder named in Latin-1) as ``\\xff``, as ``ls -b``
    shows them; as given, their surrogates could not be written to report.html or the dataset card."""
    if isinstance(paths, str):
        return paths if "://" in paths else os.fsencode(paths).decode("utf-8", "backslashreplace")
    return [_shown(p) for p in paths]


def build_report(
    counters: Mapping[str, int], configs, runner: str, run_id: str | None = None,
    started: float | None = None, finished: float | None = None, processes: int | None = None,
) -> dict:
    """report.json. ``started``/``finished`` are Unix times; without them the report has no ``run`` entry.
    ``processes``: how many processes the local runner ran the stages in (None on any other runner, and for a
    local stream's micro-batches)."""
    t = totals(counters)
    removals = {**_with_prefix(counters, "clean:removed:"), **_with_prefix(counters, "furniture:removed:")}
    run = {} if run_id is None or started is None or finished is None else {"run": run_info(run_id, started, finished)}
    return {
        "generator": GENERATOR,
        **run,
        **t,
        "accounting": f"inputs {t['inputs']} = kept {t['kept']} + duplicates {t['duplicates']} "
        f"+ rejected {t['rejected']}",
        "warnings": warnings(counters, configs.read),
        "rejected_by_reason": {
            **_with_prefix(counters, "read:rejected:"),
            **_with_prefix(counters, "clean:rejected:"),
            **_with_prefix(counters, "dedup:rejected:"),
            **_with_prefix(counters, "furniture:rejected:"),
        },
        # Paths to a file another path already named (a symlink, a hardlink, a second pattern): not read
        # again, so not inputs; and fields a reader cut or dropped from a document it kept.
        "same_file_paths": counters.get("read:same_file", 0),
        # Rejected inputs without a row of their own: a damaged stretch of a Parquet row group is one row
        # (its detail says how many rows it held), counted as all of them.
        "grouped_rejections": counters.get("read:grouped_rejections", 0),
        "fields_repaired": _with_prefix(counters, "read:field:"),
        "removals_per_rule": {
            rule: n for rule, n in removals.items() if rule not in METADATA_RULES
        },
        # Text the cleaner lifted into a column (title, byline, published) rather than dropped.
        "metadata_per_rule": {rule: n for rule, n in removals.items() if rule in METADATA_RULES},
        # Removals from texts then rejected as too short, per rule: in their rejected rows, in no article.
        "removed_from_rejected": _with_prefix(counters, REMOVED_FROM_REJECTED),
        # Fields read off the text (title, byline, published, publisher), per field.
        "metadata_fields_found": _with_prefix(counters, "clean:metadata:"),
        "kept_without_title": counters.get("write:untitled:articles", 0),
        "clusters_by_size": {
            k: v
            for k, v in sorted(_with_prefix(counters, "dedup:cluster_size:").items(), key=lambda kv: int(kv[0]))
        },
        "counters": dict(sorted(counters.items())),
        "options": {
            "input": _shown(configs.input),
            "output": configs.output,
            # Absolute: a later run into this output, started from any folder, tells which index lists this run
            # as published (pipeline/index.py check_republish).
            "index": (os.path.abspath(configs.index) if configs.index and "://" not in configs.index
                      else configs.index),
            "runner": runner,
            "processes": processes,
            "read": dataclasses.asdict(configs.read),
            "clean": dataclasses.asdict(configs.clean),
            "dedup": dataclasses.asdict(configs.dedup),
            "furniture": dataclasses.asdict(configs.furniture),
        },
        "versions": {
            d: _version(d)
            for d in ("wirewash", "apache-beam", "trafilatura", "datasketch", "pyarrow", "fastwarc", "zstandard")
        },
    }
