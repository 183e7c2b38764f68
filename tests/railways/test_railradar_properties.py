"""Every RailRadar endpoint's parser, fed its recorded answer varied at random (hypothesis): keys
taken away, values made null or of another type (numbers for text, text for numbers, lists,
objects), text in capitals or small letters, and error bodies with any `…_NOT_FOUND` code. Each
answer reads to its model or to one of the domain's errors (a clear reply follows from either),
never a crash: no KeyError, TypeError, ValidationError or anything else escapes the parser."""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import (
    ClassNotOnTrain,
    NotFound,
    PnrNotFound,
    RailwayError,
    StationUnknownToProvider,
)
from app.railways.models import Sourced
from app.railways.railradar import RailRadarProvider
from tests.railways.test_railradar import BASE, KEY, PNR, fixture, ist

Call = Callable[[RailRadarProvider], Awaitable[Sourced[Any]]]
ON = dt.date(2026, 10, 3)

# Each endpoint: its recorded answers, and the call that reads them.
ENDPOINTS: dict[str, tuple[tuple[str, ...], Call]] = {
    "pnr": (("pnr_confirmed", "pnr_waitlisted"), lambda p: p.pnr_status(PNR)),
    "prediction": (("pnr_prediction",), lambda p: p.pnr_prediction(PNR)),
    "live": (
        ("live_running", "live_not_started", "live_cancelled", "live_diverted", "live_rescheduled"),
        lambda p: p.live_status("12675", dt.date(2026, 10, 2)),
    ),
    "route": (("schedule_12951",), lambda p: p.train_route("12951")),
    "station_search": (("search_stations_chennai",), lambda p: p.station_by_name("chennai")),
    "station_code": (("search_stations_chennai",), lambda p: p.station_by_code("MS")),
    "directory": (("stations_directory",), lambda p: p.station_directory()),
    "train_search": (("search_trains_1267",), lambda p: p.search_trains("1267")),
    "between": (("between_NDLS_MMCT",), lambda p: p.trains_between("NDLS", "MMCT", ON)),
    "between_city": (
        ("between_SBC_ERS_by_city",),
        lambda p: p.trains_between("SBC", "ERS", None, by_city=True),
    ),
    "board": (("station_live_MS",), lambda p: p.departures("MS", 4)),
    "fare": (("fare",), lambda p: p.fare("12951", "MMCT", "NDLS", "3A", "GN", 30, ON)),
    "seats": (
        ("seats",),
        lambda p: p.seat_availability("12951", "MMCT", "NDLS", ON, "3A", "GN"),
    ),
}

