"""When each PNR alert is polled next: as often as the booking's state can change in a way worth a
message (ALERT_POLL_S), jittered so that workers spread out, never after the journey date, and
no more often than the provider's call budget allows.

The phases count from when the train leaves the ticket's first station (the PNR answer's time,
else the timetable's, else midnight of the journey date). A confirmed booking more than a day out
can change only by the train being cancelled or rescheduled: its alert looks at the train's run
(`watches_run`), a look shared by everyone on that run. Far from the journey every alert looks
again when a share of the time left has gone by (ALERT_SHARE_OF_TIME_LEFT: an eighth for a
waiting list, a quarter for a confirmed booking). Around the chart an alert looks when each
chart is due: the first (PNR_CHART_S before departure) for every booking, the second
(PNR_SECOND_CHART_S) for a booking still waitlisted or in RAC after the first. When the budget
is short, a poll waits its turn behind those due before it (`paced`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.bot.alerts.subscriptions import Baseline
from app.constants import (
    ALERT_AFTER_CHART_S,
    ALERT_POLL_MAX_S,
    ALERT_POLL_NEAR_S,
    ALERT_POLL_S,
    ALERT_SHARE_OF_TIME_LEFT,
    PNR_CHART_S,
    PNR_FAR_S,
    PNR_NEAR_S,
    PNR_SECOND_CHART_S,
    PNR_SOON_S,
)
from app.railways.freshness import booking_phase, poll_jitter_s
from app.railways.models import StatusKind

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
    phase = _phase(now, baseline, tz)
    every = ALERT_POLL_S[phase]
    if every is None:
        return None
    looks = float(every)
    if (share := ALERT_SHARE_OF_TIME_LEFT.get(phase)) is not None:
        # A share of the time left: a change is told with most of it still to act in.
        looks = max(looks, (departure_at(baseline, tz) - now) / share)
    if (most := ALERT_POLL_MAX_S.get(phase)) is not None:
        looks = min(looks, float(most))
    return max(float(ALERT_POLL_NEAR_S), looks)


def watches_run(now: float, baseline: Baseline, tz: dt.tzinfo) -> bool:
    """Whether the alert looks at the train's run rather than the PNR: every passenger
    confirmed and the chart not yet near, when only a cancellation or a new time can come."""
    return _phase(now, baseline, tz) in ("confirmed", "confirmed_soon")


def chart_due_at(baseline: Baseline, tz: dt.tzinfo) -> float:
    """When the first chart should be in the PNR enquiry: an alert's look then tells it."""
    return departure_at(baseline, tz) - PNR_CHART_S + ALERT_AFTER_CHART_S


def second_chart_due_at(baseline: Baseline, tz: dt.tzinfo) -> float | None:
    """When the second chart should be in, for a charted booking still waitlisted or in RAC
    (berths freed since the first go to them); None for any other."""
    if not baseline.chart_prepared or baseline.train_cancelled:
        return None
    waiting = any(
        seat.kind.is_waitlist or seat.kind is StatusKind.RAC
        for seat in baseline.passengers.values()
    )
    if not waiting:
        return None
    return departure_at(baseline, tz) - PNR_SECOND_CHART_S + ALERT_AFTER_CHART_S


def boundaries(baseline: Baseline, tz: dt.tzinfo) -> tuple[float, ...]:
    """When the booking enters a busier phase (two weeks out, its last day, the chart window) or
    a chart is due: a look is taken then, and none from before stands for it."""
    leaves, chart = departure_at(baseline, tz), chart_due_at(baseline, tz)
    if _all_confirmed(baseline):  # only its last day and its chart change its pace
        times: tuple[float, ...] = (leaves - PNR_SOON_S, chart)
    else:
        times = (leaves - PNR_FAR_S, leaves - PNR_SOON_S, leaves - PNR_NEAR_S, chart)
    second = second_chart_due_at(baseline, tz)
    return times if second is None else (*times, second)


