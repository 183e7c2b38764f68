"""Understanding questions about a train's facts: which fact, and timetable or today's run."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import CannotDo, LiveStatus, Request, SeatAvailability, TrainFacts
from app.bot.requests import PnrStatus as PnrRequest
from app.bot.understanding import understand, understand_message
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 3)  # a Thursday


def nlu(text: str, index: StationIndex) -> Request:
    return understand(text, today=TODAY, index=index)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("how long does 12627 take", "duration"),
        ("12627 kitna time lagta hai", "duration"),
        ("12627 को कितना समय लगता है", "duration"),
        ("what time does 12627 leave bhopal", "times"),
        ("12627 bhopal kitne baje pahunchti hai", "times"),
        ("12627 भोपाल कब पहुँचती है", "times"),
        ("12627 bhopal timing", "times"),
        ("12639 me first ac hai kya", "classes"),
        ("does 12627 have sleeper", "classes"),
        ("12627 me kaun kaun si class hai", "classes"),
        ("does 12627 run on sunday", "days"),
        ("12627 kis din chalti hai", "days"),
        ("12627 कब कब चलती है", "days"),
        ("12627 coach position", "coaches"),
        ("does 12627 have pantry", "pantry"),
    ],
)
def test_a_fact_about_a_train_is_asked_in_three_languages(
    text: str, fact: str, index: StationIndex
) -> None:
    request = nlu(text, index)
    assert isinstance(request, TrainFacts)
    assert (request.train, request.fact) == ("12627" if "12639" not in text else "12639", fact)


def test_a_verb_of_habit_asks_the_timetable_and_a_future_one_today_s_run(
    index: StationIndex,
) -> None:
    habit = nlu("12627 bhopal kab pahunchti hai", index)
    today = nlu("12627 bhopal kab pahunchegi", index)
    assert isinstance(habit, TrainFacts) and habit.station[0] == "BPL"
    assert habit.moment == "arrival"
    assert isinstance(today, LiveStatus) and today.focus == "arrival"
    assert isinstance(nlu("when will 12627 reach bhopal", index), LiveStatus)
    assert isinstance(nlu("12627 on time hai kya", index), LiveStatus)
    assert isinstance(nlu("how long is 12627 late", index), LiveStatus)


@pytest.mark.parametrize(
    "text",
    ["aur 12628 kitna time leti hai", "और 12628 कितना समय लेती है", "and how long does 12628 take"],
)
def test_and_before_another_train_is_not_the_time_left_of_a_run(
    text: str, index: StationIndex
) -> None:
    request = nlu(text, index)
    assert isinstance(request, TrainFacts)
    assert (request.train, request.fact) == ("12628", "duration")


@pytest.mark.parametrize(
    "text", ["12627 aur kitna time lagega", "12627 kitni der aur lagegi", "12627 abhi kitna time"]
)
def test_more_beside_how_long_asks_the_time_left_of_today_s_run(
    text: str, index: StationIndex
) -> None:
    assert isinstance(nlu(text, index), LiveStatus)


def test_the_stations_of_a_fact_question_are_its_journey_or_the_station_asked(
    index: StationIndex,
) -> None:
    between = nlu("12627 sbc se bhopal kitne ghante", index)
    assert isinstance(between, TrainFacts)
    assert (between.origin[0], between.destination[0], between.station) == ("SBC", "BPL", ())
    hindi = nlu("12627 को कितना समय लगता है", index)
    assert isinstance(hindi, TrainFacts) and not (hindi.origin or hindi.destination)
    asked = nlu("what time does 12627 leave bhopal", index)
    assert isinstance(asked, TrainFacts) and asked.moment == "departure"


def test_a_class_with_a_seat_or_fare_word_is_still_that_question(index: StationIndex) -> None:
    assert isinstance(nlu("12627 sleeper me seat hai kya", index), SeatAvailability)
    assert nlu("12627 3a fare kitna hai", index).intent == "fare"
    assert isinstance(nlu("12627 sbc ndls 3a", index), SeatAvailability)


def test_a_journey_s_time_without_a_train_is_trains_between(index: StationIndex) -> None:
    assert nlu("how long from delhi to mumbai", index).intent == "trains_between"


def test_a_complaint_about_the_pantry_is_a_complaint(index: StationIndex) -> None:
    request = nlu("complaint against pantry", index)
    assert isinstance(request, CannotDo) and request.task == "complaint"


def test_will_it_run_on_a_day_asks_the_timetable_and_kal_is_tomorrow(index: StationIndex) -> None:
    named = nlu("kya karnataka express kal chalegi", index)
    assert isinstance(named, TrainFacts) and named.fact == "days"
    assert named.date == TODAY + dt.timedelta(days=1)
    today = nlu("does 12007 run today?", index)
    assert isinstance(today, TrainFacts) and today.date == TODAY
    assert nlu("kya 12627 kal nahi chalegi", index).intent == "cancelled_trains"
    assert isinstance(nlu("12627 kal late chalegi kya", index), LiveStatus)


def test_what_time_alone_and_stop_there_ask_of_what_is_in_hand(index: StationIndex) -> None:
    for text in ("what time?", "कितने बजे?", "kitne baje"):
        request = nlu(text, index)
        assert isinstance(request, TrainFacts) and request.fact == "times", text
        assert not request.station, text  # "baje" is no station
    there = nlu("does 12627 stop there", index)
    assert there.intent == "stops_at" and there.slots == {"train": "12627"}


def test_whether_the_train_in_hand_gets_somewhere_is_its_run(index: StationIndex) -> None:
    for text in (
        "does it still go up to mysore",
        "kya ye mysore tak jayegi",
        "क्या यह मैसूर तक जाएगी",
    ):
        request = nlu(text, index)
        assert isinstance(request, LiveStatus) and request.focus == "reaches", text
        assert request.at == ("MYS",), text
    assert nlu("trains going to mysore", index).intent == "trains_between"


def test_a_misspelt_station_beside_a_verb_of_reaching_is_looked_up(index: StationIndex) -> None:
    request = nlu("12627 dharmavram kab pahunchti hai", index)
    assert isinstance(request, TrainFacts) and request.station == ("DMM",)


def test_a_verb_of_habit_about_the_train_in_hand_asks_its_timetable(index: StationIndex) -> None:
    for text in ("delhi kab pahunchti hai", "दिल्ली कब पहुँचती है"):
        request = nlu(text, index)
        assert isinstance(request, TrainFacts) and request.fact == "times", text
        assert request.station[0] == "NDLS", text
    assert nlu("delhi se mumbai kab chalti hai", index).intent == "trains_between"


def test_the_new_time_and_leaving_now_ask_about_the_run_in_hand(index: StationIndex) -> None:
    for text in ("what is the new time then", "naya time kya hai", "नया समय क्या है"):
        assert nlu(text, index).intent == "rescheduled_trains", text
    for text in ("when will it leave now", "अब कब चलेगी"):
        assert isinstance(nlu(text, index), LiveStatus), text


def test_a_passenger_of_the_booking_in_hand_asks_its_chance(index: StationIndex) -> None:
    for text in ("will the rac passenger get a berth", "will passenger 3 get a berth"):
        request = nlu(text, index)
        assert isinstance(request, PnrRequest) and request.chance, text
    assert nlu("mumbai passenger seat", index).intent == "seat_availability"


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("is 12627 on time", "on_time"),
        ("kya 12627 time pe hai", "on_time"),
        ("क्या 12627 समय पर है", "on_time"),
        ("is 12627 late", "late"),
        ("is 12627 late or on time", "late"),
        ("has 12627 left", "left"),
        ("did 12627 leave itarsi", "left"),
        ("kya 12627 chal padi", "left"),
        ("12627 nikal gayi kya", "left"),
        ("क्या 12627 छूट गई", "left"),
        ("has 12627 reached delhi", "reached"),
        ("kya 12627 pahunch gayi", "reached"),
        ("क्या 12627 दिल्ली पहुँच गई", "reached"),
        ("does 12627 still reach delhi", "reaches"),
        ("when will 12627 reach bhopal", "arrival"),
        ("12627 bhopal kab pahunchegi", "arrival"),
    ],
)
def test_a_yes_or_no_about_today_s_run_says_what_it_asks(
    text: str, focus: str, index: StationIndex
) -> None:
    request = nlu(text, index)
    assert isinstance(request, LiveStatus) and request.focus == focus


def test_a_yes_or_no_about_a_run_without_a_train_is_the_train_in_hand_s(
    index: StationIndex,
) -> None:
    def whether(text: str) -> str:
        return understand_message(text, today=TODAY, index=index).whether

    assert whether("kya mysore tak jayegi") == "reaches"
    assert whether("क्या मैसूर तक जाएगी") == "reaches"
    assert whether("kya aakhri station tak jayegi") == "reaches"
    assert whether("क्या इटारसी से निकल गई") == "left"
    assert whether("bhopal pahunch gayi?") == "reached"
    assert not whether("koi train mysore tak jayegi")
    assert not whether("which trains go to mysore")
    assert not whether("kya 16021 mysore tak jayegi")  # a train of its own: its own question
    assert not whether("mysore kab pahunchegi")  # when, not whether


def test_why_asks_the_railway_s_reason(index: StationIndex) -> None:
    cancelled = nlu("why is 12626 cancelled", index)
    assert cancelled.intent == "cancelled_trains" and getattr(cancelled, "why", False)
    for text in ("why is 12627 late", "12627 late kyun hai", "12627 लेट क्यों है"):
        late = nlu(text, index)
        assert isinstance(late, LiveStatus) and late.focus == "why", text


@pytest.mark.parametrize(
    "text",
    [
        "yesterdays 12627 still running? where is it",
        "kal wali 12627 abhi bhi running hai kya",
        "12627 running hai abhi kahan",
    ],
)
def test_a_run_asked_after_while_under_way_is_where_it_is_not_its_days(
    text: str, index: StationIndex
) -> None:
    assert isinstance(nlu(text, index), LiveStatus)


def test_whether_a_train_runs_on_a_day_stays_its_days(index: StationIndex) -> None:
    request = nlu("is 12627 running today", index)
    assert isinstance(request, TrainFacts)
    assert request.fact == "days"


@pytest.mark.parametrize(
    "text", ["12627 ka is samay kitna vilamb hai", "how long is 12627 delayed", "कितना विलंब 12627"]
)
def test_how_long_a_delay_is_asks_where_the_run_is_not_how_long_the_journey_takes(
    text: str, index: StationIndex
) -> None:
    assert isinstance(nlu(text, index), LiveStatus)


@pytest.mark.parametrize(
    "asked", ["16021 कल मैसूर जाएगी?", "16021 मैसूर जायेगी?", "16021 मैसूर पहुँचेगी?"]
)
def test_a_devanagari_name_before_a_verb_of_going_is_where_the_train_goes(
    asked: str, index: StationIndex
) -> None:
    request = nlu(asked, index)
    assert isinstance(request, LiveStatus) and request.at == ("MYS",)
