"""Asking for what a request lacks: the class buttons name each class in whole words."""

from __future__ import annotations

from app.bot.format import MAX_CHIP_TITLE
from app.bot.handlers.asking import class_chips
from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock


def test_a_class_button_keeps_whole_words_of_a_long_name() -> None:
    hindi = [reply.title for reply in class_chips("hi", ["SL", "CC", "EC"])]
    assert hindi == ["SL स्लीपर", "CC एसी चेयर कार", "EC एग्ज़ीक्यूटिव"]
    english = [reply.title for reply in class_chips("en", ["3A", "EC"])]
    assert english == ["3A AC 3 Tier", "EC Exec. Chair Car"]
    assert all(len(title) <= MAX_CHIP_TITLE and "…" not in title for title in hindi + english)


async def test_a_journey_wanted_with_no_end_said_asks_where_from_with_stations_to_tap(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say("need train urgent")
        assert "Which station are you starting from?" in text_of(replies)
        assert "NDLS New Delhi" in chips(replies)
        replies = await user.tap_titled("NDLS New Delhi")
    assert "Which station are you going to?" in text_of(replies)
    assert "NDLS New Delhi" not in chips(replies)  # never the end already given


async def test_the_stations_of_the_conversation_are_offered_first(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("code of agra")
        replies = await user.say("train chahiye jaldi")
    assert next(iter(chips(replies))).startswith("AGC")


async def test_which_train_offers_the_train_just_looked_at_first(
    store: Store, clock: FakeClock
) -> None:
    # the list's third train looked at alone, then the menu's "Route" (which train?): that
    # train is the first button, before the list's others
    async with sample_chat(store, clock) as user:
        await user.say("trains from chennai to bangalore tomorrow")
        await user.tap("LIVE:16021")
        replies = await user.tap("MENU_ROUTE")
    assert "Which train" in text_of(replies), text_of(replies)
    assert next(iter(chips(replies).values())) == "TRAIN:16021", chips(replies)
