"""Whole conversations on the sample railway where a journey's two ends and its day ("chennai se
bangalore kal", "दिल्ली से भोपाल कल") follow a question of a train's times asked with no journey
(of one train, or of each train of a name): the journey's trains, a question of its own, never
when the train in hand is at those places. A journey said after a question that had one (its
time between two stations, a fare) is still that question again, as before."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("before", "journey", "heading"),
    [
        ("karnataka express kab chalti hai", "chennai se bangalore kal",
         "🚆 Chennai (all stations) → Bengaluru (all stations) on Thu 19 Nov: 4 trains"),
        ("when does 12627 leave?", "chennai to bangalore tomorrow",
         "🚆 Chennai (all stations) → Bengaluru (all stations) on Thu 19 Nov: 4 trains"),
        ("12627 kab chalti hai", "दिल्ली से भोपाल कल",
         "🚆 Delhi (सभी स्टेशन) → Bhopal (सभी स्टेशन), गुरु, 19 नवंबर: 3 ट्रेनें"),
    ],
)  # fmt: skip
async def test_a_journey_and_its_day_after_a_trains_times_is_the_journeys_trains(
    store: Store, clock: FakeClock, before: str, journey: str, heading: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(before)
        answer = text_of(await user.say(journey))
    assert answer.startswith(heading)
    assert "by the timetable" not in answer and "doesn't stop" not in answer


async def test_a_journey_after_a_time_between_two_stations_is_that_time_again(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("how long does 12627 take")
        answer = text_of(await user.say("from bhopal to agra?"))
    assert answer.startswith("12627 Karnataka Express takes about 7h from Bhopal Jn (BPL)")


async def test_a_journey_and_its_day_after_a_fare_is_that_fare_again(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 fare SL")
        answer = text_of(await user.say("delhi se bangalore kal"))
    assert "· SL (Sleeper)" in answer and "12628 Karnataka Express" in answer
