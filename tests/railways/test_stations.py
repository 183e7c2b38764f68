"""The station index: lookup order, names, aliases, renamed codes, misspellings and places."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.railways.major_stations import ALIASES, MAJOR_STATIONS
from app.railways.models import Station
from app.railways.stations import StationIndex, haversine_km, normalize_name
from app.railways.vocabulary import RENAMED_STATION_CODES

BENGALURU = ["SBC", "YPR", "SMVB", "BNC", "BNCE", "KJM"]
DELHI = ["NDLS", "DLI", "NZM", "DEE", "ANVT", "DSA", "DEC"]
MUMBAI = ["CSMT", "MMCT", "LTT", "DR", "DDR", "BDTS", "TNA", "KYN", "BVI", "PNVL"]


def datameet_stations(path: Path) -> list[Station]:
    """Stations from a datameet-format GeoJSON file, as the offline store would give them."""
    stations = []
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        props, geometry = feature["properties"], feature["geometry"]
        lng, lat = geometry["coordinates"] if geometry else (None, None)
        stations.append(
            Station(
                code=props["code"],
                name=props["name"],
                state=props.get("state"),
                zone=props.get("zone"),
                lat=lat,
                lng=lng,
            )
        )
    return stations


@pytest.fixture(scope="module")
def builtin() -> StationIndex:
    return StationIndex.build()


@pytest.fixture(scope="module")
def real(shared_stations_path: Path) -> StationIndex:
    return StationIndex.build(datameet_stations(shared_stations_path))


@pytest.fixture(params=["builtin", "real"])
def index(request: pytest.FixtureRequest) -> StationIndex:
    """Each test using this runs on the built-in list alone and on the real 8,990 stations."""
    return request.getfixturevalue(request.param)  # type: ignore[no-any-return]


def codes(index: StationIndex, query: str, limit: int = 10) -> list[str]:
    return index.resolve(query, limit=limit)


# --- exact codes and renamed codes ---------------------------------------------------------------


@pytest.mark.parametrize("typed", ["NDLS", "ndls", "Ndls", " ndls "])
def test_exact_code_is_found_in_any_case(index: StationIndex, typed: str) -> None:
    assert (found := index.get(typed.strip())) is not None
    assert found.code == "NDLS"
    assert index.search(typed)[0].station.code == "NDLS"
    assert index.search(typed)[0].reason == "code"


@pytest.mark.parametrize(("old", "new"), sorted(RENAMED_STATION_CODES.items()))
def test_old_codes_give_the_renamed_station(index: StationIndex, old: str, new: str) -> None:
    station = index.get(old)
    assert station is not None and station.code == new
    assert index.resolve(old.lower())[0] == new


def test_unknown_code_is_none(index: StationIndex) -> None:
    assert index.get("QQQZ") is None
    assert index.get("") is None


# --- lookup order ---------------------------------------------------------------------------


def test_code_comes_before_name_alias_and_fuzzy(builtin: StationIndex) -> None:
    assert [m.reason for m in builtin.search("SBC")] == ["code"]
    assert [(m.station.code, m.reason) for m in builtin.search("new delhi")] == [("NDLS", "name")]
    assert {m.reason for m in builtin.search("bengaluru")} == {"alias"}
    assert {m.reason for m in builtin.search("bangalor")} == {"fuzzy"}


def test_exact_name_comes_before_an_alias_of_the_same_words() -> None:
    index = StationIndex.build([Station(code="XYZ", name="Yeshwantpur")])
    # "yeshwantpur" is this new station's exact name and an alias of the (major) YPR; among
    # stations of the same standing the exact name would lead, but a major station leads a
    # small one whatever matched.
    assert [(m.station.code, m.reason) for m in index.search("yeshwantpur")] == [
        ("YPR", "alias"),
        ("XYZ", "name"),
    ]
    assert [m.reason for m in index.search("lucknow")] == ["alias", "alias"]
    assert index.resolve("lucknow") == ["LKO", "LJN"]


def test_a_city_of_the_builtin_list_outranks_a_small_station_named_like_it(
    real: StationIndex,
) -> None:
    # The open data has a station named just "KOLKATA" (CP) and one coded BLR (Balganur).
    assert codes(real, "kolkata")[:5] == ["HWH", "SDAH", "KOAA", "SHM", "SRC"]
    assert codes(real, "blr")[:6] == BENGALURU
    assert "BLR" in codes(real, "blr")
    assert codes(real, "katra")[0] == "SVDK"


def test_a_major_stations_code_always_comes_first(real: StationIndex) -> None:
    assert codes(real, "kota")[0] == "KOTA"
    assert codes(real, "pune")[0] == "PUNE"


# --- names, longest match and normalisation -------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("New Delhi", "NDLS"),
        ("NEW DELHI", "NDLS"),
        ("new delhi railway station", "NDLS"),
        ("Delhi Cantt", "DEC"),
        ("Delhi Cantonment", "DEC"),
        ("DELHI CANTT.", "DEC"),
        ("delhi cantt station", "DEC"),
        ("Delhi Junction", "DLI"),
        ("delhi jn.", "DLI"),
        ("Mumbai Central", "MMCT"),
        ("Bombay Central", "MMCT"),
        ("Lokmanya Tilak Term", "LTT"),
        ("Lokmanya Tilak T", "LTT"),
        ("Bandra Terminal", "BDTS"),
        ("Kota Junction", "KOTA"),
        ("kota jct", "KOTA"),
        ("KSR Bengaluru", "SBC"),
        ("Bangalore City", "SBC"),
        ("Bengaluru Cantonment", "BNC"),
        ("Chennai Central", "MAS"),
        ("Madras Central", "MAS"),
        ("Hazrat Nizamuddin", "NZM"),
        ("nai dilli", "NDLS"),
        ("नई दिल्ली", "NDLS"),
    ],
)
def test_names_are_found_however_they_are_written(
    index: StationIndex, query: str, code: str
) -> None:
    assert codes(index, query)[0] == code


def test_the_longest_name_wins(index: StationIndex) -> None:
    assert codes(index, "new delhi") == ["NDLS"]
    assert codes(index, "delhi cantt") == ["DEC"]
    assert codes(index, "delhi")[0] == "NDLS"


def test_normalize_name_gives_one_key_per_spelling() -> None:
    assert normalize_name("Delhi Cantonment") == normalize_name("DELHI CANTT.") == "delhi cantt"
    assert normalize_name("Kota Junction") == normalize_name("KOTA JN.") == "kota jn"
    assert normalize_name("Bengaluru") == normalize_name("bangalore")
    assert normalize_name("Lokmanya Tilak T") == "lokmanya tilak terminus"
    assert normalize_name("  ") == ""


# --- aliases and cities -----------------------------------------------------------------------


@pytest.mark.parametrize("city", ["bangalore", "Bengaluru", "blr", "BANGALORE"])
def test_bengaluru_names_give_all_its_stations(builtin: StationIndex, city: str) -> None:
    assert codes(builtin, city) == BENGALURU


@pytest.mark.parametrize(
    ("city", "expected"),
    [
        ("delhi", DELHI),
        ("dilli", DELHI),
        ("mumbai", MUMBAI),
        ("bombay", MUMBAI),
        ("chennai", ["MAS", "MS", "MSB", "TBM", "PER"]),
        ("madras", ["MAS", "MS", "MSB", "TBM", "PER"]),
        ("calcutta", ["HWH", "SDAH", "KOAA", "SHM", "SRC"]),
        ("hyderabad", ["HYB", "SC", "KCG", "LPI", "CHZ"]),
        ("allahabad", ["PRYJ", "PCOI", "PRRB"]),
        ("prayagraj", ["PRYJ", "PCOI", "PRRB"]),
        ("ahmedabad", ["ADI", "SBI"]),
    ],
)
def test_city_names_give_their_stations_main_first(
    builtin: StationIndex, city: str, expected: list[str]
) -> None:
    assert codes(builtin, city) == expected


@pytest.mark.parametrize("city", ["varanasi", "banaras", "kashi"])
def test_varanasi_by_any_name_starts_at_its_junction(index: StationIndex, city: str) -> None:
    assert codes(index, city)[:2] == ["BSB", "BCY"] or codes(index, city)[0] == "BSBS"


def test_search_limit_cuts_the_list(builtin: StationIndex) -> None:
    assert len(builtin.search("mumbai")) == 5
    assert len(builtin.search("mumbai", limit=2)) == 2
    assert builtin.search("mumbai", limit=0) == []


def test_every_alias_points_at_builtin_stations() -> None:
    known = {code for code, *_ in MAJOR_STATIONS}
    assert all(set(codes_) <= known for codes_ in ALIASES.values())


def test_builtin_list_is_sound() -> None:
    listed = [code for code, *_ in MAJOR_STATIONS]
    assert len(listed) == len(set(listed)) >= 300
    for code, name, state, lat, lng in MAJOR_STATIONS:
        assert code.isupper() and code.isalpha() and name and state
        assert 6 <= lat <= 36 and 68 <= lng <= 98, code  # inside India
    assert {"CSMT", "MMCT", "PRYJ", "DDU", "VGLJ", "RKMP", "SMVB", "CHZ"} <= set(listed)
    assert not set(RENAMED_STATION_CODES) & set(listed)


# --- misspellings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typo", "first"),
    [
        ("bangalor", "SBC"),
        ("banglore", "SBC"),
        ("chenai", "MAS"),
        ("hydrabad", "HYB"),
        ("secundrabad", "SC"),
        ("nizamudin", "NZM"),
        ("mumbai centrl", "MMCT"),
        ("new dehli", "NDLS"),
        ("kolkatta", "HWH"),
        ("lucknw", "LKO"),
    ],
)
def test_misspellings_are_tolerated(index: StationIndex, typo: str, first: str) -> None:
    found = index.search(typo)
    assert found and found[0].station.code == first
    assert found[0].score >= 85


@pytest.mark.parametrize("noise", ["xqzwv", "", "   ", "!!!", "qwertyuiop", "😂", "a"])
def test_unknown_words_find_nothing(index: StationIndex, noise: str) -> None:
    assert index.search(noise) == []
    assert index.resolve(noise) == []


@pytest.mark.parametrize(
    ("by_ear", "first"), [("kanpoor", "CNB"), ("nagpoor", "NGP"), ("jaipoor", "JP")]
)
def test_a_city_spelt_by_ear_is_found_by_its_sound(
    index: StationIndex, by_ear: str, first: str
) -> None:
    found = index.fuzzy(by_ear)
    assert found and found[0].station.code == first


def test_old_and_short_city_names_are_aliases(index: StationIndex) -> None:
    assert index.resolve("cawnpore")[0] == "CNB"
    assert index.resolve("mum")[0] == "CSMT"
    assert index.resolve("shirdi") == ["SNSI"]


def test_fuzzy_needs_four_letters(index: StationIndex) -> None:
    assert index.fuzzy("nd") == []


# --- building and merging -------------------------------------------------------------------------


def test_placeholder_codes_are_dropped() -> None:
    index = StationIndex.build(
        [Station(code="XX-AB", name="Some Halt"), Station(code="  ", name="Nameless")]
    )
    assert len(index) == len(StationIndex.build())
    assert index.get("XX-AB") is None
    assert index.resolve("some halt") == []


def test_given_stations_override_builtin_fields_but_keep_the_current_name() -> None:
    index = StationIndex.build(
        [Station(code="SBC", name="BANGALORE CITY JN", zone="SWR", lat=12.9776, lng=77.5681)]
    )
    station = index.get("SBC")
    assert station is not None
    assert (station.name, station.zone, station.state) == (
        "KSR Bengaluru City Jn",
        "SWR",
        "Karnataka",
    )
    assert (station.lat, station.lng) == (12.9776, 77.5681)
    assert index.resolve("ksr bengaluru city jn") == ["SBC"]
    assert index.resolve("bangalore city jn") == ["SBC"]


def test_a_station_under_an_old_code_fills_in_the_renamed_one() -> None:
    index = StationIndex.build([Station(code="CSTM", name="MUMBAI CST", zone="CR")])
    assert len(index) == len(StationIndex.build())
    station = index.get("CSTM")
    assert station is not None
    assert (station.code, station.zone) == ("CSMT", "CR")
    assert station.name == "Chhatrapati Shivaji Maharaj Terminus"
    assert index.resolve("mumbai cst") == ["CSMT"]


def test_new_stations_are_added() -> None:
    index = StationIndex.build([Station(code="hpu", name="HAPUR")])
    assert len(index) == len(StationIndex.build()) + 1
    assert index.resolve("Hapur") == ["HPU"]
    assert "HPU" in index and "hpu" in index


def test_index_builds_from_the_8990_shared_stations(
    shared_stations_path: Path, real: StationIndex
) -> None:
    given = datameet_stations(shared_stations_path)
    assert len(given) == 8990
    placeholders = sum(1 for s in given if s.code.startswith("XX"))
    assert placeholders > 0
    # Every real code is there (old ones under their new code), plus the new built-in stations.
    assert len(real) >= len(given) - placeholders - len(RENAMED_STATION_CODES)
    for station in given[::97]:
        if not station.code.startswith("XX"):
            assert real.get(station.code) is not None, station.code
    assert codes(real, "new delhi") == ["NDLS"]
    assert codes(real, "BCT") == ["MMCT"]


# --- places -------------------------------------------------------------------------------------


def test_nearest_orders_stations_by_distance(index: StationIndex) -> None:
    found = index.nearest(28.6430, 77.2193, limit=3)
    assert found[0][0].code == "NDLS"
    assert found[0][1] < 1.0
    assert [km for _, km in found] == sorted(km for _, km in found)
    assert len(found) == 3


def test_nearest_in_bengaluru(builtin: StationIndex) -> None:
    found = builtin.nearest(12.9780, 77.5700, limit=2)
    assert found[0][0].code == "SBC"
    assert found[1][0].code in BENGALURU


def test_nearest_skips_stations_without_coordinates() -> None:
    index = StationIndex.build([Station(code="ZZZ", name="Nowhere")])
    assert all(station.code != "ZZZ" for station, _ in index.nearest(20.0, 78.0, limit=50))


@pytest.mark.parametrize(
    ("lat", "lng", "limit"), [(91.0, 77.0, 3), (20.0, 181.0, 3), (20.0, 78.0, 0)]
)
def test_nearest_refuses_impossible_points(
    builtin: StationIndex, lat: float, lng: float, limit: int
) -> None:
    assert builtin.nearest(lat, lng, limit=limit) == []


def test_haversine_distance_between_delhi_and_mumbai() -> None:
    km = haversine_km(28.6425, 77.2195, 18.9398, 72.8355)
    assert 1150 < km < 1180
    assert haversine_km(10.0, 10.0, 10.0, 10.0) == 0.0


def test_a_station_knows_the_other_stations_of_its_city(builtin: StationIndex) -> None:
    mumbai = builtin.same_city("BVI")

    assert mumbai[0] == "BVI"
    assert {"CSMT", "MMCT", "LTT"} <= set(mumbai)
    assert builtin.same_city("BCT")[0] == "MMCT"  # an old code gives the renamed station's city
    assert builtin.same_city("KOTA") == ("KOTA",)  # a one-station city is itself


def test_a_directory_city_groups_stations_the_built_in_list_does_not() -> None:
    index = StationIndex.build(
        [
            Station(code="AAA", name="Alpha Central", city="Alphapur"),
            Station(code="AAB", name="Alpha Road", city="Alphapur"),
            Station(code="AAC", name="Alpha Old", city="Alphapur", active=False),
        ]
    )

    assert index.same_city("AAB") == ("AAB", "AAA")
