"""When each PNR alert is polled next: hourly, every 15 minutes from a day before departure,
jittered so that workers spread out, and never after the journey date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.bot.alerts.subscriptions import Baseline
from app.constants import (
    ALERT_NEAR_WINDOW_S,
    ALERT_POLL_INTERVAL_S,
    ALERT_POLL_JITTER_S,
    ALERT_POLL_NEAR_S,
)

Random = Callable[[], float]


def departure_at(baseline: Baseline, tz: dt.tzinfo) -> float:
    """When the train leaves (midnight of the journey date when the time is not known)."""
    moment = dt.datetime.combine(baseline.journey_date, baseline.departure or dt.time(0), tz)
    return moment.timestamp()


def journey_over_at(journey_date: dt.date, tz: dt.tzinfo) -> float:
    """The end of the journey date: alerts stop then."""
    return dt.datetime.combine(journey_date + dt.timedelta(days=1), dt.time(0), tz).timestamp()


def journey_over(now: float, journey_date: dt.date, tz: dt.tzinfo) -> bool:
    return now >= journey_over_at(journey_date, tz)


def next_poll_at(now: float, baseline: Baseline, tz: dt.tzinfo, rng: Random) -> float:
    """Hourly, every 15 minutes from 24 hours before departure, jittered so that workers
    spread out; the first close poll as that window opens, the last at the end of the day."""
    near_from = departure_at(baseline, tz) - ALERT_NEAR_WINDOW_S
    interval = ALERT_POLL_NEAR_S if now >= near_from else ALERT_POLL_INTERVAL_S
    spread = min(ALERT_POLL_JITTER_S, interval / 6)
    at = now + interval + (2 * rng() - 1) * spread
    if now < near_from < at:
        at = near_from + rng() * spread
    return min(at, journey_over_at(baseline.journey_date, tz))
