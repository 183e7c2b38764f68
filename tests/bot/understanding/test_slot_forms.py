"""Slots in the forms travellers write them that are not the plain ones: a part of an hour, weeks
ahead, the day after tomorrow however spelt, a party named by who is in it, a town called by its
own name whose station is its "Town" or "City", "jn" after a code, where the traveller is."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.understanding import understand
from app.bot.understanding.dates import find_dates, find_hours
from app.bot.understanding.entities import find_passengers
from app.railways.stations import StationIndex, normalize_name

TODAY = dt.date(2026, 12, 6)  # a Sunday


@pytest.mark.parametrize(
    ("words", "hours"),
    [
        ("next 1.5 hours", 2),
        ("agle dedh ghante", 2),
        ("dhai ghante me", 3),
        ("agle saadhe teen ghante", 4),
        ("sava do ghante", 3),
        ("paune do ghante", 2),
        ("next half an hour", 1),
        ("agle aadhe ghante", 1),
        ("within an hour and a half", 2),
        ("2 and a half hours", 3),
        ("next 90 minutes", 2),
        ("in next 30 mins", 1),
        ("next 2.5 hrs", 3),
    ],
)
def test_a_part_of_an_hour_rounds_the_window_up(words: str, hours: int) -> None:
    assert [f.value for f in find_hours(words)] == [hours]


def test_a_window_with_a_part_of_an_hour_asks_the_board(index: StationIndex) -> None:
    got = understand("अगले डेढ़ घंटे में भोपाल से कौन सी गाड़ी", today=TODAY, index=index)
    assert got.slots == {"station": ["BPL", "RKMP"], "hours": 2}


def test_minutes_late_are_no_window() -> None:
    assert find_hours("12627 is 30 mins late") == []


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("in a week", 7),
        ("after 2 weeks", 14),
        ("ek hafte baad", 7),
        ("do haphte baad", 14),
        ("day aftr tmrw", 2),
        ("dayafter tomorrow", 2),
        ("day after tomorow", 2),
        ("parsu", 2),
    ],
)
def test_days_ahead_in_words(text: str, ahead: int) -> None:
    found = find_dates(text, TODAY)
    assert [f.value for f in found] == [TODAY + dt.timedelta(days=ahead)]


def test_the_day_after_something_else_is_no_date() -> None:
    assert find_dates("dayafter diwali", TODAY) == []


@pytest.mark.parametrize(
    ("text", "travellers"),
    [
        ("me and my wife", 2),
        ("main aur meri mummy", 2),
        ("mujhe aur meri patni ko", 2),
        ("meri wife aur main", 2),
        ("me, wife and 2 kids", 4),
        ("i and my parents", 3),
        ("mummy papa aur main", 3),
        ("hum dono ka", 2),
        ("3 ppl", 3),
        ("teen jane ka", 3),
        ("4 prsn", 4),
    ],
)
def test_a_party_is_counted_by_who_is_in_it(text: str, travellers: int) -> None:
    assert [f.value for f in find_passengers(text)] == [travellers]


@pytest.mark.parametrize("text", ["my wife says hi", "main aur kya karun", "mummy ne bola"])
def test_kin_without_the_writer_counted_with_them_is_no_party(text: str) -> None:
    assert find_passengers(text) == []


def test_a_party_named_in_devanagari_pays_for_each(index: StationIndex) -> None:
    got = understand("मैं और मेरी पत्नी लखनऊ से दिल्ली थर्ड एसी किराया", today=TODAY, index=index)
    assert got.intent == "fare"
    assert got.slots["passengers"] == 2


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("bokaro to ranchi", "BKSC"),
        ("malda to howrah", "MLDT"),
        ("jorhat to guwahati", "JTTN"),
        ("kurnool to hyderabad", "KRNT"),
        ("arrah to patna", "ARA"),
        ("nasik road se mumbai", "NK"),
        ("बोकारो से रांची", "BKSC"),
    ],
)
def test_a_town_called_by_its_own_name_is_its_station(
    text: str, start: str, index: StationIndex
) -> None:
    got = understand(text, today=TODAY, index=index)
    assert got.intent == "trains_between"
    assert got.slots["from"] == start


@pytest.mark.parametrize("text", ["इस तरह की ट्रेन", "तुम बहुत बेकार हो"])
def test_everyday_hindi_words_are_no_town_by_their_sound(text: str, index: StationIndex) -> None:
    assert "from" not in understand(text, today=TODAY, index=index).slots


def test_jn_after_a_code_is_no_station_of_its_own(index: StationIndex) -> None:
    got = understand("ddu jn to patna", today=TODAY, index=index)
    assert got.slots["from"] == "DDU"


def test_where_the_traveller_is_is_where_the_journey_starts(index: StationIndex) -> None:
    got = understand(
        "i am in pune right now and want to reach nagpur tomorrow", today=TODAY, index=index
    )
    assert (got.slots["from"], got.slots["to"]) == ("PUNE", ["NGP", "AJNI"])


def test_a_place_of_ones_own_on_the_way_is_where_the_journey_goes(index: StationIndex) -> None:
    got = understand(
        "i have to go to my sasural in muzaffarpur from delhi on 10 dec", today=TODAY, index=index
    )
    assert got.slots["to"] == "MFP"
    assert got.slots["from"][0] == "NDLS"


@pytest.mark.parametrize(
    ("text", "travel_class", "quota"),
    [
        ("12627 में द्वितीय श्रेणी शयनयान", "SL", None),
        ("12627 me pwd quota seat", None, "HP"),
    ],
)
def test_class_and_quota_words(
    text: str, travel_class: str | None, quota: str | None, index: StationIndex
) -> None:
    slots = understand(text, today=TODAY, index=index).slots
    assert slots.get("class") == travel_class
    assert slots.get("quota") == quota


@pytest.mark.parametrize("text", ["इटारसी जं से भोपाल", "इटारसी जं. से भोपाल"])
def test_junction_shortened_in_devanagari_is_the_junction(text: str, index: StationIndex) -> None:
    got = understand(text, today=TODAY, index=index)
    assert (got.intent, got.slots["from"]) == ("trains_between", "ET")


def test_a_towns_new_name_finds_its_station_of_the_old_one() -> None:
    assert normalize_name("Narmadapuram") == normalize_name("hoshangabad")
