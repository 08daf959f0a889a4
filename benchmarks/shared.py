"""Where the benchmarks and evaluations find ``../shared`` (Reuters-21578, BBC, labelled pages, cases).

One answer for every script: ``$WIREWASH_SHARED`` names the shared folder, ``$WIREWASH_DATA_DIR`` its data
folder alone; without them, the nearest ancestor of the repository holding ``shared/data`` (a git worktree sits
deeper than the main checkout, /work/wt/<name> beside /work/main), else ``<repo>/../shared``.
"""
from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """The shared folder: ``$WIREWASH_SHARED``, else the nearest ancestor holding ``shared/data``."""
    if os.environ.get("WIREWASH_SHARED"):
        return Path(os.environ["WIREWASH_SHARED"])
    for ancestor in REPO.parents:
        if (ancestor / "shared" / "data").is_dir():
            return ancestor / "shared"
    return REPO.parent / "shared"


def data_dir() -> Path:
    """The real-data folder: ``$WIREWASH_DATA_DIR``, else ``shared_dir() / "data"``."""
    if os.environ.get("WIREWASH_DATA_DIR"):
        return Path(os.environ["WIREWASH_DATA_DIR"])
    return shared_dir() / "data"


DATA = data_dir()
