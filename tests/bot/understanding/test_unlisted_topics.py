"""What the rules have no word for: a message of real words about another topic is outside
railways though it names a day, an hour or a train's word in another sense; a railway question
without a number or a station stays a railway question; keyboard mash, fillers and a bare
"stop the train" stay not understood."""

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
    "text",
    [
        "kal subah 5 baje utha dena",
        "what time does the sun set today",
        "कल मेरा पेपर है",
        "kal mera driving test hai",
        "शाम 7 बजे पूजा है",
    ],
)
def test_a_day_or_an_hour_does_not_keep_another_topic_from_being_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "मेरी गाड़ी का टायर पंचर हो गया",  # a car's tyre
        "गाड़ी की चाबी कहीं खो गई",
        "नई गाड़ी खरीदनी है",
        "gadi seekhni hai mujhe",  # learning to drive
        "my coach says i need to train harder before the trials",
    ],
)
def test_a_trains_word_in_another_sense_is_weighed_by_the_words_around_it(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("meri gaadi kitni late hai", Intent.LIVE_STATUS),
        ("kal ki gaadi late hai kya", Intent.LIVE_STATUS),
        ("train kab aayegi", Intent.LIVE_STATUS),
        ("paisa wapas kab aayega", Intent.CANNOT_DO),
        ("tatkal kab khulta hai", Intent.CANNOT_DO),
        ("ticket confirm hoga?", Intent.PNR_STATUS),
        ("टिकट कन्फर्म होगा क्या", Intent.PNR_STATUS),
        ("गाड़ी कितनी देर से चल रही है", Intent.LIVE_STATUS),
    ],
)
def test_railway_questions_without_numbers_or_stations_stay_railway_questions(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    "text",
    [
        "zxqv plmk",
        "qqqq wwww",
        "hmm theek",
        "haan haan thik hai",
        "gaadi roko bhai",  # the train in hand, not another topic
        "train chahiye",
    ],
)
def test_mash_fillers_and_a_bare_word_of_trains_stay_not_understood(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.UNKNOWN
