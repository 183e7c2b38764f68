"""A check that a named train runs a journey ("there's a shatabdi from bhopal to delhi, right?")
on the sample railway, where the only Shatabdi there (12002 Bhopal Shatabdi) runs Delhi → Bhopal:
no first, with the one that runs only the other way, then the trains that do run that way."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "no"),
    [
        (
            "there's a shatabdi from bhopal to delhi, right?",
            "No Shatabdi runs from Bhopal (all stations) to Delhi (all stations): 12002 Bhopal"
            " Shatabdi runs only the other way, Delhi (all stations) → Bhopal",
        ),
        (
            "bhopal se delhi shatabdi hai na?",
            "No Shatabdi runs from Bhopal (all stations) to Delhi (all stations): 12002 Bhopal"
            " Shatabdi runs only the other way, Delhi (all stations) → Bhopal",
        ),
        (
            "भोपाल से दिल्ली शताब्दी है ना?",
            "Bhopal (सभी स्टेशन) से Delhi (सभी स्टेशन) के लिए कोई Shatabdi नहीं चलती: 12002 Bhopal"
            " Shatabdi सिर्फ़ उल्टी दिशा में चलती है, Delhi (सभी स्टेशन) →",
        ),
    ],
)
async def test_a_train_named_on_a_journey_it_makes_only_the_other_way_is_no_first(
    store: Store, clock: FakeClock, asked: str, no: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert answer.startswith(no), answer
    assert "12627 Karnataka Express" in answer  # the trains that do run that way
