"""Seats of an aircraft or a bus asked in a conversation about trains ("boeing 737 me kitni
seat", "how many seats in an A320"): outside railways, said so in the traveller's language,
never a question of which station they start from as if seats on a train were asked."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "outside"),
    [
        ("boeing 737 me kitni seat", "Sorry, I only know Indian Railways"),
        ("how many seats in an A320", "Sorry, I only know Indian Railways"),
        ("volvo bus me kitni seat hoti hai", "Sorry, I only know Indian Railways"),
        ("बोइंग 737 में कितनी सीट", "माफ़ कीजिए, मैं सिर्फ़ भारतीय रेल के बारे में बता सकता हूँ"),
    ],
)
async def test_seats_of_a_plane_or_a_bus_are_outside_railways(
    store: Store, clock: FakeClock, asked: str, outside: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 kaha hai")
        answer = text_of(await user.say(asked))
    assert answer.startswith(outside), answer
    assert "starting from" not in answer and "12627" not in answer, answer


async def test_seats_of_a_train_are_still_seats(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("12627 me kitni seat hai sbc se ndls sleeper kal"))
    assert "Sorry, I only know Indian Railways" not in answer, answer
    assert "SL" in answer and "12627" in answer, answer
