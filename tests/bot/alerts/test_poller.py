"""The PNR alert poller: a mocked railwayapi v2 upstream whose PNR status changes over the
injected clock, the real cache and store, and a recording `notify` in place of the Send API."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import respx
from redis.exceptions import ConnectionError as RedisConnectionError

from app.bot.alerts.poller import AlertPoller, MessagingType
from app.bot.alerts.schedule import journey_over_at, poll_interval_s
from app.bot.alerts.subscriptions import AlertBook
from app.bot.conversation import Bot
from app.bot.incoming import Incoming
from app.bot.replies import Reply
from app.constants import (
    ALERT_LEASE_S,
    ALERT_POLL_JITTER_S,
    ALERT_POLL_S,
    ALERT_RETRY_S,
    ALERTS_DUE_KEY,
    CACHE_PREFIX,
    HOUR,
    LAST_SEEN_PREFIX,
    MINUTE,
)
from app.errors import SendError, UserUnreachable
from app.observability import REGISTRY
from app.railways.budget import Priority, current_priority
from app.railways.cache import CachedProvider
from app.railways.railwayapi import RailwayApiProvider
from app.store import MemoryStore, RedisStore, Store
from tests.bot.harness import (
    API_KEY,
    API_URL,
    TODAY,
    TZ,
    has_timetable,
    live_body,
    new_bot,
    path,
    pnr_body,
    refusal,
)
from tests.conftest import FakeClock

PNR = "4512345678"
PNR_URL = path("pnr-status", "pnr", PNR)
JOURNEY = TODAY + dt.timedelta(days=10)
USER = "psid-2001"
WAITLISTED = pnr_body(JOURNEY, ("RLWL/-/16/GN", "RLWL/-/16/GN"))
CONFIRMED = pnr_body(JOURNEY, ("RLWL/-/16/GN", "CNF/B2/34/GN"), chart=True)
EXPECTED = "PNR *******678 · 12627 Karnataka Exp, 28 Nov\nP1: RLWL 16 → CNF B2/34\nChart prepared"

JsonObject = dict[str, Any]


class Timeline:
    """The upstream's PNR answers over time: from each moment on, the body set for it."""

    def __init__(self, router: respx.Router, clock: FakeClock, first: JsonObject) -> None:
        self.clock = clock
        self.changes: list[tuple[float, JsonObject | None]] = [(clock.now, first)]
        self.route = router.get(PNR_URL).mock(side_effect=self._answer)

    def at(self, seconds_from_now: float, body: JsonObject | None) -> None:
        """From that moment, answer `body` (None: the upstream is down)."""
        self.changes.append((self.clock.now + seconds_from_now, body))
        self.changes.sort(key=lambda change: change[0])

    def _answer(self, request: httpx.Request) -> httpx.Response:
        body = [body for since, body in self.changes if since <= self.clock.now][-1]
        if body is None:
            return httpx.Response(503, text="down")
        return httpx.Response(200, json=body)


@dataclass
class Sent:
    user: str
    reply: Reply
    kind: MessagingType
    tag: str | None


@dataclass
class Inbox:
    """What the poller sent; `failures` are raised by the next sends, in order."""

    sent: list[Sent] = field(default_factory=list)
    failures: list[BaseException] = field(default_factory=list)

    async def notify(self, user: str, reply: Reply, kind: MessagingType, tag: str | None) -> None:
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append(Sent(user, reply, kind, tag))

    def texts(self, user: str = USER) -> list[str]:
        return [sent.reply.text for sent in self.sent if sent.user == user]


