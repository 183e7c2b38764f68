"""Replies to the bot's question: the detail asked for, more details of the same request, a
choice by name, or a new question; a station typed alone never swaps the journey's ends."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.replies import Reply
from app.bot.requests import Fare, LiveStatus, Request, SeatAvailability, TrainsBetween
from app.bot.state import Pending
from app.bot.understanding import understand_message
from app.bot.understanding.followups import (
    asks_any_cancelled,
    asks_for_a_train,
    asks_other_options,
    asks_other_trains,
    asks_ticket_fate,
    asks_to_be_kept_posted,
    asks_what_now,
    asks_when_it_runs_again,
    asks_without_cancelled,
    follow_up,
    is_ack,
    is_reset,
    told_wrong,
    train_name_answer,
)
from tests.bot.harness import INDEX

TODAY = dt.date(2026, 11, 18)


def asking(request: Request, slot: str, options: tuple[str, ...] = ()) -> Pending:
    return Pending(request=request, asking=slot, options=options, prompt=Reply(text="?"))


def reply(pending: Pending, text: str) -> Request | None:
    understood = understand_message(text, today=TODAY, index=INDEX)
    return follow_up(pending, understood, text, today=TODAY, index=INDEX)


FARE_ASKS_FROM = asking(Fare(), "from")


def test_a_train_number_fills_the_train_of_the_fare_being_asked() -> None:
    assert reply(FARE_ASKS_FROM, "12627") == Fare(train="12627")


def test_several_details_fill_several_slots_at_once() -> None:
    assert reply(FARE_ASKS_FROM, "sbc ndls 3a") == Fare(
        origin="SBC", destination="NDLS", journey_class="3A"
    )
    assert reply(FARE_ASKS_FROM, "12627 sbc to ndls") == Fare(
        train="12627", origin="SBC", destination="NDLS"
    )


def test_a_station_typed_alone_answers_the_end_asked_for() -> None:
    to = asking(Fare(train="12627", origin="SBC"), "to")
    assert reply(to, "ndls") == Fare(train="12627", origin="SBC", destination="NDLS")
    assert reply(to, "fare ndls") == Fare(train="12627", origin="SBC", destination="NDLS")
    start = asking(Fare(train="12627", destination="NDLS"), "from")
    assert reply(start, "sbc") == Fare(train="12627", origin="SBC", destination="NDLS")


def test_a_class_and_a_day_answer_seats_asking_the_class() -> None:
    seats = asking(SeatAvailability(train="12951", origin="NDLS", destination="MMCT"), "class")
    assert reply(seats, "3A kal") == SeatAvailability(
        train="12951",
        origin="NDLS",
        destination="MMCT",
        journey_class="3A",
        date=TODAY + dt.timedelta(days=1),
    )


@pytest.mark.parametrize(("text", "code"), [("central", "MAS"), ("egmore", "MS"), ("2", "MS")])
def test_an_option_is_picked_by_words_of_its_name_or_its_number(text: str, code: str) -> None:
    which = asking(TrainsBetween(destination="SBC"), "from", options=("MAS", "MS"))
    assert reply(which, text) == TrainsBetween(origin=code, destination="SBC")


@pytest.mark.parametrize(
    "text", ["the main one", "main station please", "bada wala", "बड़ा वाला", "मुख्य स्टेशन"]
)
def test_the_main_one_asked_which_of_a_citys_stations_is_its_main_station(text: str) -> None:
    which = asking(TrainsBetween(destination="SBC"), "from", options=("MS", "MAS", "PER", "TBM"))
    assert reply(which, text) == TrainsBetween(origin="MAS", destination="SBC")


@pytest.mark.parametrize(("text", "code"), [("perambur", "PER"), ("पेरम्बूर", "PER")])
def test_a_citys_secondary_station_typed_by_name_is_that_one(text: str, code: str) -> None:
    which = asking(TrainsBetween(destination="SBC"), "from", options=("MS", "MAS", "PER", "TBM"))
    assert reply(which, text) == TrainsBetween(origin=code, destination="SBC")


def test_nahi_parso_answers_the_date() -> None:
    when = asking(SeatAvailability(train="12951", origin="NDLS", destination="MMCT"), "date")
    answered = reply(when, "nahi parso")
    assert answered is not None and answered.slots["date"] == "2026-11-20"


@pytest.mark.parametrize("text", ["toh parso?", "to kal?", "toh day after tomorrow"])
def test_a_date_opened_by_toh_is_only_a_detail_of_the_question_before(text: str) -> None:
    understood = understand_message(text, today=TODAY, index=INDEX)
    assert understood.only_details and "date" in understood.details


def test_a_clear_new_question_replaces_the_pending_one() -> None:
    assert reply(FARE_ASKS_FROM, "12627 kahan hai") == LiveStatus(train="12627")
    assert reply(FARE_ASKS_FROM, "pnr 4512345678") is not None
    assert reply(FARE_ASKS_FROM, "hmm blah") is None


@pytest.mark.parametrize(
    "text",
    ["koi aur train?", "any other train", "other trains?", "दूसरी ट्रेन बताओ", "koi dusri gaadi"],
)
def test_asking_for_other_trains_is_said_in_many_ways(text: str) -> None:
    assert asks_other_trains(text)


@pytest.mark.parametrize(
    "text", ["doosri wali", "2nd one", "other train from delhi to agra", "aur 12628?", "train"]
)
def test_other_words_alone_or_with_a_question_of_their_own_are_not_that(text: str) -> None:
    assert not asks_other_trains(text)


LIVE_ASKS_TRAIN = asking(LiveStatus(), "train")


@pytest.mark.parametrize(
    ("text", "name"),
    [("kaveri", "kaveri"), ("Karnataka", "karnataka"), ("कावेरी", "kaveri")],
)
def test_a_name_typed_for_which_train_is_looked_up(text: str, name: str) -> None:
    understood = understand_message(text, today=TODAY, index=INDEX)
    assert train_name_answer(LIVE_ASKS_TRAIN, understood, text) == name


@pytest.mark.parametrize(
    "text", ["no", "ok", "12627", "sbc", "delhi", "platform?", "cancelled trains"]
)
def test_other_replies_to_which_train_are_no_name(text: str) -> None:
    understood = understand_message(text, today=TODAY, index=INDEX)
    assert train_name_answer(LIVE_ASKS_TRAIN, understood, text) is None


@pytest.mark.parametrize(
    "text",
    ["what do I do now?", "so what do we do now", "now what should i do", "ab hum kya karein",
     "ab kya karna padega", "what are my options now", "मुझे अब क्या करना चाहिए", "अब क्या करें"],
)  # fmt: skip
def test_what_to_do_now_is_asked_in_many_words(text: str) -> None:
    assert asks_what_now(text)


@pytest.mark.parametrize(
    "text", ["what do you do", "kya kar rahe ho", "what is the time now", "kya karna hai bhopal"]
)
def test_other_questions_with_what_and_do_are_not_what_to_do_now(text: str) -> None:
    assert not asks_what_now(text)


@pytest.mark.parametrize(
    "text",
    ["what happens to my ticket?", "mera paisa wapas milega?", "टिकट का क्या होगा",
     "will i get my money back", "paisa milega kya", "मेरे पैसे वापस मिलेंगे?"],
)  # fmt: skip
def test_what_becomes_of_ones_ticket_is_asked_in_many_words(text: str) -> None:
    assert asks_ticket_fate(text)


@pytest.mark.parametrize(
    "text", ["ticket kaise book kare", "what is the fare", "pnr 4512345678 ticket status"]
)
def test_other_questions_about_a_ticket_do_not_ask_what_becomes_of_it(text: str) -> None:
    assert not asks_ticket_fate(text)


@pytest.mark.parametrize(
    ("text", "acknowledges"),
    [
        ("👍", True),
        ("👍🏽", True),
        ("👍️", True),
        (" 👌 ✅ ", True),
        ("🙏", True),
        ("ok 👍", True),
        ("❤️", False),
        ("🚆", False),
        ("👍 12627", False),
    ],
)
def test_approving_emoji_alone_acknowledge(text: str, acknowledges: bool) -> None:
    assert is_ack(text) is acknowledges


@pytest.mark.parametrize(
    "text", ["which trains go from bengaluru to delhi?", "bangalore se delhi ki trains"]
)
def test_the_trains_of_a_whole_journey_replace_a_fare_asking_where_from(text: str) -> None:
    asked = reply(FARE_ASKS_FROM, text)
    assert isinstance(asked, TrainsBetween)
    assert "SBC" in asked.origin and "NDLS" in asked.destination


def test_two_ends_without_trains_still_answer_the_fare_asking_where_from() -> None:
    asked = reply(FARE_ASKS_FROM, "sbc to ndls")
    assert isinstance(asked, Fare) and asked.origin == ("SBC",) and asked.destination == ("NDLS",)


@pytest.mark.parametrize(
    "text",
    ["ok and what happens to my ticket?", "aur mera paisa wapas milega?", "और टिकट का क्या होगा"],
)
def test_the_fate_of_ones_ticket_is_asked_after_a_word_that_goes_on(text: str) -> None:
    assert asks_ticket_fate(text)


@pytest.mark.parametrize("text", ["नहीं रहने दो", "अरे छोड़ो जी", "nahi rehne do", "ok chhodo"])
def test_never_mind_said_with_a_no_or_a_ji_starts_over(text: str) -> None:
    assert is_reset(text)


@pytest.mark.parametrize("text", ["नहीं", "रहने दो कल की बताओ"])
def test_a_no_alone_or_more_asked_is_no_start_over(text: str) -> None:
    assert not is_reset(text)


@pytest.mark.parametrize("text", ["जी हाँ", "जी", "हाँ जी", "जी बिल्कुल", "ji haan"])
def test_a_hindi_yes_with_ji_acknowledges(text: str) -> None:
    assert is_ack(text)


@pytest.mark.parametrize(
    "text",
    [
        "ok cool",
        "acha thik hai",
        "ok got it bhai",
        "अच्छा ठीक है",
        "alright then",
        "perfect",
        "chalo theek hai",
    ],
)
def test_acknowledging_words_with_fillers_around_them_acknowledge(text: str) -> None:
    assert is_ack(text)


@pytest.mark.parametrize(
    "text", ["ok so what about tomorrow", "thik hai kal ka batao", "is it ok", "yes", "ok 12627"]
)
def test_an_acknowledgement_that_goes_on_to_ask_or_a_bare_yes_is_no_acknowledgement(
    text: str,
) -> None:
    assert not is_ack(text)


@pytest.mark.parametrize("text", ["so what now", "so now what?", "ok what now", "toh ab kya"])
def test_what_now_led_on_from_an_answer_is_what_to_do_now(text: str) -> None:
    assert asks_what_now(text)


@pytest.mark.parametrize(
    "text",
    ["need train urgent", "i need a train", "train chahiye jaldi", "मुझे जल्दी ट्रेन चाहिए",
     "ट्रेन चाहिए, अर्जेंट है"],
)  # fmt: skip
def test_a_train_wanted_with_nothing_else_said_is_a_journey_to_ask(text: str) -> None:
    assert asks_for_a_train(text)


@pytest.mark.parametrize("text", ["need train to delhi", "need ticket", "train", "12627 chahiye"])
def test_a_train_wanted_with_a_place_or_ticket_is_read_as_said(text: str) -> None:
    assert not asks_for_a_train(text)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("galat hai", ""),
        ("this is not correct", ""),
        ("यह सही नहीं है", ""),
        ("ye galat hai bhai", ""),
        ("that's wrong, I travelled in sleeper", "i travelled in sleeper"),
        ("galat hai, sleeper mein tha", "sleeper mein tha"),
        ("गलत है, स्लीपर में था", "sleeper mein tha"),
    ],
)
def test_an_answer_said_to_be_wrong_leaves_the_correction_said_with_it(
    text: str, rest: str
) -> None:
    assert told_wrong(text) == rest


@pytest.mark.parametrize(
    "text", ["wrong platform", "wrong train boarded what to do", "is it correct?", "sahi hai"]
)
def test_wrong_inside_a_question_is_no_complaint(text: str) -> None:
    assert told_wrong(text) is None


@pytest.mark.parametrize(
    "text",
    ["keep me posted", "mujhe batate rehna", "update dete rehna", "मुझे बताते रहना",
     "अपडेट देते रहना", "notify me"],
)  # fmt: skip
def test_being_kept_posted_is_asked_in_many_words(text: str) -> None:
    assert asks_to_be_kept_posted(text)


@pytest.mark.parametrize("text", ["tell me the fare", "keep", "update karo 12627 ka status"])
def test_other_requests_with_telling_words_are_not_alerts(text: str) -> None:
    assert not asks_to_be_kept_posted(text)


@pytest.mark.parametrize(
    "text",
    ["any train cancelled today?", "koi train cancel hai aaj?", "कोई ट्रेन आज रद्द है क्या?",
     "is any train cancelled from delhi today?"],
)  # fmt: skip
def test_any_train_cancelled_is_asked_of_every_train(text: str) -> None:
    assert asks_any_cancelled(text)


@pytest.mark.parametrize("text", ["is 12627 cancelled?", "is it cancelled today?"])
def test_one_train_cancelled_is_asked_of_that_train(text: str) -> None:
    assert not asks_any_cancelled(text)


@pytest.mark.parametrize("text", ["koi aur option?", "any other option", "कोई और विकल्प?"])
def test_other_options_are_asked_in_many_words(text: str) -> None:
    assert asks_other_options(text)


@pytest.mark.parametrize("text", ["other trains?", "koi aur train", "more trains"])
def test_other_trains_alone_are_not_other_options(text: str) -> None:
    assert not asks_other_options(text)


@pytest.mark.parametrize(
    "text",
    ["ignore the cancelled one, show the other", "cancel wali chhodo", "रद्द वाली छोड़ो, बाकी दिखाओ",
     "show the trains except the cancelled one"],
)  # fmt: skip
def test_leaving_out_the_cancelled_one_is_asked_with_a_word_of_cancelling(text: str) -> None:
    assert asks_without_cancelled(text)


@pytest.mark.parametrize("text", ["cancel", "ignore that", "12626 cancel hai kya", "skip"])
def test_cancelling_or_leaving_out_alone_is_not_it(text: str) -> None:
    assert not asks_without_cancelled(text)


@pytest.mark.parametrize(
    "text",
    ["kab chalegi phir?", "then when does it run?", "फिर कब चलेगी?", "when will it run next",
     "next run kab hai", "kab se chalu hogi", "ye kab chalegi"],
)  # fmt: skip
def test_when_it_runs_again_is_asked(text: str) -> None:
    assert asks_when_it_runs_again(text)


@pytest.mark.parametrize(
    "text", ["kab pahunchegi", "when does 12627 run", "does it run on sunday", "kab"]
)
def test_other_questions_of_when_or_running_are_not_it(text: str) -> None:
    assert not asks_when_it_runs_again(text)