_OTHER_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),  # JSON has no NaN
    st.text(max_size=12),
    st.sampled_from(["", " ", "…", "N/A", "null", "MON", "sun", "2026-13-45", "25:99", "-5"]),
    st.lists(st.none() | st.integers() | st.text(max_size=3), max_size=3),
    st.dictionaries(st.text(max_size=4), st.none() | st.integers(), max_size=2),
)
_CHANGES = st.sampled_from(["delete", "null", "other", "upper", "lower"])
FUZZ = settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value (keys of objects, items of lists), outermost first."""
    found: list[tuple[Any, ...]] = []
    children: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        children = list(value.items())
    elif isinstance(value, list):
        children = list(enumerate(value[:4]))  # a list's first items stand for the rest
    for key, child in children:
        found.append((*prefix, key))
        found.extend(paths(child, (*prefix, key)))
    return found


def change(body: Any, path: tuple[Any, ...], how: str, other: Any) -> None:
    """Vary `body` in place at `path`, if it is still there."""
    parent = body
    for key in path[:-1]:
        try:
            parent = parent[key]
        except (KeyError, IndexError, TypeError):
            return
    last = path[-1]
    if not isinstance(parent, dict | list):
        return
    if isinstance(parent, dict) and last not in parent:
        return
    if isinstance(parent, list) and not (isinstance(last, int) and 0 <= last < len(parent)):
        return
    current = parent[last]
    if how == "delete":
        del parent[last]
    elif how == "null":
        parent[last] = None
    elif how == "other":
        parent[last] = other
    elif isinstance(current, str):
        parent[last] = current.upper() if how == "upper" else current.lower()


def answer_of(provider_call: Call, status: int, body: Any) -> BaseException | Sourced[Any]:
    """What the provider makes of `body`, sent with `status` for any path it asks."""

    async def ask() -> BaseException | Sourced[Any]:
        with respx.mock(assert_all_called=False) as router:
            router.route(url__startswith=BASE).mock(return_value=httpx.Response(status, json=body))
            provider = RailRadarProvider(BASE, KEY, clock=lambda: ist(2, 11, 41, 48).timestamp())
            try:
                return await provider_call(provider)
            except RailwayError as error:
                return error
            finally:
                await provider.aclose()

    return asyncio.run(ask())


@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
@FUZZ
@given(data=st.data())
def test_a_varied_answer_reads_to_its_model_or_a_domain_error_never_a_crash(
    endpoint: str, data: st.DataObject
) -> None:
    names, call = ENDPOINTS[endpoint]
    body = copy.deepcopy(fixture(data.draw(st.sampled_from(names), label="recorded")))
    places = paths(body)
    for _ in range(data.draw(st.integers(min_value=1, max_value=6), label="changes")):
        where = data.draw(st.sampled_from(places), label="where")
        how = data.draw(_CHANGES, label="how")
        other = data.draw(_OTHER_VALUES, label="other") if how == "other" else None
        change(body, where, how, other)

    outcome = answer_of(call, 200, body)

    assert isinstance(outcome, RailwayError | Sourced), repr(outcome)


@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
@FUZZ
@given(
    prefix=st.sampled_from(["", "TRAIN_", "STATION_", "PNR_", "train_", "Route_", "X"]),
    status=st.sampled_from([200, 404]),
    details=_OTHER_VALUES,
)
def test_any_not_found_code_is_not_found(
    endpoint: str, prefix: str, status: int, details: Any
) -> None:
    _, call = ENDPOINTS[endpoint]
    body = {
        "success": False,
        "error": {"code": f"{prefix}NOT_FOUND", "message": "Not found", "details": details},
        "meta": {"timestamp": "2026-10-02T11:41:48+05:30"},
    }

    outcome = answer_of(call, status, body)

    # A PNR not found is no such PNR; a fare or seats not found, for a train already known, is
    # a class or pair the train does not serve; a board or a search between stations not found
    # is a station RailRadar lacks, never a station without trains.
    if endpoint in ("pnr", "prediction"):
        assert isinstance(outcome, PnrNotFound), repr(outcome)
    elif endpoint in ("fare", "seats"):
        assert isinstance(outcome, ClassNotOnTrain), repr(outcome)
    elif endpoint in ("between", "between_city", "board"):
        assert isinstance(outcome, StationUnknownToProvider), repr(outcome)
    else:
        assert isinstance(outcome, NotFound), repr(outcome)


@pytest.mark.parametrize(
    ("endpoint", "field", "value"),
    [
        ("board", ("stop", "day"), 10**12),
        ("board", ("live", "delayMinutes"), 1.7e308),
        ("board", ("live", "delayMinutes"), -(10**9)),
    ],
)
def test_a_day_or_delay_beyond_reason_is_read_as_absent_not_a_crash(
    endpoint: str, field: tuple[str, str], value: Any
) -> None:
    names, call = ENDPOINTS[endpoint]
    body = copy.deepcopy(fixture(names[0]))
    for train in body["data"]["trains"]:
        train[field[0]][field[1]] = value

    outcome = answer_of(call, 200, body)

    assert isinstance(outcome, Sourced), repr(outcome)
    assert outcome.data, "the board's trains are still read"
