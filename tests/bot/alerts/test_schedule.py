"""When each PNR alert is polled next."""

from __future__ import annotations

import datetime as dt
import functools

from app.bot.alerts.schedule import journey_over, next_poll_at
from app.bot.alerts.subscriptions import Baseline
from app.constants import MINUTE
from tests.bot.alerts.samples import JOURNEY, status
from tests.bot.harness import (
    TZ,
)


def _at(day: dt.date, hour: int) -> float:
    return dt.datetime.combine(day, dt.time(hour), TZ).timestamp()


def test_polls_are_hourly_far_from_departure_and_quarter_hourly_near_it() -> None:
    baseline = Baseline.of(status("RLWL/-/16/GN", departs=dt.time(19, 20)))
    far = _at(JOURNEY - dt.timedelta(days=5), 12)
    near = _at(JOURNEY, 9)
    for draw in (0.0, 0.5, 1.0):
        rng = functools.partial(float, draw)
        assert 55 * MINUTE <= next_poll_at(far, baseline, TZ, rng) - far <= 65 * MINUTE
        assert 12.5 * MINUTE <= next_poll_at(near, baseline, TZ, rng) - near <= 17.5 * MINUTE


def test_the_first_close_poll_comes_as_the_last_day_before_departure_begins() -> None:
    baseline = Baseline.of(status("RLWL/-/16/GN", departs=dt.time(19, 20)))
    window_opens = dt.datetime.combine(JOURNEY - dt.timedelta(days=1), dt.time(19, 20), TZ)
    now = window_opens.timestamp() - 20 * MINUTE
    assert next_poll_at(now, baseline, TZ, lambda: 0.0) == window_opens.timestamp()


def test_the_last_poll_is_at_the_end_of_the_journey_date_and_then_it_is_over() -> None:
    baseline = Baseline.of(status("RLWL/-/16/GN"))
    end = _at(JOURNEY + dt.timedelta(days=1), 0)
    late = end - 5 * MINUTE
    assert next_poll_at(late, baseline, TZ, lambda: 1.0) == end
    assert not journey_over(end - 1, JOURNEY, TZ)
    assert journey_over(end, JOURNEY, TZ)
