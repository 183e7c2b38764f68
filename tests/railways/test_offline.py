"""The offline provider over an imported timetable: routes, boards, trains between, swaps."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.errors import InvalidArgument, NotFound, NotOffered, TimetableNotLoaded
from app.railways.importer import run_import
from app.railways.models import Sourced, StationBoard
from app.railways.offline import OfflineProvider, read_stations
from app.railways.stations import StationIndex
from tests.conftest import FakeClock

IST = ZoneInfo("Asia/Kolkata")
DATAMEET = Path(__file__).resolve().parent.parent / "fixtures" / "datameet"
IMPORTED_AT = 1_795_000_000.0


def at_ist(day: int, hour: int, minute: int) -> float:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=IST).timestamp()


def ist(day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=IST)


def import_fixtures(path: Path, *, at: float = IMPORTED_AT, schedules: Path | None = None) -> None:
    run_import(
        path,
        stations=str(DATAMEET / "stations.json"),
        trains=str(DATAMEET / "trains.json"),
        schedules=str(schedules or DATAMEET / "schedules.json"),
        progress=None,
        clock=lambda: at,
    )


@pytest.fixture
def timetable(tmp_path: Path) -> Path:
    path = tmp_path / "railbot.sqlite3"
    import_fixtures(path)
    return path


@pytest.fixture
async def provider(timetable: Path, clock: FakeClock) -> AsyncIterator[OfflineProvider]:
    # As the service wires it: the built-in stations with the timetable's merged over them.
    index = StationIndex.build(read_stations(timetable))
    offline = OfflineProvider(timetable, index, clock=clock, tz=IST, recheck_s=0)
    yield offline
    await offline.aclose()


def board(result: StationBoard) -> list[tuple[str, dt.datetime | None, dt.datetime | None]]:
    return [(d.train.number, d.scheduled_arrival, d.scheduled_departure) for d in result.departures]


# --- routes and trains --------------------------------------------------------------------------


async def test_route_lists_stops_in_order_with_times_days_and_halts(
    provider: OfflineProvider,
) -> None:
    route = (await provider.train_route("12951")).data

    assert [s.station.code for s in route.stops] == ["MMCT", "BRC", "RTM", "KOTA", "NDLS"]
    assert [s.seq for s in route.stops] == [1, 2, 3, 4, 5]
    assert [s.day for s in route.stops] == [1, 1, 1, 2, 2]
    origin, ratlam, destination = route.stops[0], route.stops[2], route.stops[-1]
    assert (origin.arrival, origin.departure, origin.halt_min) == (None, dt.time(17, 0), None)
    assert (ratlam.arrival, ratlam.departure, ratlam.halt_min) == (
        dt.time(23, 50),
        dt.time(0, 5),
        15,
    )
    assert (destination.arrival, destination.departure) == (dt.time(8, 35), None)
    assert all(s.distance_km is None for s in route.stops)


async def test_route_stations_carry_the_timetable_names_and_coordinates(
    provider: OfflineProvider,
) -> None:
    route = (await provider.train_route("12627")).data

    jhansi = route.stops[3].station
    assert (jhansi.code, jhansi.name, jhansi.lat) == ("VGLJ", "Jhansi Jn", 25.45)
    assert route.stops[-1].day == 3


async def test_the_train_knows_its_name_type_ends_and_classes(provider: OfflineProvider) -> None:
    train = (await provider.train("12951")).data

    assert train.name == "Mumbai - New Delhi Rajdhani Express"
    assert train.type == "Raj"
    assert (train.from_code, train.to_code) == ("MMCT", "NDLS")
    assert train.classes == ("1A", "2A", "3A")
    assert train.run_days is None  # the open data does not say which days it runs


async def test_a_train_only_in_the_schedules_is_named_from_them(provider: OfflineProvider) -> None:
    train = (await provider.train("11111")).data

    assert (train.name, train.from_code, train.to_code, train.classes) == (
        "Schedule Only Passenger",
        "KOTA",
        "BPL",
        (),
    )


async def test_a_train_without_a_schedule_has_no_route(provider: OfflineProvider) -> None:
    assert (await provider.train("22222")).data.name == "Train Without A Schedule"

    with pytest.raises(NotFound, match="no stops for train 22222"):
        await provider.train_route("22222")


async def test_an_unknown_train_is_not_found(provider: OfflineProvider) -> None:
    with pytest.raises(NotFound, match="99999"):
        await provider.train_route("99999")
    with pytest.raises(NotFound):
        await provider.train("99999")


@pytest.mark.parametrize("number", ["1295", "129512", "12a51", "", "12951; DROP TABLE stops"])
async def test_a_malformed_train_number_is_an_invalid_argument(
    provider: OfflineProvider, number: str
) -> None:
    with pytest.raises(InvalidArgument):
        await provider.train_route(number)


# --- station boards -----------------------------------------------------------------------------


async def test_departures_cross_midnight_with_the_right_dates(
    provider: OfflineProvider, clock: FakeClock
) -> None:
    clock.now = at_ist(27, 23, 0)

    result = (await provider.departures("RTM", 3)).data

    assert result.station.code == "RTM"
    assert result.hours == 3
    assert board(result) == [
        # 12951 left Mumbai at 17:00 on the 27th, reaches Ratlam 23:50 and leaves after midnight.
        ("12951", ist(27, 23, 50), ist(28, 0, 5)),
        # 12952 left New Delhi at 16:55 on the 27th and calls at 01:35-01:38 on the 28th.
        ("12952", ist(28, 1, 35), ist(28, 1, 38)),
    ]
    assert [(d.from_code, d.to_code) for d in result.departures] == [
        ("MMCT", "NDLS"),
        ("NDLS", "MMCT"),
    ]
    assert all(d.delay_min is None and d.expected_departure is None for d in result.departures)


async def test_trains_that_already_left_are_not_on_the_board(
    provider: OfflineProvider, clock: FakeClock
) -> None:
    clock.now = at_ist(28, 0, 10)

    result = (await provider.departures("RTM", 2)).data

    assert [d.train.number for d in result.departures] == ["12952"]


async def test_a_terminating_train_shows_by_its_arrival_and_its_start_date(
    provider: OfflineProvider, clock: FakeClock
) -> None:
    clock.now = at_ist(27, 8, 0)

    result = (await provider.departures("NDLS", 2)).data

    assert board(result) == [
        ("12951", ist(27, 8, 35), None),  # left Mumbai on the 26th
        ("12627", ist(27, 9, 0), None),  # left Bengaluru on the 25th, day 3 of its run
    ]


async def test_a_whole_day_board_lists_every_call_once(
    provider: OfflineProvider, clock: FakeClock
) -> None:
    clock.now = at_ist(27, 12, 0)

    result = (await provider.departures("KOTA", 24)).data

    assert [(d.train.number, d.scheduled_departure) for d in result.departures] == [
        ("12952", ist(27, 22, 0)),
        ("11111", ist(27, 23, 30)),
        ("12951", ist(28, 3, 25)),
        ("12953", ist(28, 4, 20)),
    ]


async def test_a_station_with_no_trains_has_an_empty_board(
    provider: OfflineProvider, clock: FakeClock
) -> None:
    result = (await provider.departures("ET", 4)).data

    assert result.station.name == "Itarsi Jn"
    assert result.departures == ()


async def test_departures_at_an_unknown_station_are_not_found(provider: OfflineProvider) -> None:
    with pytest.raises(NotFound):
        await provider.departures("ZZZZ", 4)


@pytest.mark.parametrize("hours", [0, -1, 25])
async def test_departure_hours_out_of_range_are_invalid(
    provider: OfflineProvider, hours: int
) -> None:
    with pytest.raises(InvalidArgument):
        await provider.departures("KOTA", hours)


# --- trains between -----------------------------------------------------------------------------


async def test_trains_between_are_ordered_by_departure_time(provider: OfflineProvider) -> None:
    trains = (await provider.trains_between("MMCT", "NDLS", None)).data

    assert [(t.train.number, t.departure, t.arrival) for t in trains] == [
        ("22209", dt.time(11, 25), dt.time(3, 40)),
        ("12951", dt.time(17, 0), dt.time(8, 35)),
        ("12953", dt.time(17, 40), dt.time(10, 55)),
    ]
    assert [(t.duration_min, t.arrival_day_offset) for t in trains] == [
        (16 * 60 + 15, 1),
        (15 * 60 + 35, 1),
        (17 * 60 + 15, 1),
    ]
    assert trains[0].from_station.name == "Mumbai Central"
    assert trains[0].to_station.code == "NDLS"


async def test_trains_between_intermediate_stations_count_days_from_the_boarding_stop(
    provider: OfflineProvider,
) -> None:
    kota_delhi = (await provider.trains_between("KOTA", "NDLS", None)).data
    bengaluru_delhi = (await provider.trains_between("SBC", "NDLS", None)).data
    overnight = (await provider.trains_between("KOTA", "BPL", None)).data

    assert [(t.train.number, t.duration_min, t.arrival_day_offset) for t in kota_delhi] == [
        ("12951", 5 * 60 + 10, 0),
        ("12953", 6 * 60 + 35, 0),
    ]
    assert [(t.duration_min, t.arrival_day_offset) for t in bengaluru_delhi] == [(37 * 60 + 40, 2)]
    assert [(t.train.number, t.duration_min, t.arrival_day_offset) for t in overnight] == [
        ("11111", 5 * 60 + 40, 1)
    ]


async def test_trains_between_only_follow_the_direction_of_travel(
    provider: OfflineProvider,
) -> None:
    trains = (await provider.trains_between("NDLS", "MMCT", dt.date(2026, 11, 30))).data

    assert [t.train.number for t in trains] == ["12952"]


async def test_no_direct_train_is_an_empty_answer(provider: OfflineProvider) -> None:
    assert (await provider.trains_between("SBC", "MMCT", None)).data == []


async def test_trains_between_an_unknown_station_is_not_found(provider: OfflineProvider) -> None:
    with pytest.raises(NotFound):
        await provider.trains_between("ZZZZ", "NDLS", None)


async def test_trains_between_a_station_and_itself_is_invalid(provider: OfflineProvider) -> None:
    with pytest.raises(InvalidArgument):
        await provider.trains_between("NDLS", "ndls", None)


# --- renamed codes ------------------------------------------------------------------------------


async def test_old_station_codes_are_answered_under_the_current_ones(
    provider: OfflineProvider, clock: FakeClock
) -> None:
    clock.now = at_ist(27, 3, 0)

    by_old = (await provider.trains_between("BCT", "NDLS", None)).data
    board_old = (await provider.departures("JHS", 2)).data

    assert [t.train.number for t in by_old] == ["22209", "12951", "12953"]
    assert by_old[0].from_station.code == "MMCT"
    assert board_old.station.code == "VGLJ"
    assert [d.train.number for d in board_old.departures] == ["12627"]
    assert (await provider.station_by_code("CSTM")).data.code == "CSMT"


# --- stations -----------------------------------------------------------------------------------


async def test_station_by_code_prefers_the_timetable_then_the_index(
    provider: OfflineProvider,
) -> None:
    from_store = await provider.station_by_code("kota")
    from_index = await provider.station_by_code("SMVB")  # newer than the open data

    assert (from_store.data.name, from_store.source) == ("Kota Jn", "offline")
    assert from_index.data.name == "Sir M. Visvesvaraya Terminal Bengaluru"
    with pytest.raises(NotFound):
        await provider.station_by_code("QQQ")
    with pytest.raises(InvalidArgument):
        await provider.station_by_code("NOT A CODE")


async def test_station_by_name_searches_the_index(provider: OfflineProvider) -> None:
    mumbai = await provider.station_by_name("mumbai")
    jhansi = await provider.station_by_name("Jhansi")

    assert [s.code for s in mumbai.data][:2] == ["CSMT", "MMCT"]
    assert mumbai.source == "offline"
    assert [s.code for s in jhansi.data] == ["VGLJ"]
    with pytest.raises(NotFound):
        await provider.station_by_name("atlantis")


async def test_stations_lists_the_timetable_stations_for_the_index(
    provider: OfflineProvider,
) -> None:
    codes = {s.code for s in provider.stations()}

    assert {"NDLS", "CSMT", "MMCT", "VGLJ", "ET"} <= codes
    assert len(codes) == 11


# --- provenance ---------------------------------------------------------------------------------


async def test_every_answer_says_offline_and_the_import_time(
    provider: OfflineProvider, clock: FakeClock
) -> None:
    answers: list[Sourced[Any]] = [
        await provider.train_route("12951"),
        await provider.trains_between("MMCT", "NDLS", None),
        await provider.departures("KOTA", 4),
        await provider.train("12951"),
        await provider.station_by_code("NDLS"),
    ]

    imported = dt.datetime.fromtimestamp(IMPORTED_AT, dt.UTC)
    assert {(a.source, a.as_of) for a in answers} == {("offline", imported)}
    assert not any(a.is_live for a in answers)


async def test_metadata_tells_where_the_timetable_came_from(provider: OfflineProvider) -> None:
    info = provider.metadata()

    assert info is not None
    assert info.vintage == 2016
    assert info.imported_at == dt.datetime.fromtimestamp(IMPORTED_AT, dt.UTC)
    assert set(info.sources) == {"stations", "trains", "schedules"}
    assert info.counts == {"stations": 11, "trains": 4, "stops": 23, "routes": 6}
    assert provider.ready()


@pytest.mark.parametrize(
    ("feature", "call"),
    [
        ("pnr_status", lambda p: p.pnr_status("4512345678")),
        ("live_status", lambda p: p.live_status("12951", dt.date(2026, 11, 27))),
        (
            "seat_availability",
            lambda p: p.seat_availability(
                "12951", "MMCT", "NDLS", dt.date(2026, 11, 28), "3A", "GN"
            ),
        ),
        ("fare", lambda p: p.fare("12951", "MMCT", "NDLS", "3A", "GN", 30, dt.date(2026, 11, 28))),
        ("cancelled_trains", lambda p: p.cancelled_trains(dt.date(2026, 11, 27))),
        ("rescheduled_trains", lambda p: p.rescheduled_trains(dt.date(2026, 11, 27))),
    ],
)
async def test_live_only_features_are_not_offered(
    provider: OfflineProvider, feature: str, call: object
) -> None:
    with pytest.raises(NotOffered) as caught:
        await call(provider)  # type: ignore[operator]

    assert (caught.value.feature, caught.value.provider) == (feature, "offline")


# --- no timetable, and swaps --------------------------------------------------------------------


async def test_without_a_timetable_stations_come_from_the_index(
    tmp_path: Path, clock: FakeClock
) -> None:
    offline = OfflineProvider(
        tmp_path / "absent.sqlite3", StationIndex.build(), clock=clock, tz=IST
    )

    station = await offline.station_by_code("NDLS")
    named = await offline.station_by_name("mumbai central")

    assert (station.data.name, station.source) == ("New Delhi", "builtin")
    assert station.as_of == dt.datetime.fromtimestamp(clock.now, IST)
    assert named.data[0].code == "MMCT"
    assert not offline.ready()
    assert offline.metadata() is None
    assert offline.stations() == []
    await offline.aclose()


@pytest.mark.parametrize(
    "call",
    [
        lambda p: p.train_route("12951"),
        lambda p: p.departures("NDLS", 4),
        lambda p: p.trains_between("MMCT", "NDLS", None),
        lambda p: p.train("12951"),
    ],
)
async def test_without_a_timetable_timetable_questions_say_how_to_load_it(
    tmp_path: Path, clock: FakeClock, call: object
) -> None:
    offline = OfflineProvider(
        tmp_path / "absent.sqlite3", StationIndex.build(), clock=clock, tz=IST
    )

    with pytest.raises(TimetableNotLoaded, match="python -m app data fetch"):
        await call(offline)  # type: ignore[operator]

    await offline.aclose()


async def test_a_timetable_imported_after_start_is_picked_up(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "railbot.sqlite3"
    offline = OfflineProvider(path, StationIndex.build(), clock=clock, tz=IST, recheck_s=0)
    assert not offline.ready()

    import_fixtures(path)

    assert offline.ready()
    assert len((await offline.train_route("12951")).data.stops) == 5
    await offline.aclose()


async def test_a_swapped_store_is_reopened_and_answers_from_the_new_data(
    provider: OfflineProvider, timetable: Path, tmp_path: Path
) -> None:
    assert len((await provider.train_route("12951")).data.stops) == 5
    shorter = tmp_path / "schedules.json"
    shorter.write_text(
        (DATAMEET / "schedules.json")
        .read_text()
        .replace('"station_code": "BRC"', '"station_code": "XX-BRC"')
    )

    import_fixtures(timetable, at=IMPORTED_AT + 3600, schedules=shorter)

    route = await provider.train_route("12951")
    assert [s.station.code for s in route.data.stops] == ["MMCT", "RTM", "KOTA", "NDLS"]
    assert route.as_of == dt.datetime.fromtimestamp(IMPORTED_AT + 3600, dt.UTC)
    assert (await provider.train("12951")).data.name == "Mumbai - New Delhi Rajdhani Express"


async def test_a_swap_is_noticed_only_after_the_recheck_interval(
    timetable: Path, tmp_path: Path, clock: FakeClock
) -> None:
    offline = OfflineProvider(timetable, StationIndex.build(), clock=clock, tz=IST, recheck_s=3600)
    await offline.train_route("12951")
    shorter = tmp_path / "schedules.json"
    shorter.write_text((DATAMEET / "schedules.json").read_text().replace('"BRC"', '"XX-BRC"'))

    import_fixtures(timetable, at=IMPORTED_AT + 60, schedules=shorter)

    assert offline.metadata().imported_at.timestamp() == IMPORTED_AT  # type: ignore[union-attr]
    offline.timetable.refresh(force=True)
    assert offline.metadata().imported_at.timestamp() == IMPORTED_AT + 60  # type: ignore[union-attr]
    assert len((await offline.train_route("12951")).data.stops) == 4
    await offline.aclose()


async def test_a_removed_store_stops_answering_timetable_questions(
    provider: OfflineProvider, timetable: Path
) -> None:
    await provider.train_route("12951")

    os.remove(timetable)

    assert not provider.ready()
    with pytest.raises(TimetableNotLoaded):
        await provider.train_route("12951")


async def test_a_damaged_store_is_not_ready(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "railbot.sqlite3"
    path.write_bytes(b"garbage, not SQLite" * 200)
    offline = OfflineProvider(path, StationIndex.build(), clock=clock, tz=IST)

    assert not offline.ready()
    with pytest.raises(TimetableNotLoaded):
        await offline.trains_between("MMCT", "NDLS", None)
    await offline.aclose()


async def test_the_store_is_opened_read_only(provider: OfflineProvider) -> None:
    await provider.train_route("12951")

    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        provider.timetable._connection().execute("DELETE FROM stops")


async def test_stations_known_only_from_the_schedules_take_their_names_from_them(
    tmp_path: Path, clock: FakeClock
) -> None:
    schedules = tmp_path / "schedules.json"
    schedules.write_text(
        json.dumps(
            [
                {"id": 1, "train_number": "54321", "train_name": "Halt Passenger",
                 "station_code": "QQA", "station_name": "QUIET HALT A",
                 "arrival": "None", "departure": "06:00:00", "day": 1},
                {"id": 2, "train_number": "54321", "train_name": "Halt Passenger",
                 "station_code": "QQB", "station_name": "QUIET HALT B",
                 "arrival": "07:10:00", "departure": "None", "day": 1},
            ]
        )
    )  # fmt: skip
    path = tmp_path / "railbot.sqlite3"
    run_import(path, stations=None, trains=None, schedules=str(schedules), progress=None)
    offline = OfflineProvider(path, StationIndex.build(), clock=clock, tz=IST)

    trains = (await offline.trains_between("QQA", "QQB", None)).data

    assert (trains[0].from_station.name, trains[0].to_station.name) == (
        "QUIET HALT A",
        "QUIET HALT B",
    )
    assert (trains[0].train.name, trains[0].duration_min) == ("Halt Passenger", 70)
    await offline.aclose()


# --- city to city and train search ----------------------------------------------------------


async def test_trains_between_cities_use_every_station_of_both_cities(
    provider: OfflineProvider,
) -> None:
    station_pair = (await provider.trains_between("CSMT", "NZM", None)).data
    by_city = (await provider.trains_between("CSMT", "NZM", None, by_city=True)).data

    assert station_pair == []
    assert [t.train.number for t in by_city] == ["22209", "12951", "12953"]
    # Each answer names the stations the train really uses in those cities.
    assert {(t.from_station.code, t.to_station.code) for t in by_city} == {("MMCT", "NDLS")}
    assert [t.departure_day for t in by_city] == [1, 1, 1]


async def test_trains_between_cities_still_needs_a_known_station(
    provider: OfflineProvider,
) -> None:
    with pytest.raises(NotFound):
        await provider.trains_between("QQQ", "NDLS", None, by_city=True)


@pytest.mark.parametrize(
    ("query", "numbers"),
    [
        ("rajdhani", ["12951", "12952", "12953"]),
        ("kranti", ["12953"]),
        ("Mumbai Rajdhani", ["12951", "12952"]),
        ("1295", ["12951", "12952", "12953"]),
        ("12627", ["12627"]),
        ("karnataka 12627", ["12627"]),
    ],
)
async def test_trains_are_found_by_number_or_words_of_their_name(
    provider: OfflineProvider, query: str, numbers: list[str]
) -> None:
    found = (await provider.search_trains(query)).data

    assert [train.number for train in found] == numbers


async def test_a_train_search_that_matches_nothing_is_not_found(
    provider: OfflineProvider,
) -> None:
    with pytest.raises(NotFound):
        await provider.search_trains("shatabdi")
    with pytest.raises(InvalidArgument):
        await provider.search_trains("!!!")


async def test_the_station_directory_and_confirmation_chance_are_not_offered_offline(
    provider: OfflineProvider,
) -> None:
    with pytest.raises(NotOffered):
        await provider.station_directory()
    with pytest.raises(NotOffered):
        await provider.pnr_prediction("4512345678")


async def test_a_board_says_which_day_each_run_started(
    provider: OfflineProvider, clock: FakeClock
) -> None:
    clock.now = at_ist(30, 23, 0)

    result = (await provider.departures("RTM", 2)).data

    assert [(d.train.number, d.start_date) for d in result.departures] == [
        ("12951", dt.date(2026, 11, 30))
    ]
    assert not result.departures[0].has_left
