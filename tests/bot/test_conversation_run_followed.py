"""Whole conversations on the sample railway that follow one run of a train: once its live status
was shown, the next questions ("platform?", "when does it reach Kota?") are about that run, never
another run of the train that the timetable would pick for a first question."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

# Tue 8 Dec 2026 in India. At 08:00 two runs of 12628 are out: Sunday's nears Bengaluru, Monday's
# is past Bhopal. 12952 leaves New Delhi at 16:55 and is due at Kota at 21:30, 5 min late.
TUESDAY_0800 = 1_796_697_000.0
TUESDAY_1900 = 1_796_736_600.0
TUESDAY_2330 = 1_796_752_800.0


@pytest.mark.parametrize(
    ("shown", "asked"),
    [
        ("where is 12628", "which platform at bengaluru?"),
        ("live status of 12628 on 7 dec", "platform at ksr bengaluru?"),
        ("12628 kahan hai", "bengaluru me kaunsa platform pe aayegi?"),
        ("12628 कहाँ है", "बेंगलुरु में कौन सा प्लेटफॉर्म?"),
    ],
)
async def test_the_platform_after_a_run_was_shown_is_that_runs(
    store: Store, clock: FakeClock, shown: str, asked: str
) -> None:
    clock.now = TUESDAY_0800
    async with sample_chat(store, clock) as user:
        first = text_of(await user.say(shown))
        platform = text_of(await user.say(asked))
    assert "Mon 7 Dec" in first or "7 दिसंबर" in first
    assert "Platform" in platform or "प्लेटफ़ॉर्म" in platform
    assert "🚆 12628" not in platform  # that run's card, just shown, is not shown again
    assert "6 Dec" not in platform and "6 दिसंबर" not in platform


async def test_a_plain_platform_after_the_run_shown_stays_on_that_run(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_0800
    async with sample_chat(store, clock) as user:
        await user.say("where is 12628")
        await user.say("platform?")
        again = text_of(await user.say("and at bengaluru?"))
    assert "KSR Bengaluru City Jn (SBC)" in again
    assert "Sun 6 Dec" not in again and "🚆 12628" not in again


@pytest.mark.parametrize(
    ("shown", "asked", "expected"),
    [
        ("where is 12952", "when does it reach kota?", "Expected at Kota Jn (KOTA) at 21:35"),
        ("where is 12952", "what time does it reach kota", "Expected at Kota Jn (KOTA) at 21:35"),
        ("12952 kahan hai", "kota kab pahunchegi", "Expected at Kota Jn (KOTA) at 21:35"),
        ("12952 कहाँ है", "कोटा कब पहुँचेगी", "Kota Jn (KOTA) पर 21:35 बजे (आज) पहुँचने की उम्मीद"),
        # Getting to a place is reaching it, never a new journey to Kota
        ("where is 12952", "what time does it get to kota", "Expected at Kota Jn (KOTA) at 21:35"),
        ("where is 12952", "when does the train get to kota?", "Expected at Kota Jn (KOTA)"),
        ("where is 12952", "kota kitne baje pahunchegi", "Expected at Kota Jn (KOTA) at 21:35"),
        ("12952 kahan hai", "kota kab tak pahunch jayegi", "Expected at Kota Jn (KOTA) at 21:35"),
        ("12952 कहाँ है", "कोटा कितने बजे पहुंचेगी", "Kota Jn (KOTA) पर 21:35 बजे (आज) पहुँचने की उम्मीद"),
    ],
)
async def test_when_it_reaches_a_station_ahead_is_the_runs_expected_time(
    store: Store, clock: FakeClock, shown: str, asked: str, expected: str
) -> None:
    clock.now = TUESDAY_1900
    async with sample_chat(store, clock) as user:
        await user.say(shown)
        reach = text_of(await user.say(asked))
    assert expected in reach
    assert "21:30" in reach  # the timetable's time beside it
    assert "by the timetable" not in reach


@pytest.mark.parametrize(
    ("shown", "asked", "got_there"),
    [
        ("where is 12952", "when does it reach kota?", "it got there at 21:35 (today), 5 min late"),
        ("12952 kahan hai", "kota kab pahunchegi", "it got there at 21:35 (today), 5 min late"),
        ("12952 कहाँ है", "कोटा कब पहुँचेगी", "वहाँ 21:35 बजे (आज) पहुँची थी, 5 मिनट लेट"),
    ],
)
async def test_when_it_reaches_a_station_it_passed_is_when_it_got_there(
    store: Store, clock: FakeClock, shown: str, asked: str, got_there: str
) -> None:
    clock.now = TUESDAY_2330
    async with sample_chat(store, clock) as user:
        await user.say(shown)
        reach = text_of(await user.say(asked))
    assert got_there in reach
    assert "Wed 9 Dec" not in reach and "9 दिसंबर" not in reach


@pytest.mark.parametrize(
    ("shown", "asked", "said"),
    [
        ("where is 12952", "when does it reach bhopal?", "doesn't stop at Bhopal Jn (BPL)"),
        ("12952 kahan hai", "bhopal kab pahunchegi", "doesn't stop at Bhopal Jn (BPL)"),
        ("12952 कहाँ है", "भोपाल कब पहुँचेगी", "Bhopal Jn (BPL) पर नहीं रुकती"),
    ],
)
async def test_when_it_reaches_a_station_off_its_route_says_so(
    store: Store, clock: FakeClock, shown: str, asked: str, said: str
) -> None:
    clock.now = TUESDAY_1900
    async with sample_chat(store, clock) as user:
        await user.say(shown)
        reach = text_of(await user.say(asked))
    assert said in reach


async def test_when_it_reaches_its_end_after_a_run_was_shown_is_that_runs(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_0800
    async with sample_chat(store, clock) as user:
        await user.say("where is 12628")
        reach = text_of(await user.say("when does it reach bengaluru?"))
    assert "Expected at KSR Bengaluru City Jn (SBC) at 10:05 (tomorrow)" in reach


async def test_getting_to_a_place_without_a_train_in_hand_is_still_the_way_there(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_1900
    async with sample_chat(store, clock) as user:
        way = text_of(await user.say("how do i get to kota"))
    assert "Expected at" not in way
    assert "Which station are you starting from?" in way  # a journey to Kota, from where?


@pytest.mark.parametrize(
    ("shown", "platform", "reach", "station"),
    [
        (
            "where is 12628",
            "which platform at bengaluru?",
            "when does it reach bengaluru?",
            "KSR Bengaluru City Jn (SBC)",
        ),
        (
            "12628 kahan hai",
            "bangalore me kaunsa platform?",
            "bangalore kab pahunchegi",
            "KSR Bengaluru City Jn (SBC)",
        ),
        (
            "12628 कहाँ है",
            "बेंगलुरु में कौन सा प्लेटफॉर्म?",
            "बेंगलुरु कब पहुँचेगी",
            "KSR Bengaluru City Jn (SBC)",
        ),
    ],
)
async def test_a_city_asked_of_the_run_is_one_station_whatever_is_asked_there(
    store: Store, clock: FakeClock, shown: str, platform: str, reach: str, station: str
) -> None:
    # 12628 passes Yesvantpur on its way into Bengaluru: the city's main station, where it ends,
    # is the station every question about "Bengaluru" means
    clock.now = TUESDAY_0800
    async with sample_chat(store, clock) as user:
        await user.say(shown)
        at_platform = text_of(await user.say(platform)).splitlines()[0]
        reaching = text_of(await user.say(reach)).splitlines()[0]
    assert station in at_platform and station in reaching
    assert "Yesvantpur" not in at_platform and "Yesvantpur" not in reaching
