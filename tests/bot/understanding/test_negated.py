"""A thing asked about said with "not" beside another thing asked: the other one is asked
("pnr nahi, live status chahiye"); said alone, a word with "not" keeps its sense."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Fare, Intent
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)


def intent_of(text: str, index: StationIndex) -> Intent:
    return understand(text, today=TODAY, index=index).intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("pnr nhi chahiye, 12431 ka live status do", Intent.LIVE_STATUS),
        ("not the fare, seats in 12628 on friday 2ac", Intent.SEAT_AVAILABILITY),
        ("किराया नहीं, 12560 में सीट है क्या स्लीपर", Intent.SEAT_AVAILABILITY),
        ("seat nahi puchi, kiraya batao 12302 ka 3ac", Intent.FARE),
    ],
)
def test_a_railway_question_denied_leaves_the_other_one_asked(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a topic of elsewhere denied beside a train: the booking is the train's
        ("pnr 4412398765 hai, bus nahi train ka, status bata do", Intent.PNR_STATUS),
        ("pnr 4412398765 ka status do, cab nahi", Intent.PNR_STATUS),  # a number, the topic denied
        # a train denied beside a topic of elsewhere: the topic's
        ("train nahi, bus ka kiraya lucknow se kanpur", Intent.OUT_OF_SCOPE),
    ],
)
def test_a_way_of_travel_denied_leaves_the_other_way(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("alert nahi chahiye pnr 4412398765 ke", Intent.ALERT_STOP),
        ("mobile network nahi hai gaon me", Intent.OUT_OF_SCOPE),
        ("hi, ghar me internet nahi chal raha", Intent.OUT_OF_SCOPE),  # a greeting, then elsewhere
    ],
)
def test_a_word_with_not_alone_keeps_its_sense(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


def test_a_class_denied_leaves_the_other_class_asked(index: StationIndex) -> None:
    request = understand("12952 ka kiraya sleeper nahi 3ac", today=TODAY, index=index)
    assert isinstance(request, Fare)
    assert request.journey_class == "3A"


@pytest.mark.parametrize(
    "text",
    [
        "tatkal me nahi, normal ticket book karwana hai",
        "not tatkal, i want a normal booking for tomorrow",
        "तत्काल वाला नहीं चाहिए, नॉर्मल टिकट बुक कर दो",
    ],
)
def test_tatkal_declined_is_an_ordinary_booking(text: str, index: StationIndex) -> None:
    got = understand(text, today=TODAY, index=index)
    assert (got.intent, got.slots) == (Intent.CANNOT_DO, {"task": "booking"})


def test_tatkal_asked_for_is_still_tatkal(index: StationIndex) -> None:
    got = understand("tatkal ticket book karna hai", today=TODAY, index=index)
    assert (got.intent, got.slots) == (Intent.CANNOT_DO, {"task": "tatkal"})
