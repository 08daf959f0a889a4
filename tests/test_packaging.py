"""What a newcomer's ``pip install -e .`` resolves: the HTML cleaner jusText imports, declared so that no pip
warns about or trips over lxml's extra, and the README's install lines as CI runs them."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent


def _dependencies() -> list[Requirement]:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return [Requirement(r) for r in tomllib.load(f)["project"]["dependencies"]]


def test_the_html_cleaner_is_its_own_requirement_not_an_lxml_extra():
    """jusText 3.0.2 asks for lxml[html_clean]; lxml 6 spells the extra html-clean. pip 23.2 (Python 3.11's
    venv) warns that it does not exist and installs no cleaner, and fails outright when a second spelling of the
    extra is asked for beside it: the package itself is named instead."""
    deps = {r.name.lower().replace("-", "_"): r for r in _dependencies()}
    assert "lxml_html_clean" in deps and not deps["lxml_html_clean"].extras
    assert not any(r.name.lower() == "lxml" and r.extras for r in _dependencies())
    from lxml.html.clean import Cleaner  # what jusText imports: present in the installed environment

    assert Cleaner is not None


def test_the_readme_upgrades_pip_before_installing_as_ci_does():
    readme = (ROOT / "README.md").read_text()
    installs = [line for line in readme.splitlines() if line.startswith("python3 -m venv .venv")]
    assert installs
    for line in installs:
        assert re.search(r"pip install -U pip && pip install -e ", line), line
    ci = (ROOT / ".ci" / "run").read_text()
    assert ci.index("pip install --quiet --upgrade pip") < ci.index("pip install --quiet -e")