@dataclass
class World:
    store: Store
    clock: FakeClock
    bot: Bot
    poller: AlertPoller
    railway: Timeline
    inbox: Inbox
    router: respx.Router

    async def subscribe(self, user: str = USER, pnr: str = PNR) -> None:
        """Subscribe through the bot; the first poll, due in two hours give or take the jitter
        (a waiting list days out), is then pinned to an hour so that tests can step past it, and
        the subscription's own look is forgotten, so that this early poll looks for itself."""
        replies = await self.bot.respond(Incoming(user_id=user, text=f"alert {pnr}"))
        assert "Alerts on" in replies[0].text, replies[0].text
        due, sub = await self.due(user, pnr), await self.poller.book.get(user, pnr)
        assert sub is not None
        every = poll_interval_s(self.clock.now, sub.baseline, TZ)  # an eighth of the days left
        assert every is not None and every > ALERT_POLL_S["waiting"]
        assert due is not None and abs(due - self.clock.now - every) <= ALERT_POLL_JITTER_S
        await self.store.zadd(ALERTS_DUE_KEY, f"{user}|{pnr}", self.clock.now + HOUR)
        await self.store.delete(*await self.store.scan_keys(f"{CACHE_PREFIX}*:pnr_status:*"))

    async def wrote(self, user: str = USER, ago_s: float = 0.0) -> None:
        """The user's last message, as the worker records it."""
        await self.store.set(LAST_SEEN_PREFIX + user, f"{self.clock.now - ago_s:.3f}")

    async def every(self, at: float | None = None, user: str = USER, pnr: str = PNR) -> float:
        """How often the alert looks at its booking at `at` (now): an eighth of the time left
        before departure (19:20 on the journey date), down to its phase's least interval."""
        sub = await self.poller.book.get(user, pnr)
        assert sub is not None
        every = poll_interval_s(self.clock.now if at is None else at, sub.baseline, TZ)
        assert every is not None
        return every

    async def due(self, user: str = USER, pnr: str = PNR) -> float | None:
        return await self.store.zscore(ALERTS_DUE_KEY, f"{user}|{pnr}")

    async def after(self, seconds: float) -> int:
        """Move the clock on, then one poller pass; how many alerts it polled."""
        self.clock.advance(seconds)
        return await self.poller.poll_due()


async def _no_sleep(_: float) -> None:
    await asyncio.sleep(0)


def cached_provider(store: Store, clock: FakeClock) -> CachedProvider:
    live = RailwayApiProvider(API_URL, API_KEY, clock=clock, tz=TZ, sleep=_no_sleep)
    return CachedProvider(live, store, clock=clock)


def poller_for(
    provider: CachedProvider, store: Store, clock: FakeClock, inbox: Inbox
) -> AlertPoller:
    return AlertPoller(provider, store, inbox.notify, tz=TZ, clock=clock, rng=lambda: 0.5)


@asynccontextmanager
async def world(
    store: Store, clock: FakeClock, first: JsonObject = WAITLISTED
) -> AsyncIterator[World]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        provider = cached_provider(store, clock)
        inbox = Inbox()
        railway = Timeline(router, clock, first)
        has_timetable(router)
        try:
            yield World(
                store,
                clock,
                new_bot(provider, store, clock),
                poller_for(provider, store, clock, inbox),
                railway,
                inbox,
                router,
            )
        finally:
            await provider.aclose()


def metric(name: str, outcome: str) -> float:
    return REGISTRY.get_sample_value(f"railbot_{name}_total", {"outcome": outcome}) or 0.0


# --- changes --------------------------------------------------------------------------------------


async def test_a_change_is_notified_exactly_once(store: Store, clock: FakeClock) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        w.railway.at(30 * MINUTE, CONFIRMED)
        assert await w.after(59 * MINUTE) == 0  # not due yet
        assert await w.after(2 * MINUTE) == 1
        assert w.inbox.texts() == [EXPECTED]
        [sent] = w.inbox.sent
        assert [q.title for q in sent.reply.quick_replies] == ["Full status", "Stop alerts"]
        for _ in range(3):
            await w.after(HOUR)
        assert w.inbox.texts() == [EXPECTED]
        sub = await AlertBook(store).get(USER, PNR)
        assert sub is not None and sub.pending is None
        assert sub.baseline.chart_prepared and sub.baseline.passengers[1].coach == "B2"


async def test_no_change_sends_nothing_but_keeps_polling(store: Store, clock: FakeClock) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        await w.after(HOUR + MINUTE)
        for _ in range(4):
            assert await w.after(await w.every()) == 1
        assert w.inbox.sent == []
        assert w.railway.route.call_count == 6
        due = await w.due()
        assert due is not None and due == pytest.approx(clock.now + await w.every(), abs=1)


async def test_each_change_in_turn_is_notified_once(store: Store, clock: FakeClock) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        w.railway.at(HOUR, pnr_body(JOURNEY, ("RLWL/-/16/GN", "RLWL/-/5/GN")))
        await w.after(HOUR + MINUTE)
        w.railway.at(HOUR, CONFIRMED)
        await w.after(await w.every())
        for _ in range(2):  # charted: nothing more to tell
            await w.after(HOUR)
        assert [text.split("\n")[1:] for text in w.inbox.texts()] == [
            ["P1: RLWL 16 → RLWL 5"],
            ["P1: RLWL 5 → CNF B2/34", "Chart prepared"],
        ]


