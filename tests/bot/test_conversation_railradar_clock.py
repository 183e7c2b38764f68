"""What a traveller reads of RailRadar's runs against the clock (the fake speaking the recorded v1
shapes, moved to the clock's day: Wed 18 Nov 2026, 16:36 in India):

- a run still `not-started` after its time (12635, due from Chennai Egmore at 13:15) is never
  said to leave at 13:15 in the future tense, nor "not late": no report of it leaving yet, with
  the time it was due; before its time it still "leaves at 13:15";
- a run rescheduled to a start already past and not reported leaving (12512, to 09:45) is never
  "now starts at 09:45", nor said to have left;
- a stop after midnight says its day ("expected 00:25 tomorrow (due 23:50)");
- trains between list the days a train leaves the station listed (22643 starts on Mondays and
  leaves Bengaluru on day 2 of its run: Tuesdays); "does 22643 run on Monday?" of that list, or
  of a stop its run gets to the day after it starts, is no with the days it leaves there;
- a board asked for more hours than RailRadar's reaches (8) says so;
- the day's rescheduled list asked as a list after one train's yes is the list (said unavailable),
  not that train's yes again; a partial cancellation quotes the railway's words about it, not
  about the diversion announced first; "12675 chali kya" is whether it has left.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.store import Store
from tests.bot.harness import TZ, railradar_chat, text_of
from tests.conftest import FakeClock
from tests.support.railradar_fake import error, fixture, moved, renumbered

AT_8 = dt.datetime(2026, 11, 18, 8, 0, tzinfo=TZ).timestamp()
AT_11 = dt.datetime(2026, 11, 18, 11, 0, tzinfo=TZ).timestamp()


async def _answers(
    store: Store,
    clock: FakeClock,
    *said: str,
    overrides: dict[str, tuple[int, dict[str, Any]]] | None = None,
) -> list[str]:
    """What the bot answers, in order, to each message said on RailRadar's fake (its recorded
    responses, with `overrides` in their place)."""
    async with railradar_chat(store, clock) as (user, railradar):
        railradar.overrides.update(overrides or {})
        return [text_of(await user.say(text)) for text in said]


async def test_a_run_not_started_after_its_time_is_never_said_to_leave_then(
    store: Store, clock: FakeClock
) -> None:
    card, left, late, leaves = await _answers(
        store,
        clock,
        "12635 kahan hai",
        "has 12635 left?",
        "is 12635 late?",
        "when does 12635 leave",
    )
    assert (
        "Run of Wed 18 Nov: not started yet. It was due to leave Chennai Egmore (MS) at 13:15;"
        " no report of it leaving since." in card
    ), card
    assert "leaves Chennai Egmore (MS) at 13:15" not in card, card
    assert left.startswith(
        "Not reported yet: it was due to leave Chennai Egmore (MS) at 13:15 (today)"
    ), left
    assert late.startswith("It hasn't started yet: it was due to leave at 13:15, 3h 21m ago,")
    assert "not so far" not in late, late
    assert leaves.startswith(
        "12635 was due to leave Chennai Egmore (MS) at 13:15 (today); there is no report"
    ), leaves
    assert "RailRadar · " in card, card  # (the follow-ups' answers stand over that card)


async def test_in_hindi_too_and_before_its_time_it_still_leaves_then(store: Store) -> None:
    [hindi] = await _answers(store, FakeClock(), "12635 कहाँ है")
    [before] = await _answers(store, FakeClock(AT_11), "12635 kahan hai")
    assert "अभी चली नहीं है। इसे Chennai Egmore (MS) से 13:15 बजे चलना था; तब से" in hindi, hindi
    assert "चलेगी" not in hindi, hindi
    assert "not started yet, leaves Chennai Egmore (MS) at 13:15." in before, before


async def test_a_rescheduled_start_gone_by_with_no_report_is_never_to_come_nor_left(
    store: Store, clock: FakeClock
) -> None:
    card, yes, hindi = await _answers(
        store,
        clock,
        "12512 kahan hai",
        "is 12512 rescheduled",
        "12512 का समय बदला है क्या",
    )
    assert yes.startswith(
        "Yes, 12512 Rapti Sagar Express is rescheduled today: its new start was 09:45 (3h late),"
        " and there is no report of it leaving yet."
    ), yes
    assert "now starts" not in yes and "left at" not in yes, yes
    assert "Rescheduled: it was to leave Thiruvananthapuram Central (TVC) at 09:45" in card, card
    assert "इसे 09:45 बजे चलना था (3 घंटे लेट), पर अभी तक इसके चलने की कोई ख़बर नहीं आई।" in hindi, hindi
    [early] = await _answers(store, FakeClock(AT_8), "is 12512 rescheduled")
    assert "it now starts at 09:45 (3h late)" in early, early


async def test_the_days_rescheduled_list_asked_after_one_train_is_the_list(
    store: Store, clock: FakeClock
) -> None:
    async with railradar_chat(store, clock) as (user, _):
        await user.say("is 12512 rescheduled")
        listed = text_of(await user.say("rescheduled trains today"))
        again = text_of(await user.say("is it rescheduled?"))
    assert listed.startswith("I can't list every train rescheduled today"), listed
    assert again.startswith("Yes, 12512 Rapti Sagar Express is rescheduled today"), again


async def test_a_partial_cancellation_quotes_the_railways_words_about_it(
    store: Store, clock: FakeClock
) -> None:
    [text] = await _answers(store, clock, "is 12802 cancelled")
    assert text.startswith("Yes, partly"), text
    assert "“Short terminated at Bhubaneswar; cancelled between Bhubaneswar and Puri”" in text
    assert "Diverted between" not in text, text


async def test_trains_between_say_the_days_a_train_leaves_the_station_listed(
    store: Store, clock: FakeClock
) -> None:
    text, hindi = await _answers(
        store,
        clock,
        "trains from bangalore to kochi",
        "बेंगलुरु से कोच्चि की ट्रेनें",
    )
    assert "23:55 SMVB → 10:25 (+1) ERS · 10h 30m · Tue" in text, text
    assert "· Mon" not in text, text
    assert "23:55 SMVB → 10:25 (+1) ERS · 10 घंटे 30 मिनट · मंगल" in hindi, hindi


async def test_a_train_asked_on_a_day_it_does_not_leave_the_listed_station_says_its_days(
    store: Store, clock: FakeClock
) -> None:
    async with railradar_chat(store, clock) as (user, _):
        await user.say("trains from bangalore to kochi")
        monday = text_of(await user.say("does 22643 run on monday?"))
        hindi = text_of(await user.say("22643 सोमवार को चलती है?"))
        tuesday = text_of(await user.say("does 22643 run on tuesday?"))
    assert monday.startswith(
        "No, 22643 Ernakulam Patna SF Express doesn't leave Bengaluru SMVT (SMVB) for"
        " Ernakulam Jn (ERS) on Mon 23 Nov: it leaves there on Tue, next on Tue 24 Nov."
    ), monday
    assert "यह वहाँ से मंगलवार को चलती है, अगली बार मंगल, 24 नवंबर को।" in hindi, hindi
    assert tuesday.startswith("Yes, 22643"), tuesday


def _weekly_reaching_kota_next_day() -> dict[str, Any]:
    """22643's timetable as a train that starts from Mumbai Central on Mondays at 17:00 and
    leaves Kota after midnight, on day 2 of its run (Tuesdays)."""
    body = renumbered(fixture("schedule_12951"), "12951", "22643")
    body["data"]["train"]["runDays"] = ["mon"]
    kota = next(stop for stop in body["data"]["route"] if stop["station"]["code"] == "KOTA")
    kota.update(arrival="00:55", arrivalDay=2, departure="01:05", departureDay=2)
    return body


async def test_runs_on_a_day_asked_from_a_stop_a_day_into_the_run_are_that_stops_days(
    store: Store, clock: FakeClock
) -> None:
    monday, tuesday, hindi, fare, origin = await _answers(
        store,
        clock,
        "does 22643 run on monday from kota?",
        "does 22643 run on tuesday from kota",
        "22643 कोटा से सोमवार को चलती है?",
        "fare of 22643 from kota to ndls on monday in 3A",
        "does 22643 run on monday?",
        overrides={"/trains/22643": (200, _weekly_reaching_kota_next_day())},
    )
    assert monday.startswith(
        "No, 22643 Mumbai Central - New Delhi Tejas Rajdhani Express doesn't leave Kota Jn (KOTA)"
        " on Mon 23 Nov: it leaves there on Tue, next on Tue 24 Nov."
    ), monday
    assert tuesday.startswith("Yes, 22643 Mumbai Central - New Delhi Tejas Rajdhani Express"
                              " leaves Kota Jn (KOTA) on Tue 24 Nov."), tuesday  # fmt: skip
    assert "सोम, 23 नवंबर को Kota Jn (KOTA) से नहीं चलती: यह वहाँ से मंगलवार को चलती है" in hindi
    assert fare.startswith(
        "22643 Mumbai Central - New Delhi Tejas Rajdhani Express doesn't leave Kota Jn (KOTA) on"
        " Mon 23 Nov: it leaves there on Tue, next on Tue 24 Nov."
    ), fare
    assert origin.startswith("Yes, 22643"), origin  # from Mumbai Central it does


async def test_a_board_asked_for_more_hours_than_railradar_reaches_says_so(
    store: Store, clock: FakeClock
) -> None:
    wide, hindi, none, narrow = await _answers(
        store,
        clock,
        "departures from bangalore in the next 12 hours",
        "बेंगलुरु से अगले 12 घंटे की ट्रेनें",
        "arrivals at SBC in next 10 hours",
        "trains from MS in next 4 hours",
    )
    assert wide.startswith(
        "🚉 KSR Bengaluru City Jn (SBC), next 8 h: 2 trains\n"
        "(RailRadar's station board reaches only 8 hours ahead.)\n"
    ), wide
    assert "(RailRadar का स्टेशन बोर्ड सिर्फ़ अगले 8 घंटे तक की ट्रेनें दिखाता है।)" in hindi, hindi
    assert "(RailRadar's station board reaches only 8 hours ahead.)" in none, none
    assert "reaches only" not in narrow, narrow


async def test_chali_kya_asks_whether_it_has_left(store: Store, clock: FakeClock) -> None:
    text, hindi = await _answers(store, clock, "12675 chali kya", "12675 चली क्या")
    assert text.startswith("Yes, it left Chennai Central (MAS) at 06:18 (today)"), text
    assert hindi.startswith("हाँ,"), hindi


def _after_midnight(data: dict[str, Any]) -> None:
    """12675's run reported at 16:30, its next halt (Salem Jn) due at 23:50 and expected at
    00:25 the next day."""
    data["lastUpdatedAt"] = "2026-11-18T16:30:00+05:30"
    salem = next(stop for stop in data["route"] if stop["stationCode"] == "SA")
    salem.update(
        scheduledArrival="2026-11-18T23:50:00+05:30",
        actualArrival="2026-11-19T00:25:00+05:30",
        scheduledDeparture="2026-11-18T23:55:00+05:30",
        actualDeparture="2026-11-19T00:30:00+05:30",
    )


async def test_a_next_stop_after_midnight_says_its_day(store: Store, clock: FakeClock) -> None:
    body = moved(fixture("live_running"), dt.date(2026, 11, 18))
    _after_midnight(body["data"])
    text, hindi = await _answers(
        store,
        clock,
        "12675 kahan hai",
        "12675 कहाँ है",
        overrides={"/trains/12675/live": (200, body)},
    )
    assert "Next: Salem Jn (SA), expected 00:25 tomorrow (due 23:50)" in text, text
    assert "अगला स्टेशन: Salem Jn (SA), कल 00:25 बजे पहुँचने की उम्मीद (तय समय 23:50)" in hindi


async def test_a_board_keeps_a_train_not_started_past_its_time(
    store: Store, clock: FakeClock
) -> None:
    # RailRadar's board still has 12635 `not-started` at 13:15, echoing its timetable: whoever
    # waits for it at Chennai Egmore finds it on the board, not left, with no time to expect.
    board, hindi = await _answers(
        store,
        clock,
        "trains from MS in next 4 hours",
        "MS से अगले 4 घंटे की ट्रेनें",
    )
    [before] = await _answers(store, FakeClock(AT_11), "trains from MS in next 4 hours")
    assert (
        "13:15 12635 Vaigai SF Express → MDU\n   not started yet: no report of it leaving · PF 4"
        in board
    ), board
    assert "अभी चली नहीं: इसके चलने की कोई ख़बर नहीं" in hindi, hindi
    assert "13:15 12635 Vaigai SF Express → MDU\n   PF 4" in before, before


async def test_a_train_railradar_knows_neither_run_nor_timetable_of_is_not_found(
    store: Store, clock: FakeClock
) -> None:
    # TRAIN_NOT_FOUND for its live status and its schedule: the number is wrong, said as the
    # route says it, not "no running status for train 11111 starting today"
    text, hindi = await _answers(
        store,
        clock,
        "live status 11111",
        "11111 कहाँ है",
        overrides={
            "/trains/11111/live": error(404, "error_train_not_found"),
            "/trains/11111": error(404, "error_train_not_found"),
        },
    )
    assert text == "I couldn't find train 11111. Please check the 5-digit number.", text
    assert hindi == "ट्रेन 11111 नहीं मिली। कृपया 5 अंकों का नंबर जाँच लें।", hindi
