"""The kinds an independent writer's Latin-script batch (dev39) missed, each in other words,
trains and towns: Khortha and Nagpuri "aaij" (today) and the "-tay" forms of reaching and leaving
("kab pahunchtay", "kitne baje khultay"); district and hill towns every index reads (Vidisha,
Haldwani, Tanakpur, Palwal, Deoghar, Furkating, Naharlagun, and "sawantwadi" for its Road
station), beside the everyday sense of the same towns and of "aaij"; the day or the date itself
asked ("what day is it today", "aaj tarikh kya hai") is the calendar's, beside which days a train
runs; a station's code said to check after its name ("tanakpur ka code TPU hi hai na"); an alert
for a train said with its name ("12560 shivganga k liye alert"); a town beginning a train's name
after its number ("12003 lko swarna shatabdi ... at kanpur"); trouble of an earlier journey told
before a question of this one's seats ("pichhle saal chori ho gayi thi ... 2ac me jagah hai"); a
code the ticket "says" or "shows", asked where it is ("my ticket says from BZA, where is that"); a
stopping service after a journey ("palwal se mathura passenger kitne baje hai") asks its trains."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 7)  # a Monday


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, object]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, dict(got.slots)


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("18625 hatia kab pahunchtay", Intent.TRAIN_FACTS, {"train": "18625", "station": "HTE"}),
        ("13351 dhanbad kab pahuchtay", Intent.TRAIN_FACTS, {"train": "13351", "station": "DHN"}),
        (
            "12155 vidisha kitne baje pahunchti hai",
            Intent.TRAIN_FACTS,
            {"train": "12155", "station": "BHS"},
        ),
        ("tanakpur se bareilly train kab hai", Intent.TRAINS_BETWEEN, {"from": "TPU", "to": "BE"}),
        ("palwal se nizamuddin local kab hai", Intent.TRAINS_BETWEEN, {"from": "PWL", "to": "NZM"}),
        ("furkating se dibrugarh train", Intent.TRAINS_BETWEEN, {"from": "FKG", "to": "DBRG"}),
        ("sawantwadi se madgaon train", Intent.TRAINS_BETWEEN, {"from": "SWV", "to": "MAO"}),
        ("deoghar ka station code", Intent.STATION_BY_NAME, {"name": "deoghar", "code": "DGHR"}),
    ],
)
def test_regional_verbs_and_district_towns(
    text: str, intent: Intent, slots: dict[str, object], index: StationIndex
) -> None:
    assert read(text, index) == (intent, slots)


def test_aaij_is_today(index: StationIndex) -> None:
    intent, slots = read("dhanbad se ranchi aaij koi train hai", index)
    assert intent is Intent.TRAINS_BETWEEN
    assert str(slots["date"]) == TODAY.isoformat()


@pytest.mark.parametrize(
    "text",
    [
        "aaij bahut thand hai",
        "vidisha me sabse accha hotel kaun sa hai",
        "haldwani me aaj mausam kaisa hai",
    ],
)
def test_the_same_words_in_everyday_talk_stay_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert read(text, index)[0] is Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    ["what day is it today", "aaj tarikh kya hai", "which day is 25 december this year"],
)
def test_the_day_or_date_itself_asked_is_the_calendars(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] is Intent.OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["which days does 12951 run", "rajdhani kis din chalti hai"])
def test_which_days_a_train_runs_stays_its_timetable(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] is Intent.TRAIN_FACTS


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("haridwar ka code HW hi hai na", "haridwar", "HW"),
        ("jhansi ka code VGLJ hai na bhai", "jhansi", "VGLJ"),
        ("is KGP the code for kharagpur", "kharagpur", "KGP"),
    ],
)
def test_a_code_said_to_check_beside_its_name_asks_the_names_code(
    text: str, name: str, code: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.STATION_BY_NAME, {"name": name, "code": code})


def test_a_code_and_its_name_side_by_side_stay_one_station_of_a_journey(
    index: StationIndex,
) -> None:
    intent, slots = read("gwalior GWL se agra train", index)
    assert intent is Intent.TRAINS_BETWEEN and slots["from"] == "GWL"


@pytest.mark.parametrize(
    "text",
    ["12627 karnataka express k liye alert laga do", "12560 shivganga ka alert chalu karo"],
)
def test_an_alert_for_a_train_said_with_its_name(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] is Intent.ALERT_SUBSCRIBE


def test_words_after_a_number_that_follow_the_alert_are_no_name(index: StationIndex) -> None:
    assert read("alert 12627 hack xyz", index)[0] is Intent.LIVE_STATUS


@pytest.mark.parametrize(
    ("text", "train", "station"),
    [
        ("12004 lucknow swarna shatabdi kanpur kitne baje pahunchti hai", "12004", "CNB"),
        ("12817 ranchi swarna jayanti express dhanbad kab pahunchti hai", "12817", "DHN"),
    ],
)
def test_a_town_that_begins_a_trains_name_after_its_number_is_no_station(
    text: str, train: str, station: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.TRAIN_FACTS, {"train": train, "station": station})


@pytest.mark.parametrize(
    ("text", "train", "travel_class"),
    [
        (
            "last year someone stole my phone in 12301, this time is 2a available on 20 dec",
            "12301",
            "2A",
        ),
        ("pichhle mahine 12952 me ac kharab tha, 3ac me seat hai kya kal", "12952", "3A"),
    ],
)
def test_trouble_of_an_earlier_journey_told_before_a_seats_question(
    text: str, train: str, travel_class: str, index: StationIndex
) -> None:
    intent, slots = read(text, index)
    assert intent is Intent.SEAT_AVAILABILITY
    assert (slots["train"], slots["class"]) == (train, travel_class)


@pytest.mark.parametrize(
    "text",
    [
        "coach me chori ho gayi 12487 me",
        "last time my bag was stolen in 12951, complaint karna hai",
    ],
)
def test_trouble_told_with_nothing_else_asked_stays_a_complaint(
    text: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.CANNOT_DO, {"task": "complaint"})


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the ticket says boarding from NJP, where is that", "NJP"),
        ("my e-ticket shows KYQ, where is it", "KYQ"),
    ],
)
def test_a_code_the_ticket_says_asked_where_it_is(
    text: str, code: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.STATION_BY_CODE, {"code": code})


def test_where_the_train_is_beside_the_tickets_codes_stays_its_run(index: StationIndex) -> None:
    assert read("my ticket says BZA to MAS, where is my train", index)[0] is Intent.LIVE_STATUS


@pytest.mark.parametrize(
    "text",
    ["palwal se mathura passenger kitne baje hai", "rewari se palwal passenger kitne baje milegi"],
)
def test_a_stopping_service_after_a_journey_asks_its_trains(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] is Intent.TRAINS_BETWEEN


def test_a_passenger_named_alone_is_still_a_trains_name(index: StationIndex) -> None:
    assert read("mathura passenger kahan hai", index)[0] is Intent.LIVE_STATUS


def test_a_day_asked_of_a_railway_keyword_is_no_calendar(index: StationIndex) -> None:
    assert read("which day is it cancelled?", index)[0] is not Intent.OUT_OF_SCOPE
