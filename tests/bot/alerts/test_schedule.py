"""When each PNR alert is polled next."""

from __future__ import annotations

import datetime as dt
import functools

from app.bot.alerts.schedule import (
    counted_from,
    journey_over,
    look_taken_s,
    next_poll_at,
    paced,
    poll_interval_s,
    watches_run,
)
from app.bot.alerts.subscriptions import Baseline
from app.constants import (
    ALERT_POLL_JITTER_S,
    ALERT_POLL_MAX_S,
    ALERT_POLL_S,
    DAY,
    HOUR,
    MINUTE,
)
from tests.bot.alerts.samples import JOURNEY, status
from tests.bot.harness import (
    TZ,
)


def _at(day: dt.date, hour: int) -> float:
    return dt.datetime.combine(day, dt.time(hour), TZ).timestamp()


def test_a_waiting_list_is_looked_at_by_an_eighth_of_the_time_left_down_to_a_quarter_hour() -> None:
    baseline = Baseline.of(status("RLWL/-/16/GN", departs=dt.time(19, 20)))
    leaves = dt.datetime.combine(JOURNEY, dt.time(19, 20), TZ).timestamp()
    for draw in (0.0, 0.5, 1.0):
        rng = functools.partial(float, draw)
        for left, every in (
            (60 * DAY, ALERT_POLL_MAX_S["waiting_far"]),  # two months out: weekly at most
            (40 * DAY, 5 * DAY),  # weeks out: an eighth of the time left, no longer two days
            (20 * DAY, 2 * DAY + 12 * HOUR),
            (8 * DAY, DAY),  # a week out: daily
            (2 * DAY, 6 * HOUR),
            (16 * HOUR, 2 * HOUR),  # the day before
            (5 * HOUR + 20 * MINUTE, 40 * MINUTE),  # the chart window
            (2 * HOUR, 15 * MINUTE),  # a chart late to come: never under a quarter hour
        ):
            now = leaves - left
            jitter = min(ALERT_POLL_JITTER_S, every / 6)
            assert every - jitter <= next_poll_at(now, baseline, TZ, rng) - now <= every + jitter


def test_a_waiting_list_weeks_out_is_looked_at_weekly_at_most_as_its_places_move_slowly() -> None:
    baseline = Baseline.of(status("GNWL/-/30/GN", departs=dt.time(19, 20)))
    leaves = dt.datetime.combine(JOURNEY, dt.time(19, 20), TZ).timestamp()
    assert ALERT_POLL_MAX_S["waiting_far"] == 7 * DAY
    looks, now = 0, leaves - 60 * DAY
    while now < leaves - 14 * DAY:  # from two months out to two weeks out
        now = next_poll_at(now, baseline, TZ, lambda: 0.5)
        looks += 1
    # An eighth of the time left each time: 11 looks in those 46 days (23 at two days apart).
    assert looks == 11, looks


def test_a_confirmed_booking_is_looked_at_by_a_quarter_of_the_time_left_never_once_charted() -> (
    None
):
    confirmed = Baseline.of(status("CNF/B2/34/GN", departs=dt.time(19, 20)))
    leaves = dt.datetime.combine(JOURNEY, dt.time(19, 20), TZ).timestamp()
    # Its run, not the PNR, until the chart window: only a cancellation can come.
    five_days = leaves - 5 * DAY
    assert watches_run(five_days, confirmed, TZ)
    assert next_poll_at(five_days, confirmed, TZ, lambda: 0.5) - five_days == 5 * DAY / 4
    two_days = leaves - 2 * DAY
    assert (
        next_poll_at(two_days, confirmed, TZ, lambda: 0.5) - two_days == ALERT_POLL_S["confirmed"]
    )
    forty_days = leaves - 40 * DAY
    assert (
        next_poll_at(forty_days, confirmed, TZ, lambda: 0.5) - forty_days
        == ALERT_POLL_MAX_S["confirmed"]
    )
    assert not watches_run(leaves - 5 * HOUR, confirmed, TZ)  # the chart window: the PNR
    charted = Baseline.of(status("CNF/B2/34/GN", chart=True, departs=dt.time(19, 20)))
    near = _at(JOURNEY, 16)
    assert next_poll_at(near, charted, TZ, lambda: 0.5) == _at(JOURNEY + dt.timedelta(days=1), 0)


