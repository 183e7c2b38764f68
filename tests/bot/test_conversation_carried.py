"""Whole conversations on the sample railway where a follow-up leans on what was just shown or
asked: a question about "it" while the bot asks which of two trains, another class after a fare
or seats, "there" after a station, a yes or no about a running day while the bot waits for a
class, the distance to a stop just discussed, the trains of the station just named, another
start for the journey listed, alerts asked for after a PNR, the journey between two stations
just looked up, where a short-terminated train ends, the train back in a seat-hunting chat, and
"kal" after a live status."""

from __future__ import annotations

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


async def test_is_it_late_while_asked_which_of_two_is_answered_for_both(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        question = text_of(await user.say("mumbai rajdhani"))
        late = text_of(await user.say("late hai kya?"))
        chosen = text_of(await user.say("12952"))
    assert "Which Mumbai Rajdhani?" in question
    assert "Which Mumbai Rajdhani?" not in late  # never the same question again, word for word
    assert "12951 Mumbai Rajdhani" in late and "12952 Mumbai Rajdhani" in late
    assert "12952 Mumbai Rajdhani" in chosen  # the choice is still open


async def test_when_it_reaches_a_stop_while_asked_which_is_answered_for_both_in_hindi(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("कर्नाटक एक्सप्रेस")
        reach = text_of(await user.say("भोपाल कब पहुंचेगी?"))
    assert "कौन सी Karnataka Express?" not in reach
    assert "12627 Karnataka Express" in reach and "12628 Karnataka Express" in reach
    assert "Bhopal Jn (BPL)" in reach


async def test_a_class_asked_after_seats_is_that_classes_seats(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("seats in 12628 tomorrow SL")
        has = text_of(await user.say("does it have 3A?"))
        await user.say("12627 fare SL sbc ndls")
        there = text_of(await user.say("is there 2A?"))
    assert "has 3A" not in has and "3A · General quota" in has and "🎫 Seats" in has
    assert "₹" in there and "2A (AC 2 Tier)" in there  # the fare in 2A, never a board


async def test_the_trains_of_there_after_a_station_are_its_board(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("BPL kis station ka code hai")
        hinglish = text_of(await user.say("wahan se kaun si trains jaati hai"))
        await user.say("आगरा कैंट का कोड क्या है")
        hindi = text_of(await user.say("वहाँ से कौन सी ट्रेन जाती हैं"))
        await user.say("what is the code for ghaziabad")
        english = text_of(await user.say("which trains pass through here?"))
    assert "🚉 Bhopal Jn (BPL)" in hinglish and "Rescheduled trains" not in hinglish
    assert "Agra Cantt (AGC)" in hindi and "किस स्टेशन" not in hindi
    assert "Ghaziabad Jn (GZB)" in english and "route" not in english


async def test_a_new_question_while_asked_which_station_is_answered(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        asked = text_of(await user.say("which trains leave from there?"))
        fare = text_of(await user.say("what is the fare of 12627 in SL"))
    assert "Which station?" in asked
    assert "SL (Sleeper)" in fare and "didn't get" not in fare


async def test_whether_it_runs_on_a_day_while_asked_the_class_is_answered(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12007 ka fare chennai se mysore")
        runs = text_of(await user.say("sunday ko chalti hai kya?"))
        fare = text_of(await user.say("CC"))
    assert "Yes, 12007 Chennai Mysuru Shatabdi runs on Sun 22 Nov" in runs
    assert "Noted" not in runs and "Which class?" not in runs
    assert "CC (AC Chair Car)" in fare  # the class question was still open


async def test_whether_it_runs_on_a_day_is_answered_in_hindi_too(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12628 का किराया दिल्ली से बेंगलुरु")
        runs = text_of(await user.say("क्या ये बुधवार को चलती है?"))
    assert "हाँ, 12628 Karnataka Express" in runs and "नोट कर लिया" not in runs


async def test_how_far_a_stop_is_from_the_start_is_that_stretch(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12628 ka route")
        hinglish = text_of(await user.say("bhopal tak kitna distance hai?"))
        await user.say("does 12627 stop at agra")
        english = text_of(await user.say("how far is that from bangalore?"))
    assert "701 km from New Delhi (NDLS) to Bhopal Jn (BPL)" in hinglish
    assert "1,976 km from KSR Bengaluru City Jn (SBC) to Agra Cantt (AGC)" in english
    assert "2,171 km" not in english  # never the whole run's length


async def test_another_start_for_the_journey_listed_is_where_it_starts(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from delhi to bhopal")
        changed = text_of(await user.say("change the starting station to mathura"))
        await user.say("chennai to mysore trains")
        board = text_of(await user.say("no I will board at bangalore"))
        await user.say("trains bangalore to delhi")
        hinglish = text_of(await user.say("mujhe yeswantpur se chadhna hai"))
    assert "Mathura Jn (MTJ) → Bhopal" in changed
    assert "Bengaluru (all stations) → Mysuru Jn (MYS)" in board
    assert "Yesvantpur Jn (YPR) → Delhi" in hinglish


async def test_being_told_of_changes_after_a_pnr_turns_its_alerts_on(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("पीएनआर 4534567890 का स्टेटस")
        hindi = text_of(await user.say("इसमें कोई बदलाव हो तो बताना"))
        await user.say("pnr 4512345678")
        hinglish = text_of(await user.say("isme koi change ho to batana"))
        await user.say("check pnr 4523456789")
        english = text_of(await user.say("let me know if anything changes"))
    assert "PNR 4534567890" in hindi and "अलर्ट चालू" in hindi
    assert "Alerts on for PNR 4512345678" in hinglish
    assert "Alerts on for PNR 4523456789" in english


async def test_trains_between_the_two_stations_just_looked_up(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("kota ka code")
        await user.say("ratlam ka code")
        hinglish = text_of(await user.say("in dono ke beech trains"))
        await user.say("भोपाल का कोड")
        await user.say("झांसी का कोड")
        hindi = text_of(await user.say("इन दोनों के बीच ट्रेनें"))
    assert "Kota Jn (KOTA) → Ratlam Jn (RTM)" in hinglish
    assert "Bhopal Jn (BPL) → Jhansi Jn (VGLJ)" in hindi


async def test_a_short_terminated_run_says_where_it_ends(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        english = text_of(await user.say("where is kaveri express"))
        hindi = text_of(await user.say("16021 कहाँ है"))
    assert "it ends at KSR Bengaluru City Jn (SBC)" in english
    assert "KSR Bengaluru City Jn (SBC) पर ही ख़त्म होगी" in hindi


async def test_the_return_train_in_a_seat_hunting_chat_is_its_seats_in_the_class(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("seats in 12627 from SBC to NDLS tomorrow in 3A")
        back = text_of(await user.say("and the return train?"))
        await user.say("12951 me kal 2A seat available hai kya")
        wapsi = text_of(await user.say("wapsi wali train me?"))
    assert "12628 Karnataka Express" in back and "3A · General quota" in back
    assert "New Delhi (NDLS) → KSR Bengaluru City Jn (SBC)" in back
    assert "12952 Mumbai Rajdhani" in wapsi and "2A · General quota" in wapsi


async def test_kal_after_the_run_of_yesterday_shown_is_tomorrows_run(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        shown = text_of(await user.say("12628 kahan hai"))
        kal = text_of(await user.say("aur kal wali?"))
    assert "Started Tue 17 Nov" in shown  # yesterday's run, still on its way
    assert kal.startswith("Tomorrow's run:")  # the other kal, said which
    assert "Run of Thu 19 Nov" in kal  # its date, said once, by the card


async def test_kal_after_todays_run_is_yesterdays(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        shown = text_of(await user.say("12951 कहाँ है"))
        kal = text_of(await user.say("कल वाली?"))
    assert "बुध, 18 नवंबर को चली" in shown or "अभी चली नहीं" in shown
    assert kal.startswith("कल चली ट्रेन:")
    assert kal.count("17 नवंबर") == 1  # its date, said once, by the card


async def test_a_train_not_on_the_board_just_shown_is_where_it_is(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("BPL kis station ka code hai")
        await user.say("wahan se kaun si trains jaati hai")
        where = text_of(await user.say("12951 kahan hai"))
    assert "12951 Mumbai Rajdhani" in where and "doesn't stop" not in where
