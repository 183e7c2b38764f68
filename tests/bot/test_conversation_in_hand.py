"""Whole conversations on the sample railway where the next message leans on the one train or
station the answer just showed: the stop a train was asked about ("when does it reach Bhopal",
"कोटा कब पहुँचेगी") is "there" next, and a question about "it" with a railway word of its own is
that train's, never a question of which station or outside railways."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "then", "halt"),
    [
        ("12628 ka status", ("bhopal kab pahunchegi", "wahan kitni der rukegi"), "10 min"),
        ("12951 कहाँ है", ("कोटा कब पहुँचेगी", "वहाँ कितनी देर रुकेगी"), "10 मिनट"),
        ("what time does 12951 reach kota", ("how long does it stop there?",), "10 min"),
        ("when does 12627 reach bhopal", ("and how long is the stop?",), "10 min"),
    ],
)
async def test_the_stop_just_asked_about_is_where_it_halts_next(
    store: Store, clock: FakeClock, asked: str, then: tuple[str, ...], halt: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(asked)
        for said in then:
            answer = text_of(await user.say(said))
    assert halt in answer
    assert "At which station" not in answer and "किस स्टेशन" not in answer
