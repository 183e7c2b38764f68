"""Whole conversations about a station a run got to or left whose live report gives no time
there (RailRadar's route row `departed` with no `actualDeparture`): "has it left?", "when did it
reach?", "kab pahunchi" say that it did and when it was due, never the timetable's time as if it
happened, then the last time the report does give; where the report gives the time (the sample
railway), that time is said, never the timetable's."""

from __future__ import annotations

from typing import Any

from app.store import Store
from tests.bot.harness import TODAY, railradar_chat, sample_chat, text_of
from tests.conftest import FakeClock
from tests.support.railradar_fake import fixture, moved


def _no_times_at(*codes: str) -> dict[str, Any]:
    """12675's recorded run (left Chennai Central at 06:18, passed Lokur at 10:35) gone on past
    Salem (due 11:02), with no time reported at `codes`."""
    run = fixture("live_running")
    for row in run["data"]["route"]:
        if row["stationCode"] == "SA":
            row.update(status="departed")
            row.pop("provenance")
        if row["stationCode"] in codes:
            for field in ("actualArrival", "actualDeparture", "delayArrival", "delayDeparture"):
                row.pop(field, None)
    return moved(run, TODAY)


async def test_a_station_left_with_no_time_reported_says_when_it_was_due(
    store: Store, clock: FakeClock
) -> None:
    async with railradar_chat(store, clock) as (user, railradar):
        railradar.overrides["/trains/12675/live"] = (200, _no_times_at("MAS", "SA"))
        left = text_of(await user.say("has 12675 left chennai central?"))
        hindi = text_of(await user.say("12675 चेन्नई सेंट्रल से निकली क्या"))
    assert left.startswith(
        "Yes, it has left Chennai Central (MAS), but no time has been reported there:"
        " it was due to leave at 06:10 (today).\nLast reported: left Lokur (LCR) at 10:35 (today)."
    ), left
    assert "left Chennai Central (MAS) at 06:10" not in left, left
    assert "पर वहाँ का समय नहीं मिला: निकलने का तय समय 06:10 बजे (आज) था" in hindi, hindi


async def test_a_station_reached_with_no_time_reported_says_when_it_was_due(
    store: Store, clock: FakeClock
) -> None:
    async with railradar_chat(store, clock) as (user, railradar):
        railradar.overrides["/trains/12675/live"] = (200, _no_times_at("SA"))
        reached = text_of(await user.say("when did 12675 reach salem?"))
        hinglish = text_of(await user.say("12675 salem kab pahunchi"))
        hindi = text_of(await user.say("12675 सेलम कब पहुँची"))
        railradar.overrides["/trains/12675/live"] = (200, _no_times_at("MAS", "LCR", "SA"))
        clock.advance(15 * 60)  # past the cached answer
        yes = text_of(await user.say("has 12675 reached salem?"))
    said = "no time has been reported there: it was due at 11:02 (today)."
    assert reached.startswith(
        f"It has already passed Salem Jn (SA), but {said}\n"
        "Last reported: left Lokur (LCR) at 10:35 (today)."
    ), reached
    assert "got there at 11:02" not in reached, reached
    assert f"but {said}" in hinglish, hinglish
    assert "पर वहाँ का समय नहीं मिला: वहाँ पहुँचने का तय समय 11:02 बजे (आज) था।" in hindi, hindi
    assert yes.startswith(f"Yes, it has got to Salem Jn (SA), but {said}"), yes
    assert "Last report: 10:42 (today)." in yes, yes


async def test_where_the_report_gives_the_time_that_time_is_said(
    store: Store, clock: FakeClock
) -> None:
    clock.advance(8 * 3600 + 54 * 60)  # Thu 01:30: 12952 (5 min late) left Ratlam at 01:03
    async with sample_chat(store, clock) as user:
        left = text_of(await user.say("has 12952 left ratlam?"))
        came = text_of(await user.say("12952 ratlam kab pahunchi"))
    assert left.startswith("Yes, it left Ratlam Jn (RTM) at 01:03 (today), 5 min late."), left
    assert "got there at 01:00 (today), 5 min late" in came, came
    assert "no time has been reported" not in left + came
