"""The Beam side of ``inc``: each counter name becomes a Beam Metrics counter in the wirewash namespace."""
from __future__ import annotations

from apache_beam.metrics import Metrics

from transforms.core.counters import NAMESPACE


def beam_inc(name: str) -> None:
    """Increment the Beam counter ``name``; passed as ``inc`` to the pure functions inside DoFns."""
    Metrics.counter(NAMESPACE, name).inc()