def test_a_confirmed_booking_in_the_chart_window_is_looked_at_when_the_chart_is_due() -> None:
    baseline = Baseline.of(status("CNF/B2/34/GN", departs=dt.time(19, 20)))
    window_opens = dt.datetime.combine(JOURNEY, dt.time(13, 20), TZ).timestamp()
    chart_due = dt.datetime.combine(JOURNEY, dt.time(15, 30), TZ).timestamp()  # 4 h less 10 min
    now = window_opens - HOUR  # its last day: the next look at three hours, but the chart's
    assert next_poll_at(now, baseline, TZ, lambda: 0.0) == chart_due
    assert next_poll_at(window_opens, baseline, TZ, lambda: 0.0) == chart_due
    # A chart late to come is looked for half-hourly.
    later = chart_due + 5 * MINUTE
    assert next_poll_at(later, baseline, TZ, lambda: 0.5) - later == ALERT_POLL_S["confirmed_near"]


def test_a_waiting_list_is_looked_at_when_the_first_chart_is_due() -> None:
    baseline = Baseline.of(status("RLWL/-/16/GN", departs=dt.time(19, 20)))
    chart_due = dt.datetime.combine(JOURNEY, dt.time(15, 30), TZ).timestamp()
    now = chart_due - 5 * MINUTE  # every quarter hour, but the chart first
    assert next_poll_at(now, baseline, TZ, lambda: 0.0) == chart_due
    # A look from before the chart was due never stands for the look after it.
    assert look_taken_s(chart_due + MINUTE, baseline, TZ) == MINUTE


def test_a_booking_still_waiting_after_the_chart_is_looked_at_when_the_second_is_due() -> None:
    waiting = Baseline.of(status("RLWL/-/16/GN", chart=True, departs=dt.time(19, 20)))
    second_due = dt.datetime.combine(JOURNEY, dt.time(19, 0), TZ).timestamp()
    after_first = _at(JOURNEY, 16)
    assert next_poll_at(after_first, waiting, TZ, lambda: 0.0) == second_due
    end = _at(JOURNEY + dt.timedelta(days=1), 0)
    assert next_poll_at(second_due + MINUTE, waiting, TZ, lambda: 0.0) == end
    confirmed = Baseline.of(status("CNF/B2/34/GN", chart=True, departs=dt.time(19, 20)))
    assert next_poll_at(after_first, confirmed, TZ, lambda: 0.0) == end


def test_the_call_budget_puts_a_poll_off_only_as_far_as_the_polls_due_before_it_need() -> None:
    assert paced(1000.0, 1600.0, 0.0, 40) == 1600.0  # no limit: the booking's pace
    # 40 polls due by then (this one among them), one call every 30 s: it comes after theirs.
    assert paced(1000.0, 1600.0, 30.0, 40) == 1000.0 + 30.0 * 40
    # A look at chart time with few due before it comes at its time, however many alerts wait
    # further out.
    assert paced(1000.0, 1600.0, 30.0, 5) == 1600.0


def test_the_first_close_poll_comes_as_the_last_day_before_departure_begins() -> None:
    baseline = Baseline.of(status("RLWL/-/16/GN", departs=dt.time(19, 20)))
    window_opens = dt.datetime.combine(JOURNEY - dt.timedelta(days=1), dt.time(19, 20), TZ)
    now = window_opens.timestamp() - 20 * MINUTE
    assert next_poll_at(now, baseline, TZ, lambda: 0.0) == window_opens.timestamp()


