"""What a live status says of its run beyond its own fields: whether the run has started, the
new start of a run the railway moved, when a stop ahead is expected, and whether a stop lies on
a cancelled stretch or is left out by a diversion. Both the live card and the answers first read
the run this way.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from app.railways import models
from app.railways.models import LiveStop, RunState, StopState
from app.railways.projection import expected_arrival


def not_started(status: models.LiveStatus) -> bool:
    if status.state is RunState.NOT_STARTED:
        return True
    return bool(status.stops) and not any(s.has_arrived or s.has_departed for s in status.stops)


def stop_at(status: models.LiveStatus, code: str) -> LiveStop | None:
    """The run's stop at station `code` as its live report has it; None for a cancelled run or
    one whose report does not name that station."""
    if status.cancelled:
        return None
    return next((stop for stop in status.stops if stop.station.code == code), None)


def gone_from(status: models.LiveStatus, stop: LiveStop) -> bool:
    """Whether the live report has the run gone from `stop`: it left there, or it was reported
    at any station beyond it (whatever that station's own report says)."""
    if stop.has_departed or stop.actual_departure is not None:
        return True
    where = next(n for n, each in enumerate(status.stops) if each is stop)
    return any(
        each.has_arrived or each.has_departed or each.actual_departure is not None
        for each in status.stops[where + 1 :]
    )


def expected_at(stop: LiveStop, late: int | None) -> dt.datetime | None:
    """When a stop still ahead is expected: the source's prediction, else its time plus the
    delay so far."""
    return expected_arrival(stop, late)


def off_the_run(status: models.LiveStatus, stop: LiveStop) -> bool:
    """Whether `stop` is on a cancelled stretch of the run: marked so, or after the station the
    cancellation starts from, up to the one it ends at."""
    if stop.state is StopState.CANCELLED:
        return True
    part = status.exception(models.ExceptionKind.PARTIALLY_CANCELLED)
    if part is None or part.cancelled_from is None or part.cancelled_to is None:
        return False
    codes = [s.station.code for s in status.stops]
    start, end = part.cancelled_from.code, part.cancelled_to.code
    if start not in codes or end not in codes or stop.station.code not in codes:
        return False
    first, last = sorted((codes.index(start), codes.index(end)))
    where = codes.index(stop.station.code)
    # A run cut short ends at the stretch's first station; one that starts late (the stretch
    # begins at its origin) starts from the stretch's last station.
    if first == 0:
        return first <= where < last
    return first < where <= last


def skipped_by_diversion(status: models.LiveStatus, stop: LiveStop) -> bool:
    """Whether a diversion takes this run away from `stop`: the route marks it skipped, or the
    diversion names it among the stations it leaves out."""
    if stop.state is StopState.SKIPPED:
        return True
    turned = status.exception(models.ExceptionKind.DIVERTED)
    return turned is not None and any(s.code == stop.station.code for s in turned.skipped)


def next_stop(status: models.LiveStatus) -> LiveStop | None:
    """The stop a run under way gets to next: the first served stop after the last it reached
    or left; None before it starts (its run line says where it leaves) or once it is over."""
    stops = status.stops
    done = [stop for stop in stops if stop.has_arrived or stop.has_departed]
    if not done or status.cancelled:
        return None
    ahead = stops[stops.index(done[-1]) + 1 :]
    # Where the source's current location says the train stands is no stop still to come,
    # though its route row, fetched apart, may not say it got there yet.
    here = status.location
    standing = here.station.code if here is not None and here.at_station else None
    served = (
        stop
        for stop in ahead
        if not off_the_run(status, stop)
        and not skipped_by_diversion(status, stop)
        and stop.station.code != standing
    )
    return next((stop for stop in served if not stop.has_arrived), None)


# A delay under this many minutes either way is on time.
ON_TIME_MIN = 5


# A late start, and any expected time of a run not started, is told only of a run leaving today
# or within this long: an "expected" time a day ahead is a guess (a source that copies today's
# delay onto tomorrow's run), not a prediction.
LATE_START_AHEAD: Final = dt.timedelta(hours=6)


def _leaves_beyond_predictions(first: LiveStop | None, now: dt.datetime) -> bool:
    """Whether a run from `first` leaves neither today nor within `LATE_START_AHEAD` of `now`."""
    if first is None or first.scheduled_departure is None:
        return False
    leaves = first.scheduled_departure.astimezone(now.tzinfo)
    return leaves.date() != now.date() and leaves - now > LATE_START_AHEAD


def expected_late_start(first: LiveStop | None, now: dt.datetime) -> int | None:
    """The minutes a run not started is expected to leave its first station late, when the
    railway expects it late at all (as a station's board then says it) and the run leaves today
    or within `LATE_START_AHEAD`; None otherwise."""
    if first is None or first.expected_departure is None or first.scheduled_departure is None:
        return None
    if _leaves_beyond_predictions(first, now):
        return None
    late = int((first.expected_departure - first.scheduled_departure).total_seconds() // 60)
    return late if late >= ON_TIME_MIN else None


def beyond_predictions(status: models.LiveStatus, now: dt.datetime) -> bool:
    """Whether `status` is of a run not started that leaves neither today nor within
    `LATE_START_AHEAD`: its times are its timetable's, never a source's guess. A run the
    railway rescheduled is not: its new start is the railway's own word, and its times follow
    from it, not from the timetable."""
    if not status.stops or not not_started(status) or rescheduled_start(status) is not None:
        return False
    return _leaves_beyond_predictions(status.stops[0], now)


def timetabled(status: models.LiveStatus, now: dt.datetime) -> models.LiveStatus:
    """The run as its timetable has it when it has not started and leaves beyond
    `LATE_START_AHEAD` (not today): every stop expected at its timetable's times and no delay,
    the same rule as `expected_late_start`, so that no answer says tomorrow's run is late at a
    stop; a run leaving today or soon, and one under way, keep the source's predictions. The
    railway's own changes (a new start, a cancellation, a diversion) stay."""
    if not beyond_predictions(status, now):
        return status
    stops = tuple(
        stop.model_copy(
            update={
                "expected_arrival": stop.scheduled_arrival,
                "expected_departure": stop.scheduled_departure,
                "delay_min": None,
            }
        )
        for stop in status.stops
    )
    return status.model_copy(update={"stops": stops, "delay_min": None})


def overdue_start(status: models.LiveStatus, now: dt.datetime) -> dt.datetime | None:
    """When a run the source still has not started was due to leave its first station, once
    that time is more than `ON_TIME_MIN` past (as expected late, if the railway expects it so):
    the train has not been reported leaving, so its start is never said in the future tense
    ("leaves at 13:15" at 14:50); a run the railway rescheduled, by its new start. None for a
    run still to leave and one cancelled."""
    if not status.stops or not not_started(status) or status.cancelled:
        return None
    first = status.stops[0]
    due = rescheduled_start(status) or first.scheduled_departure
    if due is first.scheduled_departure and expected_late_start(first, now) is not None:
        due = first.expected_departure
    if due is None or now - due <= dt.timedelta(minutes=ON_TIME_MIN):
        return None
    return due


def rescheduled_start(status: models.LiveStatus) -> dt.datetime | None:
    """The new start of a run the railway rescheduled, when the source says it."""
    moved = status.exception(models.ExceptionKind.RESCHEDULED)
    return moved.new_departure if moved is not None else None


def reported_arrival(stop: LiveStop) -> dt.datetime | None:
    """When the live report says the run got to `stop`: its arrival there, else (a station
    passed through, or one whose arrival went unreported) when it left; None when the report
    gives no time there. Never the timetable's time: that is when it was due, not when it came."""
    return stop.actual_arrival or stop.actual_departure


def due_there(stop: LiveStop, leaving: bool = False) -> dt.datetime | None:
    """When the timetable has the run at `stop`: its arrival (its departure when `leaving`),
    else the other one."""
    if leaving:
        return stop.scheduled_departure or stop.scheduled_arrival
    return stop.scheduled_arrival or stop.scheduled_departure


def last_report(status: models.LiveStatus) -> tuple[LiveStop, dt.datetime] | None:
    """The last stop the live report gives a time at, and that time (when the run left there,
    else when it got there); None when it gives none."""
    for stop in reversed(status.stops):
        at = stop.actual_departure or stop.actual_arrival
        if at is not None and (stop.has_arrived or stop.has_departed):
            return stop, at
    return None
