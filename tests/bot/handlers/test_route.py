"""A train's route, fifteen stops a page, with times and day of journey."""

from __future__ import annotations

from app.store import Store
from tests.bot.harness import (
    assert_phone_friendly,
    chat,
    chips,
    path,
    refusal,
    route_body,
    text_of,
)
from tests.conftest import FakeClock

ROUTE_URL = path("route", "train", "12627")


async def test_route_first_page_lists_fifteen_stops_with_times_and_day(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(ROUTE_URL, route_body())
        replies = await user.tap("ROUTE:12627")
    assert_phone_friendly(replies)
    text = text_of(replies)
    assert "🛤 12627 Karnataka Exp: stops 1–15 of 21" in text
    assert "Runs: Daily · Classes: 1A 2A 3A SL" in text
    assert "1. KSR Bengaluru (SBC) dep 19:20, day 1" in text
    assert "2. Yesvantpur Jn (YPR) 19:33–19:35, day 1" in text
    assert "15. Khandwa Jn (KNW) 20:05–20:10, day 2" in text
    assert "16." not in text
    assert chips(replies) == {"More stops": "ROUTE:12627:2", "Live status": "LIVE:12627"}


async def test_more_stops_shows_the_rest_up_to_the_destination(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        route = user.answers(ROUTE_URL, route_body())
        await user.tap("ROUTE:12627")
        replies = await user.tap_titled("More stops")
    text = text_of(replies)
    assert "stops 16–21 of 21" in text
    assert "16. Itarsi Jn (ET) 22:45–22:55, day 2" in text
    assert "21. New Delhi (NDLS) arr 09:15, day 3" in text
    assert "More stops" not in chips(replies)
    assert chips(replies)["First stops"] == "ROUTE:12627:1"
    assert route.call_count == 1  # the second page came from the cache


async def test_page_past_the_end_shows_the_last_page(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(ROUTE_URL, route_body())
        replies = await user.tap("ROUTE:12627:9")
    assert "stops 16–21 of 21" in text_of(replies)


async def test_unknown_train_asks_to_check_the_number(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(path("route", "train", "99999"), refusal(404))
        replies = await user.tap("ROUTE:99999")
    assert text_of(replies) == "I couldn't find train 99999. Please check the 5-digit number."


async def test_route_without_a_train_asks_for_the_number(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        replies = await user.tap("MENU_ROUTE")
    assert "Which train's route? Send its 5-digit number" in text_of(replies)


async def test_route_from_a_station_starts_there_and_pages_on_from_it(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(ROUTE_URL, route_body())
        replies = await user.tap("ROUTE:12627:1:YPR")
        text = text_of(replies)
        assert "🛤 12627 Karnataka Exp from Yesvantpur Jn (YPR) on: stops 1–15 of 20" in text
        assert "2. Yesvantpur Jn (YPR) 19:33–19:35, day 1" in text
        assert "KSR Bengaluru (SBC)" not in text
        assert chips(replies)["More stops"] == "ROUTE:12627:2:YPR"
        replies = await user.tap_titled("More stops")
    assert "21. New Delhi (NDLS) arr 09:15, day 3" in text_of(replies)


async def test_route_from_a_station_it_does_not_call_at_says_so_with_the_whole_route(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(ROUTE_URL, route_body())
        replies = await user.tap("ROUTE:12627:1:MMCT")
    text = text_of(replies)
    assert text.startswith("12627 Karnataka Exp does not stop at Mumbai Central (MMCT)")
    assert "1. KSR Bengaluru (SBC) dep 19:20, day 1" in text
