"""A city of several stations, and the words a question may echo back."""

from __future__ import annotations

from app.bot.handlers.asking import one_city, place_words
from app.railways.stations import StationIndex
from app.railways.vocabulary import StationCode

INDEX = StationIndex.build()


def codes(*names: str) -> tuple[StationCode, ...]:
    return tuple(StationCode(name) for name in names)


def test_a_citys_stations_are_one_city_with_the_main_station_first() -> None:
    chennai = codes("MAS", "MS", "MSB", "TBM", "PER")
    assert one_city(INDEX, chennai) == chennai
    assert one_city(INDEX, codes("NDLS", "NZM")) == codes("NDLS", "NZM")


def test_one_station_or_places_that_only_share_a_name_are_not_a_city() -> None:
    assert one_city(INDEX, codes("MAS")) == ()
    assert one_city(INDEX, codes("MAS", "NDLS")) == ()
    assert one_city(INDEX, ()) == ()


def test_the_city_name_is_known_for_its_stations() -> None:
    assert INDEX.city_name("MS") == "Chennai"
    assert INDEX.city_name("NZM") == "Delhi"
    assert INDEX.city_name("YPR") == "Bengaluru"  # its current name, not "Bangalore"
    assert INDEX.city_name("MYS") is None


def test_a_typo_is_never_echoed_back_as_a_place() -> None:
    chennai = list(codes("MAS", "MS", "MSB"))
    assert place_words("chenai se mumbai", INDEX, chennai) is None
    assert place_words("chennai se mumbai", INDEX, chennai) == "Chennai"
    assert place_words("which sir are you", INDEX, chennai) is None
