"""When each PNR alert is polled next: as often as the booking's state can change in a way worth a
message (ALERT_POLL_S), jittered so that workers spread out, never after the journey date, and
no more often than the provider's call budget allows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.bot.alerts.subscriptions import Baseline
from app.constants import ALERT_POLL_NEAR_S, ALERT_POLL_S, PNR_FAR_S, PNR_NEAR_S, PNR_SOON_S
from app.railways.freshness import booking_phase, poll_jitter_s

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


def poll_interval_s(now: float, baseline: Baseline, tz: dt.tzinfo) -> float | None:
    """How often the booking's phase has an alert look at it (None: never again)."""
    kinds = [seat.kind for seat in baseline.passengers.values()]
    settled = baseline.chart_prepared or baseline.train_cancelled
    phase = booking_phase(
        baseline.journey_date, baseline.departure, settled=settled, kinds=kinds, at=now, tz=tz
    )
    every = ALERT_POLL_S[phase]
    return None if every is None else max(float(ALERT_POLL_NEAR_S), float(every))


def look_taken_s(now: float, baseline: Baseline, tz: dt.tzinfo) -> float:
    """How old a look at the booking (a traveller's own question, another poll) may be for a
    poll due now to take it as its own rather than call: its interval, less the jitter, so that
    a poll's own previous look is always too old and only a look taken since it counts; and
    never one taken before the booking entered its phase (its last day, the chart window),
    which its new pace wants seen afresh. The next poll, an interval after such a look, is
    then always still to come."""
    interval = poll_interval_s(now, baseline, tz)
    if interval is None:
        return 0.0
    leaves = departure_at(baseline, tz)
    entered = [
        b for b in (leaves - PNR_FAR_S, leaves - PNR_SOON_S, leaves - PNR_NEAR_S) if b <= now
    ]
    taken = interval - poll_jitter_s(interval)
    return min(taken, now - max(entered)) if entered else taken


def counted_from(now: float, seen: float, baseline: Baseline, tz: dt.tzinfo) -> float:
    """When the next poll is counted from: the look a poll went by (`seen`, when its answer was
    fetched) if that look stands for the poll (`look_taken_s`), else now (an answer still fresh
    for a traveller but older than that, or from before the booking's phase began)."""
    return seen if 0 <= now - seen < look_taken_s(now, baseline, tz) else now


def next_poll_at(now: float, baseline: Baseline, tz: dt.tzinfo, rng: Random) -> float:
    """As often as the booking's phase needs (ALERT_POLL_S: a waiting list far from its journey
    every few hours, around the chart every quarter hour; a confirmed booking daily until its
    last day; a charted one never again), never more often than every ALERT_POLL_NEAR_S,
    jittered so that workers spread out. A booking that enters a busier phase before then (its
    last day, the chart window) is looked at as it does. A settled one is only woken at the end
    of the journey day, when its subscription ends without a call."""
    end = journey_over_at(baseline.journey_date, tz)
    interval = poll_interval_s(now, baseline, tz)
    if interval is None:
        return end
    spread = poll_jitter_s(interval)
    at = now + interval + (2 * rng() - 1) * spread
    leaves = departure_at(baseline, tz)
    for boundary in (leaves - PNR_FAR_S, leaves - PNR_SOON_S, leaves - PNR_NEAR_S):
        if now < boundary < at:
            at = boundary + rng() * poll_jitter_s(float(ALERT_POLL_NEAR_S))
            break
    return min(at, end)


def paced(now: float, at: float, spacing_s: float, subscriptions: int) -> float:
    """`at`, put off as far as the call budget needs: polling may make one call every
    `spacing_s` (what its share of the month's calls left allows until the month ends, 0 for no
    limit), and each of the `subscriptions` gets its turn."""
    if spacing_s <= 0:
        return at
    return max(at, now + spacing_s * max(1, subscriptions))
