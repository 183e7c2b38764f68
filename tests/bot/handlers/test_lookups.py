"""Which of a city's stations a train is asked about there: one rule for every question."""

from __future__ import annotations

from app.bot.handlers.lookups import city_stop

BENGALURU = ("SBC", "YPR", "SMVB", "BNC")


def test_the_citys_main_station_where_the_train_calls_there() -> None:
    # 12628 comes in by Yesvantpur and ends at KSR Bengaluru City
    assert city_stop(BENGALURU, ["NDLS", "BPL", "YPR", "SBC"]) == "SBC"


def test_else_the_first_of_the_citys_stations_on_its_way() -> None:
    assert city_stop(BENGALURU, ["NDLS", "BPL", "BNC", "SMVB"]) == "BNC"


def test_none_where_the_train_calls_at_none_of_them() -> None:
    assert city_stop(BENGALURU, ["NDLS", "BPL", "KOTA"]) is None
    assert city_stop((), ["NDLS"]) is None
