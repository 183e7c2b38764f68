"""The datameet importer: parsing, normalising, atomic swaps, partial imports and downloads."""

from __future__ import annotations

import io
import json
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from app.errors import DataImportError
from app.railways.importer import (
    ImportReport,
    RawStop,
    display_source,
    import_command,
    place_stops,
    run_fetch,
    run_import,
)
from app.railways.offline import read_info, read_stations

DATAMEET = Path(__file__).resolve().parent.parent / "fixtures" / "datameet"
STATIONS = DATAMEET / "stations.json"
TRAINS = DATAMEET / "trains.json"
SCHEDULES = DATAMEET / "schedules.json"
BASE_URL = "https://data.example.org/railways/master"
IMPORTED_AT = 1_795_000_000.0


def import_all(store: Path, **kwargs: Any) -> ImportReport:
    return run_import(
        store,
        stations=str(STATIONS),
        trains=str(TRAINS),
        schedules=str(SCHEDULES),
        progress=None,
        **kwargs,
    )


def rows(store: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(store)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def stops_of(store: Path, train: str) -> list[tuple[Any, ...]]:
    return rows(
        store,
        "SELECT code, day, arrival, departure FROM stops WHERE train = ? ORDER BY seq",
        (train,),
    )


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def stop(
    number: str, code: str, arrival: str, departure: str, day: int | None, record_id: int
) -> dict[str, Any]:
    return {
        "id": record_id,
        "train_number": number,
        "train_name": "Test Express",
        "station_code": code,
        "station_name": code,
        "arrival": arrival,
        "departure": departure,
        "day": day,
    }


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "data" / "railbot.sqlite3"


# --- what a full import holds -------------------------------------------------------------------


def test_import_loads_all_three_files_and_reports_counts(store: Path) -> None:
    report = import_all(store)

    assert report.imported == ("stations", "trains", "schedules")
    assert report.kept == ()
    assert report.counts == {"stations": 11, "trains": 4, "stops": 23, "routes": 6}
    assert store.exists()
    assert "11 stations" in report.summary()


def test_placeholder_xx_stations_are_dropped_everywhere(store: Path) -> None:
    report = import_all(store)

    assert rows(store, "SELECT code FROM stations WHERE code LIKE 'XX-%'") == []
    assert rows(store, "SELECT code FROM stops WHERE code LIKE 'XX-%'") == []
    assert report.skipped["placeholder XX- stations"] == 1
    assert report.skipped["stops at placeholder XX- stations"] == 1


def test_renamed_codes_are_stored_under_their_current_codes(store: Path) -> None:
    import_all(store)

    codes = {code for (code,) in rows(store, "SELECT code FROM stations")}
    assert {"CSMT", "MMCT", "VGLJ"} <= codes
    assert not {"CSTM", "BCT", "JHS"} & codes
    assert rows(store, "SELECT from_code, to_code FROM trains WHERE number = '12951'") == [
        ("MMCT", "NDLS")
    ]
    assert rows(store, "SELECT from_code FROM trains WHERE number = '22222'") == [("CSMT",)]
    assert [code for code, *_ in stops_of(store, "12627")][3] == "VGLJ"
    assert rows(store, "SELECT from_code FROM routes WHERE train = '12951'") == [("MMCT",)]


def test_station_names_are_trimmed_and_coordinates_read_as_lat_lng(store: Path) -> None:
    import_all(store)

    stations = {s.code: s for s in read_stations(store)}
    assert stations["MMCT"].name == "Mumbai Central"
    assert (stations["NDLS"].lat, stations["NDLS"].lng) == (28.64, 77.22)
    assert stations["NDLS"].state == "Delhi"
    assert (stations["RTM"].lat, stations["RTM"].lng) == (None, None)  # null geometry
    assert (stations["ET"].lat, stations["ET"].lng) == (None, None)  # out-of-range point


def test_duplicate_records_keep_the_first(store: Path) -> None:
    report = import_all(store)

    assert rows(store, "SELECT name FROM stations WHERE code = 'NDLS'") == [("NEW DELHI",)]
    assert rows(store, "SELECT name FROM trains WHERE number = '12951'") == [
        ("Mumbai - New Delhi Rajdhani Express",)
    ]
    assert [code for code, *_ in stops_of(store, "12951")].count("KOTA") == 1
    assert report.skipped["duplicate stations"] == 1
    assert report.skipped["duplicate trains"] == 1
    assert report.skipped["duplicate stops"] == 1


def test_a_renamed_station_yields_to_a_record_under_its_current_code(tmp_path: Path) -> None:
    features = [
        {"type": "Feature", "geometry": None, "properties": {"code": "CSMT", "name": "CSMT new"}},
        {"type": "Feature", "geometry": None, "properties": {"code": "CSTM", "name": "CST old"}},
    ]
    stations = write_json(tmp_path / "stations.json", {"features": features})
    store = tmp_path / "store.sqlite3"

    run_import(store, stations=str(stations), trains=None, schedules=None, progress=None)

    assert rows(store, "SELECT code, name FROM stations") == [("CSMT", "CSMT new")]


def test_none_times_become_empty_at_the_ends_of_a_route(store: Path) -> None:
    import_all(store)

    route = stops_of(store, "12951")
    assert route[0] == ("MMCT", 1, None, 17 * 60)
    assert route[-1][3] is None


def test_missing_day_is_inferred_across_midnight(store: Path) -> None:
    import_all(store)

    route = {
        code: (day, arrival, departure)
        for code, day, arrival, departure in stops_of(store, "12951")
    }
    # Ratlam: no day given, arrives 23:50 on day 1 and leaves 00:05 on day 2.
    assert route["RTM"] == (1, 23 * 60 + 50, 24 * 60 + 5)
    # Kota: no day given either, after midnight: day 2.
    assert route["KOTA"] == (2, 24 * 60 + 3 * 60 + 15, 24 * 60 + 3 * 60 + 25)
    # A train whose schedule gives no day at all still rolls over midnight.
    assert stops_of(store, "11111") == [
        ("KOTA", 1, None, 23 * 60 + 30),
        ("BPL", 2, 24 * 60 + 5 * 60 + 10, None),
    ]


def test_a_halt_across_midnight_may_carry_the_departure_day(store: Path) -> None:
    import_all(store)

    route = stops_of(store, "12627")
    # Bhopal is given as day 3 with 23:55 → 00:05: it arrives late on day 2 and leaves on day 3.
    assert route[2] == ("BPL", 2, 24 * 60 + 23 * 60 + 55, 2 * 24 * 60 + 5)
    assert route[-1] == ("NDLS", 3, 2 * 24 * 60 + 9 * 60, None)


def test_a_given_day_is_read_as_the_arrival_day_when_that_keeps_time_moving() -> None:
    raw: list[RawStop] = [
        (1, 0, "AAA", "A", None, 22 * 60, 1),
        (2, 1, "BBB", "B", 23 * 60 + 50, 10, 1),
        (3, 2, "CCC", "C", 2 * 60, None, 2),
    ]

    placed = place_stops("12345", raw, Counter())

    assert [(code, day, arr, dep) for _, _, code, _, day, arr, dep, _ in placed] == [
        ("AAA", 1, None, 22 * 60),
        ("BBB", 1, 23 * 60 + 50, 24 * 60 + 10),
        ("CCC", 2, 24 * 60 + 2 * 60, None),
    ]


def test_times_never_run_backwards_even_when_the_day_given_is_wrong() -> None:
    raw: list[RawStop] = [
        (1, 0, "AAA", "A", None, 10 * 60, 2),
        (2, 1, "BBB", "B", 9 * 60, 9 * 60 + 5, 1),
    ]

    placed = place_stops("12345", raw, Counter())

    departure_a, arrival_b = placed[0][6], placed[1][5]
    assert departure_a is not None and arrival_b is not None
    assert arrival_b - departure_a == 23 * 60


def test_stops_follow_their_ids_not_the_file_order(tmp_path: Path) -> None:
    records = [
        stop("12345", "CCC", "12:00:00", "None", 1, 3),
        stop("12345", "AAA", "None", "10:00:00", 1, 1),
        stop("12345", "BBB", "11:00:00", "11:05:00", 1, 2),
    ]
    schedules = write_json(tmp_path / "schedules.json", records)
    store = tmp_path / "store.sqlite3"

    run_import(store, stations=None, trains=None, schedules=str(schedules), progress=None)

    assert [code for code, *_ in stops_of(store, "12345")] == ["AAA", "BBB", "CCC"]


def test_stop_records_without_times_are_skipped(tmp_path: Path) -> None:
    records = [
        stop("12345", "AAA", "None", "10:00:00", 1, 1),
        stop("12345", "BBB", "None", "None", None, 2),
        stop("12345", "CCC", "12:00:00", "None", 1, 3),
    ]
    schedules = write_json(tmp_path / "schedules.json", records)
    store = tmp_path / "store.sqlite3"

    report = run_import(store, stations=None, trains=None, schedules=str(schedules), progress=None)

    assert [code for code, *_ in stops_of(store, "12345")] == ["AAA", "CCC"]
    assert report.skipped["stops without times"] == 1


def test_classes_come_from_the_boolean_columns(store: Path) -> None:
    import_all(store)

    assert dict(rows(store, "SELECT number, classes FROM trains")) == {
        "12951": "1A,2A,3A",
        "12952": "1A,2A,3A",
        "12627": "2A,3A,SL",
        "22222": "SL,CC",
    }
    assert rows(store, "SELECT duration_min, distance_km FROM trains WHERE number = '12627'") == [
        (37 * 60 + 40, 2365)
    ]


def test_a_train_only_in_the_schedules_gets_its_name_and_ends_from_them(store: Path) -> None:
    import_all(store)

    assert rows(store, "SELECT * FROM routes WHERE train = '11111'") == [
        ("11111", "Schedule Only Passenger", "KOTA", "BPL", 2)
    ]


def test_import_metadata_records_time_sources_and_counts(store: Path) -> None:
    import_all(store, clock=lambda: IMPORTED_AT)

    conn = sqlite3.connect(store)
    info = read_info(conn)
    conn.close()
    assert info.imported_at.timestamp() == IMPORTED_AT
    assert info.vintage == 2016
    assert info.dataset == "datameet"
    assert info.sources["schedules"] == str(SCHEDULES)
    assert info.counts["stops"] == 23


# --- safety of the swap -------------------------------------------------------------------------


def test_reimport_is_idempotent(store: Path) -> None:
    import_all(store)
    first = {
        t: rows(store, f"SELECT * FROM {t} ORDER BY 1, 2")
        for t in ("stations", "trains", "stops", "routes")
    }

    report = import_all(store)

    second = {
        t: rows(store, f"SELECT * FROM {t} ORDER BY 1, 2")
        for t in ("stations", "trains", "stops", "routes")
    }
    assert first == second
    assert report.counts["stops"] == 23


def test_partial_import_keeps_the_other_tables(store: Path, tmp_path: Path) -> None:
    import_all(store, clock=lambda: IMPORTED_AT)
    features = [
        {"type": "Feature", "geometry": None, "properties": {"code": "PUNE", "name": "Pune Jn"}}
    ]
    stations = write_json(tmp_path / "few-stations.json", {"features": features})

    report = run_import(
        store,
        stations=str(stations),
        trains=None,
        schedules=None,
        progress=None,
        clock=lambda: IMPORTED_AT + 60,
    )

    assert report.imported == ("stations",)
    assert report.kept == ("trains", "schedules")
    assert report.counts == {"stations": 1, "trains": 4, "stops": 23, "routes": 6}
    assert [s.code for s in read_stations(store)] == ["PUNE"]
    conn = sqlite3.connect(store)
    info = read_info(conn)
    conn.close()
    assert info.sources == {
        "stations": str(stations),
        "trains": str(TRAINS),
        "schedules": str(SCHEDULES),
    }
    assert info.tables_imported_at["trains"].timestamp() == IMPORTED_AT
    assert info.tables_imported_at["stations"].timestamp() == IMPORTED_AT + 60
    assert len(stops_of(store, "12951")) == 5


def test_a_malformed_file_is_a_clear_error_and_leaves_the_old_store_intact(
    store: Path, tmp_path: Path
) -> None:
    import_all(store)
    before = store.read_bytes()
    broken = tmp_path / "schedules.json"
    broken.write_text('[{"id": 1, "train_number": "12345", "station_code": "AAA",\n  "day": }]')

    with pytest.raises(
        DataImportError, match=r"schedules: .*schedules\.json is not valid JSON \(line 2"
    ):
        run_import(store, stations=str(STATIONS), trains=None, schedules=str(broken), progress=None)

    assert store.read_bytes() == before
    assert sorted(p.name for p in store.parent.iterdir()) == [store.name]  # no leftovers


@pytest.mark.parametrize(
    ("kind", "document", "message"),
    [
        ("schedules", {"type": "FeatureCollection", "features": []}, "not a JSON array"),
        ("schedules", [{"id": 1}], "holds no usable stop records"),
        ("stations", [{"id": 1, "train_number": "12345"}], "holds no usable stations"),
        ("stations", {"type": "Feature"}, "not a GeoJSON FeatureCollection"),
        ("trains", {"type": "FeatureCollection", "features": []}, "holds no usable trains"),
    ],
)
def test_a_file_of_the_wrong_shape_is_a_clear_error(
    store: Path, tmp_path: Path, kind: str, document: object, message: str
) -> None:
    path = str(write_json(tmp_path / f"{kind}.json", document))

    with pytest.raises(DataImportError, match=message):
        run_import(
            store,
            stations=path if kind == "stations" else None,
            trains=path if kind == "trains" else None,
            schedules=path if kind == "schedules" else None,
            progress=None,
        )

    assert not store.exists()


def test_data_after_the_end_of_the_schedules_array_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "schedules.json"
    path.write_text(json.dumps([stop("12345", "AAA", "None", "10:00:00", 1, 1)]) + " []")

    with pytest.raises(DataImportError, match="data after the end"):
        run_import(
            tmp_path / "s.sqlite3", stations=None, trains=None, schedules=str(path), progress=None
        )


def test_a_missing_file_is_a_clear_error(store: Path, tmp_path: Path) -> None:
    with pytest.raises(DataImportError, match="trains: no such file"):
        run_import(
            store, stations=None, trains=str(tmp_path / "nope.json"), schedules=None, progress=None
        )


def test_importing_nothing_is_a_clear_error(store: Path) -> None:
    with pytest.raises(DataImportError, match="nothing to import"):
        run_import(store, stations=None, trains=None, schedules=None, progress=None)


def test_a_reader_with_the_old_file_open_keeps_reading_it(store: Path, tmp_path: Path) -> None:
    import_all(store)
    reader = sqlite3.connect(store.resolve().as_uri() + "?mode=ro", uri=True)
    features = [
        {"type": "Feature", "geometry": None, "properties": {"code": "PUNE", "name": "Pune"}}
    ]
    stations = write_json(tmp_path / "one.json", {"features": features})

    run_import(store, stations=str(stations), trains=None, schedules=None, progress=None)

    assert reader.execute("SELECT COUNT(*) FROM stations").fetchone() == (11,)
    reader.close()
    assert rows(store, "SELECT COUNT(*) FROM stations") == [(1,)]


def test_an_unreadable_old_store_needs_a_full_import(store: Path) -> None:
    store.parent.mkdir(parents=True)
    store.write_bytes(b"this is not a database at all" * 100)

    with pytest.raises(DataImportError, match="import all three files"):
        run_import(store, stations=str(STATIONS), trains=None, schedules=None, progress=None)

    report = import_all(store)
    assert report.counts["stations"] == 11


# --- the real CC0 stations file -----------------------------------------------------------------


def test_the_real_datameet_stations_file_imports(
    shared_stations_path: Path, tmp_path: Path
) -> None:
    store = tmp_path / "stations.sqlite3"

    report = run_import(
        store, stations=str(shared_stations_path), trains=None, schedules=None, progress=None
    )

    assert report.counts["stations"] == 8990 - 15
    assert report.skipped == {"placeholder XX- stations": 15}
    stations = {s.code: s for s in read_stations(store)}
    assert stations["NDLS"].name == "NEW DELHI"
    assert stations["NDLS"].lat == pytest.approx(28.642, abs=0.01)
    assert stations["NDLS"].lng == pytest.approx(77.220, abs=0.01)
    assert {"CSMT", "MMCT", "PRYJ", "DDU", "VGLJ", "RKMP"} <= stations.keys()
    assert not {"CSTM", "BCT", "ALD", "MGS", "JHS", "HBJ"} & stations.keys()
    assert sum(1 for s in stations.values() if s.lat is not None) > 8600


# --- URLs ---------------------------------------------------------------------------------------


@respx.mock
def test_fetch_downloads_the_three_files_then_imports(store: Path) -> None:
    for name, path in (("stations", STATIONS), ("trains", TRAINS), ("schedules", SCHEDULES)):
        respx.get(f"{BASE_URL}/{name}.json").mock(
            return_value=httpx.Response(200, content=path.read_bytes())
        )

    report = run_fetch(store, BASE_URL + "/", progress=None)

    assert report.counts == {"stations": 11, "trains": 4, "stops": 23, "routes": 6}
    conn = sqlite3.connect(store)
    info = read_info(conn)
    conn.close()
    assert info.sources["trains"] == f"{BASE_URL}/trains.json"
    assert sorted(p.name for p in store.parent.iterdir()) == [store.name]


@respx.mock
def test_a_url_source_can_be_mixed_with_files(store: Path) -> None:
    respx.get("https://mirror.example.org/s.json").mock(
        return_value=httpx.Response(200, content=SCHEDULES.read_bytes())
    )

    report = run_import(
        store,
        stations=str(STATIONS),
        trains=None,
        schedules="https://mirror.example.org/s.json",
        progress=None,
    )

    assert report.counts["stops"] == 23


@respx.mock
def test_a_missing_remote_file_is_a_clear_error(store: Path) -> None:
    respx.get(f"{BASE_URL}/stations.json").mock(return_value=httpx.Response(404))

    with pytest.raises(
        DataImportError, match=r"stations: .*/stations\.json answered HTTP 404 Not Found"
    ):
        run_fetch(store, BASE_URL, progress=None)

    assert not store.exists()


@respx.mock
def test_no_network_is_a_clear_error(store: Path) -> None:
    respx.get(f"{BASE_URL}/stations.json").mock(side_effect=httpx.ConnectError("no route to host"))

    with pytest.raises(DataImportError, match=r"could not download .*no route to host"):
        run_fetch(store, BASE_URL, progress=None)


@respx.mock
def test_a_remote_file_that_is_not_json_is_a_clear_error(store: Path) -> None:
    for name in ("stations", "trains", "schedules"):
        respx.get(f"{BASE_URL}/{name}.json").mock(
            return_value=httpx.Response(200, text="<html>rate limited</html>")
        )

    with pytest.raises(DataImportError, match=r"stations: .* is not valid JSON"):
        run_fetch(store, BASE_URL, progress=None)


def test_recorded_sources_carry_no_credentials_or_query() -> None:
    shown = display_source("https://user:secret@host.example.org:8443/x/stations.json?token=abc#f")

    assert shown == "https://host.example.org:8443/x/stations.json"


# --- progress and the command line --------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_silent_when_stderr_is_not_a_terminal(store: Path) -> None:
    stream = io.StringIO()

    import_all_with_progress(store, stream)

    assert stream.getvalue() == ""


def test_progress_bars_show_on_a_terminal(store: Path) -> None:
    stream = Terminal()

    import_all_with_progress(store, stream)

    assert "schedules" in stream.getvalue()
    assert "100%" in stream.getvalue()


def test_progress_can_be_asked_for_without_a_terminal(store: Path) -> None:
    stream = io.StringIO()

    run_import(
        store,
        stations=None,
        trains=None,
        schedules=str(SCHEDULES),
        progress=stream,
        show_progress=True,
    )

    assert "100%" in stream.getvalue()


def import_all_with_progress(store: Path, stream: io.StringIO) -> None:
    run_import(
        store,
        stations=str(STATIONS),
        trains=str(TRAINS),
        schedules=str(SCHEDULES),
        progress=stream,
    )


def test_the_import_command_prints_a_summary(store: Path) -> None:
    out, err = io.StringIO(), io.StringIO()

    code = import_command(store, str(STATIONS), str(TRAINS), str(SCHEDULES), out=out, err=err)

    assert code == 0
    assert (
        "The offline timetable now holds 11 stations, 4 trains, 23 stops, 6 routes."
        in out.getvalue()
    )


def test_the_import_command_reports_a_failure_in_one_line(store: Path, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()

    code = import_command(store, str(tmp_path / "missing.json"), None, None, out=out, err=err)

    assert code == 1
    assert err.getvalue().startswith("railbot: import failed: stations: no such file")
    assert "Traceback" not in err.getvalue()
    assert err.getvalue().count("\n") == 1


def test_a_store_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data directory should be")

    with pytest.raises(DataImportError, match="data"):
        run_import(
            blocker / "railbot.sqlite3",
            stations=str(STATIONS),
            trains=None,
            schedules=None,
            progress=None,
        )


def test_train_numbers_stored_as_integers_regain_their_leading_zero(tmp_path: Path) -> None:
    features = [
        {"type": "Feature", "geometry": None, "properties": {"number": 4001, "name": "Special"}}
    ]
    trains = write_json(tmp_path / "trains.json", features)  # a bare array of features also does
    schedules = write_json(
        tmp_path / "schedules.json",
        [
            stop("4001", "AAA", "None", "10:00:00", 1, 1),
            stop("4001", "BBB", "11:00:00", "None", 1, 2),
        ],
    )
    store = tmp_path / "store.sqlite3"

    run_import(store, stations=None, trains=str(trains), schedules=str(schedules), progress=None)

    assert rows(store, "SELECT number, name FROM trains") == [("04001", "Special")]
    assert rows(store, "SELECT train FROM routes") == [("04001",)]
