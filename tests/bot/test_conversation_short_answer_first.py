"""Short answers first on the sample railway: "is there tatkal?" after a fare is yes first, then
the Tatkal fare."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "yes"),
    [
        ("is there tatkal?", "Yes: 12627 Karnataka Express has Tatkal in 3A (AC 3 Tier)."),
        ("tatkal hai kya?", "Yes: 12627 Karnataka Express has Tatkal in 3A (AC 3 Tier)."),
        ("तत्काल है क्या?", "हाँ: 12627 Karnataka Express में 3A (थर्ड एसी) में तत्काल है।"),
    ],
)
async def test_is_there_tatkal_is_yes_first(
    store: Store, clock: FakeClock, asked: str, yes: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("3A fare 12627 sbc to ndls tomorrow")
        answer = text_of(await user.say(asked))
    assert answer.startswith(yes), answer
    assert "Tatkal" in answer or "तत्काल" in answer