def test_the_last_poll_is_at_the_end_of_the_journey_date_and_then_it_is_over() -> None:
    baseline = Baseline.of(status("RLWL/-/16/GN"))
    end = _at(JOURNEY + dt.timedelta(days=1), 0)
    late = end - 5 * MINUTE
    assert next_poll_at(late, baseline, TZ, lambda: 1.0) == end
    assert not journey_over(end - 1, JOURNEY, TZ)
    assert journey_over(end, JOURNEY, TZ)


def test_a_look_within_the_polls_interval_less_its_jitter_stands_for_the_poll() -> None:
    waiting = Baseline.of(status("RLWL/-/16/GN", departs=dt.time(19, 20)))
    far = _at(JOURNEY - dt.timedelta(days=5), 12)
    every = poll_interval_s(far, waiting, TZ)
    assert every is not None and every > ALERT_POLL_S["waiting"]  # an eighth of 5 days
    assert look_taken_s(far, waiting, TZ) == every - ALERT_POLL_JITTER_S
    # However early its jitter brings a poll, its own previous look is older than that.
    earliest = next_poll_at(far, waiting, TZ, lambda: 0.0)
    assert earliest - far >= look_taken_s(earliest, waiting, TZ)  # taken only if younger
    # In the chart window (4 h 20 min left) a look counts for an eighth of that less its jitter.
    near = _at(JOURNEY, 15)
    assert look_taken_s(near, waiting, TZ) == 32.5 * MINUTE - ALERT_POLL_JITTER_S
    charted = Baseline.of(status("CNF/B2/34/GN", chart=True, departs=dt.time(19, 20)))
    assert look_taken_s(near, charted, TZ) == 0.0  # never polled again: nothing stands for it


def test_a_look_from_before_the_booking_entered_its_last_day_does_not_stand_for_a_poll() -> None:
    baseline = Baseline.of(status("RLWL/-/16/GN", departs=dt.time(19, 20)))
    last_day = dt.datetime.combine(JOURNEY - dt.timedelta(days=1), dt.time(19, 20), TZ)
    now = last_day.timestamp() + 10 * MINUTE
    assert look_taken_s(now, baseline, TZ) == 10 * MINUTE


def test_the_poll_after_a_look_taken_as_its_own_is_always_still_to_come() -> None:
    # Whatever the look's age a poll took, scheduling from that look never lands in the past
    # (which would poll again at once, take the same look, and spin).
    baseline = Baseline.of(status("RLWL/-/16/GN", departs=dt.time(19, 20)))
    leaves = dt.datetime.combine(JOURNEY, dt.time(19, 20), TZ).timestamp()
    for hours_out in range(0, 24 * 20, 1):
        now = leaves - hours_out * HOUR + 7 * MINUTE
        taken = look_taken_s(now, baseline, TZ)
        for share in (0.0, 0.5, 0.99):
            seen = now - taken * share
            for draw in (0.0, 1.0):
                assert next_poll_at(seen, baseline, TZ, functools.partial(float, draw)) > now


def test_the_next_poll_counts_from_a_look_only_when_it_stood_for_the_poll() -> None:
    baseline = Baseline.of(status("CNF/B2/34/GN", departs=dt.time(19, 20)))
    last_day = dt.datetime.combine(JOURNEY - dt.timedelta(days=1), dt.time(19, 20), TZ)
    now = last_day.timestamp() + 2 * MINUTE
    # A confirmed booking's status stays fresh for a traveller for hours: one seen before its
    # last day began may still serve the poll, but the next poll counts from now, never from
    # then (which would put it in the past, and poll again at once).
    before = last_day.timestamp() - 10 * MINUTE
    assert counted_from(now, before, baseline, TZ) == now
    assert next_poll_at(counted_from(now, before, baseline, TZ), baseline, TZ, lambda: 0.0) > now
    # One seen a minute ago, inside the phase, stands for the poll: the next counts from it.
    assert counted_from(now, now - MINUTE, baseline, TZ) == now - MINUTE
