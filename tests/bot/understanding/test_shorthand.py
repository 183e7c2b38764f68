"""Chat's shorthand read as the words it stands for: "rt" is a train's route ("12301 rt plz")
but "rt now" is right now; "kb" is "kab" (when) in small letters ("12430 lko arr kb": the
timetable's arrival at Lucknow), a station's code only typed in capitals ("KB se LKO"); and a
singular "which station" asked of a train is where its run is ("currently 12246 is at which
station", "इस समय किस स्टेशन पर"), never its list of stations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.bot.understanding import understand
from app.railways.stations import StationIndex
from tests.railways.test_stations import datameet_stations

TODAY = dt.date(2026, 12, 6)


@pytest.fixture(scope="module")
def real_index(shared_stations_path: Path) -> StationIndex:
    return StationIndex.build(datameet_stations(shared_stations_path))


@pytest.mark.parametrize("said", ["12301 rt plz", "rt of 12301", "12301 ka rt bhejo"])
def test_rt_beside_a_train_is_its_route(index: StationIndex, said: str) -> None:
    got = understand(said, today=TODAY, index=index)
    assert (got.intent, got.slots) == ("train_route", {"train": "12301"})


def test_rt_now_is_right_now_not_a_route(index: StationIndex) -> None:
    got = understand("where is 12301 rt now", today=TODAY, index=index)
    assert (got.intent, got.slots) == ("live_status", {"train": "12301"})


@pytest.mark.parametrize("which", ["builtin", "real"])
def test_arr_kb_is_when_it_reaches_by_the_timetable(
    index: StationIndex, real_index: StationIndex, which: str
) -> None:
    stations = index if which == "builtin" else real_index
    got = understand("12430 lko arr kb", today=TODAY, index=stations)
    assert (got.intent, got.slots) == ("train_facts", {"train": "12430", "station": "LKO"})


def test_kb_typed_in_capitals_may_still_be_its_station(real_index: StationIndex) -> None:
    got = understand("KB se LKO", today=TODAY, index=real_index)
    assert (got.intent, got.slots) == ("trains_between", {"from": "KB", "to": "LKO"})


@pytest.mark.parametrize(
    "said",
    [
        "currently 12246 is at which station",
        "12246 is at which station",
        "which station is 12246 at now",
        "12246 इस समय किस स्टेशन पर है",
        "12246 is samay kis station par hai",
    ],
)
def test_which_one_station_a_train_is_at_is_its_live_status(
    index: StationIndex, said: str
) -> None:
    got = understand(said, today=TODAY, index=index)
    assert (got.intent, got.slots) == ("live_status", {"train": "12246"})


@pytest.mark.parametrize("said", ["12246 which stations", "12246 ke stations"])
def test_its_stations_are_still_its_route(index: StationIndex, said: str) -> None:
    got = understand(said, today=TODAY, index=index)
    assert (got.intent, got.slots) == ("train_route", {"train": "12246"})
