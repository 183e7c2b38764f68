"""Whole conversations on the sample railway asking whether a kind of train calls at a station
("there's a rajdhani from nizamuddin, right?"): yes or no first, with the trains of that kind
the railway knows that call there (22691 ends at Nizamuddin; it passes Bhopal), each a no when
none does; never "which train?", however often it is asked."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "yes"),
    [
        ("there's a rajdhani from nizamuddin, right?", "Yes, 22691 Bengaluru Rajdhani stops there"),
        ("kya nizamuddin se rajdhani hai", "Yes, 22691 Bengaluru Rajdhani stops there"),
        ("is there a rajdhani from bhopal?", "Yes, 22691 Bengaluru Rajdhani stops there"),
        ("कोई राजधानी भोपाल से है?", "हाँ, 22691 Bengaluru Rajdhani वहाँ रुकती है"),
    ],
)
async def test_a_kind_of_train_at_a_station_is_a_yes_with_the_trains_that_call_there(
    store: Store, clock: FakeClock, asked: str, yes: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 kaha hai")
        first = text_of(await user.say(asked))
        again = text_of(await user.say(asked))
    for answer in (first, again):
        assert answer.startswith(yes), answer
        assert "Which train" not in answer and "12951" not in answer, answer


async def test_none_of_the_kind_calling_there_is_a_no_for_each(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 kaha hai")
        answer = text_of(await user.say("koi rajdhani chennai se hai?"))
    for train in ("12951 Mumbai Rajdhani", "12952 Mumbai Rajdhani", "22691 Bengaluru Rajdhani"):
        assert f"No, {train} doesn't stop at Chennai Central (MAS)." in answer, answer
    assert "12627" not in answer, answer


async def test_several_of_the_kind_calling_there_are_each_a_yes(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("is there a rajdhani at new delhi?"))
    assert answer.startswith("Yes, 12951 Mumbai Rajdhani stops there:"), answer
    assert "Yes, 12952 Mumbai Rajdhani stops there:" in answer, answer
    assert "22691" not in answer, answer
