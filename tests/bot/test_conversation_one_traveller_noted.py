"""A detail said while the bot asks for a journey's start is noted in good grammar: "1 senior
citizen" is "Noted: Senior citizen, 1 traveller." (never "1 travellers"), in Hindi "1 यात्री"."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("first", "said", "noted"),
    [
        ("3A fare tomorrow", "1 senior citizen", "Noted: Senior citizen, 1 traveller."),
        ("3A fare tomorrow", "2 senior citizens", "2 travellers."),
    ],
)
async def test_one_traveller_is_said_in_the_singular(
    store: Store, clock: FakeClock, first: str, said: str, noted: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(first)
        answer = text_of(await user.say(said))
    assert noted in answer, answer
    assert "1 travellers" not in answer
