"""Whole conversations on the sample railway where the next message asks about what the answer
just said: the halt of the train in hand at a stop asked in few words ("how long at kota?"), and
how far a station is asked in English ("how far is kota"), a train's question."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("first", "asked", "halt"),
    [
        ("route of 12951", "how long at kota?", "12951 Mumbai Rajdhani halts 10 min at Kota Jn"),
        ("12627 ka route", "how long at itarsi", "halts 10 min at Itarsi Jn (ET)"),
        ("12628 timetable", "and how long is it at bhopal?", "halts 10 min at Bhopal Jn (BPL)"),
        ("12627 ka route", "itarsi pe kitna rukti hai", "halts 10 min at Itarsi Jn (ET)"),
        ("12627 का रूट", "इटारसी पर कितनी देर रुकती है", "Itarsi Jn (ET) पर 10 मिनट रुकती है"),
    ],
)
async def test_how_long_at_a_stop_after_a_route_is_that_trains_halt_not_the_board(
    store: Store, clock: FakeClock, first: str, asked: str, halt: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(first)
        answer = text_of(await user.say(asked))
    assert halt in answer and "🚉" not in answer


async def test_how_long_to_get_to_a_stop_is_not_read_as_its_halt(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("route of 12951")
        answer = text_of(await user.say("how long at kota to reach"))
    assert "halts" not in answer


@pytest.mark.parametrize("asked", ["how far is kota", "how far is kota?", "how far is gaya"])
async def test_how_far_a_station_is_asked_in_english_is_a_trains_question(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert "Which train?" in answer and "only know Indian Railways" not in answer


async def test_how_far_kota_is_from_here_is_not_a_station_board(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("how far is kota from here"))
    assert "🚉" not in answer and "Which train?" not in answer


async def test_how_far_kota_after_a_train_is_the_distance_on_its_way(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12951 status")
        answer = text_of(await user.say("how far is kota"))
    assert "Kota Jn" in answer and "km" in answer
