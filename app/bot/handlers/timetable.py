"""What the timetable says about one run of a train: when it is due at each stop, which runs are
on the move at a moment, and where a run should be by the clock. Used to choose the run a
traveller means and to answer from the timetable when live status is not available."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.railways.models import WEEKDAYS, RouteStop, TrainRoute

# How many days back a run may have started and still be on the move (the longest runs take
# about four days).
MAX_RUN_DAYS = 5


@dataclass(frozen=True)
class DueStop:
    """One stop of a run, with its scheduled times as moments."""

    stop: RouteStop
    arrival: dt.datetime | None
    departure: dt.datetime | None

    @property
    def at(self) -> dt.datetime | None:
        """When the train is due here: its arrival, or its departure at the origin."""
        return self.arrival or self.departure


def due_stops(route: TrainRoute, start: dt.date, tz: dt.tzinfo | None) -> list[DueStop]:
    """The run of `route` that leaves its origin on `start`, with each stop's due moments."""
    found = []
    for stop in route.stops:
        day = start + dt.timedelta(days=max(0, stop.day - 1))
        arrival = _moment(day, stop.arrival, tz)
        departure = _moment(day, stop.departure, tz)
        if arrival is not None and departure is not None and departure < arrival:
            departure += dt.timedelta(days=1)  # leaves after midnight
        found.append(DueStop(stop, arrival, departure))
    return found


def _moment(day: dt.date, time: dt.time | None, tz: dt.tzinfo | None) -> dt.datetime | None:
    return dt.datetime.combine(day, time, tzinfo=tz) if time is not None else None


def runs_on(route: TrainRoute, day: dt.date) -> bool:
    """Whether the train leaves its origin on `day` (every day when the timetable does not say)."""
    days = route.train.run_days
    return not days or day.strftime("%a").upper() in {d.upper()[:3] for d in days}


def leaves_on(route: TrainRoute, code: str | None, day: dt.date) -> bool:
    """Whether the train leaves the stop `code` (else its origin) on `day`: the run that does
    started as many days before as the stop is into its run."""
    into = next((stop.day - 1 for stop in route.stops if stop.station.code == code), 0)
    return runs_on(route, day - dt.timedelta(days=into))


def days_into(route: TrainRoute, code: str | None) -> int:
    """How many days into its run the train is at the stop `code` (0 at its origin, or when
    the stop is not on its route)."""
    return next((max(0, stop.day - 1) for stop in route.stops if stop.station.code == code), 0)


def leaving_weekdays(route: TrainRoute, code: str | None) -> tuple[str, ...] | None:
    """The weekdays the train leaves the stop `code` (else its origin): its run days moved on by
    the day of its run it gets there (22643 starts on Mondays, leaves Bengaluru on Tuesdays);
    None when the timetable does not say."""
    days, later = route.train.run_days, days_into(route, code)
    if not days or not later:
        return days
    starts = {day.upper()[:3] for day in days}
    return tuple(WEEKDAYS[(at + later) % 7] for at, day in enumerate(WEEKDAYS) if day in starts)


def next_leaving(route: TrainRoute, code: str | None, after: dt.date) -> dt.date | None:
    """The first day after `after` the train leaves the stop `code` (else its origin)."""
    for ahead in range(1, 8):
        day = after + dt.timedelta(days=ahead)
        if leaves_on(route, code, day):
            return day
    return None


def span(stops: list[DueStop]) -> tuple[dt.datetime, dt.datetime] | None:
    """When a run leaves its origin and reaches its destination."""
    leaves = stops[0].departure if stops else None
    reaches = stops[-1].at if stops else None
    return (leaves, reaches) if leaves is not None and reaches is not None else None


def runs_on_the_move(route: TrainRoute, now: dt.datetime) -> list[dt.date]:
    """The start dates of the runs between their origin and destination at `now`, latest first."""
    moving = []
    for back in range(MAX_RUN_DAYS):
        start = now.date() - dt.timedelta(days=back)
        if not runs_on(route, start):
            continue
        times = span(due_stops(route, start, now.tzinfo))
        if times is not None and times[0] <= now <= times[1]:
            moving.append(start)
    return moving


def previous_runs(route: TrainRoute, before: dt.date, now: dt.datetime) -> list[dt.date]:
    """Start dates before `before` whose runs may still be on the move or just over: never a
    day to come."""
    days = []
    for back in range(1, MAX_RUN_DAYS):
        start = before - dt.timedelta(days=back)
        if start > now.date() or not runs_on(route, start):
            continue
        times = span(due_stops(route, start, now.tzinfo))
        if times is not None and times[1] + dt.timedelta(hours=6) >= now:
            days.append(start)
    return days[:2]


def next_run(route: TrainRoute, after: dt.date) -> dt.date | None:
    """The first day after `after` the train leaves its origin."""
    for ahead in range(1, 8):
        day = after + dt.timedelta(days=ahead)
        if runs_on(route, day):
            return day
    return None


@dataclass(frozen=True)
class Whereabouts:
    """Where a run should be by the timetable: `after` alone, not started (due to leave its
    origin); `before` and `after`, between two stops; `at_stop`, standing at `before`; `before`
    alone, at its destination."""

    before: DueStop | None
    after: DueStop | None
    at_stop: bool = False


def by_the_clock(stops: list[DueStop], now: dt.datetime) -> Whereabouts:
    """Where the run should be at `now`, by the timetable."""
    previous: DueStop | None = None
    for due in stops:
        if due.arrival is not None and now < due.arrival:
            return Whereabouts(previous, due)
        if due.departure is not None and now < due.departure:
            if due.arrival is None:
                return Whereabouts(None, due)  # still at its origin
            return Whereabouts(due, None, at_stop=True)
        previous = due
    return Whereabouts(previous, None)
