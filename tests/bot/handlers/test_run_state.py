"""A run not started yet: when a late start, and any expected time of it, is told
(app/bot/handlers/run_state.py)."""

from __future__ import annotations

import datetime as dt

from app.bot.handlers.run_state import expected_late_start, overdue_start, timetabled
from app.railways.models import (
    ExceptionKind,
    LiveStatus,
    LiveStop,
    RunException,
    RunState,
    Station,
    Train,
)

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
NOW = dt.datetime(2026, 12, 9, 7, 10, tzinfo=IST)


def first_stop(due: dt.datetime, late_min: int) -> LiveStop:
    return LiveStop(
        station=Station(code="SBC", name="KSR Bengaluru City Jn"),
        scheduled_departure=due,
        expected_departure=due + dt.timedelta(minutes=late_min),
    )


def test_a_run_leaving_today_expected_late_is_told_late() -> None:
    assert expected_late_start(first_stop(NOW.replace(hour=19, minute=20), 12), NOW) == 12


def test_a_run_leaving_within_hours_after_midnight_is_told_late() -> None:
    late_evening = NOW.replace(hour=22, minute=40)
    due = dt.datetime(2026, 12, 10, 1, 0, tzinfo=IST)
    assert expected_late_start(first_stop(due, 30), late_evening) == 30


def test_a_run_leaving_tomorrow_is_never_guessed_late_a_day_ahead() -> None:
    due = dt.datetime(2026, 12, 10, 19, 20, tzinfo=IST)
    assert expected_late_start(first_stop(due, 12), NOW) is None


def test_a_delay_under_five_minutes_is_on_time() -> None:
    assert expected_late_start(first_stop(NOW.replace(hour=9), 4), NOW) is None


def run_of(due: dt.datetime, late_min: int, *, left: bool = False) -> LiveStatus:
    """A run from Bengaluru `due`, the source expecting it `late_min` late all the way to
    Bhopal, a day and three hours on; `left`: it has left Bengaluru."""
    late = dt.timedelta(minutes=late_min)
    at_bhopal = due + dt.timedelta(hours=26, minutes=45)
    start = first_stop(due, late_min).model_copy(
        update={"has_departed": left, "actual_departure": due + late if left else None}
    )
    bhopal = LiveStop(
        station=Station(code="BPL", name="Bhopal Jn"),
        day=2,
        scheduled_arrival=at_bhopal,
        expected_arrival=at_bhopal + late,
        delay_min=late_min,
    )
    return LiveStatus(
        train=Train(number="12627", name="Karnataka Express"),
        start_date=due.date(),
        delay_min=late_min,
        stops=(start, bhopal),
        state=RunState.RUNNING if left else RunState.NOT_STARTED,
    )


def test_tomorrows_run_is_expected_at_every_stop_at_its_timetables_time() -> None:
    tomorrow = run_of(dt.datetime(2026, 12, 10, 19, 20, tzinfo=IST), 12)
    shown = timetabled(tomorrow, NOW)
    start, bhopal = shown.stops
    assert start.expected_departure == start.scheduled_departure
    assert bhopal.expected_arrival == bhopal.scheduled_arrival
    assert (shown.delay_min, bhopal.delay_min) == (None, None)


def test_a_run_leaving_today_keeps_the_sources_predictions() -> None:
    today = run_of(NOW.replace(hour=19, minute=20), 12)
    assert timetabled(today, NOW) == today


def test_a_run_leaving_within_hours_after_midnight_keeps_the_sources_predictions() -> None:
    soon = run_of(dt.datetime(2026, 12, 10, 1, 0, tzinfo=IST), 30)
    assert timetabled(soon, NOW.replace(hour=22, minute=40)) == soon


def test_a_running_run_keeps_the_sources_predictions() -> None:
    running = run_of(NOW - dt.timedelta(hours=3), 12, left=True)
    assert timetabled(running, NOW - dt.timedelta(days=1)) == running


def test_tomorrows_run_rescheduled_by_the_railway_keeps_the_times_that_follow_from_it() -> None:
    # The railway moved tomorrow's start by 2 h 30 min: that is its own word, not a guess, and
    # the times down the line follow it (never the timetable's, as if it left on time).
    due = dt.datetime(2026, 12, 10, 19, 20, tzinfo=IST)
    moved = RunException(
        kind=ExceptionKind.RESCHEDULED, new_departure=due + dt.timedelta(minutes=150), delay_min=150
    )
    rescheduled = run_of(due, 150).model_copy(update={"exceptions": (moved,)})
    assert timetabled(rescheduled, NOW) == rescheduled


def test_a_run_not_started_past_its_time_is_overdue_from_its_due_time() -> None:
    due = NOW - dt.timedelta(minutes=40)
    waiting = run_of(due, 0)
    assert overdue_start(waiting, NOW) == due
    assert overdue_start(run_of(NOW - dt.timedelta(minutes=4), 0), NOW) is None  # on time yet
    assert overdue_start(run_of(NOW + dt.timedelta(hours=2), 0), NOW) is None
    assert overdue_start(run_of(due, 0, left=True), NOW) is None


def test_a_late_start_is_overdue_from_the_time_expected_and_a_cancelled_run_never() -> None:
    due = NOW - dt.timedelta(minutes=90)
    assert overdue_start(run_of(due, 30), NOW) == due + dt.timedelta(minutes=30)
    assert overdue_start(run_of(due, 120), NOW) is None  # expected in half an hour
    cancelled = run_of(due, 0).model_copy(update={"state": RunState.CANCELLED})
    assert overdue_start(cancelled, NOW) is None
