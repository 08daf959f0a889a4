"""Offline proofs that the job runs beyond the in-process runner.

1. PortableRunner against Beam's own Python job service, with SDK workers from a separate worker pool
   (``--environment_type=EXTERNAL``): the Fn API path Flink and Spark use, with no shared memory with the
   launching process. Same Parquet rows as the local run.
2. ``DataflowRunner --dry_run=True``: the Dataflow job graph is built from the real pipeline, the package
   builds from ``--setup_file``, and every GroupByKey key coder is deterministic. Needs ``.[gcp]``; skipped
   without it.

Every subprocess runs under a timeout; a service that cannot start here skips its test with the reason.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest


ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
START_TIMEOUT_S = 30
JOB_TIMEOUT_S = 300


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, proc: subprocess.Popen, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        with socket.socket() as s:
            if s.connect_ex(("localhost", port)) == 0:
                return True
        time.sleep(0.2)
    return False


def _venv_env() -> dict[str, str]:
    # The worker pool starts SDK workers with "python" from PATH: it must be this environment's.
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture(scope="module")
def portable_services(tmp_path_factory):
    job_port, pool_port = _free_port(), _free_port()
    logs = tmp_path_factory.mktemp("portable-logs")
    procs = []
    try:
        for name, module, flag, port in (
            ("job_service", "apache_beam.runners.portability.local_job_service_main", "--port", job_port),
            ("worker_pool", "apache_beam.runners.worker.worker_pool_main", "--service_port", pool_port),
        ):
            log = open(logs / f"{name}.log", "wb")
            proc = subprocess.Popen(
                [sys.executable, "-m", module, f"{flag}={port}"], env=_venv_env(), stdout=log, stderr=log
            )
            procs.append(proc)
            if not _wait_for_port(port, proc, START_TIMEOUT_S):
                pytest.skip(f"{name} did not listen on port {port} within {START_TIMEOUT_S} s: "
                            f"{(logs / f'{name}.log').read_text(errors='replace')[-500:]}")
        yield job_port, pool_port
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _rows(out: Path) -> dict[str, list[dict]]:
    return {
        name: sorted(
            (r for f in sorted((out / name).glob("*.parquet")) for r in pq.read_table(f).to_pylist()),
            key=lambda r: r["doc_id"],
        )
        for name in ("articles", "duplicates", "rejected")
    }


def test_portable_runner_with_external_workers_matches_local(portable_services, seed_output, tmp_path):
    job_port, pool_port = portable_services
    local_out, portable_out = seed_output[0], tmp_path / "portable"
    try:
        proc = subprocess.run(
            [
                sys.executable, "-m", "pipeline", "--input", str(SEEDS / "*"), "--output", str(portable_out),
                "--runner=PortableRunner", f"--job_endpoint=localhost:{job_port}",
                "--environment_type=EXTERNAL", f"--environment_config=localhost:{pool_port}",
            ],
            cwd=ROOT, env=_venv_env(), capture_output=True, text=True, timeout=JOB_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"PortableRunner job did not finish within {JOB_TIMEOUT_S} s")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "inputs 5 = kept 4 + duplicates 1 + rejected 0" in proc.stdout
    local, portable = _rows(local_out), _rows(portable_out)
    assert (len(portable["articles"]), len(portable["duplicates"]), len(portable["rejected"])) == (4, 1, 0)
    assert portable == local


@pytest.fixture(scope="module")
def dataflow_job(tmp_path_factory):
    """The apiclient.Job of a DataflowRunner dry run of the real pipeline (built, never submitted)."""
    pytest.importorskip("google.cloud.storage", reason="needs pip install -e '.[gcp]'")
    import apache_beam as beam
    from apache_beam.options.pipeline_options import PipelineOptions

    from wirewash.pipeline.build import build
    from wirewash.pipeline.options import WirewashOptions

    out = "gs://wirewash-test/out"
    options = PipelineOptions(
        [
            "--runner=DataflowRunner", "--dry_run=True", "--project=wirewash-test", "--region=europe-west1",
            "--temp_location=gs://wirewash-test/tmp", f"--setup_file={ROOT / 'setup.py'}",
            "--input", str(SEEDS / "*"), "--output", out,
        ]
    )
    p = beam.Pipeline(options=options)
    build(p, options.view_as(WirewashOptions).configs(), f"{out}/.runs/test")
    result = p.run()
    assert result.state == "DONE"
    return result.job


def test_dataflow_dry_run_builds_the_job_and_the_package(dataflow_job):
    from apache_beam.portability import common_urns
    from apache_beam.portability.api import beam_runner_api_pb2

    proto = dataflow_job.proto_pipeline
    names = {t.unique_name for t in proto.components.transforms.values()}
    for step in ("ReadDocuments", "CleanArticles", "NearDuplicates/GroupBands", "NearDuplicates/Cluster/VerifyPairs",
                 "WriteArticles", "WriteRejected"):
        assert any(n == step or n.startswith(step + "/") for n in names), step
    # The package Dataflow would stage: an sdist built from --setup_file, holding the modules workers import.
    packages = [
        beam_runner_api_pb2.ArtifactFilePayload.FromString(dep.type_payload).path
        for env in proto.components.environments.values()
        for dep in env.dependencies
        if dep.role_urn == common_urns.artifact_roles.STAGING_TO.urn
        and beam_runner_api_pb2.ArtifactStagingToRolePayload.FromString(dep.role_payload).staged_name
        == "workflow.tar.gz"
    ]
    assert packages, "no workflow.tar.gz built from --setup_file"
    with tarfile.open(packages[0]) as tar:
        members = tar.getnames()
    for module in ("transforms/dedup.py", "transforms/core/minhash.py", "pipeline/build.py"):
        assert any(m.endswith(module) for m in members), (module, members[:20])
    assert '"type": "JOB_TYPE_BATCH"' in dataflow_job.json()


def test_dataflow_group_by_key_keys_encode_deterministically(dataflow_job):
    from apache_beam.portability import common_urns
    from apache_beam.runners import pipeline_context

    comps = dataflow_job.proto_pipeline.components
    context = pipeline_context.PipelineContext(comps)
    checked = []
    for transform in comps.transforms.values():
        if transform.spec.urn != common_urns.primitives.GROUP_BY_KEY.urn:
            continue
        (pcoll_id,) = transform.inputs.values()
        key_coder = context.coders.get_by_id(comps.pcollections[pcoll_id].coder_id).key_coder()
        assert key_coder.is_deterministic(), (transform.unique_name, key_coder)
        checked.append(transform.unique_name)
    assert any("GroupBands" in name for name in checked), checked
    assert len(checked) >= 10, checked  # ids, bands, every star round, the joins
