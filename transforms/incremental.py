"""IncrementalDuplicates: new articles deduplicated against a persisted index and against each other;
WriteIndex: the kept ones as new index files; WriteWindowRuns: a stream's kept ones as one run per output
window, each committed into the manifest once its files are written.

    articles -> Sign -> Claimants -> OnePerId -> not yet indexed -> IdenticalTexts (copies.py)
             -> band_to_members (new heads + indexed of those partitions)
             -> candidates -> verified_edges (evidence of new + candidate indexed docs)
             -> ResolveClusters (indexed docs rank first) -> AttachDecisions

The graph steps are dedup.py's; what is new is which index files are read: only the band partitions the
new band keys fall in, and only the docs partitions of indexed articles that became candidates, each
chosen at run time from the data (MatchAll over computed patterns), never by listing the whole index.
"""
from __future__ import annotations

import datetime
import os
from typing import Any, Tuple

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io import fileio
from apache_beam.io.fileio import EmptyMatchTreatment
from apache_beam.io.filesystems import FileSystems
from apache_beam.coders import VarIntCoder
from apache_beam.transforms import window
from apache_beam.transforms.userstate import ReadModifyWriteStateSpec

from wirewash.transforms import dedup
from wirewash.transforms.copies import FOLLOWERS, HEADS, KIN, IdenticalTexts
from wirewash.transforms.core import index
from wirewash.transforms.core.clusters import (
    Claim, DedupConfig, RankedEvidence, indexed_rank, is_indexed, new_proposals, text_digest,
)
from wirewash.transforms.core.minhash import MinhashConfig, sign_article
from wirewash.transforms.core.verify import packed
from wirewash.transforms.dedup import (
    AttachDecisions, CandidatePairs, ClusterCandidates, GroupBands, ProposePairsFn, SignFn,
)
from wirewash.transforms.index_store import (
    PENDING, IndexConflict, check_version, file_size, locked, read_manifest, replace_manifest,
)
from wirewash.transforms.metrics import CountingDoFn

_INDEXED_CLAIMS = "indexed_claims"
_ROW_BATCH = 50_000


class _ReadRowsFn(beam.DoFn):
    def __init__(self, columns: list[str]) -> None:
        self._columns = columns

    def process(self, readable: fileio.ReadableFile):
        with readable.open() as f:
            parquet = pq.ParquetFile(f)
            # An index written by an earlier version lacks the columns added since (index.row_evidence).
            columns = [c for c in self._columns if c in parquet.schema_arrow.names]
            for batch in parquet.iter_batches(columns=columns, batch_size=_ROW_BATCH):
                yield from batch.to_pylist()


class ReadIndexPartitions(beam.PTransform):
    """Distinct partition names (``part=XX``) -> rows of ``table`` in them, from committed runs only."""

    def __init__(self, state: index.IndexState, table: str, columns: list[str]) -> None:
        super().__init__()
        self._state = state
        self._table = table
        self._columns = columns

    def expand(self, partitions):
        # Escaped: an index path such as idx[1] is a path, not a pattern. Absolute: Beam lists a pattern's
        # parent folder, which for a bare relative name (idx[1]/...) is "" and lists nothing.
        path = self._state.path if "://" in self._state.path else os.path.abspath(self._state.path)
        root = FileSystems.join(index.escape_glob(path), self._table)
        committed = frozenset(self._state.committed_runs)
        return (
            partitions
            | "Patterns" >> beam.Map(lambda part: FileSystems.join(root, part, "*.parquet"))
            # A partition no earlier run wrote to is normal, not an error.
            | "MatchFiles" >> fileio.MatchAll(EmptyMatchTreatment.ALLOW)
            # Files of a run that failed before committing its manifest entry are invisible.
            | "CommittedOnly" >> beam.Filter(lambda m: index.run_of(m.path) in committed)
            | "ReadMatches" >> fileio.ReadMatches()
            | "ReadRows" >> beam.ParDo(_ReadRowsFn(self._columns))
        )


class _WhereKeyIn(beam.PTransform):
    """(keyed values, keyed filter) -> the values whose key is in the filter: a semi-join."""

    def expand(self, pcolls):
        values, keys = pcolls

        def keep(element):
            key, grouped = element
            if any(True for _ in grouped["key"]):
                for value in grouped["value"]:
                    yield key, value

        return {"value": values, "key": keys} | "Join" >> beam.CoGroupByKey() | "Keep" >> beam.FlatMap(keep)


def _keyed_member(band_member):
    """A (band_key, member) element's member and its one band key (``GroupBands``)."""
    key, member = band_member
    return member, (key,)


