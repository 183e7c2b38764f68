"""The operating contract: the names deployment tooling, the docs and acceptance checks depend on.

Every command of `python -m app` (also installed as `railbot`) parses with the flags the contract
gives it, every environment variable it names is read by Settings with the documented default,
every route answers as documented, the README names each of them, and `make run`, `make test`
and `make install` are wired as the contract says. The names are written out here on purpose:
renaming one in the code fails this file, which is the point.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.__main__ import build_parser
from app.config import Settings, load_settings
from app.messenger.webhook import MAX_BODY_BYTES
from tests.support.messenger import (
    APP_SECRET,
    VERIFY_TOKEN,
    make_settings,
    message_body,
    running_app,
    signed_headers,
)

ROOT = Path(__file__).resolve().parent.parent

# `python -m app <command>`, each with every flag the contract gives it.
COMMANDS = [
    ["serve"],
    ["serve", "--host", "0.0.0.0", "--port", "8080", "--no-worker"],
    ["worker"],
    ["worker", "--concurrency", "4"],
    ["shell"],
    ["parse"],
    ["parse", "--today", "2026-12-06"],
    ["data", "import"],
    ["data", "import", "--stations", "s.json", "--trains", "t.json", "--schedules", "sc.json"],
    ["data", "fetch"],
    ["data", "stations"],
    ["profile", "setup"],
]

# The contract's environment table: each variable, a value to set, and the setting it becomes.
ENVIRONMENT: list[tuple[str, str, str, object]] = [
    ("FB_APP_SECRET", "s3cret", "fb_app_secret", "s3cret"),
    ("FB_VERIFY_TOKEN", "v3rify", "fb_verify_token", "v3rify"),
    ("FB_PAGE_ACCESS_TOKEN", "EAAtoken", "fb_page_access_token", "EAAtoken"),
    ("FB_GRAPH_URL", "http://graph.local/v25.0/", "fb_graph_url", "http://graph.local/v25.0"),
    ("RAILWAY_PROVIDER", "railradar,irctc1", "railway_provider", "railradar,irctc1"),
    ("RAILWAY_API_URL", "http://rail.local/v1", "railway_api_url", "http://rail.local/v1"),
    ("RAILWAY_API_KEY", "k3y", "railway_api_key", "k3y"),
    ("RAILWAY_MAX_CALLS_PER_MINUTE", "5", "railway_max_calls_per_minute", 5),
    ("RAILWAY_MAX_CALLS_PER_MONTH", "500", "railway_max_calls_per_month", 500),
    ("REDIS_URL", "redis://redis:6379/4", "redis_url", "redis://redis:6379/4"),
    ("REDIS_SENTINELS", "s0:26379,s1:26379", "redis_sentinels", "s0:26379,s1:26379"),
    ("REDIS_SENTINEL_MASTER", "mymaster", "redis_sentinel_master", "mymaster"),
    ("RAILBOT_MIN_REPLICAS", "2", "min_replicas", 2),
    ("RAILBOT_SHUTDOWN_GRACE", "25", "shutdown_grace_s", 25.0),
    ("RAILBOT_DATA_DIR", "/srv/railbot", "data_dir", Path("/srv/railbot")),
    ("RAILBOT_TZ", "UTC", "timezone", "UTC"),
    ("LOG_LEVEL", "debug", "log_level", "DEBUG"),
]
CONTRACT_VARIABLES = [name for name, *_ in ENVIRONMENT]


@pytest.fixture
def bare_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No RailBot variable set and no `.env` to read, as on a fresh machine."""
    monkeypatch.chdir(tmp_path)
    for field in Settings.model_fields.values():
        if field.alias:
            monkeypatch.delenv(field.alias, raising=False)
    yield


def plain(value: Any) -> Any:
    return value.get_secret_value() if hasattr(value, "get_secret_value") else value


