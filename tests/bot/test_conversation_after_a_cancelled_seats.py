"""Whole conversations on the sample railway after a seats question on a train cancelled that day
(12626 Kerala Express, cancelled every day): another train "instead" is the journey's other
trains, and a fresh journey said alone is that journey's trains, never the cancelled train's
seats again."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("seats", "cancelled", "instead", "journey"),
    [
        (
            "3A seats 12626 agra to bhopal today",
            "12626 Kerala Express is cancelled",
            "another train instead",
            "Agra to Bhopal today",
        ),
        (
            "12626 mein 3A seats agra se bhopal aaj",
            "12626 Kerala Express is cancelled",
            "iski jagah koi aur train",
            "agra se bhopal aaj",
        ),
        (
            "12626 में 3A सीटें आगरा से भोपाल आज",
            "12626 Kerala Express",
            "इसकी जगह कोई दूसरी ट्रेन",
            "आगरा से भोपाल आज",
        ),
    ],
)
async def test_after_a_cancelled_trains_seats_another_train_and_a_new_journey_are_trains(
    store: Store, clock: FakeClock, seats: str, cancelled: str, instead: str, journey: str
) -> None:
    async with sample_chat(store, clock) as user:  # Wed 18 Nov, 16:36
        first = text_of(await user.say(seats))
        other = text_of(await user.say(instead))
        fresh = text_of(await user.say(journey))
    assert cancelled in first
    # the journey's other train, the cancelled one left out
    assert "12628 Karnataka Express" in other and "23:05 AGC" in other
    assert "12626" not in other
    # the journey asked anew: its trains, not the cancelled train's seats again
    assert "12628 Karnataka Express" in fresh and "23:05 AGC" in fresh
    assert "🚫" not in fresh
