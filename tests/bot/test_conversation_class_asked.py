"""Whole conversations on the sample railway where a station is typed for "which class?": it is
the journey's station, said back as taken (a city's stations together: "from Bhopal (all
stations)") with the class asked again, and the answer then runs from there. A train named by
number that is not on the list just shown is asked of its own run, never of the list's journey."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "station", "noted", "again"),
    [
        ("12627 seats", "bhopal", "Noted: from Bhopal (all stations).", "Which class?"),
        ("12627 me seat hai kya", "from bhopal", "Noted: from Bhopal (all stations).", "class"),
        ("12627 सीट", "भोपाल", "नोट कर लिया: Bhopal (सभी स्टेशन) से।", "कौन सी क्लास?"),
        ("12627 seats", "itarsi", "Noted: from Itarsi Jn (ET).", "Which class?"),
    ],
)
async def test_a_station_for_which_class_is_the_journeys_and_the_class_is_asked_again(
    store: Store, clock: FakeClock, asked: str, station: str, noted: str, again: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(asked)
        answer = text_of(await user.say(station))
    assert noted in answer and again in answer


async def test_the_class_after_a_city_typed_for_it_answers_from_that_city(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 seats")
        await user.say("bhopal")
        answer = text_of(await user.say("3A kal"))
    assert "Bhopal Jn (BPL) → New Delhi (NDLS)" in answer and "3A" in answer


@pytest.mark.parametrize(
    ("listed", "asked", "taken"),
    [
        ("chennai to bangalore trains", "12627 seats 3A kal", "3A is waitlisted"),
        ("chennai se bangalore", "12627 ki seat 3A kal", "3A is waitlisted"),
        ("चेन्नई से बेंगलुरु ट्रेनें", "12627 में 3A सीट कल", "3A"),
    ],
)
async def test_a_numbered_train_not_on_the_list_is_a_question_of_its_own_run(
    store: Store, clock: FakeClock, listed: str, asked: str, taken: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(listed)
        answer = text_of(await user.say(asked))
    assert taken in answer and "(SBC) → New Delhi (NDLS)" in answer
    assert "Chennai" not in answer and "journey listed" not in answer
    assert "ऊपर दिखाई गई यात्रा" not in answer
