"""Whole conversations on the sample railway about a train past its time at the journey's start
whose run has not left yet (12952 Mumbai Rajdhani, due out of New Delhi at 16:55, 5 min late):
the list, the one picked from it and its live status tell one story, the live run's: not left
yet, expected at 17:00, so it can still be caught; once it has left, when it did."""

from __future__ import annotations

import json

import pytest

from app.store import Store
from tests.bot.harness import TODAY, railradar_chat, sample_chat, text_of
from tests.conftest import FakeClock
from tests.support.railradar_fake import fixture, moved, renumbered


@pytest.mark.parametrize(
    ("journey", "first", "due"),
    [
        (
            "delhi to mumbai today",
            "the first one",
            "⏳ Due 16:55, not left yet: expected 17:00 (5 min late)",
        ),
        (
            "delhi se mumbai aaj",
            "pehli wali",
            "⏳ Due 16:55, not left yet: expected 17:00 (5 min late)",
        ),
        (
            "दिल्ली से मुंबई आज",
            "पहली वाली",
            "⏳ तय समय 16:55 बजे था, अभी निकली नहीं: अब 17:00 बजे निकलने की उम्मीद (5 मिनट लेट)",
        ),
    ],
)
async def test_a_train_late_at_its_start_is_not_said_to_have_left(
    store: Store, clock: FakeClock, journey: str, first: str, due: str
) -> None:
    clock.advance(20 * 60 + 20)  # Wed 18 Nov, 16:57
    async with sample_chat(store, clock) as user:
        listed = text_of(await user.say(journey))
        picked = text_of(await user.say(first))
        live = text_of(await user.say("where is 12952"))
    assert due in listed and "16:55" not in listed.split(due)[1].split("\n")[0]
    assert "Already left" not in listed and "निकल चुकी" not in listed
    assert "12952 Mumbai Rajdhani" in picked and due in picked
    assert "not started yet" in live and "17:00" in live


async def test_once_it_has_left_the_list_says_when_it_did(store: Store, clock: FakeClock) -> None:
    clock.advance(25 * 60 + 20)  # 17:02: it left at 17:00
    async with sample_chat(store, clock) as user:
        listed = text_of(await user.say("delhi to mumbai today"))
    assert "⌛ Already left today at 17:00" in listed
    assert "not left yet" not in listed


async def test_on_railradar_the_list_reads_the_live_run_too(store: Store, clock: FakeClock) -> None:
    """RailRadar's 12952 not started past its 16:55 (predicted out at 17:05): the list says
    so with the prediction, as its live card does, never "already left"."""
    clock.advance(20 * 60 + 20)  # 16:57
    body = json.dumps(renumbered(fixture("live_not_started"), "12635", "12952"))
    body = body.replace('"MS"', '"NDLS"').replace("Chennai Egmore", "New Delhi")
    body = body.replace("13:15:00", "16:55:00")
    run = json.loads(body)
    first = run["data"]["route"][0]
    first.update(actualDeparture=first["actualDeparture"].replace("16:55", "17:05"))
    first.update(delayDeparture=10)
    async with railradar_chat(store, clock) as (user, railradar):
        railradar.overrides["/trains/12952/live"] = (200, moved(run, TODAY))
        listed = text_of(await user.say("NDLS to MMCT today"))
    assert "Already left" not in listed, listed
    assert "⏳ Due 16:55, not left yet: expected 17:05 (10 min late)" in listed, listed
