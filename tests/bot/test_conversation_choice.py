"""Whole conversations on the sample railway where the bot asked which of the trains of one name
is meant ("Which Mumbai Rajdhani?"): the question shows when each leaves, and an answer by when it
leaves ("the 16:55 one", "5 baje wali", "रात वाली"), or by the way it runs with the name said again
("the rajdhani to mumbai", "दिल्ली वाली राजधानी"), picks it; the question is never asked again."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


async def test_the_choice_shows_when_each_train_leaves(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        asked = text_of(await user.say("mumbai rajdhani status"))
    assert "1. 12951 Mumbai Rajdhani: Mumbai Central (MMCT) 17:00 → New Delhi (NDLS)" in asked
    assert "2. 12952 Mumbai Rajdhani: New Delhi (NDLS) 16:55 → Mumbai Central (MMCT)" in asked


@pytest.mark.parametrize(
    ("asked", "picked", "then"),
    [
        ("mumbai rajdhani status", "the 16:55 one", "12952 Mumbai Rajdhani"),
        ("mumbai rajdhani status", "shaam 5 baje wali", "12951 Mumbai Rajdhani"),
        ("mumbai rajdhani kahan hai", "the one leaving at 5 pm", "12951 Mumbai Rajdhani"),
        ("karnataka express kahan hai", "8 baje wali", "12628 Karnataka Express"),
        ("karnataka express kahan hai", "raat wali", "12628 Karnataka Express"),
        ("कर्नाटक एक्सप्रेस कहाँ है", "रात वाली", "12628 Karnataka Express"),
        ("कर्नाटक एक्सप्रेस कहाँ है", "सात बजे वाली", "12627 Karnataka Express"),
    ],
)
async def test_a_train_offered_is_picked_by_when_it_leaves(
    store: Store, clock: FakeClock, asked: str, picked: str, then: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(asked)
        answer = text_of(await user.say(picked))
    assert then in answer and ("Started" in answer or "Run of" in answer or "को चली" in answer)
    assert "Which" not in answer and "कौन सी" not in answer


@pytest.mark.parametrize(
    "picked",
    ["the rajdhani to mumbai", "mumbai rajdhani from delhi", "delhi wali rajdhani"],
)
async def test_the_name_said_again_with_a_way_picks_the_train_offered_that_runs_it(
    store: Store, clock: FakeClock, picked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("mumbai rajdhani status")
        answer = text_of(await user.say(picked))
    assert "12952 Mumbai Rajdhani, the one from New Delhi (NDLS) to Mumbai Central (MMCT)" in answer
    assert "Which" not in answer


async def test_the_name_said_again_in_hindi_with_a_way_picks_it_too(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("मुंबई राजधानी कहाँ है")
        answer = text_of(await user.say("दिल्ली वाली राजधानी"))
    assert "12952 Mumbai Rajdhani, जो New Delhi (NDLS) से Mumbai Central (MMCT) जाती है" in answer
    assert "कौन सी" not in answer


async def test_a_part_of_the_day_both_leave_in_asks_again_never_a_name_search(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("karnataka express kahan hai")
        again = text_of(await user.say("shaam wali"))
        picked = text_of(await user.say("the 19:20 one"))
    assert "Which Karnataka Express?" in again and "by that name" not in again
    assert "12627 Karnataka Express" in picked and "Which" not in picked


async def test_once_chosen_the_same_name_is_that_train_and_never_asked_again(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("mumbai rajdhani kahan hai")
        await user.say("the 16:55 one")
        fare = text_of(await user.say("mumbai rajdhani ka fare 3A"))
    assert "12952 Mumbai Rajdhani" in fare and "₹" in fare
    assert "Which Mumbai Rajdhani?" not in fare


@pytest.mark.parametrize(
    ("asked", "chosen", "train"),
    [
        ("karnataka express ka fare 3A aur 2A", "12627", "12627 Karnataka Express"),
        ("कर्नाटक एक्सप्रेस का किराया 3A और 2A", "2", "12628 Karnataka Express"),
        ("mumbai rajdhani 3A aur 2A fare", "the 16:55 one", "12952 Mumbai Rajdhani"),
    ],
)
async def test_two_classes_asked_of_a_train_to_choose_ask_which_once_then_answer_both(
    store: Store, clock: FakeClock, asked: str, chosen: str, train: str
) -> None:
    async with sample_chat(store, clock) as user:
        question = text_of(await user.say(asked))
        answer = text_of(await user.say(chosen))
    which = question.split("\n", 1)[0]
    assert question.count(which) == 1  # the question asked once, never twice
    assert "· 3A (" in answer and "· 2A (" in answer and answer.count(train) == 2
    assert "Which" not in answer and "कौन सी" not in answer
