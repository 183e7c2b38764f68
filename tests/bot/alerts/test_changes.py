"""What counts as a change of a PNR's status, and how an alert words it."""

from __future__ import annotations

import datetime as dt

from app.bot.alerts.changes import change_notice, compare, notice_reply
from app.bot.alerts.subscriptions import Baseline
from app.railways.models import (
    ExceptionKind,
    LiveStatus,
    Passenger,
    RunException,
    RunState,
    Train,
)
from app.railways.status import parse_status
from tests.bot.alerts.samples import JOURNEY, PNR, status, subscription
from tests.bot.harness import TZ


def test_a_confirmed_berth_and_the_chart_are_changes_worded_as_before_and_after() -> None:
    changes, _ = compare(
        "en", Baseline.of(status("RLWL/-/16/GN")), status("CNF/B2/34/GN", chart=True)
    )
    assert changes == ["P1: RLWL 16 → CNF B2/34", "Chart prepared"]


def test_the_notice_names_the_pnr_masked_the_train_and_the_date() -> None:
    before = status("RLWL/-/16/GN", on=dt.date(2026, 11, 28))
    after = status("CNF/B2/34/GN", chart=True, on=dt.date(2026, 11, 28))
    changes, baseline = compare("en", Baseline.of(before), after)
    notice = change_notice("en", subscription(before), changes, baseline, "n1", charted=True)
    assert notice.text == (
        "PNR *******678 · 12627 Karnataka Exp, 28 Nov\nP1: RLWL 16 → CNF B2/34\nChart prepared"
    )
    reply = notice_reply("en", PNR, notice)
    assert [(q.title, q.payload) for q in reply.quick_replies] == [
        ("Full status", f"PNR:{PNR}"),
        ("Stop alerts", f"UNTRACK:{PNR}"),
    ]


def test_the_same_status_is_no_change() -> None:
    before = status("RLWL/-/16/GN", "CNF/S6/71/GN")
    changes, baseline = compare("en", Baseline.of(before), before)
    assert changes == []
    assert baseline == Baseline.of(before)


def test_a_waiting_list_move_is_a_change_but_a_renamed_list_is_not() -> None:
    moved, _ = compare("en", Baseline.of(status("RLWL/-/16/GN")), status("RLWL/-/4/GN"))
    renamed, _ = compare("en", Baseline.of(status("RLWL/-/16/GN")), status("WL 16"))
    assert moved == ["P1: RLWL 16 → RLWL 4"]
    assert renamed == []


def test_what_the_source_leaves_out_is_no_change_and_is_remembered() -> None:
    before = Baseline.of(status("RLWL/-/16/GN", "CNF/S6/71/GN", chart=True))
    glitch = status("RLWL/-/16/GN", chart=False).model_copy(
        update={
            "passengers": (Passenger(number=1, booking=parse_status(""), current=parse_status("")),)
        }
    )
    changes, baseline = compare("en", before, glitch)
    assert changes == []
    assert baseline.chart_prepared
    assert set(baseline.passengers) == {1, 2}
    assert baseline.passengers[1].position == 16


def test_a_berth_allotted_at_charting_is_a_change_a_berth_dropped_is_not() -> None:
    allotted, _ = compare("en", Baseline.of(status("RAC 12")), status("RAC/S4/33/GN"))
    dropped, kept = compare("en", Baseline.of(status("CNF/S6/71/GN")), status("CNF"))
    assert allotted == ["P1: RAC 12 → RAC S4/33"]
    assert dropped == []
    assert kept.passengers[1].coach == "S6"


def test_a_cancelled_train_ends_the_alert_and_says_refunds_are_automatic() -> None:
    before = status("CNF/S6/71/GN")
    changes, baseline = compare("en", Baseline.of(before), status("CNF/S6/71/GN", cancelled=True))
    notice = change_notice("en", subscription(before), changes, baseline, "n2")
    assert changes == ["❌ Train cancelled"]
    assert notice.final
    assert "I've stopped alerts for this PNR" in notice.text
    assert [q.title for q in notice_reply("en", PNR, notice).quick_replies] == ["Full status"]


