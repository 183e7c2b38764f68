"""Whole conversations on the sample railway where, after a journey's trains, the traveller asks
which to take ("which should I take", "toh kaunsa lun", "कौन सी लूँ"): one train, with why (the
shortest journey, the first to get in, the only one left to take), from the list just shown; or
picks one by when it leaves ("which one leaves latest"). Questions of something else of the
list ("which class should I take") keep their reading."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    "asked",
    ["which should I take", "which one would you recommend?", "toh kaunsa lun",
     "kaunsi leni chahiye", "kon si train better rahegi", "toh kaunsi lu", "kaunsi lun",
     "kaun si le lu", "konsi lena chahiye", "kaunsi best rahegi", "kon sa loon"],
)  # fmt: skip
async def test_which_to_take_of_a_list_is_one_train_with_why(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("chennai se bangalore kal")
        answer = text_of(await user.say(asked))
    assert "The one I'd take, Chennai (all stations) → Bengaluru (all stations)" in answer
    assert "1. 12007 Chennai Mysuru Shatabdi" in answer
    assert "Why: the shortest journey (4h 55m), and it gets in first (10:55)." in answer
    assert "12639" not in answer and "only know Indian Railways" not in answer


async def test_which_to_take_in_hindi_is_said_in_hindi(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("दिल्ली से भोपाल कल की ट्रेनें")
        answer = text_of(await user.say("कौन सी लूँ"))
    assert "🚆 मेरी सलाह, Delhi (सभी स्टेशन) → Bhopal (सभी स्टेशन)" in answer
    assert "12002 Bhopal Shatabdi" in answer
    # started 2 h 30 min late that day (the sample's rescheduled run): in at 16:55, not 14:25
    assert "क्यों: सबसे छोटा सफ़र (8 घंटे 25 मिनट), और यह सबसे पहले पहुँचती है (16:55)।" in answer


async def test_a_cancelled_train_is_never_advised_the_one_left_is_said_so(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("chennai to mysuru trains tomorrow")  # Kaveri cancelled SBC → MYS then
        answer = text_of(await user.say("which one should I book?"))
    assert "12007 Chennai Mysuru Shatabdi" in answer and "16021" not in answer
    assert "Why: it is the only train on this list you can still take that day." in answer


async def test_advice_after_a_look_at_one_train_of_the_list_is_of_the_whole_list(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("chennai se bangalore kal")
        await user.say("the second one")
        await user.say("the one after that")
        answer = text_of(await user.say("which should I take"))
    assert "12007 Chennai Mysuru Shatabdi" in answer and "Why:" in answer


@pytest.mark.parametrize(
    ("asked", "then"),
    [
        ("which one leaves latest", "4. 12657 Chennai Bengaluru Mail"),
        ("which one is leaving the earliest?", "1. 12007 Chennai Mysuru Shatabdi"),
        ("the last one", "4. 12657 Chennai Bengaluru Mail"),
        ("which reaches first", "1. 12007 Chennai Mysuru Shatabdi"),
    ],
)
async def test_a_train_of_the_list_picked_by_when_it_leaves(
    store: Store, clock: FakeClock, asked: str, then: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("chennai se bangalore kal")
        answer = text_of(await user.say(asked))
    assert then in answer and "Which station" not in answer and "Why:" not in answer


async def test_the_latest_of_a_board_is_its_last_train_not_the_board_again(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        board = text_of(await user.say("trains from NDLS next 4 hours"))
        answer = text_of(await user.say("which one leaves latest"))
    last = board.split("\n")[-3].split()[1]  # the board's last train, whoever it is
    assert answer.startswith(f"🚆 {last}") and "next 4 h" not in answer


async def test_which_class_to_take_is_no_advice_of_a_train(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("chennai se bangalore kal")
        await user.say("the first one")
        answer = text_of(await user.say("which class should I take"))
    assert "The one I'd take" not in answer and "Why:" not in answer
    assert "EC" in answer and "CC" in answer


@pytest.mark.parametrize(
    ("board", "asked", "to", "why"),
    [
        ("trains from NDLS next 4 hours", "which should I take", "bhopal",
         "Why: it is the only train on this list you can still take that day."),
        ("दिल्ली से अगले 4 घंटे की ट्रेनें", "कौन सी लूँ", "भोपाल",
         "क्यों: उस दिन इस सूची में यही एक ट्रेन है जो आप अब भी ले सकते हैं।"),
    ],
)  # fmt: skip
async def test_which_to_take_of_a_board_asks_where_to_then_advises_one_still_to_leave(
    store: Store, clock: FakeClock, board: str, asked: str, to: str, why: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(board)
        where = text_of(await user.say(asked))
        answer = text_of(await user.say(to))
    assert "MMCT" in where and ("going to" in where or "तक" in where)
    # at 16:36 the 06:00 Shatabdi is gone and the Kerala Express cancelled: the Karnataka Express
    assert "12628 Karnataka Express" in answer and "12002" not in answer
    assert why in answer


async def test_which_to_take_in_hindi_script_with_le_is_said_in_hindi(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("chennai se bangalore kal")
        answer = text_of(await user.say("कौन सी ले लूँ"))
    assert "🚆 मेरी सलाह, Chennai (सभी स्टेशन) → Bengaluru (सभी स्टेशन)" in answer
    assert "1. 12007 Chennai Mysuru Shatabdi" in answer and "क्यों:" in answer


@pytest.mark.parametrize(
    "asked", ["kaunsa phone lu", "chair kaunsi lu office ke liye", "10th ke baad kaunsa stream lu"]
)
async def test_which_thing_to_take_of_another_topic_is_no_advice_of_a_train(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("chennai se bangalore kal")
        answer = text_of(await user.say(asked))
    assert "only know Indian Railways" in answer and "The one I'd take" not in answer


async def test_which_class_to_take_in_hinglish_is_no_advice_of_a_train(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("chennai se bangalore kal")
        answer = text_of(await user.say("kaunsi class lu"))
    assert "The one I'd take" not in answer and "Why:" not in answer
    assert "EC (Exec. Chair Car)" in answer
