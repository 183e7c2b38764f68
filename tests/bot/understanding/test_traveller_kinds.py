"""Kinds of railway question travellers type on Messenger in Devanagari and Latin letters, each
read by a general rule rather than a phrase: a Hindi verb typed with its ending apart, a waiting
list's place asked to be confirmed."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent, PnrStatus
from app.bot.understanding import understand
from app.railways.models import Station
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)  # a Sunday


@pytest.fixture(scope="module")
def index() -> StationIndex:
    # Small stations whose codes are a verb's endings ("TI", "TA", "TE") as the full index has
    return StationIndex.build(
        [
            Station(code="TI", name="Tinpahar"),
            Station(code="TA", name="Tanakpur Halt"),
            Station(code="TE", name="Teegaon"),
        ]
    )


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, object]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, dict(got.slots)


@pytest.mark.parametrize(
    "text",
    [
        "12301 kanpur me ruk ti hai kya",
        "12301 kanpur ruk ta hai kya",
        "kya 12301 kanpur me ruk te h",
        "12301 kanpur ruk egi kya",
    ],
)
def test_a_verb_typed_with_its_ending_apart_is_one_verb(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.STOPS_AT, {"train": "12301", "station": "CNB"})


@pytest.mark.parametrize(
    "text",
    [
        "waiting 23 hai confirm ho jayega kya",
        "वेटिंग 23 है कन्फर्म हो जाएगा क्या",
        "mera waiting 17 hai kal ki train hai confirm ho jayega?",
        "वेटिंग टिकट कन्फर्म होगा क्या",
    ],
)
def test_a_waiting_list_asked_to_confirm_is_a_bookings_chance(
    text: str, index: StationIndex
) -> None:
    assert understand(text, today=TODAY, index=index) == PnrStatus(pnr=None, chance=True)


def test_a_waiting_list_on_a_journey_still_asks_its_seats(index: StationIndex) -> None:
    intent, _ = read("दिल्ली से पटना स्लीपर में वेटिंग कितनी है परसों", index)
    assert intent == Intent.SEAT_AVAILABILITY


def test_another_services_waiting_list_is_not_a_booking(index: StationIndex) -> None:
    intent, _ = read("bus ka waiting list confirm hoga kya", index)
    assert intent == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["आरएसी 14 है बर्थ मिलेगी क्या", "wl 21 pe hu", "GNWL-25 hai abhi"])
def test_a_place_on_a_waiting_list_told_is_ones_booking(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.PNR_STATUS, {})


@pytest.mark.parametrize(
    "text", ["12951 me waiting 45 hai 3ac", "delhi se patna sleeper me waiting 40 hai kya"]
)
def test_a_waiting_list_of_a_train_or_journey_asks_its_seats(
    text: str, index: StationIndex
) -> None:
    intent, _ = read(text, index)
    assert intent == Intent.SEAT_AVAILABILITY


@pytest.mark.parametrize(
    "text",
    [
        "bs tkt kitna h jaipur se ajmer ka",
        "kitne rs lagenge jaipur se ajmer",
        "jaipur se ajmer ka ticket kitne ka h",
    ],
)
def test_how_much_a_ticket_is_in_chat_shorthand_is_its_fare(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.FARE, {"from": ["JP", "GADJ", "DPA"], "to": "AII"})


def test_a_chance_on_a_waiting_list_is_no_price(index: StationIndex) -> None:
    assert read("wl 7 par chance kitna hai", index) == (Intent.PNR_STATUS, {})


def test_a_place_on_a_list_said_in_a_sentence_is_ones_booking(index: StationIndex) -> None:
    assert read("my rac is 22 any chance of berth", index) == (Intent.PNR_STATUS, {})


def test_a_time_put_forward_is_a_train_rescheduled(index: StationIndex) -> None:
    assert read("किन गाड़ियों का टाइम आज आगे बढ़ाया गया", index) == (
        Intent.RESCHEDULED_TRAINS,
        {"date": "2026-12-06"},
    )


@pytest.mark.parametrize("text", ["आपका बहुत बहुत आभार", "aapka aabhari hun"])
def test_gratitude_in_formal_hindi_is_thanks(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.THANKS, {})


def test_a_train_named_by_its_ends_after_its_number_is_no_journey(index: StationIndex) -> None:
    assert read("12163 dadar chennai exp villupuram halt?", index) == (
        Intent.STOPS_AT,
        {"train": "12163", "station": "VM"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "bus itna btao mumbai pune ka chair car kitne ka h",
        "bs ye bta do mumbai pune chair car ka fare",
    ],
)
def test_just_spelt_like_a_bus_is_no_bus(text: str, index: StationIndex) -> None:
    intent, slots = read(text, index)
    assert (intent, slots["to"], slots["class"]) == (Intent.FARE, "PUNE", "CC")


def test_a_bus_asked_about_stays_a_bus(index: StationIndex) -> None:
    intent, _ = read("mumbai pune bus ka kiraya kitna hai", index)
    assert intent == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "is it confirmed?",
        "is my booking confirmed",
        "confirm ho gaya kya",
        "ticket abhi tak confirm nahi hua",
        "क्या कन्फर्म हो गया",
    ],
)
def test_whether_it_is_confirmed_is_the_bookings_status(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.PNR_STATUS, {})


@pytest.mark.parametrize(
    "text",
    ["how to get confirmed ticket", "flight ticket confirm hua?", "hotel booking confirmed?"],
)
def test_other_confirmations_are_not_ones_train_booking(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] is not Intent.PNR_STATUS
