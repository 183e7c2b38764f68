"""What is said of a topic of elsewhere is the topic's: beside a railway question of its own
the railway question is asked; alone, the topic is all the message says."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)


def intent_of(text: str, index: StationIndex) -> Intent:
    return understand(text, today=TODAY, index=index).intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("metro band hai, 12260 kitni late hai", Intent.LIVE_STATUS),
        ("flight cancel ho gayi, patna se delhi 3ac kiraya kitna", Intent.FARE),
        ("बसें नहीं चल रहीं, पटना से गया की ट्रेन बताओ", Intent.TRAINS_BETWEEN),
        ("auto strike hai kal, bhopal se indore trains", Intent.TRAINS_BETWEEN),
    ],
)
def test_a_closing_or_strike_of_another_way_beside_a_train_question_leaves_it(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    "text",
    [
        "metro band hai kya aaj",
        "kal bus strike hai kya",
        "बसें नहीं चल रहीं आज",
        "bharat bandh kab hai",
    ],
)
def test_a_closing_or_strike_alone_is_outside_railways(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


def test_a_topic_said_as_the_cause_owns_nothing(index: StationIndex) -> None:
    assert intent_of("due to rain cancelled trains from mumbai", index) == Intent.CANCELLED_TRAINS


@pytest.mark.parametrize("text", ["platform 9 3/4 kaise jaate hain", "platform 9¾ ka raaz"])
def test_a_fraction_numbers_no_platform(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE
