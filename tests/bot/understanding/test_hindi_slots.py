"""The slots of railway questions written in Devanagari, read by general rules: month names as
Hindi, Marathi and English-in-Devanagari spell them, the month said before its day, train numbers
with a dash, old names of cities, travellers counted as "आदमी", a journey over stopping every
alert."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent, LiveStatus
from app.bot.understanding import understand
from app.railways.models import Station
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)  # a Sunday


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, object]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, dict(got.slots)


@pytest.mark.parametrize(
    ("said", "date"),
    [
        ("22 डिसेंबर", "2026-12-22"),
        ("२२ दिसेम्बर", "2026-12-22"),
        ("3 जैनुअरी", "2027-01-03"),
        ("2 फेब्रुअरी", "2027-02-02"),
        ("जनवरी की 10 तारीख", "2027-01-10"),
        ("जनवरी की दस तारीख", "2027-01-10"),
        ("जनवरी पाँच को", "2027-01-05"),
        ("जनवरी के 5 तारीख को", "2027-01-05"),
        ("पहली जनवरी को", "2027-01-01"),
    ],
)
def test_a_date_with_its_month_in_any_spelling_or_order(
    said: str, date: str, index: StationIndex
) -> None:
    _, slots = read(f"पटना से हावड़ा ट्रेन {said}", index)
    assert slots["date"] == date


def test_a_month_with_no_day_beside_it_is_no_date(index: StationIndex) -> None:
    _, slots = read("दिसंबर में दो टिकट पटना से हावड़ा", index)
    assert "date" not in slots


@pytest.mark.parametrize(
    ("text", "train"),
    [("गाड़ी संख्या 12-301 कहाँ चल रही है", "12301"), ("train 125-60 kahan hai", "12560")],
)
def test_a_train_number_with_a_dash_is_one_train(
    text: str, train: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.LIVE_STATUS, {"train": train})


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("कालीकट", "CLT"),
        ("वाल्टेयर", "VSKP"),
        ("ऊटी", "UAM"),
        ("बॉम्बे सेंट्रल", "MMCT"),
        ("बाम्बे सेंट्रल", "MMCT"),
    ],
)
def test_old_names_said_in_hindi_are_their_stations(
    name: str, codes: str, index: StationIndex
) -> None:
    _, slots = read(f"{name} से पटना ट्रेन", index)
    assert slots["from"] == codes


def test_bombay_in_hindi_is_all_of_mumbai(index: StationIndex) -> None:
    _, slots = read("बॉम्बे से पटना ट्रेन", index)
    assert isinstance(slots["from"], list) and slots["from"][0] == "CSMT"


def test_men_counted_are_travellers_and_one_man_is_no_count(index: StationIndex) -> None:
    _, slots = read("गोरखपुर से पटना स्लीपर का भाड़ा ३ आदमी का", index)
    assert slots["passengers"] == 3
    _, slots = read("गोरखपुर से पटना स्लीपर का भाड़ा एक आदमी का", index)
    assert "passengers" not in slots


def test_a_journey_over_stops_every_alert(index: StationIndex) -> None:
    assert read("अब मुझे कोई भी अपडेट मत भेजो, सफर पूरा हुआ", index) == (
        Intent.ALERT_STOP,
        {"all": 1},
    )


def test_thanks_in_urdu_words(index: StationIndex) -> None:
    assert read("बहुत मेहरबानी आपकी", index) == (Intent.THANKS, {})


@pytest.mark.parametrize(
    ("said", "date"), [("15वीं दिसंबर", "2026-12-15"), ("21वीं तारीख को", "2026-12-21")]
)
def test_a_day_with_hindis_ordinal_after_its_digits(
    said: str, date: str, index: StationIndex
) -> None:
    _, slots = read(f"पटना से हावड़ा ट्रेन {said}", index)
    assert slots["date"] == date


@pytest.mark.parametrize(
    ("said", "travel_class", "quota"),
    [
        ("चेयरकार", "CC", None),
        ("सलीपर", "SL", None),
        ("थर्ड क्लास एसी", "3A", None),
        ("एग्जिक्यूटिव चेयर कार", "EC", None),
        ("थ्री ई", "3E", None),
        ("प्रिमियम तत्काल", None, "PT"),
        ("हैंडीकैप कोटा", None, "HP"),
        ("एसएस कोटा", None, "SS"),
    ],
)
def test_classes_and_quotas_as_hindi_writes_english_words(
    said: str, travel_class: str | None, quota: str | None, index: StationIndex
) -> None:
    intent, slots = read(f"लखनऊ से दिल्ली {said} में सीट खाली है क्या", index)
    assert intent == Intent.SEAT_AVAILABILITY
    assert (slots.get("class"), slots.get("quota")) == (travel_class, quota)


@pytest.mark.parametrize(
    "text",
    [
        "आज किन गाड़ियों का रास्ता बदला गया है",
        "आज कौन सी ट्रेनें डायवर्ट हुई हैं",
        "which trains are diverted today",
    ],
)
def test_the_trains_diverted_are_the_days_changed_runs(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.RESCHEDULED_TRAINS, {"date": "2026-12-06"})


def test_one_trains_way_changed_stays_its_run(index: StationIndex) -> None:
    assert read("12802 का रास्ता बदला है क्या", index) == (Intent.LIVE_STATUS, {"train": "12802"})


@pytest.fixture(scope="module")
def small_stations() -> StationIndex:
    return StationIndex.build(
        [
            Station(code="MBI", name="MADHUBANI"),
            Station(code="BGS", name="BEGU SARAI"),
            Station(code="HDW", name="HALDWANI"),
            Station(code="RUI", name="Rukni"),
            Station(code="GTT", name="GOMTA"),
        ]
    )


@pytest.mark.parametrize(
    ("name", "code"), [("मधुबनी", "MBI"), ("बेगूसराय", "BGS"), ("हल्द्वानी", "HDW")]
)
def test_a_small_station_in_devanagari_is_found_by_its_consonants_where_placed(
    name: str, code: str, small_stations: StationIndex
) -> None:
    _, slots = read(f"{name} से पटना ट्रेन", small_stations)
    assert slots["from"] == code


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("ग्वालियर पे रुकने वाली गाड़ियाँ", Intent.DEPARTURES, {"station": "GWL", "hours": 4}),
        ("12419 गोमती टाइम से चल रही है", Intent.LIVE_STATUS, {"train": "12419"}),
    ],
)
def test_short_hindi_words_are_never_small_stations_by_their_consonants(
    text: str, intent: Intent, slots: dict[str, object], small_stations: StationIndex
) -> None:
    assert read(text, small_stations) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("नासिक रोड से पटना ट्रेन", "NK"),
        ("abu road se jaipur train", "ABR"),
        ("अबू रोड से जयपुर ट्रेन", "ABR"),
    ],
)
def test_a_station_named_road_starts_the_journey(
    text: str, start: str, index: StationIndex
) -> None:
    intent, slots = read(text, index)
    assert (intent, slots["from"]) == (Intent.TRAINS_BETWEEN, start)


def test_a_road_that_is_no_stations_name_is_the_road(index: StationIndex) -> None:
    assert read("मेन रोड से स्टेशन कितना दूर", index)[0] == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("said", "date"),
    [("नए साल के दिन", "2027-01-01"), ("क्रिसमस पर", "2026-12-25"), ("गणतंत्र दिवस पर", "2027-01-26")],
)
def test_a_holiday_named_in_hindi_is_its_date(said: str, date: str, index: StationIndex) -> None:
    _, slots = read(f"{said} दिल्ली से जयपुर ट्रेन", index)
    assert slots["date"] == date


def test_cancellations_ahead_on_a_day_of_next_year_are_that_day(index: StationIndex) -> None:
    assert read("नए साल के दिन कौन सी ट्रेनें रद्द रहेंगी", index) == (
        Intent.CANCELLED_TRAINS,
        {"date": "2027-01-01"},
    )


@pytest.mark.parametrize(("name", "code"), [("बेलगावी", "BGM"), ("कलबुर्गी", "KLBG")])
def test_karnatakas_new_names_in_hindi(name: str, code: str, index: StationIndex) -> None:
    assert read(f"{name} से पटना ट्रेन", index)[1]["from"] == code


def test_tracking_stopped_in_hindi_stops_that_pnrs_alerts(index: StationIndex) -> None:
    assert read("पीएनआर 5566778899 की ट्रैकिंग बंद करो", index) == (
        Intent.ALERT_STOP,
        {"pnr": "5566778899"},
    )


@pytest.mark.parametrize(
    ("said", "station"), [("12002 ग्वालियर कब तक", "GWL"), ("12002 रानी कमलापति कब तक", "RKMP")]
)
def test_a_station_before_when_is_where_the_train_is_asked_to_get(
    said: str, station: str, index: StationIndex
) -> None:
    got = understand(said, today=TODAY, index=index)
    assert isinstance(got, LiveStatus)
    assert got.at == (station,) and got.focus == "arrival"
