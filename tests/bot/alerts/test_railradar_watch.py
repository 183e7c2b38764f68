"""A PNR alert on RailRadar (the fake that speaks its recorded v1 shapes): a confirmed booking
days out is watched through its train's run, and the run's cancellation or reschedule, which
RailRadar's PNR answer never says, is told."""

from __future__ import annotations

import copy
import datetime as dt

import respx

from app.bot.alerts.poller import AlertPoller
from app.bot.alerts.subscriptions import AlertBook
from app.bot.incoming import Incoming
from app.constants import ALERTS_DUE_KEY, LANGUAGE_TTL_S
from app.i18n.preference import LanguagePreferences, Preference
from app.railways.cache import CachedProvider
from app.railways.railradar import RailRadarProvider
from app.store import Store
from tests.bot.alerts.test_poller import Inbox
from tests.bot.harness import TZ, new_bot
from tests.conftest import FakeClock
from tests.support.railradar_fake import KEY, URL, FakeRailRadar, fixture

PNR = "4598765432"
USER = "psid-4001"


def confirmed_on(train: str, journey: dt.date) -> dict[str, object]:
    """RailRadar's confirmed PNR answer, for `train` on `journey`, from its origin (MMCT on the
    fake's timetable), chart not yet prepared."""
    body = copy.deepcopy(fixture("pnr_confirmed"))
    data = body["data"]
    data["pnrNumber"] = PNR
    data["train"].update(
        number=train,
        journeyDate=journey.isoformat(),
        source={"code": "MMCT", "name": "Mumbai Central"},
        boardingPoint={"code": "MMCT", "name": "Mumbai Central"},
    )
    data["charting"] = {"isPrepared": False, "status": "Chart Not Prepared"}
    return body


async def test_a_confirmed_booking_hears_its_trains_cancellation_from_the_run(
    store: Store, clock: FakeClock
) -> None:
    today = dt.datetime.fromtimestamp(clock(), TZ).date()
    journey = today + dt.timedelta(days=10)
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as upstream:
        railradar = FakeRailRadar(upstream, today=lambda: today, clock=clock, per_minute=100)
        railradar.overrides[f"/pnr/{PNR}"] = (200, confirmed_on("12626", journey))
        live = RailRadarProvider(URL, KEY, clock=clock, tz=TZ)
        provider = CachedProvider(live, store, clock=clock)
        inbox = Inbox()
        poller = AlertPoller(provider, store, inbox.notify, tz=TZ, clock=clock, rng=lambda: 0.5)
        try:
            bot = new_bot(provider, store, clock)
            replies = await bot.respond(Incoming(user_id=USER, text=f"alert {PNR}"))
            assert "Alerts on" in replies[0].text, replies[0].text
            [sub] = await AlertBook(store).all_of(USER)
            # Its departure and run from the timetable: RailRadar's PNR answer has neither.
            assert sub.baseline.departure == dt.time(17, 0)
            assert (sub.train_number, sub.run_start) == ("12626", journey)

            due = await store.zscore(ALERTS_DUE_KEY, f"{USER}|{PNR}")
            assert due is not None
            clock.advance(due - clock())
            assert await poller.poll_due() == 1
        finally:
            await provider.aclose()
    # The run (cancelled, with RailRadar's exception) was looked at, then the PNR once more.
    assert railradar.paths("/trains/12626/live") == ["/trains/12626/live"]
    assert railradar.paths(f"/pnr/{PNR}") == [f"/pnr/{PNR}", f"/pnr/{PNR}"]
    [text] = inbox.texts(USER)
    assert "Train cancelled" in text
    assert await AlertBook(store).all_of(USER) == []  # told once, the alert ends


async def test_a_confirmed_booking_hears_its_run_rescheduled_once_in_its_language(
    store: Store, clock: FakeClock
) -> None:
    today = dt.datetime.fromtimestamp(clock(), TZ).date()
    journey = today + dt.timedelta(days=10)
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as upstream:
        railradar = FakeRailRadar(upstream, today=lambda: today, clock=clock, per_minute=100)
        railradar.overrides[f"/pnr/{PNR}"] = (200, confirmed_on("12512", journey))
        live = RailRadarProvider(URL, KEY, clock=clock, tz=TZ)
        provider = CachedProvider(live, store, clock=clock)
        inbox = Inbox()
        poller = AlertPoller(provider, store, inbox.notify, tz=TZ, clock=clock, rng=lambda: 0.5)
        try:
            bot = new_bot(provider, store, clock)
            await bot.respond(Incoming(user_id=USER, text=f"alert {PNR}"))
            hindi = Preference(chosen="hi").model_dump_json(exclude_none=True)
            await store.set(LanguagePreferences.key(USER), hindi, ttl_s=LANGUAGE_TTL_S)
            for _ in range(2):  # told at the first look at the run; the next has nothing new
                due = await store.zscore(ALERTS_DUE_KEY, f"{USER}|{PNR}")
                assert due is not None
                clock.advance(due - clock())
                assert await poller.poll_due() == 1
        finally:
            await provider.aclose()
    # RailRadar's words: "Rescheduled to leave Thiruvananthapuram Central at 09:45, 180 min late".
    [text] = inbox.texts(USER)
    assert f"अब {journey.day} " in text and "09:45 बजे चलेगी (3 घंटे लेट)" in text, text
    [sub] = await AlertBook(store).all_of(USER)  # the booking still travels: alerts go on
    assert sub.baseline.rescheduled
    # The PNR at subscription and once with the news; the second look at the run is enough.
    assert railradar.paths(f"/pnr/{PNR}") == [f"/pnr/{PNR}", f"/pnr/{PNR}"]


async def test_a_look_whose_answer_has_no_journey_date_keeps_the_date_known(
    store: Store, clock: FakeClock
) -> None:
    today = dt.datetime.fromtimestamp(clock(), TZ).date()
    journey = today + dt.timedelta(days=10)
    dated = copy.deepcopy(fixture("pnr_waitlisted"))
    dated["data"]["pnrNumber"] = PNR
    dated["data"]["train"]["journeyDate"] = journey.isoformat()
    undated = copy.deepcopy(dated)
    undated["data"]["train"]["journeyDate"] = None
    undated["data"]["charting"] = {"isPrepared": True, "status": "Chart Prepared"}
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as upstream:
        railradar = FakeRailRadar(upstream, today=lambda: today, clock=clock, per_minute=100)
        railradar.overrides[f"/pnr/{PNR}"] = (200, dated)
        live = RailRadarProvider(URL, KEY, clock=clock, tz=TZ)
        provider = CachedProvider(live, store, clock=clock)
        inbox = Inbox()
        poller = AlertPoller(provider, store, inbox.notify, tz=TZ, clock=clock, rng=lambda: 0.5)
        try:
            bot = new_bot(provider, store, clock)
            replies = await bot.respond(Incoming(user_id=USER, text=f"alert {PNR}"))
            assert "Alerts on" in replies[0].text, replies[0].text
            railradar.overrides[f"/pnr/{PNR}"] = (200, undated)
            due = await store.zscore(ALERTS_DUE_KEY, f"{USER}|{PNR}")
            assert due is not None
            clock.advance(due - clock())
            assert await poller.poll_due() == 1
        finally:
            await provider.aclose()
    [text] = inbox.texts(USER)
    assert "Chart prepared" in text, text  # the change there was, and no date moved
    assert "Journey date changed" not in text, text
    [sub] = await AlertBook(store).all_of(USER)
    assert sub.journey_date == journey
