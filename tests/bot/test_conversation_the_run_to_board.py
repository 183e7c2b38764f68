"""Whole conversations on the sample railway about which run, and which part of the day, a
question means: where a train leaves from asked with no day ("which platform does 12628 leave
from?", "12628 किस प्लेटफॉर्म से चलेगी") is of the run yet to leave, not yesterday's on the move;
when a run gets to the station it starts from is when the next one leaves it, never "leaves New
Delhi at 16:55 and gets there at 16:55"; a journey's seats or fare in a class asked for tonight
("chennai to bangalore tonight 3a") lists only the trains leaving tonight."""

from __future__ import annotations

import datetime as dt

import pytest

from app.store import Store
from tests.bot.harness import TZ, sample_chat, text_of
from tests.conftest import FakeClock

# Monday 7 December 2026 in India: 12628 of Sunday is between Bhopal and Itarsi at 09:00; today's
# leaves New Delhi at 20:15. 12952 left New Delhi at 16:55 (17:00, late) by 18:30.
_NINE_AM = dt.datetime(2026, 12, 7, 9, 0, tzinfo=TZ)
_HALF_SIX_PM = dt.datetime(2026, 12, 7, 18, 30, tzinfo=TZ)


@pytest.mark.parametrize(
    ("asked", "platform", "run"),
    [
        (
            "which platform does 12628 leave from?",
            "Platform 2 at New Delhi (NDLS)",
            "Run of Mon 7 Dec: not started yet",
        ),
        ("12628 platform at new delhi", "Platform 2 at New Delhi (NDLS)", "Run of Mon 7 Dec"),
        (
            "12628 किस प्लेटफॉर्म से चलेगी",
            "New Delhi (NDLS) पर प्लेटफ़ॉर्म 2",
            "सोम, 7 दिसंबर वाली ट्रेन: अभी चली नहीं है",
        ),
    ],
)
async def test_where_a_train_leaves_from_is_of_the_run_yet_to_leave(
    store: Store, asked: str, platform: str, run: str
) -> None:
    clock = FakeClock(_NINE_AM.timestamp())
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert platform in answer and run in answer
    assert "Started Sun 6 Dec" not in answer and "रवि, 6 दिसंबर को चली" not in answer


@pytest.mark.parametrize(
    ("asked", "run"),
    [
        # a station on the way the run on the move is due at: that run's platform, as before
        ("12628 platform at itarsi", "Started Sun 6 Dec"),
        # where it is: the run on the move, as before
        ("12628 kahan hai", "Started Sun 6 Dec"),
    ],
)
async def test_a_station_the_run_on_the_move_is_still_due_at_keeps_that_run(
    store: Store, asked: str, run: str
) -> None:
    clock = FakeClock(_NINE_AM.timestamp())
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert run in answer


@pytest.mark.parametrize(
    ("asked", "next_run"),
    [
        (
            "when will 12952 reach new delhi?",
            "Its next run leaves New Delhi (NDLS) on Tue 8 Dec at 16:55.",
        ),
        (
            "12952 नई दिल्ली कब पहुँचेगी",
            "इसकी अगली ट्रेन मंगल, 8 दिसंबर को 16:55 बजे New Delhi (NDLS) से चलेगी।",
        ),
    ],
)
async def test_getting_to_the_station_a_train_starts_from_is_when_its_next_run_leaves(
    store: Store, asked: str, next_run: str
) -> None:
    clock = FakeClock(_HALF_SIX_PM.timestamp())
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert next_run in answer
    assert "gets there" not in answer and "वहाँ पहुँचेगी" not in answer


@pytest.mark.parametrize(
    ("asked", "head"),
    [
        ("chennai to bangalore tonight 3a", "3A (AC 3 Tier) on Mon 7 Dec, each train:"),
        ("chennai se bangalore aaj raat sleeper mein seat", "SL (Sleeper) on Mon 7 Dec"),
        ("चेन्नई से बेंगलुरु आज रात 3AC का किराया", "सोम, 7 दिसंबर को 3A (थर्ड एसी), हर ट्रेन में:"),
    ],
)
async def test_a_journeys_class_asked_for_tonight_lists_the_trains_leaving_tonight(
    store: Store, asked: str, head: str
) -> None:
    clock = FakeClock(_NINE_AM.timestamp())
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert head in answer
    assert "16021 Kaveri Express ·" in answer and "12657 Chennai Bengaluru Mail ·" in answer
    assert "12007" not in answer and "12639" not in answer


async def test_a_journeys_class_asked_for_another_day_lists_all_its_trains(store: Store) -> None:
    clock = FakeClock(_NINE_AM.timestamp())
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("chennai to bangalore tomorrow 3a"))
    assert "12007: no 3A" in answer and "12657 Chennai Bengaluru Mail ·" in answer
