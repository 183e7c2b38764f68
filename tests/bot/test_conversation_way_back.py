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
            "Bengaluru (all stations) → Delhi (all stations) on Sun 20 Dec",
        ),
        (
            ("दिल्ली से मुंबई की ट्रेन", "थर्ड एसी में जगह है क्या", "किराया कितना है"),
            "वापसी की ट्रेन रविवार को",
            "Mumbai (सभी स्टेशन) → Delhi (सभी स्टेशन), रवि, 13 दिसंबर",
        ),
        (
            ("fare of 12951 from mumbai central to new delhi in 3a",),
            "return train on 20 dec",
            "Delhi (all stations) → Mumbai (all stations) on Sun 20 Dec",
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


@pytest.mark.parametrize(
    ("onward", "back", "day", "seats", "shown"),
    [
        (
            ("delhi to mumbai trains tomorrow", "12952 seats 3A"),
            "and the return train?",
            "sunday",
            "seats?",
            "3A · General quota",
        ),
        (
            ("delhi se mumbai ki train", "3A ka fare 2 log tatkal"),
            "and the return train?",
            "kal",
            "seats?",
            "3A · Tatkal quota",
        ),
        (
            ("दिल्ली से मुंबई की ट्रेन", "3A का किराया"),
            "वापसी की ट्रेन",
            "रविवार",
            "सीट है?",
            "3A · सामान्य कोटा",
        ),
    ],
)
async def test_the_seats_of_the_train_back_are_in_the_onward_class_and_quota(
    store: Store,
    clock: FakeClock,
    onward: tuple[str, ...],
    back: str,
    day: str,
    seats: str,
    shown: str,
) -> None:
    async with sample_chat(store, clock) as user:
        for said in onward:
            await user.say(said)
        await user.say(back)
        await user.say(day)
        answer = text_of(await user.say(seats))
    assert "12951 Mumbai Rajdhani" in answer and shown in answer
    assert "Which class" not in answer and "कौन सी क्लास" not in answer


async def test_the_fare_back_is_for_as_many_in_the_onward_quota(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("delhi se mumbai ki train")
        await user.say("3A ka fare 2 log tatkal")
        await user.say("and the return train?")
        answer = text_of(await user.say("kal"))
    assert "₹5,834 for 2 · 3A" in answer and "Thu 19 Nov · Tatkal quota" in answer


@pytest.mark.parametrize(
    ("where", "back"),
    [
        ("where is 12627", "return train?"),
        ("12627 kahan hai", "wapsi ki train?"),
        ("12627 कहाँ है", "वापसी की ट्रेन?"),
    ],
)
async def test_the_return_train_after_where_a_train_is_is_its_partners_timetable_and_days(
    store: Store, where: str, back: str
) -> None:
    # 12628's run of the day before is on the road at 09:30: not the train to take back; its
    # timetable and the days it runs are
    clock = FakeClock(_TUESDAY_MORNING.timestamp())
    async with sample_chat(store, clock) as user:
        await user.say(where)
        answer = text_of(await user.say(back))
    assert "🚆 12628 Karnataka Express" in answer, answer
    assert "New Delhi (NDLS) 20:15 → KSR Bengaluru City Jn (SBC) 09:40" in answer, answer
    assert "Daily" in answer or "रोज़" in answer, answer
    assert "📍" not in answer and "Started" not in answer, answer  # no live position
