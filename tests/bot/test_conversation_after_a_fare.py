"""Whole conversations on the sample railway where a follow-up to a fare names more: two classes
at once ("3A and 2A both", "sleeper aur 3ac dono", "दोनों 3A और 2A") are each class's fare, never
one dropped nor "Which class?"; a count of travellers said alone ("for 2", "and for 3?", "do log",
"2 लोगों के लिए") is the fare for that many. And "gaya" said before a verb of reaching is the
station Gaya ("gaya pahunchi kya", "गया पहुँची क्या"), not the verb "went"."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("first", "both", "fares"),
    [
        ("12627 fare sl", "3A and 2A both", ("💰 ₹3,052 · 3A (AC 3 Tier)", "💰 ₹4,317 · 2A")),
        ("12627 fare 1A", "sleeper aur 3ac dono", ("💰 ₹1,092 · SL (Sleeper)", "💰 ₹3,052 · 3A")),
        ("12627 का किराया SL", "दोनों 3A और 2A", ("💰 ₹3,052 · 3A (थर्ड एसी)", "💰 ₹4,317 · 2A")),
    ],
)
async def test_two_classes_after_a_fare_are_each_ones_fare(
    store: Store, clock: FakeClock, first: str, both: str, fares: tuple[str, ...]
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(first)
        answer = text_of(await user.say(both))
    assert all(fare in answer for fare in fares)
    assert "Which class?" not in answer and "didn't get" not in answer


@pytest.mark.parametrize(
    ("said", "priced"),
    [
        ("for 2", "₹1,092 per person · ₹2,184 for 2"),
        ("and for 3?", "₹1,092 per person · ₹3,276 for 3"),
        ("fare for 4", "₹1,092 per person · ₹4,368 for 4"),
        ("do log", "₹1,092 per person · ₹2,184 for 2"),
        ("2 logon ke liye", "₹1,092 per person · ₹2,184 for 2"),
        ("2 लोगों के लिए", "प्रति व्यक्ति ₹1,092 · 2 लोगों का ₹2,184"),
    ],
)
async def test_a_count_of_travellers_after_a_fare_is_the_fare_for_that_many(
    store: Store, clock: FakeClock, said: str, priced: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 fare sl")
        answer = text_of(await user.say(said))
    assert priced in answer and "SL" in answer


@pytest.mark.parametrize(
    ("asked", "answer_says"),
    [
        ("train gaya pahunchi kya", "doesn't stop at Gaya Jn (GAYA)"),
        ("gaya me kab pahuchegi", "doesn't stop at Gaya Jn (GAYA)"),
        ("गया पहुँची क्या", "Gaya Jn (GAYA) पर नहीं रुकती"),
    ],
)
async def test_gaya_before_a_verb_of_reaching_is_the_station(
    store: Store, clock: FakeClock, asked: str, answer_says: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 status")
        answer = text_of(await user.say(asked))
    assert answer_says in answer and "New Delhi (NDLS)" not in answer


async def test_gone_after_a_verb_of_reaching_is_still_the_verb(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 status")
        answer = text_of(await user.say("train pahunch gaya kya"))
    assert "Gaya" not in answer and "New Delhi (NDLS)" in answer


@pytest.mark.parametrize("asked", ["fare in 1A", "1A ka kiraya kitna hai", "1A का किराया बताओ"])
async def test_a_class_fare_after_a_journeys_few_trains_is_each_ones_fare_in_it(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from bangalore to delhi")
        answer = text_of(await user.say(asked))
    assert "₹7,208 · 1A" in answer and "12627 Karnataka Express" in answer
    assert "₹8,208 · 1A" in answer and "22691 Bengaluru Rajdhani" in answer
    assert "Which train?" not in answer and "कौन सी ट्रेन" not in answer
    assert "1. 12627" not in answer  # never the list again


async def test_a_fare_of_no_class_after_a_journeys_trains_still_asks_which_train(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from bangalore to delhi")
        answer = text_of(await user.say("fare?"))
    assert "Which train?" in answer


async def test_what_about_the_fare_after_a_booking_is_its_fare_not_its_tickets_fate(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")
        english = text_of(await user.say("what about the fare"))
        hindi = text_of(await user.say("किराया क्या होगा"))
    assert "SL (Sleeper)" in english and "nothing happens to your ticket" not in english
    assert "SL (स्लीपर)" in hindi and "टिकट को कुछ नहीं होगा" not in hindi


@pytest.mark.parametrize(
    ("count", "total"),
    [
        ("for two", "₹2,184 for 2"),
        ("and for three?", "₹3,276 for 3"),
        ("do ke liye", "₹2,184 for 2"),
        ("teen ke liye?", "₹3,276 for 3"),
        ("do logo ke liye", "₹2,184 for 2"),
        ("दो के लिए", "2 लोगों का ₹2,184"),
    ],
)
async def test_a_count_in_words_said_alone_after_a_fare_is_the_travellers(
    store: Store, clock: FakeClock, count: str, total: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("fare of 12627 sleeper from bangalore to delhi")
        answer = text_of(await user.say(count))
    assert total in answer
    assert "Indian Railways" not in answer and "didn't get that" not in answer



@pytest.mark.parametrize(
    ("first", "journey"),
    [
        ("12627 fare 3A", "दिल्ली से भोपाल"),
        ("12627 seats 3A kal", "delhi to bhopal"),
        ("12627 seats", "दिल्ली से भोपाल"),
        ("12627 ka kiraya", "delhi se bhopal"),
    ],
)
async def test_a_journey_the_train_shown_does_not_make_is_asked_of_the_trains_that_do(
    store: Store, clock: FakeClock, first: str, journey: str
) -> None:
    # 12627 runs from Bengaluru to Delhi, through Bhopal: never Delhi to Bhopal
    async with sample_chat(store, clock) as user:
        await user.say(first)
        replies = await user.say(journey)
    answer = text_of(replies)
    assert "12627" not in answer and "उल्टी दिशा" not in answer
    assert any("12628" in title for title in chips(replies))


async def test_a_whole_fare_question_while_a_trains_fare_asks_the_class_is_of_its_journey(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 fare")
        await user.say("दिल्ली से मुंबई 3 लोगों का किराया")
        answer = text_of(await user.say("3A"))
    assert "3 लोगों का" in answer and "New Delhi (NDLS) → Mumbai Central (MMCT)" in answer
    assert "12627" not in answer


@pytest.mark.parametrize("stretch", ["YPR MTJ", "ypr to mtj"])
async def test_a_stretch_the_train_makes_after_its_fare_is_still_its_fare(
    store: Store, clock: FakeClock, stretch: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 fare 3A")
        answer = text_of(await user.say(stretch))
    assert "12627 Karnataka Express" in answer
    assert "Yesvantpur Jn (YPR) → Mathura Jn (MTJ)" in answer
