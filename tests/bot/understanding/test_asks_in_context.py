"""Questions issue #15 found misread: food on a train, a booking's chance of confirmation, and
"track it" after a PNR."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import (
    AlertSubscribe,
    Arrivals,
    CancelledTrains,
    CannotDo,
    Departures,
    Explain,
    LiveStatus,
    PnrStatus,
    StopsAt,
    TrainFacts,
    TrainsBetween,
)
from app.bot.state import Subject
from app.bot.understanding import understand, understand_message
from app.bot.understanding.subject import in_context
from app.railways.stations import StationIndex

INDEX = StationIndex.build()
TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    "text",
    [
        "order food in 12627",
        "khana order karna hai 12627",
        "train mein khana order karna hai",
        "12627 में खाना ऑर्डर करना है",
        "pnr 4512345678 ke liye food order",
    ],
)
def test_food_on_a_train_is_a_thing_railbot_cannot_do(text: str) -> None:
    request = understand(text, today=TODAY, index=INDEX)
    assert isinstance(request, CannotDo) and request.task == "food"


@pytest.mark.parametrize(
    ("text", "train"),
    [
        ("12627 mein khana", "12627"),
        ("does 12951 give food", "12951"),
        ("rajdhani me khana milta hai kya 12951", "12951"),
        ("12301 में खाना मिलता है?", "12301"),
        ("is breakfast served in 12009", "12009"),
    ],
)
def test_food_had_on_a_train_named_is_that_trains_fact(text: str, train: str) -> None:
    request = understand(text, today=TODAY, index=INDEX)
    assert isinstance(request, TrainFacts) and (request.train, request.fact) == (train, "pantry")


def test_food_alone_is_still_outside_railways() -> None:
    assert understand("food", today=TODAY, index=INDEX).intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "pnr"),
    [
        ("will it confirm?", None),
        ("confirm hoga?", None),
        ("कन्फर्म होगा?", None),
        ("kitne chance hai confirm hone ke", None),
        ("chances of confirmation", None),
        ("will 4523456789 confirm", "4523456789"),
    ],
)
def test_a_chance_of_confirmation_is_asked(text: str, pnr: str | None) -> None:
    request = understand(text, today=TODAY, index=INDEX)
    assert isinstance(request, PnrStatus) and request.chance and request.pnr == pnr


def test_a_status_question_is_not_a_chance_question() -> None:
    request = understand("pnr 4523456789 status", today=TODAY, index=INDEX)
    assert isinstance(request, PnrStatus) and not request.chance


AFTER_A_PNR = Subject.model_validate(
    {"request": PnrStatus(pnr="4512345678"), "pnr": "4512345678", "train": "12627"}
)
AFTER_LIVE = Subject.model_validate({"request": LiveStatus(train="12627"), "train": "12627"})


@pytest.mark.parametrize("text", ["track it", "isse track karo", "इसे ट्रैक करो", "track karo"])
def test_track_it_after_a_pnr_follows_the_pnr(text: str) -> None:
    understood = understand_message(text, today=TODAY, index=INDEX)
    assert in_context(understood, AFTER_A_PNR, today=TODAY) == AlertSubscribe(pnr="4512345678")


def test_track_it_after_live_status_stays_about_the_train() -> None:
    understood = understand_message("track it", today=TODAY, index=INDEX)
    assert isinstance(in_context(understood, AFTER_LIVE, today=TODAY), LiveStatus)


def test_track_a_train_number_after_a_pnr_is_that_train() -> None:
    understood = understand_message("track 12951", today=TODAY, index=INDEX)
    request = in_context(understood, AFTER_A_PNR, today=TODAY)
    assert isinstance(request, LiveStatus) and request.train == "12951"


def _in_context(text: str, subject: Subject) -> object:
    return in_context(understand_message(text, today=TODAY, index=INDEX), subject, today=TODAY)


def test_on_another_train_asks_the_same_question_of_it() -> None:
    stops = StopsAt(train="12627", station="BPL")
    subject = Subject.model_validate({"request": stops, "train": "12627", "station": "BPL"})
    assert _in_context("on 12628?", subject) == StopsAt(train="12628", station="BPL")
    assert _in_context("aur 12628 pe?", subject) == StopsAt(train="12628", station="BPL")


def test_and_another_word_after_an_explanation_explains_it() -> None:
    subject = Subject.model_validate({"request": Explain(term="RAC")})
    assert _in_context("and GNWL?", subject) == Explain(term="GNWL")
    assert _in_context("aur tatkal?", subject) == Explain(term="TATKAL")


def test_from_there_starts_where_the_journey_shown_ends() -> None:
    shown = TrainsBetween(origin=("MAS", "MS"), destination="MYS", date=TODAY)
    subject = Subject.model_validate({"request": shown, "destination": "MYS"})
    request = _in_context("from there to bangalore", subject)
    assert isinstance(request, TrainsBetween)
    assert request.origin == ("MYS",) and request.destination[0] == "SBC"
    assert request.date == TODAY
    assert _in_context("from there", subject) == Departures(station="MYS")


def test_show_them_after_a_yes_or_no_about_one_train_shows_the_list() -> None:
    asked = CancelledTrains(train="12627", date=TODAY)
    subject = Subject.model_validate({"request": asked, "train": "12627"})
    assert _in_context("show them then", subject) == CancelledTrains(date=TODAY)
    assert _in_context("dikhao", subject) == CancelledTrains(date=TODAY)


AFTER_A_BOARD = Subject.model_validate(
    {"request": Departures(station="BPL", hours=4), "station": "BPL"}
)


@pytest.mark.parametrize(
    "text",
    ["next 3 hours me kaun si trains aayengi", "which trains are coming in the next 3 hours"],
)
def test_trains_coming_in_after_a_board_are_that_stations_arrivals(text: str) -> None:
    understood = understand_message(text, today=TODAY, index=INDEX)
    assert in_context(understood, AFTER_A_BOARD, today=TODAY) == Arrivals(station="BPL", hours=3)
