"""Where the benchmarks and evaluations find ``../shared`` (Reuters-21578, BBC, labelled pages, cases).

One answer for every script: ``$WIREWASH_SHARED`` names the shared folder, ``$WIREWASH_DATA_DIR`` its data
folder alone; without them, the nearest ancestor of the repository holding ``shared/data`` (a git worktree sits
deeper than the main checkout, /work/wt/<name> beside /work/main), else ``<repo>/../shared``.
"""
from __future__ import annotations

import importlib
import io
import os
import subprocess
import sys
import tarfile
import tempfile
import types
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


def base_modules(rev: str, *names: str) -> tuple[types.ModuleType, ...]:
    """``transforms.core.<name>`` of each of ``names`` as git revision ``rev`` has them, imported beside this
    checkout's as ``wirewash_base`` (its ``transforms`` folder extracted with ``git archive``, imports renamed).
    Raises ``subprocess.CalledProcessError`` for a revision git does not know."""
    folder = Path(tempfile.mkdtemp(prefix="wirewash-base-"))
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "transforms"], check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder / "wirewash_base", filter="data")
    (folder / "wirewash_base" / "__init__.py").write_text("")
    for path in (folder / "wirewash_base").rglob("*.py"):
        path.write_text(path.read_text().replace("wirewash.transforms", "wirewash_base.transforms"))
    sys.path.insert(0, str(folder))
    return tuple(importlib.import_module(f"wirewash_base.transforms.core.{name}") for name in names)
