"""Whole conversations on the sample railway asking a station's board and a train's live status at
one moment: both tell one story of the run, its delay and its expected times."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

# Tue 8 Dec 2026, 19:00 IST: tonight's 12628 is due to leave New Delhi at 20:15 and expected to
# leave 25 min late; Monday's is on its way to Solapur (due 21:30, leaving 21:35), 25 min late.
TUESDAY_1900 = 1_796_736_600.0


def board_entry(board: str, train: str) -> tuple[str, str]:
    """A train's line on a board and the line under it (expected time, delay, platform)."""
    lines = board.splitlines()
    (line,) = [line for line in lines if train in line]
    return line, lines[lines.index(line) + 1]


@pytest.mark.parametrize(
    ("board", "status", "run_line"),
    [
        (
            "departures from new delhi",
            "live status of 12628 today",
            "not started yet, expected to leave New Delhi (NDLS) at 20:40, 25 min late (due 20:15)",
        ),
        (
            "new delhi se trains",
            "12628 aaj kahan hai",
            "not started yet, expected to leave New Delhi (NDLS) at 20:40, 25 min late (due 20:15)",
        ),
        (
            "नई दिल्ली से ट्रेनें",
            "12628 आज कहाँ है",
            "New Delhi (NDLS) से 20:40 बजे चलने की उम्मीद है, 25 मिनट लेट (तय समय 20:15)",
        ),
    ],
)
async def test_a_run_yet_to_start_leaves_as_late_in_its_status_as_on_the_board(
    store: Store, clock: FakeClock, board: str, status: str, run_line: str
) -> None:
    clock.now = TUESDAY_1900
    async with sample_chat(store, clock) as user:
        departures = text_of(await user.say(board))
        run = text_of(await user.say(status))
    line, under = board_entry(departures, "12628")
    assert line.startswith("20:15") and "20:40" in under and "25" in under
    assert run_line in run


async def test_when_a_run_yet_to_start_leaves_is_the_boards_expected_time(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_1900
    async with sample_chat(store, clock) as user:
        departures = text_of(await user.say("departures from new delhi"))
        leaves = text_of(await user.say("when does 12628 leave new delhi today?"))
    assert "exp 20:40 · 25 min late" in board_entry(departures, "12628")[1]
    assert leaves.startswith("12628 leaves New Delhi (NDLS) at 20:40 (today); due 20:15.")


async def test_a_run_on_its_way_is_as_late_on_the_board_as_in_its_status(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_1900
    async with sample_chat(store, clock) as user:
        run = text_of(await user.say("where is 12628"))
        departures = text_of(await user.say("departures from solapur"))
    assert "Next: Solapur (SUR), expected 21:55 (due 21:30)" in run and "⏱ 25 min late" in run
    line, under = board_entry(departures, "12628")
    assert line.startswith("21:35") and "exp 22:00 · 25 min late" in under
