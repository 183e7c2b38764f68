"""Whole conversations on the sample railway where the traveller hurries the bot on ("jaldi
karo", "जल्दी बताओ", "hurry up", "??"): a short word back and what is still needed (the question
open, or the last answer's gist), never the words read as a train's name, never the whole answer
again, and never the same line twice in a row."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("unknown", "hurry", "sorry"),
    [
        ("where is 99999", "hurry up", "First tell me this:"),
        ("99999 kaha hai", "jaldi karo", "First tell me this:"),
        ("99999 कहाँ है", "जल्दी बताओ", "पहले यह बताइए:"),
    ],
)
async def test_hurrying_after_a_failed_lookup_is_acknowledged_not_read_as_a_train(
    store: Store, clock: FakeClock, unknown: str, hurry: str, sorry: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        failed = text_of(await user.say(unknown))
        first = text_of(await user.say(hurry))
        second = text_of(await user.say(hurry))
    assert "99999" in failed
    for hurried in (first, second):
        assert "by that name" not in hurried and "इस नाम की" not in hurried
        assert "99999" in hurried  # what is still needed: the lookup that failed
    assert first.startswith(sorry)
    assert second.startswith("⏱")  # pressed again: another line, never the same twice
    assert first.splitlines()[0] != second.splitlines()[0]


async def test_hurrying_while_asked_where_from_asks_only_that_again(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        asked = text_of(await user.say("trains to mumbai"))
        hurried = text_of(await user.say("jaldi karo"))
        trains = text_of(await user.say("new delhi"))
    assert "starting from" in asked
    assert hurried.startswith("First tell me this:") and "starting from" in hurried
    assert "New Delhi (NDLS) → Mumbai" in trains


async def test_question_marks_after_didnt_get_that_are_short_and_never_the_same_twice(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        card = text_of(await user.say("12627 kaha hai"))
        noise = text_of(await user.say("??"))
        again = text_of(await user.say("??"))
        third = text_of(await user.say("??"))
    assert "didn't get that" in noise
    assert again.startswith("⏱") and "12627" in again and "Solapur" not in again
    assert len({noise.splitlines()[0], again.splitlines()[0], third.splitlines()[0]}) == 3
    assert "Solapur" in card


async def test_hurrying_after_an_answer_gives_its_gist_in_one_line(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("12627 kaha hai")
        hurried = text_of(await user.say("hurry up!!"))
    assert "My last answer, in short: 🚆 12627 Karnataka Express" in hurried
    assert "Itarsi" not in hurried


@pytest.mark.parametrize(
    ("unknown", "pressed", "first"),
    [
        ("where is 99999", "??", "First tell me this:"),
        ("99999 kaha hai", "??", "First tell me this:"),
        ("99999 कहाँ है", "??", "पहले यह बताइए:"),
    ],
)
async def test_question_marks_while_asked_after_an_unknown_train_are_one_short_line(
    store: Store, clock: FakeClock, unknown: str, pressed: str, first: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        failed = await user.say(unknown)
        hurried = await user.say(pressed)
    said = text_of(hurried)
    assert said.startswith(first) and "99999" in said
    assert said != text_of(failed) and text_of(failed) not in said  # never the whole text again
    assert len(said.splitlines()) == 2 and len(said) < 120  # the prefix and one short line
    assert chips(hurried) == chips(failed)  # the same quick replies
