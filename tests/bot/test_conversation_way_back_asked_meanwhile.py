"""Whole conversations on the sample railway where the traveller asks for the way back in their
own words ("and the way back on 14 dec", "wapsi 14 dec", "वापसी 14 दिसंबर को"), also while
RailBot still waits for a detail of the onward question ("Which class?"): the same journey
reversed, city to city, on the new day, with the class, quota and party already said; never
"I only know Indian Railways", never the day taken for the onward journey, and the questions
after it are about the train back. A way back with no train is said once, with what to do."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("onward", "back", "shown"),
    [
        ("trains from delhi to mumbai on 10 dec", "and the way back on 14 dec",
         "Mumbai (all stations) → Delhi (all stations) on Mon 14 Dec"),
        ("delhi se mumbai 10 dec", "wapsi 14 dec",
         "Mumbai (all stations) → Delhi (all stations) on Mon 14 Dec"),
        ("दिल्ली से मुंबई 10 दिसंबर", "वापसी 14 दिसंबर को",
         "Mumbai (सभी स्टेशन) → Delhi (सभी स्टेशन), सोम, 14 दिसंबर"),
    ],
)  # fmt: skip
async def test_the_way_back_in_own_words_is_the_journey_reversed(
    store: Store, clock: FakeClock, onward: str, back: str, shown: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(onward)
        answer = text_of(await user.say(back))
    assert shown in answer, answer
    assert "12951 Mumbai Rajdhani" in answer, answer
    assert "I only know Indian Railways" not in answer, answer


@pytest.mark.parametrize(
    ("fare", "back", "cls"),
    [
        ("fare from delhi to mumbai on 10 dec", "and the way back on 14 dec", "3A"),
        ("delhi se mumbai 10 dec ka fare", "wapsi 14 dec", "3A"),
        ("दिल्ली से मुंबई 10 दिसंबर का किराया", "वापसी 14 दिसंबर को", "3A"),
    ],
)
async def test_the_way_back_while_asked_which_class_is_not_the_onward_day(
    store: Store, clock: FakeClock, fare: str, back: str, cls: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        asked = await user.say(fare)
        assert "CLASS:3A" in chips(asked).values(), text_of(asked)
        answer = text_of(await user.say(back))
        priced = text_of(await user.say(cls))
    assert "12951 Mumbai Rajdhani" in answer, answer
    assert "Noted" not in answer and "नोट" not in answer, answer
    assert "12951 Mumbai Rajdhani" in priced and "12952" not in priced, priced
    assert "Mumbai Central (MMCT) → New Delhi (NDLS)" in priced, priced
    assert "14 Dec" in priced or "14 दिसंबर" in priced, priced


async def test_the_way_back_keeps_the_class_and_the_party(store: Store, clock: FakeClock) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        onward = text_of(await user.say("3a fare from delhi to mumbai on 10 dec for 2"))
        back = text_of(await user.say("and the way back on 14 dec"))
    assert "₹2,349 per person · ₹4,698 for 2 · 3A" in onward, onward
    assert "12951 Mumbai Rajdhani" in back and "Mon 14 Dec" in back, back
    assert "₹2,349 per person · ₹4,698 for 2 · 3A" in back, back


@pytest.mark.parametrize(
    ("seats", "back"),
    [
        ("12628 seats 3a new delhi to bangalore 10 dec", "and the way back on 15 dec"),
        ("12628 seats 3a new delhi to bangalore 10 dec", "wapsi 15 dec ko"),
        ("12628 की 3A सीटें नई दिल्ली से बेंगलुरु 10 दिसंबर", "वापसी 15 दिसंबर को"),
    ],
)
async def test_the_way_back_of_one_trains_journey_is_city_to_city(
    store: Store, clock: FakeClock, seats: str, back: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(seats)
        answer = text_of(await user.say(back))
    # 12627 gets to New Delhi; 22691 to Hazrat Nizamuddin, Delhi all the same
    assert "12627 Karnataka Express" in answer, answer
    assert "22691 Bengaluru Rajdhani" in answer, answer
    assert "doesn't stop at" not in answer, answer


@pytest.mark.parametrize(
    ("onward", "back", "none"),
    [
        ("12626 sleeper fare 10 dec", "return train on 15 dec", "No direct train runs"),
        ("delhi se kochi 3a ka fare 10 dec", "wapsi 15 dec", "No direct train runs"),
        ("दिल्ली से कोच्चि 10 दिसंबर", "वापसी 15 दिसंबर को", "कोई सीधी ट्रेन नहीं"),
    ],
)
async def test_no_train_back_is_said_once_with_what_to_do(
    store: Store, clock: FakeClock, onward: str, back: str, none: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(onward)
        replies = await user.say(back)
    answer = text_of(replies)
    assert answer.count(none) == 1, answer
    assert "direct trains" not in answer.replace("No direct train runs", ""), answer
    assert "Which train?" not in answer and "कौन सी ट्रेन" not in answer, answer
    offered = chips(replies)
    assert not any("Other direction" in title or "उल्टी" in title for title in offered), offered
