"""Command line: check the flags and paths, pick the local runner, run into a run folder, check, report,
switch the output to it.

Mistakes in the command (an unknown flag, a positional argument, a missing input, an output that is a file
or overlaps the input) exit 2 with one line before any work, creating nothing. A run writes only into
``OUTPUT/.runs/<run_id>/``; the output switches to it in one atomic rename once its accounting holds
(pipeline/output/promotion.py). A failed run removes its folder; a killed one leaves it, never a half-replaced output.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import json
import logging
import os
import re
import signal
import sys
import threading
import time
from typing import Iterator

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions
from apache_beam.runners.portability.fn_api_runner import FnApiRunner
from apache_beam.runners.runner import create_runner

from wirewash.pipeline import index as index_folder
from wirewash.pipeline import locks, workers
from wirewash.pipeline.output import checks, layout, leftovers, promotion
from wirewash.pipeline.build import build
from wirewash.pipeline.dataset_card import CARD, render_card
from wirewash.pipeline.engines import refused_runner, with_engine_flags
from wirewash.pipeline.launch import INTERRUPTED
from wirewash.pipeline.explain import OWN_FLAGS as EXPLAIN_FLAGS
from wirewash.pipeline.explain import USAGE as EXPLAIN_USAGE
from wirewash.pipeline.explain import main as explain_main
from wirewash.pipeline.output.checks import UsageError
from wirewash.pipeline.output.layout import REPORT, REPORT_HTML
from wirewash.pipeline.streaming import build_streaming, stream_report, watch_locally, write_schema_parts
from wirewash.pipeline.options import FLAG_OF_FIELD, WirewashOptions, repeated_flag
from wirewash.pipeline.progress import closing_line, relay_worker_progress, stage_table
from wirewash.pipeline.report import AccountingError, build_report, check_accounting
from wirewash.pipeline.report_html import render_report
from wirewash.pipeline.samples import read_samples
from wirewash.pipeline.usage import OneLineParser, did_you_mean
from wirewash.transforms.core.counters import NAMESPACE
from wirewash.transforms.core.readers import listing
from wirewash.transforms.metrics import PROGRESS_LOGGER

# Beam's DirectRunner first tries to download the Prism runner binary, with no timeout; FnApiRunner is the
# in-process runner it would fall back to anyway, and honours --direct_running_mode / --direct_num_workers.
LOCAL_RUNNER = "FnApiRunner"
# Modules declaring runners' own options (--flink_master, --job_endpoint, --prism_location, ...
# --dask_client_address): imported here so the flag check knows them whatever was imported before.
# apache_beam.options.pipeline_options declares most; the Dask runner's module needs dask installed.
RUNNER_OPTION_MODULES = (
    "apache_beam.options.pipeline_options",
    "apache_beam.runners.render",
    "apache_beam.yaml.options",
    "apache_beam.runners.dask.dask_runner",
)
# Python's cycle collector passes over young objects every 700 net allocations of containers, and over all
# of them every few hundred passes; a run keeps hundreds of thousands of containers alive at once (buffered
# elements, decoded groups), so on a real 5k run it made 1,500 passes costing 1.5 of 17 s CPU. Passes every
# 100,000 allocations: 5, costing 0.2 s, peak memory the same. (The local runner runs in this process.)
GC_THRESHOLD = (100_000, 50, 100)
# What Beam's local runner says when a worker process (--direct_running_mode=multi_processing) died
# mid-bundle, naming neither the worker nor why; a worker killed by hand gives exactly this, exit 1 (issue 14).
WORKER_GONE = "Channel closed prematurely"
WORKER_GONE_HINT = (
    " (a worker process ended mid-run: killed, e.g. by the kernel's out-of-memory killer, or crashed;"
    " --direct_running_mode=in_memory needs no worker processes)"
)
# Beam's flags that choose the local runner's processes; given on the command, wirewash leaves the choice to them.
WORKER_FLAGS = ("--direct_running_mode", "--direct_num_workers")
# Shown in --help beside wirewash's own flags; every other Beam option is accepted too.
HELP_BEAM_FLAGS = ("runner", "streaming", "direct_num_workers", "direct_running_mode")

log = logging.getLogger("wirewash")


def _all_option_classes(cls=PipelineOptions):
    for sub in cls.__subclasses__():
        yield sub
        yield from _all_option_classes(sub)


def _flag_parser() -> tuple[argparse.ArgumentParser, list[str]]:
    """A parser knowing every option class of Beam, its runners and wirewash; and the modules whose
    options could not be loaded, each as "module: why"."""
    unavailable = []
    for module in RUNNER_OPTION_MODULES:
        try:
            importlib.import_module(module)
        except ImportError as e:
            unavailable.append(f"{module}: {e}")
    # "resolve": a flag two option classes both declare is one flag, and the rest of each class still counts.
    parser = OneLineParser(add_help=False, allow_abbrev=False, conflict_handler="resolve")
    for cls in sorted(set(_all_option_classes()), key=lambda c: (c.__module__, c.__qualname__)):
        cls._add_argparse_args(parser)
    return parser, unavailable


def _suggest(flag: str) -> str:
    """ "; did you mean --x?" for the closest long flag --help shows (its options', then those its epilog
    names), or "" when none is close."""
    parser = _help()
    shown = [s for a in parser._actions for s in a.option_strings if s.startswith("--")]
    return did_you_mean(flag, list(dict.fromkeys(shown + re.findall(r"--\w+", parser.epilog))))


def argv_problem(argv: list[str]) -> str | None:
    """The first thing in ``argv`` no option class understands, as one line naming it and the closest valid
    flag; None when every argument is understood. Beam itself would silently drop such an argument."""
    parser, unavailable = _flag_parser()
    _, extra = parser.parse_known_args(argv)
    if not extra:
        return None
    first = extra[0]
    if first == "--":
        # A wrapper's end-of-options marker: no flag is missing, so naming runner modules would mislead.
        return "unexpected argument '--': wirewash takes flags only, each value after its flag"
    if first.startswith("--"):
        flag = first.split("=", 1)[0]
        if flag in EXPLAIN_FLAGS:
            return f"unknown flag {flag}: it is a flag of explain ({EXPLAIN_USAGE})"
        suggestion = _suggest(flag)
        why = f"unknown flag {flag}{suggestion}"
        if unavailable and not suggestion:
            why += f" (runner options not loaded: {'; '.join(unavailable)})"
        return why
    if first.startswith("-") and len(first) > 1:
        return f"short flags are not accepted: {first.split('=', 1)[0]}{_suggest(first[:2])}"
    at = argv.index(first)
    if at >= 2 and argv[at - 2].startswith("--") and not argv[at - 1].startswith("-"):
        # A second value after a flag's value: most often a glob the shell expanded into many paths.
        return f"unexpected argument {first!r} after {argv[at - 2]} {argv[at - 1]}: quote a glob so the shell passes it whole"
    return f"unexpected argument {first!r}: every value follows its flag, e.g. --input {first}"


def counters_of(result) -> dict[str, int]:
    query = result.metrics().query(MetricsFilter().with_namespace(NAMESPACE))
    out: dict[str, int] = {}
    for c in query["counters"]:
        value = c.committed if c.committed is not None else c.attempted
        out[c.key.metric.name] = out.get(c.key.metric.name, 0) + int(value or 0)
    return out


def _write_report_html(staging: str, report: dict) -> None:
    """report.html is for people: failing to sample or render it is logged, never a reason to discard a run."""
    try:
        page = render_report(report, read_samples(staging, threshold=report["options"]["dedup"]["verify"]["threshold"]))
    except Exception:  # noqa: BLE001 - the data and report.json are still right
        log.exception("report.html not written")
        return
    with FileSystems.create(FileSystems.join(staging, REPORT_HTML)) as f:
        f.write(page.encode("utf-8"))


def _check_paths(configs, streaming: bool, input_defaulted: bool) -> None:
    """UsageError, before any work and creating nothing, for a path the run cannot use: a missing input (the
    default one when ``input_defaulted``), an unusable output, an output or index that overlaps the input, an
    output holding files not wirewash's, an output and an index swapped or one folder, an output whose
    published articles the run would replace (pipeline/index.py)."""
    inputs = listing.input_entries(configs.input)
    # A listed file (--input_file) gone by now is its own rejection, not a missing input.
    files = [path for path, _ in configs.read.files]
    for flag, path in (("--output", configs.output), ("--index", configs.index)):
        checks.check_utf8(flag, path)
    checks.check_output(configs.output, streaming)
    # Overlap before missing inputs: a pattern such as D/o* may match only the output's folder, so it lists
    # no file and check_inputs would call it missing instead of saying why it is wrong.
    checks.check_overlap(inputs + files, configs.output)
    checks.check_output_holds_no_foreign_files(configs.output, streaming)
    if inputs or not files:
        checks.check_inputs(inputs, configs.read.exclude, input_defaulted, streaming)
    if configs.index is not None and not configs.index.strip():
        # An unset variable: running without the index would keep copies of everything published before.
        raise UsageError("--index is empty; give the index folder, or leave out --index")
    if configs.index:
        checks.check_overlap(inputs + files, configs.index, "--index")
    index_folder.check_index(configs.index, configs.output)
    index_folder.check_republish(configs.output, configs.index, configs.replace_output)


# The flags each local micro-batch gets anew: its files, its folder, the stream's index.
PER_BATCH_FLAGS = ("--input", "--output", "--index", "--input_version", "--input_file")


def without_flags(argv: list[str], flags: tuple[str, ...]) -> list[str]:
    """``argv`` without each of ``flags`` and its value (``--flag value`` or ``--flag=value``)."""
    out, skip = [], False
    for a in argv:
        if skip:
            skip = False
        elif a in flags:
            skip = True
        elif not a.startswith(tuple(f + "=" for f in flags)):
            out.append(a)
    return out


def run_streaming(argv: list[str], options: PipelineOptions, configs) -> dict:
    """--streaming. With --runner: one unbounded pipeline writing per-window files into OUTPUT/<table>/.
    Without: local micro-batches (pipeline/streaming.py says why), each a batch run against the index into
    OUTPUT/batch-<utc>/. The report is written when the stream ends (--stream_for)."""
    standard = options.view_as(StandardOptions)
    run_id = layout.new_run_id()
    if standard.runner is None:
        index = configs.index or FileSystems.join(configs.output, "index")
        # Refused before watching, like a batch run: an incompatible index must not wait for the first file.
        index_folder.read_manifest(index, configs.dedup.minhash)
    else:
        index = index_folder.open_index(configs.index, configs.dedup.minhash, run_id) if configs.index else None
    # One stream per output, as one batch run: two would both write its report and (locally) its batches.
    with locks.output_lock(configs.output, run_id):
        if standard.runner is None:
            # A batch killed in its index commit is finished (or rolled back) before the stream's record asks
            # whether that batch's output was committed: else its files would be read again.
            index_folder.recover(index, configs.dedup.minhash, run_id)
            batch_argv = without_flags([a for a in argv if not a.startswith("--streaming")], PER_BATCH_FLAGS)
            watched: dict[str, int] = {}

            def inc(name: str, n: int = 1) -> None:
                watched[name] = watched.get(name, 0) + n

            reports = watch_locally(
                configs.input,
                configs.output,
                configs.stream,
                # One flag per file: a file name may hold a comma. A local file goes with the identity the
                # poll listed, so the batch reads that file or rejects it, never a successor under its name.
                lambda paths, out, versions, files: run(
                    batch_argv + [f"--input={p}" if p not in files else f"--input_file={p}={files[p]}"
                                  for p in paths]
                    + ["--output", out, "--index", index]
                    + [f"--input_version={p}={v}" for p, v in sorted(versions.items())]
                ),
                inc=inc,
            )
            report = stream_report(reports, configs, watched)
        else:
            write_schema_parts(configs.output)
            with beam.Pipeline(options=options) as p:
                build_streaming(p, configs, configs.stream, configs.output, index)
            counters = counters_of(p.result)
            check_accounting(counters)
            report = build_report(counters, configs, standard.runner)
        with FileSystems.create(FileSystems.join(configs.output, REPORT)) as f:
            f.write(json.dumps(report, indent=2, default=str).encode("utf-8"))
    return report


def run(argv: list[str]) -> dict:
    """Run the job; returns the report. Raises ValueError (UsageError) on a mistake in the command,
    AccountingError on a bad run, IndexDamaged when the index lost or changed a file."""
    problem = argv_problem(argv) or refused_runner(argv) or repeated_flag(argv)
    if problem:
        raise UsageError(problem)
    # --runner PrismRunner / FlinkRunner use the engine `python -m pipeline.engines install` put in its cache.
    argv = with_engine_flags(argv)
    started = time.time()
    options = PipelineOptions(argv)
    workers = options.view_as(DirectOptions).direct_num_workers
    if workers is not None and workers < 0:
        # A negative count ended the run in an IndexError; 0 is Beam's own "one worker per core", kept.
        raise UsageError(f"--direct_num_workers must be >= 0 (0: one worker per core), got {workers}")
    configs = options.view_as(WirewashOptions).configs()
    standard = options.view_as(StandardOptions)
    _check_paths(configs, bool(standard.streaming), options.view_as(WirewashOptions).input is None)
    if standard.streaming:
        return run_streaming(argv, options, configs)
    if standard.runner is None:
        standard.runner = LOCAL_RUNNER
    # Beam checks the runner's name only when the pipeline is built; a typo must fail before the run folder.
    runner = create_runner(standard.runner) if isinstance(standard.runner, str) else standard.runner
    if isinstance(runner, FnApiRunner):
        given = {a.split("=", 1)[0] for a in argv} & set(WORKER_FLAGS)
        direct = options.view_as(DirectOptions)
        if not given:
            _use_local_workers(options, configs)
        elif given == {"--direct_num_workers"} and direct.direct_num_workers != 1:
            # Beam would run in this process and warn that the count has no effect without a running mode: the
            # user asked for workers.
            direct.direct_running_mode = "multi_processing"
    return _run_batch(options, configs, runner, started)


def _use_local_workers(options: PipelineOptions, configs) -> None:
    """Give the local runner the worker processes ``workers.local_workers`` picks for this input and machine,
    saying so in a progress line when it is more than this process."""
    size = _local_input_bytes(configs, workers.MIN_INPUT_BYTES)
    if size is None:
        return
    cores, memory = workers.machine()
    count = workers.local_workers(size, cores, memory)
    if count > 1:
        direct = options.view_as(DirectOptions)
        direct.direct_running_mode, direct.direct_num_workers = "multi_processing", count
        logging.getLogger(PROGRESS_LOGGER).info(
            "%d worker processes (input over %d MiB, %d cores; --direct_num_workers=1 for this process alone)",
            count, workers.MIN_INPUT_BYTES >> 20, cores,
        )


def _local_input_bytes(configs, enough: int) -> int | None:
    """The bytes of the run's input files, counted until ``enough`` (``workers.input_bytes_at_least``); None
    when an input is remote (its size is not worth a listing here: a remote input on the local runner is the
    runner's to spread, not this choice's)."""
    patterns = listing.expand_input(configs.input) if configs.input else []
    if any(listing.is_remote(pattern) for pattern in patterns):
        return None

    def sizes() -> Iterator[int]:
        for path, _ in configs.read.files:
            yield _size(os.fsencode(path))
        for pattern in patterns:
            try:
                yield from (_size(item.location) for item in listing.list_local(pattern, configs.read.exclude)
                            if item.problem is None)
            except FileNotFoundError:
                continue

    return workers.input_bytes_at_least(sizes(), enough)


def _size(location: bytes) -> int:
    try:
        return os.stat(location).st_size
    except OSError:  # gone or unreadable since it was checked: the reader rejects it, with why
        return 0


def _run_batch(options: PipelineOptions, configs, runner, started: float) -> dict:
    """A batch run under its locks; returns its report. With --index, the index's lock is held for the whole
    run, from before the index is opened: a second run on this index stops at once (OutputBusy, exit 1) naming
    this one, instead of doing all its work and only then finding that this one committed first. Opening the
    index comes before any work: one built with other MinHash settings is refused (ValueError, exit 2), one
    with a missing or changed file too (IndexDamaged, exit 1). The output's lock is held from before the run
    folder exists until the output has switched: a second run on this output stops (OutputBusy, exit 1)
    instead of both switching it and the later finisher silently winning. Every lock is released however the
    run ends."""
    run_id = layout.new_run_id()
    # Counts of what the run tidied before its work (a commit a killed run left pending in the index, run
    # folders killed runs left in the output); Beam's counters cannot count work done outside the pipeline.
    housekeeping: dict[str, int] = {}

    def inc(name: str, n: int = 1) -> None:
        housekeeping[name] = housekeeping.get(name, 0) + n

    with locks.index_lock(configs.index, run_id) if configs.index else contextlib.nullcontext():
        index = index_folder.open_index(configs.index, configs.dedup.minhash, run_id, inc) if configs.index else None
        index_staging = index_folder.staging_dir(index) if index else None
        with (
            locks.output_lock(configs.output, run_id),
            _run_folder(configs.output, run_id, index, index_staging) as staging,
        ):
            for _removed in leftovers.remove_leftovers(configs.output, run_id):
                inc("output:leftover_removed")
            return _run_pipeline(
                options, configs, runner, started, run_id, staging, index, index_staging, housekeeping
            )


@contextlib.contextmanager
def _run_folder(output: str, run_id: str, index, index_staging: str | None) -> Iterator[str]:
    """Create ``OUTPUT/.runs/<run_id>/`` (UsageError, exit 2, when it cannot be) and yield it, holding its
    .live lock and the index staging folder's for the block: to other runs' cleanup, this run is writing them.
    An exception or Ctrl-C in the block removes the run folder, the index's pending commit and its staging
    folder, unless the output has already switched to this run; one while the .live locks are being taken
    removes the run folder, which no lock marks yet as a killed run's (the next run would leave it for 24 h);
    one while the folder is being made is held until ``made`` is set, so it removes the folder too.
    A killed run leaves its folder for the next run to remove, never a half-replaced output."""
    staging = layout.run_dir(output, run_id)
    made = locked = False
    try:
        # A Ctrl-C raised inside mkdirs, after the folder was made, escaped before ``made`` said so: the empty
        # folder stayed (seen under load, where the interrupt lands before the process runs again).
        with _interrupts_deferred():
            try:
                FileSystems.mkdirs(staging)
            except OSError as e:
                raise UsageError(f"--output {output} cannot be created: {e}") from e
            made = True
        with leftovers.live_run(output, run_id), index_folder.live_staging(index):
            locked = True
            try:
                yield staging
            except BaseException:
                if layout.current_run(output) != run_id:
                    if index:
                        index_folder.discard_pending(index)
                    leftovers.remove_run(output, run_id)
                    if index_staging:
                        index_folder.remove_tree(index_staging)
                raise
    except BaseException:
        if made and not locked:
            leftovers.remove_run(output, run_id)
        raise


@contextlib.contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """A Ctrl-C (SIGINT) during the block is raised when the block ends, by the handler in place before it; on
    the main thread only (only it may set handlers, and only it receives them)."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGINT) is None:
        yield  # None: a handler set outside Python, which could not be put back
        return
    pending: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: pending.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if pending:
            # Raised again under the handler it was meant for: a KeyboardInterrupt here, nothing if ignored.
            signal.raise_signal(signal.SIGINT)


