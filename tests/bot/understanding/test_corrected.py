"""A value corrected inside one message ("on 12th, sorry i mean 13th", "2ac no wait 3ac",
"झाँसी पे, मतलब ग्वालियर पे"): the one said after the correction is meant; values of a kind said
once stand, and a message with no correction keeps every value it names."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent, SlotValue
from app.bot.understanding import understand
from app.bot.understanding.corrected import corrected, correction_at, without_denied_tail
from app.bot.understanding.dates import Found
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, SlotValue]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, got.slots


def test_the_date_said_after_sorry_i_mean_is_the_journeys(index: StationIndex) -> None:
    intent, slots = read("trains from agra to jaipur on 12th, sorry i mean 13th dec", index)
    assert intent == Intent.TRAINS_BETWEEN
    assert slots["date"] == "2026-12-13"


@pytest.mark.parametrize(
    "text",
    ["fare for 12951 in 2ac no wait 3ac", "12951 में सेकंड एसी का, अरे नहीं थर्ड एसी का किराया"],
)
def test_a_class_taken_back_gives_way_to_the_next(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.FARE, {"train": "12951", "class": "3A"})


def test_a_pnr_typed_wrong_is_replaced_by_the_right_one(index: StationIndex) -> None:
    text = "पीएनआर 4512398760 गलत लिख दिया, सही वाला 4512398762 है"
    assert read(text, index) == (Intent.PNR_STATUS, {"pnr": "4512398762"})


def test_a_value_said_once_stands_beside_a_corrected_one(index: StationIndex) -> None:
    text = "seats in 12302 for 10 dec, actually make it 11 dec"
    assert read(text, index) == (
        Intent.SEAT_AVAILABILITY,
        {"train": "12302", "date": "2026-12-11"},
    )


def test_a_station_corrected_is_the_one_asked_about(index: StationIndex) -> None:
    text = "12627 झाँसी पे, मतलब ग्वालियर पे रुकती है क्या"
    assert read(text, index) == (Intent.STOPS_AT, {"train": "12627", "station": "GWL"})


def test_a_journey_said_the_wrong_way_round_is_turned(index: StationIndex) -> None:
    intent, slots = read("दिल्ली से लखनऊ, नहीं उल्टा, लखनऊ से दिल्ली कल की ट्रेन", index)
    assert intent == Intent.TRAINS_BETWEEN
    origin, destination = slots["from"], slots["to"]
    assert isinstance(origin, list) and origin[0] == "LKO"
    assert isinstance(destination, list) and destination[0] == "NDLS"


def test_without_a_value_on_both_sides_nothing_is_taken_back() -> None:
    dates = [Found(10, 16, "a"), Found(40, 46, "b")]
    assert corrected(dates, None) == dates
    assert corrected(dates, correction_at("x" * 20 + " sorry")) == dates[1:]
    assert corrected(dates[:1], 20) == dates[:1]  # said only before: it stands
    assert correction_at("berth no 23 in 12951") is None  # one "no" is a number's


def first(value: SlotValue) -> SlotValue:
    """A station slot's first candidate (a city's list, or its one station)."""
    return value[0] if isinstance(value, list) else value


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("aaj nahi, kal agra se jaipur ki train", "2026-12-07"),
        ("not today, tomorrow - trains from agra to jaipur", "2026-12-07"),
        ("agra se jaipur train wednesday, no thursday", "2026-12-10"),
        ("बुधवार नहीं, गुरुवार को आगरा से जयपुर ट्रेन", "2026-12-10"),
    ],
)
def test_a_single_no_set_apart_by_a_pause_corrects_the_date(
    text: str, date: str, index: StationIndex
) -> None:
    intent, slots = read(text, index)
    assert intent == Intent.TRAINS_BETWEEN
    assert slots["date"] == date


@pytest.mark.parametrize(
    ("text", "train"),
    [("12951... नहीं, 12952 कहाँ है", "12952"), ("12951 nahi 12952 kahan hai", "12952")],
)
def test_a_train_number_said_again_after_no_is_the_one_asked(
    text: str, train: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.LIVE_STATUS, {"train": train})


def test_a_class_after_a_paused_no_is_the_fares(index: StationIndex) -> None:
    assert read("12951 chair car — nahi, 2ac ka kiraya", index) == (
        Intent.FARE,
        {"train": "12951", "class": "2A"},
    )


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("trains from agra to kota, sorry i mean from jaipur", "JP", "KOTA"),
        ("agra to kota trains, no wait, to jaipur", "AGC", "JP"),
        ("आगरा से कोटा, नहीं रुको, जयपुर तक", "AGC", "JP"),
        ("not to kota, to jaipur, trains from agra", "AGC", "JP"),
        ("agra to kota, wait not kota, jaipur", "AGC", "JP"),
    ],
)
def test_a_station_corrected_with_its_end_replaces_that_end(
    text: str, origin: str, destination: str, index: StationIndex
) -> None:
    intent, slots = read(text, index)
    assert intent == Intent.TRAINS_BETWEEN
    assert (first(slots["from"]), first(slots["to"])) == (origin, destination)


@pytest.mark.parametrize(
    "text",
    [
        "12627 chalegi ya nahi, kal 12628 bhi",
        "is 12627 late or not, 12628 too",
        "12627 does not stop at itarsi, 12628 does",
    ],
)
def test_asking_whether_or_denying_a_verb_is_no_correction(text: str) -> None:
    assert correction_at(text) is None


def test_a_role_said_after_a_correction_takes_back_that_role() -> None:
    said = [Found(0, 4, "pune"), Found(8, 14, "nagpur"), Found(30, 36, "mumbai")]
    roles = {0: "from", 8: "to", 30: "from"}
    kept = corrected(said, 20, role=lambda f: roles[f.start])
    assert [f.value for f in kept] == ["nagpur", "mumbai"]


@pytest.mark.parametrize(
    "text",
    [
        "जयपुर से नहीं अजमेर से दिल्ली",
        "sorry jaipur se nahi ajmer se delhi",
        "सॉरी, जयपुर से नहीं अजमेर से दिल्ली",
        "अरे नहीं, जयपुर से नहीं अजमेर से दिल्ली",
    ],
)
def test_a_start_denied_with_its_end_is_taken_back_by_the_next(
    text: str, index: StationIndex
) -> None:
    """ "X से नहीं Y से": the place denied with "from" gives way to the one said after it, its
    "से" going with it; a "sorry" or "अरे नहीं" that opens the message takes nothing back by
    itself."""
    intent, slots = read(text, index)
    assert intent == Intent.TRAINS_BETWEEN
    assert slots["from"] == "AII"
    assert "NDLS" in slots["to"]


def test_new_said_after_from_is_no_denial(index: StationIndex) -> None:
    """ "नई" (new) is romanised "nai", as a "no" is written: "भोपाल से नई दिल्ली" is a journey."""
    intent, slots = read("12002 में भोपाल से नई दिल्ली चेयर कार का भाड़ा", index)
    assert intent == Intent.FARE
    assert slots["to"] == "NDLS"


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("sorry, from Pune not Mumbai", "sorry, from Pune"),
        ("no, 12627 not 12628", "no, 12627"),
        ("sorry, SL not 3A", "sorry, SL"),
        ("I meant yesterday's, not today's", "I meant yesterday's"),
        ("no, from pune, not from mumbai", "no, from pune"),
        ("sorry pune se, mumbai se nahi", "sorry pune se"),
        ("नहीं, पुणे से, मुंबई से नहीं", "नहीं, पुणे से"),
    ],
)
def test_a_correction_ending_with_what_it_denies_asks_only_what_it_means(
    text: str, meant: str
) -> None:
    assert without_denied_tail(text) == meant


@pytest.mark.parametrize(
    "text",
    [
        "no it is not running",
        "no, the train is not late",
        "does it not stop at itarsi",
        "sorry, not mumbai",
        "sorry, 3a nahi",
        "trains from pune not via mumbai",
    ],
)
def test_a_denial_that_is_the_question_itself_is_kept(text: str) -> None:
    assert without_denied_tail(text) == text


def test_the_place_denied_is_not_asked_about(index: StationIndex) -> None:
    _, slots = read(without_denied_tail("sorry, from Pune not Mumbai"), index)
    assert "PUNE" in slots.values()
    assert "to" not in slots
