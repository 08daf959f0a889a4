"""The persisted dedup index: its layout, its manifest and version check, its rows, and candidate pairs
between new and indexed articles. Pure logic; the Beam reading and writing is in transforms/incremental.py.

Layout of an index folder::

    manifest.json                                  format, MinHash settings, version, committed runs and
                                                   the files (path, bytes) each run added
    bands/part=XX/<run_id>.parquet                 (band_key, doc_id, digest) of every kept article
    docs/part=XX/<run_id>.parquet                  (doc_id, verification evidence, words, published,
                                                   published_at, outlet, run_id, digest)

``digest`` is the text's (``clusters.text_digest``): byte-identical indexed copies are one text when a new
article's candidates are chosen (``clusters.new_proposals``). Files written before it existed lack the column;
their articles are each a text of their own, as they were.

``bands`` is partitioned by the first byte of the band's first MinHash value, ``docs`` by a hash of the
doc_id, 256 partitions each: a run reads only the band partitions its own band keys fall in and only the
docs partitions of indexed articles that became candidates. A run appends by writing new files named by its
run id and then replacing ``manifest.json``; readers read only files of committed runs, so the files of a
failed run are never seen. ``version`` counts commits: a run commits only if the manifest still has the
version it opened (one writer; the loser fails). A listed file that is missing or changed size makes the
index refused at open (``manifest_problems``).
"""
from __future__ import annotations

import datetime
import hashlib
import json
import re
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from wirewash.transforms.core.minhash import MinhashConfig, Signed
from wirewash.transforms.core.verify import Evidence

# 2: docs carry the numbers of each text, which verification compares.
# 3: script-aware shingles (characters of unspaced scripts); docs carry each text's verification evidence
#    (transforms/core/verify/: vocabulary, distinctive words and their contexts, title words), not its numbers.
# 4: docs carry each text's shingles in text order too (verification finds passages only one text has).
FORMAT = 4
PARTITIONS = 256
MANIFEST = "manifest.json"
BANDS = "bands"
DOCS = "docs"
# Names the shingle and signature functions of transforms/core/minhash.py; change it when they change,
# so that an index built with the old functions is refused instead of silently never matching.
HASHING_SCHEME = "script-aware-word-ngram-bytes-fmix64-hi32-comma-below/minhash-affine32"


class IndexMismatch(ValueError):
    """The index was built with settings this run cannot compare against."""


@dataclass(frozen=True)
class IndexState:
    """Where the index is, which runs are committed in it, and the id this run appends under."""

    path: str
    run_id: str
    committed_runs: tuple[str, ...] = ()
    # The manifest's version when this run opened the index: it commits only if it is still the same.
    version: int = 0

    def __post_init__(self) -> None:
        if not self.path:
            raise ValueError("index path must not be empty")
        if not self.run_id or not self.run_id.isalnum():
            raise ValueError(f"run_id must be alphanumeric, got {self.run_id!r}")
        if self.run_id in self.committed_runs:
            raise ValueError(f"run_id {self.run_id} is already committed in {self.path}")


def settings(cfg: MinhashConfig) -> dict:
    """The settings an index is only valid for: anything that changes shingles, signatures or band keys."""
    return {
        "shingle_size": cfg.shingle_size,
        "num_perm": cfg.num_perm,
        "seed": cfg.seed,
        "bands": cfg.bands,
        "rows": cfg.rows,
        "hashing_scheme": HASHING_SCHEME,
    }


def new_manifest(cfg: MinhashConfig) -> dict:
    return {"format": FORMAT, "partitions": PARTITIONS, "minhash": settings(cfg), "runs": []}


