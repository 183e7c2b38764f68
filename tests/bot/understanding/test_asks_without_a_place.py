"""Asks with no railway place or number that still have an answer: the station nearest the
traveller (their location or town asked for), help using the bot, the alerts kept; and what is
outside railways though it names two cities or a language."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import StationByName
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "nearest railway station",
        "closest train station from here",
        "sabse paas ka station kaun sa hai",
        "sabse nazdeeki railway station kaunsa hai",
        "नज़दीकी स्टेशन",
        "मेरे सबसे पास का रेलवे स्टेशन कौन सा है",
    ],
)
def test_the_station_nearest_the_traveller_is_asked_of_where_they_are(
    text: str, index: StationIndex
) -> None:
    request = understand(text, today=TODAY, index=index)
    assert isinstance(request, StationByName)
    assert request.near_you
    assert request.name is None
    assert request.code == ()


@pytest.mark.parametrize(
    ("text", "code"),
    [("nearest railway station to shirdi", "SNSI"), ("shirdi ka sabse najdiki station", "SNSI")],
)
def test_the_station_nearest_a_named_place_is_that_places(
    text: str, code: str, index: StationIndex
) -> None:
    request = understand(text, today=TODAY, index=index)
    assert isinstance(request, StationByName)
    assert not request.near_you
    assert request.code[0] == code


@pytest.mark.parametrize(
    "text", ["nearest police station", "nearest metro station", "closest bus station please"]
)
def test_another_kind_of_station_nearest_stays_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert understand(text, today=TODAY, index=index).intent == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "ये कैसे चलाना है",
        "isko kaise use karte hai",
        "isko kaise chalaye",
        "इसे कैसे इस्तेमाल करूँ",
        "how do I use this bot",
        "how do i use it",
    ],
)
def test_how_to_use_the_bot_in_hand_is_help(text: str, index: StationIndex) -> None:
    assert understand(text, today=TODAY, index=index).intent == "help"


@pytest.mark.parametrize("text", ["गाड़ी कैसे चलाना है", "car kaise chalate hai"])
def test_how_to_drive_a_vehicle_is_no_help_with_the_bot(text: str, index: StationIndex) -> None:
    assert understand(text, today=TODAY, index=index).intent == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "packers and movers noida se gurgaon",  # Noida not a station here: a word, not a place
        "tempo from pune to mumbai",
        "packers movers chahiye noida se gurgaon",
        "पैकर्स एंड मूवर्स दिल्ली से जयपुर",
    ],
)
def test_moving_goods_or_a_house_between_cities_is_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert understand(text, today=TODAY, index=index).intent == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "parcel by train from pune to mumbai",
        "pune se mumbai parcel bhejna hai train se",
        "ट्रेन से पार्सल भेजना है दिल्ली से पटना",
    ],
)
def test_a_parcel_by_train_is_the_parcel_office_never_the_trains_between(
    text: str, index: StationIndex
) -> None:
    request = understand(text, today=TODAY, index=index)
    assert request.intent == "cannot_do"
    assert request.slots["task"] == "luggage"


def test_a_journey_to_a_place_not_found_is_still_a_journey(index: StationIndex) -> None:
    assert understand("howrah to digha", today=TODAY, index=index).intent == "trains_between"


@pytest.mark.parametrize(
    "text",
    [
        "bhai mood off hai kuch accha bolo",
        "मेरा मन नहीं लग रहा कुछ अच्छा बोलो",
        "yaar bahut udaas hu kuch funny sunao",
        "i feel lonely say something good",
    ],
)
def test_chit_chat_is_outside_railways_not_a_message_not_understood(
    text: str, index: StationIndex
) -> None:
    assert understand(text, today=TODAY, index=index).intent == "out_of_scope"


def test_a_mood_beside_a_late_train_is_the_train_asked_about(index: StationIndex) -> None:
    assert understand("train late hai mood off ho gaya", today=TODAY, index=index).intent != (
        "out_of_scope"
    )
