"""The cheapest train of a list ("sasta wala", "the cheaper one", "सस्ती वाली"): each listed train
priced in the class in hand or its own cheapest, the cheapest named with its fare and class, the
others' fares after it; its fare and seats a tap away."""

from __future__ import annotations

import re

from app.bot.handlers.cheapest import priced_class
from app.railways.models import Train
from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock


def test_a_train_is_priced_in_its_cheapest_class() -> None:
    assert priced_class(Train(number="12007", classes=("EC", "CC")), None) == "CC"
    assert priced_class(Train(number="12657", classes=("1A", "2A", "3A", "SL")), None) == "SL"
    assert priced_class(Train(number="16021", classes=("3A", "SL", "2S")), None) == "2S"


def test_a_class_in_hand_is_the_class_priced_of_the_trains_that_carry_it() -> None:
    assert priced_class(Train(number="12657", classes=("3A", "SL")), "3A") == "3A"
    assert priced_class(Train(number="12007", classes=("EC", "CC")), "3A") is None
    assert priced_class(Train(number="12345"), "3A") == "3A"  # its classes not known


def test_a_train_with_no_class_known_is_not_priced_unasked() -> None:
    assert priced_class(Train(number="12345"), None) is None


async def test_the_cheaper_one_of_a_list_is_named_with_its_fare_and_the_others(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("reply in english")
        await user.say("trains from chennai to bangalore tomorrow")
        replies = await user.say("sasta wala")
    text = text_of(replies)
    assert text.startswith("💰 Cheapest from Chennai (all stations) to Bengaluru (all stations)")
    fares = [int(amount.replace(",", "")) for amount in re.findall(r"₹([\d,]+)", text)]
    assert len(fares) == 4 and fares[0] == min(fares)  # the cheapest first, then the others
    assert "per person, general quota." in text
    assert "The others: " in text
    picked = re.search(r"\d\. (\d{5}) ", text)
    assert picked is not None
    offered = chips(replies)
    assert f"Fare {picked.group(1)}" in offered and f"Seats {picked.group(1)}" in offered


async def test_the_cheapest_is_said_in_hindi(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("हिंदी में बात करो")
        await user.say("कल चेन्नई से बेंगलुरु की ट्रेनें")
        text = text_of(await user.say("सस्ती वाली"))
    assert "सबसे सस्ती ट्रेन:" in text
    assert "प्रति व्यक्ति, सामान्य कोटा।" in text
    assert "बाकी ट्रेनें: " in text


async def test_the_cheaper_one_after_a_class_asked_is_compared_in_that_class(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("reply in english")
        await user.say("trains from chennai to bangalore tomorrow")
        await user.say("sleeper me kitna lagega")
        text = text_of(await user.say("sasta wala"))
    assert "in SL (Sleeper), per person" in text
    assert "(2S)" not in text and "(CC)" not in text
