"""Whole conversations on the sample railway with chat's shorthand and "which station": "12627 rt
plz" gets the route, "12627 bpl arr kb" the timetable's time at Bhopal, and "currently 12627 is
at which station" where the run is now (never a board because of "currently", never the
route)."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


async def test_rt_plz_gets_the_route(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("12627 rt plz"))
    assert "🛤 12627 Karnataka Express: 13 stops" in answer
    assert "8. Bhopal Jn (BPL) 22:05–22:15, day 2" in answer
    assert "📍" not in answer


async def test_arr_kb_at_a_station_code_gets_its_timetabled_arrival(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("12627 bpl arr kb"))
    assert "12627 Karnataka Express reaches Bhopal Jn (BPL) at 22:05" in answer
    assert "📍" not in answer and "🛤" not in answer


@pytest.mark.parametrize(
    "asked",
    [
        "currently 12627 is at which station",
        "12627 is at which station",
        "12627 इस समय किस स्टेशन पर है",
    ],
)
async def test_which_station_a_train_is_at_gets_where_its_run_is(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert "🚆 12627 Karnataka Express" in answer and "📍" in answer
    assert "Solapur (SUR)" in answer
    assert "🛤" not in answer and "stops" not in answer
