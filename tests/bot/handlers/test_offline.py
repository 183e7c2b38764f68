"""With no live provider: timetable answers say where they came from; live-only features say
what is missing."""

from __future__ import annotations

from pathlib import Path

from app.store import Store
from tests.bot.harness import assert_phone_friendly, offline_chat, text_of
from tests.conftest import FakeClock


async def test_timetable_answer_names_the_open_data_and_its_import_date(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    async with offline_chat(store, clock, tmp_path) as user:
        replies = await user.tap("ROUTE:12951")
    assert_phone_friendly(replies)
    text = text_of(replies)
    assert "12951 Mumbai - New Delhi Rajdhani Express: 5 stops" in text
    assert "Timetable from the open data, imported 18 Nov." in text


async def test_pnr_without_a_live_provider_says_the_bot_is_not_connected(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    async with offline_chat(store, clock, tmp_path) as user:
        replies = await user.tap("PNR:4512345678")
    assert text_of(replies).startswith(
        "This needs a live railway data provider, which this bot isn't connected to."
    )


async def test_timetable_not_imported_is_said_plainly(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    async with offline_chat(store, clock, tmp_path, imported=False) as user:
        replies = await user.tap("ROUTE:12951")
    assert "I don't have the train timetable loaded yet" in text_of(replies)
