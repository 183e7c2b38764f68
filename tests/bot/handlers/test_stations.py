"""Stations by name (best match, code, other candidates) and by code (name, state, zone)."""

from __future__ import annotations

import datetime as dt

import pytest
import respx

from app.bot.conversation import Bot
from app.railways.cache import CachedProvider
from app.railways.models import Station
from app.railways.sample import SampleProvider
from app.railways.stations import IndexSource, StationIndex
from app.store import Store
from tests.bot.harness import (
    TZ,
    Chat,
    assert_phone_friendly,
    chat,
    chips,
    ok,
    path,
    refusal,
    station,
    text_of,
)
from tests.conftest import FakeClock


async def test_station_by_code_gives_name_and_state(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        replies = await user.tap("STATION:NDLS")
    assert_phone_friendly(replies)
    text = text_of(replies)
    assert text.startswith("🚉 NDLS is New Delhi\nDelhi")
    assert chips(replies)["Trains at NDLS"] == "DEPS:NDLS:4:0"


async def test_a_hindi_reader_is_told_the_state_in_hindi(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        replies = await user.say("हावड़ा का कोड")
        kiul = await user.say("KIUL कौन सा स्टेशन है")
    assert text_of(replies).startswith("🚉 Howrah Jn: कोड HWH\nपश्चिम बंगाल")
    assert "West Bengal" not in text_of(replies)
    assert "🚉 KIUL: Kiul Jn स्टेशन\nबिहार" in text_of(kiul)


async def test_station_by_an_old_code_names_the_new_one(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        replies = await user.tap("STATION:CSTM")
    assert "CSTM is the old code; it is now CSMT." in text_of(replies)
    assert "🚉 CSMT is " in text_of(replies)


async def test_code_unknown_to_the_index_is_asked_of_the_railway(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(
            path("code-to-name", "code", "KIUL"),
            ok(stations=[station("KIUL", "KIUL JN"), station("KIU", "KIUL")]),
        )
        replies = await user.tap("STATION:KIUL")
    assert "🚉 KIUL is Kiul Jn" in text_of(replies)


async def test_unknown_station_code_says_so(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(path("code-to-name", "code", "QQQ"), refusal(404))
        replies = await user.tap("STATION:QQQ")
    assert text_of(replies) == "No station has the code QQQ. Try the station's name instead."


async def test_station_menu_asks_which_station_then_answers_a_tapped_choice(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        question = await user.tap("MENU_STATION")
        assert "Which station?" in text_of(question)
        replies = await user.tap("STN:code:HWH")
    assert "🚉 Howrah Jn: code HWH" in text_of(replies)


async def test_a_station_from_the_built_in_list_says_so(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        by_code = text_of(await user.tap("STATION:NDLS"))
        by_name = text_of(await user.say("code of howrah"))
        in_hindi = text_of(await user.say("हावड़ा का कोड"))
    assert by_code.endswith("From RailBot's built-in station list."), by_code
    assert by_name.endswith("From RailBot's built-in station list."), by_name
    assert in_hindi.endswith("RailBot की अपनी स्टेशन सूची से।"), in_hindi


@pytest.mark.parametrize(
    ("source", "english", "hindi"),
    [
        (
            "offline",
            "From the offline station index (the open-data timetable imported 2 Nov).",
            "ऑफ़लाइन स्टेशन सूची से (खुले डेटा की समय सारणी, जो 2 नवंबर को ली गई)।",
        ),
        (
            "railradar",
            "From RailRadar's station directory, loaded 2 Nov.",
            "RailRadar की स्टेशन डायरेक्टरी से, जो 2 नवंबर को ली गई।",
        ),
    ],
)
async def test_a_station_of_the_index_says_where_the_index_has_it_from_and_when(
    store: Store, clock: FakeClock, source: str, english: str, hindi: str
) -> None:
    loaded = dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC)
    kiul = Station(code="KIUL", name="Kiul Jn", state="Bihar")
    index = StationIndex.build([kiul], sources={"KIUL": IndexSource(source, loaded)})
    provider = CachedProvider(
        SampleProvider(store, index=index, clock=clock, tz=TZ), store, clock=clock
    )
    with respx.mock() as upstream:
        user = Chat(Bot(provider, index, store, clock=clock, tz=TZ), upstream, clock)
        by_code = text_of(await user.tap("STATION:KIUL"))
        in_hindi = text_of(await user.say("KIUL कौन सा स्टेशन है"))
    assert by_code.endswith(english), by_code
    assert in_hindi.endswith(hindi), in_hindi