def _run_pipeline(
    options: PipelineOptions, configs, runner, started: float, run_id: str, staging: str, index,
    index_staging: str | None, housekeeping: dict[str, int],
) -> dict:
    """Run the pipeline into the run folder ``staging``, check its accounting (AccountingError, exit 1), write
    report.json, report.html and the dataset card there, then switch the output to it; returns the report.
    With an index the switch happens only if no other run committed into the index since it was opened (else
    IndexConflict, before the output is touched), and as one transaction with the index commit."""
    with checks.glob_free(staging, run_id) as write_root:
        with beam.Pipeline(runner=runner, options=options) as p:
            build(p, configs, write_root, index, index_staging)
    counters = {**counters_of(p.result), **housekeeping}
    check_accounting(counters)
    standard = options.view_as(StandardOptions)
    direct = options.view_as(DirectOptions)
    processes = (workers.local_processes(direct.direct_running_mode, direct.direct_num_workers)
                 if isinstance(runner, FnApiRunner) else None)
    report = build_report(counters, configs, standard.runner, run_id, started, time.time(), processes)
    with FileSystems.create(FileSystems.join(staging, REPORT)) as f:
        f.write(json.dumps(report, indent=2, default=str).encode("utf-8"))
    _write_report_html(staging, report)
    with FileSystems.create(FileSystems.join(staging, CARD)) as f:
        f.write(render_card(report).encode("utf-8"))
    with index_folder.exclusive(index, configs.dedup.minhash):
        if index:
            index_folder.publish(index, configs.dedup.minhash, configs.output, report["kept"])
        else:
            promotion.promote(configs.output, run_id)
    return report


