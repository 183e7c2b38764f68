"""Every user-derived value is checked before it can become part of an upstream URL."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidArgument, InvalidPnr
from app.railways import validate

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
    ],
)
def test_pnr_is_ten_digits_with_separators_dropped(raw: str, clean: str) -> None:
    assert validate.pnr(raw) == clean


@pytest.mark.parametrize(
    "raw",
    ["451234567", "45123456789", "45123456ab", "４５１２３４５６７８", "٤٥١٢٣٤٥٦٧٨", *HOSTILE],
)
def test_anything_else_is_not_a_pnr(raw: str) -> None:
    with pytest.raises(InvalidPnr):
        validate.pnr(raw)


def test_train_numbers_are_five_ascii_digits() -> None:
    assert validate.train_number(" 12627 ") == "12627"
    assert validate.train_number("01101") == "01101"
    for raw in ["2627", "126271", "1262a", "１２６２７", *HOSTILE]:
        with pytest.raises(InvalidArgument):
            validate.train_number(raw)


def test_station_codes_are_letters_upper_cased() -> None:
    assert validate.station_code("ndls") == "NDLS"
    assert validate.station_code(" Sc ") == "SC"
    assert validate.station_code("B") == "B"
    for raw in ["NDLSXX", "ND1S", "XX-A", *HOSTILE]:
        with pytest.raises(InvalidArgument):
            validate.station_code(raw)


def test_class_and_quota_codes_come_from_the_railways_lists() -> None:
    assert validate.journey_class("3a") == "3A"
    assert validate.journey_class("sl") == "SL"
    assert validate.quota("tq") == "TQ"
    for raw in ["4A", "ZZ", "3A/", *HOSTILE]:
        with pytest.raises(InvalidArgument):
            validate.journey_class(raw)
        with pytest.raises(InvalidArgument):
            validate.quota(raw)


def test_ages_and_hours_are_bounded_whole_numbers() -> None:
    assert validate.age(1) == 1
    assert validate.age(125) == 125
    assert validate.hours(4) == 4
    for bad_age in [0, 126, -3, True]:
        with pytest.raises(InvalidArgument):
            validate.age(bad_age)
    for bad_hours in [0, 25, False]:
        with pytest.raises(InvalidArgument):
            validate.hours(bad_hours)


def test_dates_are_dates_and_spelled_for_the_paths() -> None:
    day = dt.date(2026, 3, 7)
    assert validate.ddmmyyyy(day) == "07-03-2026"
    assert validate.date(dt.datetime(2026, 3, 7, 23, 59)) == day
    assert validate.parse_date("2026-03-07") == day
    for raw in ["2026-02-30", "07-03-2026", "2026-3-7", "../2026-03-07", "２０２６-03-07"]:
        with pytest.raises(InvalidArgument):
            validate.parse_date(raw)


def test_station_names_are_words_with_a_little_punctuation() -> None:
    assert validate.station_name("  new   delhi ") == "new delhi"
    assert validate.station_name("Mumbai C.S.M.T.") == "Mumbai C.S.M.T."
    assert validate.station_name("Bhavnagar Terminus (Bhavnagar Para)") == (
        "Bhavnagar Terminus (Bhavnagar Para)"
    )
    hostile = [raw for raw in HOSTILE if raw != "N D L S"]  # spaced letters are a fine name
    for raw in ["a" * 61, "new/delhi", "delhi%20", "नई दिल्ली", "delhi?x", *hostile]:
        with pytest.raises(InvalidArgument):
            validate.station_name(raw)


def test_segment_encodes_everything_that_could_leave_the_segment() -> None:
    assert validate.segment("new delhi") == "new%20delhi"
    assert validate.segment("a/b") == "a%2Fb"
    assert validate.segment("%2F") == "%252F"
    assert validate.segment("..") == ".."


@given(st.text(max_size=80))
def test_a_validated_station_code_is_always_safe_in_a_path(raw: str) -> None:
    try:
        code = validate.station_code(raw)
    except InvalidArgument:
        return
    assert code.isascii() and code.isalpha() and code.isupper() and 1 <= len(code) <= 5


@given(st.text(max_size=80))
def test_a_validated_station_name_never_contains_a_separator(raw: str) -> None:
    try:
        name = validate.station_name(raw)
    except InvalidArgument:
        return
    assert name.isascii()
    assert not {"/", "%", "?", "#", "\\"} & set(name)
    assert name[0].isalpha()  # so never "." or ".." as a whole segment


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("1267", "1267"), ("  mumbai   rajdhani ", "mumbai rajdhani"), ("Tejas-Raj.", "Tejas-Raj.")],
)
def test_a_train_search_keeps_letters_digits_and_single_spaces(raw: str, clean: str) -> None:
    assert validate.train_query(raw) == clean


@pytest.mark.parametrize("raw", ["", "..", "12/51", "राजधानी", "x" * 61, "a?b", "%2F"])
def test_a_train_search_with_anything_else_is_refused(raw: str) -> None:
    with pytest.raises(InvalidArgument):
        validate.train_query(raw)
