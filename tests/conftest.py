"""Shared fixtures: one pipeline run over seeds/ for the tests that only read its output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests try the same examples on every run ("gate"), so that a test run's verdict depends on the code
# only; an example a random search finds is added to its test as an @example. WIREWASH_HYPOTHESIS=explore
# searches with fresh random examples (and keeps failures in Hypothesis's example database).
settings.register_profile("gate", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("WIREWASH_HYPOTHESIS", "gate"))

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seed_output(tmp_path_factory) -> tuple[Path, dict]:
    """(output folder, report) of ``wirewash --input seeds/*``; tests must not modify the folder."""
    from wirewash.pipeline.cli import run

    out = tmp_path_factory.mktemp("seed_output")
    return out, run(["--input", str(SEEDS / "*"), "--output", str(out)])


def table_rows(out: Path, name: str) -> list[dict]:
    """Every row of one output table: the Parquet files of ``OUTPUT/<name>/``, in file-name order."""
    import pyarrow.parquet as pq

    files = sorted((Path(out) / name).glob("*.parquet"))
    assert files, f"no {name} files in {out}"
    return [row for f in files for row in pq.read_table(f).to_pylist()]


def chinese_reprint() -> tuple[str, str]:
    """A Chinese wire report and its reprint with five one-character-level copy edits (a word swapped for a
    synonym), the kind a clause-as-word tokeniser misses."""
    original = (
        "国家统计局今天发布数据显示，今年前三个季度国内生产总值同比增长百分之五点二，其中第三季度增长百分之四点九。"
        "统计局新闻发言人表示，国民经济持续恢复向好，生产需求稳步改善，就业物价总体稳定。"
        "分产业看，第一产业增加值同比增长百分之四，第二产业增长百分之四点四，第三产业增长百分之六。"
    )
    edited = original
    for old, new in (("今天", "今日"), ("显示", "表明"), ("稳步", "逐步"), ("总体", "整体"), ("分产业", "按产业")):
        edited = edited.replace(old, new, 1)
    return original, edited


def killed_at(step: int, action, calls_counted) -> int:
    """``action()`` in a forked child that dies, as kill -9 would (no cleanup, no finally), at its ``step``-th
    call of the filesystem functions ``calls_counted`` names ((module, name) pairs); the child's exit code: 9
    when killed, 0 when it finished first."""
    import os

    pid = os.fork()
    if pid == 0:
        calls = [0]

        def killing(real):
            def call(*args, **kwargs):
                calls[0] += 1
                if calls[0] == step:
                    os._exit(9)
                return real(*args, **kwargs)

            return call

        try:
            for module, name in calls_counted:
                setattr(module, name, killing(getattr(module, name)))
            action()
        except BaseException:
            os._exit(1)
        os._exit(0)
    code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    assert code in (0, 9)
    return code


def snapshot(folder: Path) -> dict[str, object]:
    """Every path below ``folder``: a file's bytes, a symlink's target, "dir" for a folder; to compare an
    output byte for byte before and after something that must not touch it."""
    import os

    out: dict[str, object] = {}
    for path in sorted(Path(folder).rglob("*")):
        rel = str(path.relative_to(folder))
        if path.is_symlink():
            out[rel] = ("link", os.readlink(path))
        elif path.is_dir():
            out[rel] = "dir"
        else:
            out[rel] = path.read_bytes()
    return out


def require_tool(path: str | None, what: str) -> str:
    """Skip the calling test, with the reason, when an external tool (Java, Go, Chromium, a job-server jar)
    is missing; under CI (``CI=true``) a missing tool is a failure, so CI cannot go green by skipping."""
    import os

    if path and os.path.exists(path):
        return path
    reason = f"{what} not found ({path or 'not installed'}); .ci/run installs it"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


@pytest.fixture
def outside_tmp():
    """A temporary folder outside pytest's own temp tree, removed with ``rm -rf`` afterwards.

    For trees too deep for ``shutil.rmtree`` (which recurses): left under pytest's basetemp by a killed run,
    such a tree would crash every later pytest run's clean-up of old temp folders.
    """
    import subprocess
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="wirewash-test-"))
    try:
        yield path
    finally:
        subprocess.run(["rm", "-rf", str(path)], check=False)


def pytest_make_parametrize_id(config, val, argname):
    """Binary parameters are named by their size, not their bytes: a gzip member or tar header carries the time
    it was made, so a test id built from its bytes differs between xdist workers that build it a second apart,
    and xdist then refuses the whole run ("Different tests were collected"). Short printable bytes keep pytest's
    own id, which reads better."""
    if isinstance(val, (bytes, bytearray)) and not (len(val) <= 40 and all(32 <= b < 127 for b in val)):
        return f"{argname}-{len(val)}B"
    return None
