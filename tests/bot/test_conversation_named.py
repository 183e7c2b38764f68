"""Whole conversations on the sample railway where the traveller names what the answer must be
about: the day after a date named is the day after that date, never after today; a platform is
the platform at the station asked (or asked about just before), never another station's, and at a
station the train never stops at or has already passed, that is said; and a kind of train asked
between two places where none of that kind runs ("delhi to agra rajdhani") is said to be none
before the trains that do run there."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("then", "day"),
    [
        ("the day after", "Sun 13 Dec"),
        ("and the day after?", "Sun 13 Dec"),
        ("uske agle din", "Sun 13 Dec"),
        ("उसके अगले दिन", "रवि, 13 दिसंबर"),
    ],
)
async def test_the_day_after_a_date_named_is_the_day_after_that_date(
    store: Store, clock: FakeClock, then: str, day: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from delhi to mumbai on 12 dec")
        answer = text_of(await user.say(then))
    assert day in answer and "12952" in answer
    assert "20 Nov" not in answer and "20 नवंबर" not in answer


async def test_the_day_after_with_no_day_in_hand_is_the_day_after_tomorrow(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from delhi to mumbai")
        answer = text_of(await user.say("the day after"))
    assert "Fri 20 Nov" in answer


async def test_a_platform_after_the_station_asked_of_a_listed_train_is_at_that_station(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from mumbai to delhi")
        await user.say("when does 12951 reach kota")
        platform = text_of(await user.say("platform?"))
        reach = text_of(await user.say("kab pahunchegi?"))
    assert "Platform 11 at Kota Jn (KOTA)" in platform
    assert "at Mumbai Central" not in platform
    assert "Kota Jn (KOTA)" in reach


@pytest.mark.parametrize(
    "asked", ["what platform at kota", "kota pe kaunsa platform", "कोटा पर कौन सा प्लेटफॉर्म"]
)
async def test_a_platform_at_a_station_the_train_never_stops_at_is_said_so(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 status")
        answer = text_of(await user.say(asked))
    assert "Kota Jn (KOTA)" in answer
    assert "doesn't stop at" in answer or "नहीं रुकती" in answer
    assert "Itarsi Jn (ET) पर प्लेटफ़ॉर्म" not in answer and "Platform" not in answer
    assert "Quota" not in answer


@pytest.mark.parametrize(
    ("asked", "passed"),
    [
        ("platform at solapur?", "12627 has already passed Solapur (SUR): it left at 07:27"),
        ("solapur pe kaunsa platform tha", "12627 has already passed Solapur (SUR)"),
        ("सोलापुर पर कौन सा प्लेटफॉर्म", "12627 Solapur (SUR) से आगे निकल चुकी है"),
    ],
)
async def test_a_platform_at_a_station_already_passed_says_it_has_passed(
    store: Store, clock: FakeClock, asked: str, passed: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 status")
        answer = text_of(await user.say(asked))
    assert passed in answer
    assert "expected; check" not in answer and "अनुमानित" not in answer


@pytest.mark.parametrize(
    ("asked", "none"),
    [
        ("delhi to agra rajdhani", "No Rajdhani runs from Delhi (all stations) to Agra"),
        ("is there a rajdhani from delhi to bhopal", "No Rajdhani runs from Delhi"),
        ("delhi se bhopal rajdhani", "No Rajdhani runs from Delhi (all stations) to Bhopal"),
        ("दिल्ली से भोपाल राजधानी", "के लिए कोई Rajdhani नहीं चलती"),
    ],
)
async def test_a_kind_of_train_asked_between_two_places_where_none_runs_is_said_none(
    store: Store, clock: FakeClock, asked: str, none: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert none in answer
    assert answer.index(none) < answer.index("12628 Karnataka Express")  # said before the list


async def test_a_kind_of_train_asked_where_some_run_is_those_trains_without_a_no(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("delhi to mumbai rajdhani"))
    assert "12952 Mumbai Rajdhani" in answer and "No Rajdhani" not in answer
