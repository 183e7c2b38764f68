"""Where one's own waitlisted booking stands, asked with no PNR ("what is my waiting list number",
"मेरी वेटिंग कितनी बची है"), is that booking's status, to be asked by its PNR; and heat, cold or
rain felt in a coach beside what is wrong there ("coach me garmi hai ac band hai") is a complaint,
not weather: while the same words about a flight or a house stay outside railways."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)


def read(text: str, index: StationIndex) -> tuple[str, dict[str, object]]:
    got = understand(text, today=TODAY, index=index)
    return str(got.intent), dict(got.slots)


@pytest.mark.parametrize(
    "text",
    [
        "what's my waitlist position now",
        "is my seat confirmed or still waiting",
        "did my wl ticket get cleared",
        "mera waiting number kitna hai ab",
        "वेटिंग में अभी मेरा कौन सा नंबर है",
        "मेरी वेटिंग अभी कितनी बाकी है",
    ],
)
def test_where_ones_waitlisted_booking_stands_asks_its_pnr_status(
    text: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.PNR_STATUS, {})


@pytest.mark.parametrize(
    "text", ["my flight waitlist position", "mera waiting ticket cancel kaise kare"]
)
def test_another_waitlist_or_a_task_is_not_a_booking_status(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] != Intent.PNR_STATUS


@pytest.mark.parametrize(
    "text",
    [
        "coach mein bahut garmi hai ac kaam nahi kar raha",
        "डिब्बे में बहुत गर्मी है एसी बंद है",
        "कोच में ठंड बहुत है एसी खराब है",
        "rain water leaking inside the coach",
    ],
)
def test_weather_felt_in_a_coach_with_something_wrong_is_a_complaint(
    text: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.CANNOT_DO, {"task": "complaint"})


@pytest.mark.parametrize(
    "text", ["aaj bahut garmi hai", "कल बारिश होगी क्या", "ghar ka ac band hai garmi bahut hai"]
)
def test_weather_without_a_coach_stays_outside_railways(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "gaadi chali ya nahi station se",
        "has the train left yet",
        "गाड़ी स्टेशन से चली या नहीं",
        "train aane me kitni der hai",
        "गाड़ी आने में कितना समय बाकी है",
    ],
)
def test_whether_ones_train_has_left_or_how_long_till_it_comes_asks_its_run(
    text: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.LIVE_STATUS, {})


@pytest.mark.parametrize("text", ["bus aane me kitna time hai", "मेरी बस चली या नहीं"])
def test_another_vehicle_coming_stays_outside_railways(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "travel_class"),
    [
        ("is there room in 3ac", "3A"),
        ("any space in sleeper class", "SL"),
        ("sleeper me space hai kya", "SL"),
    ],
)
def test_room_in_a_class_asks_its_seats(text: str, travel_class: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.SEAT_AVAILABILITY, {"class": travel_class})


@pytest.mark.parametrize("text", ["is there space in my google drive", "ac room available hai kya"])
def test_room_of_no_class_is_no_seat(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] != Intent.SEAT_AVAILABILITY
