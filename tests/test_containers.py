"""The Dockerfile and docker-compose.yml, built and run for real.

The image installs exactly the locked versions and runs as a non-root user; compose brings up
Redis, the web service and two workers, a signed webhook sent to the published port is answered
by a worker through a Send API on this machine (FB_GRAPH_URL points at it), the published port
answers the GET handshake, /healthz and /readyz and keeps /metrics and /chat off, the stack stops
within its grace period with every process exiting cleanly, and `down -v` leaves no container,
network or volume behind (the image layers stay cached for the next run).

Needs a Docker engine with Compose (v2 `docker compose` or v1 `docker-compose`) and the base
images; `make test` provides them (tools/provision.sh). Select these tests with `-m container`,
leave them out with `-m "not container"` (`make test CONTAINERS=0`).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import yaml
from packaging.markers import Marker

from tests.support.graph_server import GraphServer
from tests.support.messenger import (
    APP_SECRET,
    PAGE_TOKEN,
    VERIFY_TOKEN,
    message_body,
    signed_headers,
)
from tools.lock import RUNTIME_LOCK, normalise, pins

pytestmark = [pytest.mark.container, pytest.mark.slow, pytest.mark.timeout(1800)]

ROOT = Path(__file__).resolve().parent.parent
COMPOSE_FILE = ROOT / "docker-compose.yml"
# The build compiles language understanding (tools/compile.py): from nothing, with apt and mypyc,
# it took 14.5 minutes on a 2-core machine at load averages of 15 to 20. Its layers are cached
# for the next build.
BUILD_TIMEOUT_S = 1500
START_TIMEOUT_S = 90
ANSWER_TIMEOUT_S = 60

# What the image reports about itself: the marker environment (PEP 508) and every installed
# distribution with its version.
INSPECT_IMAGE = """
import importlib.metadata as metadata, json, os, platform, sys
info = sys.implementation.version
version = f"{info.major}.{info.minor}.{info.micro}"
if info.releaselevel != "final":
    version += info.releaselevel[0] + str(info.serial)
environment = {
    "implementation_name": sys.implementation.name,
    "implementation_version": version,
    "os_name": os.name,
    "platform_machine": platform.machine(),
    "platform_release": platform.release(),
    "platform_system": platform.system(),
    "platform_version": platform.version(),
    "python_full_version": platform.python_version(),
    "platform_python_implementation": platform.python_implementation(),
    "python_version": ".".join(platform.python_version_tuple()[:2]),
    "sys_platform": sys.platform,
}
installed = {d.metadata["Name"]: d.version for d in metadata.distributions()}
print(json.dumps({"environment": environment, "installed": installed, "uid": os.getuid()}))
"""


def run(command: list[str], *, timeout: float = 120, **kwargs: object) -> str:
    """Run a command; its stdout. A failure shows the command's output."""
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, **kwargs)
    if result.returncode != 0:
        pytest.fail(
            f"{' '.join(command)} exited {result.returncode}:\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
    return result.stdout


def compose_program() -> list[str]:
    """Compose v2 (`docker compose`) when the engine has it, else Compose v1 (`docker-compose`)."""
    v2 = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)
    if v2.returncode == 0:
        return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    pytest.fail("Compose is missing: install docker compose (v2) or docker-compose (v1)")


@pytest.fixture(scope="module")
def engine() -> None:
    if shutil.which("docker") is None or (
        subprocess.run(["docker", "info"], capture_output=True, check=False).returncode != 0
    ):
        pytest.fail(
            "no Docker engine answers (`docker info`): `make test` starts one where it can "
            "(tools/provision.sh); or leave these tests out with -m 'not container'"
        )


@pytest.fixture(scope="module")
def image(engine: None) -> Iterator[str]:
    """The project's image, built from the Dockerfile under a tag of this run. The build uses
    the host's network, so that it works where container networks reach nothing outside."""
    tag = f"railbot:test-{secrets.token_hex(4)}"
    run(["docker", "build", "--network", "host", "-t", tag, str(ROOT)], timeout=BUILD_TIMEOUT_S)
    try:
        yield tag
    finally:
        # The tag goes; its layers stay as the cache of the next build.
        subprocess.run(["docker", "rmi", "--no-prune", tag], capture_output=True, check=False)


