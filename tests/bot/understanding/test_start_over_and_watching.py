"""Kinds of messages read wrong before: a start over said in other words than a reset's set
phrases, being kept informed of a train with no word "alert", salutations of Urdu origin, a
weekday asked of in the past tense, an age in Hindi number words, and two cities of a journey
after "for" or before a train's name, "will it stop" asked in Assamese or Gujarati, and
"quota" asked with examples, what "confirmed" means, and seats asked before a booking to come."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.understanding import understand
from app.bot.understanding.followups import is_reset, starts_over
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 7)  # a Monday


def read(text: str, index: StationIndex) -> tuple[str, dict[str, object]]:
    got = understand(text, today=TODAY, index=index)
    return str(got.intent), dict(got.slots)


@pytest.mark.parametrize(
    "text", ["can we start again please", "नए सिरे से शुरू करो", "dobara shuru karo sab kuch"]
)
def test_starting_over_in_other_words_is_a_reset(text: str, index: StationIndex) -> None:
    assert starts_over(text) and is_reset(text)
    assert read(text, index) == ("reset", {})


@pytest.mark.parametrize(
    "text", ["12951 phir se start hui kya", "how to learn coding from scratch"]
)
def test_a_start_said_of_something_else_is_no_reset(text: str) -> None:
    assert not starts_over(text)


@pytest.mark.parametrize(
    "text",
    [
        "12951 ke baare me updates bhejte rehna",
        "keep me updated about 12951 today, my son is on it",
        "agar 12951 ka platform badle to bata dena",
        "12951 लेट हो तो खबर कर देना",
    ],
)
def test_being_kept_informed_of_a_train_is_an_alert(text: str, index: StationIndex) -> None:
    assert read(text, index) == ("alert_subscribe", {"train": "12951"})


def test_a_lateness_asked_now_is_no_alert(index: StationIndex) -> None:
    assert read("12951 late hai to batao kitni", index) == ("live_status", {"train": "12951"})


@pytest.mark.parametrize("text", ["अस्सलाम अलैकुम", "walekum assalam bhaijaan"])
def test_salutations_of_urdu_origin_greet(text: str, index: StationIndex) -> None:
    assert read(text, index) == ("greeting", {})


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("was 12951 cancelled on saturday", "2026-12-05"),
        ("बुधवार को 12951 रद्द हुई थी या नहीं", "2026-12-02"),
        ("wednesday ko 12951 cancel rahegi kya", "2026-12-09"),
    ],
)
def test_a_weekday_in_the_past_tense_is_the_last_one(
    text: str, day: str, index: StationIndex
) -> None:
    assert read(text, index) == ("cancelled_trains", {"train": "12951", "date": day})


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("बहत्तर वर्ष के पिताजी के लिए 12951 में 2A का किराया", 72),
        ("sattar saal ki dadi ke liye 12951 me 2A ka fare", 70),
    ],
)
def test_an_age_in_hindi_words_is_an_age(text: str, age: int, index: StationIndex) -> None:
    assert read(text, index) == ("fare", {"train": "12951", "class": "2A", "age": age})


@pytest.mark.parametrize(
    "text",
    ["CC fare for chennai bengaluru", "दिल्ली से कोलकाता राजधानी 12302 में 2A खाली है?"],
)
def test_two_cities_of_a_journey_are_its_ends_in_order(text: str, index: StationIndex) -> None:
    slots = read(text, index)[1]
    assert isinstance(slots["from"], list) and isinstance(slots["to"], list)
    assert slots["from"][0] in ("MAS", "NDLS") and slots["to"][0] in ("SBC", "HWH")


@pytest.mark.parametrize(
    ("text", "station"),
    [("15959 jorhat ot rukibo ne", "JTTN"), ("12934 anand ubhe chhe?", "ANND")],
)
def test_will_it_stop_in_assamese_or_gujarati_is_a_stop(
    text: str, station: str, index: StationIndex
) -> None:
    assert read(text, index)[0] == "stops_at"
    assert read(text, index)[1]["station"] == station


def test_a_quota_asked_with_examples_is_the_word_quota(index: StationIndex) -> None:
    assert read("quota kya hota hai jaise tatkal", index) == ("explain", {"term": "QUOTA"})


def test_what_a_confirmed_ticket_is_asks_the_meaning(index: StationIndex) -> None:
    assert read("कन्फर्म टिकट का अर्थ क्या होता है", index) == ("explain", {"term": "CNF"})


def test_ones_own_ticket_getting_confirmed_asks_its_state(index: StationIndex) -> None:
    said = "mera ticket confirm hoga kya matlab chances kitne hai"
    assert read(said, index)[0] == "pnr_status"


def test_seats_asked_with_a_booking_to_come_are_seats(index: StationIndex) -> None:
    said = "any chance of 2A in 12952 on 20th? i am planning to book for my father"
    assert read(said, index) == (
        "seat_availability",
        {"train": "12952", "class": "2A", "date": "2026-12-20"},
    )


def test_a_booking_asked_of_railbot_is_one_it_cannot_do(index: StationIndex) -> None:
    said = "book 2A in 12952 on 20th for my father please"
    assert read(said, index) == ("cannot_do", {"task": "booking"})


def test_whether_a_train_ran_on_a_day_gone_asks_a_cancellation(index: StationIndex) -> None:
    said = "kal 12301 chali thi ya nahi"
    assert read(said, index) == ("cancelled_trains", {"train": "12301", "date": "2026-12-06"})


def test_whether_it_ran_on_time_asks_its_run(index: StationIndex) -> None:
    assert read("12560 kal time pe chali thi ya nahi", index)[0] == "live_status"
