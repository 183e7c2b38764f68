"""When each PNR alert is polled next: as often as the booking's state can change, jittered so
that workers spread out, and never after the journey date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.bot.alerts.subscriptions import Baseline
from app.constants import ALERT_POLL_NEAR_S, PNR_SOON_S
from app.railways.freshness import booking_fresh_s, poll_jitter_s

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
    """As often as the booking's state can change (app/railways/freshness.py: a waiting list far
    from its journey hourly, near it every 15 minutes; a confirmed booking every few hours until
    its chart window; a charted one rarely), never more often than every ALERT_POLL_NEAR_S,
    jittered so that workers spread out; the first close poll as the last day before departure
    begins, the last at the end of the journey day."""
    kinds = [seat.kind for seat in baseline.passengers.values()]
    settled = baseline.chart_prepared or baseline.train_cancelled
    fresh = booking_fresh_s(
        baseline.journey_date, baseline.departure, settled=settled, kinds=kinds, at=now, tz=tz
    )
    interval = max(float(ALERT_POLL_NEAR_S), fresh)
    spread = poll_jitter_s(interval)
    at = now + interval + (2 * rng() - 1) * spread
    near_from = departure_at(baseline, tz) - PNR_SOON_S
    if not settled and now < near_from < at:
        at = near_from + rng() * spread
    return min(at, journey_over_at(baseline.journey_date, tz))
