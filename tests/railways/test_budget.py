"""A provider's call budget: never more calls than the provider allows, people before alert
polling, a short wait for a free call or an honest refusal, shared by every process."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis

from app.errors import BudgetExhausted, UpstreamUnavailable
from app.observability import REGISTRY
from app.railways.budget import (
    CallBudget,
    Limits,
    MemoryLedger,
    Priority,
    RedisLedger,
    background_calls,
    current_priority,
)
from tests.conftest import FakeClock

ROOT = Path(__file__).resolve().parents[2]
PROCESS = (sys.executable, "-m", "tests.support.budget_process")


class Sleeper:
    """A sleep that moves the fake clock instead of waiting."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.slept: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.clock.advance(seconds)


@pytest.fixture
def sleeper(clock: FakeClock) -> Sleeper:
    return Sleeper(clock)


def budget(
    clock: FakeClock,
    sleeper: Sleeper,
    per_minute: int | None = 10,
    per_month: int | None = 1000,
    wait_s: float = 20.0,
) -> CallBudget:
    return CallBudget(
        "railradar",
        Limits(per_minute, per_month),
        MemoryLedger(clock),
        wait_s=wait_s,
        clock=clock,
        sleep=sleeper,
    )


async def spend_all(calls: CallBudget, count: int) -> None:
    for _ in range(count):
        await calls.spend()


# --- one process -----------------------------------------------------------------------------


async def test_no_more_calls_than_the_minute_allows(clock: FakeClock, sleeper: Sleeper) -> None:
    calls = budget(clock, sleeper, wait_s=0)
    await spend_all(calls, 10)

    with pytest.raises(BudgetExhausted) as refused:
        await calls.spend()

    assert refused.value.window == "minute"
    # The first call leaves the window a minute (and a second of margin) after it was made.
    assert refused.value.retry_after_s == pytest.approx(61)
    assert isinstance(refused.value, UpstreamUnavailable)  # the cache serves what it knows


async def test_a_question_waits_for_a_call_that_frees_within_its_wait(
    clock: FakeClock, sleeper: Sleeper
) -> None:
    calls = budget(clock, sleeper)
    await spend_all(calls, 10)
    clock.advance(45)

    await calls.spend()

    (waited,) = sleeper.slept
    assert 16 <= waited <= 16.5


async def test_a_question_that_would_wait_too_long_hears_when_to_ask_again(
    clock: FakeClock, sleeper: Sleeper
) -> None:
    calls = budget(clock, sleeper)
    await spend_all(calls, 10)
    clock.advance(5)

    with pytest.raises(BudgetExhausted) as refused:
        await calls.spend()

    assert sleeper.slept == []  # no pointless wait
    assert refused.value.retry_after_s == pytest.approx(56)


async def test_alert_polling_never_takes_the_last_calls_of_a_minute(
    clock: FakeClock, sleeper: Sleeper
) -> None:
    calls = budget(clock, sleeper)
    with background_calls():
        await spend_all(calls, 8)
        with pytest.raises(BudgetExhausted):
            await calls.spend()
    assert sleeper.slept == []  # background work never waits

    await spend_all(calls, 2)  # the last two are people's
    with pytest.raises(BudgetExhausted):
        await calls.spend()


async def test_a_spent_month_is_refused_until_the_month_ends(
    clock: FakeClock, sleeper: Sleeper
) -> None:
    clock.now = dt.datetime(2026, 10, 31, 23, 0, tzinfo=dt.UTC).timestamp()
    calls = budget(clock, sleeper, per_minute=None, per_month=5)
    with background_calls():
        await spend_all(calls, 4)
        with pytest.raises(BudgetExhausted):
            await calls.spend()  # the month's last call is kept for a person
    await calls.spend()

    with pytest.raises(BudgetExhausted) as refused:
        await calls.spend()

    assert refused.value.window == "month"
    assert refused.value.retry_after_s == pytest.approx(3600)
    clock.advance(3600)
    await calls.spend()  # a new month


