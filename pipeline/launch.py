"""The command's entry point, light enough to import in an instant: the pipeline (Beam, pyarrow,
trafilatura: seconds of imports) is imported inside the Ctrl-C handling, so an interrupt during those first
seconds ends like one during the run, with one line and exit 130, not an import traceback."""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading

INTERRUPTED = "wirewash: interrupted; the output holds the last run that finished whole"
# glibc serves a block under its mmap threshold from the heap, and raises that threshold (up to 32 MiB) each
# time a larger mapped block is freed. The local runner hands each stage its whole input as blocks of
# megabytes (its buffers' chunks, a bundle's input joined into one message), so after the first stages those
# land in the heap, where, fragmented among the small objects that outlive them, they are never given back:
# on real 20k the process sat at 790 MB after signing where 590 MB was in use (malloc_trim), and the freed
# heap was not where the next stage's blocks went. With the threshold fixed, such blocks are mapped and
# unmapped whole (docs/throughput.md, session 15).
MMAP_THRESHOLD = 1 << 20
_M_MMAP_THRESHOLD = -3  # mallopt's parameter, from glibc's malloc.h


def fixed_mmap_threshold() -> bool:
    """Fix glibc's mmap threshold at ``MMAP_THRESHOLD`` for this process (``mallopt``) and for the worker
    processes it starts (``MALLOC_MMAP_THRESHOLD_``); False where the C library is not glibc (nothing changes
    there). A threshold the environment already gave is glibc's from the process's start and is left."""
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    if "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return True
    os.environ["MALLOC_MMAP_THRESHOLD_"] = str(MMAP_THRESHOLD)
    return mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1


def _exit_interrupted(signum: int, frame: object) -> None:
    sys.stderr.write(INTERRUPTED + "\n")
    sys.stderr.flush()
    os._exit(130)


def main(argv: list[str] | None = None) -> int:
    """``wirewash.pipeline.cli.main``, imported and run; 130 and ``INTERRUPTED`` on stderr at a Ctrl-C that
    ``cli.main`` itself did not catch (during the imports, before or after the run).

    A Ctrl-C during the imports ends the process at once: nothing exists yet to clean up, and a
    KeyboardInterrupt raised inside some library's import could leave the interpreter marked as killed by
    SIGINT after it was caught (exit -2 after the line, about one try in six 0.86 s in). SIGINT that the
    caller ignores (a background job's) stays ignored."""
    fixed_mmap_threshold()
    during_imports = (signal.getsignal(signal.SIGINT) is signal.default_int_handler
                      and threading.current_thread() is threading.main_thread())
    try:
        if during_imports:
            signal.signal(signal.SIGINT, _exit_interrupted)
        try:
            from wirewash.pipeline.cli import main as cli_main
        finally:
            if during_imports:
                signal.signal(signal.SIGINT, signal.default_int_handler)
        return cli_main(argv)
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        return 130
