"""A run not started yet: when a late start is told (app/bot/handlers/run_state.py)."""

from __future__ import annotations

import datetime as dt

from app.bot.handlers.run_state import expected_late_start
from app.railways.models import LiveStop, Station

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