def test_the_image_installs_exactly_the_locked_versions(image: str) -> None:
    report = json.loads(run(["docker", "run", "--rm", "--network", "none", image, "python", "-c",
                             INSPECT_IMAGE]))  # fmt: skip
    installed = {normalise(name): version for name, version in report["installed"].items()}
    locked = pins(RUNTIME_LOCK)
    wanted = {
        name: pin.version
        for name, pin in locked.items()
        if pin.marker is None or Marker(pin.marker).evaluate(report["environment"])
    }
    assert installed.pop("railbot") == "0.1.0"
    installed.pop("pip")  # the installer, which comes with the virtual environment
    assert installed == wanted
    assert report["uid"] != 0


@dataclass
class Stack:
    """A compose project of this test run: its command line and the web service's address."""

    command: list[str]
    env: dict[str, str]
    project: str
    url: str

    def compose(self, *args: str, timeout: float = 180) -> str:
        return run([*self.command, *args], env=self.env, timeout=timeout)

    def containers(self, service: str | None = None) -> list[str]:
        args = ["ps", "-q", *([service] if service else [])]
        return self.compose(*args).split()

    def inspect(self, container: str) -> dict[str, object]:
        loaded: list[dict[str, object]] = json.loads(run(["docker", "inspect", container]))
        return loaded[0]


def host_gateway(image: str) -> str:
    """The address containers reach this machine at as `host-gateway`."""
    script = "import socket; print(socket.gethostbyname('probe'))"
    return run(["docker", "run", "--rm", "--network", "none", "--add-host",
                "probe:host-gateway", image, "python", "-c", script]).strip()  # fmt: skip


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def bindable(address: str) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind((address, 0))
        except OSError:
            return False
    return True


@pytest.fixture
def graph(image: str) -> Iterator[GraphServer]:
    """A Send API on this machine, listening where the containers reach it."""
    gateway = host_gateway(image)
    with GraphServer(host=gateway if bindable(gateway) else "127.0.0.1") as server:
        yield server


@pytest.fixture
def stack(image: str, graph: GraphServer, tmp_path: Path) -> Iterator[Stack]:
    """docker-compose.yml as an operator runs it, with a Page's settings in its env file and the
    web port published on a free loopback port; always taken down (volumes too) afterwards."""
    env_file = tmp_path / "railbot.env"
    env_file.write_text(
        f"FB_APP_SECRET={APP_SECRET}\n"
        f"FB_VERIFY_TOKEN={VERIFY_TOKEN}\n"
        f"FB_PAGE_ACCESS_TOKEN={PAGE_TOKEN}\n"
        f"FB_GRAPH_URL=http://host.docker.internal:{graph.port}/v25.0\n"
    )
    # Only what a test needs beyond the operator's file: a name for the Send API's host.
    reach_host = {"extra_hosts": ["host.docker.internal:host-gateway"]}
    override = tmp_path / "compose.test.yml"
    override.write_text(yaml.safe_dump({"services": {"web": reach_host, "worker": reach_host}}))
    port = free_port()
    project = f"railbottest{secrets.token_hex(4)}"
    env = {
        **os.environ,
        "RAILBOT_IMAGE": image,
        "RAILBOT_ENV_FILE": str(env_file),
        "RAILBOT_PUBLISH": f"127.0.0.1:{port}",
    }
    command = [*compose_program(), "--project-name", project, "--project-directory", str(ROOT),
               "-f", str(COMPOSE_FILE), "-f", str(override)]  # fmt: skip
    stack = Stack(command, env, project, f"http://127.0.0.1:{port}")
    try:
        yield stack
    finally:
        subprocess.run(
            [*command, "down", "--volumes", "--remove-orphans", "--timeout", "5"],
            env=env,
            capture_output=True,
            timeout=180,
            check=False,
        )


