"""Whole conversations on the sample railway where a message names a journey's end, or a
station, in words that are no station RailBot knows ("gondwanapur", "xyzq"): the end is asked for
as not found, in the conversation as on its own, never answered with the station the
conversation was about (a place the traveller did not ask), never "didn't get that" with the
menu and never "outside railways"."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

NOT_FOUND_TO = "I couldn't find the station you're going to."
NOT_FOUND_FROM = "I couldn't find the station you're starting from."


@pytest.mark.parametrize(
    ("unknown", "asked"),
    [
        ("delhi to gondwanapur", NOT_FOUND_TO),
        ("to gondwanapur", NOT_FOUND_TO),
        ("from gondwanapur", NOT_FOUND_FROM),
        ("gondwanapur to mumbai", NOT_FOUND_FROM),
    ],
)
async def test_an_end_not_found_after_a_journey_is_asked_never_the_journey_again(
    store: Store, clock: FakeClock, unknown: str, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        journey = text_of(await user.say("delhi to mumbai"))
        answer = text_of(await user.say(unknown))
    assert "12952" in journey
    assert asked in answer
    assert "12952" not in answer and "only know Indian Railways" not in answer


async def test_a_board_of_a_station_not_found_after_a_board_asks_which_station(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        board = text_of(await user.say("trains from NDLS next 2 hours"))
        answer = text_of(await user.say("departures from xyzq"))
    assert "New Delhi (NDLS)" in board
    assert "New Delhi" not in answer and "Which station?" in answer


@pytest.mark.parametrize("asked", ["trains from xyzq", "trains from gondwanapur"])
async def test_trains_from_a_place_not_found_ask_where_from(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert NOT_FOUND_FROM in answer
    assert "didn't get that" not in answer


async def test_the_end_found_again_answers_the_journey(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("delhi to mumbai kal")
        await user.say("to gondwanapur")
        answer = text_of(await user.say("pune"))
    assert "Pune Jn (PUNE)" in answer and "Delhi" in answer


@pytest.mark.parametrize(
    "asked",
    ["gondwanapur se", "xyzq se trains", "gondwanapur se train", "xyzq se gaadi"],
)
async def test_hinglish_and_hindi_from_a_place_not_found_ask_where_from(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert NOT_FOUND_FROM in answer, answer
    assert "didn't get that" not in answer and "only know Indian Railways" not in answer


@pytest.mark.parametrize("asked", ["xyzq से ट्रेन", "गोंडवानापुर से ट्रेन", "गोंडवानापुर से"])
async def test_hindi_from_a_place_not_found_is_asked_in_hindi(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert "आप जिस स्टेशन से चलेंगे, वह मुझे नहीं मिला।" in answer, answer
