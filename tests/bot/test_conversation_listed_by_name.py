"""Whole conversations on the sample railway where a train of a journey's list is named by a word
of its name ("ok the brindavan then"): it becomes the train in hand, and what is asked with it
(its seats in a class) and after it ("fare?", "when does it reach") is of that train on the
list's journey and day; a train of one name asked of the list ("doesn't the shatabdi run on
wednesday?") is the one of that journey, never another of that name elsewhere."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_MORNING = 1_796_702_400.0  # Tue 8 Dec 2026, 09:30 IST


@pytest.mark.parametrize(
    ("trains", "shatabdi", "brindavan", "fare", "reach"),
    [
        (
            "trains from chennai to bangalore tomorrow",
            "doesn't the shatabdi run on wednesday?",
            "ok the brindavan then. CC seats?",
            "fare?",
            "what time does it reach",
        ),
        (
            "chennai se bangalore kal ki trains",
            "shatabdi budhwar ko nahi chalti kya?",
            "theek hai brindavan. CC seats?",
            "kiraya?",
            "kitne baje pahunchegi",
        ),
    ],
)
async def test_a_listed_train_named_by_a_word_is_the_train_in_hand(
    store: Store,
    clock: FakeClock,
    trains: str,
    shatabdi: str,
    brindavan: str,
    fare: str,
    reach: str,
) -> None:
    clock.now = TUESDAY_MORNING
    async with sample_chat(store, clock) as user:
        await user.say(trains)
        runs = text_of(await user.say(shatabdi))
        seats = text_of(await user.say(brindavan))
        priced = text_of(await user.say(fare))
        reaches = text_of(await user.say(reach))
    assert "12007" in runs and "12002" not in runs
    assert "12639 Brindavan Express" in seats and "CC" in seats and "Wed 9 Dec" in seats
    assert "3 trains" not in seats
    assert "12639" in priced and "₹" in priced
    assert "12639" in reaches and "13:55" in reaches



@pytest.mark.parametrize(
    ("trains", "seats", "other", "shown"),
    [
        (
            "मैं 10 दिसंबर को भोपाल से दिल्ली जाना चाहता हूँ",
            "राजधानी में सेकंड एसी खाली है?",
            "और कर्नाटक में?",
            "2A · सामान्य कोटा",
        ),
        (
            "bhopal se delhi 10 dec ki trains",
            "rajdhani me 2A available hai?",
            "aur karnataka me?",
            "2A · General quota",
        ),
        (
            "trains from bhopal to delhi on 10 dec",
            "2A seats on the rajdhani?",
            "and on the karnataka?",
            "2A · General quota",
        ),
    ],
)
async def test_another_listed_train_named_after_seats_is_asked_the_same(
    store: Store, clock: FakeClock, trains: str, seats: str, other: str, shown: str
) -> None:
    clock.now = TUESDAY_MORNING
    async with sample_chat(store, clock) as user:
        await user.say(trains)
        await user.say(seats)
        answer = text_of(await user.say(other))
    assert "12627 Karnataka Express" in answer and shown in answer
    assert "Bhopal Jn (BPL) → New Delhi (NDLS)" in answer


@pytest.mark.parametrize(
    "check",
    [
        "theek hai fir karnataka express me sleeper dekho",
        "ok, check sleeper on the karnataka express",
        "ठीक है, कर्नाटक एक्सप्रेस में स्लीपर देखो",
    ],
)
async def test_a_class_to_check_on_a_train_is_its_seats_not_whether_it_has_it(
    store: Store, clock: FakeClock, check: str
) -> None:
    clock.now = TUESDAY_MORNING
    async with sample_chat(store, clock) as user:
        await user.say("delhi se bhopal kal ki train")
        await user.say("EC ka kiraya kitna hai shatabdi me")
        answer = text_of(await user.say(check))
    assert "12628 Karnataka Express" in answer and "SL" in answer
    assert "🎫" in answer and "₹" not in answer and "has SL" not in answer


@pytest.mark.parametrize(
    ("asked", "day"),
    [
        ("shatabdi time pe hai na kal?", "Wed 9 Dec"),
        ("kal shatabdi time pe hai?", "Wed 9 Dec"),
        ("शताब्दी कल समय पर है ना?", "9 दिसंबर"),
    ],
)
async def test_kal_on_time_during_a_trip_tomorrow_is_tomorrows_run(
    store: Store, clock: FakeClock, asked: str, day: str
) -> None:
    clock.now = TUESDAY_MORNING
    async with sample_chat(store, clock) as user:
        await user.say("delhi se bhopal kal ki train")
        await user.say("shatabdi me CC available hai?")
        answer = text_of(await user.say(asked))
    assert "12002" in answer and day in answer
    assert "Mon 7 Dec" not in answer and "7 दिसंबर" not in answer and "17:10" not in answer