def look_taken_s(now: float, baseline: Baseline, tz: dt.tzinfo) -> float:
    """How old a look at the booking (a traveller's own question, another poll) may be for a
    poll due now to take it as its own rather than call: its interval, less the jitter, so that
    a poll's own previous look is always too old and only a look taken since it counts; and
    never one taken before the booking entered its phase (its last day, the chart window) or
    before a chart was due, which its new pace wants seen afresh. The next poll, an interval
    after such a look, is then always still to come."""
    interval = poll_interval_s(now, baseline, tz)
    if interval is None:
        interval = 0.0 if second_chart_due_at(baseline, tz) is None else float(ALERT_POLL_NEAR_S)
    if interval <= 0:
        return 0.0
    entered = [boundary for boundary in boundaries(baseline, tz) if boundary <= now]
    taken = interval - poll_jitter_s(interval)
    return min(taken, now - max(entered)) if entered else taken


def counted_from(now: float, seen: float, baseline: Baseline, tz: dt.tzinfo) -> float:
    """When the next poll is counted from: the look a poll went by (`seen`, when its answer was
    fetched) if that look stands for the poll (`look_taken_s`), else now (an answer still fresh
    for a traveller but older than that, or from before the booking's phase began)."""
    return seen if 0 <= now - seen < look_taken_s(now, baseline, tz) else now


def next_poll_at(now: float, baseline: Baseline, tz: dt.tzinfo, rng: Random) -> float:
    """As often as the booking's phase needs (ALERT_POLL_S: a waiting list far from its journey
    every few hours, around the chart every quarter hour; a confirmed booking's run at most daily
    until its last day, then when its chart is due; a charted one never again, but for the
    second chart of one still waiting), never more often than every ALERT_POLL_NEAR_S,
    jittered so that workers spread out. A booking that enters a busier phase before then (its
    last day, the chart window, a chart due) is looked at as it does. A settled one is only
    woken at the end of the journey day, when its subscription ends without a call."""
    end = journey_over_at(baseline.journey_date, tz)
    prompt = poll_jitter_s(float(ALERT_POLL_NEAR_S))
    interval = poll_interval_s(now, baseline, tz)
    if interval is None:
        second = second_chart_due_at(baseline, tz)
        if second is not None and now < second:
            return min(second + rng() * prompt, end)
        return end
    spread = poll_jitter_s(interval)
    at = now + interval + (2 * rng() - 1) * spread
    chart = chart_due_at(baseline, tz)
    if _all_confirmed(baseline) and departure_at(baseline, tz) - PNR_NEAR_S <= at < chart:
        at = chart  # in the chart window a confirmed berth waits only for the chart
    for boundary in boundaries(baseline, tz):
        if now < boundary < at:
            at = boundary + rng() * prompt
            break
    return min(at, end)


def _all_confirmed(baseline: Baseline) -> bool:
    kinds = [seat.kind for seat in baseline.passengers.values()]
    return bool(kinds) and all(kind in (StatusKind.CNF, StatusKind.CAN) for kind in kinds)


def _phase(now: float, baseline: Baseline, tz: dt.tzinfo) -> str:
    kinds = [seat.kind for seat in baseline.passengers.values()]
    settled = baseline.chart_prepared or baseline.train_cancelled
    return booking_phase(
        baseline.journey_date, baseline.departure, settled=settled, kinds=kinds, at=now, tz=tz
    )


def paced(now: float, at: float, spacing_s: float, due_by_then: int) -> float:
    """`at`, put off only as far as the call budget needs: polling may make one call every
    `spacing_s` (what its share of the month's calls left allows until the month ends, 0 for no
    limit), and the `due_by_then` polls due by `at` (this one among them) take their turns in
    that time. While the phases ask for no more than the budget has, every poll comes when its
    phase wants it (a chart-time look is never held back by the alerts weeks out); when they ask
    for more, each waits its turn."""
    if spacing_s <= 0:
        return at
    return max(at, now + spacing_s * max(1, due_by_then))