def _indexed_better(_worse, chosen):
    """The doc_ids of indexed articles among a document's candidates (``CandidatePairs``): indexed articles
    outrank every new one, so only a pair's better side can be one."""
    for rank, doc_id in chosen:
        if is_indexed(rank):
            yield doc_id


class IncrementalDuplicates(beam.PTransform):
    """Articles, or (articles, rejections of earlier stages) -> tagged ``kept``, ``duplicates`` and
    ``rejected``, as NearDuplicates, but against the index.

    An article whose doc_id is already indexed (the same input published by an earlier run) is rejected as
    ``already_indexed``; one that near-duplicates an indexed article goes to duplicates with
    ``duplicate_of`` the indexed doc_id, since indexed articles always represent their cluster.
    """

    def __init__(self, cfg: DedupConfig, state: index.IndexState) -> None:
        super().__init__()
        self._cfg = cfg
        self._state = state

    def expand(self, pcolls):
        articles, *rejections = pcolls if isinstance(pcolls, tuple) else (pcolls,)
        cfg, state = self._cfg, self._state
        signed_docs = articles | "Sign" >> beam.ParDo(SignFn(cfg))
        unique = (
            signed_docs
            | "Claimants" >> beam.MapTuple(lambda doc_id, s: (doc_id, s.claimant))
            | "OnePerId" >> dedup.OnePerId()
        )

        indexed_ids = (
            unique
            | "NewIdPartitions" >> beam.MapTuple(lambda doc_id, _s: index.doc_partition(doc_id))
            | "DistinctNewIdPartitions" >> beam.Distinct()
            | "ReadIndexedIds" >> ReadIndexPartitions(state, index.DOCS, ["doc_id", "run_id"])
            | "KeyIndexedIds" >> beam.Map(lambda row: (row["doc_id"], row["run_id"]))
        )

        def split_indexed(element):
            doc_id, grouped = element
            runs = list(grouped["run"])
            for signed in grouped["signed"]:
                if runs:
                    claim = Claim(signed.source, signed.digest, "already_indexed", f"published by run {min(runs)}")
                    yield beam.pvalue.TaggedOutput(_INDEXED_CLAIMS, (doc_id, claim))
                else:
                    yield doc_id, signed

        fresh = (
            {"signed": unique, "run": indexed_ids}
            | "JoinIndexedIds" >> beam.CoGroupByKey()
            | "SplitIndexed" >> beam.FlatMap(split_indexed).with_outputs(_INDEXED_CLAIMS, main="fresh")
        )
        signed = fresh["fresh"]
        texts = signed | "IdenticalTexts" >> IdenticalTexts(cfg.verify.max_days_apart)
        new_band_to_member = (
            texts[HEADS]
            | "BandMembers" >> beam.FlatMapTuple(dedup.band_members)
            | "MarkNew" >> beam.MapTuple(lambda key, member: (key, (member, True)))
        )
        indexed_band_to_member = (
            new_band_to_member
            | "BandPartitions" >> beam.MapTuple(lambda key, _member: index.band_partition(key))
            | "DistinctBandPartitions" >> beam.Distinct()
            | "ReadIndexedBands" >> ReadIndexPartitions(state, index.BANDS, ["band_key", "doc_id", "digest"])
            | "MarkIndexed" >> beam.Map(
                lambda row: (row["band_key"], ((indexed_rank(row["doc_id"], row.get("digest")), row["doc_id"]), False))
            )
        )
        cluster_cfg = cfg.cluster
        candidates = (
            (new_band_to_member, indexed_band_to_member)
            | "AllBandMembers" >> beam.Flatten()
            | "GroupBands" >> GroupBands(_keyed_member, 1)
            | "ProposePairs" >> beam.ParDo(ProposePairsFn(new_proposals, cluster_cfg))
            | "CandidatePairs" >> CandidatePairs(cluster_cfg)
        )
        candidates = (candidates, texts[KIN]) | "WithKin" >> beam.Flatten()
        candidate_indexed_ids = (
            candidates
            | "IndexedCandidates" >> beam.FlatMapTuple(_indexed_better)
            | "DistinctIndexed" >> beam.Distinct()
        )

        partition_rows = (
            candidate_indexed_ids
            | "CandidatePartitions" >> beam.Map(index.doc_partition)
            | "DistinctCandidatePartitions" >> beam.Distinct()
            | "ReadIndexedDocs" >> ReadIndexPartitions(state, index.DOCS, ["doc_id", "digest", *index.EVIDENCE_COLUMNS])
            | "KeyRows" >> beam.Map(lambda row: (row["doc_id"], row))
        )
        # A partition holds many indexed articles; only the candidates' rows go on.
        indexed_docs = (
            partition_rows,
            candidate_indexed_ids | "KeyWanted" >> beam.Map(lambda doc_id: (doc_id, None)),
        ) | "OnlyCandidates" >> _WhereKeyIn()
        # Every new document's evidence, whether it keeps its doc_id or not: VerifyPairs takes the one a pair
        # names by its rank (an indexed article's is indexed_rank, which no new one has).
        doc_to_evidence = (
            signed_docs | "NewEvidence" >> beam.MapTuple(lambda doc_id, s: (doc_id, s.ranked_evidence)),
            indexed_docs | "IndexedEvidence" >> beam.MapTuple(lambda doc_id, row: (doc_id, RankedEvidence(
                indexed_rank(doc_id, row.get("digest")), "", "", packed(index.row_evidence(row))))),
        ) | "AllEvidence" >> beam.Flatten()

        doc_to_cluster = (candidates, doc_to_evidence, texts[FOLLOWERS]) | "Cluster" >> ClusterCandidates(cfg)
        # Clusters also list their indexed members; only this run's articles get an output row.
        new_doc_to_cluster = (doc_to_cluster, signed) | "OnlyNew" >> _WhereKeyIn()
        doc_to_claim = (
            signed | "Claims" >> beam.FlatMapTuple(dedup.contested_claim),
            fresh[_INDEXED_CLAIMS],
        ) | "AllClaims" >> beam.Flatten()
        return (articles, doc_to_claim, new_doc_to_cluster, *rejections) | "AttachDecisions" >> AttachDecisions()


