"""Whole conversations on the sample railway asking Tatkal seats: Tatkal opens one day before the
journey (10:00 for AC classes, 11:00 for the others), so Tatkal seats asked days ahead are when
it opens, with the general quota's seats a tap away, never a Tatkal availability that cannot be
booked yet; asked for tomorrow, once open, they are the day's Tatkal seats alone."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "opens"),
    [
        (
            "12627 SL tatkal availability on 30 nov",
            "Tatkal for Mon 30 Nov isn't open yet: it opens one day before the journey, at 11:00"
            " for non-AC classes (10:00 for AC). For SL on Mon 30 Nov, book Tatkal on Sun 29 Nov"
            " from 11:00.",
        ),
        (
            "12951 me 30 nov ko tatkal 3A seat",
            "For 3A on Mon 30 Nov, book Tatkal on Sun 29 Nov from 10:00.",
        ),
        (
            "१२६२७ में ३० नवंबर को तत्काल स्लीपर सीट",
            "सोम, 30 नवंबर के लिए तत्काल अभी नहीं खुला है",
        ),
    ],
)
async def test_tatkal_seats_twelve_days_ahead_are_when_tatkal_opens(
    store: Store, clock: FakeClock, asked: str, opens: str
) -> None:
    async with sample_chat(store, clock) as user:  # Wed 18 Nov
        answer = await user.say(asked)
    text = text_of(answer)
    assert opens in text
    assert "Tatkal quota" not in text and "तत्काल कोटा" not in text and "🎫" not in text
    assert len(chips(answer)) == 1


async def test_the_general_quota_is_a_tap_away_when_tatkal_is_not_open(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = await user.say("12627 SL tatkal availability on 30 nov")
        general = text_of(await user.tap(chips(answer)["General quota seats"]))
    assert "SL · General quota" in general and "Mon 30 Nov" in general


async def test_tatkal_seats_for_tomorrow_once_open_are_that_days_alone(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:  # 16:36, Tatkal for Thu 19 Nov open at 11:00
        answer = text_of(await user.say("12627 SL tatkal seats tomorrow"))
    assert "SL · Tatkal quota" in answer and "Thu 19 Nov:" in answer
    assert "Fri 20 Nov:" not in answer