async def test_polls_come_every_half_hour_on_the_last_day_and_stop_after_the_second_chart(
    store: Store, clock: FakeClock
) -> None:
    journey = TODAY + dt.timedelta(days=1)
    soon = pnr_body(journey, ("RLWL/-/16/GN", "RLWL/-/16/GN"))
    clock.advance(3 * HOUR)  # 19:36: the train leaves tomorrow at 19:20, within a day
    async with world(store, clock, soon) as w:
        await w.bot.respond(Incoming(user_id=USER, text=f"alert {PNR}"))
        due = await w.due()
        every = await w.every()  # an eighth of the day left, at least half-hourly
        assert every >= ALERT_POLL_S["waiting_soon"]
        assert due is not None and abs(due - clock.now - every) <= ALERT_POLL_JITTER_S
        w.railway.at(0, {**soon, "chart_prepared": True})
        calls = w.railway.route.call_count
        await w.after(due - clock.now)
        assert w.railway.route.call_count == calls + 1
        [text] = w.inbox.texts()
        assert text.startswith("PNR *******678 · 12627 Karnataka Exp, 19 Nov\nChart prepared\n")
        assert "Still waitlisted after charting" in text
        # charted and still waitlisted: one more look when the second chart is due (half an
        # hour before 19:20, and ten minutes for it to reach the enquiry: 19:00)...
        second = dt.datetime.combine(journey, dt.time(19, 0), TZ).timestamp()
        due = await w.due()
        assert due is not None and second <= due <= second + 3 * MINUTE
        await w.after(due - clock.now)
        assert w.railway.route.call_count == calls + 2
        # ...then every status is final; the subscription is only woken at the end of the
        # journey day, to end it without a call
        assert await w.due() == journey_over_at(journey, TZ)


async def test_two_pollers_never_notify_one_change_twice(
    store: Store, clock: FakeClock, request: pytest.FixtureRequest
) -> None:
    users = [f"psid-30{n:02d}" for n in range(8)]
    second_store: Store = store
    if isinstance(store, RedisStore):
        second_store = RedisStore.from_url(request.getfixturevalue("clean_redis"))
    async with world(store, clock) as w:
        for user in users:
            await w.subscribe(user)
        other = cached_provider(second_store, clock)
        rival = poller_for(other, second_store, clock, w.inbox)
        w.railway.at(MINUTE, CONFIRMED)
        clock.advance(HOUR + 5 * MINUTE)
        calls_before = w.railway.route.call_count
        polled = await asyncio.gather(w.poller.poll_due(), rival.poll_due())
        clock.advance(ALERT_LEASE_S + MINUTE)
        polled_again = await asyncio.gather(w.poller.poll_due(), rival.poll_due())
        await other.aclose()
        if second_store is not store:
            await second_store.close()
    assert sum(polled) == len(users) and sum(polled_again) == 0
    assert sorted(sent.user for sent in w.inbox.sent) == users
    assert {sent.reply.text for sent in w.inbox.sent} == {EXPECTED}
    assert w.railway.route.call_count - calls_before == 1  # single flight, shared cache


async def test_a_worker_dying_after_deciding_leaves_the_notice_to_the_next_poller(
    store: Store, clock: FakeClock
) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        w.railway.at(MINUTE, CONFIRMED)
        w.inbox.failures.append(RuntimeError("the worker process died here"))
        assert await w.after(HOUR + MINUTE) == 1
        sub = await AlertBook(store).get(USER, PNR)
        assert sub is not None and sub.pending is not None and sub.baseline.chart_prepared
        assert await w.after(MINUTE) == 0  # leased to the dead worker for now
        assert await w.after(ALERT_LEASE_S) == 1
        assert w.inbox.texts() == [EXPECTED]
        await w.after(HOUR)
        assert w.inbox.texts() == [EXPECTED]


# --- the 24-hour window ---------------------------------------------------------------------------


async def test_inside_the_24_hour_window_an_alert_is_an_update(
    store: Store, clock: FakeClock
) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        w.railway.at(MINUTE, CONFIRMED)
        clock.advance(HOUR + MINUTE)
        await w.wrote(ago_s=23 * HOUR)
        await w.poller.poll_due()
    [sent] = w.inbox.sent
    assert (sent.kind, sent.tag) == ("UPDATE", None)


