"""Which of a city's stations a train is asked about there: one rule for every question."""

from __future__ import annotations

from app.bot.handlers.lookups import city_stop

BENGALURU = ("SBC", "YPR", "SMVB", "BNC")


def test_the_citys_main_station_where_the_train_calls_there() -> None:
    # 12628 comes in by Yesvantpur and ends at KSR Bengaluru City
    assert city_stop(BENGALURU, ["NDLS", "BPL", "YPR", "SBC"]) == "SBC"


def test_else_the_first_of_the_citys_stations_in_its_order_not_the_first_passed() -> None:
    # 12952 passes Borivali before Mumbai Central: Mumbai Central, the city's next station
    mumbai = ("CSMT", "MMCT", "LTT", "BVI")
    assert city_stop(mumbai, ["NDLS", "KOTA", "BVI", "MMCT"]) == "MMCT"
    assert city_stop(BENGALURU, ["NDLS", "BPL", "BNC", "SMVB"]) == "SMVB"


def test_none_where_the_train_calls_at_none_of_them() -> None:
    assert city_stop(BENGALURU, ["NDLS", "BPL", "KOTA"]) is None
    assert city_stop((), ["NDLS"]) is None
