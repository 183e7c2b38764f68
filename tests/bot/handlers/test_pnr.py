"""PNR status through the bot: the real v2 client behind the cache, the upstream mocked."""

from __future__ import annotations

import datetime as dt

import httpx

from app.constants import PNR_FRESH_S
from app.i18n import t
from app.store import Store
from tests.bot.harness import (
    TODAY,
    assert_phone_friendly,
    chat,
    chips,
    live_body,
    path,
    pnr_body,
    refusal,
    route_body,
    sample_chat,
    text_of,
)
from tests.conftest import FakeClock

PNR_URL = path("pnr-status", "pnr", "4512345678")
JOURNEY = TODAY + dt.timedelta(days=2)


async def test_pnr_shows_train_journey_chart_and_one_line_per_passenger(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(
            PNR_URL,
            pnr_body(
                JOURNEY,
                ("CNF/S6/71/GN", "CNF/S6/71/GN"),
                ("RLWL/-/16/GN", "RLWL/-/4/GN"),
                ("GNWL  17", "RAC 12"),
                ("W/L 54,RLGN", "CAN"),
            ),
        )
        replies = await user.tap("PNR:4512345678")
    assert_phone_friendly(replies)
    text = text_of(replies)
    assert "PNR 4512345678" in text
    assert "12627 Karnataka Exp" in text
    assert "Fri 20 Nov" in text
    assert "Yesvantpur Jn (YPR) → New Delhi (NDLS) · SL" in text
    assert "Chart not prepared yet" in text
    assert "P1 CNF S6/71\n" in text
    assert "P2 RLWL 4 · booked RLWL 16" in text
    assert "P3 RAC 12 · booked GNWL 17" in text
    assert "P4 Cancelled · booked RLWL 54" in text  # what CAN means, not the code
    assert "railwayapi.com · just now" in text


async def test_pnr_offers_tracking_and_live_status_of_that_train(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(PNR_URL, pnr_body(JOURNEY, ("CNF/S6/71/GN", "CNF/S6/71/GN")))
        replies = await user.tap("PNR:4512345678")
    offered = chips(replies)
    assert offered["Track this PNR"] == "TRACK:4512345678"
    assert offered["Live status"] == "LIVE:12627:2026-11-20:YPR"


async def test_tracking_this_pnr_turns_its_alerts_on(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(PNR_URL, pnr_body(JOURNEY, ("RLWL/-/16/GN", "RLWL/-/4/GN")))
        replies = await user.tap("TRACK:4512345678")
    assert "Alerts on for PNR 4512345678" in text_of(replies)
    assert chips(replies)["Stop alerts"] == "UNTRACK:4512345678"


async def test_a_tracked_pnrs_card_says_its_alerts_are_on_and_offers_to_stop_them(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(PNR_URL, pnr_body(JOURNEY, ("RLWL/-/16/GN", "RLWL/-/4/GN")))
        before = await user.tap("PNR:4512345678")
        await user.tap("TRACK:4512345678")
        card = await user.say("pnr 4512345678")
        standing = await user.say("how many of us are confirmed")
        stopped = await user.tap(chips(card)["Stop alerts"])
        after = await user.say("pnr 4512345678")
    on = t("en", "pnr.alerts_on")
    assert on not in text_of(before) and "Stop alerts" not in chips(before)
    assert on in text_of(card)
    assert chips(card)["Stop alerts"] == "UNTRACK:4512345678"
    assert "Track this PNR" not in chips(card)
    assert chips(standing)["Stop alerts"] == "UNTRACK:4512345678"
    assert "Track this PNR" not in chips(standing)
    assert "Stopped alerts for PNR 4512345678" in text_of(stopped)
    assert on not in text_of(after) and chips(after)["Track this PNR"] == "TRACK:4512345678"


async def test_a_tracked_pnrs_card_says_so_in_hindi(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(PNR_URL, pnr_body(JOURNEY, ("RLWL/-/16/GN", "RLWL/-/4/GN")))
        await user.say("पीएनआर 4512345678 का अलर्ट चालू करो")
        card = await user.say("पीएनआर 4512345678 का स्टेटस")
    assert t("hi", "pnr.alerts_on") in text_of(card)
    assert chips(card)[t("hi", "alerts.chip_stop")] == "UNTRACK:4512345678"
    assert t("hi", "pnr.chip_track") not in chips(card)


async def test_unknown_pnr_asks_to_check_the_digits(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(PNR_URL, refusal(221))
        replies = await user.tap("PNR:4512345678")
    assert text_of(replies) == "PNR not found — check the 10 digits on your ticket."


async def test_flushed_pnr_says_the_journey_is_over(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(PNR_URL, refusal(220))
        replies = await user.tap("PNR:4512345678")
    text = text_of(replies)
    assert "journey is completed" in text and "flushed" in text


async def test_upstream_down_is_worded_for_travellers_with_a_retry(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.fails(PNR_URL)
        replies = await user.tap("PNR:4512345678")
    assert "Indian Railways isn't answering right now, try again in a few minutes" in text_of(
        replies
    )
    assert chips(replies)["Try again"] == "PNR:4512345678"


async def test_stale_answer_says_it_is_stale_and_how_old(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        route = user.answers(PNR_URL, pnr_body(JOURNEY, ("CNF/S6/71/GN", "CNF/S6/71/GN")))
        await user.tap("PNR:4512345678")
        clock.advance(PNR_FRESH_S["confirmed"] + 60)  # past a confirmed PNR's freshness
        route.mock(return_value=httpx.Response(503, text="down"))
        replies = await user.tap("PNR:4512345678")
    text = text_of(replies)
    assert "P1 CNF S6/71" in text
    assert "Stale: railwayapi.com didn't answer, this is from 18 Nov, 16:36, 12h 1m ago." in text


async def test_live_status_from_a_pnr_asks_for_the_run_that_started_at_the_origin(
    store: Store, clock: FakeClock
) -> None:
    # Boarding at Guntakal (day 2 of the run) on the 19th: the train left Bengaluru on the 18th.
    async with chat(store, clock) as user:
        user.answers(path("route", "train", "12627"), route_body())
        live = user.answers(
            path("live", "train", "12627", "date", "18-11-2026"), live_body(TODAY, 0, 0)
        )
        replies = await user.tap("LIVE:12627:2026-11-19:GTL")
    assert live.called
    assert "Run of Wed 18 Nov: not started yet" in text_of(replies)


async def test_what_now_of_a_waitlisted_booking_is_its_chance_alerts_and_other_trains(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4523456789")
        replies = await user.say("so what now")
    text = text_of(replies)
    assert "Where it stands: P1 WL 12" in text
    assert "55% likely to confirm" in text
    assert "other trains or classes from New Delhi (NDLS) to Mumbai Central (MMCT)" in text
    offered = chips(replies)
    assert {"Track this PNR", "Other trains", "Other classes"} <= set(offered)


async def test_what_now_in_hindi_offers_the_same_in_hindi(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("पीएनआर 4523456789")
        replies = await user.say("तो अब क्या करूँ")
    assert "दूसरी ट्रेनें" in chips(replies)
    assert "दूसरी क्लास" in chips(replies)
