"""Live running status: position, delay, last and next station; the run on the move when none is
named; the answer to a narrower question first; the timetable when live status is missing."""

from __future__ import annotations

import datetime as dt

import pytest

from app.constants import LIVE_FRESH_S
from app.i18n import t
from app.store import Store
from tests.bot.harness import (
    TODAY,
    TZ,
    assert_phone_friendly,
    chat,
    chips,
    live_body,
    path,
    railradar_chat,
    refusal,
    route_body,
    sample_chat,
    text_of,
    train,
)
from tests.conftest import FakeClock
from tests.support.railradar_fake import fixture, moved

TODAY_URL = path("live", "train", "12627", "date", "18-11-2026")
YESTERDAY_URL = path("live", "train", "12627", "date", "17-11-2026")
ROUTE_URL = path("route", "train", "12627")
TODAYS_RUN = "LIVE:12627:2026-11-18"


async def test_running_train_shows_position_delay_last_and_next_station(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(TODAY_URL, live_body(TODAY, departed=3, late=15))
        replies = await user.tap(TODAYS_RUN)
    assert_phone_friendly(replies)
    text = text_of(replies)
    assert "🚆 12627 Karnataka Exp" in text
    assert "Started Wed 18 Nov" in text
    assert "📍 Train is near DHARMAVARAM JN and late by 15 minutes." in text
    assert "Last: Dharmavaram Jn (DMM), left 23:05" in text
    assert "⏱ 15 min late" in text
    assert "Next: Anantapur (ATP), expected 23:48 (due 23:33)" in text
    assert "railwayapi.com · just now" in text
    assert chips(replies) == {"Refresh": "LIVE:12627:2026-11-18", "Route": "ROUTE:12627:1"}


async def test_train_standing_at_a_station_says_so(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(TODAY_URL, live_body(TODAY, departed=3, late=0, at_next=True))
        replies = await user.tap(TODAYS_RUN)
    text = text_of(replies)
    assert "At: Anantapur (ATP) since 23:33" in text
    assert "On time" in text
    assert "Next: Guntakal Jn (GTL), due 01:05" in text


async def test_train_not_yet_started_gives_its_departure(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(TODAY_URL, live_body(TODAY, departed=0, late=0))
        replies = await user.tap(TODAYS_RUN)
    text = text_of(replies)
    assert "not started yet, leaves KSR Bengaluru (SBC) at 19:20." in text
    assert "Started" not in text  # never "Started …" above "not started yet"


async def test_train_at_its_destination_says_it_reached(store: Store, clock: FakeClock) -> None:
    yesterday = TODAY - dt.timedelta(days=2)
    async with chat(store, clock) as user:
        user.answers(
            path("live", "train", "12627", "date", "16-11-2026"),
            live_body(yesterday, departed=20, late=25, at_next=True),
        )
        replies = await user.tap("LIVE:12627:2026-11-16")
    text = text_of(replies)
    assert "🏁 Reached New Delhi (NDLS) at 09:40" in text
    assert "Next:" not in text


async def test_a_train_not_running_that_day_says_its_next_run_and_offers_only_runs_gone_by(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(TODAY_URL, refusal(210))
        user.answers(ROUTE_URL, route_body())
        replies = await user.tap(TODAYS_RUN)
    text = text_of(replies)
    assert "Train 12627 doesn't start its run today." in text
    assert "Its next run leaves KSR Bengaluru (SBC) on Thu 19 Nov at 19:20." in text
    # Yesterday's run is still on its way; the one before is over; no day to come is offered.
    assert chips(replies) == {"Started Yesterday": "LIVE:12627:2026-11-17"}


async def test_yesterdays_run_is_one_tap_away(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(TODAY_URL, refusal(210))
        user.answers(ROUTE_URL, route_body())
        user.answers(YESTERDAY_URL, live_body(TODAY - dt.timedelta(days=1), departed=10, late=40))
        await user.tap(TODAYS_RUN)
        replies = await user.tap_titled("Started Yesterday")
    text = text_of(replies)
    assert "Started Tue 17 Nov" in text and "⏱ 40 min late" in text


async def test_without_a_date_the_run_on_the_move_is_shown_and_todays_is_mentioned(
    store: Store, clock: FakeClock
) -> None:
    # 16:36: the run that left Bengaluru yesterday at 19:20 is on its way to Delhi; today's
    # leaves at 19:20.
    async with chat(store, clock) as user:
        user.answers(ROUTE_URL, route_body())
        live = user.answers(
            YESTERDAY_URL, live_body(TODAY - dt.timedelta(days=1), departed=10, late=40)
        )
        replies = await user.say("12627 kahan hai")
    text = text_of(replies)
    assert live.called
    assert "Started Tue 17 Nov" in text
    assert "Today's run leaves KSR Bengaluru (SBC) at 19:20." in text
    assert chips(replies)["Today's run"] == "LIVE:12627:2026-11-18"


async def test_is_it_late_is_answered_first(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(ROUTE_URL, route_body())
        user.answers(YESTERDAY_URL, live_body(TODAY - dt.timedelta(days=1), departed=10, late=40))
        late = text_of(await user.say("is 12627 late?"))
        clock.advance(LIVE_FRESH_S["running"] + 1)  # past a running position's freshness
        user.answers(YESTERDAY_URL, live_body(TODAY - dt.timedelta(days=1), departed=10, late=0))
        on_time = text_of(await user.say("12627 on time hai kya"))
    assert late.startswith("Yes, it is running 40 min late.")
    assert on_time.startswith("Yes, it is running on time.")  # "on time?" is a yes when it is


async def test_a_run_not_started_is_never_on_time(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(TODAY_URL, live_body(TODAY, departed=0, late=0))
        replies = await user.say("is 12627 late today")
    text = text_of(replies)
    assert text.startswith("No, not so far: it hasn't started yet, and is due to leave at 19:20.")
    assert "on time" not in text.lower()


async def test_when_will_it_reach_a_station_is_answered_first(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(ROUTE_URL, route_body())
        user.answers(YESTERDAY_URL, live_body(TODAY - dt.timedelta(days=1), departed=10, late=40))
        replies = await user.say("12627 bhopal kab pahunchegi")
    assert text_of(replies).startswith(
        "Expected at Bhopal Jn (BPL) at 01:15 (tomorrow), due 00:35."
    )


async def test_without_live_status_the_timetable_says_where_it_is_due(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(ROUTE_URL, route_body())
        user.fails(YESTERDAY_URL, 503)
        replies = await user.say("12627 bhopal kab pahunchegi")
    text = text_of(replies)
    assert "I couldn't get live running status just now" in text
    assert "Due at Bhopal Jn (BPL) 00:35 on day 3 (Thu 19 Nov)." in text
    assert "Started" not in " ".join(chips(replies))  # no other start days offered


async def test_a_station_the_train_never_stops_at_is_said_alone_from_the_timetable_too(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(ROUTE_URL, route_body())
        user.fails(YESTERDAY_URL, 503)
        replies = await user.say("will 12627 reach nagpur")
    text = text_of(replies)
    assert text.startswith("No, 12627 ")
    assert "doesn't stop at Nagpur" in text
    assert "Due at" not in text  # no timetable position nobody asked for
    assert set(chips(replies)) == {"Route", "Live status"}


async def test_live_status_without_a_train_asks_for_the_number(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        replies = await user.tap("MENU_LIVE")
    assert "Which train? Send its 5-digit number" in text_of(replies)


async def test_refused_api_key_is_worded_as_the_service_unavailable_with_no_promise_of_minutes(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(TODAY_URL, refusal(500))
        user.fails(ROUTE_URL, 500)
        replies = await user.tap(TODAYS_RUN)
    said = text_of(replies)
    assert "RailBot's live railway service is unavailable right now" in said, said
    assert "minute" not in said and "Try again" not in chips(replies), said


async def test_a_recent_date_without_a_year_means_this_years_run(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        live = user.answers(
            path("live", "train", "12627", "date", "17-11-2026"),
            live_body(TODAY - dt.timedelta(days=1), departed=10, late=40),
        )
        replies = await user.say("12627 live 17 nov")
    assert live.called
    assert "Started Tue 17 Nov" in text_of(replies)


async def test_without_live_status_a_day_the_train_does_not_run_is_said_so(
    store: Store, clock: FakeClock
) -> None:
    # 12627 made to run on Fridays only: the timetable must not describe a run on Wednesday.
    fridays = route_body(of=train("12627", "KARNATAKA EXP", days=("FRI",)))
    async with chat(store, clock) as user:
        user.answers(ROUTE_URL, fridays)
        user.fails(TODAY_URL, 503)
        replies = await user.tap(TODAYS_RUN)
    text = text_of(replies)
    assert "Train 12627 doesn't start its run today." in text
    assert "Due at" not in text
    assert "Its next run leaves" in text


# --- how old the position is ---------------------------------------------------------------------


async def test_a_position_reported_long_ago_is_said_with_its_time(
    store: Store, clock: FakeClock
) -> None:
    # RailRadar last heard of 12675 at 10:42; it is 16:36 now: the card says so, as the train
    # has moved on since, however fresh the answer itself is.
    async with railradar_chat(store, clock) as (user, railradar):
        replies = await user.say("12675 kaha hai")
    text = text_of(replies)
    assert railradar.paths("/trains/12675/live")
    assert "Lokur" in text
    assert "🛰 Position last reported at 10:42 (5h 54m ago)" in text


async def test_a_position_reported_minutes_ago_needs_no_word_and_hindi_says_it_in_hindi(
    store: Store,
) -> None:
    at_10_45 = dt.datetime(2026, 11, 18, 10, 45, tzinfo=TZ).timestamp()
    async with railradar_chat(store, FakeClock(at_10_45)) as (user, _):
        fresh = text_of(await user.say("12675 kaha hai"))
    later = FakeClock(at_10_45 + 3600)
    async with railradar_chat(store, later) as (user, _):
        hindi = text_of(await user.say("12675 कहाँ है"))
    assert "Lokur" in fresh
    assert "🛰" not in fresh
    assert "🛰 ट्रेन की जगह की आख़िरी ख़बर 10:42 बजे की है" in hindi
    assert "Position" not in hindi


async def test_between_two_halts_the_position_is_projected_from_its_report_without_a_call(
    store: Store,
) -> None:
    # RailRadar last heard of 12675 at 10:42, 6.75 km past Lokur, 307.95 km out; Salem Jn, its
    # next halt, 334.4 km out, is expected at 11:13. Asked at 10:45, then at 10:55: nothing but
    # its position has changed, and that is moved on by its expected times, said as estimated
    # from the report, with its time. At 11:01 (a quarter hour on) it is looked at again.
    at_10_45 = dt.datetime(2026, 11, 18, 10, 45, tzinfo=TZ).timestamp()
    clock = FakeClock(at_10_45)
    async with railradar_chat(store, clock) as (user, railradar):
        first = text_of(await user.say("12675 kaha hai"))
        clock.advance(10 * 60)
        again = text_of(await user.say("12675 kaha hai"))
        looked = len(railradar.paths("/trains/12675/live"))
        clock.advance(6 * 60)
        await user.say("12675 kaha hai")
        looked_later = len(railradar.paths("/trains/12675/live"))
    assert "📍 7 km past Lokur (LCR)" in first
    assert looked == 1
    assert (
        "📍 18 km past Lokur (LCR) by now: estimated from its report at 10:42 (12m ago)"
    ) in again
    assert "Next: Salem Jn (SA), expected 11:13 (due 11:02)" in again
    assert "🛰" not in again  # the report's time is said once, with the position it moved on
    assert "RailRadar · 10m ago (10:45)" in again
    assert looked_later == 2


async def test_whether_a_run_is_diverted_is_yes_or_no_first_with_the_way_it_takes(
    store: Store, clock: FakeClock
) -> None:
    # RailRadar's /live for 12802 has a DIVERTED exception via Patna Jn and Jhajha; 12675 none.
    async with railradar_chat(store, clock) as (user, _):
        diverted = text_of(await user.say("is 12802 diverted"))
        usual = text_of(await user.say("12675 divert hui kya"))
    assert diverted.startswith("Yes, 12802 ")
    assert "is diverted on this run: it goes via Patna Jn (PNBE), Jhajha (JAJ)." in diverted
    assert usual.startswith("No, 12675 ")
    assert "is not diverted on this run: it takes its usual route." in usual


# --- another day's run: its buttons from today, its answer said once -----------------------------


async def test_after_tomorrows_run_its_buttons_say_their_day_from_today_and_show_that_run(
    store: Store, clock: FakeClock
) -> None:
    """Today Wed 18 Nov, the run on the move Tue 17 Nov's: "aur kal wali?" shows Thu 19 Nov's,
    with Tue 17 Nov's as "Yesterday's run" and tonight's as "Today's run", never labelled from
    the run shown."""
    async with sample_chat(store, clock) as user:
        await user.say("12627 kaha hai")
        tomorrow = await user.say("aur kal wali?")
        yesterday = text_of(await user.tap_titled(t("en", "live.chip_yesterday")))
        await user.say("aur kal wali?")
        today = text_of(await user.tap_titled(t("en", "live.chip_today")))
    assert text_of(tomorrow).startswith("Tomorrow's run:"), text_of(tomorrow)
    assert list(chips(tomorrow))[2:] == [t("en", "live.chip_yesterday"), t("en", "live.chip_today")]
    assert "Started Tue 17 Nov" in yesterday, yesterday
    assert "Run of Wed 18 Nov: not started yet" in today, today


async def test_a_delay_asked_then_carried_to_tomorrows_run_is_said_once_by_its_card(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 kaha hai")
        late = text_of(await user.say("kitna late hai"))
        carried = text_of(await user.say("aur kal wali?"))
    async with sample_chat(store, clock) as user:
        user.user = "psid-1002"
        hindi = text_of(await user.say("12627 कितनी लेट है"))
        hindi_carried = text_of(await user.say("कल वाली"))
    assert late.startswith("Running 12 min late."), late
    leaves = "Run of Thu 19 Nov: not started yet, leaves KSR Bengaluru City Jn (SBC) at 19:20."
    assert leaves in carried, carried
    assert t("en", "live.answer_not_started", time="19:20") not in carried, carried
    assert hindi.startswith(t("hi", "live.answer_delay", delay="12 मिनट लेट")), hindi
    assert t("hi", "live.answer_not_started", time="19:20") not in hindi_carried, hindi_carried


async def test_a_run_not_started_is_offered_as_todays_run_never_as_started(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12628 running status")
        later = await user.say("parso wali")
    assert t("en", "live.chip_today") in chips(later), chips(later)
    assert not any(title.startswith("Started") for title in chips(later)), chips(later)


@pytest.mark.parametrize(
    ("language", "question", "diverted"),
    [
        ("en", "where is 12802", "Diverted via"),
        ("en", "is 12802 diverted?", "diverted"),
        ("hi", "12802 कहाँ है", "बदले रास्ते"),
    ],
)
async def test_a_diversion_given_in_bare_codes_names_its_stations(
    store: Store, clock: FakeClock, language: str, question: str, diverted: str
) -> None:
    # RailRadar's diversion (the recorded shape) with its stations as bare codes, as the
    # exceptions' docs example sends them: said by their names, never "via BSR, KYN".
    async with railradar_chat(store, clock) as (user, railradar):
        today = dt.datetime.fromtimestamp(clock(), TZ).date()
        body = moved(fixture("live_diverted"), today)
        body["data"]["exceptions"][0]["diverted"]["divertedStations"] = ["BSR", "KYN"]
        railradar.overrides["/trains/12802/live"] = (200, body)
        said = text_of(await user.say(question))

    assert diverted in said, said
    assert "Vasai Road (BSR)" in said and "Kalyan Jn (KYN)" in said, said


@pytest.mark.parametrize(
    ("question", "last"),
    [
        ("where is 12675", "Last: Lokur (LCR), passed (due to leave 10:31; no time reported)"),
        (
            "12675 कहाँ है",
            "पिछला स्टेशन: Lokur (LCR), पार कर चुकी (10:31 बजे छूटना तय था; छूटने का समय नहीं मिला)",
        ),
    ],
)
async def test_a_stop_passed_with_no_time_reported_is_said_due_never_left_at_its_timetable(
    store: Store, question: str, last: str
) -> None:
    # RailRadar estimating a run from the timetable sends `actualDeparture: null` for the
    # station it has it past: its timetable's 10:31 is when it was due to leave, not a fact.
    at_10_45 = dt.datetime(2026, 11, 18, 10, 45, tzinfo=TZ).timestamp()
    clock = FakeClock(at_10_45)
    async with railradar_chat(store, clock) as (user, railradar):
        body = moved(fixture("live_running"), TODAY)
        body["data"].update(isLive=False, trackingMode="simulated")
        body["data"]["route"][1].update(actualArrival=None, actualDeparture=None)
        railradar.overrides["/trains/12675/live"] = (200, body)
        said = text_of(await user.say(question))
    assert last in said, said
    assert "left 10:31" not in said and "10:31 बजे छोड़ा" not in said
