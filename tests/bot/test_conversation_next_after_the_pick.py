"""Whole conversations on the sample railway where, after a train of a journey's list was picked,
"the next one" is asked as a question ("what's the next one?", "agli wali kaunsi hai?", "अगली
वाली कौन सी है?"): the listed train after the one picked, and "how long does it take" next is
about that later train, never the one picked first shown again."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

# Wed 9 Dec 2026, 13:10 in India. Tomorrow from Delhi to Bhopal: 12002 (06:00), 12626 (20:10,
# cancelled that day), 12628 (20:15).
WEDNESDAY_1310 = 1_796_802_000.0


@pytest.mark.parametrize(
    "asked",
    [
        "what's the next one?",
        "which is the next one",
        "agli wali kaunsi hai?",
        "अगली वाली कौन सी है?",
    ],
)
async def test_the_next_one_asked_after_a_pick_is_the_listed_train_after_it(
    store: Store, clock: FakeClock, asked: str
) -> None:
    clock.now = WEDNESDAY_1310
    async with sample_chat(store, clock) as user:
        await user.say("trains from delhi to bhopal tomorrow")
        await user.say("the first one")
        shown = text_of(await user.say(asked))
        taking = text_of(await user.say("how long does it take"))
    assert "12626 Kerala Express" in shown and "12002" not in shown
    assert "12626 Kerala Express takes about 10h 35m" in taking
