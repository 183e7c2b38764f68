"""A city of several stations, and the question that asks which station of a place."""

from __future__ import annotations

import datetime as dt
from typing import cast

import pytest

from app.bot.handlers.asking import AskUser, one_city, require_station
from app.bot.handlers.context import Context
from app.bot.requests import TrainsBetween
from app.bot.requests.answers import StationSlot
from app.railways.provider import Provider
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



def asked(request: TrainsBetween, slot: StationSlot) -> str:
    """The question `require_station` asks for the request's `slot`."""
    ctx = Context(
        provider=cast(Provider, None),
        index=INDEX,
        now=dt.datetime(2026, 12, 3, 8, 0, tzinfo=dt.UTC),
        user_id="7001",
        text="whatever the message said is never read here",
    )
    with pytest.raises(AskUser) as raised:
        require_station(ctx, request, slot, request.origin)
    return raised.value.pending.prompt.text


def test_which_station_says_the_place_as_the_understanding_kept_it() -> None:
    # Two places that only share a name: which one, by the words the traveller wrote.
    request = TrainsBetween(origin=codes("MAS", "NDLS"), destination=codes("SBC"))
    named = request.model_copy(update={"places": (("from", "Delhi"),)})
    assert asked(named, "from").startswith("Which Delhi are you starting from?")
    assert asked(request, "from").startswith("Which station are you starting from?")
