"""The provider-calls benchmark on a small day, on real Redis: its figures add up, and alert
polling is paced by the plan's month as the poller paces it."""

from __future__ import annotations

import pytest

from app.constants import BUDGET_WAIT_S, BUDGET_WINDOW_S
from bench.figures import Result
from bench.provider_calls import MinuteLimit, minute_limit, simulate


def figure(result: Result, label: str) -> float:
    return next(f.value for f in result.figures if f.label == label)


async def test_people_and_alert_polls_make_up_every_call_and_nobody_goes_unanswered(
    clean_redis: str,
) -> None:
    result = await simulate(400, 7, clean_redis, plan=100_000)

    total = figure(result, "upstream calls per 1,000 questions")
    people = figure(result, "of them people's questions")
    polls = figure(result, "of them alert polls")
    assert people + polls == pytest.approx(total, abs=0.2)
    assert 0 < figure(result, "of the calls, requests never made before, per 1,000") <= total
    assert polls > 0
    assert "; 0 questions failed." in result.notes[0]


async def test_a_smaller_plan_leaves_alert_polling_fewer_calls(clean_redis: str) -> None:
    roomy = await simulate(400, 7, clean_redis, plan=10_000_000, mix="two-days")
    tight = await simulate(400, 7, clean_redis, plan=5_000, mix="two-days")

    # Polling gets what its phases ask for while the plan's month leaves that much, and less
    # when it does not; people's questions are the same ones, and can only miss a poll's fresh
    # answer more often.
    assert figure(tight, "of them alert polls") < figure(roomy, "of them alert polls")
    assert figure(tight, "of them people's questions") >= figure(
        roomy, "of them people's questions"
    )


def test_the_minute_limit_holds_calls_past_it_for_the_next_free_slot() -> None:
    # Twelve people's calls in the same second, under ten a minute: two wait a whole window,
    # longer than a question waits, so they are answered from what is known instead.
    burst = [(1000.0 + k / 100, "pnr", False) for k in range(12)]
    assert minute_limit(burst, 10) == MinuteLimit(
        waited=0, longest_wait_s=0.0, held=2, polls_put_off=0
    )

    # Spread over the minute, the eleventh waits only until the first leaves the window.
    spread = [(1000.0 + 5 * k, "live", False) for k in range(11)]
    limited = minute_limit(spread, 10)
    assert limited.waited == 1 and limited.held == 0
    assert limited.longest_wait_s == pytest.approx(1000.0 + BUDGET_WINDOW_S - 1050.0)

    # A poll never takes the minute's last slots: past eight of ten, it is put off.
    polls = [*burst[:8], (1000.5, "pnr", True), *burst[8:10]]
    assert minute_limit(polls, 10) == MinuteLimit(0, 0.0, 0, polls_put_off=1)


async def test_under_the_free_tiers_minute_a_day_of_questions_reports_its_waits(
    clean_redis: str,
) -> None:
    result = await simulate(400, 7, clean_redis, plan=100_000, per_minute=1)

    waited = figure(result, "people's calls that waited for the minute's limit (1)")
    assert waited > 0
    assert 0 < figure(result, "longest wait for it") <= BUDGET_WAIT_S


async def test_the_standing_mix_runs_the_alerts_of_the_weeks_before_as_well(
    clean_redis: str,
) -> None:
    standing = await simulate(400, 7, clean_redis, mix="standing")
    two_days = await simulate(400, 7, clean_redis, mix="two-days")

    # The same questions; more alerts running, so more polls.
    assert figure(standing, "of them alert polls") > figure(two_days, "of them alert polls")
    assert "; 0 questions failed." in standing.notes[0]
