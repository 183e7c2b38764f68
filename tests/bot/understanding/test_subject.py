"""Messages read against the subject of the conversation: what was just shown is taken for granted
by the next message, and only where it is the same train."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import (
    AlertSubscribe,
    CancelledTrains,
    Fare,
    LiveStatus,
    PnrStatus,
    Request,
    RescheduledTrains,
    SeatAvailability,
    TrainRoute,
    TrainsBetween,
)
from app.bot.state import Subject
from app.bot.understanding import understand_message
from app.bot.understanding.subject import in_context
from tests.bot.harness import INDEX

TODAY = dt.date(2026, 11, 18)
TOMORROW = TODAY + dt.timedelta(days=1)
PNR = Subject(
    request=PnrStatus(pnr="4512345678"),
    pnr="4512345678",
    train="12627",
    origin="YPR",
    destination="NDLS",
    date=TOMORROW,
    journey_class="SL",
)
FARE = Subject.of(Fare(train="12951", origin="NDLS", destination="MMCT", journey_class="3A"))
BETWEEN = Subject.of(TrainsBetween(origin="NDLS", destination="MMCT", date=TOMORROW))
LIVE = Subject.of(LiveStatus(train="12627", date=TODAY))


def read(text: str, subject: Subject | None) -> Request:
    understood = understand_message(text, today=TODAY, index=INDEX)
    return in_context(understood, subject, today=TODAY)


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("is it late", "late"),
        ("ye kahan hai", None),
        ("live status", None),
        ("platform?", "platform"),
        ("इसका प्लेटफॉर्म", "platform"),
    ],
)
def test_a_question_about_the_train_shown_takes_its_train_and_the_pnrs_run(
    text: str, focus: str | None
) -> None:
    assert read(text, PNR) == LiveStatus(train="12627", date=TOMORROW, boarding="YPR", focus=focus)


@pytest.mark.parametrize("text", ["kab pahunchegi", "when will it arrive", "कब पहुँचेगी"])
def test_when_it_arrives_after_a_booking_knows_the_station_booked_to(text: str) -> None:
    assert read(text, PNR) == LiveStatus(
        train="12627", date=TOMORROW, boarding="YPR", focus="arrival", alighting="NDLS"
    )


def test_live_status_again_keeps_the_run_shown() -> None:
    yesterday = Subject.of(LiveStatus(train="12627", date=TODAY - dt.timedelta(days=1)))
    assert read("is it late?", yesterday) == LiveStatus(
        train="12627", date=TODAY - dt.timedelta(days=1), focus="late"
    )


def test_alert_for_the_pnr_shown() -> None:
    assert read("alert bhi laga do", PNR) == AlertSubscribe(pnr="4512345678")


def test_a_fare_after_a_pnr_is_for_that_journey_class_and_day() -> None:
    # The train is taken from the conversation, and marked so: the message named none.
    assert read("fare", PNR) == Fare(
        train="12627",
        origin="YPR",
        destination="NDLS",
        journey_class="SL",
        date=TOMORROW,
        train_taken=True,
    )


def test_a_fare_for_another_train_does_not_borrow_this_trains_stations() -> None:
    assert read("12951 ka fare", PNR) == Fare(train="12951")


@pytest.mark.parametrize("text", ["what about 2A", "2A?", "aur 2A mein", "2nd ac"])
def test_a_class_alone_asks_the_last_question_again_in_that_class(text: str) -> None:
    assert read(text, FARE) == Fare(
        train="12951", origin="NDLS", destination="MMCT", journey_class="2A", train_taken=True
    )


@pytest.mark.parametrize("text", ["and tomorrow?", "kal ka", "tomorrow"])
def test_a_day_alone_asks_the_last_question_for_that_day(text: str) -> None:
    journey = Subject.of(TrainsBetween(origin="NDLS", destination="MMCT"))
    assert read(text, journey) == TrainsBetween(origin="NDLS", destination="MMCT", date=TOMORROW)


def test_kal_after_live_status_is_yesterdays_run() -> None:
    # switched: the answer names the day; kal: and offers the other kal, tomorrow's run
    assert read("aur kal wali?", LIVE) == LiveStatus(
        train="12627", date=TODAY - dt.timedelta(days=1), switched=True, kal=True
    )


def test_tomorrow_s_after_live_status_is_named() -> None:
    asked = read("tomorrow's", LIVE)
    assert isinstance(asked, LiveStatus)
    assert (asked.date, asked.switched, asked.kal) == (TODAY + dt.timedelta(days=1), True, False)


def test_another_end_changes_that_end_only() -> None:
    assert read("and to pune?", BETWEEN) == TrainsBetween(
        origin="NDLS", destination="PUNE", date=TOMORROW
    )
    assert read("sbc se?", BETWEEN).slots == {"from": "SBC", "to": "MMCT", "date": "2026-11-19"}


def test_is_it_cancelled_is_about_the_train_shown_and_the_list_is_not() -> None:
    assert read("is it cancelled?", PNR) == CancelledTrains(train="12627", date=TOMORROW)
    assert read("cancelled trains today", PNR) == CancelledTrains(date=TODAY)


def test_route_and_seats_take_the_train_and_journey() -> None:
    assert read("route", PNR) == TrainRoute(train="12627")
    assert read("seats", PNR) == SeatAvailability(
        train="12627",
        origin="YPR",
        destination="NDLS",
        journey_class="SL",
        date=TOMORROW,
        train_taken=True,
    )


def test_a_new_question_with_its_own_train_is_left_as_asked() -> None:
    assert read("12951 kahan hai", PNR) == LiveStatus(train="12951")
    assert read("pnr 4523456789", PNR) == PnrStatus(pnr="4523456789")


def test_without_a_subject_a_message_is_read_alone() -> None:
    assert read("is it late", None) == LiveStatus(focus="late")
    assert read("what about 2A", None).intent == "unknown"


def test_a_train_named_again_is_not_marked_taken_from_the_conversation() -> None:
    asked = read("12627 ka fare", PNR)
    assert isinstance(asked, Fare)
    assert asked.train == "12627"
    assert not asked.train_taken


@pytest.mark.parametrize(
    ("text", "waiting"),
    [
        ("will the RAC one get a berth?", "RAC"),
        ("आरएसी वाले को बर्थ मिलेगी?", "RAC"),
        ("will the waitlisted ones get confirmed?", "WL"),
        ("waiting wale confirm honge kya?", "WL"),
    ],
)
def test_a_passenger_asked_about_by_status_is_that_passengers_chance(
    text: str, waiting: str
) -> None:
    assert read(text, PNR) == PnrStatus(pnr="4512345678", chance=True, waiting=waiting)


def test_what_rac_is_after_a_booking_is_still_explained() -> None:
    assert not isinstance(read("what is RAC?", PNR), PnrStatus)


@pytest.mark.parametrize(
    "text", ["which day is the train?", "journey kis din hai?", "ट्रेन किस दिन है?"]
)
def test_which_day_after_a_booking_is_its_journeys_date(text: str) -> None:
    assert read(text, PNR) == PnrStatus(pnr="4512345678", focus="date")


def test_which_days_it_runs_after_a_booking_are_still_its_running_days() -> None:
    assert not isinstance(read("which days does it run?", PNR), PnrStatus)


@pytest.mark.parametrize("text", ["how late will it leave?", "kab chalegi?"])
def test_when_it_leaves_after_its_live_status_is_that_runs_departure(text: str) -> None:
    asked = read(text, LIVE)
    assert isinstance(asked, LiveStatus) and asked.focus in ("departure", "leaving_late")
    assert asked.train == "12627"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("any rescheduled?", RescheduledTrains),
        ("which are rescheduled", RescheduledTrains),
        ("koi cancel hai?", CancelledTrains),
        ("कोई रद्द है?", CancelledTrains),
    ],
)
def test_the_day_in_hand_carries_to_the_next_list_of_changed_trains(
    text: str, kind: type[Request]
) -> None:
    asked = read(text, BETWEEN)
    assert isinstance(asked, kind)
    assert asked.slots.get("date") == TOMORROW.isoformat()
    assert asked.slots.get("train") is None


def test_a_day_said_with_the_list_of_changed_trains_is_that_day() -> None:
    asked = read("aaj koi cancel hai?", BETWEEN)
    assert isinstance(asked, CancelledTrains)
    assert asked.slots.get("date") == TODAY.isoformat()


def test_a_list_of_changed_trains_with_no_day_in_hand_is_today() -> None:
    asked = read("any rescheduled?", LIVE)
    assert isinstance(asked, RescheduledTrains)
    assert asked.slots.get("date") != TOMORROW.isoformat()


EACH_FARE = Subject.of(
    Fare(train="16021", origin="MAS", destination="SBC", journey_class="SL", date=TOMORROW)
).model_copy(update={"several": ("16021", "12657")})


@pytest.mark.parametrize("text", ["and 3a?", "3a me kitna"])
def test_a_class_after_the_fares_of_each_is_of_each_again(text: str) -> None:
    asked = read(text, EACH_FARE)
    assert isinstance(asked, Fare)
    assert asked.train is None
    assert asked.journey_class == "3A"


def test_a_train_named_after_the_fares_of_each_is_that_train() -> None:
    asked = read("12657 3a", EACH_FARE)
    assert isinstance(asked, Fare)
    assert asked.train == "12657"


RUNS_TOMORROW = Subject.of(TrainRoute(train="12627")).model_copy(update={"date": TOMORROW})


@pytest.mark.parametrize(
    "text", ["aur koi train cancel hai?", "any other cancelled?", "और कोई ट्रेन रद्द है?"]
)
def test_other_trains_changed_ask_the_days_list_not_the_train_in_hand(text: str) -> None:
    asked = read(text, RUNS_TOMORROW)
    assert isinstance(asked, CancelledTrains)
    assert asked.train is None
    assert asked.slots.get("date") == TOMORROW.isoformat()


def test_whether_it_is_cancelled_is_of_the_train_in_hand() -> None:
    asked = read("is it cancelled?", RUNS_TOMORROW)
    assert isinstance(asked, CancelledTrains)
    assert asked.train == "12627"
