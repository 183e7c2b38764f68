"""Where a running train should be by now, projected from its last report along the stretch it
was on, and when it is due at its next halt (what a running train's freshness counts to)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from app.railways.models import (
    CurrentLocation,
    ExceptionKind,
    LiveStatus,
    LiveStop,
    RunException,
    RunState,
    Station,
    Train,
)
from app.railways.projection import next_halt_due, projected_location

IST = ZoneInfo("Asia/Kolkata")
REPORTED = dt.datetime(2026, 12, 14, 10, 0, tzinfo=IST)
LCR, SA, CBE = (
    Station(code="LCR", name="Lokur"),
    Station(code="SA", name="Salem Jn"),
    Station(code="CBE", name="Coimbatore Jn"),
)


def running(**changes: object) -> LiveStatus:
    """Reported at 10:00 10 km past Lokur (a station it passes without stopping), 300 km from
    its origin; Salem Jn, the next halt, 40 km on, expected at 10:40."""
    stops = (
        LiveStop(station=LCR, distance_km=290, is_halt=False, has_departed=True, has_arrived=True),
        LiveStop(
            station=SA,
            distance_km=340,
            scheduled_arrival=REPORTED + dt.timedelta(minutes=30),
            expected_arrival=REPORTED + dt.timedelta(minutes=40),
        ),
        LiveStop(station=CBE, distance_km=500, scheduled_arrival=REPORTED + dt.timedelta(hours=3)),
    )
    status = LiveStatus(
        train=Train(number="12675"),
        start_date=REPORTED.date(),
        state=RunState.RUNNING,
        delay_min=10,
        updated_at=REPORTED,
        stops=stops,
        location=CurrentLocation(
            station=LCR, distance_from_origin_km=300, distance_from_station_km=10
        ),
    )
    return status.model_copy(update=changes)


def test_a_report_older_than_a_running_trains_freshness_is_moved_on_by_its_expected_times() -> None:
    # 40 km in the 40 minutes to Salem: 20 minutes after the report it is 20 km further on.
    later = projected_location(running(), REPORTED + dt.timedelta(minutes=20))
    assert later is not None
    assert later.station == LCR
    assert later.distance_from_origin_km == 320
    assert later.distance_from_station_km == 30
    assert later.lat is None and later.lng is None  # the reported point is no longer where it is


def test_a_recent_report_or_a_train_due_at_its_next_station_is_not_projected() -> None:
    assert projected_location(running(), REPORTED + dt.timedelta(minutes=3)) is None
    # Due at Salem by now: whether it got there only a fresh report can tell.
    assert projected_location(running(), REPORTED + dt.timedelta(minutes=41)) is None


def test_a_run_not_plainly_running_or_without_distances_is_not_projected() -> None:
    later = REPORTED + dt.timedelta(minutes=20)
    diverted = RunException(kind=ExceptionKind.DIVERTED)
    standing = CurrentLocation(station=SA, at_station=True, distance_from_origin_km=340)
    unplaced = CurrentLocation(station=LCR)
    assert projected_location(running(exceptions=(diverted,)), later) is None
    assert projected_location(running(state=RunState.COMPLETED), later) is None
    assert projected_location(running(location=standing), later) is None
    assert projected_location(running(location=unplaced), later) is None
    assert projected_location(running(updated_at=None), later) is None


def test_the_next_halt_is_due_at_its_expected_time_else_its_own_plus_the_delay() -> None:
    assert next_halt_due(running()) == REPORTED + dt.timedelta(minutes=40)
    sa = running().stops[1].model_copy(update={"expected_arrival": None})
    guessed = running(stops=(running().stops[0], sa, running().stops[2]))
    assert next_halt_due(guessed) == REPORTED + dt.timedelta(minutes=40)  # 10:30 + 10 min late
    assert next_halt_due(running(state=RunState.NOT_STARTED)) is None
