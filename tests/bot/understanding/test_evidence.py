"""A railway reading that rests only on everyday words (a time, a day, a coming and going, a
place named like a word) gives way to the classifier's sure reading outside railways, through the
built-in index and the 8,990 open-data stations alike: "भारत के अभी के राष्ट्रपति कौन हैं" is
not Bharatpur's board, "मेरा बेटा क्लास में हमेशा लेट पहुंचता है" no train's delay. The same
words beside railway evidence (a train, a station said as a journey's start, a railway word, a
train pointed back at) stay a railway question."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.bot.requests import Intent
from app.bot.understanding import understand
from app.bot.understanding.evidence import everyday_words, rests_on_everyday_words
from app.bot.understanding.reading import read
from app.railways.stations import StationIndex
from tests.railways.test_stations import datameet_stations

TODAY = dt.date(2026, 12, 7)


@pytest.fixture(scope="module", params=["builtin", "real"])
def stations(request: pytest.FixtureRequest) -> StationIndex:
    if request.param == "builtin":
        return StationIndex.build()
    path: Path = request.getfixturevalue("shared_stations_path")
    return StationIndex.build(datameet_stations(path))


def intent_of(text: str, index: StationIndex) -> Intent:
    return understand(text, today=TODAY, index=index).intent


@pytest.mark.parametrize(
    "text",
    [
        "भारत के अभी के राष्ट्रपति कौन हैं",
        "मेरा बेटा क्लास में हमेशा लेट पहुंचता है क्या करूँ",
        "अभी आरबीआई गवर्नर कौन है",
        "abhi rbi governor kaun hai",
        "पटना में अभी कौन सा मॉल अच्छा है",
        "my daughter is always late for tuition what do i do",
        "mumbai me abhi paani bhar gaya hai kya",
    ],
)
def test_a_time_and_a_place_named_like_a_word_are_no_railway_question(
    text: str, stations: StationIndex
) -> None:
    assert intent_of(text, stations) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("bharatpur se abhi kaunsi train hai", Intent.DEPARTURES),
        ("भरतपुर से अभी कौन सी ट्रेन है", Intent.DEPARTURES),
        ("12627 लेट है क्या", Intent.LIVE_STATUS),
        ("meri train 12301 late chal rahi hai kya", Intent.LIVE_STATUS),
        ("पटना में अभी कौन सी ट्रेन आने वाली है", Intent.ARRIVALS),
        ("कानपुर से लखनऊ अभी कोई ट्रेन", Intent.TRAINS_BETWEEN),
        ("uski timing batao", Intent.TRAIN_FACTS),
    ],
)
def test_the_same_words_beside_railway_evidence_stay_a_railway_question(
    text: str, intent: Intent, stations: StationIndex
) -> None:
    assert intent_of(text, stations) == intent


@pytest.mark.parametrize(
    "text",
    [
        "भारत के अभी के राष्ट्रपति कौन हैं",  # a place near a name, and "now"
        "मेरा बेटा क्लास में हमेशा लेट पहुंचता है",  # "late" and "reaches"
    ],
)
def test_a_reading_on_times_and_loose_places_rests_on_everyday_words(
    text: str, stations: StationIndex
) -> None:
    parse = read(text, TODAY, stations)
    assert rests_on_everyday_words(Intent.DEPARTURES, parse, stations)


@pytest.mark.parametrize(
    "text",
    [
        "bharatpur se abhi",  # a station said as a journey's start
        "to goa abhi",
        "abhi BTE",  # a code typed in capitals
        "abhi train hai kya",  # a railway word
        "12627 abhi",  # a train
        "भोपाल का अराइवल बोर्ड",  # a board's own word
        "uska time kya hai",  # the train in hand, pointed back at
        "kota kitne km hai",  # a known city asked about, nothing everyday
    ],
)
def test_railway_evidence_is_more_than_everyday_words(text: str, stations: StationIndex) -> None:
    parse = read(text, TODAY, stations)
    assert not rests_on_everyday_words(Intent.DEPARTURES, parse, stations)


def test_what_is_not_a_railway_reading_is_never_weighed_here(stations: StationIndex) -> None:
    parse = read("abhi kya karu", TODAY, stations)
    for intent in (Intent.UNKNOWN, Intent.OUT_OF_SCOPE, Intent.GREETING, Intent.CANNOT_DO):
        assert not rests_on_everyday_words(intent, parse, stations)


def test_the_classifier_weighs_a_weak_reading_without_its_everyday_words(
    stations: StationIndex,
) -> None:
    words = everyday_words(read("kal bharat ke abhi ke rashtrapati kaun hain", TODAY, stations))
    assert {"kal", "bharat", "abhi"} <= words
    assert words.isdisjoint({"rashtrapati", "kaun", "hain"})
