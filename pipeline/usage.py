"""Mistakes in a command, in one line: the problem and the closest valid flag, exit 2 (pipeline/cli.py and
``wirewash explain``)."""
from __future__ import annotations

import argparse
import difflib

from wirewash.pipeline.output.checks import UsageError


class OneLineParser(argparse.ArgumentParser):
    """argparse that raises UsageError (one line, exit 2) instead of printing usage and exiting."""

    def error(self, message: str):
        raise UsageError(message)


def did_you_mean(flag: str, documented: list[str]) -> str:
    """ "; did you mean --x?" for the flag of ``documented`` (the long flags the command's --help lists, in
    its order) closest to ``flag``, or "" when none is close. Only those: a flag --help does not show (one of
    Beam's hundred, such as --update) would be a suggestion the user cannot look up.

    A long flag: the closest spelling. A short flag (``-i``): the first starting with its letter.
    """
    if flag.startswith("--"):
        close = difflib.get_close_matches(flag, sorted(set(documented)), n=1, cutoff=0.6)
    else:
        letter = flag.lstrip("-")[:1]
        close = [s for s in documented if letter and s[2:].startswith(letter)][:1]
    return f"; did you mean {close[0]}?" if close else ""