async def test_a_call_given_back_can_be_made_again_and_is_not_counted(
    clock: FakeClock, sleeper: Sleeper
) -> None:
    calls = budget(clock, sleeper, per_minute=2)
    await calls.spend()
    returned = await calls.spend()

    await calls.give_back(returned)

    assert (await calls.spend()).granted
    usage = await calls.usage()
    assert (usage.minute_used, usage.month_used) == (2, 2)


async def test_a_provider_without_limits_is_never_refused(
    clock: FakeClock, sleeper: Sleeper
) -> None:
    calls = budget(clock, sleeper, per_minute=None, per_month=None)

    await spend_all(calls, 500)

    assert sleeper.slept == []


async def test_a_refusal_from_the_provider_stops_calls_for_as_long_as_it_says(
    clock: FakeClock, sleeper: Sleeper
) -> None:
    calls = budget(clock, sleeper)

    await calls.refused(30)
    with pytest.raises(BudgetExhausted) as refused:
        await calls.spend()
    assert refused.value.retry_after_s == pytest.approx(30)

    clock.advance(15)
    await calls.spend()  # 15 s more: within a question's wait
    assert sleeper.slept and 15 <= sleeper.slept[0] <= 15.5


async def test_a_refusal_for_the_month_spends_the_months_window_never_the_minutes(
    clock: FakeClock, sleeper: Sleeper
) -> None:
    # "Monthly quota exceeded": no call until the month ends, so the question is told the month
    # is spent (error.busy_month), never to try again in a minute.
    calls = budget(clock, sleeper)
    await calls.refused(monthly=True)
    with pytest.raises(BudgetExhausted) as month:
        await calls.spend()
    assert month.value.window == "month"

    brief = budget(clock, sleeper)
    await brief.refused(3600)
    with pytest.raises(BudgetExhausted) as minute:
        await brief.spend()
    assert minute.value.window == "minute"


async def test_usage_shows_calls_made_and_left_as_metrics(
    clock: FakeClock, sleeper: Sleeper
) -> None:
    calls = budget(clock, sleeper)
    await spend_all(calls, 3)

    usage = await calls.usage()

    assert (usage.minute_used, usage.minute_left, usage.month_used, usage.month_left) == (
        3,
        7,
        3,
        997,
    )
    left = REGISTRY.get_sample_value(
        "railbot_provider_budget_left", {"provider": "railradar", "window": "month"}
    )
    assert left == 997


async def test_background_spacing_spreads_its_share_over_the_rest_of_the_month(
    clock: FakeClock, sleeper: Sleeper
) -> None:
    clock.now = dt.datetime(2026, 10, 21, 0, 0, tzinfo=dt.UTC).timestamp()  # 11 days left
    calls = budget(clock, sleeper, per_minute=None, per_month=1000)
    await spend_all(calls, 120)

    spacing = await calls.background_spacing_s()

    # 880 left, 200 kept for people: 680 background calls over 11 days.
    assert spacing == pytest.approx(11 * 86400 / 680)
    assert await budget(clock, sleeper, per_month=None).background_spacing_s() == 0


def test_priority_is_a_person_unless_inside_background_calls() -> None:
    assert current_priority() is Priority.PERSON
    with background_calls():
        assert current_priority() is Priority.BACKGROUND
    assert current_priority() is Priority.PERSON


# --- shared through Redis ----------------------------------------------------------------------


async def test_on_redis_the_minute_is_shared_by_every_budget_object(
    redis_client: aioredis.Redis,
) -> None:
    def shared() -> CallBudget:
        # A window no busy machine can outlast between these few calls.
        return CallBudget("railradar", Limits(5, None), RedisLedger(redis_client), wait_s=0)

    first, second = shared(), shared()
    await spend_all(first, 3)
    await spend_all(second, 2)

    with pytest.raises(BudgetExhausted) as refused:
        await first.spend()
    assert refused.value.window == "minute"
    usage = await second.usage()
    assert (usage.minute_used, usage.month_used) == (5, 5)


async def test_on_redis_a_call_frees_once_its_window_has_passed(
    redis_client: aioredis.Redis,
) -> None:
    calls = CallBudget(
        "railradar", Limits(1, None), RedisLedger(redis_client), wait_s=0, window_s=1
    )
    await calls.spend()
    with pytest.raises(BudgetExhausted) as refused:
        await calls.spend()
    assert 0 < refused.value.retry_after_s <= 1

    await asyncio.sleep(refused.value.retry_after_s + 0.05)
    await calls.spend()


