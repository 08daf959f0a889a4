"""Shim for Beam's --setup_file (Dataflow, Flink, Spark workers build the package with it); pyproject.toml
holds the metadata."""
from setuptools import setup

setup()
