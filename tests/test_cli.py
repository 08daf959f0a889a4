"""Mistakes in the command: each exits 2 with one line naming the problem, before any work, and leaves the
earlier output byte for byte as it was and nothing new on disk. Runners' own flags pass the check."""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from conftest import snapshot, table_rows
from wirewash.pipeline.output import checks, leftovers
from wirewash.pipeline.cli import PER_BATCH_FLAGS, argv_problem, main, without_flags
from wirewash.pipeline.options import DEFAULT_INPUT, WirewashOptions, repeated_flag
from wirewash.pipeline.report import warnings
from wirewash.transforms.core.parse import ReadConfig
from wirewash.transforms.core.readers.listing import expand_input, input_entries
from wirewash.transforms.core.readers.compression import LAYERS
from wirewash.transforms.core.readers.registry import READERS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEEDS_SORTED = sorted(SEEDS.iterdir())


@pytest.fixture
def workdir(tmp_path, monkeypatch, seed_output):
    """A working folder holding an earlier run's ``output`` (the default --output) and an input folder."""
    shutil.copytree(seed_output[0], tmp_path / "output", symlinks=True)
    shutil.copytree(SEEDS, tmp_path / "feed")
    (tmp_path / "a-file").write_text("not a folder")
    monkeypatch.chdir(tmp_path)
    return tmp_path


MISTAKES = [
    (["/data/feed.jsonl"], "unexpected argument '/data/feed.jsonl': every value follows its flag, e.g. --input /data/feed.jsonl"),
    (["--input", "feed/000.txt", "feed/001.txt"],
     "unexpected argument 'feed/001.txt' after --input feed/000.txt: quote a glob so the shell passes it whole"),
    (["-i", "feed"], "short flags are not accepted: -i; did you mean --input?"),
    (["--input", "feed", "-o", "elsewhere"], "short flags are not accepted: -o; did you mean --output?"),
    (["--input", "feed", "--treshold", "0.5"], "unknown flag --treshold; did you mean --threshold?"),
    (["--input", "feed", "--out=elsewhere"], "unknown flag --out; did you mean --output?"),
    (["--input", "feed", "--bands", "many"], "argument --bands: invalid int value: 'many'"),
    (["--input", "feed", "--bands", "100", "--rows", "3"], "exceeds num_perm"),
    (["--input", "feed", "--seed", "-1"], "seed must be between 0 and 2**32 - 1"),
    (["--input", "feed", "--seed", "4294967296"], "seed must be between 0 and 2**32 - 1"),
    (["--input", "missing/feed.jsonl"], "--input missing/feed.jsonl: no such file or folder"),
    (["--input", "feed,missing/*.txt"], "--input missing/*.txt: no such file or folder"),
    # Outside the repository no seeds/ folder: the message names the default, not a flag never typed.
    (["--threshold", "0.4"], "wirewash: no --input given, and the default seeds/* (the repository's sample "
     "articles, read from its root) names nothing here: give --input FILE, FOLDER or PATTERN"),
    (["--input", "seeds/*"], "wirewash: --input seeds/*: no such file or folder"),
    (["--input", "feed", "--output", "a-file"], "--output a-file is a file, not a folder"),
    (["--input", "feed", "--output", "a-file/sub"], "a-file is a file, so the folder cannot be created"),
    (["--input", "feed", "--output", "feed"], "--output feed is inside --input feed; give an output outside the input"),
    (["--input", "feed/**", "--output", "feed/out"], "--output feed/out is inside --input feed/**"),
    (["--input", "output/articles", "--output", "output"], "--input output/articles is inside --output output"),
    (["--input", "feed", "--output", "new", "--index", "feed/idx"],
     "--index feed/idx is inside --input feed; give an index outside the input"),
    (["--input", "feed", "--min_words", "-3"], "--min_words must be >= 0, got -3"),
    (["--input", "feed", "--threshold", "5"], "--threshold must be in (0, 1]"),
    (["--input", "feed", "--output", "a", "--output", "b"], "--output given twice (--output a, then --output b): give it once"),
    (["--input", "feed", "--index", "i", "--index=j"], "--index given twice (--index i, then --index j)"),
    (["--input", "feed", "--text_column", "body", "--text_column", "text"], "--text_column given twice"),
    (["--input", "feed", "--cc_rounds", "3", "--cluster_rounds", "4"], "--cluster_rounds given twice (--cc_rounds 3"),
    # explain's own flag given to the main command: where it belongs, not which runner modules did not load.
    (["--input", "feed", "--full"], "unknown flag --full: it is a flag of explain (wirewash explain DOC_ID"),
    # Beam's DaskRunner would hang on the seeds or write one table of three (docs/engines.md, Dask).
    (["--input", "feed", "--runner", "DaskRunner"], "DaskRunner cannot run wirewash"),
    (["--input", "feed", "--runner", "apache_beam.runners.dask.dask_runner.DaskRunner", "--streaming"],
     "DaskRunner cannot run wirewash"),
]


