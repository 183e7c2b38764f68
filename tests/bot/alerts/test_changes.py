"""What counts as a change of a PNR's status, and how an alert words it."""

from __future__ import annotations

import datetime as dt

from app.bot.alerts.changes import change_notice, compare, notice_reply
from app.bot.alerts.subscriptions import Baseline
from app.railways.models import Passenger
from app.railways.status import parse_status
from tests.bot.alerts.samples import JOURNEY, PNR, status, subscription


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
