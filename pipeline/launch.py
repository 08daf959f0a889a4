"""The command's entry point, light enough to import in an instant: the pipeline (Beam, pyarrow,
trafilatura: seconds of imports) is imported inside the Ctrl-C handling, so an interrupt during those first
seconds ends like one during the run, with one line and exit 130, not an import traceback."""
from __future__ import annotations

import sys

INTERRUPTED = "wirewash: interrupted; the output holds the last run that finished whole"


def main(argv: list[str] | None = None) -> int:
    """``wirewash.pipeline.cli.main``, imported and run; 130 and ``INTERRUPTED`` on stderr at a Ctrl-C that
    ``cli.main`` itself did not catch (during the imports, before or after the run)."""
    try:
        from wirewash.pipeline.cli import main as cli_main

        return cli_main(argv)
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        return 130
