"""wirewash.transforms.core is pure Python: importing every module in it must not import Apache Beam."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CODE = """
import importlib, json, pkgutil, sys
import wirewash.transforms.core as core
names = sorted(m.name for m in pkgutil.walk_packages(core.__path__, core.__name__ + "."))
for name in names:
    importlib.import_module(name)
print(json.dumps({"modules": names, "beam": sorted(m for m in sys.modules if m.split(".")[0] == "apache_beam")}))
"""


def test_core_modules_do_not_import_beam():
    proc = subprocess.run([sys.executable, "-c", CODE], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    # Discovery found the package's modules (so an empty list cannot pass vacuously).
    assert {"wirewash.transforms.core.parse", "wirewash.transforms.core.minhash", "wirewash.transforms.core.clusters", "wirewash.transforms.core.verify"} <= set(
        result["modules"]
    )
    assert result["beam"] == [], f"apache_beam imported by transforms.core: {result['beam'][:5]}"


def test_the_check_would_see_beam():
    code = "import sys, wirewash.transforms.metrics; print('apache_beam' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "True"