@pytest.mark.parametrize("ago_s", [25 * HOUR, None], ids=["wrote_yesterday", "never_seen"])
async def test_outside_the_window_an_alert_carries_the_confirmed_event_tag(
    store: Store, clock: FakeClock, ago_s: float | None
) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        w.railway.at(MINUTE, CONFIRMED)
        clock.advance(HOUR + MINUTE)
        if ago_s is not None:
            await w.wrote(ago_s=ago_s)
        await w.poller.poll_due()
    [sent] = w.inbox.sent
    assert (sent.kind, sent.tag) == ("MESSAGE_TAG", "CONFIRMED_EVENT_UPDATE")


# --- endings --------------------------------------------------------------------------------------


async def _past_the_journey(w: World) -> None:
    end = dt.datetime.combine(JOURNEY + dt.timedelta(days=1), dt.time(0), TZ).timestamp()
    w.clock.now = end + MINUTE
    await w.store.zadd(ALERTS_DUE_KEY, f"{USER}|{PNR}", w.clock.now)


async def test_after_the_journey_date_the_alert_ends_with_a_word_inside_the_window(
    store: Store, clock: FakeClock
) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        await _past_the_journey(w)
        await w.wrote(ago_s=HOUR)
        calls = w.railway.route.call_count
        assert await w.poller.poll_due() == 1
    assert await AlertBook(store).all_of(USER) == []
    assert await store.zcard(ALERTS_DUE_KEY) == 0
    [sent] = w.inbox.sent
    assert "journey date has passed" in sent.reply.text and sent.kind == "UPDATE"
    assert w.railway.route.call_count == calls


async def test_after_the_journey_date_outside_the_window_it_ends_silently(
    store: Store, clock: FakeClock
) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        await _past_the_journey(w)
        await w.poller.poll_due()
    assert await AlertBook(store).all_of(USER) == []
    assert w.inbox.sent == []


async def test_a_flushed_pnr_ends_its_alert(store: Store, clock: FakeClock) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        w.railway.at(MINUTE, refusal(220))
        clock.advance(HOUR + MINUTE)
        await w.wrote()
        await w.poller.poll_due()
    assert await AlertBook(store).all_of(USER) == []
    assert await store.zcard(ALERTS_DUE_KEY) == 0
    [sent] = w.inbox.sent
    assert "flushed" in sent.reply.text


async def test_a_cancelled_train_is_told_once_and_ends_the_alert(
    store: Store, clock: FakeClock
) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        w.railway.at(MINUTE, {**WAITLISTED, "train_cancelled": True})
        await w.after(HOUR + MINUTE)
        await w.after(HOUR + MINUTE)
    assert [text.split("\n")[1] for text in w.inbox.texts()] == ["❌ Train cancelled"]
    assert await AlertBook(store).all_of(USER) == []


async def test_an_unreachable_user_loses_all_their_alerts(store: Store, clock: FakeClock) -> None:
    other = "2345678901"
    async with world(store, clock) as w:
        w.router.get(path("pnr-status", "pnr", other)).mock(
            return_value=httpx.Response(200, json={**WAITLISTED, "pnr": other})
        )
        await w.subscribe()
        await w.subscribe(pnr=other)
        await store.zadd(ALERTS_DUE_KEY, f"{USER}|{other}", clock.now + 10 * HOUR)
        w.railway.at(MINUTE, CONFIRMED)
        w.inbox.failures.append(
            UserUnreachable("This person isn't available right now.", code=551, subcode=1545041)
        )
        before = metric("alert_notifications", "551")
        await w.after(HOUR + MINUTE)
    assert await AlertBook(store).all_of(USER) == []
    assert await store.zcard(ALERTS_DUE_KEY) == 0
    assert metric("alert_notifications", "551") == before + 1


# --- send failures --------------------------------------------------------------------------------


async def test_a_permanent_refusal_is_counted_and_never_retried(
    store: Store, clock: FakeClock
) -> None:
    refused = SendError("outside the window", code=10, subcode=2018278, status=400)
    async with world(store, clock) as w:
        await w.subscribe()
        w.railway.at(MINUTE, CONFIRMED)
        w.inbox.failures.append(refused)
        before = metric("alert_notifications", "10/2018278")
        await w.after(HOUR + MINUTE)
        for _ in range(3):
            await w.after(HOUR)
        sub = await AlertBook(store).get(USER, PNR)
    assert metric("alert_notifications", "10/2018278") == before + 1
    assert w.inbox.sent == []
    assert sub is not None and sub.pending is None and sub.baseline.chart_prepared


