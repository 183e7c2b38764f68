"""Deployment files agree with the code: compose, Dockerfile, .env.example and CI script.

The files are parsed and checked against the CLI parser and the Settings aliases that the
containers will actually meet; tests/test_containers.py builds and runs them for real.
"""

from __future__ import annotations

import inspect
import json
import re
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.__main__ import build_parser
from app.compiled import PURE_ENV
from app.config import Settings
from app.worker import Worker

ROOT = Path(__file__).resolve().parent.parent
ALIASES = {field.alias for field in Settings.model_fields.values() if field.alias}


def with_defaults(text: str) -> str:
    """Compose's `${NAME:-default}` interpolation, as it reads with none of them set."""
    assert not re.search(r"\$\{\w+\}", text), "every variable in the compose file has a default"
    return re.sub(r"\$\{\w+:-([^}]*)\}", r"\1", text)


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    text = with_defaults((ROOT / "docker-compose.yml").read_text())
    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


def seconds(duration: str) -> float:
    match = re.fullmatch(r"(\d+)s", duration)
    assert match, f"{duration!r}: write compose durations in whole seconds"
    return float(match.group(1))


def worker_shutdown_grace_s() -> float:
    """How long a worker finishes its events after SIGTERM, unless configured otherwise."""
    field = Settings.model_fields.get("shutdown_grace_s")
    if field is not None:
        return float(field.default)
    default = inspect.signature(Worker).parameters["shutdown_grace_s"].default
    return float(default)


@pytest.fixture(scope="module")
def dockerfile() -> list[tuple[str, str]]:
    """The final stage's instructions as (KEYWORD, arguments), continuation lines joined."""
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    instructions = [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "")
        for line in (raw.strip() for raw in text.splitlines())
        if line and not line.startswith("#")
    ]
    last_from = max(i for i, (keyword, _) in enumerate(instructions) if keyword == "FROM")
    return instructions[last_from:]


def python_module_command(command: list[str]) -> list[str]:
    assert command[:3] == ["python", "-m", "app"], command
    return command[3:]


def test_compose_runs_redis_web_and_worker(compose: dict[str, Any]) -> None:
    assert set(compose["services"]) == {"redis", "web", "worker"}


def test_redis_persists_to_a_volume(compose: dict[str, Any]) -> None:
    redis = compose["services"]["redis"]
    assert "--appendonly" in redis["command"]
    assert redis["command"][redis["command"].index("--appendonly") + 1] == "yes"
    volumes = [v.split(":") for v in redis["volumes"]]
    assert ["redis-data", "/data"] in volumes
    assert "redis-data" in compose["volumes"]


def test_web_serves_without_a_worker_on_the_published_port(compose: dict[str, Any]) -> None:
    web = compose["services"]["web"]
    args = build_parser().parse_args(python_module_command(web["command"]))
    assert args.command == "serve"
    assert args.no_worker is True
    assert args.host == "0.0.0.0"
    published = [p.split(":") for p in web["ports"]]
    assert [str(args.port), str(args.port)] in published or ["8000", str(args.port)] in published


def test_worker_runs_the_worker_command(compose: dict[str, Any]) -> None:
    args = build_parser().parse_args(
        python_module_command(compose["services"]["worker"]["command"])
    )
    assert args.command == "worker"


def test_docker_waits_for_a_stopping_worker_a_little_longer_than_its_grace(
    compose: dict[str, Any],
) -> None:
    """Docker kills what is still running after `stop_grace_period`: a worker gets its whole
    shutdown grace to finish events in hand, plus a few seconds to close its connections."""
    grace = worker_shutdown_grace_s()
    docker_waits = seconds(compose["services"]["worker"]["stop_grace_period"])
    assert grace + 3 <= docker_waits <= grace + 20


def test_web_and_worker_run_the_same_image(compose: dict[str, Any]) -> None:
    web, worker = compose["services"]["web"], compose["services"]["worker"]
    assert web["image"] == worker["image"] == "railbot:latest"
    assert web["build"] == worker["build"] == "."


