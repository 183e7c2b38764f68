"""Where a running train should be by now, from its last report and the times it is expected at,
and when it is due at its next halt: between two halts far apart its answer says nothing new
until then but the position, which is projected (and said as estimated, with the report's time)
rather than asked for again.

The projection moves the train along the stretch it was reported on, from the point reported
to the next station of its route at the time it is expected there: the railway's own expected
time, else the timetable's plus the delay so far. It never moves the train past that station
(whether it has reached it is what only a fresh report tells), nor projects a run that is not
plainly running (not started, arrived, cancelled, cut short, diverted, rescheduled).
"""

from __future__ import annotations

import datetime as dt

from app.constants import LIVE_FRESH_S
from app.railways.models import CurrentLocation, LiveStatus, LiveStop, RunState


def expected_arrival(stop: LiveStop, late: int | None) -> dt.datetime | None:
    """When a stop still ahead is expected: the source's prediction, else its time plus the
    delay so far."""
    if stop.expected_arrival is not None:
        return stop.expected_arrival
    scheduled = stop.scheduled_arrival or stop.scheduled_departure
    if scheduled is not None and late:
        return scheduled + dt.timedelta(minutes=late)
    return scheduled


def plainly_running(status: LiveStatus) -> bool:
    """Running as timetabled: no part cancelled, no diversion or new time to follow."""
    return (
        status.state is RunState.RUNNING
        and not status.exceptions
        and not status.cancelled
        and bool(status.stops)
    )


def _ahead(status: LiveStatus) -> tuple[LiveStop, ...]:
    """The stops after the last one the train reached."""
    reached = [n for n, stop in enumerate(status.stops) if stop.has_arrived or stop.has_departed]
    return status.stops[reached[-1] + 1 :] if reached else status.stops


def _late(status: LiveStatus) -> int | None:
    if status.delay_min is not None:
        return status.delay_min
    done = [stop for stop in status.stops if stop.has_arrived or stop.has_departed]
    return done[-1].delay_min if done else None


def next_halt_due(status: LiveStatus) -> dt.datetime | None:
    """When a plainly running train is expected at its next halt (None: not known, or none)."""
    if not plainly_running(status):
        return None
    late = _late(status)
    halt = next((stop for stop in _ahead(status) if stop.is_halt), None)
    return expected_arrival(halt, late) if halt is not None else None


def projected_location(status: LiveStatus, now: dt.datetime) -> CurrentLocation | None:
    """Where a plainly running train should be at `now`, when its last report is older than a
    running train's freshness and it is between stations (None otherwise, or when the report
    says too little: no time, no distance, no station ahead with a time and a distance, or the
    train due there already)."""
    here, reported = status.location, status.updated_at
    if not plainly_running(status) or here is None or reported is None or here.at_station:
        return None
    since = (now - reported).total_seconds()
    start_km = here.distance_from_origin_km
    if since < LIVE_FRESH_S["running"] or start_km is None:
        return None
    late = _late(status)
    ahead = (
        (stop, due)
        for stop in _ahead(status)
        if stop.distance_km is not None
        and stop.distance_km > start_km
        and (due := expected_arrival(stop, late)) is not None
    )
    found = next(ahead, None)
    if found is None:
        return None
    stop, due = found
    assert stop.distance_km is not None
    span_s = (due - reported).total_seconds()
    if span_s <= 0 or now >= due:
        return None
    moved_km = (stop.distance_km - start_km) * since / span_s
    past_km = (here.distance_from_station_km or 0.0) + moved_km
    return here.model_copy(
        update={
            "distance_from_origin_km": start_km + moved_km,
            "distance_from_station_km": past_km,
            "lat": None,
            "lng": None,
        }
    )
