"""Real Beam engines beside the in-process runner: install them from their registries, find them, and fill the
flags a run on them needs.

- Prism: ``go install github.com/apache/beam/sdks/v2/go/cmd/prism@v<BEAM_VERSION>`` (Go module proxy).
- Flink: Beam's ``org.apache.beam:beam-runners-flink-<FLINK_VERSION>-job-server:<BEAM_VERSION>`` jar (Maven
  Central), whose embedded ``[local]`` Flink runs the job when no ``--flink_master`` is given.

Both are kept in step with the installed Python SDK (``BEAM_VERSION``) and cached in ``engines_dir()``
(``$WIREWASH_ENGINES``, default ``~/.cache/wirewash/engines``), so a second install is a no-op. A registry that
answers "not found" for an artifact is recorded beside it (``<artifact>.unavailable``, the client's own
error), so tests and users can tell "not served at this version" from "not installed yet".

``python -m pipeline.engines install`` installs both; ``python -m pipeline.engines status`` prints where
each engine is or why it is missing.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from apache_beam.options.pipeline_options import FlinkRunnerOptions
from apache_beam.version import __version__ as BEAM_VERSION

# The newest Flink this SDK publishes a job server for.
FLINK_VERSION = FlinkRunnerOptions.PUBLISHED_FLINK_VERSIONS[-1]
PRISM_MODULE = "github.com/apache/beam/sdks/v2/go/cmd/prism"
FLINK_ARTIFACT = f"org.apache.beam:beam-runners-flink-{FLINK_VERSION}-job-server:{BEAM_VERSION}"
# A plugin version that resolves a single artifact without a project pom.
MAVEN_DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.6.1"
# What each client prints when the registry answered that it has no such artifact (not a network failure).
NOT_SERVED = ("Could not find artifact", "was not found in", "unknown revision", "404 Not Found", "invalid version")
INSTALL_TIMEOUT_S = 1200
# Prism's experiment that stops it splitting running bundles (with_engine_flags says why).
PRISM_NO_SPLIT = "prism_disable_sdf_split"
# Runners Beam ships that cannot run this job at BEAM_VERSION, refused before any work rather than left to hang
# or write part of the output. What fails, with Beam's source lines, is in docs/engines.md ("Dask").
REFUSED_RUNNERS = {
    "dask": (
        "Beam {version}'s DaskRunner cannot run wirewash: it computes only the last branch of a pipeline "
        "(one of the three tables), gives each tagged output of a ParDo every output, drops what finish_bundle "
        "emits (file writes), has no metrics, and reads a side input by recomputing its whole upstream inside a "
        "task (the 5 seeds had not finished after 10 minutes); see docs/engines.md, Dask"
    ),
}


class EngineUnavailable(RuntimeError):
    """An engine could not be installed; the message is the client's error."""


def engines_dir() -> Path:
    return Path(os.environ.get("WIREWASH_ENGINES") or Path.home() / ".cache" / "wirewash" / "engines")


def prism_path() -> Path:
    return engines_dir() / f"prism-{BEAM_VERSION}" / "prism"


def flink_jar_path() -> Path:
    return engines_dir() / f"beam-runners-flink-{FLINK_VERSION}-job-server-{BEAM_VERSION}.jar"


def _record(target: Path) -> Path:
    return target.with_name(target.name + ".unavailable")


def unavailable_reason(target: Path) -> str | None:
    """The registry's refusal recorded by the last install of ``target``, or None."""
    record = _record(target)
    return record.read_text() if record.exists() else None


def _install(target: Path, command: list[str], env: dict[str, str], produced) -> Path:
    """Run ``command``; move ``produced()`` (the file it made) to ``target``. A "not found" answer is recorded."""
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=INSTALL_TIMEOUT_S)
    except FileNotFoundError as e:
        raise EngineUnavailable(f"{command[0]} is not installed: {e}") from e
    if proc.returncode != 0:
        # Maven's first ERROR line names the artifact and the registry's answer; the rest is boilerplate.
        lines = (proc.stdout + proc.stderr).splitlines()
        errors = "\n".join(
            [line for line in lines if line.startswith("[ERROR] Failed")][:1]
            + [line for line in lines if line.startswith("go:") and "downloading" not in line]
        ) or "\n".join(lines[-20:])
        message = f"{' '.join(command)}\nexit {proc.returncode}:\n{errors.strip()}"
        if any(marker in errors for marker in NOT_SERVED):
            _record(target).write_text(message)
        raise EngineUnavailable(message)
    shutil.move(str(produced()), target)
    _record(target).unlink(missing_ok=True)
    return target


