"""Whole conversations on the sample railway where a name several trains share ("the shatabdi",
"शताब्दी") is said while the conversation is on places only one of them calls at (the journey in
hand, the ends of the train just looked at): that train alone, never every train of the name in
an arbitrary order. With nothing in hand, or places each of them calls at, every one of them is
answered, as before."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("before", "asked", "train", "others"),
    [
        # the Brindavan Express: Chennai–Bengaluru
        ("12639 kahan hai", "shatabdi kab chalti hai", "12007", ("12002",)),
        ("12639 kahan hai", "when does the shatabdi leave?", "12007", ("12002",)),
        # Bengaluru to Bhopal on the Karnataka Express: of the Rajdhanis, only the Bengaluru
        # one calls at both
        ("12627 SBC to BPL fare SL", "rajdhani kab chalti hai", "22691", ("12951", "12952")),
    ],
)
async def test_a_shared_name_is_the_train_that_calls_at_the_places_in_hand(
    store: Store, clock: FakeClock, before: str, asked: str, train: str, others: tuple[str, ...]
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(before)
        answer = text_of(await user.say(asked))
    assert train in answer and "Which" not in answer
    assert not any(other in answer for other in others)


async def test_a_shared_name_in_hindi_is_the_train_of_the_journey_in_hand(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12639 कहाँ है")
        answer = text_of(await user.say("शताब्दी कब चलती है"))
    assert "12007 Chennai Mysuru Shatabdi" in answer and "12002" not in answer


async def test_a_shared_name_with_nothing_in_hand_is_every_train_of_it(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("shatabdi kab chalti hai"))
    assert "12002 Bhopal Shatabdi" in answer and "12007 Chennai Mysuru Shatabdi" in answer


async def test_a_shared_name_both_trains_call_at_the_place_in_hand_is_both(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12952 kahan hai")  # New Delhi: both Karnataka Expresses call there
        answer = text_of(await user.say("karnataka express kab chalti hai"))
    assert "12627 Karnataka Express" in answer and "12628 Karnataka Express" in answer


async def test_places_in_hand_that_leave_several_of_the_name_ask_which_once(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")  # Bengaluru → New Delhi: every Rajdhani calls at one
        answer = text_of(await user.say("is the rajdhani running late?"))
    assert answer.startswith("Which train did you mean?")
    assert "12951" in answer and "12952" in answer and "22691" in answer
