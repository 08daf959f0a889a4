"""Opening an index before a run (and refusing an incompatible one) and committing a run into it after.

Commit order: the run's files are moved from ``INDEX/.incomplete-<run_id>/`` to their partitions, then
``manifest.json`` is replaced in one rename. Readers read only files of runs the manifest lists, so a run
killed anywhere before that rename leaves the index as it was (plus unreferenced files, harmless).
One writer at a time: two runs committing into one index concurrently would lose one manifest entry.
"""
from __future__ import annotations

import datetime

from apache_beam.io.filesystems import FileSystems

from transforms.core import index
from transforms.core.minhash import MinhashConfig
from transforms.incremental import read_manifest, replace_manifest


def open_index(path: str, cfg: MinhashConfig, run_id: str) -> index.IndexState:
    manifest = read_manifest(path, cfg)
    return index.IndexState(path, run_id, tuple(r["run_id"] for r in manifest["runs"]))


def staging_dir(state: index.IndexState) -> str:
    return FileSystems.join(state.path, f".incomplete-{state.run_id}")


class IndexCommitError(RuntimeError):
    """The run's output is written but its articles were not added to the index."""


def commit(state: index.IndexState, cfg: MinhashConfig, articles: int) -> None:
    """Move this run's staged files into the index, then record the run in the manifest."""
    try:
        _commit(state, cfg, articles)
    except Exception as e:
        raise IndexCommitError(
            f"output written, but the index was not updated ({e}); this run's articles count as new next time"
        ) from e


def _commit(state: index.IndexState, cfg: MinhashConfig, articles: int) -> None:
    staging = staging_dir(state)
    # Re-read: the manifest is the source of truth, and must still match the settings this run used.
    manifest = read_manifest(state.path, cfg)
    staged = FileSystems.match([FileSystems.join(staging, "*", "*", "*.parquet")])[0].metadata_list
    sources = [m.path for m in staged]
    targets = [FileSystems.join(state.path, *s[len(staging) :].strip("/").split("/")) for s in sources]
    for folder in sorted({t.rsplit("/", 1)[0] for t in targets}):
        if not FileSystems.exists(folder):
            FileSystems.mkdirs(folder)
    if sources:
        FileSystems.rename(sources, targets)
    updated = index.with_run(manifest, state.run_id, articles, datetime.datetime.now(datetime.timezone.utc))
    replace_manifest(state.path, updated, state.run_id)
    # A run that kept nothing wrote nothing, not even the staging folder.
    if FileSystems.exists(staging):
        FileSystems.delete([staging])
