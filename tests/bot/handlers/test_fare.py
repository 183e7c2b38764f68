"""Fare: per class and date; a missing class is asked with the train's own classes."""

from __future__ import annotations

from app.store import Store
from tests.bot.harness import (
    RAJDHANI,
    RAJDHANI_STOPS,
    assert_phone_friendly,
    between_body,
    chat,
    chips,
    fare_body,
    path,
    refusal,
    route_body,
    text_of,
    train,
)
from tests.conftest import FakeClock

ROUTE_URL = path("route", "train", "12951")


def fare_url(cls: str, day: str = "20-11-2026") -> str:
    return path(
        "fare", "train", "12951", "source", "NDLS", "dest", "MMCT", "age", "30",
        "pref", cls, "quota", "GN", "date", day,
    )  # fmt: skip


async def test_fare_without_class_asks_then_answers_after_tap(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.runs_unchanged("12951", route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(ROUTE_URL, route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(fare_url("3A"), fare_body("12951", "3A", 2940))
        question = await user.tap("FARE:12951:NDLS:MMCT:2026-11-20")
        assert "Which class?" in text_of(question)
        assert chips(question) == {
            "1A AC First Class": "CLASS:1A",
            "2A AC 2 Tier": "CLASS:2A",
            "3A AC 3 Tier": "CLASS:3A",
        }
        replies = await user.tap_titled("3A AC 3 Tier")
    assert_phone_friendly(replies)
    text = text_of(replies)
    assert "💰 ₹2,940 · 3A (AC 3 Tier)" in text
    assert "🚆 12951 Mumbai Rajdhani" in text
    assert "New Delhi (NDLS) → Mumbai Central (MMCT)" in text
    assert "Fri 20 Nov · General quota" in text
    assert chips(replies)["Seats 3A"] == "SEATS:12951:NDLS:MMCT:2026-11-20:3A"


async def test_class_the_train_lacks_offers_its_classes(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.runs_unchanged("12951", route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(ROUTE_URL, route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(fare_url("SL"), refusal(211))
        user.answers(fare_url("2A"), fare_body("12951", "2A", 4125))
        question = await user.tap("FARE:12951:NDLS:MMCT:2026-11-20:SL")
        assert "Train 12951 has no SL coaches.\nWhich class?" in text_of(question)
        assert set(chips(question)) == {"1A AC First Class", "2A AC 2 Tier", "3A AC 3 Tier"}
        replies = await user.tap("CLASS:2A")
    assert "💰 ₹4,125 · 2A (AC 2 Tier)" in text_of(replies)


async def test_a_class_the_train_carries_but_the_railway_refuses_is_never_said_missing(
    store: Store, clock: FakeClock
) -> None:
    # The Rajdhani's timetable lists 3A: a refusal of its 3A fare for this journey (RailRadar's
    # 404 is "the class or the pair not served") is said as such, never "has no 3A coaches"
    # beside a route card that shows them; the other classes are offered.
    async with chat(store, clock) as user:
        user.runs_unchanged("12951", route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(ROUTE_URL, route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(fare_url("3A"), refusal(211))
        question = await user.tap("FARE:12951:NDLS:MMCT:2026-11-20:3A")
    said = text_of(question)
    assert "has no 3A coaches" not in said
    assert "Train 12951 has 3A coaches, but 3A isn't sold for this journey.\nWhich class?" in said
    assert set(chips(question)) == {"1A AC First Class", "2A AC 2 Tier"}


async def test_fare_on_a_day_the_train_does_not_run_offers_the_next_days(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.runs_unchanged("12951", route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(ROUTE_URL, route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(fare_url("3A"), refusal(210))
        user.answers(fare_url("3A", "21-11-2026"), fare_body("12951", "3A", 2940))
        question = await user.tap("FARE:12951:NDLS:MMCT:2026-11-20:3A")
        assert "Train 12951 doesn't run on Fri 20 Nov." in text_of(question)
        assert chips(question) == {
            "Sat 21 Nov": "DATE:2026-11-21",
            "Sun 22 Nov": "DATE:2026-11-22",
            "Mon 23 Nov": "DATE:2026-11-23",
        }
        replies = await user.tap("DATE:2026-11-21")
    assert "Sat 21 Nov · General quota" in text_of(replies)


async def test_a_fare_on_a_day_the_timetable_has_no_run_looks_at_no_run(
    store: Store, clock: FakeClock
) -> None:
    # 12951 leaves on every day but Friday: a fare for Friday has no run to be cancelled, so its
    # run is not looked at (a call), and the answer says it does not run that day, and which
    # days it does.
    no_friday = train("12951", "MUMBAI RAJDHANI", days=("MON", "TUE", "WED", "THU", "SAT", "SUN"))
    async with chat(store, clock) as user:
        user.answers(ROUTE_URL, route_body(RAJDHANI_STOPS, no_friday))
        run = user.answers(path("live", "train", "12951", "date", "20-11-2026"), refusal(404))
        listed = user.answers(path("cancelled", "date", "20-11-2026"), refusal(404))
        user.answers(fare_url("3A"), refusal(210))
        replies = await user.tap("FARE:12951:NDLS:MMCT:2026-11-20:3A")
    said = "12951 Mumbai Rajdhani doesn't run on Fri 20 Nov: it runs daily except Fri"
    assert said in text_of(replies)
    assert not run.called and not listed.called


async def test_fare_without_a_train_offers_the_trains_between(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(
            path("between", "source", "NDLS", "dest", "MMCT", "date", "18-11-2026"),
            between_body(
                ("12951", "MUMBAI RAJDHANI", "NDLS", "MMCT", "16:55", "08:35", "15:40"),
                ("12953", "AUGUST KRANTI", "NDLS", "MMCT", "17:15", "10:05", "16:50"),
            ),
        )
        replies = await user.tap("MENU_FARE")
        assert "Which station are you starting from?" in text_of(replies)
        await user.tap("STN:from:NDLS")
        user.answers(ROUTE_URL, route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(fare_url("1A", "18-11-2026"), fare_body("12951", "1A", 4870))
        question = await user.tap("STN:to:MMCT")
        assert "Which train?" in text_of(question)
        assert chips(question) == {
            "12951 Mumbai Rajdha…": "TRAIN:12951",
            "12953 August Kranti": "TRAIN:12953",
        }
        await user.tap("TRAIN:12951")
        replies = await user.tap("CLASS:1A")
    assert "💰 ₹4,870 · 1A (AC First Class)" in text_of(replies)
    assert "Wed 18 Nov · General quota" in text_of(replies)


async def test_the_one_train_between_two_stations_is_taken_without_a_question(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(
            path("between", "source", "NDLS", "dest", "MMCT", "date", "18-11-2026"),
            between_body(("12951", "MUMBAI RAJDHANI", "NDLS", "MMCT", "16:55", "08:35", "15:40")),
        )
        user.answers(ROUTE_URL, route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(fare_url("1A", "18-11-2026"), fare_body("12951", "1A", 4870))
        replies = await user.say("fare ndls to mmct 1a")
    assert "Which train?" not in text_of(replies)
    assert "💰 ₹4,870 · 1A (AC First Class)" in text_of(replies)


async def test_a_train_alone_is_its_whole_run_said_so(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(ROUTE_URL, route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(fare_url("1A", "18-11-2026"), fare_body("12951", "1A", 4870))
        replies = await user.say("fare of 12951 in 1a")
    text = text_of(replies)
    assert "starting from" not in text
    assert "New Delhi (NDLS) → Mumbai Central (MMCT)" in text
    assert "This is for the train's whole run; for part of it, send your two stations" in text


async def test_fare_needs_a_live_provider_when_only_the_timetable_is_there(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(fare_url("3A"), refusal(404))
        user.answers(path("route", "train", "12951"), route_body(RAJDHANI_STOPS, RAJDHANI))
        # whether that day's run is cut short, which the railway does not know either
        run = user.answers(path("live", "train", "12951", "date", "20-11-2026"), refusal(404))
        user.answers(path("cancelled", "date", "20-11-2026"), refusal(404))
        replies = await user.tap("FARE:12951:NDLS:MMCT:2026-11-20:3A")
    assert run.called
    assert "I couldn't find a fare for train 12951 from NDLS to MMCT." in text_of(replies)


async def test_a_fare_the_wrong_way_says_the_train_runs_the_other_way(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(
            path("fare", "train", "12951", "source", "MMCT", "dest", "NDLS", "age", "30",
                 "pref", "3A", "quota", "GN", "date", "20-11-2026"),
            refusal(404),
        )  # fmt: skip
        user.answers(path("route", "train", "12951"), route_body(RAJDHANI_STOPS, RAJDHANI))
        replies = await user.tap("FARE:12951:MMCT:NDLS:2026-11-20:3A")
    assert text_of(replies) == (
        "12951 Mumbai Rajdhani runs the other way (New Delhi (NDLS) → Mumbai Central (MMCT)), "
        "so it has no fare or seats for this journey."
    )


async def test_a_fare_to_a_city_is_priced_to_its_main_station_on_the_route(
    store: Store, clock: FakeClock
) -> None:
    # The train calls at Chennai Central, then ends at Tambaram, a suburb of the same city:
    # "to chennai" is Chennai Central, not the suburban terminus.
    southbound = train("12611", "CHENNAI EXP", classes=("2A", "3A", "SL"))
    stops = (
        ("NDLS", "NEW DELHI", None, "16:00", 1),
        ("MAS", "CHENNAI CENTRAL", "10:00", "10:20", 3),
        ("TBM", "TAMBARAM", "11:00", None, 3),
    )
    fare_to_mas = path(
        "fare", "train", "12611", "source", "NDLS", "dest", "MAS", "age", "30",
        "pref", "3A", "quota", "GN", "date", "18-11-2026",
    )  # fmt: skip
    async with chat(store, clock) as user:
        user.answers(path("route", "train", "12611"), route_body(stops, southbound))
        priced = user.answers(fare_to_mas, fare_body("12611", "3A", 2650, "NDLS", "MAS"))
        text = text_of(await user.say("12611 fare delhi to chennai 3a"))
    assert priced.called
    assert "New Delhi (NDLS) → Chennai Central (MAS)" in text
    assert "Tambaram" not in text


async def test_a_fare_to_a_city_is_priced_to_the_one_of_its_stations_the_train_calls_at(
    store: Store, clock: FakeClock
) -> None:
    # Bhopal has two stations; the train calls only at Rani Kamlapati, which its route gives
    # under its old code (Habibganj, HBJ): "to bhopal" is Rani Kamlapati, never "which Bhopal?"
    # nor the main station it does not call at.
    shatabdi = train("12002", "BHOPAL SHATABDI", classes=("CC", "EC"))
    stops = (
        ("NDLS", "NEW DELHI", None, "06:00", 1),
        ("AGC", "AGRA CANTT", "07:50", "07:55", 1),
        ("HBJ", "HABIBGANJ", "14:40", None, 1),
    )
    fare_to_rkmp = path(
        "fare", "train", "12002", "source", "NDLS", "dest", "RKMP", "age", "30",
        "pref", "CC", "quota", "GN", "date", "18-11-2026",
    )  # fmt: skip
    async with chat(store, clock) as user:
        user.answers(path("route", "train", "12002"), route_body(stops, shatabdi))
        priced = user.answers(fare_to_rkmp, fare_body("12002", "CC", 1190, "NDLS", "RKMP"))
        await user.say("12002")
        text = text_of(await user.say("fare from delhi to bhopal in CC"))
    assert priced.called
    assert "Which" not in text
    assert "(RKMP)" in text
