"""Shared fixtures: one pipeline run over seeds/ for the tests that only read its output."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seed_output(tmp_path_factory) -> tuple[Path, dict]:
    """(output folder, report) of ``wirewash --input seeds/*``; tests must not modify the folder."""
    from pipeline.cli import run

    out = tmp_path_factory.mktemp("seed_output")
    return out, run(["--input", str(SEEDS / "*"), "--output", str(out)])
