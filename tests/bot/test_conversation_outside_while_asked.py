"""While the bot waits for an answer to its own question (which class for a fare, which station
to start from for trains to a place, which date for seats in a class), a message about
something else gets the "I only know Indian Railways" answer, as it does alone, whatever kind it
is: a few everyday words ("how to iron a formal shirt", "neend"), a word that is also a station,
a date or a number of travellers ("gaya tha bazaar...", "15 tarikh ko school ki chutti hai
kya", "ye video 5 doston ko forward karo"), a train in an idiom ("zindagi ki gaadi patri se utar
gayi hai"), small talk of one's own day. Never "Noted: from Gaya", a date's seats, "I can't tell
that" nor the question again. Real answers to the question still answer it (a class, a
station, a date, "from pune, my home town"), a question of the trip the railway data cannot
tell is still said so ("kitni bheed hogi"), "ok" keeps the question, and "cancel" starts over."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.bot.outside_in_context import is_outside_answer
from tests.conftest import FakeClock

# What the bot waits for after each: which class (a fare), which station to start from
# (trains to a place), which date (seats in a class).
_ASKED = ("12627 fare", "trains to mumbai", "12627 seats 3A")


@pytest.mark.parametrize("asked", _ASKED)
@pytest.mark.parametrize(
    "meanwhile",
    [
        "how to iron a formal shirt",  # a few everyday words
        "pan card kaise banta hai",
        "what is 15 percent of 240",
        "बाल झड़ना कैसे रोकें",
        "office trip cancelled",
        "gaya tha bazaar, batua wahin bhool aaya",  # "gaya": a station, and "went"
        "mathura ke pede kahan milenge",  # a station's sweets, not a journey from it
        "15 tarikh ko school ki chutti hai kya",  # a date, not the date asked
        "aaj kal mann nahi lagta",  # "aaj": today
        "ye video 5 doston ko forward karo",  # "5": not five travellers
        "zindagi ki gaadi patri se utar gayi hai",  # a train in an idiom
        "love is a journey, not a station",
        "duronto shabd ka arth kya hai",  # a train's name as a word
        "bank kitne baje khulta hai",  # the time of something else
        "shimla se manali bike trip kitne din ka",  # another way of travelling
    ],
)
async def test_something_else_while_asked_is_outside_railways(
    store: Store, clock: FakeClock, asked: str, meanwhile: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(asked)
        replies = await user.say(meanwhile)
    told = text_of(replies)
    assert is_outside_answer(told), told
    assert "Noted" not in told and "नोट कर" not in told and "can't tell" not in told, told
    assert replies[-1].quick_replies  # the menu


@pytest.mark.parametrize(
    ("asked", "answer", "answered"),
    [
        ("12627 fare", "3A", "3A (AC 3 Tier)"),
        ("12627 fare", "sleeper", "SL (Sleeper)"),
        ("12627 fare", "sabse sasta", "SL (Sleeper)"),
        ("trains to mumbai", "ndls", "New Delhi"),
        ("trains to mumbai", "from pune, my home town", "Pune Jn (PUNE)"),
        ("12627 seats 3A", "kal", "3A"),
        ("12627 seats 3A", "25 dec", "25 Dec"),
        ("12627 seats 3A", "my friend will board at itarsi", "Itarsi Jn (ET)"),
    ],
)
async def test_an_answer_to_the_question_still_answers_it(
    store: Store, clock: FakeClock, asked: str, answer: str, answered: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(asked)
        told = text_of(await user.say(answer))
    assert answered in told and not is_outside_answer(told), told


@pytest.mark.parametrize("asked", _ASKED)
async def test_a_question_of_the_trip_is_still_one_the_data_cannot_tell(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(asked)
        told = text_of(await user.say("kitni bheed hogi"))
    assert told.startswith("I can't tell that"), told


@pytest.mark.parametrize(
    ("asked", "answer", "answered"),
    [
        ("12627 fare", "3A", "3A (AC 3 Tier)"),
        ("trains to mumbai", "ndls", "New Delhi"),
        ("12627 seats 3A", "kal", "3A"),
    ],
)
async def test_ok_keeps_the_question_and_cancel_starts_over(
    store: Store, clock: FakeClock, asked: str, answer: str, answered: str
) -> None:
    async with sample_chat(store, clock) as user:
        asking = text_of(await user.say(asked))
        kept = text_of(await user.say("ok"))
        later = text_of(await user.say(answer))
        await user.say(asked)
        cancelled = text_of(await user.say("cancel"))
    assert not is_outside_answer(kept), kept
    assert answered in later, later  # the question was still open
    assert not is_outside_answer(cancelled), cancelled
    assert asking.splitlines()[-1] not in cancelled, cancelled
