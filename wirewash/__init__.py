"""wirewash: clean news articles and drop their near-duplicates, as an Apache Beam pipeline.

The distribution installs the checkout's ``pipeline/`` and ``transforms/`` folders as ``wirewash.pipeline`` and
``wirewash.transforms`` (setup.py maps them), so no other project's ``pipeline`` or ``transforms`` module is
shadowed. Entry points: the ``wirewash`` command, ``python -m wirewash``, and from a checkout ``python -m pipeline``.
"""