@pytest.mark.parametrize("argv, message", MISTAKES, ids=[" ".join(a) for a, _ in MISTAKES])
def test_a_mistake_exits_2_with_one_line_and_touches_nothing(workdir, capsys, argv, message):
    before = snapshot(workdir)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("wirewash: "), err
    assert message in err
    assert snapshot(workdir) == before


def test_an_output_holding_files_wirewash_did_not_write_is_refused(workdir, capsys):
    user = workdir / "mine"
    user.mkdir()
    (user / "README.md").write_text("my notes")
    (user / "report.json").write_text("{}")
    before = snapshot(workdir)
    assert main(["--input", "feed", "--output", "mine"]) == 2
    assert "--output mine already holds report.json, which wirewash did not write" in capsys.readouterr().err
    assert snapshot(workdir) == before


def test_an_output_in_a_folder_of_articles_or_inside_an_output_s_table_is_refused(workdir, capsys):
    # Written there, the folder would be read as an earlier output next time and its articles be in no table;
    # an output inside another's table folder breaks that table for every Parquet reader.
    articles = workdir / "articles_of_mine"
    articles.mkdir()
    (articles / "000_story.txt").write_text("A story of my own.")
    before = snapshot(workdir)
    assert main(["--input", "feed", "--output", "articles_of_mine"]) == 2
    assert "--output articles_of_mine already holds 000_story.txt and is no wirewash output" in (
        capsys.readouterr().err
    )
    assert snapshot(workdir) == before
    assert main(["--input", "feed", "--output", "out"]) == 0
    capsys.readouterr()
    before = snapshot(workdir)
    assert main(["--input", "feed", "--output", "out/articles"]) == 2
    assert "is no wirewash output" in capsys.readouterr().err
    assert snapshot(workdir) == before
    assert main(["--input", "feed", "--output", "out"]) == 0  # a run into its own earlier output goes on
    # A folder a repository keeps with a .gitkeep (the repository's own output/) is an empty one.
    kept = workdir / "kept"
    kept.mkdir()
    (kept / ".gitkeep").write_text("")
    assert main(["--input", "feed", "--output", "kept"]) == 0

def test_an_output_not_writable_is_refused(workdir, capsys, monkeypatch):
    # Root may write anywhere, so the permission answer is stubbed: what is tested is that it is asked.
    monkeypatch.setattr(checks.os, "access", lambda path, mode: not str(path).endswith("locked"))
    (workdir / "locked").mkdir()
    before = snapshot(workdir)
    assert main(["--input", "feed", "--output", "locked/out"]) == 2
    assert "locked is not writable" in capsys.readouterr().err
    assert snapshot(workdir) == before


def _raise(error: BaseException):
    def raising(*_args, **_kwargs):
        raise error
    return raising


@pytest.mark.parametrize(("target", "error", "code"), [
    ("build", RuntimeError("a stage broke"), 1),  # a failure mid-run, with the run folder's .live lock held
    ("build", KeyboardInterrupt(), 130),  # Ctrl-C mid-run
    ("live_run", KeyboardInterrupt(), 130),  # Ctrl-C before the .live lock marks the run folder
])
def test_a_failed_or_interrupted_run_leaves_the_output_as_it_was_and_no_staging(
    workdir, capsys, monkeypatch, target, error, code
):
    from wirewash.pipeline import cli, locks
    from wirewash.pipeline import index as index_folder
    from wirewash.pipeline.launch import INTERRUPTED

    monkeypatch.setattr(cli if target == "build" else leftovers, target, _raise(error))
    before = snapshot(workdir / "output")
    assert main(["--input", "feed", "--output", "output", "--index", "idx"]) == code
    err = capsys.readouterr().err
    assert ("run failed, output left untouched: a stage broke" if code == 1 else INTERRUPTED) in err, err
    # The run folder removed, the earlier output whole, the index's staging folder gone; both locks released.
    assert snapshot(workdir / "output") == before
    assert not [p.name for p in (workdir / "idx").iterdir() if p.name.startswith(index_folder.STAGING)]
    with locks.output_lock("output", "next"), locks.index_lock("idx", "next"):
        pass


