"""Hindi with Urdu's railway words, classes spelt letter by letter, days of the month said in
words wherever they stand, the traveller's situation told before the question, a pleading "ना",
and regional words for "when": each read as the plain Hindi or English it stands for."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent
from app.bot.understanding import understand
from app.railways.models import Station
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 7)  # a Monday


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, object]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, dict(got.slots)


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # "मंसूख" / "मनसूख" (cancelled), however the nasal is written
        ("आज कौन सी गाड़ियां मंसूख हुई", Intent.CANCELLED_TRAINS, {"date": "2026-12-07"}),
        ("कल की मनसूख रेलगाड़ियाँ", Intent.CANCELLED_TRAINS, {"date": "2026-12-08"}),
        ("aaj kaun si trains mansookh hain", Intent.CANCELLED_TRAINS, {"date": "2026-12-07"}),
        # "वक़्त तब्दील" (time changed), with or without the nukta
        ("आज किन गाड़ियों का वक़्त तब्दील हुआ", Intent.RESCHEDULED_TRAINS, {"date": "2026-12-07"}),
        ("आज किन गाड़ियों का वक्त तबदील हुआ", Intent.RESCHEDULED_TRAINS, {"date": "2026-12-07"}),
        # "जनाब", "हुज़ूर": whom it is said to, never a word of the question
        ("janab aapka naam kya hai", Intent.HELP, {}),
        ("हुज़ूर आपका नाम क्या है", Intent.HELP, {}),
    ],
)
def test_urdu_railway_words_are_read_as_their_hindi(
    text: str, intent: Intent, slots: dict[str, object], index: StationIndex
) -> None:
    assert read(text, index) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "travel_class"),
    [
        ("हावड़ा से पुरी थ्री ए सी फेयर", "3A"),
        ("हावड़ा से पुरी टू ए सी फेयर", "2A"),
        ("हावड़ा से पुरी थ्री ए.सी. का किराया", "3A"),
        ("हावड़ा से पुरी थ्री ए. सी. का किराया", "3A"),
    ],
)
def test_ac_spelt_letter_by_letter_is_ac(
    text: str, travel_class: str, index: StationIndex
) -> None:
    assert read(text, index) == (
        Intent.FARE,
        {"from": "HWH", "to": "PURI", "class": travel_class},
    )


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("छपरा से सूरत गाड़ी दिसंबर सत्ताईस", "2026-12-27"),
        ("छपरा से सूरत गाड़ी जनवरी पंद्रह की", "2027-01-15"),
        ("छपरा से सूरत ऑन ट्वेंटी डिसेंबर", "2026-12-20"),
        ("chhapra to surat on twenty one december", "2026-12-21"),
        ("chhapra to surat december twenty", "2026-12-20"),
        ("छपरा से सूरत इकत्तीस को", "2026-12-31"),
        ("chhapra se surat pachchis ko", "2026-12-25"),
    ],
)
def test_a_day_in_words_is_a_date_before_or_after_its_month_or_bare_before_ko(
    text: str, date: str, index: StationIndex
) -> None:
    intent, slots = read(text, index)
    assert (intent, slots["date"]) == (Intent.TRAINS_BETWEEN, date)


@pytest.mark.parametrize(
    "text",
    [
        "दिसंबर दो टिकट छपरा से सूरत",  # two tickets in December
        "which one may i take from chhapra to surat",  # the verb "may"
        "छपरा से सूरत दो को टिकट",  # two people
    ],
)
def test_a_count_beside_a_month_or_ko_is_no_date(text: str, index: StationIndex) -> None:
    assert "date" not in read(text, index)[1]


def test_a_pleading_na_asks_and_never_stops_alerts(index: StationIndex) -> None:
    asked = "टिकट वेटिंग में है बहुत टेंशन है बताओ ना क्या होगा 7102938456"
    assert read(asked, index) == (Intent.PNR_STATUS, {"pnr": "7102938456"})
    stopped = "पीएनआर 7102938456 का मैसेज ना भेजो"
    assert read(stopped, index) == (Intent.ALERT_STOP, {"pnr": "7102938456"})


def test_a_journey_told_after_the_situation_is_the_trains_between(index: StationIndex) -> None:
    text = "meri nani bimar hai, jaldi gorakhpur pahunchna hai, mumbai se koi train?"
    intent, slots = read(text, index)
    assert (intent, slots["to"]) == (Intent.TRAINS_BETWEEN, "GKP")
    assert isinstance(slots["from"], list) and slots["from"][0] == "CSMT"


def test_haryanvi_kad_asks_when_and_is_no_station() -> None:
    index = StationIndex.build([Station(code="KAD", name="KADIRI")])  # a code "kad" spells
    intent, slots = read("rohtak te dilli ki gaddi kad se", index)
    assert (intent, slots["from"]) == (Intent.TRAINS_BETWEEN, "ROK")
