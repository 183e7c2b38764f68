"""Stations by name (best match, code, other candidates) and by code (name, state, zone)."""

from __future__ import annotations

from app.store import Store
from tests.bot.harness import (
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
