"""Reading a message into a turn, before any handler runs: what it asks, or what it is answered
without one."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from app.bot.handlers.context import Context
from app.bot.incoming import Incoming, Location
from app.bot.replies import Reply
from app.bot.requests import (
    CancelledTrains,
    ChosenClass,
    Fare,
    ForgetMe,
    LiveStatus,
    NearestStations,
    PnrStatus,
    Reset,
    TrainRoute,
    TrainsBetween,
)
from app.bot.state import Listed, Pending, Subject
from app.bot.turns import read
from app.bot.understanding import understand_message as understand
from tests.bot.harness import INDEX, TZ

NOW = dt.datetime(2026, 11, 18, 16, 36, tzinfo=TZ)
ASKED_CLASS = Pending(
    request=Fare(train="12627", origin="SBC", destination="NDLS"),
    asking="class",
    options=("SL", "3A"),
    prompt=Reply(text="Which class?"),
    said="fare 12627 sbc to ndls",
)


def context() -> Context:
    railway: Any = None  # reading a message never asks the railway
    return Context(railway, INDEX, NOW, "psid-1")


def test_a_tap_on_the_questions_chip_fills_the_pending_request() -> None:
    payload = ChosenClass(journey_class="SL").pack()
    turn = read(context(), Incoming(user_id="psid-1", payload=payload), ASKED_CLASS, understand)
    assert turn.request == Fare(train="12627", origin="SBC", destination="NDLS", journey_class="SL")
    assert turn.ctx.earlier == ASKED_CLASS.said and not turn.keep


def test_a_typed_answer_fills_it_too_and_a_number_picks_an_option() -> None:
    typed = read(context(), Incoming(user_id="psid-1", text="3rd AC"), ASKED_CLASS, understand)
    picked = read(context(), Incoming(user_id="psid-1", text="1"), ASKED_CLASS, understand)
    assert typed.request is not None and typed.request.slots["class"] == "3A"
    assert picked.request is not None and picked.request.slots["class"] == "SL"


def test_a_new_whole_question_replaces_the_pending_one() -> None:
    turn = read(
        context(), Incoming(user_id="psid-1", text="route of 12951"), ASKED_CLASS, understand
    )
    assert turn.request == TrainRoute(train="12951")


def test_words_that_answer_nothing_ask_the_question_again_without_a_handler() -> None:
    turn = read(context(), Incoming(user_id="psid-1", text="hmm blah"), ASKED_CLASS, understand)
    assert turn.request is None and turn.outcome is not None
    assert turn.outcome.pending == ASKED_CLASS and turn.keep
    assert "Which class?" in turn.outcome.replies[0].text


def test_cancel_starts_over_knowing_whether_a_question_was_pending() -> None:
    pending = read(context(), Incoming(user_id="psid-1", text="cancel"), ASKED_CLASS, understand)
    idle = read(context(), Incoming(user_id="psid-1", text="cancel"), None, understand)
    assert pending.request == Reset(pending=True, stops_alerts=True)
    assert idle.request == Reset(pending=False, stops_alerts=True)


def test_start_over_words_that_are_no_stop_to_alerts_say_so_on_the_request() -> None:
    turn = read(context(), Incoming(user_id="psid-1", text="start over"), None, understand)
    assert turn.request == Reset(pending=False, stops_alerts=False)


def test_stale_and_expired_taps_are_answered_without_a_handler() -> None:
    stale = read(context(), Incoming(user_id="psid-1", payload="NOT_OURS:1"), None, understand)
    expired = read(context(), Incoming(user_id="psid-1", payload="CLASS:SL"), None, understand)
    assert stale.request is None and stale.label == "bad_payload"
    assert expired.request is None and expired.label == "expired"


@pytest.mark.parametrize(
    ("title", "payload", "asked"),
    [
        ("PNR status", "PNR_STATUS_V1", PnrStatus()),  # a button of an older version
        ("PNR 4512345678", "PNR:4512345678:<script>", PnrStatus(pnr="4512345678")),  # tampered
        ("Route of 12627", '{"action": "route", "train": 12627}', TrainRoute(train="12627")),
    ],
)
def test_a_tap_whose_payload_is_not_ours_is_read_by_its_title(
    title: str, payload: str, asked: object
) -> None:
    tapped = Incoming(user_id="psid-1", text=title, payload=payload)
    assert read(context(), tapped, None, understand).request == asked


@pytest.mark.parametrize("title", ["Tomorrow", "Yes", "?", ""])
def test_a_tap_whose_payload_and_title_ask_nothing_is_a_stale_button(title: str) -> None:
    tapped = Incoming(user_id="psid-1", text=title or None, payload="NO_SUCH_BUTTON_2019")
    assert read(context(), tapped, None, understand).label == "bad_payload"


def test_a_whole_question_in_a_payload_and_a_shared_location_are_requests() -> None:
    tapped = read(context(), Incoming(user_id="psid-1", payload="PNR:4512345678"), None, understand)
    shared = Incoming(user_id="psid-1", location=Location(lat=28.64, lng=77.22))
    assert tapped.request == PnrStatus(pnr="4512345678")
    assert read(context(), shared, None, understand).request == NearestStations(
        lat=28.64, lng=77.22
    )


ASKED_ORIGIN = Pending(
    request=TrainsBetween(destination="NDLS"),
    asking="from",
    prompt=Reply(text="From which station?"),
    said="trains to ndls",
)


@pytest.mark.parametrize("text", ["mera data hata do", "please delete my details", "मुझे भूल जाओ"])
def test_asking_to_be_forgotten_is_never_taken_for_an_answer(text: str) -> None:
    # "hata" is also a station: while the bot waits for one, it still asks to be forgotten.
    for pending in (ASKED_ORIGIN, ASKED_CLASS, None):
        turn = read(context(), Incoming(user_id="psid-1", text=text), pending, understand)
        assert turn.request == ForgetMe() and turn.label == "forget_me" and not turn.keep


def _cancelled_list(*trains: tuple[str, bool]) -> Subject:
    listing = CancelledTrains(date=NOW.date())
    listed = tuple(
        Listed(train=train, name="Express", on=NOW.date(), cancelled=whole)
        for train, whole in trains
    )
    return Subject.of(listing).model_copy(update={"listed": listed, "listing": listing})


@pytest.mark.parametrize("text", ["kab chalegi phir?", "then when does it run?", "फिर कब चलेगी?"])
def test_when_it_runs_again_after_a_days_cancelled_trains_asks_which_of_several(text: str) -> None:
    subject = _cancelled_list(("12626", True), ("12952", True), ("16021", False))
    ctx = replace(context(), subject=subject)
    turn = read(ctx, Incoming(user_id="psid-1", text=text), None, understand)
    assert turn.outcome is not None and turn.outcome.pending is not None
    assert turn.outcome.pending.asking == "train"
    assert turn.outcome.pending.options == ("12626", "12952")  # the partly cancelled one is not
    titles = [button.title for reply in turn.outcome.replies for button in reply.quick_replies]
    assert titles == ["12626 Express", "12952 Express"]


@pytest.mark.parametrize("text", ["kab chalegi phir?", "then when does it run?", "फिर कब चलेगी?"])
def test_when_it_runs_again_after_a_list_with_one_cancelled_is_that_ones_next_run(
    text: str,
) -> None:
    subject = _cancelled_list(("12626", True), ("16021", False))
    turn = read(
        replace(context(), subject=subject), Incoming(user_id="psid-1", text=text), None, understand
    )
    assert turn.request == LiveStatus(train="12626", date=NOW.date(), focus="runs_again")
