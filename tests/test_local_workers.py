"""The local runner's worker processes, picked by input size and machine when the command does not say
(pipeline/workers.py, pipeline/cli.py; issue 14)."""
from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions

from wirewash.pipeline import cli, workers
from wirewash.pipeline.options import WirewashOptions
from wirewash.transforms.metrics import PROGRESS_LOGGER

MB = 1 << 20
GB = 1 << 30
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize("size, cores, memory, expected", [
    (workers.MIN_INPUT_BYTES - 1, 2, 24 * GB, 1),  # too little input to pay for a second interpreter
    (workers.MIN_INPUT_BYTES, 2, 24 * GB, 2),
    (100 * MB, 1, 24 * GB, 1),  # one core: a worker process only adds its start-up
    (100 * MB, 8, 24 * GB, workers.MAX_WORKERS),
    (100 * MB, 3, 24 * GB, 3),
    (GB, 2, 24 * GB, 1),  # 24 GB is under 32 x 1 GB: a run that fits in one process is not risked
    (GB, 2, 32 * GB, 2),
    (100 * MB, 2, 0, 1),  # memory unknown
])
def test_local_workers(size, cores, memory, expected):
    assert workers.local_workers(size, cores, memory) == expected


@pytest.mark.parametrize("size, cores, memory", [(-1, 2, GB), (0, 0, GB), (0, 2, -1)])
def test_local_workers_refuses_impossible_machines(size, cores, memory):
    with pytest.raises(ValueError, match="need input_bytes >= 0"):
        workers.local_workers(size, cores, memory)


def test_input_bytes_stop_once_enough():
    def sizes():
        yield from (10, 20, 30)
        raise AssertionError("read past the threshold")

    assert workers.input_bytes_at_least(sizes(), 25) == 30
    assert workers.input_bytes_at_least(iter((1, 2)), 25) == 3


def test_machine_is_this_process():
    cores, memory = workers.machine()
    assert cores >= 1 and memory > 0


def _direct(tmp_path: Path, *flags: str) -> DirectOptions:
    options = PipelineOptions(["--output", str(tmp_path / "out"), *flags])
    cli._use_local_workers(options, options.view_as(WirewashOptions).configs())
    return options.view_as(DirectOptions)


@pytest.fixture
def small_threshold(monkeypatch):
    monkeypatch.setattr(workers, "MIN_INPUT_BYTES", 1000)
    monkeypatch.setattr(workers, "machine", lambda: (2, 24 * GB))


def test_input_over_the_threshold_gets_workers(tmp_path, small_threshold, caplog):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("word " * 300)
    with caplog.at_level(logging.INFO, logger=PROGRESS_LOGGER):
        direct = _direct(tmp_path, "--input", str(folder))
    assert (direct.direct_running_mode, direct.direct_num_workers) == ("multi_processing", 2)
    assert "2 worker processes" in caplog.text and "--direct_num_workers=1" in caplog.text


def test_input_under_the_threshold_stays_in_process(tmp_path, small_threshold, caplog):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("word " * 100)
    # Excluded files are not input: 5 kB of them do not tip the run into worker processes.
    (folder / "notes.log").write_text("x" * 5000)
    with caplog.at_level(logging.INFO, logger=PROGRESS_LOGGER):
        direct = _direct(tmp_path, "--input", str(folder), "--exclude", "*.log")
    assert (direct.direct_running_mode, direct.direct_num_workers) == ("in_memory", 1)
    assert "worker processes" not in caplog.text


def test_listed_input_files_count(tmp_path, small_threshold):
    big = tmp_path / "big.txt"
    big.write_text("word " * 300)
    stat = big.stat()
    direct = _direct(tmp_path, "--input_file", f"{big}={stat.st_dev}:{stat.st_ino}")
    assert direct.direct_num_workers == 2


def test_remote_input_is_left_to_the_runner(tmp_path, small_threshold):
    direct = _direct(tmp_path, "--input", "gs://bucket/articles/*.jsonl")
    assert (direct.direct_running_mode, direct.direct_num_workers) == ("in_memory", 1)


@pytest.mark.parametrize("flags", [["--direct_num_workers=1"], ["--direct_running_mode", "in_memory"]])
def test_a_worker_flag_on_the_command_wins(tmp_path, small_threshold, monkeypatch, flags):
    chosen = []
    monkeypatch.setattr(cli, "_use_local_workers", lambda options, configs: chosen.append(True))
    monkeypatch.setattr(cli, "_run_batch", lambda options, configs, runner, started: options)
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    options = cli.run(["--input", str(inputs), "--output", str(tmp_path / "out"), *flags])
    assert chosen == []
    assert options.view_as(DirectOptions).direct_num_workers == 1
    cli.run(["--input", str(inputs), "--output", str(tmp_path / "out2")])
    assert chosen == [True]


@pytest.mark.parametrize("count", ["2", "0"])
def test_a_worker_count_alone_starts_worker_processes(tmp_path, monkeypatch, count):
    # A newcomer's finding: --direct_num_workers=2 alone ran in this process, with Beam's warning that the count
    # has no effect in its default running mode.
    monkeypatch.setattr(cli, "_run_batch", lambda options, configs, runner, started: options)
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    options = cli.run(["--input", str(inputs), "--output", str(tmp_path / "out"), f"--direct_num_workers={count}"])
    direct = options.view_as(DirectOptions)
    assert (direct.direct_running_mode, direct.direct_num_workers) == ("multi_processing", int(count))
    given = ["--direct_num_workers=2", "--direct_running_mode=multi_threading"]
    options = cli.run(["--input", str(inputs), "--output", str(tmp_path / "out"), *given])
    assert options.view_as(DirectOptions).direct_running_mode == "multi_threading"


def test_local_processes():
    assert workers.local_processes("in_memory", 1) == 1
    assert workers.local_processes("multi_threading", 4) == 1
    assert workers.local_processes("multi_processing", 3) == 3
    assert workers.local_processes("multi_processing", 0) >= 1


def test_seeds_with_picked_workers_match_one_process(tmp_path, small_threshold, caplog):
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    with caplog.at_level(logging.INFO, logger=PROGRESS_LOGGER):
        picked = cli.run(["--input", str(inputs), "--output", str(tmp_path / "picked")])
    assert "2 worker processes" in caplog.text
    alone = cli.run(["--input", str(inputs), "--output", str(tmp_path / "alone"), "--direct_num_workers=1"])
    assert (picked["kept"], picked["duplicates"], picked["rejected"]) == (4, 1, 0)
    assert (picked["options"]["processes"], alone["options"]["processes"]) == (2, 1)
    assert {k: v for k, v in picked["counters"].items() if not k.startswith("progress")} == {
        k: v for k, v in alone["counters"].items() if not k.startswith("progress")}
