"""Whole conversations on the sample railway where a journey's trains were asked from a time on
("tomorrow after 9am", "kal subah 10 ke baad", "कल सुबह 10 बजे के बाद") and more of them than a
page leave then: "More trains", tapped or typed, is the next page of the same day from the same
time, numbered on from the first page, never the whole day's list again."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "more", "window"),
    [
        ("ndls to gzb tomorrow after 9am", "More trains", "Leaving after 09:00"),
        ("kal subah 10 ke baad delhi se ghaziabad", "More trains", "Leaving after 10:00"),
        ("कल सुबह 10 बजे के बाद दिल्ली से गाज़ियाबाद", "और ट्रेनें", "10:00 के बाद चलने वाली"),
    ],
)
async def test_more_trains_tapped_keeps_the_time_and_the_day(
    store: Store, clock: FakeClock, asked: str, more: str, window: str
) -> None:
    async with sample_chat(store, clock) as user:
        first = text_of(await user.say(asked))
        assert "1. 64411" in first and window in first
        then = text_of(await user.tap_titled(more))
    assert window in then
    assert "7. 64423 New Delhi Ghaziabad MEMU" in then  # the 7th of 7 leaving then, numbered on
    assert "64409" not in then and "of 12" not in then and "में से 7–12" not in then
    assert "Thu 19 Nov" in then or "गुरु, 19 नवंबर" in then


@pytest.mark.parametrize("typed", ["more trains", "aur trains dikhao", "और ट्रेनें"])
async def test_more_trains_typed_goes_on_with_the_same_numbers(
    store: Store, clock: FakeClock, typed: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("ndls to gzb tomorrow after 9am")
        replies = await user.say(typed)
    text = text_of(replies)
    assert "7. 64423" in text and "12. 64423" not in text
    assert "09:00" in text
    assert "FARE:64423:NDLS:GZB:2026-11-19" in chips(replies).values()
