"""Whole conversations on the sample railway where the traveller asks for the way back on a day
of its own ("wapsi ki train 20 dec ko", "वापसी की ट्रेन रविवार को", "return train on sunday")
after a journey's fare or seats in a class: the journey in hand reversed, on that day, never
"Which station?"."""

from __future__ import annotations

import datetime as dt

import pytest

from app.store import Store
from tests.bot.harness import TZ, sample_chat, text_of
from tests.conftest import FakeClock

_TUESDAY_MORNING = dt.datetime(2026, 12, 8, 9, 30, tzinfo=TZ)


@pytest.mark.parametrize(
    ("before", "back", "shown"),
    [
        (
            ("karnataka express delhi se bangalore ka fare", "sleeper seat hai 15 dec ko?"),
            "wapsi ki train 20 dec ko",
            "KSR Bengaluru City Jn (SBC) → New Delhi (NDLS) on Sun 20 Dec",
        ),
        (
            ("दिल्ली से मुंबई की ट्रेन", "थर्ड एसी में जगह है क्या", "किराया कितना है"),
            "वापसी की ट्रेन रविवार को",
            "Mumbai (सभी स्टेशन) → Delhi (सभी स्टेशन), रवि, 13 दिसंबर",
        ),
        (
            ("fare of 12951 from mumbai central to new delhi in 3a",),
            "return train on 20 dec",
            "New Delhi (NDLS) → Mumbai Central (MMCT) on Sun 20 Dec",
        ),
    ],
)
async def test_the_way_back_on_a_day_of_its_own_is_the_journey_reversed(
    store: Store, before: tuple[str, ...], back: str, shown: str
) -> None:
    clock = FakeClock(_TUESDAY_MORNING.timestamp())
    async with sample_chat(store, clock) as user:
        for said in before:
            await user.say(said)
        answer = text_of(await user.say(back))
    assert shown in answer
    assert "Which station" not in answer and "कौन सा स्टेशन" not in answer


@pytest.mark.parametrize(
    ("before", "back", "shown"),
    [
        ("12627 live status", "the one going back", "12628 Karnataka Express"),
        ("12627 route", "the one coming back", "🛤 12628 Karnataka Express"),
        ("12627 kahan hai", "wapas jaane wali", "12628 Karnataka Express"),
    ],
)
async def test_the_one_going_back_after_a_train_is_its_partner_the_other_way(
    store: Store, before: str, back: str, shown: str
) -> None:
    clock = FakeClock(_TUESDAY_MORNING.timestamp())
    async with sample_chat(store, clock) as user:
        await user.say(before)
        answer = text_of(await user.say(back))
    assert shown in answer
    assert "Sorry" not in answer
