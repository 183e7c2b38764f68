"""Questions issue #15 found misread: food on a train, a booking's chance of confirmation, and
"track it" after a PNR."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import AlertSubscribe, CannotDo, LiveStatus, PnrStatus
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
        "12627 mein khana",
        "khana order karna hai 12627",
        "train mein khana order karna hai",
        "12627 में खाना ऑर्डर करना है",
        "pnr 4512345678 ke liye food order",
    ],
)
def test_food_on_a_train_is_a_thing_railbot_cannot_do(text: str) -> None:
    request = understand(text, today=TODAY, index=INDEX)
    assert isinstance(request, CannotDo) and request.task == "food"


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
