"""Archives (.tar, .tgz, .tar.xz, .tar.zst, .zip) of inputs: each member is read as a file of its own.

Before, a tar of JSON Lines was one junk article (or one ``binary`` rejection) and its records were nowhere.
"""
from __future__ import annotations

import contextlib
import gzip
import io
import json
import tarfile
import tracemalloc
import zipfile

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from wirewash.transforms.core.counters import NAMESPACE, dict_counter
from wirewash.transforms.core.parse import RawDoc, ReadConfig, parse_file, parse_stream
from wirewash.transforms.core.schema import ARTICLE_SCHEMA, REJECTED_SCHEMA, Rejected
from wirewash.transforms.io import DOCS, REJECTED, ReadDocuments, expand_input

STORY = " ".join(f"Sentence {i} of a story about the harbour council budget." for i in range(20))
JSONL = "\n".join(json.dumps({"id": f"r{i}", "text": f"Record {i}. {STORY}"}) for i in range(3)).encode()
FILES = [
    ("day1/wire.jsonl", JSONL),
    ("day1/note.txt", f"A plain text story. {STORY}".encode()),
    ("img/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
    ("odd #1!.txt", f"A story with an odd name. {STORY}".encode()),
]
# (source suffix, kind) per item FILES give, in member order.
EXPECTED = [
    ("!day1/wire.jsonl#1", "RawDoc"),
    ("!day1/wire.jsonl#2", "RawDoc"),
    ("!day1/wire.jsonl#3", "RawDoc"),
    ("!day1/note.txt", "RawDoc"),
    ("!img/logo.png", "binary"),
    ("!odd %231%21.txt", "RawDoc"),
]


def tar_of(files, mode: str = "w", links: bool = False, fork: bool = False) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tar:
        folder = tarfile.TarInfo("day1")
        folder.type = tarfile.DIRTYPE
        tar.addfile(folder)
        for name, data in files:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        if fork:
            rsrc = tarfile.TarInfo("day1/._wire.jsonl")  # what macOS's tar adds beside each file
            rsrc.size = 8
            tar.addfile(rsrc, io.BytesIO(b"\x00\x05\x16\x07 rsrc"))
        if links:
            link = tarfile.TarInfo("latest.jsonl")
            link.type, link.linkname = tarfile.SYMTYPE, "day1/wire.jsonl"
            tar.addfile(link)
    return buf.getvalue()


def zip_of(files, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in files:
            z.writestr(name, data)
        z.writestr("__MACOSX/day1/._wire.jsonl", b"\x00\x05\x16\x07 resource fork")
    return buf.getvalue()


def parse(name: str, data: bytes, cfg: ReadConfig | None = None):
    counts, inc = dict_counter()
    return list(parse_file(name, data, cfg or ReadConfig(), inc)), dict(counts)


def outcome(item) -> str:
    return "RawDoc" if isinstance(item, RawDoc) else item.reason


@pytest.mark.parametrize(
    "name, pack",
    [
        ("a.tar", lambda: tar_of(FILES, fork=True)),
        ("a.tar.gz", lambda: tar_of(FILES, fork=True, mode="w:gz")),
        ("a.tgz", lambda: tar_of(FILES, fork=True, mode="w:gz")),
        ("a.tar.xz", lambda: tar_of(FILES, fork=True, mode="w:xz")),
        ("a.tar.zst", lambda: zstandard.ZstdCompressor().compress(tar_of(FILES, fork=True))),
        ("a.zip", lambda: zip_of(FILES)),
        ("a.zip.gz", lambda: gzip.compress(zip_of(FILES, zipfile.ZIP_STORED))),
        # A tar.gz saved without a name: found by its magic numbers.
        ("download", lambda: gzip.compress(tar_of(FILES, fork=True))),
    ],
)
def test_every_member_of_an_archive_is_read_by_its_own_name(name, pack):
    items, counts = parse(name, pack())
    assert [(i.source, outcome(i)) for i in items] == [(name + s, kind) for s, kind in EXPECTED]
    docs = [i for i in items if isinstance(i, RawDoc)]
    assert [d.input_id for d in docs[:3]] == ["r0", "r1", "r2"]
    assert docs[3].text.startswith("A plain text story")
    # Ids are distinct and the same on a second read.
    assert len({i.doc_id for i in items}) == len(items)
    assert [i.doc_id for i in parse(name, pack())[0]] == [i.doc_id for i in items]
    assert counts["read:document"] == 5 and counts["read:rejected:binary"] == 1
    # macOS's resource forks are no inputs, but they are counted.
    assert counts["read:skipped:archive_metadata"] == 1


@pytest.mark.parametrize("name, pack", [("a.zip", zip_of), ("a.tar", tar_of)])
def test_a_name_given_twice_in_an_archive_gives_each_member_a_source_of_its_own(name, pack):
    """A zip or tar appended to (``zip -u``, ``tar -r``, ``ZipFile(..., "a")``) holding one name twice gave two
    rows with the same ``source``: neither named the member it came from. A member really named ``x@2``
    must not be taken for the second ``x``."""
    stories = [f"Story {n}. {STORY}".encode() for n in range(4)]
    members = [("d/x.txt", stories[0]), ("d/x@2.txt", stories[1]), ("d/x.txt", stories[2]), ("d/x.txt", stories[3])]
    with pytest.warns(UserWarning, match="Duplicate name") if name.endswith(".zip") else contextlib.nullcontext():
        data = pack(members)
    items, _counts = parse(name, data)
    assert [(_tail(i.source), i.text[:7]) for i in items] == [
        ("!d/x.txt", "Story 0"), ("!d/x%402.txt", "Story 1"), ("!d/x.txt@2", "Story 2"), ("!d/x.txt@3", "Story 3")]
    assert len({i.doc_id for i in items}) == 4 and [i.source for i in parse(name, data)[0]] == [i.source for i in items]


def test_links_are_skipped_and_counted_folders_are_no_inputs():
    items, counts = parse("l.tar", tar_of(FILES[:1], links=True, fork=True))
    assert [i.source for i in items] == [f"l.tar!day1/wire.jsonl#{n}" for n in (1, 2, 3)]
    assert counts == {"read:document": 3, "read:skipped:archive_link": 1, "read:skipped:archive_metadata": 1}


def test_archives_inside_archives_are_read_to_a_depth_and_then_rejected():
    inner = tar_of(FILES[:1], "w:gz")
    items, _ = parse("outer.zip", zip_of([("inner.tar.gz", inner)]))
    assert [i.source for i in items] == [f"outer.zip!inner.tar.gz!day1/wire.jsonl#{n}" for n in (1, 2, 3)]
    items, counts = parse("deep.tar", tar_of([("l1.tar", tar_of([("l2.tar", tar_of(FILES))]))]))
    assert [(i.source, outcome(i)) for i in items] == [("deep.tar!l1.tar!l2.tar", "nested_archive")]
    assert counts == {"read:rejected:nested_archive": 1}


def test_a_damaged_archive_keeps_what_came_before_and_says_the_rest_is_lost():
    whole = tar_of(FILES)
    # Cut inside the first member's data: the member and the rest of the archive are each one rejection.
    items, counts = parse("cut.tar", whole[:1500])
    assert [(i.source, outcome(i)) for i in items] == [("cut.tar!day1/wire.jsonl", "truncated"),
                                                       ("cut.tar", "truncated")]
    # Cut at a block boundary after a member, before the end-of-archive blocks: tarfile ends silently.
    first = tar_of(FILES[:2])
    end = first.rstrip(b"\0")
    end += b"\0" * (-len(end) % 512)
    items, _ = parse("cut.tar", end)
    assert [outcome(i) for i in items] == ["RawDoc"] * 4 + ["truncated"]
    # Garbage where the next header should be: tarfile also stops silently there.
    items, counts = parse("bad.tar", end + b"garbage " * 200 + whole)
    assert [outcome(i) for i in items] == ["RawDoc"] * 4 + ["corrupt_archive"]
    assert items[-1].source == "bad.tar" and "after 2 members" in items[-1].detail
    # One member before it: "after 1 member", its noun in the number it takes (it read "1 members").
    one = tar_of(FILES[:1]).rstrip(b"\0")
    one += b"\0" * (-len(one) % 512)
    items, _ = parse("one.tar", one + b"garbage " * 200)
    assert "after 1 member:" in items[-1].detail
    # A zip whose one member is damaged: that member is rejected, the others read.
    data = bytearray(zip_of(FILES, zipfile.ZIP_STORED))
    at = data.index(b"A plain text story")
    data[at : at + 7] = b"XXXXXXX"  # its CRC no longer matches
    items, _ = parse("z.zip", bytes(data))
    assert [(i.source, outcome(i)) for i in items if outcome(i) != "RawDoc"] == [
        ("z.zip!day1/note.txt", "corrupt_archive"), ("z.zip!img/logo.png", "binary")]
    assert sum(isinstance(i, RawDoc) for i in items) >= 4
    items, counts = parse("not.zip", b"PK\x03\x04" + b"no central directory" * 20)
    assert [(i.source, outcome(i)) for i in items] == [("not.zip", "corrupt_archive")]


def test_a_cut_zip_before_an_appended_zip_is_one_rejection_after_the_last_zips_members():
    """`cat a.zip b.zip` reads both (break12 F18); when the earlier zip is cut, its members cannot be listed:
    one rejection of the file saying so, never a silent loss, and the last zip's members are still read."""
    first = zip_of(FILES[:1])
    items, counts = parse("both.zip", first[:-30] + zip_of(FILES[1:2]))
    assert [(i.source, outcome(i)) for i in items] == [("both.zip!day1/note.txt", "RawDoc"),
                                                       ("both.zip", "corrupt_archive")]
    assert f"the {len(first) - 30} bytes before a zip start as one" in items[-1].detail


def test_an_archive_is_streamed_and_bounded_per_member_not_as_a_whole():
    """A tar.gz inflating to far more than max_inflated_bytes is read member by member, holding about one
    member; a member past the limits is rejected alone."""
    cfg = ReadConfig(max_doc_bytes=20_000, max_inflated_bytes=200_000)
    files = [(f"d/{n:04}.txt", f"Story {n}. {STORY}".encode() * 10) for n in range(400)]  # ~5 MB inflated
    files.insert(7, ("d/big.txt", b"x " * 30_000))
    data = tar_of(files, "w:gz")
    counts, inc = dict_counter()
    tracemalloc.start()
    items = 0
    for item in parse_stream("big.tgz", io.BytesIO(data), cfg, inc):
        items += 1
        assert not isinstance(item, Rejected) or item.source == "big.tgz!d/big.txt"
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert items == 401 and dict(counts) == {"read:document": 400, "read:rejected:too_large": 1}
    assert peak < 2_000_000, peak


def _tail(source: str) -> str:
    """A source without the folder: "!member#N" in an archive, else the file name."""
    return source[source.index("!"):] if "!" in source else source.rsplit("/", 1)[-1]


def test_read_documents_reads_the_members_of_archives_in_a_folder(tmp_path):
    """The pipeline's read: an archive beside plain files gives its members' documents and rejections,
    each counted once, so the report's accounting holds."""
    (tmp_path / "feeds.tgz").write_bytes(tar_of(FILES, mode="w:gz"))
    (tmp_path / "loose.txt").write_bytes(f"A loose story. {STORY}".encode())
    with test_pipeline.TestPipeline(runner="FnApiRunner") as p:
        read = p | ReadDocuments(expand_input(str(tmp_path)), ReadConfig())
        names = [s for s, kind in EXPECTED if kind == "RawDoc"]
        assert_that(read[DOCS] | "Docs" >> beam.Map(lambda d: _tail(d.source)),
                    equal_to(["loose.txt", *names]), label="Docs")
        assert_that(read[REJECTED] | "Rejected" >> beam.Map(lambda r: (_tail(r.source), r.reason)),
                    equal_to([("!img/logo.png", "binary")]), label="Rejected")
    counters = {c.key.metric.name: c.committed
                for c in p.result.metrics().query(MetricsFilter().with_namespace(NAMESPACE))["counters"]}
    assert (counters["read:file"], counters["read:document"], counters["read:rejected:binary"]) == (2, 6, 1)


def _table_part(schema) -> bytes:
    buf = io.BytesIO()
    pq.write_table(schema.empty_table(), buf)
    return buf.getvalue()


RUN = ".runs/20260101T000000Z0123abcd"
OUR_REPORT = json.dumps({"generator": "wirewash", "accounting": "inputs 1 = kept 1", "counters": {}}).encode()
# An output folder as wirewash leaves it (its tables and reports in a run folder) and as a copy that followed
# its links has it (cp -rL, a zip): its parts, reports and lock are no articles.
OUTPUT = [
    (f"out/{RUN}/articles/part-00000-of-00001.parquet", _table_part(ARTICLE_SCHEMA)),
    (f"out/{RUN}/report.json", OUR_REPORT),
    ("out/.output.lock", b""),
]
COPIED = [
    ("articles/part-00000-of-00001.parquet", _table_part(ARTICLE_SCHEMA)),
    ("rejected/part-00000-of-00001.parquet", _table_part(REJECTED_SCHEMA)),
    ("report.json", OUR_REPORT),
    ("report.html", b'<html><head><meta name="generator" content="wirewash"></head><body>r</body></html>'),
    (".current/report.json", OUR_REPORT),
]


@pytest.mark.parametrize("name, pack, folder, members", [
    ("old.tgz", lambda files: tar_of(files, "w:gz"), "out/", 3),
    ("old.zip", zip_of, "./", 5),
])
def test_an_earlier_output_in_an_archive_is_one_rejection_and_its_other_members_are_read(name, pack, folder, members):
    """An archived output was read again: its report as a record, its tables' parts as Parquet inputs."""
    files = (OUTPUT if name == "old.tgz" else COPIED) + FILES[:2]
    items, counts = parse(name, pack(files))
    assert [(i.source, outcome(i)) for i in items] == [(name + s, kind) for s, kind in EXPECTED[:4]] + [
        (f"{name}!{folder}", "earlier_output")]
    assert items[-1].detail.startswith(f"an earlier wirewash output or index in the archive ({members} members): ")


def test_an_earlier_index_in_an_archive_is_one_rejection():
    manifest = json.dumps({"format": 1, "partitions": 256, "minhash": {}, "runs": []}).encode()
    files = [("idx/manifest.json", manifest),
             ("idx/docs/part=0a/20260101T000000Z0123abcd.parquet", b"PAR1"),
             ("idx/bands/part=ff/20260101T000000Z0123abcd.parquet", b"PAR1")] + FILES[:1]
    items, counts = parse("idx.zip", zip_of(files))
    assert [(i.source, outcome(i)) for i in items] == [
        (f"idx.zip{s}", kind) for s, kind in EXPECTED[:3]] + [("idx.zip!idx/", "earlier_output")]
    assert "(3 members)" in items[-1].detail


def test_an_archive_member_only_named_like_an_output_is_read():
    other_part = io.BytesIO()
    pq.write_table(pa.table({"text": [STORY]}), other_part)
    files = [("articles/part-00000-of-00001.parquet", other_part.getvalue()),
             ("report.json", json.dumps({"text": STORY, "generator": "other"}).encode()),
             ("manifest.json", json.dumps({"text": STORY, "runs": []}).encode())]
    items, counts = parse("a.tar", tar_of(files))
    assert [(i.source, outcome(i)) for i in items] == [
        ("a.tar!articles/part-00000-of-00001.parquet#1", "RawDoc"), ("a.tar!report.json#1", "RawDoc"),
        ("a.tar!manifest.json#1", "RawDoc")]


def test_an_earlier_output_before_damage_is_still_its_rejection():
    """The archive's end raises: the output's members set aside before it must not vanish with the rest."""
    end = tar_of(OUTPUT + FILES[:1]).rstrip(b"\0")
    end += b"\0" * (-len(end) % 512)  # cut before the end-of-archive blocks
    items, _ = parse("cut.tar", end)
    assert [outcome(i) for i in items] == ["RawDoc"] * 3 + ["earlier_output", "truncated"]


def test_many_zips_appended_to_one_another_are_all_read_in_order():
    """1,500 zips `cat`ed together: read iteratively (recursion was a RecursionError read_error at about 1,000,
    and windows in windows made it quadratic: 18 s of CPU)."""
    data = b"".join(zip_of([(f"m{k}.txt", f"Story {k}. {STORY}".encode())]) for k in range(1500))
    items, counts = parse("many.zip", data)
    assert [i.source for i in items if isinstance(i, RawDoc)] == [f"many.zip!m{k}.txt" for k in range(1500)]
    assert counts["read:skipped:archive_metadata"] == 1500