async def test_a_temporary_refusal_is_sent_again_later_once(store: Store, clock: FakeClock) -> None:
    throttled = SendError("rate limited", code=613, status=400, retryable=True)
    async with world(store, clock) as w:
        await w.subscribe()
        w.railway.at(MINUTE, CONFIRMED)
        w.inbox.failures.append(throttled)
        await w.after(HOUR + MINUTE)
        assert w.inbox.sent == []
        due = await w.due()
        assert due == pytest.approx(clock.now + ALERT_RETRY_S)
        await w.after(ALERT_RETRY_S)
        await w.after(HOUR)
    assert w.inbox.texts() == [EXPECTED]


# --- the upstream ---------------------------------------------------------------------------------


async def test_railways_down_just_reschedules(store: Store, clock: FakeClock) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        w.railway.at(MINUTE, None)
        await w.after(HOUR + MINUTE)
        assert w.inbox.sent == []
        due = await w.due()
        assert due == pytest.approx(clock.now + await w.every(), abs=1)
        w.railway.at(0, CONFIRMED)
        await w.after(await w.every())
    assert w.inbox.texts() == [EXPECTED]


async def test_a_users_question_and_a_poll_make_one_upstream_call(
    store: Store, clock: FakeClock
) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        w.railway.at(MINUTE, CONFIRMED)
        clock.advance(HOUR)
        calls = w.railway.route.call_count
        asked, polled = await asyncio.gather(
            w.bot.respond(Incoming(user_id=USER, text=f"pnr {PNR}")), w.poller.poll_due()
        )
    assert polled == 1 and "P1 CNF B2/34" in asked[0].text
    assert w.railway.route.call_count == calls + 1
    assert w.inbox.texts() == [EXPECTED]


async def test_a_travellers_own_look_within_the_interval_is_the_polls_look(
    store: Store, clock: FakeClock
) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        await w.store.zadd(ALERTS_DUE_KEY, f"{USER}|{PNR}", clock.now + 3 * HOUR)
        clock.advance(100 * MINUTE)  # past a traveller's freshness (an hour, days out)
        w.railway.at(0, CONFIRMED)
        asked = await w.bot.respond(Incoming(user_id=USER, text=f"pnr {PNR}"))
        calls = w.railway.route.call_count

        # The poll due 80 minutes later takes that look (within its two hours) as its own,
        # and still tells the change it shows.
        assert await w.after(80 * MINUTE) == 1
    assert "P1 CNF B2/34" in asked[0].text
    assert w.railway.route.call_count == calls
    assert w.inbox.texts() == [EXPECTED]


async def test_the_next_poll_is_an_interval_after_the_last_look_at_the_booking(
    store: Store, clock: FakeClock
) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        await w.store.zadd(ALERTS_DUE_KEY, f"{USER}|{PNR}", clock.now + 3 * HOUR)
        clock.advance(100 * MINUTE)
        await w.bot.respond(Incoming(user_id=USER, text=f"pnr {PNR}"))
        looked = clock.now
        calls = w.railway.route.call_count

        assert await w.after(80 * MINUTE) == 1
        assert w.railway.route.call_count == calls  # no call: the traveller's look stood for it
        every = await w.every(looked)
        assert await w.due() == pytest.approx(looked + every, abs=1)

        # The next poll finds no newer look: it calls.
        assert await w.after(every - 80 * MINUTE) == 1
        assert w.railway.route.call_count == calls + 1
        assert await w.due() == pytest.approx(clock.now + await w.every(), abs=1)


async def test_a_stopped_alert_is_not_polled(store: Store, clock: FakeClock) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        await w.bot.respond(Incoming(user_id=USER, text=f"stop {PNR}"))
        w.railway.at(MINUTE, CONFIRMED)
        calls = w.railway.route.call_count
        await w.after(2 * HOUR)
    assert w.inbox.sent == [] and w.railway.route.call_count == calls


# --- running -------------------------------------------------------------------------------------


