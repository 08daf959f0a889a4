"""One physical file is one input: a symlink or hardlink to a file of the input, or a file two ``--input``
patterns both match, was read as a second document (and then kept as a duplicate of itself)."""
from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from wirewash.pipeline.cli import main
from wirewash.transforms.core.counters import NAMESPACE
from wirewash.transforms.core.parse import ReadConfig
from wirewash.transforms.core.readers.listing import (
    Listed,
    canonical,
    file_identity,
    list_local,
    one_per_file,
    unreadable_reason,
)
from wirewash.transforms.io import DOCS, REJECTED, ReadDocuments

STORIES = (
    "The harbour authority said on Tuesday that the new container terminal would open in June, two months "
    "later than planned, after storms delayed work on the breakwater and the cranes arrived late.",
    "Farmers in the northern valley began the wheat harvest a week early this year, helped by a dry and warm "
    "spring, and the cooperative expects yields close to the record set three seasons ago.",
    "The city council voted to extend the tram line to the airport, approving a budget of 240 million euros "
    "after a debate that lasted most of the night and ended with a narrow majority.",
    "Two museums agreed to exchange paintings for a joint exhibition next spring, the first loan between them "
    "since the collections were split after the war, curators told reporters on Friday.",
)


def _listed(path: Path) -> Listed:
    (item,) = list_local(str(path))
    return item


def _tree(d: Path) -> Path:
    """a.txt with a symlink (0-link.txt, a name that sorts first) and a hardlink (hard.txt) to it; b.txt; a
    dangling symlink and a symlink loop."""
    d.mkdir()
    (d / "a.txt").write_text(STORIES[0])
    (d / "b.txt").write_text(STORIES[1])
    os.symlink(d / "a.txt", d / "0-link.txt")
    os.link(d / "a.txt", d / "hard.txt")
    os.symlink(d / "nowhere.txt", d / "dangling.txt")
    os.symlink(d / "loop-b.txt", d / "loop-a.txt")
    os.symlink(d / "loop-a.txt", d / "loop-b.txt")
    return d


def test_a_file_its_symlink_and_its_hardlink_have_one_identity(tmp_path):
    d = _tree(tmp_path / "in")
    same = {file_identity(_listed(d / n)) for n in ("a.txt", "0-link.txt", "hard.txt")}
    assert len(same) == 1
    assert file_identity(_listed(d / "b.txt")) not in same
    # Paths that cannot be stat'ed keep their own location: each is still one input, rejected on its own.
    broken = [_listed(d / n) for n in ("dangling.txt", "loop-a.txt", "loop-b.txt")]
    assert [file_identity(b) for b in broken] == [b.location for b in broken]
    remote = Listed("gs://b/a.txt", b"gs://b/a.txt")
    assert file_identity(remote) == b"gs://b/a.txt"


def test_dangling_links_and_loops_say_which_they_are(tmp_path):
    d = _tree(tmp_path / "in")
    assert unreadable_reason(str(d / "dangling.txt")) == (
        "unreadable", "a dangling symlink (its target does not exist): FileNotFoundError: No such file or directory")
    reason, detail = unreadable_reason(str(d / "loop-a.txt"))
    assert reason == "unreadable" and detail.startswith("a symlink loop: OSError: Too many levels of symbolic")


def test_the_path_naming_a_file_is_its_own_name_then_the_smallest_whatever_the_order(tmp_path):
    d = _tree(tmp_path / "in")
    paths = [_listed(d / n) for n in ("a.txt", "0-link.txt", "hard.txt")]
    # The symlink sorts first but is not the file's name; of the two real names, the smaller.
    for order in itertools.permutations(paths):
        assert one_per_file(list(order)).source.endswith("/in/a.txt")
    twice = [Listed("in/a.txt", canonical(str(d / "a.txt"))), paths[0]]
    assert one_per_file(twice) == one_per_file(twice[::-1])


def test_read_documents_reads_each_file_once_and_counts_the_other_paths(tmp_path):
    d = _tree(tmp_path / "in")
    # a.txt is matched by both patterns, and reached through a symlink and a hardlink: four paths, one file.
    with test_pipeline.TestPipeline(runner="FnApiRunner") as p:
        read = p | ReadDocuments([f"{d}/**", f"{d}/a.txt"], ReadConfig())
        assert_that(read[DOCS] | "DocSources" >> beam.Map(lambda doc: os.path.basename(doc.source)),
                    equal_to(["a.txt", "b.txt"]), label="Docs")
        assert_that(read[REJECTED] | "Rejections" >> beam.Map(lambda r: (os.path.basename(r.source), r.reason)),
                    equal_to([("dangling.txt", "unreadable"), ("loop-a.txt", "unreadable"),
                              ("loop-b.txt", "unreadable")]), label="Rejected")
    counters = {c.key.metric.name: c.committed
                for c in p.result.metrics().query(MetricsFilter().with_namespace(NAMESPACE))["counters"]}
    assert counters["read:same_file"] == 3
    assert counters["read:file"] == 5  # a.txt, b.txt and the three broken links: each opened at most once


def test_the_report_says_how_many_paths_named_a_file_already_read(tmp_path, monkeypatch, capsys):
    """End to end: the same folder given relative and absolute, plus a symlink and a hardlink, is read once;
    the run's report counts the paths not read again, and the repaired fields."""
    d = _tree(tmp_path / "in")
    (d / "meta.jsonl").write_text(json.dumps({"id": "m1", "text": STORIES[2],
                                              "title": "t" * 3000, "date": 1709546400}) + "\n"
                                  + json.dumps({"id": "m2", "text": STORIES[3],
                                                "date": "next week"}) + "\n")
    monkeypatch.chdir(tmp_path)
    assert main(["--input", f"in,{d}", "--output", "out"]) == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    files = 8  # a.txt 0-link.txt hard.txt b.txt meta.jsonl dangling.txt loop-a.txt loop-b.txt
    # Every path twice (two spellings), and a.txt's two links once more each.
    assert report["same_file_paths"] == files + 2
    assert report["inputs"] == 2 + 2 + 3  # a.txt, b.txt, two records, three unreadable links
    assert report["inputs"] == report["kept"] + report["duplicates"] + report["rejected"]
    assert report["duplicates"] == 0  # nothing is kept as a copy of itself
    assert report["fields_repaired"] == {"published_unparsed": 1, "title_truncated": 1}
    page = (tmp_path / "out" / "report.html").read_text()
    assert ("10 paths to a file already read (a symlink, a hardlink or a second pattern): read once; fields "
            "repaired in kept documents: published_unparsed 1, title_truncated 1.") in page
    assert "read   " in capsys.readouterr().err
