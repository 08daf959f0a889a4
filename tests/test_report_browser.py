"""report.html of a real run over seeds/, loaded in headless Chromium: renders, no script errors, key figures.

Needs the ``chromium`` binary (Debian package ``chromium``, installed by .ci/run): skipped with the reason
where it is missing, a failure under CI (conftest.require_tool). Saves a screenshot to /tmp/wirewash-report.png.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import require_tool

SCREENSHOT = Path(tempfile.gettempdir()) / "wirewash-report.png"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            require_tool(CHROMIUM, "chromium (apt-get install chromium)"),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--enable-logging=stderr",
            f"--user-data-dir={tmp_path / 'profile'}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


@pytest.fixture(scope="module")
def report_page(seed_output):
    require_tool(CHROMIUM, "chromium (apt-get install chromium)")
    out, report = seed_output
    return out / "report.html", report


def test_report_renders_in_chromium_with_the_key_figures(report_page, tmp_path):
    page, report = report_page
    dom = _chromium(tmp_path, "--virtual-time-budget=2000", "--dump-dom", page.as_uri()).stdout
    assert 'data-rendered="yes"' in dom, "the load handler did not run"
    assert re.search(r'<pre id="js-errors" class="muted">\s*</pre>', dom), "script errors on the page"
    assert 'id="total-inputs"><b>5</b>inputs' in dom and 'id="total-kept"><b>4</b>kept' in dom
    assert "inputs 5 = kept 4 + duplicates 1 + rejected 0" in dom
    assert "threshold 0.3" in dom and "<title>0.45: 1</title>" in dom
    assert "bloomberg_credit" in dom and "(Bloomberg) --" in dom
    assert '<p class="same">' in dom and '<p class="diff">' in dom
    assert report["versions"]["apache-beam"] in dom


def test_report_screenshot(report_page, tmp_path):
    page, _ = report_page
    SCREENSHOT.unlink(missing_ok=True)
    _chromium(tmp_path, "--window-size=1200,3400", f"--screenshot={SCREENSHOT}", page.as_uri())
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert SCREENSHOT.stat().st_size > 50_000  # a blank page compresses to a few KB