def test_a_stream_refuses_a_batch_output(workdir, capsys):
    before = snapshot(workdir)
    assert main(["--streaming", "--runner", "PrismRunner", "--input", "feed", "--output", "output"]) == 2
    assert "holds a batch run's output; a stream needs a folder of its own" in capsys.readouterr().err
    assert snapshot(workdir) == before


def test_help_lists_streaming_and_the_runner(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for flag in ("--streaming", "--runner", "--input", "--output", "--index", "--direct_num_workers"):
        assert flag in out


def test_runner_flags_pass_the_check_whatever_was_imported_before():
    argv = ["--runner", "FlinkRunner", "--flink_master", "localhost:8081", "--job_endpoint", "localhost:8099",
            "--prism_location", "/opt/prism", "--environment_type", "EXTERNAL", "--spark_master_url", "local[2]",
            "--flink_job_server_jar", "/opt/job-server.jar", "--sdk_worker_parallelism", "2"]
    assert argv_problem(argv) is None
    # A fresh interpreter that imported nothing but the CLI knows them too.
    code = f"from pipeline.cli import argv_problem; print(argv_problem({argv!r}))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "None", done.stderr


def test_the_dask_runners_flag_is_known_or_its_absence_explained():
    problem = argv_problem(["--runner", "DaskRunner", "--dask_client_address", "localhost:8786"])
    try:
        import dask  # noqa: F401
    except ImportError:
        assert problem.startswith("unknown flag --dask_client_address (runner options not loaded:")
        assert "No module named 'dask'" in problem
    else:
        assert problem is None


EXPLAIN_MISTAKES = [
    (["explain", "0f9aa917a185dfb9", "--ouput", "output"], "unknown flag --ouput; did you mean --output?"),
    (["explain", "0f9aa917a185dfb9", "--out=output"], "unknown flag --out; did you mean --output?"),
    (["explain", "0f9aa917a185dfb9", "-o", "output"], "short flags are not accepted: -o; did you mean --output?"),
    (["explain", "0f9aa917a185dfb9", "6a2b"], "unexpected argument '6a2b': explain takes one DOC_ID"),
    (["explain", "--output", "output"], "no DOC_ID given: wirewash explain DOC_ID --output DIR"),
    (["explain", "0f9aa917a185dfb9", "--output"], "argument --output: expected one argument"),
]


@pytest.mark.parametrize("argv, message", EXPLAIN_MISTAKES, ids=[" ".join(a) for a, _ in EXPLAIN_MISTAKES])
def test_an_explain_mistake_exits_2_with_one_line(workdir, capsys, argv, message):
    """As for a run: one line naming the problem and the closest valid flag, not argparse's usage and error
    lines, and no output read or written."""
    before = snapshot(workdir)
    assert main(argv) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err.count("\n") == 1 and out.err.startswith("wirewash explain: "), out
    assert message in out.err
    assert snapshot(workdir) == before


def test_help_names_the_default_runner_and_the_explain_subcommand(capsys):
    assert main(["--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "Default: FnApiRunner" in text and "defaults to DirectRunner" not in text
    assert "wirewash explain DOC_ID --output OUTPUT" in text


def test_help_s_usage_names_the_explain_subcommand_as_explain_s_own_help_does(capsys):
    """The usage lines are what a newcomer reads first: they listed twenty lines of flags and no explain."""
    assert main(["--help"]) == 0
    usage = capsys.readouterr().out.split("\n\n")[0]
    assert usage.splitlines() == ["usage: wirewash [--input INPUT] [--output OUTPUT] [FLAG ...]",
                                  "       wirewash explain DOC_ID [--output OUTPUT] [--full]"]
    with pytest.raises(SystemExit) as done:
        main(["explain", "--help"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("usage: wirewash explain DOC_ID [--output OUTPUT] [--full]\n")


def _help_text(capsys) -> str:
    assert main(["--help"]) == 0
    return " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize(
    "argv, suggested",
    [
        # Beam's --update, --job_name, --setup_file and --temp_location are accepted but not in --help.
        (["--updat"], None),
        (["-u", "x"], None),
        (["--job_nam", "x"], "--job_endpoint"),
        (["--input", "feed", "--treshold", "0.5"], "--threshold"),
        (["--flink_mastr", "localhost:8081"], "--flink_master"),  # named in --help's closing lines
        (["-x", "3"], None),
    ],
)
def test_a_suggestion_names_only_a_flag_help_shows(capsys, argv, suggested):
    shown = set(re.findall(r"--\w+", _help_text(capsys)))
    found = re.findall(r"did you mean (--\w+)\?", argv_problem(argv))
    assert found == ([suggested] if suggested else [])
    assert set(found) <= shown


def test_help_and_the_readme_list_every_input_format_the_readers_registry_has(capsys):
    """--help's text comes from the registry (``input_formats``); the README's table and its sentence on
    compression layers are held to it here, so a new reader or layer missing from either fails."""
    suffixes = {s for r in READERS for s in r.suffixes}
    readme = (ROOT / "README.md").read_text()
    section = readme.split("Inputs, by file extension", 1)[1].split("\n\n", 2)
    intro, table = section[0], section[1]
    first_cells = [row.split("|")[1] for row in table.splitlines() if row.startswith("| `")]
    assert set(re.findall(r"`(\.[\w.]+)`", "".join(first_cells))) == suffixes
    layers = re.search(r"((?:`\.\w+`(?:, | and ))+`\.\w+`) layers", " ".join(intro.split()))
    assert layers and re.findall(r"`(\.\w+)`", layers[1]) == list(LAYERS)
    help_text = _help_text(capsys)
    for suffix in [*suffixes, *LAYERS]:
        assert re.search(rf"(?<![\w.]){re.escape(suffix)}(?![\w])", help_text), suffix


def _single_value_flags() -> list[str]:
    parser = argparse.ArgumentParser()
    WirewashOptions._add_argparse_args(parser)
    return [a.option_strings[0] for a in parser._actions if type(a) is argparse._StoreAction]


@pytest.mark.parametrize("flag", _single_value_flags())
def test_every_single_value_flag_given_twice_is_refused_not_last_wins(flag):
    """argparse keeps the last value silently: --index a --index b would deduplicate against b only."""
    value = "longest" if flag == "--keep" else "7"
    problem = repeated_flag([flag, value, f"{flag}={value}"])
    assert re.fullmatch(rf"{flag} given twice \({flag} {value}(\.0)?, then {flag} {value}(\.0)?\): give it once", problem)
    assert repeated_flag([flag, value]) is None


def test_repeated_input_adds_up_like_comma_separated_entries(tmp_path):
    assert repeated_flag(["--input", "a", "--input", "b", "--exclude", "x", "--exclude", "y"]) is None
    configs = PipelineOptions(["--input", "a", "--input=b,c"]).view_as(WirewashOptions).configs()
    assert configs.input == ("a", "b,c")
    assert input_entries(configs.input) == ["a", "b", "c"]
    # A file name holding a comma stays one entry in each value.
    (tmp_path / "x,y.txt").write_text("t")
    assert expand_input((str(tmp_path / "x,y.txt"), "d/*")) == [str(tmp_path / "x,y.txt"), "d/*"]
    assert PipelineOptions(["--input", "a"]).view_as(WirewashOptions).configs().input == "a"
    assert PipelineOptions([]).view_as(WirewashOptions).configs().input == DEFAULT_INPUT


def test_input_and_exclude_given_in_python_as_one_str_or_a_list_configure_alike():
    one = WirewashOptions(input="in/a.jsonl", exclude="README*").configs()
    listed = WirewashOptions(input=["in/a.jsonl"], exclude=["README*"]).configs()
    flags = WirewashOptions(["--input", "in/a.jsonl", "--exclude", "README*"]).configs()
    # A str was iterated: the input became 10 one-character patterns.
    assert one.input == listed.input == flags.input == "in/a.jsonl"
    assert one.read.exclude == listed.read.exclude == flags.read.exclude == ("README*",)
    assert WirewashOptions(input=Path("in"), exclude=()).configs().input == "in"
    assert WirewashOptions(input=("a", "b,c")).configs().input == ("a", "b,c")


@pytest.mark.parametrize("value, problem", [
    (7, "input must be a path or a list of paths, got 7"),
    (["a", None], "input must be a path or a list of paths, got ['a', None]"),
    ([], "input is an empty list: give at least one path"),
])
def test_input_that_is_no_path_is_refused_at_option_validation(value, problem):
    with pytest.raises(ValueError, match=re.escape(problem)):
        WirewashOptions(input=value).configs()


def test_read_config_refuses_one_str_as_its_exclude_patterns():
    with pytest.raises(ValueError, match="exclude must be a tuple of glob patterns, got the str 'README'"):
        ReadConfig(exclude="README")


def test_a_run_with_input_repeated_reads_every_one(tmp_path, capsys):
    for name, seeds in (("a", SEEDS_SORTED[:2]), ("b", SEEDS_SORTED[2:])):
        (tmp_path / name).mkdir()
        for seed in seeds:
            shutil.copy(seed, tmp_path / name)
    out = tmp_path / "out"
    assert main(["--input", str(tmp_path / "a"), "--input", str(tmp_path / "b"), "--output", str(out)]) == 0
    report = json.loads((out / "report.json").read_text())
    assert report["inputs"] == len(SEEDS_SORTED) == 5
    assert report["options"]["input"] == [str(tmp_path / "a"), str(tmp_path / "b")]
    assert f"input {tmp_path / 'a'},{tmp_path / 'b'} &rarr;" in (out / "report.html").read_text()


def test_without_flags_drops_each_flag_and_its_value():
    argv = ["--input", "a", "--input=b", "--min_words", "3", "--output", "o", "--index=i", "--keep", "latest"]
    assert without_flags(argv, PER_BATCH_FLAGS) == ["--min_words", "3", "--keep", "latest"]


def test_a_feed_whose_ids_are_not_unique_is_warned_about(tmp_path, capsys):
    # Five different stories under one "id" (a category, say): four are duplicate_id rejections, each counted,
    # and the run says why in words, naming the flag.
    texts = [Path(seed).read_text() for seed in SEEDS_SORTED]
    feed = tmp_path / "feed.jsonl"
    records = [{"id": "world", "guid": f"g{i}", "text": t} for i, t in enumerate(texts)]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records))
    assert main(["--input", str(feed), "--output", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "warning: 4 of 5 inputs were rejected as duplicate_id: their 'id' field repeats" in err
    assert "--id_column" in err
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert [w[:40] for w in report["warnings"]] == ["4 of 5 inputs were rejected as duplicate"]
    assert main(["--input", str(tmp_path / "feed.jsonl"), "--output", str(tmp_path / "out2"),
                 "--id_column", "guid"]) == 0
    assert "warning" not in capsys.readouterr().err


def test_warnings_name_duplicate_ids_only_past_a_share_of_the_inputs():
    counters = {"read:document": 100, "dedup:kept": 96, "dedup:rejected:duplicate_id": 4}
    assert warnings(counters, ReadConfig()) == []
    counters = {"read:document": 100, "read:with_id": 100, "dedup:kept": 90,
                "dedup:rejected:duplicate_id": 10}
    assert warnings(counters, ReadConfig(id_column="guid")) == [
        "10 of 100 inputs were rejected as duplicate_id: their 'guid' field repeats another record's with other "
        "text; if that field is not a unique id, name the one that is with --id_column"
    ]


def test_warnings_name_unread_dates_only_when_most_documents_lost_theirs():
    """A feed whose every date is in a form not read had all its ``published`` null, unremarked (fresh12 F7)."""
    counters = {"read:document": 100, "dedup:kept": 100, "read:field:published_unparsed": 50}
    assert warnings(counters, ReadConfig()) == []
    counters["read:field:published_unparsed"] = 51
    (line,) = warnings(counters, ReadConfig())
    assert line.startswith("51 of 100 documents give a date that could not be read") and "ISO 8601" in line


def test_an_earlier_output_as_the_input_is_one_rejection_and_its_articles_table_is_read(tmp_path, seed_output):
    """F24: --input naming an earlier output read its report.html and lock file as articles."""
    out, report = seed_output
    assert main(["--input", str(out), "--output", str(tmp_path / "o1")]) == 0
    assert table_rows(tmp_path / "o1", "articles") == []
    (rejected,) = table_rows(tmp_path / "o1", "rejected")
    assert rejected["reason"] == "earlier_output" and "files matched" in rejected["detail"]
    # Its articles table, named, is read as asked: each of its rows is an input record.
    assert main(["--input", str(out / "articles"), "--output", str(tmp_path / "o2")]) == 0
    o2 = {name: table_rows(tmp_path / "o2", name) for name in ("articles", "duplicates", "rejected")}
    assert not [r for r in o2["rejected"] if r["reason"] == "earlier_output"]
    assert sum(map(len, o2.values())) == report["kept"]