def _window_run(w: window.BoundedWindow) -> str:
    return index.window_run_id(w.end.micros // 1000)


class _IndexRowsFn(CountingDoFn):
    """Kept Article -> (partition, row) tagged ``bands`` (one per band key) and ``docs`` (one).

    ``run_id`` None: the run of the article's output window (streaming, one run per window).
    """

    def __init__(self, cfg: MinhashConfig, run_id: str | None) -> None:
        self._cfg = cfg
        self._run_id = run_id

    def process(self, article, w=beam.DoFn.WindowParam):
        signed = sign_article(article, self._cfg)
        digest = text_digest(article.text)
        run_id = self._run_id or _window_run(w)
        self.inc("index:article")
        yield beam.pvalue.TaggedOutput(
            index.DOCS, (index.doc_partition(article.doc_id), index.doc_row(signed, article.published, run_id, digest))
        )
        for key in signed.band_keys:
            yield beam.pvalue.TaggedOutput(
                index.BANDS, (index.band_partition(key), index.band_row(key, article.doc_id, digest))
            )


class _WritePartitionFn(CountingDoFn):
    """(partition, rows) -> one Parquet file of ``table`` under ``root``; yields (table, path relative to
    ``root``, rows written, bytes).

    With a run id (batch): ``<run_id>.parquet`` under the run's staging folder, moved in by the commit.
    Without (streaming): ``<window run>.p<pane>.parquet`` straight into the index, written under a temporary
    name and renamed, because a late pane's file belongs to a window run that may already be committed and
    is then read as soon as it exists: it must never be seen half-written.
    """

    def __init__(self, root: str, table: str, run_id: str | None) -> None:
        self._root = root
        self._table = table
        self._run_id = run_id

    def process(self, element, w=beam.DoFn.WindowParam, pane=beam.DoFn.PaneInfoParam):
        part, rows = element
        folder = FileSystems.join(self._root, self._table, part)
        if self._run_id:
            name = f"{self._run_id}.parquet"
            path = FileSystems.join(folder, name)
            written = self._write(path, rows)
        else:
            name = index.pane_file_name(_window_run(w), pane.index)
            path = FileSystems.join(folder, name)
            tmp = FileSystems.join(folder, f".{name}.tmp")
            written = self._write(tmp, rows)
            FileSystems.rename([tmp], [path])
        self.inc(f"index:written_file:{self._table}")
        yield self._table, f"{self._table}/{part}/{name}", written, file_size(path)

    def _write(self, path: str, rows) -> int:
        schema = index.SCHEMAS[self._table]
        written = 0
        with FileSystems.create(path) as f, pq.ParquetWriter(f, schema) as writer:
            batch = []
            for row in rows:
                batch.append(row)
                if len(batch) == _ROW_BATCH:
                    writer.write_table(pa.Table.from_pylist(batch, schema))
                    written += len(batch)
                    batch = []
            if batch:
                writer.write_table(pa.Table.from_pylist(batch, schema))
                written += len(batch)
        return written


def _write_tables(kept, cfg: MinhashConfig, root: str, run_id: str | None):
    """Kept articles -> one file per (table, partition[, window and pane]) under ``root``: WriteIndex's and
    WriteWindowRuns' shared steps; yields (table, path relative to root, rows, bytes)."""
    tables = kept | "IndexRows" >> beam.ParDo(_IndexRowsFn(cfg, run_id)).with_outputs(index.BANDS, index.DOCS)
    written = []
    for table in (index.BANDS, index.DOCS):
        written.append(
            tables[table]
            | f"Group{table.title()}ByPartition" >> beam.GroupByKey()
            | f"Write{table.title()}" >> beam.ParDo(_WritePartitionFn(root, table, run_id))
        )
    return written | "WrittenFiles" >> beam.Flatten()


class WriteIndex(beam.PTransform):
    """Kept articles -> one Parquet file per (table, partition) under ``staging``; yields (table, path
    relative to ``staging``, rows, bytes).

    The files land in the index only when the run commits (pipeline/index.py), so a failed run leaves the
    index as it was.
    """

    def __init__(self, cfg: MinhashConfig, state: index.IndexState, staging: str) -> None:
        super().__init__()
        self._cfg = cfg
        self._state = state
        self._staging = staging

    def expand(self, kept):
        return _write_tables(kept, self._cfg, self._staging, self._state.run_id)


class _CommitWindowRunFn(CountingDoFn):
    """("", (window run id, its written files)) -> the run id, once the manifest lists the files with sizes.

    Commits as every index commit does (transforms/index_store.py): under the index's lock, and only if the
    manifest still has the version this stream last saw (the one it opened, then each it wrote itself, kept
    in state); otherwise IndexConflict: a batch run committed into the index while the stream ran, so the
    stream's seed lacks its articles. A retry of a commit already in the manifest changes nothing.
    """

    VERSION = ReadModifyWriteStateSpec("version", VarIntCoder())

    def __init__(self, cfg: MinhashConfig, root: str, opened_version: int) -> None:
        self._cfg = cfg
        self._root = root
        self._opened_version = opened_version

    def process(self, element, version=beam.DoFn.StateParam(VERSION)):
        _key, (run_id, written) = element
        files = {rel: size for _table, rel, _rows, size in written}
        articles = sum(rows for table, _rel, rows, _size in written if table == index.DOCS)
        expected = version.read()
        with locked(self._root, run_id):
            if FileSystems.exists(FileSystems.join(self._root, PENDING)):
                raise IndexConflict(
                    f"index {self._root} holds a batch run's unfinished commit ({PENDING}); "
                    "a stream and batch runs cannot write one index at once"
                )
            manifest = read_manifest(self._root, self._cfg)
            now = datetime.datetime.now(datetime.timezone.utc)
            updated = index.with_run_files(manifest, run_id, articles, now, files)
            if updated is manifest:
                # A retry whose commit went through before its state was saved.
                version.write(index.version_of(manifest))
                self.inc("index:window_already_committed")
                return
            check_version(self._root, self._cfg, self._opened_version if expected is None else expected)
            replace_manifest(self._root, updated, run_id)
        version.write(index.version_of(updated))
        self.inc("index:window_committed")
        yield run_id


class WriteWindowRuns(beam.PTransform):
    """Windowed kept articles -> each output window's articles as one index run, committed into the manifest
    once all of the window's files are written; yields the committed run ids.

    Files go straight into the index's partitions (no staging): readers ignore them until the manifest lists
    their run. A late pane adds its files to its window's run. Cost per window: one file per touched
    partition and table (up to 512), one manifest rewrite under the index's lock.
    """

    def __init__(self, cfg: MinhashConfig, state: index.IndexState) -> None:
        super().__init__()
        self._cfg = cfg
        self._state = state

    def expand(self, kept):
        return (
            _write_tables(kept, self._cfg, self._state.path, None)
            # One constant key serializes the commits: runners process one key's groups one at a time, so
            # two windows never read-modify-rename the manifest at once. Not a data hot key: what crosses it
            # is one (table, path, rows, bytes) tuple per written file, at most 512 per window, never article data.
            | "KeyForCommit" >> beam.Map(lambda written: ("", written)).with_output_types(Tuple[str, Any])
            # Fires for a window only once the watermark says all of its files were written.
            | "FilesPerWindow" >> beam.GroupByKey()
            | "NameWindowRun" >> beam.Map(lambda kv, w=beam.DoFn.WindowParam: ("", (_window_run(w), list(kv[1]))))
            # The expected manifest version is state that must outlive each window: commit in the global one.
            | "OneCommitWindow" >> beam.WindowInto(window.GlobalWindows())
            | "CommitWindowRun" >> beam.ParDo(_CommitWindowRunFn(self._cfg, self._state.path, self._state.version))
        )
