"""Whole conversations on the sample railway where the next message asks about what the answer
just said: the halt of the train in hand at a stop asked in few words ("how long at kota?"), the
day of a time said "tomorrow" asked back ("which day?", "किस दिन?"), answered with its date, what
to do now about a train with no booking (its status and what can be checked of it), and how far a
station is asked in English ("how far is kota"), a train's question."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("first", "asked", "halt"),
    [
        ("route of 12951", "how long at kota?", "12951 Mumbai Rajdhani halts 10 min at Kota Jn"),
        ("12627 ka route", "how long at itarsi", "halts 10 min at Itarsi Jn (ET)"),
        ("12628 timetable", "and how long is it at bhopal?", "halts 10 min at Bhopal Jn (BPL)"),
        ("12627 ka route", "itarsi pe kitna rukti hai", "halts 10 min at Itarsi Jn (ET)"),
        ("12627 का रूट", "इटारसी पर कितनी देर रुकती है", "Itarsi Jn (ET) पर 10 मिनट रुकती है"),
    ],
)
async def test_how_long_at_a_stop_after_a_route_is_that_trains_halt_not_the_board(
    store: Store, clock: FakeClock, first: str, asked: str, halt: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(first)
        answer = text_of(await user.say(asked))
    assert halt in answer and "🚉" not in answer


async def test_how_long_to_get_to_a_stop_is_not_read_as_its_halt(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("route of 12951")
        answer = text_of(await user.say("how long at kota to reach"))
    assert "halts" not in answer


@pytest.mark.parametrize(
    ("asked", "then", "dated"),
    [
        ("12627 agra kab pahunchegi", "which day?", "05:27 (tomorrow, Thu 19 Nov)"),
        ("when will 12627 reach gwalior", "on which date?", "(tomorrow, Thu 19 Nov)"),
        ("12628 bangalore kab pahunchegi", "kis tarikh ko?", "10:05 (tomorrow, Thu 19 Nov)"),
        ("12627 आगरा कब पहुँचेगी", "किस दिन?", "(कल, गुरु, 19 नवंबर)"),
    ],
)
async def test_which_day_after_a_time_said_tomorrow_says_its_date(
    store: Store, clock: FakeClock, asked: str, then: str, dated: str
) -> None:
    async with sample_chat(store, clock) as user:
        first = text_of(await user.say(asked))
        answer = text_of(await user.say(then))
    assert "19 Nov" not in first and "19 नवंबर" not in first
    assert dated in answer and "Runs" not in answer


async def test_a_check_again_after_which_day_keeps_the_date_said(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 agra kab pahunchegi")
        await user.say("which day?")
        answer = text_of(await user.say("bhopal kab pahunchegi"))
    assert "Bhopal Jn (BPL)" in answer and "19 Nov" not in answer


@pytest.mark.parametrize(
    ("first", "asked", "status"),
    [
        ("12627 kahan hai", "what should I do now?", "Running 12 min late"),
        ("12951 status", "ab kya karu", "It hasn't started yet"),
        ("12627 कहाँ है", "अब मैं क्या करूँ?", "12 मिनट"),
    ],
)
async def test_what_to_do_now_about_a_train_without_a_booking_is_its_status_and_what_to_ask(
    store: Store, clock: FakeClock, first: str, asked: str, status: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(first)
        answer = text_of(await user.say(asked))
    assert status in answer
    assert "New Delhi" in answer and ("its route" in answer or "रूट" in answer)
    assert "Here's what you can ask me" not in answer and "PNR alerts" not in answer


async def test_what_to_do_now_with_nothing_in_hand_is_still_the_menu(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("what should I do now?"))
    assert "Here's what you can ask me" in answer


@pytest.mark.parametrize("asked", ["how far is kota", "how far is kota?", "how far is gaya"])
async def test_how_far_a_station_is_asked_in_english_is_a_trains_question(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert "Which train?" in answer and "only know Indian Railways" not in answer


async def test_how_far_kota_is_from_here_is_not_a_station_board(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("how far is kota from here"))
    assert "🚉" not in answer and "Which train?" not in answer


async def test_how_far_kota_after_a_train_is_the_distance_on_its_way(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12951 status")
        answer = text_of(await user.say("how far is kota"))
    assert "Kota Jn" in answer and "km" in answer
