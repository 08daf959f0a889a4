"""Package layout for pip and for Beam's --setup_file (Dataflow, Flink, Spark workers build the package with
it); pyproject.toml holds the rest of the metadata.

The project keeps ``pipeline/`` and ``transforms/`` at the top of the checkout but installs them as
``wirewash.pipeline`` and ``wirewash.transforms``: top-level modules named ``pipeline`` and ``transforms`` would
shadow, or be shadowed by, any other installed project's.
"""
from setuptools import find_packages, setup

FOLDERS = ("pipeline", "transforms")

setup(
    packages=["wirewash"] + [f"wirewash.{p}" for p in find_packages(include=[f"{f}*" for f in FOLDERS])],
    package_dir={"wirewash": "wirewash", **{f"wirewash.{f}": f for f in FOLDERS}},
)
