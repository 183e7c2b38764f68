"""Whole conversations on the sample railway where a station's code is asked of the station just
answered ("and its code?", "iska code?", "इसका कोड?"): that station's code, never "Which
station?"."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("station", "code", "said"),
    [
        ("what is the station name for BPL", "and its code?", "code BPL"),
        ("which station is mysuru", "what's its code?", "code MYS"),
        ("bhopal kaunsa station hai", "iska code?", "code BPL"),
        ("SBC kaun sa station hai", "इसका कोड?", "कोड SBC"),
        ("भोपाल कौन सा स्टेशन है", "इसका कोड?", "कोड BPL"),
        ("NDLS departures", "iska code kya hai?", "code NDLS"),
    ],
)
async def test_the_code_asked_after_a_station_is_that_stations(
    store: Store, clock: FakeClock, station: str, code: str, said: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(station)
        answer = text_of(await user.say(code))
    assert said in answer
    assert "Which station" not in answer and "कौन सा स्टेशन" not in answer
