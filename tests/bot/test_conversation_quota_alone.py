"""Whole conversations on the sample railway where a quota is said alone after a fare or seats
("tatkal?", "ladies quota me?", "senior citizen", "सीनियर सिटीजन"): the answer in hand asked
again in that quota, of the train in focus (the cheapest one shown with its fare, the fastest
one, each class of a fare asked in two), never "Which train?"."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("quota", "shown"),
    [
        ("tatkal?", "Wed 18 Nov · Tatkal quota"),
        ("ladies quota me?", "Wed 18 Nov · Ladies quota"),
        ("senior citizen", "Wed 18 Nov · Senior citizen quota"),
        ("सीनियर सिटीजन", "बुध, 18 नवंबर · वरिष्ठ नागरिक कोटा"),
    ],
)
async def test_a_quota_after_the_cheapest_train_is_its_fare_in_that_quota(
    store: Store, clock: FakeClock, quota: str, shown: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("cheapest train from bangalore to delhi")
        answer = text_of(await user.say(quota))
    assert "12627 Karnataka Express" in answer and "SL (" in answer and shown in answer
    assert "Which train" not in answer and "कौन सी ट्रेन" not in answer


async def test_a_quota_after_the_cheapest_train_of_a_day_keeps_that_day(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("kal bangalore se delhi sabse sasti train")
        answer = text_of(await user.say("tatkal?"))
    assert "💰 ₹1,405 · SL (Sleeper)" in answer and "Thu 19 Nov · Tatkal quota" in answer


@pytest.mark.parametrize("quota", ["tatkal?", "ladies quota me?", "सीनियर सिटीजन"])
async def test_a_quota_after_the_fastest_train_asks_only_its_class(
    store: Store, clock: FakeClock, quota: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("fastest train from bangalore to delhi")
        answer = text_of(await user.say(quota))
    assert "Which class" in answer or "कौन सी क्लास" in answer
    assert "Which train" not in answer and "कौन सी ट्रेन" not in answer


async def test_a_quota_after_the_fares_of_two_classes_is_each_of_them_in_it(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 sleeper aur 3ac ka fare")
        answer = text_of(await user.say("tatkal?"))
    assert "₹1,405 · SL (Sleeper)" in answer and "₹3,942 · 3A (AC 3 Tier)" in answer
    assert answer.count("Tatkal quota") == 2


@pytest.mark.parametrize(
    ("asked", "shown"),
    [
        ("tatkal mil jayega?", "3A · Tatkal quota"),
        ("ladies quota me mil jayegi?", "3A · Ladies quota"),
        ("तत्काल में मिल जाएगी?", "3A · तत्काल कोटा"),
    ],
)
async def test_whether_one_gets_a_seat_in_a_quota_is_the_seats_in_it(
    store: Store, clock: FakeClock, asked: str, shown: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 seats 3A bangalore to delhi kal")
        answer = text_of(await user.say(asked))
    assert "12627 Karnataka Express" in answer and shown in answer
    assert "didn't get that" not in answer and "समझ नहीं" not in answer


@pytest.mark.parametrize("asked", ["shaam wali ka fare 3A", "शाम वाली का किराया 3A"])
async def test_the_evening_ones_fare_is_of_the_one_that_runs_when_the_other_is_cancelled(
    store: Store, clock: FakeClock, asked: str
) -> None:
    # Thursday from Delhi to Bhopal: 12626 (20:10) cancelled, 12628 (20:15) runs, 12002 at 06:00
    async with sample_chat(store, clock) as user:
        await user.say("delhi se bhopal kal")
        answer = text_of(await user.say(asked))
    assert "12628 Karnataka Express" in answer and "₹1,046 · 3A" in answer
    assert "12002" not in answer