async def test_on_redis_a_refusal_pauses_every_process(redis_client: aioredis.Redis) -> None:
    one = CallBudget("railradar", Limits(10, None), RedisLedger(redis_client), wait_s=0)
    other = CallBudget("railradar", Limits(10, None), RedisLedger(redis_client), wait_s=0)

    await one.refused(30)

    with pytest.raises(BudgetExhausted) as refused:
        await other.spend()
    assert 29 <= refused.value.retry_after_s <= 30


async def test_on_redis_a_call_given_back_frees_its_minute_and_month(
    redis_client: aioredis.Redis,
) -> None:
    # A call whose connection never reached the provider is given back by whichever process
    # took it; a call given back twice is taken off once.
    calls = CallBudget("railradar", Limits(2, 1000), RedisLedger(redis_client), wait_s=0)
    kept = await calls.spend()
    returned = await calls.spend()

    await calls.give_back(returned)
    await calls.give_back(returned)

    usage = await calls.usage()
    assert (usage.minute_used, usage.month_used) == (1, 1)
    assert kept.granted and (await calls.spend()).granted


async def test_with_redis_down_calls_are_counted_in_this_process() -> None:
    unreachable = aioredis.Redis.from_url(
        "redis://127.0.0.1:1/0", decode_responses=True, socket_connect_timeout=0.2
    )
    calls = CallBudget("railradar", Limits(2, None), RedisLedger(unreachable), wait_s=0)
    try:
        await spend_all(calls, 2)
        with pytest.raises(BudgetExhausted):
            await calls.spend()
    finally:
        await unreachable.aclose()


def run_processes(redis_url: str, *specs: list[str]) -> list[list[dict[str, Any]]]:
    """Run one budget process per spec, together; each one's calls."""
    start = time.time() + 1.5
    procs = [
        subprocess.Popen(
            [*PROCESS, redis_url, "--start-at", str(start), *spec],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for spec in specs
    ]
    results = []
    for proc in procs:
        out, _ = proc.communicate(timeout=60)
        assert proc.returncode == 0
        results.append([json.loads(line) for line in out.splitlines()])
    return results


def most_in_any_window(times: list[float], window: float) -> int:
    times = sorted(times)
    return max(
        (sum(1 for t in times[i:] if t - start < window) for i, start in enumerate(times)),
        default=0,
    )


@pytest.fixture
def redis_db(clean_redis: str) -> Iterator[str]:
    yield clean_redis


def test_two_processes_never_make_more_calls_than_the_window_allows(redis_db: str) -> None:
    spec = ["--priority", "person", "--calls", "12", "--per-minute", "5", "--window", "2"]
    first, second = run_processes(redis_db, [*spec, "--wait", "2.5"], [*spec, "--wait", "2.5"])

    granted = [float(c["t"]) for c in first + second if c["ok"]]
    # Nobody silent: every question got a call or a refusal saying when to ask again.
    assert len(first) == len(second) == 12
    refusals = [c for c in first + second if not c["ok"]]
    assert all(c["window"] == "minute" and float(c["retry_after_s"]) > 0 for c in refusals)
    # Waiting let some through in the second window, never more than five in any window.
    assert len(granted) >= 10
    assert most_in_any_window(granted, 2.0) <= 5


def test_a_process_polling_in_the_background_leaves_people_the_last_call(redis_db: str) -> None:
    common = ["--per-minute", "5", "--window", "60", "--wait", "0"]
    # One process after the other (never a head start that a busy machine can eat): the poller
    # has spent what it may of the window when another process asks for people.
    (polling,) = run_processes(redis_db, ["--priority", "background", "--calls", "10", *common])
    (people,) = run_processes(redis_db, ["--priority", "person", "--calls", "3", *common])

    polled = [c for c in polling if c["ok"]]
    answered = [c for c in people if c["ok"]]
    # Polling went first and still left the minute's last call to a person.
    assert len(polled) == 4
    assert len(answered) == 1
    # The others heard when to ask again; nobody was left without an answer.
    assert len(polling) == 10 and len(people) == 3
