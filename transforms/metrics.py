"""The Beam side of ``inc`` (each counter name becomes a Beam Metrics counter in the wirewash namespace),
and progress lines for a person watching a run."""
from __future__ import annotations

import logging

import apache_beam as beam
from apache_beam.metrics import Metrics

from wirewash.transforms.core.counters import NAMESPACE

PROGRESS_LOGGER = "wirewash.progress"


def beam_inc(name: str) -> None:
    """Increment the Beam counter ``name``; passed as ``inc`` to the pure functions inside DoFns."""
    Metrics.counter(NAMESPACE, name).inc()


class ProgressDoFn(beam.DoFn):
    """A DoFn that logs ``<stage>: N <unit>`` when each bundle it processed finishes.

    Runners commit counters only when a stage ends (the local FnApiRunner only when the whole job does), so
    progress while running comes from the workers: a line per bundle, per stage. The count lives in the
    DoFn instance for one bundle, never in shared state. Subclasses call ``self.progressed()`` per element.
    """

    STAGE = ""
    UNIT = ""

    def start_bundle(self) -> None:
        self._progress = 0

    def progressed(self) -> None:
        self._progress += 1

    def finish_bundle(self) -> None:
        if self._progress:
            logging.getLogger(PROGRESS_LOGGER).info("%s: %d %s", self.STAGE, self._progress, self.UNIT)
