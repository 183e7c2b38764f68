"""A fare asked for a party with a child on the sample railway (12627 Karnataka Express, SL
₹1,092): the adults are priced as adults, the child apart by age (under 5 free without a
berth, 5 to 11 the full fare for a berth, a lower one without), never the adult fare × 3."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "adults", "child"),
    [
        (
            "sleeper fare 12627 sbc to ndls for 2 adults + 1 kid",
            "₹1,092 per adult · ₹2,184 for 2 adults",
            "👶 1 child: under 5 travels free without a berth; 5 to 11 pays the full fare,"
            " ₹1,092, for a berth (₹3,276 for all 3)",
        ),
        (
            "12627 SL ka kiraya sbc se ndls do bade aur do bachche",
            "₹1,092 per adult · ₹2,184 for 2 adults",
            "👶 2 children: under 5 travel free without a berth; 5 to 11 pay the full fare,"
            " ₹1,092 each, for a berth (₹4,368 for all 4)",
        ),
        (
            "12627 का स्लीपर किराया बेंगलुरु से दिल्ली दो बड़े और एक बच्चा",
            "₹1,092 प्रति वयस्क · 2 वयस्कों का ₹2,184",
            "👶 1 बच्चा: 5 साल से छोटा बिना बर्थ के मुफ़्त",
        ),
    ],
)
async def test_a_child_is_priced_apart_from_the_adults(
    store: Store, clock: FakeClock, asked: str, adults: str, child: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert adults in answer, answer
    assert child in answer, answer
    assert "each traveller at this fare" not in answer and "per person" not in answer


async def test_a_party_with_no_child_said_is_still_each_at_the_fare(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("sleeper fare 12627 sbc to ndls for 3 people"))
    assert "₹1,092 per person · ₹3,276 for 3" in answer and "👶" not in answer


@pytest.mark.parametrize(
    ("asked", "child"),
    [
        (
            "tatkal sleeper fare 12627 sbc to ndls for 2 adults + 1 kid",
            "5 to 11 pays the full Tatkal fare",
        ),
        (
            "12627 का तत्काल स्लीपर किराया बेंगलुरु से दिल्ली दो बड़े और एक बच्चा",
            "पूरा तत्काल किराया",
        ),
    ],
)
async def test_a_child_in_tatkal_pays_the_full_tatkal_fare(
    store: Store, clock: FakeClock, asked: str, child: str
) -> None:
    # Tatkal has no child fare: 5 to 11 pay it in full, with or without a berth (no NOSB)
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert child in answer, answer
    assert "NOSB" not in answer, answer


@pytest.mark.parametrize(
    ("party", "class_said", "adults", "child"),
    [
        (
            "fare for 2 adults and 1 child",
            "cc",
            "₹789 per adult · ₹1,578 for 2 adults · CC (AC Chair Car)",
            "👶 1 child: under 5 travels free without a berth; 5 to 11 pays the full fare, ₹789,"
            " for a berth (₹2,367 for all 3)",
        ),
        (
            "do bade aur ek bachche ka kiraya",
            "chair car",
            "₹526 per adult · ₹1,052 for 2 adults · CC (AC Chair Car)",
            "5 to 11 pays the full fare, ₹526, for a berth (₹1,578 for all 3)",
        ),
        (
            "दो बड़े और एक बच्चे का किराया",
            "सीसी",
            "₹789 प्रति वयस्क · 2 वयस्कों का ₹1,578",
            "👶 1 बच्चा: 5 साल से छोटा बिना बर्थ के मुफ़्त",
        ),
    ],
)
async def test_a_child_on_a_list_of_trains_is_priced_apart_on_each(
    store: Store, clock: FakeClock, party: str, class_said: str, adults: str, child: str
) -> None:
    """The party said with the fare asked of a journey's trains, the class said next: each
    train's fare prices the child apart, never "₹789 per person · ₹2,367 for 3"."""
    async with sample_chat(store, clock) as user:
        await user.say("chennai to bangalore tomorrow")
        await user.say(party)
        answer = text_of(await user.say(class_said))
    assert adults in answer, answer
    assert child in answer, answer
    assert "per person" not in answer and "प्रति व्यक्ति" not in answer, answer


async def test_a_child_stays_apart_when_the_class_is_said_after_one_trains_fare(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12007 fare chennai to bangalore tomorrow for 2 adults and 1 child")
        answer = text_of(await user.say("cc"))
    assert "💰 ₹789 per adult · ₹1,578 for 2 adults · CC (AC Chair Car)" in answer, answer
    assert "per person" not in answer, answer
