"""Whole conversations on the sample railway that come back to something shown a few messages
earlier: the trains of a list while the bot's own question is open ("which one is faster?" when
it asked which class), the booking on screen ("what do I do now?"), ..."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

FRIDAY_EVENING: float = 1_796_998_500.0  # Fri 11 Dec 2026, 19:45 IST


@pytest.mark.parametrize(
    ("asked", "fastest"),
    [
        ("which one is faster?", "Fastest from Chennai"),
        ("sabse jaldi kaun pahunchegi", "Fastest from Chennai"),
        ("सबसे जल्दी कौन पहुँचेगी", "सबसे तेज़ ट्रेन"),
    ],
)
async def test_which_is_faster_while_the_class_is_asked_is_the_lists_fastest(
    store: Store, clock: FakeClock, asked: str, fastest: str
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("chennai se bangalore kal")
        assert "Which class?" in text_of(await user.say("fare 16021"))
        answer = text_of(await user.say(asked))
    # The Shatabdi takes 4h 55m, the least of the four listed: the answer is about the list,
    # not a class of the Kaveri Express, nor "didn't get that"
    assert fastest in answer and "12007 Chennai Mysuru Shatabdi" in answer
    assert "4h 55m" in answer or "4 घंटे 55 मिनट" in answer
    assert "Which class?" not in answer


@pytest.mark.parametrize(
    ("pnr", "asked", "guidance"),
    [
        # the train is cancelled: the refund comes by itself, no TDR
        ("4545678901", "what do I do now?", "refunded automatically"),
        ("4545678901", "ab kya karu", "no TDR needed"),
        ("4545678901", "अब क्या करूँ", "TDR की ज़रूरत नहीं"),
        # still waitlisted: what happens at the chart
        ("4523456789", "what do I do now?", "cancelled automatically and the fare refunded"),
        ("4523456789", "ab kya karu", "cancelled automatically and the fare refunded"),
        ("4523456789", "अब क्या करूँ", "अपने-आप रद्द हो जाता है"),
        # one passenger in RAC: they board
        ("4512345678", "what do I do now?", "RAC passengers can board"),
        ("4512345678", "ab kya karu", "RAC passengers can board"),
        ("4512345678", "अब क्या करूँ", "आरएसी वाले यात्री सफ़र कर सकते हैं"),
    ],
)
async def test_what_to_do_now_after_a_booking_is_guidance_by_its_state(
    store: Store, clock: FakeClock, pnr: str, asked: str, guidance: str
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(f"pnr {pnr}")
        answer = text_of(await user.say(asked))
    assert guidance in answer
    # never a station called "Karur" (KRR) read out of "karu", never a booking or refund done
    assert "Karur" not in answer and "refund initiated" not in answer.lower()


@pytest.mark.parametrize(
    ("asked", "next_one"),
    [
        ("अगली कितने बजे है", "New Delhi (NDLS) से 20:15 बजे चलेगी"),
        ("next one kitne baje", "leaves New Delhi (NDLS) at 20:15"),
        ("what time is the next one?", "leaves New Delhi (NDLS) at 20:15"),
    ],
)
async def test_when_the_next_of_a_board_leaves_is_its_first_trains_time(
    store: Store, clock: FakeClock, asked: str, next_one: str
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("trains from NDLS next 6 hours")
        answer = text_of(await user.say(asked))
    # the board's first, 64421 at 20:15: one train, not each of the board's timetables
    assert "64421" in answer and next_one in answer
    assert "12628" not in answer and "64423" not in answer


@pytest.mark.parametrize("asked", ["अगली कितने बजे है", "next one kitne baje"])
async def test_the_next_of_a_board_shown_a_while_ago_is_the_first_not_left_since(
    store: Store, clock: FakeClock, asked: str
) -> None:
    clock.now = FRIDAY_EVENING + 25 * 60  # 20:10
    async with sample_chat(store, clock) as user:
        board = text_of(await user.say("trains from NDLS next 6 hours"))
        assert board.index("64421") < board.index("12628")
        clock.advance(10 * 60)  # 20:20: the 20:15 MEMU has left, the Karnataka Express not
        answer = text_of(await user.say(asked))
    assert "12628 Karnataka Express" in answer and "64421" not in answer


@pytest.mark.parametrize(
    ("asked", "heading"),
    [
        ("अगली कितने बजे है", "आज की अगली ट्रेन"),
        ("next one kitne baje", "Next train from Chennai"),
        ("when does the next one leave?", "Next train from Chennai"),
    ],
)
async def test_when_the_next_of_a_journeys_list_leaves_is_the_first_not_left(
    store: Store, clock: FakeClock, asked: str, heading: str
) -> None:
    clock.now = FRIDAY_EVENING  # 19:45: the Shatabdi and the Brindavan left this morning
    async with sample_chat(store, clock) as user:
        await user.say("chennai se bangalore")
        answer = text_of(await user.say(asked))
    assert heading in answer and "16021 Kaveri Express" in answer and "21:15" in answer
    assert "12007" not in answer and "12639" not in answer


@pytest.mark.parametrize(
    ("codes", "second"),
    [
        (("NDLS ka code?", "what is the code of Kota"), "the second one"),
        (("NDLS ka code?", "kota ka code kya hai"), "dusri wali"),
        (("NDLS का कोड?", "कोटा का कोड क्या है"), "दूसरी वाली"),
    ],
)
async def test_station_codes_looked_up_after_a_board_leave_the_board_in_hand(
    store: Store, clock: FakeClock, codes: tuple[str, str], second: str
) -> None:
    clock.now = FRIDAY_EVENING + 26 * 60  # 20:11: the cancelled 12626 (20:10) is off the board
    async with sample_chat(store, clock) as user:
        await user.say("trains from NDLS next 6 hours")
        first = text_of(await user.say(codes[0]))
        then = text_of(await user.say(codes[1]))
        answer = text_of(await user.say(second))
    # Kota's code, not what a quota is; then the board's second train, 12628
    assert "NDLS" in first and "KOTA" in then and "Quota" not in then
    assert "12628 Karnataka Express" in answer and "64421" not in answer


@pytest.mark.parametrize(
    ("asked", "total", "estimate"),
    [
        ("total for 4 people", "₹1,092 per person · ₹4,368 for 4", "An estimate: the fare"),
        ("4 logo ka kitna", "₹1,092 per person · ₹4,368 for 4", "An estimate: the fare"),
        ("4 लोगों का कुल", "प्रति व्यक्ति ₹1,092 · 4 लोगों का ₹4,368", "यह अनुमान है"),
    ],
)
async def test_a_partys_total_after_a_fare_is_that_fare_times_the_travellers(
    store: Store, clock: FakeClock, asked: str, total: str, estimate: str
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("sleeper fare 12627 sbc to ndls")
        answer = text_of(await user.say(asked))
    assert total in answer and estimate in answer
    assert "only know Indian Railways" not in answer and "Which class?" not in answer


@pytest.mark.parametrize("asked", ["total for 4 people", "4 logo ka kitna", "4 लोगों का कुल"])
async def test_a_partys_total_after_the_fares_of_two_classes_is_each_class_times_the_party(
    store: Store, clock: FakeClock, asked: str
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("12627 me sleeper aur 3ac ka fare bangalore se bhopal")  # ₹756, ₹2,096
        answer = text_of(await user.say(asked))
    assert "₹3,024" in answer and "₹8,384" in answer  # each × 4, sleeper first as shown
    assert answer.index("₹3,024") < answer.index("₹8,384")


@pytest.mark.parametrize(
    ("first", "second"),
    [("the first one", "and the second one?"), ("pehla wala", "dusra wala"),
     ("पहला वाला", "दूसरा वाला")],
)  # fmt: skip
async def test_two_bookings_checked_one_after_the_other_are_pointed_at_by_their_place(
    store: Store, clock: FakeClock, first: str, second: str
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")
        await user.say("pnr 4523456789")
        one = text_of(await user.say(first))
        other = text_of(await user.say(second))
    # shown as the PNR card shows it, the booking checked first, then the one after
    assert "🎫 PNR 4512345678" in one and "4523456789" not in one
    assert "🎫 PNR 4523456789" in other and "4512345678" not in other


@pytest.mark.parametrize(
    ("asked", "partly", "not_yet"),
    [
        ("which of them is confirmed?", "Partly:", "No, not confirmed yet"),
        ("kaunsa confirm hua", "Partly:", "No, not confirmed yet"),
        ("कौन सा कन्फर्म हुआ", "पूरी तरह नहीं", "नहीं, अभी कन्फ़र्म नहीं है"),
    ],
)
async def test_which_of_two_bookings_is_confirmed_answers_for_each(
    store: Store, clock: FakeClock, asked: str, partly: str, not_yet: str
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")  # two confirmed, one in RAC
        await user.say("pnr 4523456789")  # both waitlisted
        answer = text_of(await user.say(asked))
    assert answer.index("🎫 PNR 4512345678") < answer.index("🎫 PNR 4523456789")
    assert answer.index(partly) < answer.index(not_yet)


@pytest.mark.parametrize(
    ("asked", "faster"),
    [
        ("which is faster?", "12628 Karnataka Express is faster: 37h 25m"),
        ("dono mein kaun jaldi pahunchegi", "12628 Karnataka Express is faster: 37h 25m"),
        ("दोनों में कौन जल्दी पहुँचेगी", "12628 Karnataka Express जल्दी पहुँचती है"),
    ],
)
async def test_which_of_two_trains_looked_at_one_after_the_other_is_faster(
    store: Store, clock: FakeClock, asked: str, faster: str
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("12627")
        await user.say("12628")
        answer = text_of(await user.say(asked))
    # end to end: 12628 takes 37h 25m, 12627 37h 55m
    assert faster in answer and "12627 Karnataka Express" in answer
    assert "only know Indian Railways" not in answer


@pytest.mark.parametrize(
    ("asked", "cheaper"),
    [
        ("which one is cheaper?", "12639 Brindavan Express is cheaper: ₹526, against ₹789"),
        ("dono mein sasta kaun", "12639 Brindavan Express is cheaper: ₹526, against ₹789"),
        ("दोनों में कौन सस्ती है", "12639 Brindavan Express सस्ती है: ₹526"),
    ],
)
async def test_which_of_two_trains_fares_asked_one_after_the_other_is_cheaper(
    store: Store, clock: FakeClock, asked: str, cheaper: str
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("fare 12007 chennai to bangalore")
        await user.say("CC")
        await user.say("fare 12639 chennai to bangalore")
        await user.say("CC")
        answer = text_of(await user.say(asked))
    # the same journey and class, AC Chair Car from Chennai Central to KSR Bengaluru
    assert cheaper in answer and "12007 Chennai Mysuru Shatabdi" in answer
    assert "CC (" in answer and "Which class?" not in answer
