"""Whole conversations on the sample railway where trains are compared ("which one is faster",
"sabse jaldi kaunsi pahunchti hai") or one of a name is taken by the way the conversation goes."""

from __future__ import annotations

import pytest

from app.bot.replies import Reply
from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

FRIDAY_EVENING: float = 1_796_998_500.0  # Fri 11 Dec 2026, 19:45 IST


async def test_reaching_soonest_of_a_list_is_the_shortest_journey(
    store: Store, clock: FakeClock
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("katpadi se bangalore trains")
        fastest = text_of(await user.say("inme se sabse jaldi kaunsi pahunchati hai"))
    # The Shatabdi takes 3h 30m; the Mail arrives first by the clock (04:50) but takes 4h 20m.
    assert "Fastest" in fastest and "12007 Chennai Mysuru Shatabdi" in fastest
    assert "12657" not in fastest


async def test_reaching_soonest_in_hindi_is_the_shortest_journey(
    store: Store, clock: FakeClock
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("katpadi se bangalore trains")
        fastest = text_of(await user.say("कौन सी जल्दी पहुँचती है?"))
    assert "12007 Chennai Mysuru Shatabdi" in fastest and "12657" not in fastest


async def test_a_train_of_two_directions_is_the_one_the_journey_in_hand_goes(
    store: Store, clock: FakeClock
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("बेंगलुरु से दिल्ली राजधानी का किराया")
        await user.say("फर्स्ट एसी और सेकंड एसी दोनों का बताओ")
        fare = text_of(await user.say("कर्नाटक एक्सप्रेस में स्लीपर कितने का है?"))
    # Bengaluru to Delhi: 12627, not 12628 the other way; no "which Karnataka Express?".
    assert "12627 Karnataka Express" in fare and "12628" not in fare


async def test_whether_the_train_of_a_fare_has_a_class_is_answered_yes_first(
    store: Store, clock: FakeClock
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("12627 me sleeper aur 3ac ka fare bangalore se bhopal")
        had = text_of(await user.say("1st ac bhi hai kya isme"))
        then = text_of(await user.say("and 2A?"))
        hindi = text_of(await user.say("इसमें 3A है क्या"))
    assert had.startswith("Yes, 12627 Karnataka Express has 1A") and "₹4,927" in had
    assert then.startswith("💰")  # another class's fare, no yes asked for
    assert hindi.startswith("हाँ, 12627 Karnataka Express में 3A")


async def test_a_class_asked_for_answered_with_whether_the_train_has_it_says_yes(
    store: Store, clock: FakeClock
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("fare from chennai to bangalore in shatabdi")
        await user.say("and in brindavan express?")
        had = text_of(await user.say("does brindavan have AC chair car?"))
    assert had.startswith("Yes, 12639 Brindavan Express has CC") and "₹526" in had


async def test_a_run_not_started_but_expected_late_says_by_how_much(
    store: Store, clock: FakeClock
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        late = text_of(await user.say("kaveri express aaj late hai kya"))
        how_late = text_of(await user.say("chennai bengaluru mail kitni late hai"))
        hindi = text_of(await user.say("चेन्नई बेंगलुरु मेल आज लेट है क्या?"))
    # Not "No, not so far": the railway expects each to leave late.
    assert late.startswith("Yes, it is expected to leave 30 min late") and "21:45" in late
    assert how_late.startswith("It is expected to leave 18 min late") and "22:58" in how_late
    assert (
        hindi.startswith("हाँ, ट्रेन अभी चली नहीं है और इसके 18 मिनट लेट चलने की उम्मीद है")
        and "22:58" in hindi
    )


async def test_a_booking_on_a_cancelled_train_stays_cancelled_after_lists_shown_since(
    store: Store, clock: FakeClock
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("I have pnr 4545678901, is my train running?")  # 12626, cancelled
        await user.say("what other trains go from delhi to ernakulam?")
        await user.say("any rescheduled trains today?")
        refund = text_of(await user.say("will I get my money back?"))
    assert refund.startswith("Your train is cancelled") and "not cancelled" not in refund


async def test_a_booking_on_a_cancelled_train_stays_cancelled_in_hinglish(
    store: Store, clock: FakeClock
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("mera pnr 4545678901 hai, train chal rahi hai kya?")
        await user.say("delhi se ernakulam aur kaun si train jaati hai?")
        await user.say("aaj kaun si trains rescheduled hain?")
        refund = text_of(await user.say("paise wapas milenge kya?"))
    assert "not cancelled" not in refund and "cancelled" in refund


def titles(replies: list[Reply]) -> list[str]:
    return [chip.title for chip in replies[-1].quick_replies]


@pytest.mark.parametrize(
    ("asked", "cheaper"),
    [
        ("which one is cheaper?", "12639 Brindavan Express is cheaper: ₹526, against ₹789"),
        ("dono mein sasta kaun", "12639 Brindavan Express is cheaper: ₹526, against ₹789"),
        ("दोनों में कौन सस्ती है", "12639 Brindavan Express सस्ती है: ₹526"),
    ],
)
async def test_two_trains_fares_with_no_journey_in_hand_are_of_the_journey_both_make(
    store: Store, clock: FakeClock, asked: str, cheaper: str
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("12007")  # Chennai to Mysuru, EC and CC
        await user.say("12639")  # Chennai to Bengaluru, CC and 2S
        replies = await user.say(asked)
        answer = text_of(replies)
        (button,) = replies[-1].quick_replies
        seats = text_of(await user.tap(button.payload, button.title))
    # Chennai Central to KSR Bengaluru in AC Chair Car, the only class both carry
    assert cheaper in answer
    assert "CC" in answer and "Chennai Central (MAS) → KSR Bengaluru City Jn (SBC)" in answer
    assert "ask the fare of one of them" not in answer
    assert titles(replies) in (["Seats 12639"], ["12639 की सीटें"])
    assert "12639" in seats and "CC" in seats
    assert "Which class?" not in seats and "Which date?" not in seats


async def test_two_trains_fares_with_no_class_in_hand_are_in_the_class_both_carry_most(
    store: Store, clock: FakeClock
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("12627")  # KSR Bengaluru to New Delhi, SL 3A 2A 1A
        await user.say("22691")  # KSR Bengaluru to Hazrat Nizamuddin, 3A 2A 1A
        replies = await user.say("dono mein sasta kaun")
        answer = text_of(replies)
        in_2a = text_of(await user.tap_titled("In 2A"))
    assert "12627 Karnataka Express is cheaper" in answer and "3A (AC 3 Tier)" in answer
    assert "KSR Bengaluru City Jn (SBC) → Agra Cantt (AGC)" in answer
    assert "Compared in 3A" in answer
    assert titles(replies) == ["Seats 12627", "In 2A", "In 1A"]
    assert "2A (AC 2 Tier)" in in_2a and "KSR Bengaluru City Jn (SBC) → Agra Cantt (AGC)" in in_2a
    assert "cheaper" in in_2a or "cost the same" in in_2a


async def test_two_trains_running_opposite_ways_have_no_journey_to_price(
    store: Store, clock: FakeClock
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("12627")
        await user.say("12628")
        answer = text_of(await user.say("which one is cheaper?"))
    assert "ask the fare of one of them with the journey and class first" in answer


async def test_which_of_two_trains_is_faster_is_over_the_journey_both_make(
    store: Store, clock: FakeClock
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("12007")
        await user.say("12639")
        replies = await user.say("which one is faster?")
        answer = text_of(replies)
    # Chennai to Bengaluru, not 12007's whole run on to Mysuru
    assert "12007 Chennai Mysuru Shatabdi is faster: 4h 55m, against 6h 15m" in answer
    assert "Chennai Central (MAS) → KSR Bengaluru City Jn (SBC)" in answer
    assert titles(replies) == ["Seats 12007"]
