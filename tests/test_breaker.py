"""Defects found by trying to make wirewash lose or destroy data, one test each (the docstring says what a
user would have lost)."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import snapshot, table_rows

from wirewash.pipeline import cli
from wirewash.pipeline.cli import main
from wirewash.pipeline.output import layout

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def workdir(tmp_path, monkeypatch, seed_output):
    """A working folder holding an earlier run's ``output`` and the seeds as ``feed/``."""
    shutil.copytree(seed_output[0], tmp_path / "output", symlinks=True)
    shutil.copytree(SEEDS, tmp_path / "feed")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("spec", ["", ",,", " , "])
def test_an_empty_input_is_a_usage_error_and_keeps_the_earlier_output(workdir, capsys, spec):
    """``wirewash --input "$DIR" --output output`` with DIR unset ran on nothing, exit 0, and replaced the
    earlier output with empty tables: the user's previous run was deleted."""
    before = snapshot(workdir)
    assert main(["--input", spec, "--output", "output"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--input" in err and "empty" in err, err
    assert snapshot(workdir) == before


@pytest.mark.parametrize("argv", [
    ["--input", "feed", "--input", ""],
    ["--input", "feed", "--input=  "],
    ["--input", "feed,"],
    ["--input", "feed", "--exclude", ""],
])
def test_an_empty_entry_beside_a_good_one_is_a_usage_error(workdir, capsys, argv):
    """``--input "$DAY1" --input "$DAY2"`` with DAY2 unset read day 1 only, exit 0, and replaced the earlier
    output with it: the user asked for two days and got one without a word."""
    before = snapshot(workdir)
    assert main([*argv, "--output", "output"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "empty" in err, err
    assert snapshot(workdir) == before


@pytest.mark.parametrize("argv, message", [
    (["--input", "feed", "--exclude", "*"], "every file it names is excluded by --exclude '*'"),
    (["--input", "empty"], "the folder holds no files"),
])
def test_an_input_that_lists_nothing_is_named_before_any_work(workdir, capsys, argv, message):
    """An input every file of which --exclude left out, or an empty folder, started the run and failed in its
    first step: exit 1 and a page of Beam's log ending in "no input matches"."""
    (workdir / "empty").mkdir()
    before = snapshot(workdir)
    assert main([*argv, "--output", "output"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err, err
    assert snapshot(workdir) == before


def test_an_end_of_options_marker_is_named_not_blamed_on_a_runner(workdir, capsys):
    """``wirewash ... -- extra`` (a wrapper's habit) said "unknown flag -- (runner options not loaded: ... dask)",
    sending the user to install dask."""
    assert main(["--input", "feed", "--output", "output", "--", "extra"]) == 2
    err = capsys.readouterr().err
    assert "unexpected argument '--'" in err and "dask" not in err, err


@pytest.mark.parametrize("argv, flag", [
    (["--input", "feed", "--output", ""], "--output"),
    (["--input", "feed", "--output", "new", "--index", ""], "--index"),
])
def test_an_empty_output_or_index_is_named_as_such(workdir, capsys, argv, flag):
    """``--output ''`` (an unset variable) was refused with "--input feed is inside --output ;", a wrong
    reason; ``--index ''`` ran without the index, exit 0, keeping copies of every article published before
    and never adding this run's to the index."""
    before = snapshot(workdir)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and flag in err and "empty" in err and "inside" not in err, err
    assert snapshot(workdir) == before


def test_a_folder_pattern_holding_the_output_is_refused(workdir, capsys):
    """``--input 'data/fe?d/' --output data/feed/out``: a pattern ending in "/" reads every file below the folders it
    matches, but the overlap check read it as the folder itself. The second run read the first run's
    Parquet files, report and dataset card as articles (17 inputs instead of 5)."""
    (workdir / "data").mkdir()
    shutil.copytree(SEEDS, workdir / "data" / "feed")
    (workdir / "data" / "feed" / "out").mkdir()
    before = snapshot(workdir)
    assert main(["--input", "data/fe?d/", "--output", "data/feed/out"]) == 2
    err = capsys.readouterr().err
    assert "--output data/feed/out is inside --input data/fe?d/" in err, err
    assert snapshot(workdir) == before


@pytest.mark.parametrize("name", ["idx[1]", "idx*"])
def test_a_relative_index_with_glob_characters_still_deduplicates(workdir, name):
    """``--index 'idx[1]'`` given relative to the working folder: Beam lists a pattern's parent folder,
    which for a bare name is "" and lists nothing, so every later run saw an empty index, kept copies of
    indexed articles as new and added them to the index again, exit 0."""
    (workdir / "day1").mkdir()
    (workdir / "day2").mkdir()
    for seed in sorted(SEEDS.iterdir()):
        # 002 and 003 are one story: 002 is indexed on day 1, so 003 must be its duplicate on day 2.
        shutil.copy(seed, workdir / ("day1" if seed.name < "003" else "day2"))
    assert main(["--input", "day1", "--output", "out1", "--index", name]) == 0
    assert main(["--input", "day2", "--output", "out2", "--index", name]) == 0
    duplicates = table_rows(workdir / "out2", "duplicates")
    assert [Path(d["source"]).name[:3] for d in duplicates] == ["003"]


def test_a_pattern_in_the_working_folder_is_read(workdir, monkeypatch, capsys):
    """``cd feed && wirewash --input '*.txt' --output ../out``: Beam lists a pattern's parent folder, which
    for a bare pattern is "" and lists nothing, so the files were refused as "no such file or folder"."""
    monkeypatch.chdir(workdir / "feed")
    assert main(["--input", "*.txt", "--output", "../out"]) == 0, capsys.readouterr().err
    assert len(table_rows(workdir / "out", "articles")) + len(table_rows(workdir / "out", "duplicates")) == 5


def test_an_input_folder_named_with_glob_characters_is_read_as_named(workdir, capsys):
    """``--input 'feed [1]'``, an existing folder: it passed the check as existing, then was read as the
    pattern 'feed [1]/**', which matches 'feed 1/' instead: the run failed (exit 1), or, with a folder
    'feed 1' beside it, silently processed the wrong files."""
    shutil.copytree(SEEDS, workdir / "feed [1]")
    (workdir / "feed 1").mkdir()
    shutil.copy(SEEDS / "000_1f709c123fe71ed6.txt", workdir / "feed 1" / "other.txt")
    assert main(["--input", "feed [1]", "--output", "out"]) == 0, capsys.readouterr().err
    sources = [r["source"] for t in ("articles", "duplicates") for r in table_rows(workdir / "out", t)]
    assert len(sources) == 5 and all("feed [1]" in s for s in sources), sources


def test_an_unknown_runner_creates_nothing(workdir, capsys):
    """``--runner Flinck`` (a typo): Beam refuses the name only when the pipeline is built, after the run
    folder was made, so the usage error (exit 2) left ``new/.runs/`` behind: "creating nothing" broken."""
    before = snapshot(workdir)
    assert main(["--input", "feed", "--output", "new", "--runner", "Flinck"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Flinck" in err, err
    assert snapshot(workdir) == before


def test_an_index_that_lost_its_manifest_is_refused(workdir, capsys):
    """``rm idx/manifest.json`` (or a restore that missed it): the next run took the folder for a new index,
    kept copies of every indexed article as new (exit 0), and its commit wrote a manifest listing only
    itself, so every earlier run's files were never read again: the index's history was lost."""
    (workdir / "day1").mkdir()
    (workdir / "day2").mkdir()
    for seed in sorted(SEEDS.iterdir()):
        shutil.copy(seed, workdir / ("day1" if seed.name < "003" else "day2"))
    assert main(["--input", "day1", "--output", "out1", "--index", "idx"]) == 0
    (workdir / "idx" / "manifest.json").unlink()
    capsys.readouterr()
    before = snapshot(workdir)
    assert main(["--input", "day2", "--output", "out2", "--index", "idx"]) == 1
    err = capsys.readouterr().err
    assert "manifest.json" in err and "idx" in err, err
    assert snapshot(workdir) == before


def test_explain_names_a_missing_output(tmp_path, capsys):
    """``wirewash explain ID --output typo``: the answer was "ID: not found in articles, duplicates or
    rejected", telling the user the document vanished when the folder simply holds no output."""
    assert main(["explain", "0f9aa917a185dfb9", "--output", str(tmp_path / "typo")]) == 2
    out = capsys.readouterr()
    assert "not found" not in out.out and "no wirewash output" in out.err, out


def test_a_failed_run_names_the_cause_not_only_the_step(workdir, capsys):
    """An index file damaged in place (same size, so the open check passes): the one line printed was
    "run failed, output left untouched:  [while running '.../ReadRows']", the tail of Beam's message,
    with the cause (the Parquet error) cut off."""
    assert main(["--input", "feed/000_1f709c123fe71ed6.txt", "--output", "out1", "--index", "idx"]) == 0
    for part in sorted((workdir / "idx" / "bands").rglob("*.parquet")):
        data = bytearray(part.read_bytes())
        data[4:-8] = bytes(len(data) - 12)
        part.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["--input", "feed/001_8edee9ee80b183d9.txt", "--output", "out2", "--index", "idx"]) == 1
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("wirewash: run failed") and "thrift" in last, last


def test_a_truncated_manifest_is_damage_exit_1(workdir, capsys):
    """A manifest.json cut short (a full disk, a partial copy) was reported as a mistake in the command,
    exit 2: scripts that treat 2 as "fix your flags" and 1 as "the data needs attention" took the wrong
    branch, and the message never said the index was damaged."""
    assert main(["--input", "feed/000_1f709c123fe71ed6.txt", "--output", "out1", "--index", "idx"]) == 0
    manifest = workdir / "idx" / "manifest.json"
    manifest.write_bytes(manifest.read_bytes()[:40])
    capsys.readouterr()
    before = snapshot(workdir)
    assert main(["--input", "feed/001_8edee9ee80b183d9.txt", "--output", "out2", "--index", "idx"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err and "manifest.json" in err, err
    assert snapshot(workdir) == before


def test_a_kill_between_the_output_switch_and_the_index_commit_loses_nothing(workdir, monkeypatch):
    """SIGKILL after the output switched to the new run but before its manifest entry (seen in a kill loop
    at +13 ms): the articles are published but never indexed, silently, so the next day's copies of them
    are kept as new. Simulated by an exception no handler catches, raised as the manifest entry is made
    (after the staged files moved in); tests/test_index.py kills a process at every step instead."""
    from wirewash.pipeline import cli

    (workdir / "day1").mkdir()
    (workdir / "day2").mkdir()
    for seed in sorted(SEEDS.iterdir()):
        shutil.copy(seed, workdir / ("day1" if seed.name < "003" else "day2"))

    def killed(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.index_folder.index, "with_run", killed)
    assert main(["--input", "day1", "--output", "out1", "--index", "idx"]) == 130  # main's Ctrl-C exit
    monkeypatch.undo()
    monkeypatch.chdir(workdir)
    assert len(table_rows(workdir / "out1", "articles")) == 3  # published
    assert main(["--input", "day2", "--output", "out2", "--index", "idx"]) == 0
    assert [Path(d["source"]).name[:3] for d in table_rows(workdir / "out2", "duplicates")] == ["003"]
    # The second run finished the first one's commit before its own work, and counted it.
    report = json.loads((workdir / "out2" / "report.json").read_text())
    assert report["counters"]["index:pending_completed"] == 1
    assert len(json.loads((workdir / "idx" / "manifest.json").read_text())["runs"]) == 2


def test_a_run_removes_the_folders_killed_runs_left_and_only_those(workdir):
    """Each killed run left its whole ``OUTPUT/.runs/<id>/`` (a kill loop filled the disk): nothing ever
    removed them. A run now removes them first, but never a folder a live run is writing."""
    from wirewash.pipeline.output import layout

    runs = workdir / "output" / ".runs"
    killed, live = "20260101T000000Z0000dead", "20260101T000000Z00000a11"
    for run_id in (killed, live):
        shutil.copytree(next(runs.iterdir()), runs / run_id)
        (runs / run_id / layout.LIVE).write_text("{}")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys, time; f = open(sys.argv[1]); fcntl.flock(f, fcntl.LOCK_EX); "
         "print(flush=True); time.sleep(120)", str(runs / live / layout.LIVE)],
        stdout=subprocess.PIPE,
    )
    try:
        holder.stdout.readline()  # the other run's process holds its lock
        assert main(["--input", "feed", "--output", "output"]) == 0
    finally:
        holder.kill()
        holder.wait()
    report = json.loads((workdir / "output" / "report.json").read_text())
    assert report["counters"]["output:leftover_removed"] == 1
    assert sorted(p.name for p in runs.iterdir()) == sorted([live, report["run"]["id"]])


def interruptible(argv: list[str]) -> subprocess.Popen:
    """``argv`` started as a terminal starts a foreground command, with SIGINT's default action. A test run in
    the background (CI under a non-interactive shell's ``&``) has SIGINT ignored, an ignored signal stays
    ignored across exec, and Python then leaves it so: the child ran to the end with exit 0. A handler, unlike
    SIG_IGN, is reset to the default at exec."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return subprocess.Popen([sys.executable, *argv], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True)
    finally:
        signal.signal(signal.SIGINT, previous)


def test_ctrl_c_is_one_line_and_leaves_the_earlier_output(tmp_path, seed_output):
    """Ctrl-C mid-run printed a 69-line KeyboardInterrupt traceback from deep inside Beam (or bz2), with no
    word on whether the earlier output survived; interrupted just after creating its run folder, it left the
    folder for 24 h (no .live lock marked it as a dead run's)."""
    out = tmp_path / "out"
    shutil.copytree(seed_output[0], out, symlinks=True)
    before = snapshot(out)
    proc = interruptible(["-m", "pipeline", "--input", str(SEEDS), "--output", str(out)])
    try:
        # Interrupt once the run has started writing: its folder exists beside the current one.
        while len(list((out / ".runs").iterdir())) < 2 and proc.poll() is None:
            time.sleep(0.01)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last == "wirewash: interrupted; the output holds the last run that finished whole"
    assert snapshot(out) == before  # the interrupted run's folder is gone too


def test_ctrl_c_as_the_run_folder_is_made_removes_it(tmp_path, monkeypatch):
    """Under a loaded CI the Ctrl-C above landed inside Beam's mkdirs, just after the folder was made and before
    the run knew it had made it: the empty run folder stayed. Here the signal arrives at that very point."""
    made = []
    real_mkdirs = cli.FileSystems.mkdirs

    def mkdirs_then_interrupted(path):
        real_mkdirs(path)
        made.append(path)
        os.kill(os.getpid(), signal.SIGINT)
        made.append("after the signal")  # held: the interrupt is raised when the folder's creation is over

    monkeypatch.setattr(cli.FileSystems, "mkdirs", mkdirs_then_interrupted)
    out = tmp_path / "out"
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            with cli._run_folder(str(out), layout.new_run_id(), None, None):
                pytest.fail("the block ran though the run was interrupted")
    finally:
        signal.signal(signal.SIGINT, previous)
    assert made[1:] == ["after the signal"] and Path(made[0]).parent == out / layout.RUNS
    assert list((out / layout.RUNS).iterdir()) == []


def test_an_interrupt_ignored_by_the_caller_stays_ignored_while_the_folder_is_made(tmp_path):
    """A background job's SIGINT is ignored: holding it while the folder is made must not turn it into a stop."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with cli._interrupts_deferred():
            os.kill(os.getpid(), signal.SIGINT)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


@pytest.mark.parametrize("flags", [[], ["--direct_running_mode=multi_processing", "--direct_num_workers=2"]])
def test_ctrl_c_while_a_stage_runs_is_an_interruption_not_a_failure(tmp_path, seed_output, flags):
    """A newcomer's Ctrl-C 25 s into a large run: Beam re-raised the KeyboardInterrupt from inside CleanFn as a
    RuntimeError, so the run ended "run failed", exit 1, under 139 lines of traceback; with worker processes,
    exit 130 but 160 lines of the runner's and the workers' errors. The terminal's Ctrl-C goes to the whole
    process group, as here."""
    records = tmp_path / "in.jsonl"
    words = "the bank said on monday that its market share in the city rose for a third year".split()
    with records.open("w") as f:
        for i in range(6000):
            text = "\n\n".join(" ".join(words[(i + k + j) % len(words)] for j in range(45)) + "." for k in range(8))
            f.write(json.dumps({"id": str(i), "text": f"Story {i}. {text}"}) + "\n")
    out = tmp_path / "out"
    shutil.copytree(seed_output[0], out, symlinks=True)
    before = snapshot(out)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline", "--input", str(records), "--output", str(out),
                                 *flags], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                start_new_session=True)
    finally:
        signal.signal(signal.SIGINT, previous)
    try:
        seen = []
        for line in proc.stderr:  # interrupt once cleaning is under way
            seen.append(line)
            if "documents cleaned" in line:
                break
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    err = "".join(seen) + err
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1] == "wirewash: interrupted; the output holds the last run that finished whole"
    assert "run failed" not in err and "Exception in thread" not in err
    if not flags:
        assert "Traceback" not in err
    assert snapshot(out) == before


def test_a_text_of_emoji_or_symbols_alone_is_too_short():
    """A file of 900 emoji (or of "|" and "***" separators) was kept as an article: its tokens counted as
    words. Words need a letter or digit, in any script."""
    from wirewash.transforms.core.article import to_article
    from wirewash.transforms.core.cleaning import CleanConfig
    from wirewash.transforms.core.counters import dict_counter
    from wirewash.transforms.core.parse import RawDoc

    _, inc = dict_counter()
    for text in ("😀🎉🔥 👍🏽 🇬🇧 " * 300, "*** | --- | ### \n\n" * 100):
        result = to_article(RawDoc(doc_id="e", source="emoji.txt", text=text), CleanConfig(), inc)
        assert result.reason == "too_short" and result.detail.startswith("0 words"), result
    story = " ".join(f"Sentence {i} says 🎉 that the vote in Astana went well." for i in range(5))
    assert to_article(RawDoc(doc_id="s", source="s.txt", text=story), CleanConfig(), inc).text


def test_a_text_cleaned_to_too_few_words_is_rejected_with_what_each_rule_removed():
    """A new user's finding: a text rejected as too_short after cleaning did not say what the rules took, so a
    rule removing a story's words could not be told from a text that had none."""
    from wirewash.transforms.core.article import to_article
    from wirewash.transforms.core.cleaning import CleanConfig
    from wirewash.transforms.core.parse import RawDoc

    correction = ("Correction: An earlier version of this story misstated the date of the vote in the parliamentary "
                  "election, which was held on Sunday, not Saturday as reported.")
    prompt = "Sign up for our daily newsletter to get the latest news delivered to your inbox every morning."
    text = f"Turnout rose in Astana on Sunday.\n\n{correction}\n\n{prompt}"
    result = to_article(RawDoc(doc_id="c", source="c.txt", text=text, input_id="9"), CleanConfig(), lambda _: None)
    assert (result.reason, result.input_id) == ("too_short", "9")
    assert [(r.rule, r.text) for r in result.removed] == [("correction_note", correction), ("newsletter_prompt", prompt)]
    assert result.to_row()["removed"] == [{"rule": "correction_note", "text": correction},
                                          {"rule": "newsletter_prompt", "text": prompt}]
    # Counted apart from the articles' removals: the closing line said "moved to columns" of a rejected text's
    # metadata, which went to no column.
    counted: list[str] = []
    to_article(RawDoc(doc_id="c", source="c.txt", text=text), CleanConfig(), counted.append)
    assert sorted(counted) == ["clean:rejected:too_short", "clean:removed_from_rejected:correction_note",
                               "clean:removed_from_rejected:newsletter_prompt"]


def test_ctrl_c_while_importing_is_one_line_too(monkeypatch, capsys):
    """Ctrl-C in the first seconds, while Python was still importing Beam, printed a KeyboardInterrupt
    traceback from inside some library's import: the handler lived in the module being imported."""
    import types

    from wirewash.pipeline import launch

    class Interrupted(types.ModuleType):
        def __getattr__(self, name):
            raise KeyboardInterrupt

    monkeypatch.setitem(sys.modules, "wirewash.pipeline.cli", Interrupted("wirewash.pipeline.cli"))
    assert launch.main(["--input", "x", "--output", "y"]) == 130
    assert capsys.readouterr().err == launch.INTERRUPTED + "\n"


@pytest.mark.parametrize("inherited", [signal.default_int_handler, signal.SIG_IGN])
def test_the_import_time_ctrl_c_handler_is_gone_after_the_imports_and_an_ignored_sigint_stays_ignored(
        inherited, capsys):
    from wirewash.pipeline import launch

    previous = signal.signal(signal.SIGINT, inherited)
    try:
        assert launch.main(["--help"]) == 0
        assert signal.getsignal(signal.SIGINT) is inherited
    finally:
        signal.signal(signal.SIGINT, previous)
    assert "--input" in capsys.readouterr().out


@pytest.mark.parametrize("entry", [["-m", "pipeline"], ["-m", "wirewash"]])
def test_ctrl_c_in_the_first_second_of_the_command(tmp_path, entry):
    """The same through the real commands: interrupted 0.5 s in, past Python's start (tens of ms) and inside
    the imports (3.3 s on this machine), one line, exit 130, nothing created. Were the imports faster, the
    run's own handler gives the same line."""
    out = tmp_path / "out"
    proc = interruptible([*entry, "--input", str(SEEDS), "--output", str(out)])
    try:
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    line = "wirewash: interrupted; the output holds the last run that finished whole\n"
    assert (proc.returncode, err) == (130, line)
    assert not out.exists()


@pytest.mark.parametrize(
    "text, detail, at_limit",
    [
        # 2,000,001 lines took about 90 s to clean; one 5 MB line of words and brackets over 10 minutes.
        ("a\n" * 20_000, "20001 lines > max_clean_lines=20000", "a\n" * 19_999 + "a"),
        ("said ( Reuters ) -- " * 10_001, "200020 characters > max_clean_chars=200000", ("said ( Reuters ) -- " * 10_001)[:200_000]),
    ],
)
def test_a_text_too_long_to_clean_is_rejected_before_cleaning_and_counted(text, detail, at_limit):
    from wirewash.transforms.core.article import to_article
    from wirewash.transforms.core.cleaning import CleanConfig
    from wirewash.transforms.core.counters import dict_counter
    from wirewash.transforms.core.parse import RawDoc

    counts, inc = dict_counter()
    started = time.process_time()
    result = to_article(RawDoc(doc_id="l", source="long.txt", text=text, input_id="7"), CleanConfig(), inc)
    assert time.process_time() - started < 0.5
    assert (result.reason, result.detail, result.input_id) == ("too_long", detail, "7")
    assert dict(counts) == {"clean:rejected:too_long": 1}
    # At the limits the text is cleaned.
    assert getattr(to_article(RawDoc(doc_id="l", source="long.txt", text=at_limit), CleanConfig(), inc), "reason", None) != "too_long"
    assert counts["clean:rejected:too_long"] == 1


def test_the_clean_limits_are_flags(tmp_path):
    from apache_beam.options.pipeline_options import PipelineOptions

    from wirewash.pipeline.options import WirewashOptions

    configs = PipelineOptions(["--max_clean_chars", "900", "--max_clean_lines", "9"]).view_as(WirewashOptions).configs()
    assert (configs.clean.max_clean_chars, configs.clean.max_clean_lines) == (900, 9)
    with pytest.raises(ValueError, match="max_clean_lines must be >= 1"):
        PipelineOptions(["--max_clean_lines", "0"]).view_as(WirewashOptions).configs()


@pytest.mark.parametrize("index", [[], ["--index", "idx"]])
def test_a_rejected_record_never_shares_a_doc_id_with_a_kept_one_of_its_id(tmp_path, monkeypatch, index):
    """A feed giving id "x" twice, once with a null text and once with a good one (and "y" once too short
    after cleaning, once good), wrote a rejected row and a kept article under one doc_id, with no word of the
    collision: a join on doc_id or ``explain`` matched both, an index's bookkeeping by doc_id was ambiguous."""
    monkeypatch.chdir(tmp_path)
    seeds = sorted(SEEDS.iterdir())
    good = [s.read_text(encoding="utf-8") for s in seeds[:2]]
    records = [{"id": "x", "text": None}, {"id": "x", "text": good[0]},
               {"id": "y", "text": "too short"}, {"id": "y", "text": good[1]}]
    (tmp_path / "feed").mkdir()
    (tmp_path / "feed" / "f.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert main(["--input", "feed", "--output", "out", *index]) == 0
    kept, rejected = table_rows(tmp_path / "out", "articles"), table_rows(tmp_path / "out", "rejected")
    assert sorted(r["source"][-1] for r in kept) == ["2", "4"]
    assert sorted((r["source"][-1], r["reason"]) for r in rejected) == [("1", "no_text_field"), ("3", "too_short")]
    assert len({r["doc_id"] for r in kept + rejected}) == 4
    holder = {r["input_id"]: r for r in kept}
    for r in rejected:
        assert r["detail"].endswith(f"doc_id {holder[r['input_id']]['doc_id']} (id {r['input_id']!r}) is also that "
                                    f"of {holder[r['input_id']]['source']}"), r["detail"]
