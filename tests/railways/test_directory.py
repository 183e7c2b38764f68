"""`python -m app data stations`: RailRadar's bulk station directory into the local index.

The upstream is respx-mocked with the directory's documented shape (`GET /v1/lookup/stations`:
`data` a `{code: name}` map, `meta.activeStationCount`), from tests/fixtures/railradar."""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis
import respx

from app.__main__ import main
from app.config import Settings
from app.main import build_index
from app.railways.budget import CallBudget, Limits, RedisLedger
from app.railways.directory import (
    DIRECTORY_FILE,
    directory_path,
    index_stations,
    read_directory,
    run_directory_command,
)
from app.railways.models import Station
from app.railways.railradar import RailRadarProvider
from app.railways.stations import StationIndex

BASE = "https://railradar.test/v1"
KEY = "rr_live_0123456789abcdef"
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "railradar"


def directory_body(extra: int = 60) -> dict[str, Any]:
    """The recorded directory, padded with `extra` more halts (a real one has ~13,000 codes)."""
    body: dict[str, Any] = json.loads((FIXTURE / "stations_directory.json").read_text())
    for n in range(extra):
        body["data"][f"Q{chr(65 + n // 26)}{chr(65 + n % 26)}"] = f"Halt number {n}"
    return body


def settings_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, redis_url: str | None) -> None:
    # The command sets up the process's logging; the test process keeps pytest's.
    monkeypatch.setattr("app.commands.configure_logging", lambda *args, **kwargs: None)
    monkeypatch.setenv("RAILBOT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("RAILWAY_RAILRADAR_API_URL", BASE)
    monkeypatch.setenv("RAILWAY_RAILRADAR_API_KEY", KEY)
    monkeypatch.delenv("RAILWAY_PROVIDER", raising=False)
    monkeypatch.delenv("RAILWAY_API_KEY", raising=False)
    if redis_url is None:
        monkeypatch.delenv("REDIS_URL", raising=False)
    else:
        monkeypatch.setenv("REDIS_URL", redis_url)


def test_data_stations_loads_the_directory_with_one_counted_call(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clean_redis: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings_for(tmp_path, monkeypatch, clean_redis)
    with respx.mock(assert_all_called=True) as upstream:
        route = upstream.get(f"{BASE}/lookup/stations").respond(json=directory_body())

        assert main(["data", "stations"]) == 0

    assert route.call_count == 1
    request = route.calls.last.request
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    out = capsys.readouterr().out
    # 70 codes less the XX- placeholder and BCT, Mumbai Central's old code (kept as MMCT)
    assert "68 stations" in out and DIRECTORY_FILE in out
    stations = {s.code: s for s in read_directory(tmp_path / DIRECTORY_FILE)}
    assert stations["ABCD"].name == "Newly Opened Halt"
    assert stations["SMVB"].name == "SMVT Bengaluru"
    assert "XX-12" not in stations

    async def month_used() -> int:
        client = aioredis.Redis.from_url(clean_redis)
        try:
            budget = CallBudget("railradar", Limits(10, 1000), RedisLedger(client))
            return (await budget.usage()).month_used
        finally:
            await client.aclose()

    assert asyncio.run(month_used()) == 1  # the call is counted where every process sees it


def test_typing_a_new_or_renamed_code_resolves_locally_after_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_for(tmp_path, monkeypatch, None)
    before = build_index(Settings())
    assert before.get("ABCD") is None and before.get("NDLS") is not None  # works without it

    with respx.mock() as upstream:
        upstream.get(f"{BASE}/lookup/stations").respond(json=directory_body())
        assert main(["data", "stations"]) == 0

    with respx.mock() as upstream:  # from here on, no call may be made
        index = build_index(Settings())
    assert not upstream.calls
    halt = index.get("ABCD")
    assert halt is not None and halt.name == "Newly Opened Halt"
    assert [m.station.code for m in index.search("newly opened halt")][:1] == ["ABCD"]
    # a known station keeps its curated name; the directory's stays searchable
    known, curated = index.get("SBC"), before.get("SBC")
    assert known is not None and curated is not None and known.name == curated.name


def test_the_index_knows_a_loaded_directory_station_came_from_it_and_when(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_for(tmp_path, monkeypatch, None)
    with respx.mock() as upstream:
        upstream.get(f"{BASE}/lookup/stations").respond(json=directory_body())
        assert main(["data", "stations"]) == 0
    index = build_index(Settings())
    loaded = index.source_of("ABCD")
    assert loaded.source == "railradar" and loaded.as_of is not None
    assert index.source_of("ZZZZ").source == "builtin"  # one it does not know: the built-in's


def test_inactive_codes_are_not_offered_unless_the_timetable_knows_them() -> None:
    known = [Station(code="HOM", name="Chennai Harbour")]
    directory = [
        Station(code="HOM", name="Chennai Harbour", active=False),
        Station(code="OLDX", name="Closed Halt", active=False),
        Station(code="MS", name="Chennai Egmore", active=True),
    ]

    index = StationIndex.build(index_stations(known, directory))

    assert index.get("HOM") is not None
    assert index.get("OLDX") is None
    assert index.get("MS") is not None


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (401, {"success": False, "error": {"code": "UNAUTHORIZED", "message": "Invalid API key"}}),
        (200, {"success": True, "data": {"MS": "Chennai Egmore"}}),
        (503, {"success": False, "error": {"code": "DB_CONNECTION_ERROR", "message": "down"}}),
    ],
    ids=["refused-key", "truncated", "outage"],
)
def test_a_failed_or_truncated_load_keeps_the_directory_on_disk(
    tmp_path: Path, status: int, body: dict[str, Any]
) -> None:
    path = directory_path(tmp_path)
    good = [
        {"code": "MS", "name": "Chennai Egmore"},
        {"code": "ABCD", "name": "Newly Opened Halt"},
    ]
    path.write_text(json.dumps({"format": 1, "source": "railradar", "stations": good}))
    err = io.StringIO()

    async def build(stack: Any) -> RailRadarProvider:
        provider = RailRadarProvider(BASE, KEY, deadline_s=2.0, sleep=_no_sleep)
        stack.push_async_callback(provider.aclose)
        return provider

    with respx.mock() as upstream:
        upstream.get(f"{BASE}/lookup/stations").respond(status, json=body)
        code = run_directory_command(build, path, out=io.StringIO(), err=err)

    assert code == 1
    assert err.getvalue().startswith("railbot: station directory not loaded:")
    assert err.getvalue().count("\n") == 1
    assert [s.code for s in read_directory(path)] == ["MS", "ABCD"]


async def _no_sleep(_: float) -> None:
    return None


def test_a_damaged_directory_file_is_ignored(tmp_path: Path) -> None:
    path = directory_path(tmp_path)
    path.write_text("{not json")
    assert read_directory(path) == []
    path.write_text(json.dumps({"stations": [{"code": "XX-1", "name": "x"}, {"code": 7}]}))
    assert read_directory(path) == []


def test_data_stations_without_a_railradar_key_is_a_configuration_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings_for(tmp_path, monkeypatch, None)
    monkeypatch.setenv("RAILWAY_RAILRADAR_API_KEY", "")

    assert main(["data", "stations"]) == 2
    assert "RAILWAY_RAILRADAR_API_KEY" in capsys.readouterr().err