def wait_until_healthy(stack: Stack, service: str) -> None:
    """Until every container of `service` passes its health check."""
    deadline = time.monotonic() + START_TIMEOUT_S
    for container in stack.containers(service):
        while True:
            state = stack.inspect(container)["State"]
            assert isinstance(state, dict)
            if state.get("Health", {}).get("Status") == "healthy":
                break
            if not state.get("Running") or time.monotonic() > deadline:
                logs = stack.compose("logs", "--no-color", "--tail", "50")
                pytest.fail(f"{service} did not become healthy: {state}\n{logs}")
            time.sleep(1)


def wait_for_answer(graph: GraphServer, user: str, stack: Stack) -> list[dict[str, object]]:
    deadline = time.monotonic() + ANSWER_TIMEOUT_S
    while True:
        answers = [m for m in graph.messages if m["recipient"]["id"] == user]
        if answers:
            return answers
        if time.monotonic() > deadline:
            logs = stack.compose("logs", "--no-color", "--tail", "50")
            pytest.fail(f"no answer reached the Send API within {ANSWER_TIMEOUT_S} s:\n{logs}")
        time.sleep(0.2)


def leftovers(project: str) -> dict[str, list[str]]:
    label = f"label=com.docker.compose.project={project}"
    return {
        kind: run(["docker", *command, "--filter", label]).split()
        for kind, command in {
            "containers": ["ps", "-a", "-q"],
            "networks": ["network", "ls", "-q"],
            "volumes": ["volume", "ls", "-q"],
        }.items()
    }


def stop_grace_s(service: str) -> float:
    spec = yaml.safe_load(COMPOSE_FILE.read_text())["services"][service]
    return float(str(spec.get("stop_grace_period", "10s")).removesuffix("s"))


def test_compose_answers_a_signed_webhook_with_two_workers_and_stops_cleanly(
    stack: Stack, graph: GraphServer
) -> None:
    stack.compose("up", "-d", "--no-build", "--scale", "worker=2", timeout=300)
    assert len(stack.containers("worker")) == 2
    wait_until_healthy(stack, "web")
    wait_until_healthy(stack, "worker")  # each worker's check: it runs and reaches Redis

    user = f"psid-{secrets.token_hex(4)}"
    body = message_body(user, f"mid.{secrets.token_hex(6)}", "NDLS")
    response = httpx.post(f"{stack.url}/webhook", content=body, headers=signed_headers(body))
    assert response.status_code == 200
    unsigned = httpx.post(f"{stack.url}/webhook", content=body, headers={"X-Hub-Signature-256": ""})
    assert unsigned.status_code in (401, 403)

    # The rest of what the contract promises on the published port: the GET handshake, liveness,
    # readiness (Redis reached), and, facing the internet, no metrics or chat page unless asked.
    handshake = {"hub.mode": "subscribe", "hub.challenge": "1158201444"}
    verified = httpx.get(
        f"{stack.url}/webhook", params={**handshake, "hub.verify_token": VERIFY_TOKEN}
    )
    assert (verified.status_code, verified.text) == (200, "1158201444")
    assert httpx.get(f"{stack.url}/healthz").status_code == 200
    ready = httpx.get(f"{stack.url}/readyz")
    assert ready.status_code == 200 and ready.json()["checks"]["redis"] == "ok", ready.text
    assert httpx.get(f"{stack.url}/metrics").status_code == 404
    assert httpx.get(f"{stack.url}/chat").status_code == 404

    answers = wait_for_answer(graph, user, stack)
    text = " ".join(str(a["message"]) for a in answers)  # type: ignore[index]
    assert "New Delhi" in text
    # A configured Page never hears from the sample railway.
    assert "sample" not in text.lower()
    # The web service runs without a worker: the answer came from one of the two workers.
    web_logs = stack.compose("logs", "--no-color", "web")
    assert "Traceback" not in web_logs

    started = time.monotonic()
    stack.compose("stop", timeout=120)
    took = time.monotonic() - started
    assert took < min(stop_grace_s("web"), stop_grace_s("worker")), took
    for container in stack.compose("ps", "-a", "-q").split():
        state = stack.inspect(container)["State"]
        assert isinstance(state, dict)
        assert state["ExitCode"] == 0 and not state["OOMKilled"], (container, state)

    stack.compose("down", "--volumes", "--remove-orphans")
    assert leftovers(stack.project) == {"containers": [], "networks": [], "volumes": []}
