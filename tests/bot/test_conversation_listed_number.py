"""Whole conversations on the sample railway where a train of a journey's list is said by its
number alone ("12628" after the trains from Delhi to Agra): its card shows, and "when will it
reach?" next is when it gets to where the list's journey ends (Agra), never when it left the
station it boards at."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("trains", "reach"),
    [
        ("trains from delhi to agra", "when will it reach?"),
        ("delhi se agra ki trains", "kab pahunchegi?"),
        ("दिल्ली से आगरा की ट्रेनें", "कब पहुँचेगी?"),
    ],
)
async def test_a_listed_train_said_by_its_number_reaches_where_the_list_ends(
    store: Store, clock: FakeClock, trains: str, reach: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(trains)
        await user.say("12628")
        answer = text_of(await user.say(reach)).splitlines()[0]
    assert "Agra Cantt (AGC)" in answer, answer
    assert "New Delhi" not in answer, answer


@pytest.mark.parametrize(
    ("trains", "onward", "day"),
    [
        ("trains from delhi to bhopal tomorrow", "and from there to delhi?", "Fri 20 Nov"),
        ("kal delhi se bhopal ki trains", "wahan se delhi?", "Fri 20 Nov"),
        ("कल दिल्ली से भोपाल की ट्रेनें", "वहाँ से दिल्ली?", "20 नवंबर"),
    ],
)
async def test_trains_onward_from_where_the_listed_train_gets_to_are_of_the_day_it_gets_there(
    store: Store, clock: FakeClock, trains: str, onward: str, day: str
) -> None:
    # 12628 leaves New Delhi on Thursday at 20:15 and is at Bhopal on Friday at 06:50: the trains
    # on from Bhopal (back to Delhi, say) are Friday's, leaving after 06:50, never today's
    async with sample_chat(store, clock) as user:
        await user.say(trains)
        await user.say("12628")
        answer = text_of(await user.say(onward))
    first = answer.splitlines()[0]
    assert "Bhopal Jn (BPL) → Delhi" in first and day in first, answer
    assert "06:50" in answer.splitlines()[1], answer
    assert "too late" not in answer, answer
