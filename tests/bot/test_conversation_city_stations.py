"""Whole conversations on the sample railway about a city of several stations: right after the
board of a city asked by its name, with its other stations offered under it ("Other Chennai
stations"), one of them typed by name in either script ("perambur", "पेरम्बूर", "tambaram") is
that station's board, never the trains from the first station to it (nor from it to the first)."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "typed", "board"),
    [
        ("trains from chennai", "perambur", "🚉 Perambur (PER)"),
        ("chennai se trains", "पेरम्बूर", "🚉 Perambur (PER), अगले 24 घंटे"),
        ("trains from chennai", "tambaram", "No trains leave Tambaram (TBM)"),
        ("arrivals at chennai", "perambur", "No trains arrive at Perambur (PER)"),
    ],
)
async def test_another_station_of_the_city_offered_under_its_board_is_that_ones_board(
    store: Store, clock: FakeClock, asked: str, typed: str, board: str
) -> None:
    async with sample_chat(store, clock) as user:
        offered = text_of(await user.say(asked))
        answer = text_of(await user.say(typed))
    assert "Other Chennai stations" in offered or "Chennai के दूसरे स्टेशन" in offered
    assert board in answer
    assert "Going to" not in answer and "goes to" not in answer
    assert "direct trains from Perambur" not in answer


async def test_to_a_station_of_the_city_is_still_the_trains_going_there(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from chennai")
        answer = text_of(await user.say("to perambur"))
    assert "Chennai Central (MAS)" in answer and "🚉 Perambur (PER)" not in answer
