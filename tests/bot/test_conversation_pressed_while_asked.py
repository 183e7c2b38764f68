"""Whole conversations on the sample railway where, while RailBot waits for a detail ("Which
class?"), the traveller presses on ("total?", "jaldi batao", "कुल कितना", "hurry up please")
or asks the total after a fare: the open question is asked again briefly with the trip kept,
never "the railway data doesn't say" nor "didn't get that"; after a fare, the total is per
person and for the party, labelled, or how many travel is asked."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("fare", "pressed", "first"),
    [
        ("12952 fare", "total?", "First tell me this:"),
        ("12952 fare", "jaldi batao yaar", "First tell me this:"),
        ("12952 fare", "hurry up please", "First tell me this:"),
        ("12952 का किराया", "कुल कितना?", "पहले यह बताइए:"),
        ("12952 का किराया", "जल्दी बताओ", "पहले यह बताइए:"),
    ],
)
async def test_pressing_while_asked_which_class_asks_it_again_briefly(
    store: Store, clock: FakeClock, fare: str, pressed: str, first: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(fare)
        again = await user.say(pressed)
        priced = text_of(await user.say("3A"))
    said = text_of(again)
    assert said.startswith(first), said
    assert "CLASS:3A" in chips(again).values(), said
    assert "doesn't say" not in said and "didn't get that" not in said, said
    assert "12952 Mumbai Rajdhani" in priced and "₹2,349" in priced, priced


@pytest.mark.parametrize(
    ("fare", "total", "shown"),
    [
        ("12952 3a fare 3 log", "total?", "₹2,349 per person · ₹7,047 for 3 · 3A"),
        ("12952 3a fare 3 logon ka", "total kitna hoga", "₹2,349 per person · ₹7,047 for 3 · 3A"),
        ("12952 का 3A किराया 3 लोगों का", "कुल कितना?", "प्रति व्यक्ति ₹2,349 · 3 लोगों का ₹7,047"),
        ("2 log 3AC mein delhi se mumbai kal", "total kitna?", "₹2,349 per person · ₹4,698 for 2"),
    ],
)
async def test_the_total_after_a_fare_is_per_person_and_for_the_party(
    store: Store, clock: FakeClock, fare: str, total: str, shown: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(fare)
        answer = text_of(await user.say(total))
    assert shown in answer, answer


@pytest.mark.parametrize(
    ("fare", "total", "asked", "party", "shown"),
    [
        ("12952 3a fare", "total?", "For how many travellers?", "3 log",
         "₹2,349 per person · ₹7,047 for 3"),
        ("12952 का 3A किराया", "कुल कितना?", "कितने यात्रियों के लिए?", "3 लोग",
         "प्रति व्यक्ति ₹2,349 · 3 लोगों का ₹7,047"),
        ("fare for 3 in 3a on 12952", "seats?", "", "", "₹2,349 per person · ₹7,047 for 3"),
    ],
)  # fmt: skip
async def test_the_total_with_no_party_asks_how_many(
    store: Store, clock: FakeClock, fare: str, total: str, asked: str, party: str, shown: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        first = text_of(await user.say(fare))
        question = text_of(await user.say(total))
        answer = text_of(await user.say(party)) if party else first
    assert asked in question, question
    assert "only know Indian Railways" not in question, question
    assert shown in answer, answer
