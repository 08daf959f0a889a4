"""Input listing (transforms.core.readers.listing): literal paths, glob syntax, canonical paths, names that
are not UTF-8, unlistable directories, exclusions."""
from __future__ import annotations

import json
import os
import re

import pytest

from wirewash.transforms.core.readers import listing
from wirewash.transforms.core.readers.listing import canonical, escape, expand_input, list_local, source_name
from wirewash.transforms.core.readers.listing import outputs, walk
from wirewash.transforms.core.counters import dict_counter


def names(pattern: str, root, exclude=()) -> list[str]:
    return [os.path.relpath(listing.path_of(i.location), root) for i in list_local(pattern, exclude)]


@pytest.fixture
def tree(tmp_path):
    for rel in ("a.txt", "b.jsonl", "bracket[1].txt", "back\\slash.txt", "sub/c.txt", "sub/deeper/d.txt",
                "star*.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    return tmp_path


def test_glob_syntax(tree):
    assert names(f"{tree}/*.txt", tree) == ["a.txt", "back\\slash.txt", "bracket[1].txt", "star*.txt"]
    assert names(f"{tree}/**/*.txt", tree) == [
        "a.txt", "back\\slash.txt", "bracket[1].txt", "star*.txt", "sub/c.txt", "sub/deeper/d.txt"]
    assert names(f"{tree}/sub/**", tree) == ["sub/c.txt", "sub/deeper/d.txt"]
    assert names(f"{tree}/[ab]*", tree) == ["a.txt", "b.jsonl", "back\\slash.txt", "bracket[1].txt"]
    assert names(f"{tree}/?.txt", tree) == ["a.txt"]


def test_literal_paths_are_not_patterns(tree):
    # "bracket[1].txt" as a pattern would match "bracket1.txt"; as an existing path it is itself.
    (spec,) = expand_input(str(tree / "bracket[1].txt"))
    assert names(spec, tree) == ["bracket[1].txt"]
    (spec,) = expand_input(str(tree / "star*.txt"))
    assert names(spec, tree) == ["star*.txt"]
    weird = tree / "data[1]"
    weird.mkdir()
    (weird / "e.txt").write_text("x")
    (spec,) = expand_input(str(weird))
    assert spec == escape(str(weird)) + "/**" and names(spec, tree) == ["data[1]/e.txt"]
    (spec,) = expand_input(f"{weird}/*.txt")  # the folder part of a pattern exists: it is a name
    assert names(spec, tree) == ["data[1]/e.txt"]


def test_one_file_spelled_two_ways_has_one_canonical_location(tree, monkeypatch):
    monkeypatch.chdir(tree)
    assert canonical("sub/./c.txt") == canonical(str(tree / "sub" / "c.txt"))
    assert canonical("sub/deeper/../c.txt") == canonical("sub/c.txt")
    assert canonical("//" + str(tree / "a.txt").lstrip("/")) == canonical(str(tree / "a.txt"))
    assert expand_input(" sub/ , ,a.txt,") == ["sub/**", "a.txt"]


def test_source_names_are_utf8_and_unambiguous():
    assert source_name(os.fsdecode(b"dir/\xff\xfe.txt")) == "dir/%FF%FE.txt"
    assert source_name("x.jsonl#1") == "x.jsonl%231" != "x.jsonl" + "#1"
    assert source_name("100%.txt") == "100%25.txt"
    assert source_name("k.tar!x.txt@2") == "k.tar%21x.txt%402"  # never an archive member's source
    assert source_name("новости.txt") == "новости.txt"


def test_a_file_name_that_is_not_utf8_is_listed(tmp_path):
    with open(os.path.join(os.fsencode(tmp_path), b"\xff\xfe.txt"), "wb") as f:
        f.write(b"x")
    (item,) = list_local(f"{tmp_path}/*.txt")
    assert item.source.endswith("/%FF%FE.txt") and item.location.endswith(b"/\xff\xfe.txt")
    assert os.path.exists(listing.path_of(item.location))


def test_a_deep_tree_is_walked_without_recursion(outside_tmp):
    path = str(outside_tmp)
    for _ in range(1100):
        path = os.path.join(path, "d")
        os.mkdir(path)
    open(os.path.join(path, "deep.txt"), "w").close()
    (item,) = list_local(f"{outside_tmp}/**")
    assert item.source.endswith("/d/deep.txt") and item.source.split("/").count("d") == 1100


def test_an_unlistable_directory_is_reported_not_skipped(tree, monkeypatch):
    # Running as root, a mode-000 directory is still listable: the failure is injected instead.
    real = os.scandir

    def scandir(path):
        if str(path).endswith("/sub"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(walk.os, "scandir", scandir)
    items = list(list_local(f"{tree}/**"))
    problems = {os.path.relpath(i.source, tree): i.problem for i in items if i.problem}
    assert list(problems) == ["sub"]
    assert problems["sub"][0] == "unreadable" and "Permission denied" in problems["sub"][1]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a mode-000 directory; the fault is injected above")
def test_a_mode_000_directory_is_reported(tree):
    os.chmod(tree / "sub", 0)
    try:
        problems = [i for i in list_local(f"{tree}/**") if i.problem]
    finally:
        os.chmod(tree / "sub", 0o755)
    assert [p.problem[0] for p in problems] == ["unreadable"]


def test_exclude_leaves_files_out(tree):
    assert "b.jsonl" not in names(f"{tree}/**", tree, exclude=("*.jsonl",))
    # A directory that matches is not entered.
    assert names(f"{tree}/**", tree, exclude=("*/sub",)) == [
        "a.txt", "b.jsonl", "back\\slash.txt", "bracket[1].txt", "star*.txt"]


def test_matches_nothing(tree):
    assert not listing.matches_nothing(f"{tree}/**")
    assert listing.matches_nothing(f"{tree}/*.parquet")
    assert listing.matches_nothing(f"{tree}/missing/**")
    assert listing.matches_nothing(f"{tree}/*.jsonl", exclude=("b.*",))


def test_a_pattern_whose_fixed_part_is_missing_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(list_local(f"{tmp_path}/missing/*.txt"))
    with pytest.raises(FileNotFoundError):
        list(list_local(f"{tmp_path}/missing.txt"))


def test_an_existing_path_with_a_comma_is_one_input(tree):
    (tree / "a,b.txt").write_text("x")
    (spec,) = expand_input(str(tree / "a,b.txt"))
    assert names(spec, tree) == ["a,b.txt"]
    # Entries of a list are still split where the whole value names no path.
    assert len(expand_input(f"{tree / 'a.txt'},{tree / 'b.jsonl'}")) == 2


def _earlier_output(folder):
    """The layout of a wirewash output (pipeline/output/layout.py) with one run."""
    run = folder / ".runs" / "20260101T000000Z00000000"
    (run / "articles").mkdir(parents=True)
    (run / "articles" / "part-00000-of-00001.parquet").write_bytes(b"PAR1")
    (run / "report.json").write_text("{}")
    os.symlink(".runs/20260101T000000Z00000000", folder / ".current")
    os.symlink(".current/report.json", folder / "report.json")
    os.symlink(".current/articles", folder / "articles")


def test_a_version_control_folder_below_the_input_is_one_rejection_not_articles(tmp_path):
    """An input folder that is a git checkout: git's sample hooks and info/exclude were kept as articles."""
    (tmp_path / "D" / ".git" / "hooks").mkdir(parents=True)
    (tmp_path / "D" / ".git" / "hooks" / "pre-commit.sample").write_text("#!/bin/sh\n# An example hook script")
    (tmp_path / "D" / ".git" / "HEAD").write_text("ref: refs/heads/main")
    (tmp_path / "D" / "sub" / ".svn").mkdir(parents=True)
    (tmp_path / "D" / "sub" / ".svn" / "entries").write_text("12")
    (tmp_path / "D" / "sub" / "b.txt").write_text("b")
    (tmp_path / "D" / "a.txt").write_text("a")
    (tmp_path / "D" / ".gitignore").write_text("*.pyc")  # a file, not the folder: read as any other
    listed = list(list_local(escape(str(tmp_path / "D")) + "/**"))
    assert [(x.source.split("/D/", 1)[-1], x.problem and x.problem[0]) for x in listed] == [
        (".gitignore", None), ("a.txt", None), ("sub/b.txt", None),
        (".git", "version_control"), ("sub/.svn", "version_control"),
    ]
    assert "(2 files matched)" in listed[3].problem[1]
    # A pattern that matches none of its files: nothing to say; named as the input's root: read as asked.
    assert names(escape(str(tmp_path / "D")) + "/**/*.txt", tmp_path) == ["D/a.txt", "D/sub/b.txt"]
    assert names(escape(str(tmp_path / "D" / ".git")) + "/**", tmp_path) == [
        "D/.git/HEAD", "D/.git/hooks/pre-commit.sample"]
    # --exclude leaves it out altogether.
    assert [x.source.rsplit("/", 1)[-1] for x in list_local(escape(str(tmp_path / "D")) + "/**", (".git",))] == [
        ".gitignore", "a.txt", "b.txt", ".svn"]


def test_an_earlier_output_or_index_below_the_input_is_one_rejection_not_articles(tmp_path):
    """--input D with an earlier run's output in D/out read its Parquet tables and reports as new articles
    (5 seeds gave 19 inputs)."""
    (tmp_path / "D" / "out").mkdir(parents=True)
    (tmp_path / "D" / "a.txt").write_text("a")
    _earlier_output(tmp_path / "D" / "out")
    index = tmp_path / "D" / "idx"
    (index / "docs" / "part=00").mkdir(parents=True)
    (index / "bands").mkdir()
    (index / "manifest.json").write_text("{}")
    (index / "docs" / "part=00" / "r1.parquet").write_bytes(b"PAR1")
    listed = list(list_local(escape(str(tmp_path / "D")) + "/**"))
    assert [(x.source.rsplit("/", 1)[-1], x.problem and x.problem[0]) for x in listed] == [
        ("a.txt", None), ("idx", "earlier_output"), ("out", "earlier_output"),
    ]
    assert "(5 files matched)" in listed[2].problem[1]  # its 2 files and 3 links
    # A pattern that matches none of its files: nothing to say.
    assert names(escape(str(tmp_path / "D")) + "/**/*.txt", tmp_path) == ["D/a.txt"]
    # --exclude leaves it out altogether.
    assert [x.source.rsplit("/", 1)[-1] for x in list_local(escape(str(tmp_path / "D")) + "/**", ("out", "idx"))] == ["a.txt"]


@pytest.mark.parametrize("spelled", ["out", "out/", "out/*", "out/**", "out/report*", "link", "out/.runs",
                                     "out/report.html", "out/.output.lock", "out/.runs/20260101T000000Z00000000/report.json"])
def test_an_earlier_output_named_as_the_input_is_one_rejection_whichever_way_it_is_named(tmp_path, monkeypatch, spelled):
    """F24: --input naming an earlier output folder read its report.html and lock file as articles."""
    out = tmp_path / "out"
    out.mkdir()
    _earlier_output(out)
    (out / ".runs" / "20260101T000000Z00000000" / "report.html").write_text("<html>")
    os.symlink(".current/report.html", out / "report.html")
    (out / ".output.lock").write_text("{}")
    os.symlink("out", tmp_path / "link")
    monkeypatch.chdir(tmp_path)
    listed = [x for spec in expand_input(spelled) for x in list_local(spec)]
    assert [(x.problem or ("",))[0] for x in listed] == ["earlier_output"]
    assert listed[0].source.rstrip("/").endswith(("out", "link"))
    # One file named ("out/report.html") says "1 file matched", not "1 files".
    assert re.search(r"\((1 file|[02-9]\d* files) matched\)", listed[0].problem[1]), listed[0].problem[1]


@pytest.mark.parametrize("table", ["out/articles", "out/.runs/20260101T000000Z00000000/articles"])
def test_a_table_of_an_earlier_output_named_as_the_input_is_read_as_asked(tmp_path, table):
    _earlier_output(tmp_path / "out")
    (spec,) = expand_input(str(tmp_path / table))
    listed = list(list_local(spec))
    assert [(x.source.rsplit("/", 1)[-1], x.problem) for x in listed] == [("part-00000-of-00001.parquet", None)]


def test_a_first_run_still_writing_its_output_is_an_earlier_output_too(tmp_path):
    (tmp_path / "out" / ".runs" / "20260101T000000Z00000000").mkdir(parents=True)
    (tmp_path / "out" / ".runs" / "20260101T000000Z00000000" / "report.json").write_text("{}")
    (tmp_path / "out" / ".output.lock").write_text("{}")
    (tmp_path / "notes" / ".runs").mkdir(parents=True)  # a .runs folder alone is no output
    (tmp_path / "notes" / "a.txt").write_text("a")
    listed = list(list_local(escape(str(tmp_path)) + "/**"))
    assert [(x.source.rsplit("/", 1)[-1], x.problem and x.problem[0]) for x in listed] == [
        ("a.txt", None), ("out", "earlier_output")]


def _copied_output(folder, report: dict, tables=("articles", "duplicates")) -> None:
    """An output as ``cp -rL``, a tar or a bucket download leaves it: its links resolved, no .runs, no lock."""
    folder.mkdir(parents=True)
    for table in tables:
        (folder / table).mkdir()
        (folder / table / "part-00000-of-00001.parquet").write_bytes(b"PAR1")
    (folder / "report.json").write_text(json.dumps(report))
    (folder / "report.html").write_text("<html>")
    (folder / "README.md").write_text("# card")


OURS = {"generator": "wirewash", "inputs": 2, "kept": 2}
# Written before report.json named its generator: the accounting line and counters every report has.
OURS_BEFORE_THE_MARKER = {"inputs": 2, "accounting": "inputs 2 = kept 2 + duplicates 0 + rejected 0", "counters": {}}


@pytest.mark.parametrize("report", [OURS, OURS_BEFORE_THE_MARKER])
@pytest.mark.parametrize("spelled", ["D", "D/out", "D/out/report.html", "D/out/*"])
def test_a_copied_output_that_lost_its_links_is_one_rejection(tmp_path, monkeypatch, report, spelled):
    """F5: ``cp -rL`` of an output into an input folder: report.html was kept as the article "wirewash run
    report" and its duplicates table read as new articles."""
    (tmp_path / "D").mkdir()
    (tmp_path / "D" / "a.txt").write_text("a")
    _copied_output(tmp_path / "D" / "out", report)
    monkeypatch.chdir(tmp_path)
    listed = [x for spec in expand_input(spelled) for x in list_local(spec)]
    assert [(x.source.rsplit("/", 1)[-1], x.problem and x.problem[0]) for x in listed if x.source != "D/a.txt"] == [
        ("out", "earlier_output")]
    # A table of it named as the input is read as asked.
    (spec,) = expand_input("D/out/duplicates")
    assert [(x.source, x.problem) for x in list_local(spec)] == [("D/out/duplicates/part-00000-of-00001.parquet", None)]


@pytest.mark.parametrize("report, tables", [
    ({"title": "Annual report", "text": "Our year.", "accounting": "audited"}, ("articles",)),  # not ours
    (OURS, ()),  # ours, but alone among articles: a kept copy of a report, no output around it
])
def test_a_report_json_not_ours_or_without_its_tables_sets_nothing_aside(tmp_path, report, tables):
    _copied_output(tmp_path / "D", report, tables)
    listed = list(list_local(escape(str(tmp_path / "D")) + "/**"))
    assert all(x.problem is None for x in listed)
    assert {x.source.rsplit("/", 1)[-1] for x in listed} >= {"report.json", "report.html", "README.md"}


@pytest.mark.parametrize("record", ["stream-read.json", ".stream-reading.json"])
@pytest.mark.parametrize("spelled", ["live", "live/stream-read.json", "."])
def test_a_running_local_streams_output_is_one_rejection(tmp_path, monkeypatch, spelled, record):
    """A stream still running, or killed, has no report.json: its record of files read (or the running
    batch's) would have been read as a document."""
    from wirewash.pipeline.streaming import _write_json

    live = tmp_path / "live"
    _earlier_output(live / "batch-20260101T000000.000")
    (live / ".output.lock").write_text("")
    _write_json(str(live / record), [dict(path="/in/a.txt", bytes=1, mtime=0.0, batch="batch-1")], "t")
    (live / "stream-read.json").touch()  # so that the spelling naming it names a file
    monkeypatch.chdir(tmp_path)
    listed = [x for spec in expand_input(spelled) for x in list_local(spec)]
    assert [(x.source.rstrip("/").rsplit("/", 1)[-1], x.problem and x.problem[0]) for x in listed] == [
        ("live", "earlier_output")]
    # The same names holding what wirewash did not write set nothing aside.
    (live / record).write_text('{"files": []}')
    (live / "stream-read.json").write_text('{"files": []}')
    listed = list(list_local(escape(str(live)) + "/*.json"))
    assert listed and all(x.problem is None for x in listed)


@pytest.mark.parametrize("spelled", ["live", "live/", "live/report.json", "live/.output.lock", "."])
def test_a_local_streams_output_is_one_rejection(tmp_path, monkeypatch, spelled):
    """F11: a stream's folder named as the input: its lock and report.json were read as documents."""
    live = tmp_path / "live"
    _earlier_output(live / "batch-20260101T000000.000")
    (live / "index" / "docs").mkdir(parents=True)
    (live / "index" / "bands").mkdir()
    (live / "index" / "manifest.json").write_text("{}")
    (live / "report.json").write_text(json.dumps({**OURS, "batches": []}))
    (live / ".output.lock").write_text("")
    monkeypatch.chdir(tmp_path)
    listed = [x for spec in expand_input(spelled) for x in list_local(spec)]
    assert [(x.source.rstrip("/").rsplit("/", 1)[-1], x.problem and x.problem[0]) for x in listed] == [
        ("live", "earlier_output")]


@pytest.mark.parametrize("signs, stream", [
    ({"stream-read.json": '{"format": 1, "files": []}'}, True),
    ({".stream-reading.json": '{"format": 1, "generator": "wirewash", "files": []}'}, True),
    ({"report.json": json.dumps({**OURS, "batches": []})}, True),
    ({"report.json": json.dumps(OURS), "batch-1/": None}, True),
    ({"batch-1/": None}, False),  # a folder named so may be anyone's
    ({"stream-read.json": '{"files": []}', "report.json": json.dumps({"batches": []}), "batch-1/": None}, False),
])
def test_a_streams_output_is_told_by_one_test_for_the_output_check_and_the_listing(tmp_path, signs, stream):
    from wirewash.pipeline.output import checks

    live = tmp_path / "live"
    live.mkdir()
    for name, content in signs.items():
        (live / name).mkdir() if content is None else (live / name).write_text(content)
    (live / "a.txt").write_text("a")
    assert listing.holds_stream(outputs._Entries(str(live))) is stream
    set_aside = [x.problem[0] for x in list_local(escape(str(tmp_path)) + "/**") if x.problem]
    assert set_aside == (["earlier_output"] if stream else [])
    if stream:
        with pytest.raises(checks.UsageError, match="holds a stream's output"):
            checks.check_output(str(live))


def test_exclude_never_matches_the_folders_above_the_input(tmp_path, monkeypatch):
    """``--exclude '*old*'`` (skip ``old/`` backups) with the data in ``gold-standard/`` left out every file, but
    only when the input was named by a relative path; the run then died in its first step."""
    root = tmp_path / "gold-standard"
    (root / "old").mkdir(parents=True)
    (root / "a.txt").write_text("a")
    (root / "old" / "b.txt").write_text("b")
    (root / "LICENSE").write_text("c")
    monkeypatch.chdir(tmp_path)
    counts, inc = dict_counter()
    for pattern in ("gold-standard/**", f"{root}/**"):
        listed = [os.path.relpath(i.location.decode(), root) for i in list_local(pattern, ("*old*", "*/LICENSE"), inc)]
        assert listed == ["a.txt"]
    # An "old" folder is one exclusion (not entered), LICENSE another, per listing.
    assert counts == {"read:excluded": 4}
    assert [os.path.basename(i.source) for i in list_local(f"{root}/**", (f"{root}/old*",))] == ["LICENSE", "a.txt"]
