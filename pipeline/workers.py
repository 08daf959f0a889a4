"""How many worker processes the local runner gets when the command does not say (issue 14).

Beam's local runner (FnApiRunner) runs every stage in this process unless told otherwise, so one core of the
machine's does all the work. A second process pays only on inputs large enough to cover its start-up (a second
interpreter, the gRPC data plane, the read's reshuffle) and on machines with memory for it: worker processes
hold their bundles on top of the runner, which keeps every shuffle. Measured on 2 cores, real 3 kB articles
(``benchmarks/throughput.py --corpora real``, one run each, docs/throughput.md session 31), two workers against
one process, wall time and peak RSS of the process tree:

    articles (MiB of JSON Lines)    two workers           one process
    5k (18)                          34.8 s, 1,270 MB      36.6 s,   496 MB
    10k (36)                         53.3 s, 1,450 MB      48.2 s,   668 MB
    20k (72)                         80.4 s, 2,039 MB     108.2 s,   952 MB
    100k (361)                      423.8 s, 6,144 MB     539.4 s, 3,162 MB

Pure: no Beam. The command (``cli.run``) measures the input, asks ``local_workers`` and sets Beam's own
``--direct_running_mode`` and ``--direct_num_workers``; either flag given on the command wins.
"""
from __future__ import annotations

import os
from collections.abc import Iterable

# Input below this size runs in this process: two workers were no faster up to 10k real articles (36 MiB) and
# a quarter faster from 20k (72 MiB) up.
MIN_INPUT_BYTES = 48 * 1024 * 1024
# Peak memory of the process tree with two workers, per byte of input: 2.0 GB for 72 MiB (20k), 6.1 GB for
# 361 MiB (100k) of real articles, about twice one process's. Workers are used only where the machine has this
# many times the input (rounded up from the 27x and 16x measured), so that the runs they speed up do not become
# runs that fail.
MEMORY_PER_INPUT_BYTE = 32
# More processes than this are not started whatever the core count: measured with 2 only, and each one adds
# its bundles' memory while the runner, one process, still feeds them all.
MAX_WORKERS = 4


def local_workers(input_bytes: int, cores: int, memory_bytes: int) -> int:
    """The number of worker processes for a local run over ``input_bytes`` of input (bytes on disk,
    compressed as they are) on a machine with ``cores`` usable cores and ``memory_bytes`` of memory: 1 means
    this process alone (Beam's ``in_memory`` mode), more means that many worker processes (``multi_processing``).
    A memory of 0 is unknown, and gets one process. Raises ValueError for a negative size or memory, or fewer
    than one core."""
    if input_bytes < 0 or cores < 1 or memory_bytes < 0:
        raise ValueError(f"need input_bytes >= 0, cores >= 1, memory_bytes >= 0; got {input_bytes}, {cores}, "
                         f"{memory_bytes}")
    if cores < 2 or input_bytes < MIN_INPUT_BYTES or memory_bytes < MEMORY_PER_INPUT_BYTE * input_bytes:
        return 1
    return min(cores, MAX_WORKERS)


def local_processes(running_mode: str, num_workers: int) -> int:
    """The processes the local runner works in with Beam's ``--direct_running_mode`` and
    ``--direct_num_workers`` (0: one per core, as Beam reads it): 1 unless worker processes are started."""
    if running_mode != "multi_processing":
        return 1
    return num_workers or os.cpu_count() or 1


def input_bytes_at_least(sizes: Iterable[int], enough: int) -> int:
    """The sum of ``sizes``, read only until it reaches ``enough`` (a folder of a million files is not walked
    whole to learn it holds more than a threshold): the exact sum when below ``enough``, else a sum >= it."""
    total = 0
    for size in sizes:
        total += size
        if total >= enough:
            break
    return total


def machine() -> tuple[int, int]:
    """This process's usable cores (its CPU affinity, not the machine's count: a container may get fewer) and
    the machine's physical memory in bytes, 0 where the system does not say (Windows has no ``sysconf``)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    try:
        return cores, os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return cores, 0
