"""RailRadar's real answers vary in ways its recorded fixtures do not all show: keys absent
rather than null, nulls where a value is usual, run days in upper case, numbers sent as strings,
fields nobody has seen, empty lists. Each endpoint's answer, varied so, still goes through the
webhook to an honest reply in the traveller's words: no crash, no invented value, the source and
age kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import respx

from tests.railways.test_railradar_variants import pnr_sparse
from tests.support.railradar_fake import (
    IST,
    PNR_WAITLISTED,
    FakeRailRadar,
    fixture,
    moved,
)
from tests.test_alerts_e2e import Graph, Thread
from tests.test_railradar_e2e import ask, running_app, settings_for

Body = dict[str, Any]


def varied(name: str, change: Callable[[Body], None]) -> tuple[int, Body]:
    """The recorded answer `name`, moved to today, with `change` made to its `data`."""
    body: Body = moved(fixture(name), dt.datetime.now(IST).date())
    change(body["data"])
    body["data"]["someFieldNobodyHasSeen"] = {"x": [1, None]}
    return 200, body


def prediction_as_text(data: Body) -> None:
    data["probabilityPercent"] = None
    data["probability"] = "0.71"
    data["probabilityStatus"] = "high"


def prediction_as_percent_text(data: Body) -> None:
    data["probabilityPercent"] = "50%"
    data["probability"] = None


def live_untracked(data: Body) -> None:
    data["isLive"] = False
    data["trackingMode"] = "simulated"
    data["delayMinutes"] = "6"
    data["train"]["runDays"] = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
    data["exceptions"] = None
    data.pop("previousHalt", None)
    for stop in data["route"]:
        stop.pop("platform", None)
        stop["distance"] = str(stop.get("distance"))


def live_without_place(data: Body) -> None:
    data.pop("currentLocation", None)
    data.pop("previousHalt", None)
    data["delayMinutes"] = None


def route_sparse(data: Body) -> None:
    data["train"]["runDays"] = ["MON", "WED", "FRI"]
    data["train"]["classes"] = None
    data["train"].pop("availableClasses", None)
    for stop in data["route"]:
        stop.setdefault("arrival", None)
        stop["platform"] = None
        stop["distance"] = str(stop["distance"])


def between_sparse(data: Body) -> None:
    data["count"] = str(data["count"])
    for item in data["trains"]:
        item["train"]["runDays"] = [day.upper() for day in item["train"]["runDays"]]
        item["train"].pop("category", None)
        item["duration"] = str(item["duration"])
        item.pop("totalHaltsBetween", None)


def fare_as_text(data: Body) -> None:
    data["breakdown"] = {"baseFare": None, "gst": "145", "totalFare": "3045"}
    data.pop("trainName", None)


def seats_sparse(data: Body) -> None:
    for day in data["calendar"]:
        day["statusCode"] = (day.get("statusCode") or "").lower()
        day.pop("availableSeats", None)
        day["isAvailable"] = None


def emptied(key: str) -> Callable[[Body], None]:
    def change(data: Body) -> None:
        data[key] = []

    return change


# (what is asked, the RailRadar path, the recorded answer and its variation, what the reply says)
VARIANTS: list[tuple[str, str, str, Callable[[Body], None], tuple[str, ...]]] = [
    (
        f"pnr {PNR_WAITLISTED}",
        f"/pnr/{PNR_WAITLISTED}",
        "pnr_waitlisted",
        pnr_sparse,
        (f"PNR {PNR_WAITLISTED}", "12948", "WL", "RailRadar · "),
    ),
    (
        f"pnr {PNR_WAITLISTED}",
        f"/pnr/{PNR_WAITLISTED}/prediction",
        "pnr_prediction",
        prediction_as_text,
        ("71% likely to confirm",),
    ),
    (
        f"pnr {PNR_WAITLISTED}",
        f"/pnr/{PNR_WAITLISTED}/prediction",
        "pnr_prediction",
        prediction_as_percent_text,
        ("50% likely to confirm (RailRadar's estimate)",),
    ),
    (
        "12675 kaha hai",
        "/trains/12675/live",
        "live_running",
        live_untracked,
        ("Kovai", "Lokur", "6 min late", "estimated", "RailRadar · "),
    ),
    (
        "12675 running status",
        "/trains/12675/live",
        "live_running",
        live_without_place,
        ("12675", "6 min late"),
    ),
    ("route of 12951", "/trains/12951", "schedule_12951", route_sparse, ("Borivali",)),
    (
        "ndls to mmct tomorrow",
        "/trains/between/NDLS/MMCT",
        "between_NDLS_MMCT",
        between_sparse,
        ("12952",),
    ),
    (
        "ndls to mmct day after tomorrow",
        "/trains/between/NDLS/MMCT",
        "between_NDLS_MMCT",
        emptied("trains"),
        ("no direct trains", "NDLS", "MMCT"),
    ),
    (
        "trains from MS next 4 hours",
        "/stations/MS/live",
        "station_live_MS",
        emptied("trains"),
        ("No trains leave Chennai Egmore",),
    ),
    ("3a fare 12951 mmct ndls", "/trains/12951/fare", "fare", fare_as_text, ("3,045",)),
    (
        "3a seats 12951 mmct ndls tomorrow",
        "/trains/12951/seats",
        "seats",
        seats_sparse,
        ("34 seats available", "RailRadar · "),
    ),
    (
        "2a seats 12951 mmct ndls tomorrow",
        "/trains/12951/seats",
        "seats",
        emptied("calendar"),
        ("12951",),
    ),
]


@pytest.fixture
def world() -> Iterator[tuple[Graph, FakeRailRadar]]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        yield Graph(router), FakeRailRadar(router)


@pytest.mark.parametrize(
    ("words", "path", "recorded", "change", "expected"),
    VARIANTS,
    ids=[f"{recorded}-{change.__name__}" for _, _, recorded, change, _ in VARIANTS],
)
async def test_a_varied_answer_is_told_honestly_through_the_webhook(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    words: str,
    path: str,
    recorded: str,
    change: Callable[[Body], None],
    expected: tuple[str, ...],
) -> None:
    graph, railradar = world
    railradar.per_minute = 100
    railradar.overrides[path] = varied(recorded, change)
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        answer = await ask(Thread(client, graph, "7090000000000001"), words)
    assert path in railradar.paths(path), railradar.paths()
    for part in expected:
        assert part.lower() in answer.lower(), (words, answer)
    assert "None" not in answer and "null" not in answer.lower(), answer
    assert "went wrong" not in answer.lower(), answer
