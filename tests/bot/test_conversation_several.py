"""Whole conversations on the sample railway where one message asks several things, names a
train instead of its number, or names a train the sample railway does not have."""

from __future__ import annotations

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock


async def test_two_pnrs_in_one_message_get_two_answers(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say("pnr 4512345678 and 4523456789")
    assert len(replies) == 2
    assert "PNR 4512345678" in replies[0].text and "PNR 4523456789" in replies[1].text


async def test_two_classes_get_a_fare_each(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say("3a aur 2a ka fare 12627 sbc ndls")
    assert ["3A (AC 3 Tier)" in replies[0].text, "2A (AC 2 Tier)" in replies[1].text] == [
        True,
        True,
    ]


async def test_a_pnr_and_where_is_the_train_is_that_pnrs_train(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say("pnr 4512345678 and where is the train")
        late = text_of(await user.say("is it late?"))
    assert "PNR 4512345678" in replies[0].text
    assert "12627 Karnataka Express" in replies[1].text
    # both answers' taps under the last message, each named with what it is for
    assert replies[0].quick_replies == ()
    assert {"Refresh 4512345678", "Live 12627", "12627: Route"} <= set(chips(replies))
    assert "hasn't started yet" in late  # the subject is still that journey's train


async def test_an_alert_and_a_live_status_are_both_answered(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say("alert 4534567890 aur 12627 kahan hai")
    assert "Alerts on for PNR 4534567890" in replies[0].text
    assert "12627 Karnataka Express" in replies[1].text


async def test_a_question_left_open_by_one_ask_comes_after_the_answers(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say("12627 kahan hai aur fare batao")
        fare = text_of(await user.say("sbc ndls sl"))
    assert "12627 Karnataka Express" in replies[0].text
    assert "Which class?" in replies[-1].text  # the fare's question, asked last, is waiting
    assert "SL (Sleeper)" in fare


async def test_two_asks_in_hindi_are_answered_in_hindi(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say("पीएनआर 4512345678 और ट्रेन कहाँ है")
    assert len(replies) == 2 and "चार्ट अभी नहीं बना है" in replies[0].text
    assert "12627 Karnataka Express" in replies[1].text


async def test_a_train_name_with_two_trains_offers_both_and_a_tap_settles_it(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        question = await user.say("karnataka express kahan hai")
        answer = await user.tap_titled("12628 Karnataka Exp…")
    assert "Which Karnataka Express?" in text_of(question)
    assert chips(question) == {
        "12627 Karnataka Exp…": "TRAIN:12627",
        "12628 Karnataka Exp…": "TRAIN:12628",
    }
    assert "12628 Karnataka Express" in text_of(answer)


async def test_the_journey_settles_which_train_of_a_name(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say("mumbai rajdhani fare 3a ndls se mmct")
    assert "12952 Mumbai Rajdhani" in text_of(replies) and "3A (AC 3 Tier)" in text_of(replies)


async def test_a_train_name_in_hindi_is_found(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        question = await user.say("कर्नाटक एक्सप्रेस कहाँ है")
    assert "कौन सी Karnataka Express?" in text_of(question)
    assert "Kerala" not in text_of(question)


async def test_a_train_the_sample_railway_lacks_is_said_so_with_some_it_has(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say("12301 kahan hai")
        route = await user.say("route of 12301")
    assert "Train 12301 is not in the sample railway" in text_of(replies)
    assert chips(replies)["12627 Karnataka Exp…"].startswith("LIVE:12627")
    assert chips(route)["12627 Karnataka Exp…"].startswith("ROUTE:12627")


async def test_an_alert_after_a_train_asks_for_that_journeys_pnr_not_an_older_one(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4523456789")
        await user.say("12627 kahan hai")
        replies = await user.say("alert bhi laga do")
    assert "PNR of your journey on 12627 Karnataka Express" in text_of(replies)
    assert "4523456789" not in text_of(replies)


async def test_a_train_found_by_its_name_is_the_subject_of_the_next_message(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("karnataka express ka fare sbc se ndls sleeper")
        second = text_of(await user.say("what about 2A"))
    assert "12627 Karnataka Express" in second and "2A (AC 2 Tier)" in second


async def test_answers_one_after_another_say_sample_data_once(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say("pnr 4512345678 and 4523456789")
    marked = ["Sample data, not a real railway" in reply.text for reply in replies]
    assert marked == [False, True]
