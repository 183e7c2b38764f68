"""Kinds of question a Hindi speaker asks in Devanagari, each read by a general rule rather than a
phrase: which trains stop at a station, a station's trains coming in, timings moved, the alerts one
has, what a status gives any traveller, a day said twice."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 5)  # a Saturday


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, object]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, dict(got.slots)


@pytest.mark.parametrize(
    ("text", "station"),
    [
        ("इटारसी में कौन कौन सी गाड़ी रुकती है", "ET"),
        ("झांसी में किन किन ट्रेनों का स्टॉपेज है", "VGLJ"),
        ("कटनी स्टेशन पर कितनी गाड़ियां रुकती हैं", "KTE"),
        ("kaun kaun si train itarsi rukti hai", "ET"),
    ],
)
def test_which_train_stops_at_a_station_is_its_board(
    text: str, station: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.DEPARTURES, {"station": station, "hours": 4})


def test_which_one_train_stops_asks_of_a_train_to_be_named(index: StationIndex) -> None:
    # of the list just shown, when there is one (tests/fixtures/transcripts/sample)
    assert read("कौन सी ट्रेन पेरम्बूर रुकती है", index) == (Intent.STOPS_AT, {"station": "PER"})


def test_whether_a_named_train_stops_stays_that_trains(index: StationIndex) -> None:
    assert read("12627 इटारसी में रुकती है क्या", index) == (
        Intent.STOPS_AT,
        {"train": "12627", "station": "ET"},
    )


@pytest.mark.parametrize(
    ("text", "station", "hours"),
    [
        ("ग्वालियर पहुँचने वाली गाड़ियाँ अभी", "GWL", 4),
        ("हावड़ा आनेवाली ट्रेनें", "HWH", 4),
        ("कोटा आगमन", "KOTA", 4),
        ("बीना में आगे 3 घंटों में कौनसी गाड़ियाँ पहुँचेगी", "BINA", 3),
    ],
)
def test_a_name_before_a_boards_words_is_the_station_coming_in(
    text: str, station: str, hours: int, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.ARRIVALS, {"station": station, "hours": hours})


@pytest.mark.parametrize(
    "text",
    [
        "आज कौन कौन सी गाड़ियों का टाइम आगे-पीछे हुआ है",
        "किन गाड़ियों का टाइम टेबल इधर उधर हुआ है",
        "किन ट्रेनों का समय परिवर्तन हुआ है",
        "देर से चलाई जाने वाली ट्रेनें आज",
    ],
)
def test_timings_moved_to_and_fro_are_the_rescheduled_trains(
    text: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.RESCHEDULED_TRAINS, {"date": "2026-12-05"})


def test_one_train_running_late_stays_its_live_status(index: StationIndex) -> None:
    assert read("12627 अपने समय से देर से चल रही है क्या", index)[0] == Intent.LIVE_STATUS


@pytest.mark.parametrize(
    "text",
    [
        "चालू अलर्ट्स बताओ",
        "कितनी अलर्ट लगा रखी हैं मैंने",
        "देखो मेरी कितनी अलर्ट बाकी हैं",
        "मुझे किन किन टिकटों के अपडेट मिल रहे हैं",
    ],
)
def test_the_alerts_one_has_asked_in_hindi_are_listed(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.ALERT_LIST, {})


@pytest.mark.parametrize("text", ["alert chalu karo", "अलर्ट चालू कर दो"])
def test_turning_an_alert_on_is_no_list(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] == Intent.ALERT_SUBSCRIBE


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("आरएसी में पूरी बर्थ मिलती है या आधी", "RAC"),
        ("RAC टिकट पर बर्थ शेयर करनी पड़ती है क्या", "RAC"),
        ("आरएसी टिकट में बैठ के जाना पड़ता है क्या", "RAC"),
        ("वेटिंग टिकट वाले ट्रेन में जा सकते हैं क्या", "WL"),
        ("प्रीमियम तत्काल किसे बोलते हैं", "PREMIUM_TATKAL"),
        ("पीक्यूडब्ल्यूएल समझाइए", "PQWL"),
    ],
)
def test_what_a_status_gives_any_traveller_is_its_meaning(
    text: str, term: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.EXPLAIN, {"term": term})


def test_a_weekday_beside_a_date_takes_the_date(index: StationIndex) -> None:
    assert read("शनिवार 12 दिसंबर कानपुर से दिल्ली ट्रेन", index)[1]["date"] == "2026-12-12"


def test_ordering_food_in_hindi_is_ecaterings(index: StationIndex) -> None:
    assert read("सफर में खाना मंगवाना है ट्रेन में", index) == (Intent.CANNOT_DO, {"task": "food"})


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("वाराणसी जंक्शन से अगले 5 घंटे की ट्रेनें", {"station": "BSB", "hours": 5}),
        ("लखनऊ जंक्शन से वाराणसी जंक्शन की ट्रेन", {"from": "LJN", "to": "BSB"}),
    ],
)
def test_a_kind_of_station_after_a_citys_hindi_name_narrows_it(
    text: str, slots: dict[str, object], index: StationIndex
) -> None:
    assert read(text, index)[1] == slots


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("जोधपुर सूं जयपुर कुण सी गाड़ी जावै", Intent.TRAINS_BETWEEN, {"from": "JU", "to": "JP"}),
        ("भागलपुर से हावड़ा कवन ट्रेन बा", Intent.TRAINS_BETWEEN, {"from": "BGP", "to": "HWH"}),
        ("12618 ची सध्याची स्थिती काय आहे", Intent.LIVE_STATUS, {"train": "12618"}),
    ],
)
def test_rajasthani_bhojpuri_and_marathi_small_words_ask_as_hindi_would(
    text: str, intent: Intent, slots: dict[str, str], index: StationIndex
) -> None:
    got_intent, got = read(text, index)
    assert got_intent == intent
    assert {
        key: value if isinstance(value, str) else value[0] for key, value in got.items()
    } == slots


@pytest.mark.parametrize(
    ("text", "code"), [("12302 में दो एसी का किराया", "2A"), ("12302 me teen ac ka kiraya", "3A")]
)
def test_a_class_with_its_number_said_in_hindi_is_that_class(
    text: str, code: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.FARE, {"train": "12302", "class": code})


def test_the_coaches_of_a_ticket_whose_price_is_asked_are_its_class(index: StationIndex) -> None:
    intent, slots = read("भोपाल से इंदौर जनरल डिब्बे का टिकट कितने का आता है", index)
    assert (intent, slots["class"]) == (Intent.FARE, "2S")


def test_the_ordinary_coach_in_hindi_is_second_class(index: StationIndex) -> None:
    assert read("12560 में सामान्य डिब्बे का किराया", index) == (
        Intent.FARE,
        {"train": "12560", "class": "2S"},
    )


def test_a_station_is_placed_by_its_code_asked_with_a_word_between(index: StationIndex) -> None:
    assert read("मुगलसराय का नया कोड क्या है", index) == (
        Intent.STATION_BY_NAME,
        {"name": "मुगलसराय", "code": "DDU"},
    )


def test_a_place_before_hokar_is_on_the_way_not_the_end(index: StationIndex) -> None:
    intent, slots = read("हैदराबाद से काचीगुडा होकर बैंगलोर ट्रेन", index)
    assert intent == Intent.TRAINS_BETWEEN
    assert (slots["from"][0], slots["to"][0]) == ("HYB", "SBC")  # type: ignore[index]


def test_a_worry_that_ones_train_has_left_asks_where_it_is(index: StationIndex) -> None:
    assert read("मेरी ट्रेन 12024 छूट तो नहीं गई अभी कहाँ है", index) == (
        Intent.LIVE_STATUS,
        {"train": "12024"},
    )


def test_an_expected_arrival_or_the_current_station_is_live_status(index: StationIndex) -> None:
    assert read("12035 शताब्दी का एक्सपेक्टेड अराइवल टाइम", index)[0] == Intent.LIVE_STATUS
    assert read("ट्रेन 12175 चंबल का करंट स्टेशन", index)[0] == Intent.LIVE_STATUS


def test_as_soon_as_the_chart_is_made_asks_an_alert(index: StationIndex) -> None:
    assert read("पीएनआर 6601928374 चार्ट बनते ही बताना", index) == (
        Intent.ALERT_SUBSCRIBE,
        {"pnr": "6601928374"},
    )


def test_not_knowing_another_language_keeps_hindi_asked(index: StationIndex) -> None:
    assert read("मला मराठीत नाही येत, हिंदी में बताओ", index) == (
        Intent.LANGUAGE,
        {"language": "hi"},
    )
    assert read("मुझे हिंदी नहीं आती", index) == (Intent.LANGUAGE, {"language": "en"})


@pytest.mark.parametrize(
    "text",
    [
        "बस का पीएनआर 4512093876 कहां देखें",
        "एयर इंडिया की टिकट का पीएनआर कैसे निकाले",
        "गोएयर का पीएनआर 4512093876 स्टेटस",
    ],
)
def test_a_bus_or_an_airline_named_in_devanagari_owns_the_pnr(
    text: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.OUT_OF_SCOPE, {})


def test_stopping_alerts_is_said_with_rokna_too(index: StationIndex) -> None:
    assert read("सभी अलर्ट रोक दो", index) == (Intent.ALERT_STOP, {"all": 1})


@pytest.mark.parametrize(
    "text", ["१२०५६ जनशताब्दी अभी किस स्टेशन से निकली", "12627 भोपाल पार कर गई क्या"]
)
def test_which_station_a_train_has_passed_is_where_it_is(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] == Intent.LIVE_STATUS


def test_where_a_thing_is_to_be_had_in_a_town_is_outside_railways(index: StationIndex) -> None:
    assert read("लखनऊ की चिकनकारी कहाँ मिलेगी", index) == (Intent.OUT_OF_SCOPE, {})
    assert read("12627 कहाँ मिलेगी", index) == (Intent.LIVE_STATUS, {"train": "12627"})
    assert read("कहाँ मिलेगी", index)[0] == Intent.LIVE_STATUS  # of the train in hand


@pytest.mark.parametrize(
    "text",
    ["12622 तमिलनाडु एक्सप्रेस कितने बजे तक पहुंच जाएगी", "12505 अभी कौनसे स्टेशन पे है"],
)
def test_when_a_train_will_get_there_or_where_it_is_now_is_live_status(
    text: str, index: StationIndex
) -> None:
    assert read(text, index)[0] == Intent.LIVE_STATUS


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("मेरी टिकट जीएनडब्ल्यूएल है ये कौन सा वेटिंग है", "GNWL"),
        ("पीक्यूडब्ल्यूएल किस टाइप की वेटिंग होती है", "PQWL"),
        ("ticket pe RLWL 7 likha hai ye kaun si waiting hai", "RLWL"),
    ],
)
def test_which_kind_of_waiting_a_code_is_asks_its_meaning(
    text: str, term: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.EXPLAIN, {"term": term})


def test_ones_own_waiting_number_stays_the_bookings_status(index: StationIndex) -> None:
    assert read("meri waiting kaun si hai", index)[0] == Intent.PNR_STATUS


@pytest.mark.parametrize(
    "text",
    [
        "गाड़ी निकल गई अब टिकट का क्या होगा",
        "प्लेटफॉर्म पहुंचते पहुंचते ट्रेन निकल गई",
        "gadi nikal gayi ab paise milenge kya",
    ],
)
def test_a_train_gone_with_its_aftermath_asked_is_a_train_missed(
    text: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.CANNOT_DO, {"task": "missed_train"})


def test_whether_the_train_has_left_stays_its_run(index: StationIndex) -> None:
    assert read("गाड़ी निकल गई क्या अब", index)[0] == Intent.LIVE_STATUS


@pytest.mark.parametrize(
    "text", ["दिल्ली से पटना स्लीपर कितने को है", "pune se nagpur ticket kitne ko padega"]
)
def test_for_how_much_colloquially_is_the_fare(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] == Intent.FARE


@pytest.mark.parametrize(
    "text", ["तुझे कुछ नहीं पता", "उल्लू है तू एकदम", "tujhe kuch nahi aata", "you know nothing"]
)
def test_an_insult_to_the_bot_is_a_verdict_answered_with_help(
    text: str, index: StationIndex
) -> None:
    assert read(text, index)[0] == Intent.HELP


def test_what_the_bot_knows_asked_is_help_and_no_verdict(index: StationIndex) -> None:
    assert read("tujhe kya aata hai", index)[0] == Intent.HELP


@pytest.mark.parametrize("text", ["आज मेरा मन नहीं लगता यार", "आज बहुत अकेलापन लग रहा है"])
def test_a_mood_told_with_its_day_is_chit_chat(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "train"), [("12129 आजाद हिंद का रूट", "12129"), ("12622 तमिल नाडु के सारे स्टेशन", "12622")]
)
def test_a_trains_name_after_its_number_is_no_station(
    text: str, train: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.TRAIN_ROUTE, {"train": train})
