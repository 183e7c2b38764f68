"""Several asks in one message, read into one understood request each."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import (
    AlertSubscribe,
    Fare,
    LiveStatus,
    PnrStatus,
    SeatAvailability,
    TrainFacts,
    TrainRoute,
    TrainsBetween,
)
from app.bot.understanding import understand_message
from app.bot.understanding.several import asks
from app.bot.understanding.understood import Understood
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 11, 27)


def several(text: str, index: StationIndex) -> list[Understood]:
    def read(part: str) -> Understood:
        return understand_message(part, today=TODAY, index=index)

    return asks(read(text), text, read)


def test_two_pnrs_are_two_asks(index: StationIndex) -> None:
    found = several("pnr 4512345678 and 4523456789", index)
    assert [u.request for u in found] == [
        PnrStatus(pnr="4512345678"),
        PnrStatus(pnr="4523456789"),
    ]


def test_two_classes_of_a_fare_are_two_fares(index: StationIndex) -> None:
    found = [u.request for u in several("3a aur 2a ka fare 12627 sbc ndls", index)]
    assert all(isinstance(request, Fare) for request in found)
    assert [request.slots["class"] for request in found] == ["3A", "2A"]
    assert {request.slots["train"] for request in found} == {"12627"}


def test_a_pnr_and_where_is_the_train_leave_the_train_to_the_pnr(index: StationIndex) -> None:
    first, second = several("pnr 4512345678 and where is the train", index)
    assert first.request == PnrStatus(pnr="4512345678")
    assert isinstance(second.request, LiveStatus) and second.request.train is None


def test_an_alert_and_a_live_status_in_hinglish(index: StationIndex) -> None:
    first, second = several("alert 4534567890 aur 12627 kahan hai", index)
    assert first.request == AlertSubscribe(pnr="4534567890")
    assert second.request == LiveStatus(train="12627")


def test_details_said_once_serve_every_ask(index: StationIndex) -> None:
    fare, seats = (u.request for u in several("12627 ka fare aur seats sbc ndls 3a kal", index))
    assert isinstance(fare, Fare) and isinstance(seats, SeatAvailability)
    for slot in ("train", "from", "to", "class"):
        assert fare.slots[slot] == seats.slots[slot], slot
    assert (fare.slots["train"], fare.slots["from"], fare.slots["class"]) == ("12627", "SBC", "3A")
    assert fare.date == seats.date == TODAY + dt.timedelta(days=1)


@pytest.mark.parametrize(
    "text",
    [
        "trains between sbc and ndls",
        "chennai se bangalore aur wapas",
        "12627 sbc ndls 3a fare",
        "hi, pnr 4512345678",
        "thanks and pnr 4512345678",
    ],
)
def test_one_question_is_one_ask(text: str, index: StationIndex) -> None:
    assert len(several(text, index)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "pnr 4512345678, berth and coach number?",
        "पीएनआर 4512345678 है, सीट कन्फर्म हुई क्या",
        "4512345678 ka status aur berth milegi kya",
    ],
)
def test_seat_berth_and_confirm_words_beside_a_pnr_are_about_that_booking(
    text: str, index: StationIndex
) -> None:
    assert [type(u.request) for u in several(text, index)] == [PnrStatus]


@pytest.mark.parametrize(
    "text", ["pnr 4512345678 ki train kahan hai", "मेरे पीएनआर 4512345678 की ट्रेन अभी कहाँ है"]
)
def test_where_a_pnrs_train_is_in_one_clause_is_a_second_ask(
    text: str, index: StationIndex
) -> None:
    found = [u.request for u in several(text, index)]
    assert found == [PnrStatus(pnr="4512345678"), LiveStatus()]


def test_a_journeys_seats_beside_a_pnr_stay_a_question_of_their_own(index: StationIndex) -> None:
    found = several("pnr 4512345678 aur 12627 me seat", index)
    assert [type(u.request) for u in found] == [PnrStatus, SeatAvailability]


def test_a_journeys_trains_said_with_train_and_its_fare_are_two_asks(index: StationIndex) -> None:
    trains, fare = (
        u.request for u in several("nagpur se wardha train batao aur 3ac fare bhi", index)
    )
    assert isinstance(trains, TrainsBetween) and isinstance(fare, Fare)
    assert (trains.origin, trains.destination) == (fare.origin, fare.destination)
    assert fare.slots["class"] == "3A"


def test_an_alert_asked_after_a_pnrs_status_is_that_bookings(index: StationIndex) -> None:
    status, alert = (
        u.request for u in several("pnr 4512345678 dekho aur uska alert bhi laga do", index)
    )
    assert status == PnrStatus(pnr="4512345678")
    assert alert == AlertSubscribe(pnr="4512345678")


def test_a_trains_route_and_its_time_at_a_place_are_two_asks(index: StationIndex) -> None:
    route, facts = (
        u.request for u in several("12627 ka route batao, aur bhopal kitne baje aati hai", index)
    )
    assert isinstance(route, TrainRoute) and route.train == "12627"
    assert isinstance(facts, TrainFacts) and facts.slots["train"] == "12627"


def test_an_alert_and_notify_me_for_one_pnr_is_one_ask(index: StationIndex) -> None:
    assert len(several("track pnr 4512345678 and notify me", index)) == 1
