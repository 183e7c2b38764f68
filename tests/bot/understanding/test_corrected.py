"""A value corrected inside one message ("on 12th, sorry i mean 13th", "2ac no wait 3ac",
"झाँसी पे, मतलब ग्वालियर पे"): the one said after the correction is meant; values of a kind said
once stand, and a message with no correction keeps every value it names."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent, SlotValue
from app.bot.understanding import understand
from app.bot.understanding.corrected import corrected, correction_at
from app.bot.understanding.dates import Found
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, SlotValue]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, got.slots


def test_the_date_said_after_sorry_i_mean_is_the_journeys(index: StationIndex) -> None:
    intent, slots = read("trains from agra to jaipur on 12th, sorry i mean 13th dec", index)
    assert intent == Intent.TRAINS_BETWEEN
    assert slots["date"] == "2026-12-13"


@pytest.mark.parametrize(
    "text",
    ["fare for 12951 in 2ac no wait 3ac", "12951 में सेकंड एसी का, अरे नहीं थर्ड एसी का किराया"],
)
def test_a_class_taken_back_gives_way_to_the_next(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.FARE, {"train": "12951", "class": "3A"})


def test_a_pnr_typed_wrong_is_replaced_by_the_right_one(index: StationIndex) -> None:
    text = "पीएनआर 4512398760 गलत लिख दिया, सही वाला 4512398762 है"
    assert read(text, index) == (Intent.PNR_STATUS, {"pnr": "4512398762"})


def test_a_value_said_once_stands_beside_a_corrected_one(index: StationIndex) -> None:
    text = "seats in 12302 for 10 dec, actually make it 11 dec"
    assert read(text, index) == (
        Intent.SEAT_AVAILABILITY,
        {"train": "12302", "date": "2026-12-11"},
    )


def test_a_station_corrected_is_the_one_asked_about(index: StationIndex) -> None:
    text = "12627 झाँसी पे, मतलब ग्वालियर पे रुकती है क्या"
    assert read(text, index) == (Intent.STOPS_AT, {"train": "12627", "station": "GWL"})


def test_a_journey_said_the_wrong_way_round_is_turned(index: StationIndex) -> None:
    intent, slots = read("दिल्ली से लखनऊ, नहीं उल्टा, लखनऊ से दिल्ली कल की ट्रेन", index)
    assert intent == Intent.TRAINS_BETWEEN
    origin, destination = slots["from"], slots["to"]
    assert isinstance(origin, list) and origin[0] == "LKO"
    assert isinstance(destination, list) and destination[0] == "NDLS"


def test_without_a_value_on_both_sides_nothing_is_taken_back() -> None:
    dates = [Found(10, 16, "a"), Found(40, 46, "b")]
    assert corrected(dates, None) == dates
    assert corrected(dates, correction_at("x" * 20 + " sorry")) == dates[1:]
    assert corrected(dates[:1], 20) == dates[:1]  # said only before: it stands
    assert correction_at("berth no 23 in 12951") is None  # one "no" is a number's
