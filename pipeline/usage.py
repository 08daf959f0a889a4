"""Mistakes in a command, in one line: the problem and the closest valid flag, exit 2 (pipeline/cli.py and
``wirewash explain``)."""
from __future__ import annotations

import argparse
import difflib
from collections.abc import Iterable

from wirewash.pipeline.output import UsageError


class OneLineParser(argparse.ArgumentParser):
    """argparse that raises UsageError (one line, exit 2) instead of printing usage and exiting."""

    def error(self, message: str):
        raise UsageError(message)


def did_you_mean(flag: str, own: list[str], others: Iterable[str] = ()) -> str:
    """ "; did you mean --x?" for the valid long flag closest to ``flag``, or "" when none is close.

    A long flag: the closest spelling among ``own`` and ``others``. A short flag (``-i``): the first of
    ``own`` (in the order the command's --help lists them), then of ``others``, starting with its letter.
    """
    if flag.startswith("--"):
        close = difflib.get_close_matches(flag, sorted(set(own) | set(others)), n=1, cutoff=0.6)
    else:
        letter = flag.lstrip("-")[:1]
        close = [s for s in [*own, *others] if letter and s[2:].startswith(letter)][:1]
    return f"; did you mean {close[0]}?" if close else ""
