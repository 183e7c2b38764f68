"""Whole conversations on the sample railway where, with one train in hand (its classes, its
status, its card), the traveller asks for its stops between two places: "stops between
Bengaluru and Bhopal", "bengaluru aur bhopal ke beech ke stations", "बेंगलुरु और भोपाल के
बीच स्टॉप" is that train's stops there, counted and named, never the trains between the two
places nor the card before again; "trains between ..." stays the trains between them."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

NAMED = "Yesvantpur Jn (YPR) · Dharmavaram Jn (DMM) · Anantapur (ATP) · Guntakal Jn (GTL)"


@pytest.mark.parametrize(
    ("first", "asked", "counted"),
    [
        (
            "12627 classes",
            "stops between Bengaluru and Bhopal",
            "12627 Karnataka Express makes 6 stops between KSR Bengaluru City Jn (SBC) and "
            "Bhopal Jn (BPL).",
        ),
        (
            "12627",
            "bengaluru aur bhopal ke beech ke stations",
            "12627 Karnataka Express makes 6 stops between KSR Bengaluru City Jn (SBC) and "
            "Bhopal Jn (BPL).",
        ),
        (
            "12627 kahan hai",
            "बेंगलुरु और भोपाल के बीच स्टॉप",
            "12627 Karnataka Express KSR Bengaluru City Jn (SBC) और Bhopal Jn (BPL) के बीच 6 "
            "स्टेशनों पर रुकती है।",
        ),
    ],
)
async def test_stops_between_two_places_are_the_train_in_hands(
    store: Store, clock: FakeClock, first: str, asked: str, counted: str
) -> None:
    async with sample_chat(store, clock) as user:
        before = text_of(await user.say(first))
        answer = text_of(await user.say(asked))
    assert answer.startswith(counted)
    assert NAMED in answer
    assert "22691" not in answer and "2 trains" not in answer  # never the trains between
    assert before.split("\n")[0] not in answer  # nor the card before


async def test_trains_between_two_places_with_a_train_in_hand_are_the_trains(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 classes")
        answer = text_of(await user.say("trains between Bengaluru and Bhopal"))
    assert "2 trains" in answer and "22691 Bengaluru Rajdhani" in answer
