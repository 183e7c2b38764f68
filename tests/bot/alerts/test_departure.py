"""When a booked train leaves, from its timetable when the PNR answer does not say."""

from __future__ import annotations

import datetime as dt

from app.bot.alerts.departure import announced, with_run
from app.bot.alerts.subscriptions import Baseline
from app.railways.booked import booked_run
from app.railways.models import (
    ExceptionKind,
    LiveStatus,
    RouteStop,
    RunException,
    RunState,
    Station,
    Train,
    TrainRoute,
)
from tests.bot.alerts.samples import JOURNEY, status

KARNATAKA = Train(number="12627", name="KARNATAKA EXP")
ROUTE = TrainRoute(
    train=KARNATAKA,
    stops=(
        RouteStop(
            seq=1, station=Station(code="SBC", name="KSR BENGALURU"), departure=dt.time(19, 20)
        ),
        RouteStop(
            seq=5,
            station=Station(code="GTL", name="GUNTAKAL JN"),
            arrival=dt.time(1, 5),
            departure=dt.time(1, 15),
            day=2,
        ),
        RouteStop(
            seq=21, station=Station(code="NDLS", name="NEW DELHI"), arrival=dt.time(9, 15), day=3
        ),
    ),
)


def test_a_booking_from_the_origin_leaves_at_its_time_on_the_journey_date() -> None:
    run = booked_run(status("CNF/B2/34/GN"), ROUTE)
    assert run is not None
    assert (run.departure, run.run_start) == (dt.time(19, 20), JOURNEY)


def test_a_booking_from_a_later_day_of_the_run_names_the_run_that_started_before() -> None:
    booked = status("CNF/B2/34/GN").model_copy(
        update={"from_station": Station(code="GTL", name="GUNTAKAL JN")}
    )
    run = booked_run(booked, ROUTE)
    assert run is not None
    assert (run.departure, run.run_start) == (dt.time(1, 15), JOURNEY - dt.timedelta(days=1))


def test_a_station_the_route_does_not_have_leaves_the_time_unknown() -> None:
    booked = status("CNF/B2/34/GN").model_copy(
        update={"from_station": Station(code="XYZ", name="ELSEWHERE")}
    )
    assert booked_run(booked, ROUTE) is None


def _run(state: RunState, *exceptions: ExceptionKind) -> LiveStatus:
    return LiveStatus(
        train=KARNATAKA,
        start_date=JOURNEY,
        state=state,
        exceptions=tuple(RunException(kind=kind) for kind in exceptions),
    )


def test_a_cancelled_run_makes_the_booking_cancelled_whatever_the_pnr_answer_says() -> None:
    known = Baseline.of(status("CNF/B2/34/GN"))
    cancelled = _run(RunState.NOT_STARTED, ExceptionKind.CANCELLED)
    assert announced(cancelled, known)
    assert with_run(status("CNF/B2/34/GN"), cancelled).train_cancelled
    running = _run(RunState.NOT_STARTED)
    assert not announced(running, known)
    assert not with_run(status("CNF/B2/34/GN"), running).train_cancelled
    assert with_run(status("CNF/B2/34/GN"), None) == status("CNF/B2/34/GN")


def test_a_rescheduled_run_is_news_until_the_alert_has_told_its_start() -> None:
    moved = _run(RunState.RESCHEDULED, ExceptionKind.RESCHEDULED)
    told = Baseline.of(status("CNF/B2/34/GN")).model_copy(update={"rescheduled": True})
    assert announced(moved, Baseline.of(status("CNF/B2/34/GN")))
    assert not announced(moved, told)
