"""A pet taken on a train is a railway question (where it may travel, booked at the parcel office),
in English, Hinglish and Devanagari; a pet's food or shop stays outside railways."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import CannotDo, Intent
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    "text",
    [
        "can I carry my dog?",
        "can i take my cat on the train",
        "kutta le ja sakte hai train me?",
        "billi train me allowed hai?",
        "क्या मैं ट्रेन में अपनी बिल्ली ले जा सकता हूँ?",
        "ट्रेन में कुत्ता ले जा सकते हैं क्या",
    ],
)
def test_a_pet_taken_on_a_train_is_asked_of_the_railways_rule(
    text: str, index: StationIndex
) -> None:
    request = understand(text, today=TODAY, index=index)
    assert isinstance(request, CannotDo)
    assert request.task == "pets"


@pytest.mark.parametrize("text", ["dog food delivery", "pet shop near me", "dog grooming near me"])
def test_a_pets_food_or_shop_stays_outside_railways(text: str, index: StationIndex) -> None:
    assert understand(text, today=TODAY, index=index).intent == Intent.OUT_OF_SCOPE