# A stage config's self-check names its field ("CleanConfig.min_words must be >= 0",
# "FurnitureConfig.min_docs_long (2) must be >= min_docs (5)"); the user typed a flag, whose name may differ
# (``FLAG_OF_FIELD``).
_CONFIG_FIELD = re.compile(r"^(?:[A-Z]\w*Config\.)?([a-z][a-z_]*)( \([^)]*\))? (must|should) ")
_RENAMED_FIELD = re.compile(r"\b(" + "|".join(FLAG_OF_FIELD) + r") \(")


def _flag_named(message: str) -> str:
    def flag(m: re.Match) -> str:
        return f"--{FLAG_OF_FIELD.get(m[1], m[1])}{m[2] or ''} {m[3]} "

    head = _CONFIG_FIELD.match(message)
    if head is None:
        return message
    rest = _RENAMED_FIELD.sub(lambda m: f"--{FLAG_OF_FIELD[m[1]]} (", message[head.end():])
    return flag(head) + rest


def _help() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirewash",
        # argparse's own usage lists every flag (20 lines) and cannot know the subcommand main() dispatches on
        # before parsing: a newcomer reading it never learnt that explain exists.
        usage=f"%(prog)s [--input INPUT] [--output OUTPUT] [FLAG ...]\n       {EXPLAIN_USAGE}",
        description="Clean and near-deduplicate news articles into Parquet: OUTPUT/articles/, "
        "OUTPUT/duplicates/, OUTPUT/rejected/, OUTPUT/report.html.",
        epilog="Subcommand: wirewash explain DOC_ID --output OUTPUT says why a document was kept, dropped or "
        "rejected. Every other Beam pipeline option, and each runner's own (--flink_master, --job_endpoint, "
        "--prism_location, ...), is accepted too. Flags only: no positional arguments, no short flags. "
        "--input and --exclude may be repeated and add up; every other wirewash flag may be given once.",
    )
    WirewashOptions._add_argparse_args(parser)
    beam_flags = argparse.ArgumentParser(add_help=False)
    StandardOptions._add_argparse_args(beam_flags)
    DirectOptions._add_argparse_args(beam_flags)
    group = parser.add_argument_group("Beam options used most")
    for action in beam_flags._actions:
        if action.dest in HELP_BEAM_FLAGS:
            if action.dest == "runner":  # wirewash picks the local runner itself when none is given
                action.help = (f"Pipeline runner. Default: {LOCAL_RUNNER} (local: in this process, or worker "
                               f"processes on inputs over {workers.MIN_INPUT_BYTES >> 20} MiB).")
            if action.dest == "direct_num_workers":
                action.help = (f"Worker processes of the local runner (0: one per core). Default: this process, or "
                               f"one per core (up to {workers.MAX_WORKERS}) on inputs over "
                               f"{workers.MIN_INPUT_BYTES >> 20} MiB; 1 keeps every stage in this process.")
            group._add_action(action)
    return parser


