"""What reading finds of places in a message: a city said beside one of its main stations is that
station; a station named in the story and again in the question is one station; a place where
something of the traveller's is, beside trains from another place, is where the journey goes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.bot.requests import Intent, SlotValue
from app.bot.understanding import reading, understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, SlotValue]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, got.slots


def first(value: SlotValue) -> SlotValue:
    return value[0] if isinstance(value, list) else value


@pytest.mark.parametrize(
    ("text", "station", "hours"),
    [
        ("Calcutta Sealdah se agle 3 ghante", "SDAH", 3),
        ("next 2 hours from Bombay Victoria Terminus", "CSMT", 2),
        ("हावड़ा कलकत्ता से अगले पाँच घंटे", "HWH", 5),
    ],
)
def test_a_city_beside_its_main_station_is_that_stations_board(
    text: str, station: str, hours: int, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.DEPARTURES, {"station": station, "hours": hours})


def test_a_station_further_out_beside_its_city_stays_a_journey(index: StationIndex) -> None:
    intent, slots = read("mumbai thane local trains", index)
    assert intent == Intent.TRAINS_BETWEEN
    assert (first(slots["from"]), first(slots["to"])) == ("CSMT", "TNA")


@pytest.mark.parametrize(
    ("text", "train", "station"),
    [
        ("mausi ratlam ke paas rehti hain, 12953 ratlam me rukti hai kya", "12953", "RTM"),
        ("my cousin studies near kota, does 12904 stop at kota", "12904", "KOTA"),
    ],
)
def test_a_station_of_the_story_asked_again_is_the_stop_asked(
    text: str, train: str, station: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.STOPS_AT, {"train": train, "station": station})


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("my brother's wedding is in gwalior, trains from agra", "AGC", "GWL"),
        ("chachi ka ghar nagpur mein hai, pune se koi train", "PUNE", "NGP"),
    ],
)
def test_a_place_of_the_story_is_where_the_journey_goes(
    text: str, origin: str, destination: str, index: StationIndex
) -> None:
    intent, slots = read(text, index)
    assert intent == Intent.TRAINS_BETWEEN
    assert (first(slots["from"]), first(slots["to"])) == (origin, destination)



@pytest.mark.parametrize(
    "text", ["kal delhi se agra 3a tatkal 2 log", "पटना से रांची बस का किराया", "pnr 4512345678"]
)
def test_a_parse_without_its_places_keeps_every_other_field_as_it_is(
    text: str, index: StationIndex
) -> None:
    parse = reading.read(text, TODAY, index)
    kept = [item for item in parse.items if item.kind != "place"]
    # Field by field what `dataclasses.replace` makes: a field added to Parse is copied too.
    assert parse.without_places() == dataclasses.replace(parse, items=kept)
    assert all(item.kind != "place" for item in parse.without_places().items)
