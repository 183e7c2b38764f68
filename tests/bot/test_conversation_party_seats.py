"""Whole conversations on the sample railway where a party is said with or after a train's seats
("we are 4", "3 log", "हम 8 लोग हैं", "for 4"): whether there is room for all of them on the day
asked, said first, with the class's fare per person and for the party; the party kept for the
journey's next questions (another class, the seats after its fare), never the seats answer for
one said again. A whole new question (its train and both stations said) is asked afresh."""

from __future__ import annotations

import datetime as dt

import pytest

from app.store import Store
from tests.bot.harness import TZ, sample_chat, text_of
from tests.conftest import FakeClock

# Monday 7 December 2026, 09:00 in India. 12627's sleeper on Sun 13 Dec has 7 seats (₹1,092).
_MONDAY_MORNING = dt.datetime(2026, 12, 7, 9, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("party", "verdict", "fare"),
    [
        ("we are 4", "Yes, enough for 4: 7 seats available in SL on Sun 13 Dec.", "₹4,368 for 4"),
        ("3 log", "Yes, enough for 3: 7 seats available in SL on Sun 13 Dec.", "₹3,276 for 3"),
        (
            "हम 8 लोग हैं",
            "8 लोगों के लिए काफ़ी नहीं: रवि, 13 दिसंबर को SL में सिर्फ़ 7 सीटें उपलब्ध हैं",
            "8 लोगों का ₹8,736",
        ),
        ("we are 8", "Not enough for 8: only 7 seats available in SL", "₹8,736 for 8"),
    ],
)
async def test_a_party_after_seats_says_whether_there_is_room_for_all_and_their_fare(
    store: Store, party: str, verdict: str, fare: str
) -> None:
    clock = FakeClock(_MONDAY_MORNING.timestamp())
    async with sample_chat(store, clock) as user:
        alone = text_of(await user.say("seats in 12627 sl on 13 dec"))
        answer = text_of(await user.say(party))
    assert "Yes, 7 seats available in SL on Sun 13 Dec." in alone and "₹" not in alone
    assert verdict in answer
    assert fare in answer and "₹1,092" in answer


async def test_a_party_said_with_the_seats_is_kept_for_another_class(store: Store) -> None:
    clock = FakeClock(_MONDAY_MORNING.timestamp())
    async with sample_chat(store, clock) as user:
        first = text_of(await user.say("seats in 12627 sl on 13 dec for 4"))
        other = text_of(await user.say("and in 3a?"))
    assert "Yes, enough for 4: 7 seats available in SL" in first
    assert "Yes, enough for 4: 26 seats available in 3A on Sun 13 Dec." in other
    assert "₹12,208 for 4" in other


@pytest.mark.parametrize("seats", ["seats?", "seat milegi?", "सीट है?"])
async def test_the_seats_after_a_partys_fare_are_for_that_party(store: Store, seats: str) -> None:
    clock = FakeClock(_MONDAY_MORNING.timestamp())
    async with sample_chat(store, clock) as user:
        await user.say("2a fare of 12628 for 3 people on 9 dec")
        answer = text_of(await user.say(seats))
    assert "3" in answer and ("₹12,951" in answer)
    assert "21" in answer


async def test_a_whole_new_seats_question_is_asked_afresh(store: Store) -> None:
    clock = FakeClock(_MONDAY_MORNING.timestamp())
    async with sample_chat(store, clock) as user:
        await user.say("seats in 12627 sl on 13 dec for 4")
        answer = text_of(await user.say("seats in 12628 2a from ndls to sbc on 9 dec"))
    assert "Yes, 21 seats available in 2A on Wed 9 Dec." in answer
    assert "enough for" not in answer and "₹" not in answer


async def test_a_party_on_a_waiting_list_is_told_the_list_and_their_fare(store: Store) -> None:
    clock = FakeClock(_MONDAY_MORNING.timestamp())
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("seats in 12952 3a on 8 dec for 2"))
    assert "No, 3A is waitlisted on Tue 8 Dec: GNWL14/WL9." in answer
    assert "₹2,349 per person, ₹4,698 for 2" in answer
