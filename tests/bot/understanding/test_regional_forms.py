"""Regional and everyday Hindi forms of railway questions: a stop asked in the past or in Bhojpuri
and Maithili ("रुकी का", "रुकथि की नहीं", "ruki ki nahi"), a class said by its Hindi ordinal
("दूसरा एसी") or misspelt ("थड एसी"), Bhojpuri's "काल्हु" (tomorrow), an everyday Devanagari word
that only sounds like a station's code ("जात", goes: not JAT; "मा", in: not MA), a code asked as
"X का रेलवे कोड", trains coming in said in Bhojpuri ("आई") and Bundeli ("आबे वारी"), who a quota
is for, Awadhi and Rajasthani small talk; outside railways: a "गाड़ी" that is a car bought or
serviced, a city's old name."""

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
        "19037 गोंडा रुकी का",
        "19037 गोंडा रुकी थी की नहीं",
        "19037 gonda ruki ki nahi bhai",
        "19037 गोंडा रुकेला का",
        "19037 गोंडा रुकथि की नहीं",
        "19037 gonda rukai",
    ],
)
def test_a_stop_asked_in_any_tense_or_region(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.STOPS_AT, {"train": "19037", "station": "GD"})


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ट्रेन रुकी क्यों है", Intent.TRAIN_ROUTE),  # no place: as before, not a stop asked
        ("12555 kahan ruki hai", Intent.LIVE_STATUS),
        ("गोंडा में ट्रेन रुकी है", Intent.LIVE_STATUS),
    ],
)
def test_a_train_standing_still_is_no_stop_asked(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert read(text, index)[0] == intent


@pytest.mark.parametrize(
    ("text", "klass"),
    [
        ("12553 में दूसरा एसी का भाड़ा कितना लगेगा", "2A"),
        ("12553 me doosri ac ka fare", "2A"),
        ("12553 पहला एसी का किराया", "1A"),
        ("12553 me teesra ac ka kiraya", "3A"),
        ("12553 थड एसी का किराया", "3A"),
    ],
)
def test_a_class_by_its_hindi_ordinal_or_misspelt(
    text: str, klass: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.FARE, {"train": "12553", "class": klass})


@pytest.mark.parametrize(
    "text", ["हमके काल्हु 12367 में स्लीपर में सीट मिली का", "12367 kalhu sleeper seat"]
)
def test_bhojpuri_tomorrow(text: str, index: StationIndex) -> None:
    _, slots = read(text, index)
    assert slots.get("date") == "2026-12-08"


def test_an_everyday_devanagari_word_is_no_code(index: StationIndex) -> None:
    # "जात" (goes) reads "jat", Jammu Tawi's code: Hindi says a station by its name
    assert read("बस्ती से अबे कौन गाड़ी जात है", index) == (
        Intent.DEPARTURES,
        {"station": "BST", "hours": 4},
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("एनडीएलएस कौन सा स्टेशन है", "NDLS"),  # letters spelt by their names
        ("जे ए टी कहाँ का स्टेशन है", "JAT"),
    ],
)
def test_a_code_spelt_letter_by_letter_is_still_a_code(
    text: str, code: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.STATION_BY_CODE, {"code": code})


def test_a_code_said_as_the_name_start_is_still_a_station(index: StationIndex) -> None:
    assert read("टाटा से हावड़ा ट्रेन", index)[1].get("from") == "TATA"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [("बलिया का रेलवे कोड चाहिए", "बलिया", "BUI"), ("ballia ka railway code", "ballia", "BUI")],
)
def test_a_railway_code_asked(text: str, name: str, code: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.STATION_BY_NAME, {"name": name, "code": code})


def test_a_railway_code_of_a_town_not_in_the_index_names_only_the_town(
    index: StationIndex,
) -> None:
    assert read("abcpur ka railway code", index) == (Intent.STATION_BY_NAME, {"name": "abcpur"})


@pytest.mark.parametrize(
    ("text", "station", "hours"),
    [
        ("छपरा में अगले 2 घंटा में कवन गाड़ी आई", "CPR", 2),  # Bhojpuri: which train will come
        ("झाँसी मा अबै कौन गाड़ी आबे वारी है", "VGLJ", 4),  # Bundeli: coming in; "मा" is "in"
    ],
)
def test_trains_coming_in_said_regionally_are_arrivals(
    text: str, station: str, hours: int, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.ARRIVALS, {"station": station, "hours": hours})


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("लेडीज़ कोटा किसको मिलता है", "QUOTA"),  # "किसको" (whom) is no "खिसका" (moved) by sound
        ("ladies quota kisko milta hai", "QUOTA"),
        ("who gets senior citizen quota", "QUOTA"),
        ("तत्काल कोटा किसको मिलता है", "TATKAL"),
    ],
)
def test_who_a_railway_word_is_for_explains_it(text: str, term: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.EXPLAIN, {"term": term})


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("तुम का का बता सकत हौ भइया", Intent.HELP),  # Awadhi "हौ" (are)
        ("राम राम सा सगळां नै", Intent.GREETING),  # Rajasthani: to everyone
    ],
)
def test_help_and_greetings_in_regional_hindi(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert read(text, index) == (intent, {})


@pytest.mark.parametrize(
    "text",
    [
        "नई गाड़ी लेनी है पटना में कौन सा शोरूम अच्छा है",  # a car's showroom in a town
        "नई गाड़ी की पहली सर्विस कितने किलोमीटर पर होती है",  # "किलोमीटर" is no station
        "मद्रास का नाम चेन्नई कब पड़ा",  # a city's history
        "बम्बई को मुंबई कब से कहने लगे",
        "bombay ka naam mumbai kyu rakha",
    ],
)
def test_cars_and_city_names_are_outside_railways(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("मुगलसराय स्टेशन का नाम कब बदला", Intent.STATION_BY_NAME),  # a station's name
        ("chennai ka code kya hai", Intent.STATION_BY_NAME),
        ("patna se delhi gaadi", Intent.TRAINS_BETWEEN),
    ],
)
def test_stations_and_journeys_beside_them_stay_railways(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert read(text, index)[0] == intent
