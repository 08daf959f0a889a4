"""The command fixes glibc's mmap threshold (pipeline/launch.py): the local runner's blocks of megabytes are
mapped and unmapped whole instead of fragmenting the heap (issue 14: peak memory)."""
from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

from wirewash.pipeline import launch

pytestmark = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")

# Whether a 2 MiB block is mapped (glibc's mallinfo2: hblkhd, bytes in mapped blocks) right after an 8 MiB
# mapped block was freed, which raises glibc's own threshold to 8 MiB and so puts the 2 MiB in the heap.
PROBE = """
import ctypes, sys
from wirewash.pipeline import launch

class Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()]

libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = Mallinfo2
if sys.argv[1] == "fixed":
    assert launch.fixed_mmap_threshold()
big = bytearray(8 << 20)
del big
before = libc.mallinfo2().hblkhd
block = bytearray(2 << 20)
print(libc.mallinfo2().hblkhd - before >= 2 << 20)
"""


def _mapped(how: str) -> bool:
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_MMAP_THRESHOLD_"}
    out = subprocess.run([sys.executable, "-c", PROBE, how], capture_output=True, text=True, env=env,
                         check=True)
    return out.stdout.strip() == "True"


def test_large_blocks_stay_mapped_after_a_larger_one_was_freed():
    assert not _mapped("glibc's default")
    assert _mapped("fixed")


def test_worker_processes_inherit_the_threshold(monkeypatch):
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "")  # so that the test's end removes what the call sets
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_")
    assert launch.fixed_mmap_threshold()
    assert os.environ["MALLOC_MMAP_THRESHOLD_"] == str(launch.MMAP_THRESHOLD)


def test_a_threshold_the_environment_gave_is_left(monkeypatch):
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "65536")
    assert launch.fixed_mmap_threshold()
    assert os.environ["MALLOC_MMAP_THRESHOLD_"] == "65536"