def install_prism() -> Path:
    """Build Prism at the SDK's version into the cache; returns the binary. Raises EngineUnavailable."""
    target = prism_path()
    engines_dir().mkdir(parents=True, exist_ok=True)
    gobin = Path(tempfile.mkdtemp(dir=engines_dir()))
    env = {**os.environ, "GOBIN": str(gobin)}
    try:
        return _install(target, ["go", "install", f"{PRISM_MODULE}@v{BEAM_VERSION}"], env, lambda: gobin / "prism")
    finally:
        shutil.rmtree(gobin, ignore_errors=True)


def install_flink() -> Path:
    """Fetch the Flink job-server jar at the SDK's version into the cache. Raises EngineUnavailable."""
    target = flink_jar_path()
    out = Path(tempfile.mkdtemp())
    command = [
        "mvn", "-B", "-U", f"{MAVEN_DEPENDENCY_PLUGIN}:copy", f"-Dartifact={FLINK_ARTIFACT}", f"-DoutputDirectory={out}",
    ]
    try:
        return _install(target, command, dict(os.environ), lambda: next(out.glob("*.jar")))
    finally:
        shutil.rmtree(out, ignore_errors=True)


def _runner_name(argv: list[str]) -> str | None:
    runner = None
    for i, arg in enumerate(argv):
        if arg == "--runner" and i + 1 < len(argv):
            runner = argv[i + 1]
        elif arg.startswith("--runner="):
            runner = arg.split("=", 1)[1]
    if runner is None:
        return None
    # Beam accepts "prism", "PrismRunner" or a dotted path to the class.
    name = runner.rsplit(".", 1)[-1].lower()
    return name[: -len("runner")] if name.endswith("runner") else name


def _has_flag(argv: list[str], flag: str) -> bool:
    return any(a == flag or a.startswith(flag + "=") for a in argv)


def refused_runner(argv: list[str]) -> str | None:
    """Why the ``--runner`` in ``argv`` cannot run this job (one line), or None when nothing is known against it."""
    reason = REFUSED_RUNNERS.get(_runner_name(argv) or "")
    return reason.format(version=BEAM_VERSION) if reason else None


def with_engine_flags(argv: list[str]) -> list[str]:
    """``argv`` plus what a run on an installed engine needs and the user did not give:

    - PrismRunner: ``--prism_location`` of the installed binary (else Beam would download one), and always
      ``--experiments=prism_disable_sdf_split``: Prism (2.75) splits a slow bundle even inside one key's run of
      elements, frees that key and starts the residual at once on the state as it was before the primary, so
      the key's state updates from one of the two bundles are lost (the streaming Decide's one article in
      eight signed but never decided). The experiment turns that runner-initiated split off for every stage;
      unbounded reads still checkpoint themselves;
    - FlinkRunner: ``--flink_job_server_jar`` of the installed jar (else Beam would download one) and
      ``--environment_type=LOOPBACK`` (SDK workers in this process; Beam's default is Docker).

    An engine that is not installed adds nothing, so Beam's own behaviour and errors apply.
    """
    runner = _runner_name(argv)
    extra: list[str] = []
    if runner == "prism":
        if not _has_flag(argv, "--prism_location") and prism_path().exists():
            extra.append(f"--prism_location={prism_path()}")
        extra.append(f"--experiments={PRISM_NO_SPLIT}")
    if runner == "flink":
        if not _has_flag(argv, "--flink_job_server_jar") and flink_jar_path().exists():
            extra.append(f"--flink_job_server_jar={flink_jar_path()}")
        if not _has_flag(argv, "--environment_type"):
            extra.append("--environment_type=LOOPBACK")
    return argv + extra


def _status() -> list[tuple[str, Path, str]]:
    rows = []
    for name, target in (("prism", prism_path()), ("flink", flink_jar_path())):
        reason = unavailable_reason(target)
        state = "installed" if target.exists() else ("not served: " + reason.splitlines()[-1]) if reason else "missing"
        rows.append((name, target, state))
    return rows


def main(argv: list[str] | None = None) -> int:
    """``install`` [prism|flink ...]: install engines (default both). ``status``: where each is.

    Exit 0 when every requested engine is installed or its registry answered that it does not serve it (the
    refusal is printed and recorded); 1 on any other failure (no Go or Maven, network, build error)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["status"]:
        for name, target, state in _status():
            print(f"{name}: {target} ({state})")
        return 0
    installers = {"prism": (install_prism, prism_path), "flink": (install_flink, flink_jar_path)}
    wanted = args[1:] or list(installers)
    if args[:1] != ["install"] or not set(wanted) <= set(installers):
        print("usage: python -m pipeline.engines install [prism] [flink] | status", file=sys.stderr)
        return 2
    failed = False
    for name in wanted:
        install, target = installers[name]
        try:
            print(f"{name}: {install()}", flush=True)
        except EngineUnavailable as e:
            served = unavailable_reason(target()) is None
            failed |= served
            print(f"{name}: {'FAILED' if served else 'not served by its registry'} at Beam {BEAM_VERSION}:\n{e}",
                  file=sys.stderr, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
