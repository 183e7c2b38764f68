"""The per-user rate limit decides the same way on the in-memory twin and on real Redis."""

from __future__ import annotations

import pytest

from app.constants import RATE_PREFIX
from app.ratelimit import RateLimit, Verdict, written_at
from app.store import Store
from tests.conftest import FakeClock

MINUTE_START = 1_795_000_020.0  # a whole minute: 1_795_000_020 / 60 = 29_916_667


async def verdicts(limit: RateLimit, user: str, seqs: range, at: float) -> list[Verdict]:
    return [await limit.check(user, seq, at) for seq in seqs]


async def test_twenty_messages_are_answered_the_twenty_first_slowed_then_dropped(
    store: Store,
) -> None:
    limit = RateLimit(store, 20)
    got = await verdicts(limit, "alice", range(1, 26), MINUTE_START + 5)
    assert got == [Verdict.ANSWER] * 20 + [Verdict.SLOW_DOWN] + [Verdict.DROP] * 4


async def test_a_retried_event_gets_the_same_verdict(store: Store) -> None:
    limit = RateLimit(store, 2)
    first = await verdicts(limit, "alice", range(1, 5), MINUTE_START)
    again = await verdicts(limit, "alice", range(1, 5), MINUTE_START + 30)
    assert first == again == [Verdict.ANSWER, Verdict.ANSWER, Verdict.SLOW_DOWN, Verdict.DROP]


async def test_the_next_minute_starts_afresh(store: Store) -> None:
    limit = RateLimit(store, 2)
    assert await verdicts(limit, "alice", range(1, 4), MINUTE_START + 59) == [
        Verdict.ANSWER,
        Verdict.ANSWER,
        Verdict.SLOW_DOWN,
    ]
    assert await limit.check("alice", 4, MINUTE_START + 60) is Verdict.ANSWER


async def test_users_are_limited_separately(store: Store) -> None:
    limit = RateLimit(store, 1)
    assert await limit.check("alice", 1, MINUTE_START) is Verdict.ANSWER
    assert await limit.check("alice", 2, MINUTE_START) is Verdict.SLOW_DOWN
    assert await limit.check("bob", 1, MINUTE_START) is Verdict.ANSWER


async def test_the_window_mark_expires_on_its_own(store: Store, clock: FakeClock) -> None:
    limit = RateLimit(store, 5)
    await limit.check("alice", 1, MINUTE_START)
    key = f"{RATE_PREFIX}alice:{int(MINUTE_START // 60)}"
    ttl = await store.ttl(key)
    assert ttl is not None
    assert 0 < ttl <= 120


def test_a_limit_below_one_is_refused() -> None:
    from app.store import MemoryStore

    with pytest.raises(ValueError):
        RateLimit(MemoryStore(), 0)


@pytest.mark.parametrize(
    ("timestamp", "expected"),
    [
        (1_795_000_000_000, 1_795_000_000.0),  # the user's own time
        (1_795_000_090_000, 1_795_000_090.0),  # a clock a little fast is still believed
        (1_795_000_200_000, 1_795_000_050.0),  # far in the future: the arrival time
        (None, 1_795_000_050.0),
        ("1795000000000", 1_795_000_050.0),
        (True, 1_795_000_050.0),
        (-5, 1_795_000_050.0),
        (10**400, 1_795_000_050.0),
        (float("nan"), 1_795_000_050.0),
    ],
)
def test_a_message_is_placed_by_its_own_timestamp_when_usable(
    timestamp: object, expected: float
) -> None:
    assert written_at(timestamp, 1_795_000_050.0) == expected
