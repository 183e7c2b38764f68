"""Devanagari messages as Hindi-first travellers of many regions write them: the small words of
Bhojpuri, Haryanvi, Rajasthani, Marathi and Bengali read as the Hindi words they stand for,
small stations found by their whole spelling made loose, a city said before its station, a kind
of station after a city, and alerts asked for, listed and stopped in everyday words."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent
from app.bot.understanding import understand
from app.railways.models import Station
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)  # a Sunday


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, object]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, dict(got.slots)


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # Bhojpuri: "आवे वाली" arriving, "केतना लागी" how much, "लोगन" people, "कटवा" booked
        ("कटनी में आवे वाली गाड़ी कौन कौन बा", Intent.ARRIVALS, {"station": "KTE", "hours": 4}),
        (
            "चार लोगन के टिकट पटना से रांची थर्ड एसी में केतना लागी",
            Intent.FARE,
            {
                "from": ["PNBE", "RJPB", "PPTA", "DNR", "PNC"],
                "to": ["RNC", "HTE"],
                "class": "3A",
                "passengers": 4,
            },
        ),
        ("हमार टिकट कटवा दीं भैया गोरखपुर से बंबई के", Intent.CANNOT_DO, {"task": "booking"}),
        # Marathi: "किती उशीरा" how late, "दो तास" two hours, "सुटणारी" leaving
        ("12138 पंजाब मेल किती उशीरा आहे", Intent.LIVE_STATUS, {"train": "12138"}),
        (
            "भुसावल से अगले दो तास में सुटणारी गाडी",
            Intent.DEPARTURES,
            {"station": "BSL", "hours": 2},
        ),
        # Bengali: "कोथाय आछे" where is it
        ("12345 सरायघाट कोथाय आछे", Intent.LIVE_STATUS, {"train": "12345"}),
    ],
)
def test_the_small_words_of_hindis_neighbours_read_as_hindi(
    text: str, intent: Intent, slots: dict[str, object], index: StationIndex
) -> None:
    assert read(text, index) == (intent, slots)


def test_narso_is_three_days_ahead(index: StationIndex) -> None:
    _, slots = read("बरौनी से गुवाहाटी नरसों", index)
    assert slots["date"] == "2026-12-09"


def test_two_s_spelt_in_devanagari_is_second_sitting(index: StationIndex) -> None:
    _, slots = read("पुणे से कोल्हापुर टू एस का तिकीट किती रुपये", index)
    assert slots["class"] == "2S"


def test_a_halt_written_as_hindi_spells_it_asks_where_a_train_stops(index: StationIndex) -> None:
    text = "12138 पंजाब मेल भुसावल में हॉल्ट है क्या"
    assert read(text, index) == (Intent.STOPS_AT, {"train": "12138", "station": "BSL"})


@pytest.fixture(scope="module")
def small_stations() -> StationIndex:
    return StationIndex.build(
        [
            Station(code="BTH", name="BETTIAH"),
            Station(code="BER", name="BEAWAR"),
            Station(code="PPI", name="PIPARIYA"),
            Station(code="PRNA", name="PURNIA JN"),
            Station(code="ULT", name="KULTI"),
            Station(code="RUI", name="Rukni"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("बेतिया से ब्यावर ट्रेन", Intent.TRAINS_BETWEEN, {"from": "BTH", "to": "BER"}),
        ("इटारसी से पिपरिया कौन सी गाड़ी जाती है", Intent.TRAINS_BETWEEN, {"from": "ET", "to": "PPI"}),
        ("12488 पूर्णिया जंक्शन पर रुकती है क्या", Intent.STOPS_AT, {"train": "12488", "station": "PRNA"}),
    ],
)
def test_a_small_station_in_devanagari_is_found_by_its_loose_spelling(
    text: str, intent: Intent, slots: dict[str, object], small_stations: StationIndex
) -> None:
    assert read(text, small_stations) == (intent, slots)


def test_hindi_verbs_near_a_small_stations_name_stay_verbs(small_stations: StationIndex) -> None:
    _, slots = read("12309 राजेंद्र नगर से कितने बजे खुलती है", small_stations)
    assert "to" not in slots
    assert read("ग्वालियर पे रुकने वाली गाड़ियाँ", small_stations) == (
        Intent.DEPARTURES,
        {"station": "GWL", "hours": 4},
    )


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("लखनऊ चारबाग से अभी जाने वाली ट्रेन", Intent.DEPARTURES, {"station": "LKO", "hours": 4}),
        ("दिल्ली निजामुद्दीन से मुंबई सेंट्रल", Intent.TRAINS_BETWEEN, {"from": "NZM", "to": "MMCT"}),
        ("बाराबंकी से अयोध्या धाम जाने के लिए ट्रेन", Intent.TRAINS_BETWEEN, {"to": "AY"}),
    ],
)
def test_a_city_said_with_its_station_is_that_station(
    text: str, intent: Intent, slots: dict[str, object], index: StationIndex
) -> None:
    assert read(text, index) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("5612093487 का अपडेट मिलता रहे मुझे", Intent.ALERT_SUBSCRIBE, {"pnr": "5612093487"}),
        (
            "पीएनआर 4512390876 कन्फर्म होवे त हमके बता दिह",
            Intent.ALERT_SUBSCRIBE,
            {"pnr": "4512390876"},
        ),
        ("किस किस टिकट का मैसेज आएगा मुझे", Intent.ALERT_LIST, {}),
        ("अब मैसेज मत भेजो किसी पीएनआर का", Intent.ALERT_STOP, {"all": 1}),
        ("पीएनआर 5612093487 की निगरानी बंद", Intent.ALERT_STOP, {"pnr": "5612093487"}),
    ],
)
def test_alerts_asked_for_listed_and_stopped_in_everyday_words(
    text: str, intent: Intent, slots: dict[str, object], index: StationIndex
) -> None:
    assert read(text, index) == (intent, slots)


def test_trains_leaving_late_are_the_rescheduled_list(index: StationIndex) -> None:
    assert read("कल देर से छूटने वाली गाड़ियां", index) == (
        Intent.RESCHEDULED_TRAINS,
        {"date": "2026-12-07"},
    )


@pytest.mark.parametrize(
    ("text", "quota"),
    [
        ("महिलाओं के कोटे में 12561 स्लीपर सीट परसों", "LD"),
        ("12505 में बुजुर्ग कोटा में नीचे वाली बर्थ मिलेगी", "SS"),
    ],
)
def test_a_quota_named_by_who_it_is_for_is_no_station_kota(
    text: str, quota: str, index: StationIndex
) -> None:
    intent, slots = read(text, index)
    assert intent == Intent.SEAT_AVAILABILITY
    assert slots["quota"] == quota
    assert "from" not in slots


@pytest.mark.parametrize(
    ("said", "travel_class"),
    [("सामान्य टिकट", "2S"), ("फस्ट एसी", "1A"), ("टू एस", "2S")],
)
def test_classes_as_hindi_writers_spell_them(
    said: str, travel_class: str, index: StationIndex
) -> None:
    _, slots = read(f"कानपुर से झांसी {said} का किराया", index)
    assert slots["class"] == travel_class


def test_a_waiting_lists_code_in_two_words_is_one_code(index: StationIndex) -> None:
    assert read("जीएन डब्ल्यूएल का अर्थ", index) == (Intent.EXPLAIN, {"term": "GNWL"})


def test_y_spelt_as_marathi_writes_it_ends_a_code(index: StationIndex) -> None:
    assert read("टी पी टी वाय कोड किसका है", index) == (
        Intent.STATION_BY_CODE,
        {"code": "TPTY"},
    )


def test_a_tatkal_ticket_to_be_made_is_tatkal_booking(index: StationIndex) -> None:
    assert read("मेरा तत्काल टिकट बना दो", index) == (Intent.CANNOT_DO, {"task": "tatkal"})


def test_hours_counted_in_marathi(index: StationIndex) -> None:
    assert read("पुणे स्टेशन वर येणारी गाडी पुढच्या दोन तासात", index) == (
        Intent.ARRIVALS,
        {"station": "PUNE", "hours": 2},
    )


def test_a_small_station_with_a_flap_is_found_as_english_writes_it() -> None:
    khagaria = StationIndex.build([Station(code="KGG", name="KHAGARIA JN")])
    assert read("खगड़िया से बरौनी जाए खातिर कवनो गाड़ी बा", khagaria) == (
        Intent.TRAINS_BETWEEN,
        {"from": "KGG", "to": "BJU"},
    )
