"""The provider-calls benchmark on a small day, on real Redis: its figures add up, and alert
polling is paced by the plan's month as the poller paces it."""

from __future__ import annotations

import pytest

from bench.figures import Result
from bench.provider_calls import simulate


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
    roomy = await simulate(400, 7, clean_redis, plan=10_000_000)
    tight = await simulate(400, 7, clean_redis, plan=20_000)

    # Polling gets what the plan's month leaves it; people's questions are the same ones, and
    # can only miss a poll's fresh answer more often.
    assert figure(tight, "of them alert polls") < figure(roomy, "of them alert polls")
    assert figure(tight, "of them people's questions") >= figure(
        roomy, "of them people's questions"
    )
