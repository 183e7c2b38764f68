"""Words of Hindi's neighbours and of chat that ask the everyday railway questions: Rajasthani's
"कांई" (whether), "बखत" (time), "चाईजे" (needed) and "री" (of), Bhojpuri's "रुकत" (stops);
greetings of touching feet and Rajasthan's "khamma ghani"; the bot asked what it can tell; a
couple travelling "both"; "AC three economy"; a code asked where it is in its city; "if
confirmed" asked now; a number worked on in a sum; a PAN card's number."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 7)  # a Monday


@pytest.fixture(scope="module")
def index() -> StationIndex:
    return StationIndex.build()


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, object]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, dict(got.slots)


@pytest.mark.parametrize(
    ("text", "station"),
    [
        ("12952 कोटा पर रुकेगी कांई", "KOTA"),
        ("13005 पटना रुकत बा", ["PNBE", "RJPB", "PPTA", "DNR", "PNC"]),
        ("13005 kiul me rukela", "KIUL"),
    ],
)
def test_a_stop_asked_in_dialect_is_that_station(
    text: str, station: object, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.STOPS_AT, {"train": text.split()[0], "station": station})


def test_the_seat_of_a_class_in_rajasthani_is_a_seat_not_a_route(index: StationIndex) -> None:
    assert read("म्हाने 12952 में थर्ड एसी री सीट चाईजे कल", index) == (
        Intent.SEAT_AVAILABILITY,
        {"train": "12952", "class": "3A", "date": "2026-12-08"},
    )


def test_bakhat_is_time(index: StationIndex) -> None:
    assert read("कल किन गाड़ियों का बखत बदला", index) == (
        Intent.RESCHEDULED_TRAINS,
        {"date": "2026-12-08"},
    )
    assert read("तत्काल किस बखत चालू होवे", index) == (Intent.CANNOT_DO, {"task": "tatkal"})


@pytest.mark.parametrize("text", ["khamma ghani hukum", "पांव लागूं दादा", "paon lagi bhaiya"])
def test_regional_greetings_greet(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] is Intent.GREETING


@pytest.mark.parametrize(
    "text",
    ["तुम कौन कौन सी जानकारी दे सकते हो", "ऑप्शन दिखाओ", "what all can dis bot answer"],
)
def test_asking_what_the_bot_tells_is_help(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] is Intent.HELP


def test_the_alerts_still_on_are_listed_in_rajasthani(index: StationIndex) -> None:
    assert read("म्हारे अलर्ट चालू हैं कांई", index)[0] is Intent.ALERT_LIST


def test_a_term_asked_as_what_on_earth_it_is_is_explained(index: StationIndex) -> None:
    assert read("टिकट पर आरएलडब्ल्यूएल है, ये क्या बला है", index) == (
        Intent.EXPLAIN,
        {"term": "RLWL"},
    )


def test_a_train_that_slipped_away_is_missed(index: StationIndex) -> None:
    assert read("स्टेशन पहुंचते पहुंचते गाड़ी सरक गई, अब क्या करें", index) == (
        Intent.CANNOT_DO,
        {"task": "missed_train"},
    )


@pytest.mark.parametrize(
    "party", ["पति पत्नी दोनों", "mummy papa dono", "husband wife both", "माँ बाप दोनों"]
)
def test_two_kin_said_both_are_two_travellers(party: str, index: StationIndex) -> None:
    intent, slots = read(f"{party} ka kanpur se agra sleeper fare", index)
    assert (intent, slots["passengers"]) == (Intent.FARE, 2)


@pytest.mark.parametrize("said", ["एसी थ्री इकॉनमी", "ac three economy", "three ac economy"])
def test_ac_three_economy_is_3e(said: str, index: StationIndex) -> None:
    assert read(f"12952 {said} fare", index) == (Intent.FARE, {"train": "12952", "class": "3E"})


def test_a_word_of_everyday_places_after_a_number_is_no_station(index: StationIndex) -> None:
    assert read("12916 आश्रम के स्टॉपेज", index) == (Intent.TRAIN_ROUTE, {"train": "12916"})


@pytest.mark.parametrize("text", ["BDTS mumbai me kidhar hai", "टिकट पर NZM छपा है, दिल्ली में कहाँ है"])
def test_a_code_asked_where_it_is_in_its_city_is_that_code(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] is Intent.STATION_BY_CODE


def test_a_code_asked_kaun_station_is_that_code(index: StationIndex) -> None:
    assert read("GKP kaun station hai", index) == (Intent.STATION_BY_CODE, {"code": "GKP"})


def test_which_trains_will_come_at_a_station_is_its_arrivals(index: StationIndex) -> None:
    intent, slots = read("कानपुर सेंट्रल पर कौन कौन सी ट्रेन आएगी", index)
    assert (intent, slots["station"]) == (Intent.ARRIVALS, "CNB")


def test_tell_if_confirmed_asks_now(index: StationIndex) -> None:
    assert read("pnr 4512345678 tell if confirmed", index)[0] is Intent.PNR_STATUS


def test_the_moment_it_changes_asks_for_an_alert(index: StationIndex) -> None:
    assert read("msg me the moment 4512345678 gets cnf", index)[0] is Intent.ALERT_SUBSCRIBE


def test_resched_is_rescheduled(index: StationIndex) -> None:
    assert read("12952 resched hui kya aaj", index)[0] is Intent.RESCHEDULED_TRAINS


def test_a_dog_by_its_breed_is_a_pet(index: StationIndex) -> None:
    assert read("can i take my pomeranian in 3ac", index) == (Intent.CANNOT_DO, {"task": "pets"})


@pytest.mark.parametrize(
    "text", ["what is 4512345678 divided by 3", "9876543210 times 2 kitna hota hai"]
)
def test_a_long_number_worked_on_is_a_sum(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] is Intent.OUT_OF_SCOPE


def test_a_pan_number_is_no_booking(index: StationIndex) -> None:
    assert read("PQRST6789K ye pan number valid hai?", index)[0] is Intent.OUT_OF_SCOPE
