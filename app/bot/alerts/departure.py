"""When a booked train leaves, from its timetable when the PNR answer does not say (RailRadar's
does not): the time it leaves the ticket's first station, which places an alert's polls by the
booking's phase (the chart is drawn hours before that, not at midnight), and the day its run
left its origin, which names the run a look at the train's live status asks about."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.bot.alerts.subscriptions import Subscription
from app.errors import RailwayError
from app.railways.models import LiveStatus, PnrStatus, RouteStop, TrainRoute
from app.railways.provider import Provider


@dataclass(frozen=True)
class BookedRun:
    """The booked train's departure from the ticket's first station, and its run's start date."""

    departure: dt.time
    run_start: dt.date


def booked_run(status: PnrStatus, route: TrainRoute) -> BookedRun | None:
    """Where the timetable places the booking: its first station on the route (the ticket's
    from station, else where it boards); None when the route does not stop there or says no
    time."""
    for code in (status.from_station.code, status.boarding.code if status.boarding else None):
        stop = _stop(route, code)
        if stop is not None and stop.departure is not None:
            run_start = status.journey_date - dt.timedelta(days=max(1, stop.day) - 1)
            return BookedRun(departure=stop.departure, run_start=run_start)
    return None


def _stop(route: TrainRoute, code: str | None) -> RouteStop | None:
    if not code:
        return None
    wanted = code.strip().upper()
    return next((stop for stop in route.stops if stop.station.code.upper() == wanted), None)


async def timetabled(provider: Provider, sub: Subscription, status: PnrStatus) -> Subscription:
    """`sub` with the booked train's number, and its departure and run start from the
    timetable (one route call per train a week, shared by every question about it) where the PNR
    answer does not give them; as it was, but for the number, when the timetable cannot say."""
    known = sub.model_copy(update={"train_number": status.train.number})
    try:
        route = (await provider.train_route(status.train.number)).data
    except RailwayError:
        return known
    run = booked_run(status, route)
    if run is None:
        return known
    departure = sub.baseline.departure or run.departure
    baseline = sub.baseline.model_copy(update={"departure": departure})
    return known.model_copy(update={"baseline": baseline, "run_start": run.run_start})


def announced(run: LiveStatus) -> bool:
    """Whether the railway announced a change to the run that a booking on it must hear of: its
    cancellation (a PNR answer may not say it; RailRadar's does not)."""
    return run.cancelled


def with_run(status: PnrStatus, run: LiveStatus | None) -> PnrStatus:
    """The PNR's status with what a look at its run told: the train cancelled."""
    if run is not None and run.cancelled and not status.train_cancelled:
        return status.model_copy(update={"train_cancelled": True})
    return status
