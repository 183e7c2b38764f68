"""Railway questions in styles travellers write that the first rules missed: what happened told
before the question, a holiday named beside the day of travel, a command that is no question, a
word of another language for "when" or "leaves", English words spelt in Devanagari, a short board
request, one's own journey said over before alerts are stopped."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent, SlotValue
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)  # a Sunday


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, SlotValue]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, got.slots


@pytest.mark.parametrize(
    "text",
    [
        "my train from pune got cancelled yesterday and i still have to reach nagpur, trains from"
        " pune to nagpur tomorrow",
        "मेरी कल की ट्रेन कैंसल हो गई है, अब पटना से दिल्ली कल कौन सी गाड़ी है",
    ],
)
def test_ones_train_told_cancelled_then_a_journey_asks_its_trains(
    text: str, index: StationIndex
) -> None:
    intent, slots = read(text, index)
    assert intent == Intent.TRAINS_BETWEEN
    assert slots["date"] == "2026-12-07"  # the day to come, not the day gone


def test_whether_ones_train_is_cancelled_is_still_asked(index: StationIndex) -> None:
    assert read("meri train cancel hui kya, delhi se bhopal wali", index)[0] == (
        Intent.CANCELLED_TRAINS
    )


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("christmas ki chhutti me goa jana hai mumbai se, 23 dec ko koi train", "2026-12-23"),
        ("new year pe shirdi jana hai pune se, 31 dec ko train hai kya", "2026-12-31"),
        ("trains to goa on christmas", "2026-12-25"),
    ],
)
def test_a_holiday_is_the_occasion_beside_the_day_of_travel(
    text: str, date: str, index: StationIndex
) -> None:
    assert read(text, index)[1]["date"] == date


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("train ko rok do", Intent.UNKNOWN),
        ("ट्रेन को रोक दो", Intent.UNKNOWN),
        ("ruk jao", Intent.UNKNOWN),
        ("सब रोक दो", Intent.ALERT_STOP),
    ],
)
def test_a_command_to_stop_or_wait_names_no_station(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert read(text, index) == (intent, {"all": 1} if intent == Intent.ALERT_STOP else {})


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("12901 kyare upde che", {"train": "12901"}),
        (
            "12009 shatabdi amdavad thi ketla vagye upde",
            {"train": "12009", "station": ["ADI", "SBI"]},
        ),
    ],
)
def test_gujarati_when_and_leaves_ask_the_timetable(
    text: str, slots: dict[str, SlotValue], index: StationIndex
) -> None:
    assert read(text, index) == (Intent.TRAIN_FACTS, slots)


def test_gujarati_will_come_asks_todays_run(index: StationIndex) -> None:
    assert read("22953 gujarat express ketla vage aavse", index)[0] == Intent.LIVE_STATUS


@pytest.mark.parametrize(
    "text",
    [
        "how long till it reaches",
        "how much longer till we reach",
        "how long till 12626 gets to bhopal",
        "12626 को भोपाल पहुँचने में कितना टाइम और लगेगा",
        "papa 12554 se aa rahe hai train kahan tak aayi",
        "12505 नॉर्थ ईस्ट कितने घंटे लेट है",
    ],
)
def test_the_time_left_and_the_place_reached_are_todays_run(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] == Intent.LIVE_STATUS


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("वैकेंसी", {}),
        ("12430 में वैकेंसी है", {"train": "12430"}),
    ],
)
def test_vacancy_in_devanagari_asks_seats(
    text: str, slots: dict[str, SlotValue], index: StationIndex
) -> None:
    assert read(text, index) == (Intent.SEAT_AVAILABILITY, slots)


def test_a_railway_job_vacancy_stays_outside_railways(index: StationIndex) -> None:
    assert read("रेलवे ग्रुप डी की नई वैकेंसी कब आएगी", index)[0] == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("12952 2a kitna", {"train": "12952", "class": "2A"}),
        ("12952 टू एसी कितना", {"train": "12952", "class": "2A"}),
    ],
)
def test_how_much_of_a_class_is_its_fare(
    text: str, slots: dict[str, SlotValue], index: StationIndex
) -> None:
    assert read(text, index) == (Intent.FARE, slots)


@pytest.mark.parametrize("text", ["12301 me 3ac kitna full hai", "12951 sl me kitna waiting hai"])
def test_how_full_a_class_is_asks_its_seats(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] == Intent.SEAT_AVAILABILITY


def test_which_class_is_cheaper_is_a_fare_and_the_cheapest_train_a_journey(
    index: StationIndex,
) -> None:
    assert read("which is cheaper from delhi to agra, cc or 2s", index)[0] == Intent.FARE
    assert read("cheapest train from delhi to kolkata", index)[0] == Intent.TRAINS_BETWEEN


@pytest.mark.parametrize(
    ("text", "intent", "station"),
    [
        ("kota arr", Intent.ARRIVALS, "KOTA"),
        ("bsb dep", Intent.DEPARTURES, "BSB"),
    ],
)
def test_a_station_beside_a_boards_short_word(
    text: str, intent: Intent, station: str, index: StationIndex
) -> None:
    assert read(text, index) == (intent, {"station": station, "hours": 4})


def test_bambai_is_mumbai(index: StationIndex) -> None:
    intent, slots = read("dilli-bambai", index)
    destination = slots["to"]
    assert intent == Intent.TRAINS_BETWEEN
    assert isinstance(destination, list) and destination[0] == "CSMT"


@pytest.mark.parametrize(
    ("text", "pnr"),
    [
        ("i reached home, no need to track 4456712389 anymore", "4456712389"),
        ("घर पहुँच गया, अब 4456712390 ट्रैक करने की ज़रूरत नहीं", "4456712390"),
    ],
)
def test_no_need_to_track_stops_that_pnrs_alerts(text: str, pnr: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.ALERT_STOP, {"pnr": pnr})


def test_no_need_to_worry_still_tracks(index: StationIndex) -> None:
    assert read("no need to worry, just track 4456712389", index)[0] == Intent.ALERT_SUBSCRIBE


@pytest.mark.parametrize(
    "text",
    [
        "trip over, please stop alerts",
        "ghar pahunch gaya alert band kar do",
        "reached home stop alerts",
    ],
)
def test_alerts_stopped_with_the_journey_told_over(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] == Intent.ALERT_STOP


def test_a_tickets_number_is_its_pnr_though_a_phone_is_mentioned(index: StationIndex) -> None:
    text = "भाई के टिकट 5518920374 का अलर्ट लगा दो, उसके पास फोन नहीं है"
    assert read(text, index) == (Intent.ALERT_SUBSCRIBE, {"pnr": "5518920374"})


@pytest.mark.parametrize("text", ["ghar pe tatkal me kya bana sakte hai", "मेहमान आ रहे हैं, क्या बनाऊं"])
def test_what_to_cook_is_outside_railways(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] == Intent.OUT_OF_SCOPE