# --- commands ---------------------------------------------------------------------------------


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_each_command_of_the_contract_parses(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert args.command == argv[0]


def test_the_command_flags_mean_what_the_contract_says() -> None:
    parser = build_parser()
    serve = parser.parse_args(["serve", "--host", "0.0.0.0", "--port", "8080", "--no-worker"])
    assert (serve.host, serve.port, serve.no_worker) == ("0.0.0.0", 8080, True)
    local = parser.parse_args(["serve"])
    assert (local.host, local.port, local.no_worker) == ("127.0.0.1", 8000, False)
    assert parser.parse_args(["worker", "--concurrency", "4"]).concurrency == 4
    assert str(parser.parse_args(["parse", "--today", "2026-12-06"]).today) == "2026-12-06"
    imported = parser.parse_args(
        ["data", "import", "--stations", "s", "--trains", "t", "--schedules", "sc"]
    )
    assert (imported.stations, imported.trains, imported.schedules) == ("s", "t", "sc")


def test_the_cli_is_also_installed_as_railbot() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["scripts"]["railbot"] == "app.__main__:main"


# --- environment ------------------------------------------------------------------------------


def test_settings_read_every_variable_of_the_contract() -> None:
    aliases = {field.alias for field in Settings.model_fields.values()}
    assert set(CONTRACT_VARIABLES) <= aliases


def test_env_example_explains_every_variable_of_the_contract() -> None:
    example = (ROOT / ".env.example").read_text()
    for name in CONTRACT_VARIABLES:
        assert re.search(rf"^# {name}=", example, re.M), name


@pytest.mark.parametrize(
    ("name", "value", "field", "expected"), ENVIRONMENT, ids=CONTRACT_VARIABLES
)
def test_each_variable_is_read_from_the_environment(
    bare_environment: None,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    value: str,
    field: str,
    expected: object,
) -> None:
    monkeypatch.setenv(name, value)
    assert plain(getattr(load_settings(), field)) == expected


def test_the_defaults_are_the_contracts(bare_environment: None) -> None:
    settings = load_settings()
    assert settings.fb_app_secret is None and settings.fb_verify_token is None
    assert settings.fb_page_access_token is None
    assert settings.fb_graph_url == "https://graph.facebook.com/v25.0"
    assert settings.providers == ("sample",)  # a local run without a key or a Page token
    assert settings.railway_api_key is None
    assert not settings.uses_redis  # unset → in-memory
    assert settings.redis_sentinel_master == "railbot"
    assert settings.replicas_required == 0
    assert settings.shutdown_grace_s == 10
    assert settings.data_dir == Path("./data")
    assert settings.timezone == "Asia/Kolkata"
    assert settings.log_level == "INFO"


def test_the_provider_defaults_are_the_contracts(
    bare_environment: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FB_PAGE_ACCESS_TOKEN", "EAAtoken")
    assert load_settings().providers == ("offline",)  # a Page never answers from samples
    monkeypatch.setenv("RAILWAY_API_KEY", "k3y")
    railradar = load_settings()
    assert railradar.providers == ("railradar",)  # a key alone selects RailRadar
    budget = railradar.provider_settings("railradar")
    assert budget.url == "https://api.railradar.in/v1"
    assert (budget.per_minute, budget.per_month) == (10, 1000)
    monkeypatch.setenv("RAILWAY_PROVIDER", "irctc1")
    other = load_settings().provider_settings("irctc1")
    assert (other.per_minute, other.per_month) == (None, None)  # unlimited otherwise
    monkeypatch.setenv("REDIS_SENTINELS", "s0:26379")
    assert load_settings().replicas_required == 1  # 1 under Sentinel


# --- HTTP -------------------------------------------------------------------------------------


async def test_each_route_of_the_contract_answers_as_documented() -> None:
    body = message_body("7009000000000001", "m_contract_1", "NDLS")
    async with running_app(make_settings(None), run_worker=False) as (_, client):
        handshake = {"hub.mode": "subscribe", "hub.challenge": "1158201444"}
        good = await client.get("/webhook", params={**handshake, "hub.verify_token": VERIFY_TOKEN})
        assert (good.status_code, good.text) == (200, "1158201444")
        bad = await client.get("/webhook", params={**handshake, "hub.verify_token": "nope"})
        assert bad.status_code == 403

        assert (
            await client.post("/webhook", content=body, headers=signed_headers(body))
        ).status_code == 200
        wrong = signed_headers(body, secret=APP_SECRET + "x")
        assert (await client.post("/webhook", content=body, headers=wrong)).status_code in (
            401,
            403,
        )
        garbage = b"{not json"
        assert (
            await client.post("/webhook", content=garbage, headers=signed_headers(garbage))
        ).status_code == 400
        huge = b" " * (MAX_BODY_BYTES + 1)  # over the limit (32 MiB, Meta's largest batch)
        assert (
            await client.post("/webhook", content=huge, headers=signed_headers(huge))
        ).status_code == 413

        assert (await client.get("/healthz")).status_code == 200
        ready = await client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["status"] == "ok"
        metrics = await client.get("/metrics")
        assert metrics.status_code == 200
        assert metrics.headers["content-type"].startswith("text/plain")
        assert "# TYPE railbot_events_received_total counter" in metrics.text
        privacy = await client.get("/privacy")
        assert privacy.status_code == 200 and "forget me" in privacy.text.lower()
        assert (await client.get("/chat")).status_code == 404  # off unless RAILBOT_DEV_CHAT=1


async def test_the_chat_page_is_served_when_asked_for() -> None:
    async with running_app(make_settings(None, dev_chat=True), run_worker=False) as (_, client):
        page = await client.get("/chat")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]


async def test_the_webhook_answers_503_when_it_cannot_queue() -> None:
    body = message_body("7009000000000002", "m_contract_2", "NDLS")
    unreachable = make_settings("redis://127.0.0.1:1/0")  # nothing listens on port 1
    async with running_app(unreachable, run_worker=False) as (_, client):
        response = await client.post("/webhook", content=body, headers=signed_headers(body))
    assert response.status_code == 503


# --- the README ---------------------------------------------------------------------------------

README = (ROOT / "README.md").read_text()
ROUTES = ["/webhook", "/healthz", "/readyz", "/metrics", "/privacy", "/chat"]
COMMAND_NAMES = ["serve", "worker", "shell", "parse", "data import", "data fetch", "data stations",
                 "profile setup"]  # fmt: skip
SETUP = ["make run", "make test", "make install", ".ci/run", "docker compose up"]


@pytest.mark.parametrize(
    "name",
    [*CONTRACT_VARIABLES, *ROUTES, *SETUP, *COMMAND_NAMES],
)
def test_the_readme_names_everything_of_the_contract(name: str) -> None:
    command = name in COMMAND_NAMES
    pattern = rf"`{re.escape(name)}[` \[]" if command else rf"`[^`\n]*{re.escape(name)}"
    assert re.search(pattern, README), f"README.md never names `{name}`"


# --- make ---------------------------------------------------------------------------------------


def make_rules() -> dict[str, tuple[str, list[str]]]:
    """Each Makefile target: its prerequisites and its recipe lines (read, never run)."""
    rules: dict[str, tuple[str, list[str]]] = {}
    target = None
    for line in (ROOT / "Makefile").read_text().splitlines():
        match = re.match(r"^([\w$().-]+):(?!=)\s*(.*)$", line)
        if match:
            target = match.group(1)
            rules[target] = (match.group(2), [])
        elif line.startswith("\t") and target is not None:
            rules[target][1].append(line.strip())
        elif not line.startswith("#"):
            target = None if not line.strip() else target
    return rules


def test_make_run_installs_then_serves_the_chat_page_on_port_8000() -> None:
    rules = make_rules()
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^HOST \?= 127\.0\.0\.1$", makefile, re.M)
    assert re.search(r"^PORT \?= 8000$", makefile, re.M)
    needs, recipe = rules["run"]
    assert needs.split() == ["install"]
    [serve] = recipe
    assert "RAILBOT_DEV_CHAT=$${RAILBOT_DEV_CHAT:-1}" in serve  # on unless the caller says 0
    assert "-m app serve --host $(HOST) --port $(PORT)" in serve


def test_make_test_and_make_install_are_what_the_contract_says() -> None:
    rules = make_rules()
    assert "install" in rules["lint"][0].split()  # `make test` needs lint, which installs
    assert "provision" in rules["test"][0].split()
    assert any("-m pytest" in line for line in rules["test"][1])
    # `make install` prepares .venv/ and starts nothing.
    install = [*rules["install"][1], *rules["$(STAMP)"][1]]
    assert any("requirements-dev.lock" in line for line in install)
    assert not any(re.search(r"app serve|pytest|provision", line) for line in install)
