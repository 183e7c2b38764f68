"""A live provider paused for long: when a failure means no live answer for a while, and until
when.

A provider that refused calls for hours (HTTP 429 with a long Retry-After), or whose call budget
is spent (the month's calls, or the pause such a refusal set in the budget every process shares),
gives no live answer until then. An answer given meanwhile (a stale cached one, or the offline
timetable's) says so, and when live answers return, rather than that the provider "didn't
answer". A short wait (a busy minute) is no pause: the next question may well be answered live.
"""

from __future__ import annotations

import datetime as dt

from app.constants import BUDGET_LONG_PAUSE_S
from app.errors import BudgetExhausted, RailwayError, UpstreamRateLimited
from app.railways.models import Pause


def pause_of(exc: RailwayError) -> Pause | None:
    """The pause a failure means (the provider, since when, until when), or None for a short
    wait and every other failure."""
    if not isinstance(exc, BudgetExhausted | UpstreamRateLimited) or exc.at is None:
        return None
    monthly = _monthly(exc)
    if monthly:
        return Pause(provider=exc.provider, since=exc.at, until=month_end(exc.at), monthly=True)
    back = exc.back_at
    if back is None or exc.retry_after_s is None or exc.retry_after_s < BUDGET_LONG_PAUSE_S:
        return None
    return Pause(provider=exc.provider, since=exc.at, until=back)


def month_end(at: dt.datetime) -> dt.datetime:
    """The start of the calendar month (UTC, as the budget counts months) after `at`'s."""
    utc = at.astimezone(dt.UTC)
    first = utc.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return (first + dt.timedelta(days=32)).replace(day=1)


def _monthly(exc: BudgetExhausted | UpstreamRateLimited) -> bool:
    if isinstance(exc, BudgetExhausted):
        return exc.window == "month"
    return exc.monthly
