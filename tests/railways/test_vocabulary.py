"""The railway's vocabulary: every user-derived value has one canonical ASCII spelling, checked
before it can become part of an upstream URL, however the traveller wrote it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidArgument, InvalidPnr
from app.railways import vocabulary

HOSTILE = [
    "../",
    "..",
    "%2F",
    "NDLS/../../x",
    "ND%4CS",
    "NDLS?x=1",
    "NDLS#x",
    "NDLS\nHost: evil",
    "NDLS\x00",
    "N D L S",
    "ＮＤＬＳ",  # fullwidth letters
    "НДЛС",  # Cyrillic
    "x" * 10_000,
    "",
]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("4512345678", "4512345678"),
        (" 451-234-5678 ", "4512345678"),
        ("451 234 5678", "4512345678"),
        ("४५१२३४५६७८", "4512345678"),  # Devanagari digits
        ("৪৫১২৩৪৫৬৭৮", "4512345678"),  # Bengali digits
        ("４５１２３４５６７８", "4512345678"),  # fullwidth digits
        ("٤٥١٢٣٤٥٦٧٨", "4512345678"),  # Arabic-Indic digits
    ],
)
def test_a_pnr_is_ten_digits_however_they_are_written(raw: str, clean: str) -> None:
    assert vocabulary.require_pnr(raw) == clean
    assert vocabulary.parse_pnr(raw) == clean


@pytest.mark.parametrize(
    "raw", ["451234567", "45123456789", "45123456ab", "45.1234.5678", *HOSTILE]
)
def test_anything_else_is_not_a_pnr(raw: str) -> None:
    assert vocabulary.parse_pnr(raw) is None
    with pytest.raises(InvalidPnr):
        vocabulary.require_pnr(raw)


def test_devanagari_digits_mean_the_same_train_date_and_class() -> None:
    assert vocabulary.parse_train_number("१२६२७") == "12627"
    assert vocabulary.parse_journey_date("२०२६-११-२७") == dt.date(2026, 11, 27)
    assert vocabulary.parse_journey_class("३a") == "3A"


def test_train_numbers_are_five_digits() -> None:
    assert vocabulary.require_train_number(" 12627 ") == "12627"
    assert vocabulary.require_train_number("01101") == "01101"
    assert vocabulary.require_train_number("１２６２７") == "12627"
    for raw in ["2627", "126271", "1262a", "12 627", *HOSTILE]:
        with pytest.raises(InvalidArgument):
            vocabulary.require_train_number(raw)


def test_station_codes_are_letters_upper_cased() -> None:
    assert vocabulary.require_station_code("ndls") == "NDLS"
    assert vocabulary.require_station_code(" Sc ") == "SC"
    assert vocabulary.require_station_code("B") == "B"
    for raw in ["NDLSXX", "ND1S", "XX-A", "ß", "ſl", *HOSTILE]:
        assert vocabulary.parse_station_code(raw) is None
        with pytest.raises(InvalidArgument):
            vocabulary.require_station_code(raw)


@pytest.mark.parametrize(("old", "new"), sorted(vocabulary.RENAMED_STATION_CODES.items()))
def test_an_old_station_code_reads_as_the_current_one(old: str, new: str) -> None:
    assert vocabulary.parse_station_code(old.lower()) == new
    assert vocabulary.current_station_code(f" {old} ") == new
    assert vocabulary.is_renamed_station_code(old)
    assert not vocabulary.is_renamed_station_code(new)


def test_class_and_quota_codes_come_from_the_railways_lists() -> None:
    assert vocabulary.require_journey_class("3a") == "3A"
    assert vocabulary.require_journey_class("sl") == "SL"
    assert vocabulary.require_quota("tq") == "TQ"
    for raw in ["4A", "ZZ", "3A/", "ſl", *HOSTILE]:
        with pytest.raises(InvalidArgument):
            vocabulary.require_journey_class(raw)
        with pytest.raises(InvalidArgument):
            vocabulary.require_quota(raw)


def test_each_code_set_is_one_ordered_list_with_names() -> None:
    assert list(vocabulary.JOURNEY_CLASSES) == [
        "SL", "3A", "2A", "1A", "3E", "CC", "EC", "2S", "FC", "EA", "EV", "GN", "UR"
    ]  # fmt: skip
    assert len(vocabulary.QUOTAS) == 17 and next(iter(vocabulary.QUOTAS)) == "GN"
    assert all(vocabulary.JOURNEY_CLASSES.values()) and all(vocabulary.QUOTAS.values())
    assert set(vocabulary.COMMON_CLASSES) <= set(vocabulary.RESERVED_CLASSES)
    assert vocabulary.class_name("3A") == "AC 3 Tier" and vocabulary.quota_name("TQ") == "Tatkal"


def test_unreserved_classes_are_codes_but_not_classes_to_book() -> None:
    assert vocabulary.parse_journey_class("gn") == "GN"
    assert vocabulary.parse_reserved_class("gn") is None
    assert vocabulary.parse_reserved_class("sl") == "SL"


def test_ages_and_hours_are_bounded_whole_numbers() -> None:
    assert vocabulary.require_age(1) == 1
    assert vocabulary.require_age(125) == 125
    assert vocabulary.require_hours(4) == 4
    assert vocabulary.parse_age("45") == 45 and vocabulary.parse_hours("४") == 4
    for bad_age in [0, 126, -3, True, "1e2", "", None]:
        with pytest.raises(InvalidArgument):
            vocabulary.require_age(bad_age)
    for bad_hours in [0, 25, False]:
        with pytest.raises(InvalidArgument):
            vocabulary.require_hours(bad_hours)


def test_dates_are_dates_and_spelled_for_the_paths() -> None:
    day = dt.date(2026, 3, 7)
    assert vocabulary.ddmmyyyy(day) == "07-03-2026"
    assert vocabulary.require_journey_date(dt.datetime(2026, 3, 7, 23, 59)) == day
    assert vocabulary.require_journey_date("2026-03-07") == day
    assert vocabulary.require_journey_date("２０２６-03-07") == day
    for raw in ["2026-02-30", "07-03-2026", "2026-3-7", "../2026-03-07", "1999-12-31", "2026-W10"]:
        with pytest.raises(InvalidArgument):
            vocabulary.require_journey_date(raw)


def test_station_names_are_words_with_a_little_punctuation() -> None:
    assert vocabulary.require_station_name("  new   delhi ") == "new delhi"
    assert vocabulary.require_station_name("Mumbai C.S.M.T.") == "Mumbai C.S.M.T."
    assert vocabulary.require_station_name("Bhavnagar Terminus (Bhavnagar Para)") == (
        "Bhavnagar Terminus (Bhavnagar Para)"
    )
    hostile = [raw for raw in HOSTILE if raw != "N D L S"]  # spaced letters are a fine name
    for raw in ["a" * 61, "new/delhi", "delhi%20", "नई दिल्ली", "delhi?x", *hostile]:
        with pytest.raises(InvalidArgument):
            vocabulary.require_station_name(raw)


def test_segment_encodes_everything_that_could_leave_the_segment() -> None:
    assert vocabulary.path_segment("new delhi") == "new%20delhi"
    assert vocabulary.path_segment("a/b") == "a%2Fb"
    assert vocabulary.path_segment("%2F") == "%252F"
    assert vocabulary.path_segment("..") == ".."


@given(st.text(max_size=80))
def test_a_canonical_value_is_always_ascii_and_safe_in_a_path(raw: str) -> None:
    code = vocabulary.parse_station_code(raw)
    assert code is None or (code.isascii() and code.isalpha() and code.isupper() and len(code) <= 5)
    for value in (vocabulary.parse_pnr(raw), vocabulary.parse_train_number(raw)):
        assert value is None or (value.isascii() and value.isdigit())
    for value in (vocabulary.parse_journey_class(raw), vocabulary.parse_quota(raw)):
        assert value is None or (value.isascii() and value.isalnum() and len(value) == 2)


@given(st.text(max_size=80))
def test_a_validated_station_name_never_contains_a_separator(raw: str) -> None:
    try:
        name = vocabulary.require_station_name(raw)
    except InvalidArgument:
        return
    assert name.isascii()
    assert not {"/", "%", "?", "#", "\\"} & set(name)
    assert name[0].isalpha()  # so never "." or ".." as a whole segment


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("1267", "1267"),
        ("  mumbai   rajdhani ", "mumbai rajdhani"),
        ("Tejas-Raj.", "Tejas-Raj."),
        ("१२९५१", "12951"),
    ],
)
def test_a_train_search_keeps_letters_digits_and_single_spaces(raw: str, clean: str) -> None:
    assert vocabulary.require_train_query(raw) == clean


@pytest.mark.parametrize("raw", ["", "..", "12/51", "राजधानी", "x" * 61, "a?b", "%2F", None])
def test_a_train_search_with_anything_else_is_refused(raw: object) -> None:
    assert vocabulary.parse_train_query(raw) is None
    with pytest.raises(InvalidArgument):
        vocabulary.require_train_query(raw)