@pytest.mark.parametrize("service", ["web", "worker"])
def test_app_services_read_env_and_reach_the_redis_service(
    compose: dict[str, Any], service: str
) -> None:
    spec = compose["services"][service]
    assert spec["env_file"] in (".env", [".env"])
    environment = spec["environment"]
    assert set(environment) <= ALIASES
    assert re.fullmatch(r"redis://redis:6379(/\d+)?", environment["REDIS_URL"])
    assert "redis" in spec["depends_on"]


def test_dockerfile_is_slim_non_root_and_without_dev_dependencies(
    dockerfile: list[tuple[str, str]],
) -> None:
    whole = (ROOT / "Dockerfile").read_text()
    froms = re.findall(r"^FROM\s+(\S+)", whole, re.M)
    assert froms and all(re.match(r"python:3\.1[1-9]-slim", image) for image in froms)
    users = [argument for keyword, argument in dockerfile if keyword == "USER"]
    assert users and users[-1] not in ("root", "0")
    assert "[dev]" not in whole and "pytest" not in whole


def test_dockerfile_command_is_a_valid_serve(dockerfile: list[tuple[str, str]]) -> None:
    (command,) = [json.loads(argument) for keyword, argument in dockerfile if keyword == "CMD"]
    args = build_parser().parse_args(python_module_command(command))
    assert args.command == "serve"
    assert args.host == "0.0.0.0"
    exposed = [argument for keyword, argument in dockerfile if keyword == "EXPOSE"]
    assert exposed == [str(args.port)]


def test_dockerfile_healthcheck_asks_healthz_with_urllib(dockerfile: list[tuple[str, str]]) -> None:
    (healthcheck,) = [argument for keyword, argument in dockerfile if keyword == "HEALTHCHECK"]
    command = json.loads(healthcheck[healthcheck.index("CMD") + 3 :].strip())
    assert command[:2] == ["python", "-c"]
    assert "urllib.request" in command[2]
    assert "/healthz" in command[2]
    compile(command[2], "<healthcheck>", "exec")


def test_env_example_lists_exactly_the_settings_each_with_a_comment() -> None:
    lines = (ROOT / ".env.example").read_text().splitlines()
    names: list[str] = []
    for number, line in enumerate(lines):
        match = re.fullmatch(r"#?\s*([A-Z][A-Z0-9_]*)=.*", line)
        if match is None:
            continue
        names.append(match.group(1))
        above = lines[number - 1]
        assert above.startswith("#") and not re.fullmatch(r"#?\s*[A-Z][A-Z0-9_]*=.*", above), (
            f"{match.group(1)} has no comment above it"
        )
    assert sorted(names) == sorted(ALIASES)
    assert len(names) == len(set(names))


def test_env_example_also_names_what_is_read_from_the_environment_only() -> None:
    example = (ROOT / ".env.example").read_text()
    assert PURE_ENV in example  # read by app/compiled.py before any settings
    for name in re.findall(r"\$\{(\w+):-", (ROOT / "docker-compose.yml").read_text()):
        assert name in example, f"{name} (read by docker-compose.yml) is not in .env.example"


def test_env_example_as_a_dotenv_file_is_valid_settings(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    uncommented = [
        line.lstrip("# ")
        for line in (ROOT / ".env.example").read_text().splitlines()
        if re.fullmatch(r"#\s*[A-Z][A-Z0-9_]*=.+", line)
    ]
    env_file.write_text("\n".join(uncommented) + "\n")
    Settings(_env_file=env_file)  # type: ignore[call-arg]


def test_ci_script_is_a_thin_call_of_make_test() -> None:
    script = ROOT / ".ci" / "run"
    assert script.stat().st_mode & 0o111
    subprocess.run(["bash", "-n", str(script)], check=True)
    commands = [
        line
        for line in script.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert shlex.split(commands[-1]) == ["exec", "make", "test"]
    assert len(commands) <= 3
