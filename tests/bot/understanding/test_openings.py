"""A vague opening: only that a train, or a journey, is wanted."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import TrainsBetween
from app.bot.understanding import understand_message
from app.bot.understanding.openings import asks_about_a_train, journey_wanted, wants_a_train
from tests.bot.harness import INDEX

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    "text",
    ["I need a train", "train", "mujhe train chahiye", "मुझे ट्रेन चाहिए", "kal jana hai",
     "looking for a train", "i want to travel"],
)  # fmt: skip
def test_only_a_train_wanted_is_a_journey_still_to_say(text: str) -> None:
    understood = understand_message(text, today=TODAY, index=INDEX)
    assert wants_a_train(understood)


@pytest.mark.parametrize(
    "text", ["tell me a joke", "hello", "train me khana milega?", "12627", "chennai se train"]
)
def test_anything_more_is_not_a_vague_opening(text: str) -> None:
    understood = understand_message(text, today=TODAY, index=INDEX)
    assert not wants_a_train(understood)


def test_the_day_said_is_the_journeys() -> None:
    understood = understand_message("need a train tomorrow", today=TODAY, index=INDEX)
    assert journey_wanted(understood) == TrainsBetween(date=TODAY + dt.timedelta(days=1))


@pytest.mark.parametrize(
    "text",
    ["meri train ka batao", "meri gaadi ka kya haal hai", "apni train ki jankari chahiye",
     "मुझे अपनी ट्रेन के बारे में जानना है", "train ke bare me kuch puchna hai"],
)  # fmt: skip
def test_ones_own_train_is_a_train_to_say_not_a_journey(text: str) -> None:
    understood = understand_message(text, today=TODAY, index=INDEX)
    assert asks_about_a_train(understood)
    assert not wants_a_train(understood)


@pytest.mark.parametrize(
    "text", ["meri train ka status", "meri train 12627 hai", "my train to bhopal", "mera pnr"]
)
def test_more_than_ones_own_train_is_no_vague_opening(text: str) -> None:
    understood = understand_message(text, today=TODAY, index=INDEX)
    assert not asks_about_a_train(understood)
