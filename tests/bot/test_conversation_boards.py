"""Whole conversations on the sample railway about a station's board over hours that cross
midnight or run long: a train due within the hours asked, though running late, is on the board
(never "none in the next 12 hours" and then that train shown as the next one); a window across
midnight asked in the small hours is the night under way, in English, Hinglish and Hindi; and a
railway whose board reaches fewer hours than asked is said to show those hours, not the ones
asked."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.store import Store
from tests.bot.harness import TZ, railradar_chat, sample_chat, text_of
from tests.conftest import FakeClock

# The FakeClock's start is 16:36:40 in India.
_HOUR = 3600


@pytest.mark.parametrize(
    "asked",
    [
        "departures from nagpur in next 12 hours",
        "nagpur se agle 12 ghante me trains",
        "नागपुर से अगले 12 घंटे में ट्रेनें",
    ],
)
async def test_a_late_train_due_within_the_hours_asked_is_on_the_board(
    store: Store, clock: FakeClock, asked: str
) -> None:
    clock.advance(9.25 * _HOUR)  # 01:51: 22691 is due at Nagpur 13:45, expected 13:53
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert "13:45 22691" in answer
    assert "No trains" not in answer and "कोई ट्रेन नहीं" not in answer


async def test_none_in_the_hours_asked_is_never_followed_by_a_train_due_within_them(
    store: Store, clock: FakeClock
) -> None:
    nones = 0
    for hour in range(24):
        clock.advance(_HOUR)
        async with sample_chat(store, clock) as user:
            none = text_of(await user.say("departures from agra cantt in next 4 hours"))
            if "No trains" not in none:
                continue
            nones += 1
            now = dt.datetime.fromtimestamp(clock(), TZ)
            shown = re.search(r"^(\d\d):(\d\d) \d{5}", none, re.MULTILINE)
            assert shown is not None, none
            due = now.replace(hour=int(shown[1]), minute=int(shown[2]))
            due += dt.timedelta(days=1) if due < now else dt.timedelta()
            assert due > now + dt.timedelta(hours=4), (hour, none)
    assert nones  # some hours of the day have none at Agra Cantt


@pytest.mark.parametrize(
    ("asked", "window"),
    [
        ("departures from kota between 11 pm and 5 am", "00:06–05:00"),
        ("departures from kota tonight", "00:06–04:00"),
        ("kota se raat 11 se subah 5 baje tak trains", "00:06–05:00"),
        ("कोटा से रात 11 बजे से सुबह 5 बजे तक की ट्रेनें", "00:06–05:00"),
    ],
)
async def test_a_window_across_midnight_asked_after_midnight_is_the_night_under_way(
    store: Store, clock: FakeClock, asked: str, window: str
) -> None:
    clock.advance(7.5 * _HOUR)  # 00:06; 12951 leaves Kota at 03:45
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert window in answer
    assert "03:45 12951" in answer and "(tomorrow)" not in answer


async def test_a_board_that_reaches_fewer_hours_than_asked_says_the_hours_it_shows(
    store: Store, clock: FakeClock
) -> None:
    async with railradar_chat(store, clock) as (user, _):
        answer = text_of(await user.say("departures from bhopal in next 12 hours"))
    assert "next 8 h" in answer and "12 h" not in answer


@pytest.mark.parametrize(
    "asked",
    [
        "kota trains between 11 pm and 5 am",
        "kota trains raat 11 se subah 5 baje tak",
        "कोटा ट्रेनें रात 11 बजे से सुबह 5 बजे तक",
    ],
)
async def test_a_station_said_first_with_a_window_is_that_stations_board(
    store: Store, clock: FakeClock, asked: str
) -> None:
    # "kota" is also a quota's word: opening a message before "trains" it is the station
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert "Kota Jn (KOTA)" in answer and "23:00–05:00" in answer
    assert "03:45 (" in answer and "12951" in answer


@pytest.mark.parametrize(
    "asked",
    [
        "trains from kota till 5 am",
        "kota se subah 5 baje tak",
        "कोटा से सुबह 5 बजे तक की ट्रेनें",
    ],
)
async def test_a_window_with_only_its_end_runs_from_now(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:  # 16:36
        answer = text_of(await user.say(asked))
    assert "16:36–05:00" in answer  # not the morning's 04:00–12:00
    assert "21:40 12952" in answer and "12951" in answer


@pytest.mark.parametrize("then", ["next?", "next one?", "agla?", "aur aage?", "अगला?", "आगे?"])
async def test_next_alone_after_a_board_is_its_trains_after_those_shown(
    store: Store, clock: FakeClock, then: str
) -> None:
    async with sample_chat(store, clock) as user:  # 16:36: New Delhi's four till 20:36
        board = text_of(await user.say("departures from new delhi"))
        assert "22:15 64423" not in board
        answer = text_of(await user.say(then))
    assert "New Delhi (NDLS)" in answer and "20:36–00:36" in answer
    assert "22:15 64423" in answer
    assert "Indian Railways" not in answer and "भारतीय रेल" not in answer


@pytest.mark.parametrize(
    ("board", "asked", "code"),
    [
        ("NDLS से अगले 2 घंटे", "हावड़ा का कोड", "कोड HWH"),
        ("NDLS se agle 2 ghante", "howrah ka code", "code HWH"),
        ("departures from ndls", "and the code of howrah?", "code HWH"),
    ],
)
async def test_a_station_s_code_asked_after_a_board_is_its_code_not_its_board(
    store: Store, clock: FakeClock, board: str, asked: str, code: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(board)
        answer = text_of(await user.say(asked))
    assert code in answer
    assert "Howrah Jn (HWH) से" not in answer and "leave Howrah" not in answer


async def test_another_station_said_after_a_board_is_still_its_board(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("NDLS se agle 2 ghante")
        answer = text_of(await user.say("aur howrah ka?"))
    assert "Howrah Jn (HWH)" in answer and "code HWH" not in answer


@pytest.mark.parametrize(
    ("board", "asked"),
    [
        ("trains from new delhi in next 3 hours", "any to bhopal later today?"),
        ("new delhi se agle 3 ghante ki trains", "aaj bhopal ke liye koi hai baad mein?"),
        ("नई दिल्ली से अगले 3 घंटे में ट्रेनें", "आज भोपाल के लिए कोई?"),
    ],
)
async def test_a_place_and_a_day_asked_of_a_board_are_the_days_trains_from_its_station(
    store: Store, board: str, asked: str
) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 8, 9, 30, tzinfo=TZ).timestamp())
    async with sample_chat(store, clock) as user:
        await user.say(board)
        trains = text_of(await user.say(asked))
    assert "New Delhi (NDLS) → Bhopal" in trains and "12628" in trains
    assert "starting from" not in trains and "कहाँ से" not in trains


async def test_a_place_with_no_train_from_the_boards_station_is_asked_of_its_city(
    store: Store, clock: FakeClock
) -> None:
    """No train from New Delhi to Bandra Terminus itself: Mumbai's, as trains between them are."""
    async with sample_chat(store, clock) as user:
        await user.say("trains from new delhi in next 3 hours")
        going = text_of(await user.say("any to BDTS?"))
    assert "Going to Mumbai" in going and "12952" in going
    assert "64419" not in going
