"""Whole conversations on the sample railway where the next message takes what was just shown
for granted: the train, the PNR, the journey, the class, the day."""

from __future__ import annotations

from app.constants import STATE_PREFIX
from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock


async def test_after_a_pnr_is_it_late_fare_and_alert_are_about_that_booking(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")
        late = text_of(await user.say("is it late?"))
        fare = text_of(await user.say("fare"))
        alert = text_of(await user.say("alert bhi laga do"))
    assert "12627 Karnataka Express" in late
    assert "SL (Sleeper)" in fare and "KSR Bengaluru City Jn (SBC) → New Delhi (NDLS)" in fare
    assert "4512345678" in alert and "12627" in alert


async def test_what_about_another_class_asks_the_same_fare_again(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("fare 12952 ndls mmct 3a")
        second = await user.say("what about 2A")
    assert "2A (AC 2 Tier)" in text_of(second) and "12952" in text_of(second)
    assert "Fare 3A" in chips(second)


async def test_a_fare_question_answered_with_three_details_at_once(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        asked = text_of(await user.say("fare"))
        train = await user.say("12627")
        answer = text_of(await user.say("sbc ndls 3a"))
    assert "starting from" in asked
    assert "starting from" in text_of(train) and "SBC KSR Bengaluru C…" in chips(train)
    assert "3A (AC 3 Tier)" in answer and "(SBC) → New Delhi (NDLS)" in answer


async def test_forgetting_me_forgets_the_subject_too(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")
        assert await store.get(STATE_PREFIX + user.user) is not None
        await user.say("forget me")
        await user.tap_titled("Yes, delete it")
        assert await store.get(STATE_PREFIX + user.user) is None
        late = text_of(await user.say("is it late?"))
    assert "Which train?" in late


async def test_starting_over_forgets_the_subject(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("route 12627")
        await user.say("cancel")
        asked = text_of(await user.say("live status"))
    assert "Which train?" in asked