def parse_manifest(text: str, cfg: MinhashConfig, where: str) -> dict:
    """The manifest, or IndexMismatch naming every setting that differs from this run's."""
    try:
        manifest = json.loads(text)
        stored_format, partitions, stored = manifest["format"], manifest["partitions"], manifest["minhash"]
        manifest["runs"]
    except (ValueError, KeyError, TypeError) as e:
        raise IndexMismatch(f"{where} is not a wirewash index manifest: {e}") from e
    if stored_format != FORMAT or partitions != PARTITIONS:
        raise IndexMismatch(
            f"{where} has index format {stored_format} with {partitions} partitions; "
            f"this wirewash reads format {FORMAT} with {PARTITIONS}"
        )
    wanted = settings(cfg)
    differ = [f"{k}: index {stored.get(k)!r}, this run {v!r}" for k, v in wanted.items() if stored.get(k) != v]
    if differ:
        raise IndexMismatch(
            f"index {where} was built with other MinHash settings ({'; '.join(differ)}); "
            "run with the index's settings or start a new index"
        )
    return manifest


def version_of(manifest: dict) -> int:
    """Commits so far; manifests written before versions were counted are version 0."""
    return int(manifest.get("version", 0))


def with_run(
    manifest: dict, run_id: str, articles: int, committed_at: datetime.datetime,
    files: dict[str, int] | None = None,
) -> dict:
    """The manifest after committing ``run_id``, one version later. ``files``: path relative to the index
    root ("/"-separated) -> bytes, the files the run added."""
    run = {"run_id": run_id, "articles": articles, "committed_at": committed_at.isoformat()}
    if files is not None:
        run["files"] = [{"path": path, "bytes": size} for path, size in sorted(files.items())]
    return {**manifest, "version": version_of(manifest) + 1, "runs": manifest["runs"] + [run]}


def manifest_problems(manifest: dict, on_disk: dict[str, int]) -> list[str]:
    """Each file a committed run lists that ``on_disk`` (relative path -> bytes) lacks or has at another
    size, as "path: why". Runs committed before files were listed are not checked."""
    problems = []
    for run in manifest["runs"]:
        for f in run.get("files", ()):
            size = on_disk.get(f["path"])
            if size is None:
                problems.append(f"{f['path']} (run {run['run_id']}) is missing")
            elif size != f["bytes"]:
                problems.append(f"{f['path']} (run {run['run_id']}) has {size} bytes, the manifest says {f['bytes']}")
    return problems


def escape_glob(path: str) -> str:
    """``path`` with each glob character (``*``, ``?``, ``[``) in brackets, so Beam's FileSystems.match and
    MatchAll read it literally: ``idx[1]`` -> ``idx[[]1]``."""
    return re.sub(r"([*?[])", r"[\1]", path)


def with_run_files(
    manifest: dict, run_id: str, articles: int, committed_at: datetime.datetime, files: dict[str, int]
) -> dict:
    """The manifest after adding ``files`` (relative path -> bytes) and their ``articles`` to ``run_id``: a
    new run, or, for a run already listed (a stream window's late pane), its entry extended; one version
    later either way. ``manifest`` itself when every file is already listed: a retried commit (a streaming
    worker's retry) must not count its articles twice."""
    runs = {r["run_id"]: r for r in manifest["runs"]}
    if run_id not in runs:
        return with_run(manifest, run_id, articles, committed_at, files)
    listed = {f["path"] for f in runs[run_id].get("files", ())}
    added = {path: size for path, size in files.items() if path not in listed}
    if not added:
        return manifest
    extended = {
        **runs[run_id],
        "articles": runs[run_id]["articles"] + articles,
        "files": sorted(
            [*runs[run_id].get("files", ()), *({"path": p, "bytes": b} for p, b in added.items())],
            key=lambda f: f["path"],
        ),
    }
    return {
        **manifest,
        "version": version_of(manifest) + 1,
        "runs": [extended if r["run_id"] == run_id else r for r in manifest["runs"]],
    }


def window_run_id(window_end_ms: int) -> str:
    """The run id of a streaming output window: the same on every retry and on every worker."""
    if window_end_ms < 0:
        raise ValueError(f"window end must not be before the epoch, got {window_end_ms} ms")
    return f"w{window_end_ms}"


