"""Whole conversations on the sample railway where, while the bot waits for a detail of a trip
("which class?" for seats in 12628), the traveller asks something of the trip the railway data
cannot tell ("how crowded is it?", "kitni bheed hogi", "चाय मिलेगी?"): said so, and the
question stays open with the trip, never "I only know Indian Railways" and the trip forgotten;
a question of another topic (a flight) is still outside railways."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("seats", "meanwhile", "cannot", "cls", "answered"),
    [
        ("fare of 12628 tomorrow", "how crowded is it?", "I can't tell that", "SL",
         "· SL (Sleeper)\n🚆 12628 Karnataka Express"),
        ("12628 ka kal ka kiraya kitna hai", "kitni bheed hogi", "I can't tell that", "SL",
         "· SL (Sleeper)\n🚆 12628 Karnataka Express"),
        ("12628 का कल का किराया", "चाय मिलेगी?", "यह मैं नहीं बता सकता", "SL",
         "· SL (स्लीपर)\n🚆 12628 Karnataka Express"),
    ],
)  # fmt: skip
async def test_a_trip_question_without_data_keeps_the_open_question_and_the_trip(
    store: Store, clock: FakeClock, seats: str, meanwhile: str, cannot: str, cls: str,
    answered: str,
) -> None:  # fmt: skip
    async with sample_chat(store, clock) as user:
        await user.say(seats)
        told = text_of(await user.say(meanwhile))
        shown = text_of(await user.say(cls))
    assert told.startswith(cannot), told
    assert "Indian Railways" not in told and "रेलवे की ही" not in told, told
    assert answered in shown, shown  # the trip kept: 12628's fare, tomorrow, in SL


async def test_another_topic_while_asked_is_still_outside_railways(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("seats in 12628 tomorrow")
        told = text_of(await user.say("book a flight to goa"))
    assert "I only know Indian Railways" in told, told


# What the bot waits for: which class (a fare), which station to start from (trains to a
# place), which date (seats in a class).
_ASKED = ("12627 fare", "trains to mumbai", "12627 seats 3A")


@pytest.mark.parametrize("asked", _ASKED)
@pytest.mark.parametrize(
    "meanwhile",
    [
        "what is the speed of light",
        "मेरा लैपटॉप चालू नहीं हो रहा",
        "mobile ki battery jaldi khatam ho jati hai",
        "where can i get good biryani in hyderabad",  # never "Noted: from Hyderabad"
        "vijayawada station ke paas veg thali",
    ],
)
async def test_a_subject_of_its_own_while_asked_is_outside_railways(
    store: Store, clock: FakeClock, asked: str, meanwhile: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(asked)
        told = text_of(await user.say(meanwhile))
    assert "only know Indian Railways" in told or "सिर्फ़ भारतीय रेल" in told, told
    assert "can't tell" not in told and "Noted" not in told and "नोट कर" not in told, told


@pytest.mark.parametrize("asked", _ASKED)
@pytest.mark.parametrize(
    "meanwhile",
    ["train me bheed hogi kya", "is it safe at night?", "charging point hoga?", "kitni bheed hogi"],
)
async def test_a_question_of_the_trip_while_asked_is_no_other_topic(
    store: Store, clock: FakeClock, asked: str, meanwhile: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(asked)
        told = text_of(await user.say(meanwhile))
    assert told.startswith("I can't tell that"), told


@pytest.mark.parametrize(
    ("asked", "answer", "noted"),
    [
        ("12627 fare", "from pune, my home town", "Pune Jn (PUNE)"),
        ("12627 fare", "my office is in pune so from pune", "Pune Jn (PUNE)"),
        ("12627 seats 3A", "my friend will board at itarsi", "Itarsi Jn (ET)"),
        ("12627 seats 3A", "kal", "3A"),
        ("12627 fare", "3A", "3A (AC 3 Tier)"),
        ("trains to mumbai", "ndls", "New Delhi"),
    ],
)
async def test_an_answer_with_words_of_ones_own_still_answers_the_question(
    store: Store, clock: FakeClock, asked: str, answer: str, noted: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(asked)
        told = text_of(await user.say(answer))
    assert noted in told and "only know Indian Railways" not in told, told
