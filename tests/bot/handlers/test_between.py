"""Trains between two stations: times, duration, run days, six a page, fare and seat buttons."""

from __future__ import annotations

from app.store import Store
from tests.bot.harness import (
    assert_phone_friendly,
    between_body,
    chat,
    chips,
    ok,
    path,
    refusal,
    station,
    text_of,
)
from tests.conftest import FakeClock

BETWEEN_URL = path("between", "source", "MAS", "dest", "SBC", "date", "19-11-2026")
CANCELLED_URL = path("cancelled", "date", "19-11-2026")
RESCHEDULED_URL = path("rescheduled", "date", "19-11-2026")
NONE_CANCELLED = ok(total=0, trains=[])
TRAINS = (
    ("12007", "MAS SBC SHATABDI", "MAS", "SBC", "06:00", "11:00", "05:00"),
    ("12657", "MAS SBC MAIL", "MAS", "SBC", "22:40", "04:45", "06:05"),
    ("12609", "MAS SBC SF EXP", "MAS", "SBC", "13:35", "19:50", "06:15"),
    ("12639", "BRINDAVAN EXP", "MAS", "SBC", "07:50", "14:00", "06:10"),
    ("16021", "KAVERI EXP", "MAS", "MYS", "21:15", "05:15", "08:00"),
    ("12027", "SHATABDI EXP", "MAS", "SBC", "17:30", "22:30", "05:00"),
    ("22625", "DOUBLE DECKER", "MAS", "SBC", "07:25", "13:30", "06:05"),
)


async def test_trains_between_lists_times_duration_and_run_days(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(CANCELLED_URL, NONE_CANCELLED)
        user.answers(RESCHEDULED_URL, NONE_CANCELLED)
        user.answers(BETWEEN_URL, between_body(*TRAINS))
        replies = await user.tap("BETWEEN:MAS:SBC:2026-11-19:0")
    assert_phone_friendly(replies)
    text = text_of(replies)
    assert "(MAS) → KSR Bengaluru City Jn (SBC) on Thu 19 Nov: trains 1–6 of 7" in text
    assert "1. 12007 MAS SBC Shatabdi\n   06:00 MAS → 11:00 SBC · 5h · Daily" in text
    assert "6. 16021 Kaveri Exp\n   21:15 MAS → 05:15 (+1) MYS · 8h · Daily" in text
    assert text.index("12007") < text.index("22625") < text.index("12639")
    assert "12657" not in text  # the latest, 22:40, is on the next page


async def test_listed_trains_get_fare_and_seat_buttons_and_more(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(CANCELLED_URL, NONE_CANCELLED)
        user.answers(RESCHEDULED_URL, NONE_CANCELLED)
        user.answers(BETWEEN_URL, between_body(*TRAINS))
        replies = await user.tap("BETWEEN:MAS:SBC:2026-11-19:0")
    offered = chips(replies)
    assert len(replies[0].quick_replies) == 13
    assert offered["More trains"] == "BETWEEN:MAS:SBC:2026-11-19:6"
    assert offered["Fare 12007"] == "FARE:12007:MAS:SBC:2026-11-19"
    assert offered["Seats 12007"] == "SEATS:12007:MAS:SBC:2026-11-19"
    assert offered["Fare 16021"] == "FARE:16021:MAS:MYS:2026-11-19"


async def test_more_shows_the_next_trains(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(CANCELLED_URL, NONE_CANCELLED)
        user.answers(RESCHEDULED_URL, NONE_CANCELLED)
        upstream = user.answers(BETWEEN_URL, between_body(*TRAINS))
        await user.tap("BETWEEN:MAS:SBC:2026-11-19:0")
        replies = await user.tap_titled("More trains")
    text = text_of(replies)
    assert "trains 7–7 of 7" in text
    assert "7. 12657 MAS SBC Mail\n   22:40 MAS → 04:45 (+1) SBC · 6h 5m · Daily" in text
    assert upstream.call_count == 1


async def test_no_trains_found_offers_every_day_and_the_other_direction(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(BETWEEN_URL, refusal(404))
        replies = await user.tap("BETWEEN:MAS:SBC:2026-11-19:0")
    assert "I found no direct trains from " in text_of(replies)
    assert "(MAS) to KSR Bengaluru City Jn (SBC) on Thu 19 Nov." in text_of(replies)
    assert chips(replies) == {
        "Any day": "BETWEEN:MAS:SBC:-:0",
        "Other direction": "BETWEEN:SBC:MAS:2026-11-19:0",
    }


async def test_the_same_station_twice_asks_for_the_destination(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        replies = await user.tap("BETWEEN:MAS:MAS:-:0")
    assert "Central (MAS) twice. Where are you going?" in text_of(replies)


async def test_menu_asks_where_from_first(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        replies = await user.tap("MENU_BETWEEN")
    assert "Which station are you starting from?" in text_of(replies)


def _cancelled(number: str, name: str, kind: str, source: str, dest: str) -> dict[str, object]:
    return {
        "number": number,
        "name": name,
        "type": kind,
        "start_time": "06:00",
        "source": station(source, source),
        "dest": station(dest, dest),
    }


async def test_a_dated_list_marks_the_trains_cancelled_that_day(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(RESCHEDULED_URL, NONE_CANCELLED)
        user.answers(BETWEEN_URL, between_body(*TRAINS))
        user.answers(
            CANCELLED_URL,
            ok(
                total=2,
                trains=[
                    _cancelled("12639", "BRINDAVAN EXP", "Fully Cancelled", "MAS", "SBC"),
                    _cancelled("22625", "DOUBLE DECKER", "Partially Cancelled", "KPD", "SBC"),
                ],
            ),
        )
        user.answers(path("route", "train", "22625"), refusal(404))  # the stretch: not known
        replies = await user.tap("BETWEEN:MAS:SBC:2026-11-19:0")
    text = text_of(replies)
    brindavan = text.index("12639 Brindavan Exp")
    assert "❌ Cancelled on Thu 19 Nov" in text[brindavan : brindavan + 120]
    assert "⚠️ Partly cancelled on Thu 19 Nov: Katpadi Jn (KPD) → " in text
    assert text.count("Cancelled on") == 1  # the others run


TRIP = "06:00"
MORNING = (
    *(
        (f"1{n:04d}", f"MORNING EXP {n}", "MAS", "SBC", f"{4 + n:02d}:30", f"{10 + n:02d}:30", TRIP)
        for n in range(8)
    ),
    ("12657", "MAS SBC MAIL", "MAS", "SBC", "22:40", "04:45", "06:05"),
)


async def test_more_trains_stays_in_the_part_of_the_day_asked(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(CANCELLED_URL, NONE_CANCELLED)
        user.answers(RESCHEDULED_URL, NONE_CANCELLED)
        user.answers(BETWEEN_URL, between_body(*MORNING))
        first = await user.tap("BETWEEN:MAS:SBC:2026-11-19:0:-:morning")
        assert chips(first)["More trains"] == "BETWEEN:MAS:SBC:2026-11-19:6:-:morning"
        replies = await user.tap_titled("More trains")
    text = text_of(replies)
    assert "trains 7–8 of 8" in text
    assert "Leaving in the morning" in text
    assert "12657" not in text  # the night mail is no morning train
