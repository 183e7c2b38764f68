"""A station's board on the sample railway with a run the railway rescheduled (12002 Bhopal
Shatabdi, its 06:00 start from New Delhi moved to 08:30): the run stands at the time it now
leaves, that time first and the timetable's after, never its old time among later trains."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

# From Wed 18 Nov 16:36:40 to Thu 19 Nov 05:50:00.
_TO_DAWN = 13 * 3600 + 13 * 60 + 20


@pytest.mark.parametrize(
    ("asked", "was"),
    [
        ("trains from NDLS next 6 hours", "🕒 Rescheduled from 06:00"),
        ("ndls se agle 6 ghante ki trains", "🕒 Rescheduled from 06:00"),
        ("नई दिल्ली से अगले 6 घंटे की ट्रेनें", "🕒 समय बदला, पहले 06:00 बजे थी"),
    ],
)
async def test_a_rescheduled_run_stands_at_its_new_time_on_the_board(
    store: Store, clock: FakeClock, asked: str, was: str
) -> None:
    clock.advance(_TO_DAWN)
    async with sample_chat(store, clock) as user:
        board = text_of(await user.say(asked))
    assert "06:00 12002" not in board
    assert was in board
    rows = [line.split(" ")[0] for line in board.splitlines() if " 644" in line or " 120" in line]
    assert rows == sorted(rows)  # 06:15, 08:15, 08:30, 10:15: in the order they leave
    assert "08:30 12002 Bhopal Shatabdi" in board
