"""PNR alerts in the conversation: subscribing, listing and stopping through the bot, and the
alert buttons' payloads."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.alerts.subscriptions import AlertBook
from app.bot.requests import AlertList, AlertStop, Packable, TrackPnr, unpack
from app.constants import (
    ALERT_POLL_JITTER_S,
    ALERTS_DUE_KEY,
    ALERTS_MAX_PER_USER,
)
from app.store import Store
from tests.bot.alerts.samples import JOURNEY, PNR, USER
from tests.bot.harness import (
    TODAY,
    TZ,
    Chat,
    assert_phone_friendly,
    chat,
    chips,
    path,
    pnr_body,
    refusal,
    text_of,
)
from tests.conftest import FakeClock

PNR_URL = path("pnr-status", "pnr", PNR)


async def test_alert_with_a_pnr_subscribes_and_says_what_it_will_tell(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(PNR_URL, pnr_body(JOURNEY, ("RLWL/-/16/GN", "RLWL/-/16/GN")))
        replies = await user.say(f"alert {PNR}")
    assert_phone_friendly(replies)
    text = text_of(replies)
    assert f"Alerts on for PNR {PNR} (12627 Karnataka Exp, Sat 28 Nov)" in text
    assert (
        "I'll message you when P1's status changes, when the chart is prepared or if the train "
        "is cancelled." in text
    )
    assert "Now: P1 RLWL 16 · chart not prepared" in text
    assert chips(replies) == {
        "Full status": f"PNR:{PNR}",
        "My alerts": "ALERTS",
        "Stop alerts": f"UNTRACK:{PNR}",
    }
    [sub] = await AlertBook(store).all_of(USER)
    assert sub.pnr == PNR and sub.journey_date == JOURNEY
    assert sub.baseline.passengers[1].position == 16
    assert sub.created_at == clock.now
    # its departure read from the timetable (SBC 19:20), its run the one leaving that day
    assert sub.baseline.departure == dt.time(19, 20)
    assert (sub.train_number, sub.run_start) == ("12627", JOURNEY)
    due = await store.zscore(ALERTS_DUE_KEY, f"{USER}|{PNR}")
    # a waiting list ten days out: looked at when an eighth of the time left has gone by
    leaves = dt.datetime.combine(JOURNEY, dt.time(19, 20), TZ).timestamp()
    expected = (leaves - clock.now) / 8
    assert due is not None and abs(due - clock.now - expected) <= ALERT_POLL_JITTER_S


async def test_notify_me_when_it_confirms_subscribes_too(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(PNR_URL, pnr_body(JOURNEY, ("GNWL 17", "GNWL 17")))
        replies = await user.say(f"notify me when {PNR} confirms")
    assert "Alerts on for PNR" in text_of(replies)
    assert await AlertBook(store).get(USER, PNR) is not None


async def test_track_my_pnr_after_a_pnr_answer_tracks_that_pnr(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        route = user.answers(PNR_URL, pnr_body(JOURNEY, ("RLWL/-/16/GN", "RLWL/-/4/GN")))
        await user.say(f"pnr {PNR}")
        replies = await user.say("track my pnr")
    assert f"Alerts on for PNR {PNR}" in text_of(replies)
    assert route.call_count == 1  # the cached answer was the baseline
    assert await AlertBook(store).get(USER, PNR) is not None


async def test_track_my_pnr_with_nothing_looked_up_asks_which_then_tracks_it(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(PNR_URL, pnr_body(JOURNEY, ("RLWL/-/16/GN", "RLWL/-/4/GN")))
        asked = await user.say("track my pnr")
        replies = await user.say(PNR)
    assert "Which PNR should I track?" in text_of(asked)
    assert f"Alerts on for PNR {PNR}" in text_of(replies)


async def test_tracking_a_pnr_twice_keeps_one_alert(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        route = user.answers(PNR_URL, pnr_body(JOURNEY, ("RLWL/-/16/GN", "RLWL/-/4/GN")))
        await user.tap(f"TRACK:{PNR}")
        replies = await user.tap(f"TRACK:{PNR}")
    assert f"You're already getting alerts for PNR {PNR}" in text_of(replies)
    assert route.call_count == 1
    assert len(await AlertBook(store).all_of(USER)) == 1


async def test_my_alerts_lists_them_with_a_stop_button_each(store: Store, clock: FakeClock) -> None:
    other = "2345678901"
    async with chat(store, clock) as user:
        user.answers(PNR_URL, pnr_body(JOURNEY, ("RLWL/-/16/GN", "RLWL/-/4/GN")))
        second = pnr_body(JOURNEY + dt.timedelta(days=3), ("CNF/S1/1/GN", "CNF/S1/1/GN"))
        user.answers(path("pnr-status", "pnr", other), {**second, "pnr": other})
        await user.say(f"alert {other}")
        await user.say(f"alert {PNR}")
        replies = await user.say("my alerts")
    text = text_of(replies)
    assert "You're getting alerts for 2 PNRs" in text
    assert text.index(f"• {PNR} · 12627 Karnataka Exp, Sat 28 Nov") < text.index(f"• {other}")
    assert chips(replies) == {
        f"Stop {PNR}": f"UNTRACK:{PNR}",
        f"Stop {other}": f"UNTRACK:{other}",
        "Stop all": "UNTRACK:ALL",
    }


async def test_my_alerts_with_none_says_how_to_get_one(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        replies = await user.say("my alerts")
    assert "You have no PNR alerts" in text_of(replies)
    assert "alert 4512345678" in text_of(replies)


async def test_stop_with_a_pnr_stops_that_alert_and_offers_it_back(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(PNR_URL, pnr_body(JOURNEY, ("RLWL/-/16/GN", "RLWL/-/4/GN")))
        await user.say(f"alert {PNR}")
        replies = await user.say(f"stop {PNR}")
        again = await user.say(f"stop {PNR}")
    assert f"Stopped alerts for PNR {PNR}" in text_of(replies)
    assert chips(replies) == {"Track again": f"TRACK:{PNR}"}
    assert f"You weren't getting alerts for PNR {PNR}" in text_of(again)
    assert await AlertBook(store).all_of(USER) == []
    assert await store.zcard(ALERTS_DUE_KEY) == 0


async def _subscribe_many(user: Chat, store: Store, count: int) -> list[str]:
    numbers = [f"45123456{n:02d}" for n in range(10, 10 + count)]
    for n, number in enumerate(numbers):
        body = pnr_body(JOURNEY + dt.timedelta(days=n), ("RLWL/-/16/GN", "RLWL/-/4/GN"))
        user.answers(path("pnr-status", "pnr", number), {**body, "pnr": number})
        await user.say(f"alert {number}")
    return numbers


async def test_stop_all_and_stop_alerts_stop_every_alert(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        await _subscribe_many(user, store, 3)
        replies = await user.say("stop all")
        await _subscribe_many(user, store, 2)
        plural = await user.say("stop alerts")
    assert "Stopped alerts for all 3 of your PNRs" in text_of(replies)
    assert "Stopped alerts for all 2 of your PNRs" in text_of(plural)
    assert await AlertBook(store).all_of(USER) == []
    assert await store.zcard(ALERTS_DUE_KEY) == 0


async def test_a_sixth_alert_is_refused_politely_listing_the_five(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        numbers = await _subscribe_many(user, store, ALERTS_MAX_PER_USER)
        user.answers(PNR_URL, pnr_body(JOURNEY, ("RLWL/-/16/GN", "RLWL/-/4/GN")))
        replies = await user.say(f"alert {PNR}")
    assert_phone_friendly(replies)
    text = text_of(replies)
    assert f"at most {ALERTS_MAX_PER_USER} PNRs" in text
    assert all(f"• {number} ·" in text for number in numbers)
    assert f"track {PNR}" in text
    assert set(chips(replies).values()) == {f"UNTRACK:{n}" for n in numbers} | {"UNTRACK:ALL"}
    assert await AlertBook(store).get(USER, PNR) is None


async def test_stopping_with_several_and_no_pnr_asks_which(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        numbers = await _subscribe_many(user, store, 2)
        asked = await user.say("stop alert")
        replies = await user.say("2")
    assert "Which PNR's alerts should I stop?" in text_of(asked)
    assert f"Stopped alerts for PNR {numbers[1]}" in text_of(replies)
    assert [sub.pnr for sub in await AlertBook(store).all_of(USER)] == [numbers[0]]


async def test_plain_stop_with_no_question_pending_stops_the_alert(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        await _subscribe_many(user, store, 1)
        replies = await user.say("stop")
    assert "Stopped alerts for PNR" in text_of(replies)
    assert await AlertBook(store).all_of(USER) == []


async def test_plain_stop_with_a_question_pending_cancels_only_the_question(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        await _subscribe_many(user, store, 1)
        asked = await user.say("live status")
        replies = await user.say("stop")
    assert "train" in text_of(asked).lower()
    assert "start over" in text_of(replies)
    assert len(await AlertBook(store).all_of(USER)) == 1


async def test_plain_stop_without_alerts_starts_over(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        replies = await user.say("stop")
    assert "start over" in text_of(replies)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (refusal(221), "PNR not found"),
        (refusal(220), "flushed"),
        (pnr_body(TODAY - dt.timedelta(days=1), ("CNF/S6/71/GN", "CNF/S6/71/GN")), "has passed"),
    ],
    ids=["invalid", "flushed", "journey_over"],
)
async def test_a_pnr_with_nothing_to_track_is_not_subscribed(
    store: Store, clock: FakeClock, body: dict[str, object], expected: str
) -> None:
    async with chat(store, clock) as user:
        user.answers(PNR_URL, body)
        replies = await user.say(f"alert {PNR}")
    assert expected in text_of(replies)
    assert await AlertBook(store).all_of(USER) == []


async def test_a_cancelled_train_is_not_subscribed(store: Store, clock: FakeClock) -> None:
    body = {**pnr_body(JOURNEY, ("CNF/S6/71/GN", "CNF/S6/71/GN")), "train_cancelled": True}
    async with chat(store, clock) as user:
        user.answers(PNR_URL, body)
        replies = await user.say(f"alert {PNR}")
    assert "is cancelled: there's nothing to track" in text_of(replies)
    assert await AlertBook(store).all_of(USER) == []


async def test_railways_down_at_subscription_offers_to_try_again(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.fails(PNR_URL)
        replies = await user.say(f"alert {PNR}")
    assert "isn't answering" in text_of(replies)
    assert chips(replies) == {"Try again": f"TRACK:{PNR}"}
    assert await AlertBook(store).all_of(USER) == []


async def test_an_unreadable_subscription_is_dropped_not_fatal(
    store: Store, clock: FakeClock
) -> None:
    await store.hset(f"rb:alerts:user:{USER}", PNR, "{not json")
    await store.zadd(ALERTS_DUE_KEY, f"{USER}|{PNR}", clock.now)
    async with chat(store, clock) as user:
        replies = await user.say("my alerts")
    assert "You have no PNR alerts" in text_of(replies)
    assert await store.zcard(ALERTS_DUE_KEY) == 0


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (f"TRACK:{PNR}", TrackPnr(pnr=PNR)),
        (f"UNTRACK:{PNR}", AlertStop(pnr=PNR)),
        ("UNTRACK:ALL", AlertStop(everything=True)),
        ("ALERTS", AlertList()),
        ("UNTRACK:12", None),
        (f"UNTRACK:{PNR}:{PNR}", None),
        ("ALERTS:1", None),
    ],
)
def test_alert_payloads_are_validated(payload: str, expected: Packable | None) -> None:
    assert unpack(payload) == expected