async def test_the_poller_runs_in_the_background_until_stopped(
    store: Store, clock: FakeClock
) -> None:
    async with world(store, clock) as w:
        await w.subscribe()
        w.railway.at(MINUTE, CONFIRMED)
        clock.advance(HOUR + MINUTE)
        w.poller.tick_s = 0.01
        task = asyncio.create_task(w.poller.run())
        for _ in range(200):
            if w.inbox.sent:
                break
            await asyncio.sleep(0.01)
        w.poller.stop()
        await asyncio.wait_for(task, 2)
    assert w.inbox.texts() == [EXPECTED]
    assert REGISTRY.get_sample_value("railbot_alerts_active") == 1


class FlakyStore(MemoryStore):
    """The in-memory store, whose first claims fail as a Redis that went away would."""

    def __init__(self, clock: FakeClock, failures: int) -> None:
        super().__init__(clock=clock)
        self.failures = failures

    async def zclaim_due(self, key: str, now: float, lease_until: float, limit: int) -> list[str]:
        if self.failures:
            self.failures -= 1
            raise RedisConnectionError("Redis went away")
        return await super().zclaim_due(key, now, lease_until, limit)


async def test_the_poller_outlives_a_store_that_fails_for_a_while(clock: FakeClock) -> None:
    store = FlakyStore(clock, failures=3)
    async with world(store, clock) as w:
        await w.subscribe()
        w.railway.at(MINUTE, CONFIRMED)
        clock.advance(HOUR + MINUTE)
        w.poller.tick_s = 0.01
        task = asyncio.create_task(w.poller.run())
        for _ in range(200):
            if w.inbox.sent:
                break
            await asyncio.sleep(0.01)
        w.poller.stop()
        await asyncio.wait_for(task, 2)
    assert store.failures == 0
    assert w.inbox.texts() == [EXPECTED]


# --- the provider's call budget ----------------------------------------------------------------


async def test_polls_are_background_calls_paced_by_the_call_budget(
    store: Store, clock: FakeClock
) -> None:
    priorities: list[Priority] = []

    async def spacing() -> float:
        priorities.append(current_priority())  # asked while rescheduling, not while calling
        return 20 * HOUR  # the month's budget allows one background call every twenty hours

    async with world(store, clock) as w:
        await w.subscribe()
        await w.subscribe(user="psid-2002")
        w.poller = AlertPoller(
            w.poller.provider, store, w.inbox.notify, tz=TZ, clock=clock, call_spacing=spacing
        )
        seen: list[Priority] = []
        answer = w.railway.route.side_effect

        def watch(request: httpx.Request) -> httpx.Response:
            seen.append(current_priority())
            return answer(request)

        w.railway.route.side_effect = watch
        assert await w.after(HOUR + MINUTE) == 2

        # Both want their next look in about 30 hours (an eighth of the days left), when the
        # budget has calls for one: the other waits its turn, 40 hours on (both may, when they
        # are rescheduled at the same moment).
        dues = sorted([await w.due(), await w.due(user="psid-2002")])  # type: ignore[type-var]
        earliest = clock.now + await w.every() - ALERT_POLL_JITTER_S
        assert earliest <= dues[0] <= dues[1] == clock.now + 40 * HOUR
        assert seen == [Priority.BACKGROUND]  # the second PNR question was the cache's
        assert priorities and set(priorities) == {Priority.PERSON}


async def test_a_confirmed_booking_days_out_is_watched_through_its_trains_run(
    store: Store, clock: FakeClock
) -> None:
    # Every passenger confirmed, ten days out: only the train's cancellation can come, which a
    # look at its run tells (shared by everyone on that run); the PNR is not asked again.
    confirmed = pnr_body(JOURNEY, ("CNF/B2/34/GN", "CNF/B2/34/GN"))
    run = path("live", "train", "12627", "date", JOURNEY.strftime("%d-%m-%Y"))
    async with world(store, clock, confirmed) as w:
        await w.bot.respond(Incoming(user_id=USER, text=f"alert {PNR}"))
        [sub] = await w.poller.book.all_of(USER)
        assert sub.train_number == "12627" and sub.run_start == JOURNEY
        assert sub.baseline.departure == dt.time(19, 20)  # from the timetable (SBC)
        looks = w.router.get(run).mock(
            return_value=httpx.Response(200, json=live_body(JOURNEY, 0, 0))
        )
        pnr_calls = w.railway.route.call_count
        due = await w.due()
        assert due is not None
        assert await w.after(due - clock.now) == 1
        assert looks.call_count == 1 and w.railway.route.call_count == pnr_calls
        assert w.inbox.sent == []
