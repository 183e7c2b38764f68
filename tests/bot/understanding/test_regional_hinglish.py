"""Latin-script messages as travellers of many regions type them: Hinglish with Bengali,
Gujarati, Marathi, Tamil and Telugu words mixed in, train numbers typed digit by digit, classes
and dates misspelt, a stop asked in the negative, the alerts one has, a day said of something
else, one's own waiting ticket on a train, "tatkal" as "at once"."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent, PnrStatus
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)  # a Sunday
TOMORROW = "2026-12-07"


@pytest.fixture(scope="module")
def index() -> StationIndex:
    return StationIndex.build()


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, object]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, dict(got.slots)


@pytest.mark.parametrize(
    "text",
    ["12627 kothay ache", "12627 kuthe aahe", "12627 ekkada undi", "12627 enga irukku"],
)
def test_where_in_other_languages_asks_where_the_train_is(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.LIVE_STATUS, {"train": "12627"})


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("kanpur theke lucknow train", "CNB"),
        ("kanpur thi lucknow train", "CNB"),
        ("kanpur hun lucknow la train", "CNB"),
        ("kanpur nunchi lucknow train", "CNB"),
    ],
)
def test_from_in_other_languages_makes_a_journey(
    text: str, origin: str, index: StationIndex
) -> None:
    intent, slots = read(text, index)
    assert (intent, slots["from"]) == (Intent.TRAINS_BETWEEN, origin)
    assert slots["to"] in ("LKO", ["LKO", "LJN"])


@pytest.mark.parametrize("text", ["jhansi ki rani kaun thi", "main ghar pe hun"])
def test_was_and_am_stay_verbs_without_two_places(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] is not Intent.TRAINS_BETWEEN


@pytest.mark.parametrize(("word", "day"), [("aaje", "2026-12-06"), ("udya", TOMORROW)])
def test_today_and_tomorrow_in_other_languages_are_days(
    word: str, day: str, index: StationIndex
) -> None:
    assert read(f"kanpur se lucknow train {word}", index)[1]["date"] == day


@pytest.mark.parametrize("text", ["1 2 6 2 7 kahan hai", "12 6 2 7 kahan hai"])
def test_a_train_number_typed_in_pieces_is_one_number(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.LIVE_STATUS, {"train": "12627"})


@pytest.mark.parametrize(
    ("said", "code"), [("slepar", "SL"), ("3 tire", "3A"), ("thrd ac", "3A"), ("secnd ac", "2A")]
)
def test_a_class_misspelt_is_that_class(said: str, code: str, index: StationIndex) -> None:
    assert read(f"12627 {said} fare", index) == (Intent.FARE, {"train": "12627", "class": code})


def test_a_day_of_the_month_spelt_tareek_is_a_date(index: StationIndex) -> None:
    assert read("12627 sleeper seat 20 tareek", index)[1]["date"] == "2026-12-20"


@pytest.mark.parametrize("text", ["is 12627 not stopping at itarsi?", "12627 itarsi nahi ruki kya"])
def test_a_stop_asked_in_the_negative_asks_whether_it_stops(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.STOPS_AT, {"train": "12627", "station": "ET"})


@pytest.mark.parametrize(
    "text", ["which bookings are you watching for me", "mere pnr jo aap track kar rahe ho"]
)
def test_the_pnrs_being_tracked_are_the_alerts_listed(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] is Intent.ALERT_LIST


@pytest.mark.parametrize(
    "text",
    ["kal mera exam hai, 12627 abhi kahan hai", "tomorrow is my interview, where is 12627 now"],
)
def test_a_day_said_of_something_else_is_not_the_trains_run(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.LIVE_STATUS, {"train": "12627"})


def test_a_day_said_of_the_train_stays_its_run(index: StationIndex) -> None:
    assert read("12627 jo kal chali thi kahan hai", index)[1]["date"] == "2026-12-05"


@pytest.mark.parametrize(
    "text",
    [
        "mera ticket 12627 me waiting 12 hai confirm hoga kya",
        "rac mila hai 12627 me berth milegi kya",
    ],
)
def test_ones_own_waiting_ticket_on_a_train_asks_its_chance(text: str, index: StationIndex) -> None:
    assert understand(text, today=TODAY, index=index) == PnrStatus(chance=True)


def test_waiting_on_a_train_without_a_ticket_of_ones_own_asks_its_seats(
    index: StationIndex,
) -> None:
    assert read("12627 me waiting kitni hai 3a", index)[0] is Intent.SEAT_AVAILABILITY


def test_tatkal_as_at_once_with_nothing_of_railways_is_elsewhere(index: StationIndex) -> None:
    assert read("ghar pe tatkal me khana kya banaye", index)[0] is Intent.OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["tatkal kab khulta hai", "12627 tatkal seats"])
def test_tatkal_beside_a_railway_word_is_the_quota(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] is not Intent.OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["when will it get there", "kab tak pahunch jayegi ye"])
def test_when_it_gets_there_asks_the_train_in_hands_arrival(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] is Intent.LIVE_STATUS
