"""Where a booking sits in its train's timetable: when the train leaves the ticket's first
station (a PNR answer may not say: RailRadar's does not), and the day its run left its origin.
A booking's pace of change counts from that departure (the chart is drawn hours before it, not
at midnight of the journey date), and a look at its train's live status asks for that run."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.railways.models import PnrStatus, TrainRoute


@dataclass(frozen=True)
class BookedRun:
    """The booked train's departure from the ticket's first station, and its run's start date."""

    departure: dt.time
    run_start: dt.date


def booked_run(status: PnrStatus, route: TrainRoute) -> BookedRun | None:
    """Where the timetable places the booking: its first station on the route (the ticket's
    from station, else where it boards); None when the route does not stop there or says no
    time."""
    if status.journey_date is None:  # an undated booking: no run to place it on
        return None
    for code in (status.from_station.code, status.boarding.code if status.boarding else None):
        stop = route.stop_at(code)
        if stop is not None and stop.departure is not None:
            run_start = status.journey_date - dt.timedelta(days=max(1, stop.day) - 1)
            return BookedRun(departure=stop.departure, run_start=run_start)
    return None


def with_departure(status: PnrStatus, route: TrainRoute) -> PnrStatus:
    """`status` with its train's departure from the timetable, when it has none of its own."""
    if status.departure is not None:
        return status
    run = booked_run(status, route)
    return status if run is None else status.model_copy(update={"departure": run.departure})
