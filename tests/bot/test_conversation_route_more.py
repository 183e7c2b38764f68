"""Whole conversations about a train's route and "more": after a route that fit on one page,
"more", "aur", "और दिखाओ" say that was the whole route and how many stops it has (never "didn't
get that", never the same stops again); after its first page of a longer route, its next stops."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chat, path, route_body, sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_736_600.0  # Tue 8 Dec 2026, 19:00 IST


@pytest.mark.parametrize(
    ("route", "more", "said"),
    [
        (
            "route of 12002",
            "more",
            "That was the whole route of 12002 Bhopal Shatabdi: all 7 stops, from New Delhi "
            "(NDLS) to Rani Kamlapati (RKMP).",
        ),
        ("12002 ka route", "aur", "That was the whole route of 12002 Bhopal Shatabdi: all 7 stops"),
        ("12002 का रूट", "और दिखाओ", "12002 Bhopal Shatabdi का पूरा रूट यही था"),
    ],
)
async def test_more_after_a_whole_route_says_that_was_all_of_it(
    store: Store, clock: FakeClock, route: str, more: str, said: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(route)
        answer = text_of(await user.say(more))
        again = text_of(await user.say(more))
    assert said in answer and said in again
    assert "Mathura Jn (MTJ)" not in answer  # its stops not listed again
    assert "didn't get that" not in answer


@pytest.mark.parametrize("more", ["more", "aur dikhao", "और स्टेशन"])
async def test_more_after_the_first_stops_of_a_long_route_goes_on_with_it(
    store: Store, clock: FakeClock, more: str
) -> None:
    async with chat(store, clock) as user:
        user.answers(path("route", "train", "12627"), route_body())
        first = text_of(await user.say("route of 12627"))
        rest = text_of(await user.say(more))
        after = text_of(await user.say(more))
    assert "Bhopal Jn (BPL)" not in first
    assert "Bhopal Jn (BPL)" in rest and "New Delhi (NDLS)" in rest
    assert "Yesvantpur" in first and "Yesvantpur" not in rest
    assert "21 stops" in after or "21 स्टेशन" in after
