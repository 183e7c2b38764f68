"""What the benchmarks ran on: CPU, memory, software versions, load, and the code's commit."""

from __future__ import annotations

import os
import platform
import subprocess
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit

import redis

from bench.processes import ROOT

PACKAGES = ("uvicorn", "uvloop", "httptools", "redis", "hiredis", "httpx", "fastapi", "pydantic")


@dataclass
class Machine:
    cpu: str
    cores: int
    usable_cores: int
    memory_gib: float
    system: str
    python: str
    packages: dict[str, str]
    redis_server: str
    redis_url: str
    load_start: tuple[float, float, float]
    commit: str
    load_end: tuple[float, float, float] | None = None
    tools: dict[str, str] = field(default_factory=dict)


def describe(redis_url: str) -> Machine:
    """This machine, now (the load average is the one before any benchmark runs)."""
    return Machine(
        cpu=cpu_model(),
        cores=os.cpu_count() or 0,
        usable_cores=len(os.sched_getaffinity(0)),
        memory_gib=memory_gib(),
        system=f"{platform.system()} {platform.release()} {platform.machine()}",
        python=platform.python_version(),
        packages={name: _version(name) for name in PACKAGES},
        redis_server=redis_version(redis_url),
        redis_url=without_password(redis_url),
        load_start=os.getloadavg(),
        commit=commit(),
        tools={"wrk": _tool_version(["wrk", "-v"])},
    )


def cpu_model(cpuinfo: Path = Path("/proc/cpuinfo")) -> str:
    try:
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_gib(meminfo: Path = Path("/proc/meminfo")) -> float:
    try:
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return 0.0


def redis_version(redis_url: str) -> str:
    try:
        client = redis.Redis.from_url(redis_url, socket_connect_timeout=2)
        try:
            return str(client.info("server")["redis_version"])
        finally:
            client.close()
    except (redis.RedisError, OSError) as exc:
        return f"unreachable ({type(exc).__name__})"


def without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return parts._replace(netloc=f"{parts.username or ''}:***@{host}{port}").geturl()


def commit() -> str:
    """The checked-out commit, and whether the tree has changes (without touching the index)."""
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        changes = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return f"{head} (with uncommitted changes)" if changes else head


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _tool_version(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return "not installed"
    text = (done.stdout + done.stderr).strip().splitlines()
    return text[0] if text else "unknown"
