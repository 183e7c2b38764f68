"""Whole conversations on the sample railway asking for another train instead of one cancelled
(12626 Kerala Express, cancelled every day): today, only the trains still to leave are offered,
and those that have already left are said so (the Bhopal Shatabdi, its start moved to 08:30,
has gone by the afternoon); once all have left, tomorrow's are a tap away."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock

_HOUR = 3600


@pytest.mark.parametrize(
    ("journey", "cancelled", "other", "left"),
    [
        (
            "trains from delhi to agra",
            "is the second one cancelled?",
            "any other train?",
            "Already left today, too late to take instead: 12002 Bhopal Shatabdi (08:30).",
        ),
        (
            "delhi se agra ki trains",
            "12626 cancelled hai kya",
            "koi aur train?",
            "Already left today, too late to take instead: 12002 Bhopal Shatabdi (08:30).",
        ),
        (
            "दिल्ली से आगरा की ट्रेनें",
            "दूसरी वाली रद्द है क्या",
            "कोई दूसरी ट्रेन?",
            "आज पहले ही निकल चुकी, अब नहीं पकड़ सकते: 12002 Bhopal Shatabdi (08:30)।",
        ),
    ],
)
async def test_a_train_instead_of_a_cancelled_one_today_is_one_still_to_leave(
    store: Store, clock: FakeClock, journey: str, cancelled: str, other: str, left: str
) -> None:
    async with sample_chat(store, clock) as user:  # 16:36
        await user.say(journey)
        await user.say(cancelled)
        answer = await user.say(other)
    text = text_of(answer)
    assert left in text
    assert "12628 Karnataka Express" in text and "20:15 NDLS" in text
    assert "06:00 NDLS" not in text and "Seats 12002" not in chips(answer)


async def test_when_every_other_train_has_left_tomorrows_are_offered(
    store: Store, clock: FakeClock
) -> None:
    clock.advance(4.5 * _HOUR)  # 21:06: 12628, due at 20:15, left at 20:40 (its live run's)
    async with sample_chat(store, clock) as user:
        await user.say("trains from delhi to agra")
        await user.say("is the second one cancelled?")
        answer = await user.say("any other train?")
        tomorrow = text_of(await user.tap(chips(answer)["Tomorrow"]))
    assert "12002 Bhopal Shatabdi (08:30), 12628 Karnataka Express (20:40)" in text_of(answer)
    assert "on Thu 19 Nov" in tomorrow and "12628 Karnataka Express" in tomorrow


@pytest.mark.parametrize("other", ["alternative?", "koi aur train?", "दूसरी ट्रेन?"])
async def test_tomorrow_for_other_trains_after_a_list_leaves_the_cancelled_one_out(
    store: Store, clock: FakeClock, other: str
) -> None:
    clock.advance(4.5 * _HOUR)  # 21:06: 12002 and 12628 have left, 12626 is cancelled
    async with sample_chat(store, clock) as user:
        await user.say("trains from new delhi to bhopal")
        answer = await user.say(other)
        offered = chips(answer)
        tap = offered.get("Tomorrow") or offered["कल"]
        tomorrow = text_of(await user.tap(tap))
    assert tap.endswith(":12626")  # the train left out travels in the button
    assert "12628 Karnataka Express" in tomorrow and "12002 Bhopal Shatabdi" in tomorrow
    assert "12626" not in tomorrow


@pytest.mark.parametrize("again", ["koi aur train?", "alternative?", "any other train?"])
async def test_other_trains_asked_again_still_leave_the_cancelled_one_out(
    store: Store, clock: FakeClock, again: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from new delhi to bhopal tomorrow")
        first = text_of(await user.say("alternative?"))
        answer = text_of(await user.say(again))
    assert "12626" not in first and "12626" not in answer
    assert "12628 Karnataka Express" in answer
