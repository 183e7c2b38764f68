"""The words a message wrote for a place of several stations, kept on its request for "Which
Delhi station?"."""

from __future__ import annotations

from app.bot.requests import Fare, TrainsBetween
from app.bot.understanding.place_words import place_words, with_place_words
from app.railways.stations import StationIndex
from app.railways.vocabulary import StationCode

INDEX = StationIndex.build()


def codes(*names: str) -> tuple[StationCode, ...]:
    return tuple(StationCode(name) for name in names)


def test_a_typo_is_never_echoed_back_as_a_place() -> None:
    chennai = list(codes("MAS", "MS", "MSB"))
    assert place_words("chenai se mumbai", INDEX, chennai) is None
    assert place_words("chennai se mumbai", INDEX, chennai) == "Chennai"
    assert place_words("which sir are you", INDEX, chennai) is None


def test_each_place_of_several_stations_keeps_the_words_written_for_it() -> None:
    request = TrainsBetween(origin=codes("NDLS", "NZM", "DLI"), destination=codes("MMCT"))
    kept = with_place_words(request, "delhi se mumbai kal", INDEX)
    assert kept.place_said("from") == "Delhi"
    assert kept.place_said("to") is None  # one station: never asked which


def test_a_place_of_one_station_keeps_nothing() -> None:
    request = Fare(train="12627", origin=codes("SBC"), destination=codes("NDLS"))
    assert with_place_words(request, "12627 fare sbc to ndls", INDEX) == request
