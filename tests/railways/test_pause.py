"""When a failure means live answers are paused for long, and until when."""

from __future__ import annotations

import datetime as dt

from app.errors import BudgetExhausted, UpstreamRateLimited, UpstreamUnavailable
from app.railways.pause import month_end, pause_of

AT = dt.datetime(2026, 12, 5, 18, 30, tzinfo=dt.UTC)


def test_a_refusal_asking_for_hours_pauses_live_answers_until_then() -> None:
    refused = UpstreamRateLimited("429", retry_after_s=3 * 3600, provider="railradar", at=AT)
    pause = pause_of(refused)
    assert pause is not None
    assert (pause.provider, pause.since, pause.until, pause.monthly) == (
        "railradar",
        AT,
        AT + dt.timedelta(hours=3),
        False,
    )


def test_the_budget_held_by_such_a_refusal_is_the_same_pause() -> None:
    held = BudgetExhausted("railradar", "minute", 2 * 3600, at=AT)
    pause = pause_of(held)
    assert pause is not None and pause.until == AT + dt.timedelta(hours=2)


def test_a_spent_month_pauses_live_answers_until_the_next_months_calls() -> None:
    quota = UpstreamRateLimited("MONTHLY quota", monthly=True, provider="irctc1", at=AT)
    pause = pause_of(quota)
    assert pause is not None and pause.monthly
    assert pause.until == dt.datetime(2027, 1, 1, tzinfo=dt.UTC) == month_end(AT)
    spent = BudgetExhausted("railradar", "month", 13 * 86400 - 0.4, at=AT)
    budget = pause_of(spent)
    assert budget is not None and budget.monthly and budget.until == month_end(AT)


def test_a_busy_minute_or_an_outage_is_no_pause() -> None:
    assert pause_of(BudgetExhausted("railradar", "minute", 12.0, at=AT)) is None
    assert pause_of(UpstreamRateLimited("429", retry_after_s=30, provider="x", at=AT)) is None
    assert pause_of(UpstreamRateLimited("429", provider="railradar", at=AT)) is None
    assert pause_of(UpstreamUnavailable("down")) is None
