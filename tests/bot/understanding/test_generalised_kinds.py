"""Kinds of messages clean sets showed misread, pinned by the mechanism each now goes through:
lateness asked as hours behind, a list of cancelled trains with its cause or source, a booking
or cancellation asked as "करवा दो", a correction said "wrong ... correct", postpositions Marathi
and Punjabi join to a station's name, a greeting saying where one writes from, "घंटे भर" as an
hour, the platform the traveller is on, a term written on the ticket, who-did questions and a
queue likened to a train's, and thanks that tell a booking got confirmed."""

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
    "text",
    [
        "12561 कितने घंटे पीछे चल रही है",
        "12561 kitne ghante peeche chal rahi hai",
        "how many hours behind is 12561 running",
        "12561 how many hours behind schedule",
        "how far behind is 12561 right now",
    ],
)
def test_hours_behind_is_how_late_it_runs(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.LIVE_STATUS, {"train": "12561"})


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("धुंध की वजह से कौन कौन सी ट्रेनें बंद हैं", Intent.CANCELLED_TRAINS),
        ("kohre ke karan kaun si gadiyan band hain", Intent.CANCELLED_TRAINS),
        ("as per news some trains are rescheduled, show the list", Intent.RESCHEDULED_TRAINS),
        ("समाचार के अनुसार कई गाड़ियाँ रद्द हैं, सूची दिखाओ", Intent.CANCELLED_TRAINS),
        ("ठंड और कोहरे के कारण कौन कौन सी गाड़ियाँ देर से चलेंगी", Intent.RESCHEDULED_TRAINS),
        ("कोहरे के कारण स्कूल बंद हैं क्या", Intent.OUT_OF_SCOPE),  # no train: a school's
        ("dukane band hain aaj", Intent.OUT_OF_SCOPE),
    ],
)
def test_a_cause_or_a_source_beside_a_list_of_trains(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert read(text, index)[0] == intent


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("रिज़र्वेशन करवा दो दिल्ली से पटना", "booking"),
        ("कल की रिज़र्वेशन करा दीजिए भोपाल से इंदौर", "booking"),
        ("मुझे तत्काल करवाना है कल का", "tatkal"),
        ("confirm ticket cancel karane par kitna katega", "cancellation"),
        ("RAC टिकट कैंसिल करवाने पे कितना चार्ज लगेगा", "cancellation"),
    ],
)
def test_what_the_bot_cannot_do_asked_to_be_had_done(
    text: str, task: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.CANNOT_DO, {"task": task})


def test_the_value_said_correct_wins(index: StationIndex) -> None:
    got = read("pnr 4512345678 wrong, correct pnr is 4512345679", index)
    assert got == (Intent.PNR_STATUS, {"pnr": "4512345679"})
    # a place denied after the correction is taken back with the one said before it
    got = read("kanpur se delhi, sorry kanpur se nahi lucknow se", index)
    assert (_first(got[1]["from"]), _first(got[1]["to"])) == ("LKO", "NDLS")
    got = read("pune se mumbai train, sorry, mumbai nahi nashik", index)
    assert (got[1]["from"], got[1]["to"]) == ("PUNE", "NK")
    # "right now" corrects nothing
    got = read("i am in pune right now and want to reach nagpur tomorrow", index)
    assert got[1]["from"] == "PUNE"


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("पुण्याहून नागपूरला गाडी आहे का", "PUNE", "NGP"),
        ("मुंबईहून गोव्याला कोणती गाडी जाते", "CSMT", "MAO"),
        ("सोलापूरमधून पुण्यापर्यंत गाडी", "SUR", "PUNE"),
        ("अमृतसरों दिल्ली दी गड्डी", "ASR", "NDLS"),
    ],
)
def test_a_postposition_joined_to_a_stations_name(
    text: str, origin: str, destination: str, index: StationIndex
) -> None:
    intent, slots = read(text, index)
    assert (intent, _first(slots["from"]), _first(slots["to"])) == (
        Intent.TRAINS_BETWEEN,
        origin,
        destination,
    )


def _first(codes: object) -> object:
    """A station slot's first code (a city's stations are a list)."""
    return codes[0] if isinstance(codes, list) else codes


@pytest.mark.parametrize("text", ["परसों भोपाल से दिल्ली की ट्रेन", "पटियाला से अंबाला की ट्रेन"])
def test_a_word_that_only_ends_like_a_postposition_stays(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] == Intent.TRAINS_BETWEEN


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("नमस्ते, मैं कानपुर से बोल रहा हूँ", Intent.GREETING),
        ("hi, speaking from pune", Intent.GREETING),
        ("hello, main delhi se bol raha hu, mujhe patna jana hai", Intent.TRAINS_BETWEEN),
    ],
)
def test_a_greeting_from_a_place(text: str, intent: Intent, index: StationIndex) -> None:
    assert read(text, index)[0] == intent


@pytest.mark.parametrize(
    ("text", "station", "hours"),
    [
        ("नई दिल्ली से घंटे भर के अंदर कौन सी ट्रेन है", "NDLS", 1),
        ("im at platform 1 at kanpur, any train now", "CNB", 4),
        ("main itarsi platform pe khada hu, abhi koi train hai", "ET", 4),
    ],
)
def test_departures_within_an_hour_or_from_where_one_stands(
    text: str, station: str, hours: int, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.DEPARTURES, {"station": station, "hours": hours})


def test_a_term_written_on_the_ticket(index: StationIndex) -> None:
    assert read("टिकट पर RLWL लिखा है, ये क्या है", index) == (Intent.EXPLAIN, {"term": "RLWL"})


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ravan ko kisne mara", Intent.OUT_OF_SCOPE),
        ("bank me itni lambi line hai jaise train ki line", Intent.OUT_OF_SCOPE),
        ("thank u, ticket confirm ho gaya", Intent.THANKS),
        ("thanks bhai, 4512398760 confirm ho gaya", Intent.PNR_STATUS),
        ("tumhe kisne banaya", Intent.HELP),
        ("तूफ़ान मेल का स्टेटस", Intent.LIVE_STATUS),  # a train named by a weather word
        ("toofan express kab aayegi", Intent.LIVE_STATUS),
        ("आज तूफान आएगा क्या", Intent.OUT_OF_SCOPE),
    ],
)
def test_outside_railways_and_thanks(text: str, intent: Intent, index: StationIndex) -> None:
    assert read(text, index)[0] == intent
