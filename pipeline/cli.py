"""Command line: parse flags, pick the local runner, run into a staging folder, check, report, promote.

Output is replaced only after a run has succeeded and its accounting holds: the job writes into
``OUTPUT/.incomplete-<id>/``; a failed or killed run leaves only that folder, never files mixed into an
earlier good output.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import uuid

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

from pipeline import index as index_folder
from pipeline.build import build
from pipeline.dataset_card import CARD, render_card
from pipeline.engines import with_engine_flags
from pipeline.explain import main as explain_main
from pipeline.streaming import build_streaming, stream_report, watch_locally
from pipeline.options import WirewashOptions
from pipeline.progress import stage_table
from pipeline.report import OUTPUT_NAMES, AccountingError, build_report, check_accounting
from pipeline.report_html import render_report
from pipeline.samples import read_samples
from transforms.core.counters import NAMESPACE
from transforms.metrics import PROGRESS_LOGGER

# Beam's DirectRunner first tries to download the Prism runner binary, with no timeout; FnApiRunner is the
# in-process runner it would fall back to anyway, and honours --direct_running_mode / --direct_num_workers.
LOCAL_RUNNER = "FnApiRunner"
REPORT = "report.json"
REPORT_HTML = "report.html"

log = logging.getLogger("wirewash")


def _all_option_classes(cls=PipelineOptions):
    for sub in cls.__subclasses__():
        yield sub
        yield from _all_option_classes(sub)


def unknown_flags(argv: list[str]) -> list[str]:
    """Flags no PipelineOptions class knows: Beam would drop them with a log line; a typo should fail."""
    # "resolve": a flag two option classes both declare is one flag, and the rest of each class still counts.
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False, conflict_handler="resolve")
    for cls in set(_all_option_classes()):
        cls._add_argparse_args(parser)
    _, unknown = parser.parse_known_args(argv)
    return [u for u in unknown if u.startswith("--")]


def counters_of(result) -> dict[str, int]:
    query = result.metrics().query(MetricsFilter().with_namespace(NAMESPACE))
    out: dict[str, int] = {}
    for c in query["counters"]:
        value = c.committed if c.committed is not None else c.attempted
        out[c.key.metric.name] = out.get(c.key.metric.name, 0) + int(value or 0)
    return out


def _promote(staging: str, output: str) -> None:
    """Replace the previous outputs in ``output`` with the staged ones."""
    old = [
        m.path
        for pattern in [f"{name}-*" for name in OUTPUT_NAMES] + [REPORT, REPORT_HTML, CARD]
        for m in FileSystems.match([FileSystems.join(output, pattern)])[0].metadata_list
    ]
    if old:
        FileSystems.delete(old)
    staged = FileSystems.match([FileSystems.join(staging, "*")])[0].metadata_list
    sources = [m.path for m in staged]
    FileSystems.rename(sources, [FileSystems.join(output, s.rsplit("/", 1)[-1]) for s in sources])
    FileSystems.delete([staging])


def _write_report_html(staging: str, report: dict) -> None:
    """report.html is for people: failing to sample or render it is logged, never a reason to discard a run."""
    try:
        page = render_report(report, read_samples(staging))
    except Exception:  # noqa: BLE001 - the data and report.json are still right
        log.exception("report.html not written")
        return
    with FileSystems.create(FileSystems.join(staging, REPORT_HTML)) as f:
        f.write(page.encode("utf-8"))


def run_streaming(argv: list[str], options: PipelineOptions, configs) -> dict:
    """--streaming. With --runner: one unbounded pipeline writing per-window files into OUTPUT. Without:
    local micro-batches (pipeline/streaming.py says why), each a batch run against the index into
    OUTPUT/batch-<utc>/. The report is written when the stream ends (--stream_for)."""
    standard = options.view_as(StandardOptions)
    if standard.runner is None:
        index = configs.index or FileSystems.join(configs.output, "index")
        # Refused before watching, like a batch run: an incompatible index must not wait for the first file.
        index_folder.read_manifest(index, configs.dedup)
        batch_argv = [a for a in argv if not a.startswith("--streaming")]
        reports = watch_locally(
            configs.input,
            configs.output,
            configs.stream,
            # argparse keeps the last occurrence of a repeated flag.
            lambda paths, out: run(batch_argv + ["--input", ",".join(paths), "--output", out, "--index", index]),
        )
        report = stream_report(reports, configs)
    else:
        index = index_folder.open_index(configs.index, configs.dedup, uuid.uuid4().hex[:12]) if configs.index else None
        with beam.Pipeline(options=options) as p:
            build_streaming(p, configs, configs.stream, configs.output, index)
        counters = counters_of(p.result)
        check_accounting(counters)
        report = build_report(counters, configs, standard.runner)
    with FileSystems.create(FileSystems.join(configs.output, REPORT)) as f:
        f.write(json.dumps(report, indent=2, default=str).encode("utf-8"))
    return report


def run(argv: list[str]) -> dict:
    """Run the job; returns the report. Raises ValueError on bad options, AccountingError on a bad run."""
    # --runner PrismRunner / FlinkRunner use the engine `python -m pipeline.engines install` put in its cache.
    argv = with_engine_flags(argv)
    unknown = unknown_flags(argv)
    if unknown:
        raise ValueError(f"unknown flag(s): {' '.join(unknown)} (see --help)")
    options = PipelineOptions(argv)
    configs = options.view_as(WirewashOptions).configs()
    standard = options.view_as(StandardOptions)
    if standard.streaming:
        return run_streaming(argv, options, configs)
    if standard.runner is None:
        standard.runner = LOCAL_RUNNER

    run_id = uuid.uuid4().hex[:12]
    # Opened before any work: an index built with other MinHash settings is refused (ValueError, exit 2).
    index = index_folder.open_index(configs.index, configs.dedup, run_id) if configs.index else None
    index_staging = index_folder.staging_dir(index) if index else None
    staging = FileSystems.join(configs.output, f".incomplete-{run_id}")
    FileSystems.mkdirs(staging)
    try:
        with beam.Pipeline(options=options) as p:
            build(p, configs, staging, index, index_staging)
        counters = counters_of(p.result)
        check_accounting(counters)
        report = build_report(counters, configs, standard.runner)
        with FileSystems.create(FileSystems.join(staging, REPORT)) as f:
            f.write(json.dumps(report, indent=2, default=str).encode("utf-8"))
        _write_report_html(staging, report)
        with FileSystems.create(FileSystems.join(staging, CARD)) as f:
            f.write(render_card(report).encode("utf-8"))
    except BaseException:
        # A killed run cannot get here and leaves its .incomplete-* folder; a failed one tidies up.
        FileSystems.delete([d for d in (staging, index_staging) if d and FileSystems.exists(d)])
        raise
    _promote(staging, configs.output)
    if index:
        index_folder.commit(index, configs.dedup, report["kept"])
    return report


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # Progress lines from the stages as they run (transforms.metrics.ProgressDoFn), above the final summary.
    logging.getLogger(PROGRESS_LOGGER).setLevel(logging.INFO)
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["explain"]:
        return explain_main(argv[1:])
    if any(a in ("-h", "--help") for a in argv):
        parser = argparse.ArgumentParser(
            prog="wirewash",
            description="Clean and near-deduplicate news articles into Parquet.",
            epilog="Every standard Beam pipeline option (--runner, --direct_num_workers, "
            "--direct_running_mode, ...) is accepted too.",
        )
        WirewashOptions._add_argparse_args(parser)
        parser.print_help()
        return 0
    try:
        report = run(argv)
    except ValueError as e:
        print(f"wirewash: {e}", file=sys.stderr)
        return 2
    except AccountingError as e:
        print(f"wirewash: {e}", file=sys.stderr)
        return 1
    except index_folder.IndexCommitError as e:
        log.exception("index commit failed")
        print(f"wirewash: {e}", file=sys.stderr)
        return 1
    except Exception as e:  # noqa: BLE001 - a failed job is reported in one line, with the log above it
        log.exception("run failed")
        first = str(e).strip().splitlines()[-1] if str(e).strip() else type(e).__name__
        print(f"wirewash: run failed, output left untouched: {first}", file=sys.stderr)
        return 1
    print(stage_table(report["counters"]), file=sys.stderr)
    print(
        f"wirewash: {report['accounting']}; "
        f"{sum(report['removals_per_rule'].values())} boilerplate removals; report in "
        f"{FileSystems.join(report['options']['output'], REPORT)}"
    )
    return 0
