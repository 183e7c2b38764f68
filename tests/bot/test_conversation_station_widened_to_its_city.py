"""Whole conversations on the sample railway where a station named has no train in the data and
the answer is its city's ("dadar se delhi kal", "delhi to dadar", "दादर से दिल्ली"): said first,
"No train on this journey leaves from Dadar Central (DR); these leave from other Mumbai stations.",
never the city's trains as if they served the station. A city named, or a station its trains
serve, is listed as before."""

from __future__ import annotations

import datetime as dt

import pytest

from app.store import Store
from tests.bot.harness import TZ, sample_chat, text_of
from tests.conftest import FakeClock

_NINE_AM = dt.datetime(2026, 12, 7, 9, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        (
            "dadar se delhi kal",
            "No train on this journey leaves from Dadar Central (DR); these leave from other"
            " Mumbai stations.",
        ),
        (
            "delhi to dadar",
            "No train on this journey goes to Dadar Central (DR); these go to other Mumbai"
            " stations.",
        ),
        (
            "दादर से दिल्ली",
            "इस सफ़र की कोई ट्रेन Dadar Central (DR) से नहीं चलती; ये Mumbai के दूसरे स्टेशनों से चलती हैं।",
        ),
    ],
)
async def test_a_station_without_trains_answered_for_its_city_says_so_first(
    store: Store, asked: str, said: str
) -> None:
    clock = FakeClock(_NINE_AM.timestamp())
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert answer.startswith(said)
    assert "Mumbai Rajdhani" in answer


@pytest.mark.parametrize("asked", ["mumbai to delhi", "perambur to bangalore", "chennai se mysore"])
async def test_a_city_or_a_station_its_trains_serve_is_listed_as_before(
    store: Store, asked: str
) -> None:
    clock = FakeClock(_NINE_AM.timestamp())
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert answer.startswith("🚆 ")
    assert "No train on this journey" not in answer
