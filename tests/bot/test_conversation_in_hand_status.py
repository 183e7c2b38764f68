"""Whole conversations on the sample railway where a follow-up asks how the train in hand runs:
how late it is ("delay kitna hai", never a fare's "Which class?"), its running status right after
a journey's train was shown (never whether it runs that day), why it stands still (where it is
and how late, and that the railway gives no reason, never outside railways), and when the trains
just listed get "there" (the journey's end, never the board of that place or outside railways)."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "late"),
    [
        ("delay kitna hai", "Running 12 min late."),
        ("late kitna hai?", "Running 12 min late."),
        ("delay kitne ka hai", "Running 12 min late."),
        ("डिले कितना है", "12 मिनट लेट चल रही है।"),
        ("देरी कितना है", "12 मिनट लेट चल रही है।"),
        ("what's the train's delay?", "12 min late"),
    ],
)
async def test_how_much_delay_after_a_live_status_is_its_delay_not_a_fare(
    store: Store, clock: FakeClock, asked: str, late: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 status")
        answer = text_of(await user.say(asked))
    assert late in answer
    assert "Which class?" not in answer and "किस क्लास" not in answer and "₹" not in answer


@pytest.mark.parametrize(
    "asked",
    ["running status batao", "what's the train's current status", "रनिंग स्टेटस बताओ"],
)
async def test_running_status_after_a_journeys_train_is_where_that_train_is(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("delhi se mumbai ki train")
        answer = text_of(await user.say(asked))
    assert "12952 Mumbai Rajdhani" in answer
    assert "not started yet" in answer or "अभी चली नहीं है" in answer
    assert "runs NDLS → MMCT" not in answer and "Rescheduled trains" not in answer
    assert "1. 12952" not in answer  # never the list again


@pytest.mark.parametrize(
    ("asked", "honest"),
    [
        ("why has the train stopped?", "The railway doesn't say why a train stops on the way"),
        ("gaadi kyu ruki hui hai", "The railway doesn't say why a train stops on the way"),
        ("ट्रेन क्यों रुकी है", "ट्रेन रास्ते में क्यों रुकी है (सिग्नल, क्रॉसिंग, ट्रैक पर काम), यह रेलवे"),
    ],
)
async def test_why_the_train_in_hand_stopped_is_its_status_and_that_no_reason_is_given(
    store: Store, clock: FakeClock, asked: str, honest: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 kahan hai")
        answer = text_of(await user.say(asked))
    assert honest in answer
    assert "12 min late" in answer or "12 मिनट लेट" in answer
    # its live card, just shown, is not shown again; in Hindi it is another card, so it is
    hindi = any("\u0900" <= letter <= "\u097f" for letter in asked)
    assert ("🚆 12627" in answer) == hindi


@pytest.mark.parametrize("asked", ["why has the train stopped?", "train kyu ruki hui hai"])
async def test_why_stopped_after_a_journeys_train_is_that_trains_run_not_outside_railways(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("delhi se mumbai ki train")
        answer = text_of(await user.say(asked))
    assert "12952 Mumbai Rajdhani" in answer and "not started yet" in answer
    assert "only know Indian Railways" not in answer and "🛤" not in answer  # nor its route


@pytest.mark.parametrize(
    ("asked", "reaches"),
    [
        ("waha kab aayegi", "reaches New Delhi (NDLS) at 09:15"),
        ("when will it get there?", "reaches New Delhi (NDLS) at 09:15"),
        ("वहाँ कब आएगी", "New Delhi (NDLS) 09:15 बजे पहुँचती है (दिन 3, आख़िरी स्टेशन)"),
    ],
)
async def test_when_the_trains_listed_get_there_is_each_ones_arrival_at_the_journeys_end(
    store: Store, clock: FakeClock, asked: str, reaches: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from bangalore to delhi")
        answer = text_of(await user.say(asked))
    assert reaches in answer
    assert "22691 Bengaluru Rajdhani" in answer and "Hazrat Nizamuddin (NZM)" in answer
    assert "only know Indian Railways" not in answer and "🚉" not in answer
    assert "starting from" not in answer


@pytest.mark.parametrize(
    "asked", ["wahan kab pahunchegi", "when will it get there?", "वहाँ कब पहुँचेगी"]
)
async def test_when_four_trains_listed_get_there_is_each_ones_arrival_never_the_board_there(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from chennai to bangalore")  # four trains
        answer = text_of(await user.say(asked))
    for train in ("12007", "12639", "16021", "12657"):
        assert train in answer
    assert "10:55" in answer and "13:55" in answer and "04:50" in answer
    assert "🚉" not in answer and "next 4 h" not in answer and "अगले 4 घंटे" not in answer


async def test_the_return_journey_a_day_later_then_when_it_gets_there(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("delhi se mumbai ki train")
        back = text_of(await user.say("aur wapsi parso ki"))
        there = text_of(await user.say("waha kab aayegi"))
    assert "Mumbai (all stations) → Delhi (all stations) on Fri 20 Nov" in back
    assert "12951 Mumbai Rajdhani" in back
    assert "reaches New Delhi (NDLS) 08:32" in there


@pytest.mark.parametrize(
    "asked", ["what's the train's current status?", "iska current status", "ट्रेन कहाँ है"]
)
async def test_the_trains_status_after_a_booking_is_the_live_status_of_its_run(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")
        answer = text_of(await user.say(asked))
    assert "12627 Karnataka Express" in answer
    assert "Run of Thu 19 Nov" in answer or "गुरु, 19 नवंबर वाली ट्रेन" in answer
    assert "Which train?" not in answer and "Rescheduled trains" not in answer


@pytest.mark.parametrize(
    ("asked", "back"),
    [
        ("aur wapsi parso ki", "Delhi (all stations) → Bengaluru (all stations) on Fri 20 Nov"),
        ("wapas aane ki train parso", "Delhi (all stations) → Bengaluru (all stations) on Fri 20"),
        ("coming back on friday", "Delhi (all stations) → Bengaluru (all stations) on Fri 20 Nov"),
        ("वापस आने की ट्रेन परसों", "Delhi (सभी स्टेशन) → Bengaluru (सभी स्टेशन), शुक्र, 20 नवंबर"),
    ],
)
async def test_the_way_back_on_a_day_after_a_journeys_trains_is_that_days_trains_back(
    store: Store, clock: FakeClock, asked: str, back: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from bangalore to delhi")
        answer = text_of(await user.say(asked))
    assert back in answer and "12628 Karnataka Express" in answer
    assert "didn't get" not in answer and "only know Indian Railways" not in answer