def pane_file_name(run_id: str, pane_index: int) -> str:
    """One file per pane: a window's late pane adds rows to its partitions without overwriting the on-time
    pane's file. run_of still yields ``run_id``, so the pane's rows belong to the window's run."""
    return f"{run_id}.p{pane_index}.parquet"


def band_partition(band_key: bytes) -> str:
    """Byte 2 is the first byte of the band's first MinHash value: uniform, and known from the key alone."""
    return f"part={band_key[2]:02x}"


def doc_partition(doc_id: str) -> str:
    # Hashed because doc_ids from JSON Lines inputs are arbitrary strings, not uniform hex.
    return f"part={hashlib.blake2b(doc_id.encode(), digest_size=1).digest()[0]:02x}"


def run_of(path: str) -> str:
    """The run id a stored index file belongs to (its file name without extension)."""
    return path.rsplit("/", 1)[-1].split(".", 1)[0]


def band_row(band_key: bytes, doc_id: str, digest: str) -> dict:
    return {"band_key": band_key, "doc_id": doc_id, "digest": digest}


def doc_row(signed: Signed, published: datetime.date | None, run_id: str, digest: str) -> dict:
    e = signed.evidence
    return {
        "doc_id": signed.doc_id,
        "shingles": e.shingles.tobytes(),
        "vocabulary": e.vocabulary.tobytes(),
        "tokens": list(e.tokens),
        "token_hashes": e.token_hashes.tobytes(),
        "contexts": e.contexts.tobytes(),
        "title_tokens": list(e.title_tokens),
        "title_hashes": e.title_hashes.tobytes(),
        "windows": e.windows.tobytes(),
        "words": signed.words,
        "published": published,
        "published_at": (
            None if e.published_at is None else datetime.datetime.fromtimestamp(e.published_at, datetime.timezone.utc)
        ),
        "outlet": e.outlet,
        "run_id": run_id,
        "digest": digest,
    }


EVIDENCE_COLUMNS = [
    "shingles", "vocabulary", "tokens", "token_hashes", "contexts", "title_tokens", "title_hashes", "published",
    "windows", "published_at", "outlet",
]


def row_evidence(row: dict) -> Evidence:
    """The verification evidence of an indexed article, from its docs row (EVIDENCE_COLUMNS)."""

    def u32(name: str) -> np.ndarray:
        return np.frombuffer(row[name], dtype=np.uint32)

    return Evidence(
        u32("shingles"), u32("vocabulary"), tuple(row["tokens"]), u32("token_hashes"), u32("contexts").reshape(-1, 2),
        tuple(row["title_tokens"]), u32("title_hashes"),
        row["published"].toordinal() if row["published"] is not None else None,
        u32("windows"),
        # An index written before these columns existed has neither: such an article gives no direction.
        int(row["published_at"].timestamp()) if row.get("published_at") is not None else None,
        row.get("outlet"),
    )


BANDS_SCHEMA = pa.schema(
    [pa.field("band_key", pa.binary(), nullable=False), pa.field("doc_id", pa.string(), nullable=False),
     pa.field("digest", pa.string())]
)
DOCS_SCHEMA = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("shingles", pa.binary(), nullable=False),
        pa.field("vocabulary", pa.binary(), nullable=False),
        pa.field("tokens", pa.list_(pa.string()), nullable=False),
        pa.field("token_hashes", pa.binary(), nullable=False),
        pa.field("contexts", pa.binary(), nullable=False),
        pa.field("title_tokens", pa.list_(pa.string()), nullable=False),
        pa.field("title_hashes", pa.binary(), nullable=False),
        pa.field("windows", pa.binary(), nullable=False),
        pa.field("words", pa.int32(), nullable=False),
        pa.field("published", pa.date32()),
        pa.field("published_at", pa.timestamp("us", tz="UTC")),
        pa.field("outlet", pa.string()),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("digest", pa.string()),
    ]
)
SCHEMAS = {BANDS: BANDS_SCHEMA, DOCS: DOCS_SCHEMA}
