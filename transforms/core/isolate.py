"""Run a function in a long-lived child process, so that a call that hangs can be abandoned.

trafilatura and lxml cannot be interrupted, a thread cannot be killed, and ``signal.alarm`` works only in the
main thread (Beam runs DoFns in worker threads): a time limit on them needs a process to kill. One child serves
many calls, so the cost of starting it (and of importing trafilatura in it) is paid once, not per document.
"""
from __future__ import annotations

import importlib
import os
import subprocess
import sys
from multiprocessing.connection import Connection
from typing import Callable, Generic, TypeVar

A = TypeVar("A")
R = TypeVar("R")


class CallTimeout(TimeoutError):
    """The call did not return within the time limit; the child was killed."""


class ChildError(RuntimeError):
    """The call raised in the child (message: the exception's type and text), or the child died."""


def _serve(func: Callable, requests: Connection, replies: Connection) -> None:
    while True:
        try:
            arg = requests.recv()
        except EOFError:
            return
        try:
            reply = (True, func(arg))
        except BaseException as e:  # noqa: BLE001 - every failure goes back to the parent as text
            reply = (False, f"{type(e).__name__}: {e}"[:500])
        replies.send(reply)


class IsolatedCall(Generic[A, R]):
    """``func(arg)`` in a child process with a time limit per call.

    ``func`` must be a module-level function: the child is a fresh ``python -m transforms.core.isolate``
    that imports it by name. (multiprocessing's "spawn" would re-run the caller's unguarded ``__main__``, and
    "fork" of a process running gRPC and Beam threads can deadlock.) On a timeout the child is killed and
    ``CallTimeout`` raised; the next call starts a fresh child. Not thread-safe: one per DoFn instance.
    """

    def __init__(self, func: Callable[[A], R], timeout_s: float) -> None:
        if not timeout_s > 0:
            raise ValueError(f"timeout_s must be positive, got {timeout_s}")
        self._target = f"{func.__module__}:{func.__qualname__}"
        self._timeout_s = timeout_s
        self._proc: subprocess.Popen | None = None
        self._requests: Connection | None = None
        self._replies: Connection | None = None
        self.starts = 0

    def start(self) -> None:
        if self._proc is not None:
            return
        # The child must import what the parent can, including paths added at run time (tests, notebooks).
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "wirewash.transforms.core.isolate", self._target],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._requests = Connection(os.dup(self._proc.stdin.fileno()), readable=False)
        self._replies = Connection(os.dup(self._proc.stdout.fileno()), writable=False)
        self._proc.stdin.close()
        self._proc.stdout.close()
        self.starts += 1

    def __call__(self, arg: A) -> R:
        self.start()
        assert self._requests is not None and self._replies is not None
        try:
            self._requests.send(arg)
            answered = self._replies.poll(self._timeout_s)
            if answered:
                ok, value = self._replies.recv()
        except (EOFError, OSError) as e:
            self.close()
            raise ChildError(f"child process died: {type(e).__name__}") from None
        if not answered:
            self.close()
            raise CallTimeout(f"no result within {self._timeout_s} s; the child process was killed")
        if not ok:
            raise ChildError(value)
        return value

    def close(self) -> None:
        """Kill the child (if any); safe to call twice."""
        if self._proc is None:
            return
        assert self._requests is not None and self._replies is not None
        self._requests.close()
        self._replies.close()
        self._proc.kill()
        self._proc.wait(timeout=10)
        self._proc = None
        self._requests = None
        self._replies = None


def _child_main(target: str) -> None:
    module, _, name = target.partition(":")
    func = getattr(importlib.import_module(module), name)
    replies = Connection(os.dup(1), readable=False)
    # Anything the function prints goes to stderr, not into the reply channel.
    os.dup2(2, 1)
    _serve(func, Connection(0, writable=False), replies)


if __name__ == "__main__":
    _child_main(sys.argv[1])
