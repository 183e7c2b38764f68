"""The plumbing for benchmarks that run real processes: free ports, child environments, pinning
to cores, start, readiness and stop."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/1"
# Every variable app.config.Settings reads: a child process gets only the values we give it.
_SETTINGS_PREFIXES = ("FB_", "RAILWAY_", "RAILBOT_", "REDIS_", "LOG_LEVEL")


def default_redis_url() -> str:
    return os.environ.get("REDIS_URL", DEFAULT_REDIS_URL)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def child_env(values: Mapping[str, str]) -> dict[str, str]:
    """This environment without any RailBot setting, plus `values`; this checkout importable.

    Children also run in a scratch directory, so that no `.env` file adds settings either.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(_SETTINGS_PREFIXES)}
    path = env.get("PYTHONPATH")
    env["PYTHONPATH"] = f"{ROOT}{os.pathsep}{path}" if path else str(ROOT)
    env.update(values)
    return env


def pinned(cores: str | None, command: Sequence[str]) -> list[str]:
    """`command`, under `taskset -c cores` when cores are given."""
    return ["taskset", "-c", cores, *command] if cores else list(command)


def two_cores() -> tuple[str, str] | tuple[None, None]:
    """Cores 0 and 1 when this process may use both (and taskset exists), else no pinning."""
    if shutil.which("taskset") and {0, 1} <= os.sched_getaffinity(0):
        return "0", "1"
    return None, None


def pin_self(core: str | None) -> None:
    """Keep this process on `core` (a load generator beside the servers it measures)."""
    if core is not None:
        os.sched_setaffinity(0, {int(core)})


def python(*args: str) -> list[str]:
    return [sys.executable, *args]


def start(
    command: Sequence[str], env: Mapping[str, str], cwd: Path, log: Path | None = None
) -> subprocess.Popen[bytes]:
    """A child process; its output goes to `log` (or nowhere)."""
    out = log.open("ab") if log is not None else subprocess.DEVNULL
    try:
        return subprocess.Popen(list(command), cwd=cwd, env=dict(env), stdout=out, stderr=out)
    finally:
        if log is not None and not isinstance(out, int):
            out.close()


def stop(process: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    """SIGTERM, and SIGKILL if it has not exited within `timeout`."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def wait_ready(
    port: int,
    path: str,
    timeout: float = 30.0,
    process: subprocess.Popen[bytes] | None = None,
) -> None:
    """Until an HTTP server on `port` answers `path` (any status); fails early if `process` died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server for port {port} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=1):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server on port {port} did not start within {timeout:.0f} s")


def tail(path: Path, lines: int = 20) -> str:
    """The last lines of a log file, to explain a failure."""
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""