def test_a_new_departure_time_or_date_is_a_change() -> None:
    before = Baseline.of(status("CNF/S6/71/GN", departs=dt.time(19, 20)))
    later, _ = compare("en", before, status("CNF/S6/71/GN", departs=dt.time(21, 5)))
    next_day = JOURNEY + dt.timedelta(days=1)
    moved, baseline = compare(
        "en", before, status("CNF/S6/71/GN", departs=dt.time(19, 20), on=next_day)
    )
    assert later == ["Departure changed: 19:20 → 21:05"]
    assert moved == [f"Journey date changed: {JOURNEY.day} Nov → {next_day.day} Nov"]
    assert baseline.journey_date == next_day


def test_still_waitlisted_after_charting_explains_the_automatic_refund() -> None:
    before = status("RLWL/-/16/GN")
    changes, baseline = compare("en", Baseline.of(before), status("RLWL/-/9/GN", chart=True))
    notice = change_notice("en", subscription(before), changes, baseline, "n3", charted=True)
    assert "cancelled and refunded automatically" in notice.text


def moved_run(start: dt.datetime | None, late: int | None = None) -> LiveStatus:
    """The booked train's run as its live status says it: its start moved by the railway."""
    moved = RunException(kind=ExceptionKind.RESCHEDULED, new_departure=start, delay_min=late)
    return LiveStatus(
        train=Train(number="12627"),
        start_date=JOURNEY,
        state=RunState.RESCHEDULED,
        exceptions=(moved,),
    )


def test_a_rescheduled_run_is_told_once_with_its_new_start_in_the_persons_language() -> None:
    booked = status("CNF/S6/71/GN")
    start = dt.datetime(JOURNEY.year, JOURNEY.month, JOURNEY.day, 9, 45, tzinfo=TZ)
    run = moved_run(start, late=180)
    told, baseline = compare("en", Baseline.of(booked), booked, run)
    hindi, _ = compare("hi", Baseline.of(booked), booked, run)
    again, _ = compare("en", baseline, booked, run)
    notice = change_notice("en", subscription(booked), told, baseline, "n4")
    day = f"{JOURNEY.day} Nov"
    assert told == [f"🕒 Train rescheduled: it now starts at 09:45 on {day} (3h late)"]
    assert hindi == [f"🕒 ट्रेन का समय बदला गया: अब {JOURNEY.day} नवंबर को 09:45 बजे चलेगी (3 घंटे लेट)"]
    assert again == []  # told once
    assert (baseline.rescheduled, baseline.new_start) == (True, start)
    assert not notice.final  # the booking still travels: alerts go on


def test_a_run_moved_again_is_told_again_and_a_start_not_said_is_still_a_reschedule() -> None:
    booked = status("CNF/S6/71/GN")
    first = dt.datetime(JOURNEY.year, JOURNEY.month, JOURNEY.day, 9, 45, tzinfo=TZ)
    _, baseline = compare("en", Baseline.of(booked), booked, moved_run(first))
    later, _ = compare("en", baseline, booked, moved_run(first + dt.timedelta(hours=2)))
    unsaid, kept = compare("en", Baseline.of(booked), booked, moved_run(None))
    assert later == [f"🕒 Train rescheduled: it now starts at 11:45 on {JOURNEY.day} Nov"]
    assert unsaid == ["🕒 Train rescheduled: its start is moved"]
    assert kept.rescheduled and kept.new_start is None
    # A poll that did not look at the run forgets nothing.
    assert compare("en", baseline, booked) == ([], baseline)


def test_a_new_start_the_source_stops_giving_is_no_news() -> None:
    booked = status("CNF/S6/71/GN")
    start = dt.datetime(JOURNEY.year, JOURNEY.month, JOURNEY.day, 9, 45, tzinfo=TZ)
    _, baseline = compare("en", Baseline.of(booked), booked, moved_run(start))
    dropped, kept = compare("en", baseline, booked, moved_run(None))
    assert dropped == []
    assert kept.new_start == start