@contextlib.contextmanager
def _noting_interrupts() -> Iterator[list[int]]:
    """For the body's duration, a Ctrl-C (SIGINT) is noted in the list yielded, silences logging and the runner's
    threads' uncaught errors (the stages and worker processes it stops report their own, a hundred lines of
    them) and raises KeyboardInterrupt as before. SIGINT that the caller ignores (a background job's) stays
    ignored; off the main thread nothing changes (only it may set handlers)."""
    noted: list[int] = []
    hook = threading.excepthook
    if (threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGINT) is not signal.default_int_handler):
        yield noted
        return

    def note(signum: int, frame: object) -> None:
        noted.append(signum)
        logging.disable(logging.CRITICAL)
        threading.excepthook = lambda args: None
        signal.default_int_handler(signum, frame)

    signal.signal(signal.SIGINT, note)
    try:
        yield noted
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        logging.disable(logging.NOTSET)
        threading.excepthook = hook


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # Progress lines from the stages as they run (transforms.metrics.ProgressDoFn), above the final summary.
    logging.getLogger(PROGRESS_LOGGER).setLevel(logging.INFO)
    relay_worker_progress()
    argv = list(sys.argv[1:] if argv is None else argv)
    gc.set_threshold(*GC_THRESHOLD)
    if argv[:1] == ["explain"]:
        return explain_main(argv[1:])
    if any(a in ("-h", "--help") for a in argv):
        _help().print_help()
        return 0
    try:
        with _noting_interrupts() as interrupted:
            report = run(argv)
    except KeyboardInterrupt:
        # Ctrl-C is the user's own act: one line saying what is left, not a traceback from whatever Beam was
        # doing. run() removed this run's folder, unless the run had already switched the output to it.
        print(INTERRUPTED, file=sys.stderr)
        return 130
    except ValueError as e:
        print(f"wirewash: {_flag_named(' '.join(str(e).split()))}", file=sys.stderr)
        return 2
    except (AccountingError, index_folder.IndexProblem, locks.OutputBusy) as e:
        print(f"wirewash: {e}", file=sys.stderr)
        return 1
    except index_folder.IndexCommitError as e:
        log.exception("index commit failed")
        print(f"wirewash: {e}", file=sys.stderr)
        return 1
    except Exception as e:  # noqa: BLE001 - a failed job is reported in one line, with the log above it
        if interrupted:
            # Beam re-raises a KeyboardInterrupt from inside a stage as RuntimeError("KeyboardInterrupt [while
            # running ...]"), and a worker process that took the terminal's SIGINT ends the run with an error of
            # its own: either is the user's Ctrl-C, not a failed run.
            print(INTERRUPTED, file=sys.stderr)
            return 130
        log.exception("run failed")
        lines = [line.strip() for line in str(e).splitlines() if line.strip()] or [type(e).__name__]
        # Beam may end its message with a line naming only the step; the cause is the line before it.
        cause = next((line for line in reversed(lines) if not line.startswith("[while running")), "")
        step = lines[-1] if lines[-1].startswith("[while running") else ""
        why = " ".join(filter(None, (cause, step)))
        if WORKER_GONE in why:
            why += WORKER_GONE_HINT
        print(f"wirewash: run failed, output left untouched: {why}", file=sys.stderr)
        return 1
    try:
        print(stage_table(report["counters"]), file=sys.stderr)
        for line in report.get("warnings", ()):  # a stream's report has none
            print(f"wirewash: warning: {line}", file=sys.stderr)
        # A stream writes no report.html, and a batch run whose page failed to render logged why.
        written = [path for name in (REPORT_HTML, REPORT)
                   if FileSystems.exists(path := FileSystems.join(report["options"]["output"], name))]
        print(closing_line(report, written))
        sys.stdout.flush()
    except BrokenPipeError:
        # Whoever read the summary went away (`wirewash ... | head -1`): the run finished and its output was
        # switched in, which exit 0 says. It was exit 1 and a traceback, and Python's own flush at exit would
        # fail again (exit 120) without the streams pointed at /dev/null.
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            os.dup2(devnull, stream.fileno())
    return 0
