"""Whole conversations on the sample railway where the next message leans on the one train or
station the answer just showed: the stop a train was asked about ("when does it reach Bhopal",
"कोटा कब पहुँचेगी") is "there" next, and a question about "it" with a railway word of its own is
that train's, never a question of which station or outside railways."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "then", "halt"),
    [
        ("12628 ka status", ("bhopal kab pahunchegi", "wahan kitni der rukegi"), "10 min"),
        ("12951 कहाँ है", ("कोटा कब पहुँचेगी", "वहाँ कितनी देर रुकेगी"), "10 मिनट"),
        ("what time does 12951 reach kota", ("how long does it stop there?",), "10 min"),
        ("when does 12627 reach bhopal", ("and how long is the stop?",), "10 min"),
    ],
)
async def test_the_stop_just_asked_about_is_where_it_halts_next(
    store: Store, clock: FakeClock, asked: str, then: tuple[str, ...], halt: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(asked)
        for said in then:
            answer = text_of(await user.say(said))
    assert halt in answer
    assert "At which station" not in answer and "किस स्टेशन" not in answer


@pytest.mark.parametrize(
    ("pnr", "asked", "count"),
    [
        ("4512345678", "how many of us are confirmed?", "2 of 3 confirmed"),
        ("4523456789", "how many of us are confirmed?", "None of the 2 confirmed yet"),
        ("4523456789", "हम में से कितने कन्फर्म हैं", "2 में से अभी कोई कन्फ़र्म नहीं"),
    ],
)
async def test_how_many_of_a_booking_are_confirmed_is_a_count_not_the_card(
    store: Store, clock: FakeClock, pnr: str, asked: str, count: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(f"pnr {pnr}")
        answer = text_of(await user.say(asked))
    assert count in answer
    assert "🎫" not in answer and "only know Indian Railways" not in answer


@pytest.mark.parametrize(
    ("pnr", "asked", "waiting"),
    [
        ("4523456789", "how much waiting now?", "Waiting list now: P1 WL 12"),
        ("4534567890", "kitna waiting hai ab", "Waiting list now: P1 WL 6"),
        ("4534567890", "kitna waiting hai", "Waiting list now: P1 WL 6"),
        ("4523456789", "अब कितनी वेटिंग है", "अभी वेटिंग: P1 वेटिंग 12"),
        ("4512345678", "what's my waiting position", "P3 RAC 12"),
    ],
)
async def test_the_waiting_asked_after_a_booking_is_its_place_not_seats_or_a_fare(
    store: Store, clock: FakeClock, pnr: str, asked: str, waiting: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(f"pnr {pnr}")
        answer = text_of(await user.say(asked))
    assert waiting in answer
    assert "Seats" not in answer and "सीटें" not in answer and "₹" not in answer


@pytest.mark.parametrize(
    ("asked", "rule"),
    [
        ("what happens now?", "cancelled automatically and the fare refunded"),
        ("ab kya hoga", "cancelled automatically and the fare refunded"),
        ("अब क्या होगा", "अपने-आप रद्द हो जाता है"),
    ],
)
async def test_what_happens_now_after_a_waitlisted_booking_is_the_waiting_lists_rules(
    store: Store, clock: FakeClock, asked: str, rule: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4523456789")
        answer = text_of(await user.say(asked))
    assert rule in answer
    assert "Which station" not in answer and "₹" not in answer


async def test_what_happens_now_after_a_booking_in_rac_says_rac_passengers_board(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")
        answer = text_of(await user.say("what happens now?"))
    assert "RAC passengers can board" in answer and "P1 CNF S6/71" in answer


@pytest.mark.parametrize("first", ["pnr 4545678901", "12626 status"])
async def test_what_happens_now_after_a_cancelled_train_is_its_refund(
    store: Store, clock: FakeClock, first: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(first)
        answer = text_of(await user.say("what happens now?"))
    assert "refunded automatically" in answer and "Which station" not in answer


@pytest.mark.parametrize(
    ("asked", "then", "fare"),
    [
        ("fare of 12951 from mumbai to delhi", "the cheapest one", "3A (AC 3 Tier)"),
        ("fare of 12627 from bangalore to delhi", "sabse sasta", "SL (Sleeper)"),
        ("fare of 12627 from bangalore to delhi", "सबसे सस्ता वाला", "SL (स्लीपर)"),
    ],
)
async def test_the_cheapest_for_which_class_is_the_cheapest_class_offered(
    store: Store, clock: FakeClock, asked: str, then: str, fare: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(asked)
        answer = text_of(await user.say(then))
    assert fare in answer and "💰" in answer


async def test_the_fastest_for_which_class_says_classes_run_alike_and_asks_again(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("fare of 12627 from bangalore to delhi")
        answer = text_of(await user.say("the fastest"))
        cheapest = text_of(await user.say("cheapest"))
    assert "Every class of one train takes the same time" in answer and "Which class?" in answer
    assert "SL (Sleeper)" in cheapest


@pytest.mark.parametrize(
    ("first", "asked", "back"),
    [
        (
            "12952 kab pahunchegi",
            "what is the number of the return train?",
            "12951 Mumbai Rajdhani",
        ),
        ("12627 kahan hai", "train number for the return journey", "12628 Karnataka Express"),
        ("12951 ka route", "wapsi wali train ka number kya hai", "12952 Mumbai Rajdhani"),
        ("12628 कहाँ है", "वापसी वाली ट्रेन का नंबर बताओ", "12627 Karnataka Express"),
    ],
)
async def test_the_number_of_the_return_train_is_the_train_in_hands_partner(
    store: Store, clock: FakeClock, first: str, asked: str, back: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(first)
        answer = text_of(await user.say(asked))
    assert back in answer
    assert "PNR" not in answer and "only know Indian Railways" not in answer


@pytest.mark.parametrize(
    ("asked", "dated"),
    [
        # (the run that left on Tuesday is on its way there: it is the one due there next)
        ("when does 12627 reach delhi", "is due there on Thu 19 Nov at 09:15"),
        ("12627 भोपाल कब पहुँचती है", "बुध, 18 नवंबर को 22:05 बजे वहाँ पहुँचती है"),
        ("when does 12627 reach solapur", "gets there on Thu 19 Nov at 07:10"),
    ],
)
async def test_when_a_train_reaches_a_later_days_stop_says_the_date_of_the_run_due_there_next(
    store: Store, clock: FakeClock, asked: str, dated: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert dated in answer


async def test_when_it_reaches_its_end_says_the_date_not_only_its_day_of_the_run(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12952 ka timetable")
        answer = text_of(await user.say("when does it reach"))
    assert "gets there on Thu 19 Nov at 08:35" in answer


@pytest.mark.parametrize("asked", ["uska platform bhopal pe", "its platform at bhopal?"])
async def test_its_platform_at_a_place_is_the_train_in_hands_not_one_named_after_the_place(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("bhopal se jane wali trains")
        await user.say("second one kab pahunchegi delhi")
        answer = text_of(await user.say(asked))
    assert "Bhopal Jn (BPL)" in answer and "12002" not in answer
    assert "🚆 22691" not in answer  # the card just shown is not shown again


@pytest.mark.parametrize(
    ("asked", "then", "leaves"),
    [
        ("12627 bhopal kab pahunchegi", "wahan se kitne baje niklegi", "leaves Bhopal Jn (BPL)"),
        ("12627 भोपाल कब पहुँचेगी", "वहाँ से कितने बजे निकलेगी", "Bhopal Jn (BPL) से 22:27"),
        ("what time does 12951 reach kota", "when does it leave from there", "leaves Kota Jn"),
    ],
)
async def test_when_it_leaves_there_is_the_train_in_hand_at_the_stop_not_the_stops_board(
    store: Store, clock: FakeClock, asked: str, then: str, leaves: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(asked)
        answer = text_of(await user.say(then))
    assert leaves in answer and "🚉" not in answer


async def test_the_trains_from_there_after_a_station_are_still_its_board(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("code of bhopal")
        answer = text_of(await user.say("wahan se kitne baje trains hai"))
    assert "🚉 Bhopal Jn (BPL)" in answer


@pytest.mark.parametrize(
    ("asked", "then", "day"),
    [
        (
            "12627 agra kab pahunchegi",
            "which day?",
            "Expected at Agra Cantt (AGC) at 05:27 (tomorrow, Thu 19 Nov)",
        ),
        (
            "12628 bangalore kab pahunchegi",
            "kis din?",
            "KSR Bengaluru City Jn (SBC) at 10:05 (tomorrow, Thu 19 Nov)",
        ),
    ],
)
async def test_which_day_after_when_it_reaches_a_stop_is_the_day_it_gets_there(
    store: Store, clock: FakeClock, asked: str, then: str, day: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(asked)
        answer = text_of(await user.say(then))
    assert day in answer and "Runs from" not in answer


async def test_how_many_are_confirmed_after_other_questions_is_still_the_bookings_count(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4534567890")
        await user.say("kaunse platform se chalegi")
        answer = text_of(await user.say("kitne log confirm hai"))
    assert "not confirmed yet: P1 WL 6" in answer


async def test_the_waiting_asked_after_seats_shown_since_is_still_the_seats(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4523456789")
        await user.say("seats in 12951 3a tomorrow")
        answer = text_of(await user.say("kitna waiting hai"))
    assert "Seats · 12951 Mumbai Rajdhani" in answer


@pytest.mark.parametrize(
    ("fare", "run"),
    [
        ("fare of 12627 sleeper from bangalore to delhi", "Run of Wed 18 Nov: not started yet"),
        ("fare of 12627 sleeper from bangalore to delhi tomorrow", "Run of Thu 19 Nov"),
    ],
)
async def test_when_it_leaves_after_a_fare_is_the_run_that_journey_takes(
    store: Store, clock: FakeClock, fare: str, run: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(fare)
        answer = text_of(await user.say("when does it leave?"))
    assert run in answer and "Started Tue 17 Nov" not in answer


@pytest.mark.parametrize("asked", ["next station kab aayega", "agla station kab aayega"])
async def test_the_next_station_asked_is_the_next_stop_and_there_next(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 kahan hai")
        nearest = text_of(await user.say(asked))
        halt = text_of(await user.say("how long does it stop there?"))
    assert "Next stop of 12627 Karnataka Express: Itarsi Jn (ET)" in nearest
    assert "halts 10 min at Itarsi Jn (ET)" in halt


@pytest.mark.parametrize(
    ("first", "leaves"),
    [
        ("pnr 4523456789", "Your boarding station: New Delhi (NDLS)"),
        ("12627 kahan hai", "12627 left KSR Bengaluru City Jn (SBC)"),
    ],
)
async def test_which_station_it_leaves_from_is_the_train_in_hands_start_not_which_station(
    store: Store, clock: FakeClock, first: str, leaves: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(first)
        answer = text_of(await user.say("which station does it leave from?"))
    assert leaves in answer and "Which station?" not in answer


async def test_whats_next_after_a_waitlisted_booking_is_what_happens_to_it(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4523456789")
        answer = text_of(await user.say("what's next?"))
    assert "cancelled automatically" in answer and "only know Indian Railways" not in answer


async def test_a_stop_asked_on_a_day_the_train_does_not_run_is_still_there_next(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("route of 12007")
        today = text_of(await user.say("platform at bengaluru?"))
        halt = text_of(await user.say("how long does it halt there?"))
    assert "doesn't start its run today" in today
    assert "halts 10 min at KSR Bengaluru City Jn (SBC)" in halt


async def test_when_the_train_followed_reaches_its_end_is_that_runs_date_not_the_next_runs(
    store: Store, clock: FakeClock
) -> None:
    clock.now = 1_796_702_400.0  # Tue 8 Dec 09:30 IST: the run that left Delhi on Monday runs
    async with sample_chat(store, clock) as user:
        await user.say("status of 12628")
        answer = text_of(await user.say("when does it reach bangalore"))
    assert "Expected at KSR Bengaluru City Jn (SBC) at 10:05 (tomorrow), due 09:40." in answer
    assert "next run" not in answer and "🚆 12628" not in answer  # its card was just shown


async def test_how_long_it_takes_from_the_first_station_in_hand_is_the_whole_run(
    store: Store, clock: FakeClock
) -> None:
    clock.now = 1_796_702_400.0
    async with sample_chat(store, clock) as user:
        await user.say("next train from new delhi to ghaziabad")
        await user.say("and the one after that?")
        await user.say("which platform")
        answer = text_of(await user.say("how long does it take"))
    assert "takes about 45m from New Delhi (NDLS) to Ghaziabad Jn (GZB)" in answer
    assert "starts its run" not in answer


@pytest.mark.parametrize(
    "asked",
    [
        "kota platform kya hai",
        "kota ka platform",
        "aur kota ka platform?",
        "what is the kota platform",
        "कोटा का प्लेटफार्म",
        "कोटा प्लेटफॉर्म क्या है",
    ],
)
async def test_a_station_named_before_platform_is_where_the_train_in_hand_stands(
    store: Store, clock: FakeClock, asked: str
) -> None:
    # "kota" is also a quota's word; before "platform" it is Kota, for the train in hand
    async with sample_chat(store, clock) as user:
        await user.say("12951 kahan hai")
        answer = text_of(await user.say(asked))
    assert ("Platform 11 at Kota Jn (KOTA)" in answer) or ("Kota Jn (KOTA) पर प्लेटफ़ॉर्म 11" in answer)
    assert "Quota" not in answer and "कोटा:" not in answer


@pytest.mark.parametrize(
    ("card", "asked", "stop"),
    [
        ("12951 kaha hai", "surat ruki hai kya", "Yes, 12951 Mumbai Rajdhani stops there"),
        ("12951 कहाँ है", "सूरत रुकी थी क्या", "हाँ, 12951 Mumbai Rajdhani वहाँ रुकती है"),
        ("12657 kaha hai", "perambur se chadh sakte hai?", "Perambur (PER): 22:52–22:54"),
        ("12657 kaha hai", "can i board at katpadi?", "Katpadi Jn (KPD): 00:28–00:30"),
        ("12657 कहाँ है", "क्या कटपाडी से चढ़ सकते हैं?", "हाँ, 12657 Chennai Bengaluru Mail"),
        ("12657 kaha hai", "can i board at bhopal?", "doesn't stop at Bhopal Jn (BPL)"),
    ],
)
async def test_whether_the_train_in_hand_stopped_or_can_be_boarded_at_a_place_is_its_stop(
    store: Store, clock: FakeClock, card: str, asked: str, stop: str
) -> None:
    clock.now = 1_796_702_400.0  # Tue 8 Dec 09:30 IST: neither train has left yet
    async with sample_chat(store, clock) as user:
        await user.say(card)
        answer = text_of(await user.say(asked))
    assert stop in answer
    assert "not started yet" not in answer and "going to" not in answer and "जा रहे" not in answer


@pytest.mark.parametrize(
    ("card", "asked", "cut"),
    [
        ("16021 kahan hai", "mysore tak kyu nahi ja rahi", "No, this run does not go to Mysuru Jn"),
        ("16021 कहाँ है", "मैसूर तक क्यों नहीं जा रही", "नहीं, इस बार ट्रेन Mysuru Jn (MYS) तक"),
        ("16021 kahan hai", "why isn't it going to mysore", "No, this run does not go to Mysuru"),
    ],
)
async def test_why_the_train_in_hand_does_not_go_to_a_place_is_its_part_cancelled(
    store: Store, clock: FakeClock, card: str, asked: str, cut: str
) -> None:
    clock.now = 1_796_702_400.0  # Tue 8 Dec 09:30 IST: the run is cut short at SBC
    async with sample_chat(store, clock) as user:
        await user.say(card)
        answer = text_of(await user.say(asked))
    assert answer.startswith(cut)
    assert "starting from" not in answer and "किस स्टेशन से" not in answer


@pytest.mark.parametrize(
    ("asked", "days"),
    [
        ("chalti roz hai?", "Yes, 12627 Karnataka Express runs every day."),
        ("does it run daily?", "Yes, 12627 Karnataka Express runs every day."),
        ("रोज़ चलती है?", "हाँ, 12627 Karnataka Express रोज़ चलती है।"),
    ],
)
async def test_whether_the_one_train_listed_runs_daily_is_its_days_not_one_days_run(
    store: Store, clock: FakeClock, asked: str, days: str
) -> None:
    clock.now = 1_796_702_400.0  # Tue 8 Dec 09:30 IST
    async with sample_chat(store, clock) as user:
        await user.say("yesvantpur se delhi train")
        await user.say("kitna time lagta hai")
        answer = text_of(await user.say(asked))
    assert answer.startswith(days)
    assert "on Tue 8 Dec" not in answer and "8 दिसंबर" not in answer


@pytest.mark.parametrize(
    ("asked", "leaves"),
    [
        # (expected to leave 25 min late, as New Delhi's board says)
        ("aaj wali train delhi se kitne baje niklegi", "12628 leaves New Delhi (NDLS) at 20:40"),
        ("aaj delhi se kitne baje niklegi", "12628 leaves New Delhi (NDLS) at 20:40"),
        ("आज वाली ट्रेन दिल्ली से कितने बजे निकलेगी", "12628 New Delhi (NDLS) से 20:40 बजे"),
    ],
)
async def test_when_todays_run_of_the_train_in_hand_leaves_a_place_is_its_time_there(
    store: Store, clock: FakeClock, asked: str, leaves: str
) -> None:
    clock.now = 1_796_702_400.0  # Tue 8 Dec 09:30 IST: Monday's run is on its way, today's not
    async with sample_chat(store, clock) as user:
        await user.say("12628 kaha pahunchi")
        await user.say("bangalore kab tak pahunchegi")
        answer = text_of(await user.say(asked))
    assert answer.startswith(leaves)
    assert "going to" not in answer and "जा रहे" not in answer


@pytest.mark.parametrize("asked", ["aaj raat wali kitne baje niklegi", "raat wali kab niklegi"])
async def test_when_tonights_one_leaves_is_the_train_in_hand_not_outside_railways(
    store: Store, clock: FakeClock, asked: str
) -> None:
    clock.now = 1_796_702_400.0  # Tue 8 Dec 09:30 IST: tonight's run leaves Chennai at 22:40
    async with sample_chat(store, clock) as user:
        await user.say("12657 kaha hai")
        answer = text_of(await user.say(asked))
    assert "22:40" in answer
    assert "only know Indian Railways" not in answer


@pytest.mark.parametrize("asked", ["uska number kya hai", "what is its number?", "उसका नंबर क्या है"])
async def test_the_number_of_the_one_train_listed_is_that_trains_card(
    store: Store, clock: FakeClock, asked: str
) -> None:
    clock.now = 1_796_998_500.0  # Fri 11 Dec 19:45 IST
    async with sample_chat(store, clock) as user:
        await user.say("kaveri express aaj late hai kya")
        await user.say("to bangalore se mysore ke liye koi aur train kal?")
        answer = text_of(await user.say(asked))
    assert answer.startswith("🚆 12007 Chennai Mysuru Shatabdi")
