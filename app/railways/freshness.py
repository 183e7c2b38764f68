"""How long a cached answer stays fresh, from what it says: a call is spent only when the facts
behind an answer can have moved.

- A PNR: the chart prepared, the train cancelled or the journey over, nothing more will change
  that a traveller needs within hours; every passenger confirmed, only the chart comes, a few
  hours before departure; a waiting list far from its journey moves slowly (kept for a share of
  the time left), close to it (the chart is drawn about four hours before departure) by the
  minute.
- A run: not started, it is the timetable until shortly before it leaves; completed or
  cancelled, it is done; running, its position moves every few minutes, but between two halts
  far apart nothing else it says changes until it is due at the next one (its position is then
  projected: app/railways/projection.py).
- A confirmation estimate: kept per the places it was made of; while they have not moved, for
  its kind's hours, or an eighth of the time left days or weeks out (a day at most).
- A station board: its kind's few minutes, but between two trains (none standing at the
  platform, the next one due later) until shortly before the next is due, for a quarter of an
  hour at most.
- Anything else: the TTL of its kind (`CACHE_TTL_S`).

Every figure is in app/constants.py with its reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from app.constants import (
    ALERT_POLL_JITTER_S,
    ALERT_POLL_NEAR_S,
    BOARD_BEFORE_TRAIN_S,
    BOARD_QUIET_MAX_S,
    CACHE_TTL_S,
    ESTIMATE_FRESH_MAX_S,
    ESTIMATE_SHARE_OF_TIME_LEFT,
    LIVE_BEFORE_HALT_S,
    LIVE_FRESH_S,
    PNR_CONFIRMED_SOON_S,
    PNR_FAR_S,
    PNR_FRESH_S,
    PNR_FRESH_SHARE_OF_TIME_LEFT,
    PNR_NEAR_S,
    PNR_SOON_S,
    RUN_AHEAD_SHARE,
)
from app.railways.models import (
    BoardState,
    LiveStatus,
    PnrStatus,
    RunState,
    Sourced,
    StationBoard,
    StatusKind,
)
from app.railways.projection import next_halt_due


def fresh_until(kind: str, answer: Sourced[Any], stored: float, default_s: float) -> float:
    """Until when (epoch seconds) `answer` of `kind`, stored at `stored`, stays fresh."""
    data = answer.data
    if kind == "pnr" and isinstance(data, PnrStatus):
        return stored + pnr_fresh_s(data, stored, answer.as_of.tzinfo or dt.UTC)
    if kind == "live" and isinstance(data, LiveStatus):
        return stored + live_fresh_s(data, stored, default_s)
    if kind == "departures" and isinstance(data, StationBoard):
        return stored + board_fresh_s(data, stored, default_s)
    return stored + default_s


def board_fresh_s(board: StationBoard, at: float, least_s: float) -> float:
    """How long a station board seen at `at` stays fresh: until BOARD_BEFORE_TRAIN_S before the
    next arrival or departure on it is due, between `least_s` and BOARD_QUIET_MAX_S; `least_s`
    while a train stands at the platform, is due already, or has no time on it."""
    due: list[float] = []
    for train in board.departures:
        if train.has_left:
            continue
        if train.state is BoardState.AT_STATION:
            return least_s
        times = (
            train.expected_arrival or train.scheduled_arrival,
            train.expected_departure or train.scheduled_departure,
        )
        known = [moment.timestamp() for moment in times if moment is not None]
        if not known or min(known) <= at:
            return least_s  # when it comes is not known, or it is due already
        due.extend(known)
    if not due:
        return least_s
    until = min(due) - BOARD_BEFORE_TRAIN_S - at
    return max(least_s, min(float(BOARD_QUIET_MAX_S), until))


def pnr_fresh_s(status: PnrStatus, at: float, tz: dt.tzinfo) -> float:
    """How long a PNR status seen at `at` stays fresh: its booking's freshness, less the jitter
    of the alert polls spaced by it, so that a poll always finds it due for a fresh look. An
    undated one (the provider gave no journey date) keeps the plain PNR freshness."""
    if status.journey_date is None:
        return float(CACHE_TTL_S["pnr"])
    fresh = booking_fresh_s(
        status.journey_date,
        status.departure,
        settled=status.chart_prepared or status.train_cancelled,
        kinds=[p.current.kind for p in status.passengers],
        at=at,
        tz=tz,
    )
    return fresh - poll_jitter_s(max(fresh, ALERT_POLL_NEAR_S))


def estimate_fresh_s(status: PnrStatus, at: float, tz: dt.tzinfo) -> float:
    """How long the provider's estimate for `status`'s places (unchanged since it was made: it is
    kept per those places) stays worth repeating at `at`: its kind's hours, or, days or weeks
    from the journey, an eighth of the time left (ESTIMATE_SHARE_OF_TIME_LEFT), a day at most."""
    least = float(CACHE_TTL_S["pnr_prediction"])
    if status.journey_date is None:
        return least
    leaves = dt.datetime.combine(status.journey_date, status.departure or dt.time(0), tz)
    share = (leaves.timestamp() - at) / ESTIMATE_SHARE_OF_TIME_LEFT
    return max(least, min(float(ESTIMATE_FRESH_MAX_S), share))


def poll_jitter_s(interval: float) -> float:
    """How far an alert poll `interval` apart may come early or late (workers spread out)."""
    return min(ALERT_POLL_JITTER_S, interval / 6)


def booking_fresh_s(
    journey_date: dt.date,
    departure: dt.time | None,
    *,
    settled: bool,
    kinds: Sequence[StatusKind],
    at: float,
    tz: dt.tzinfo,
) -> float:
    """How long what is known of a booking, seen at `at`, stays true enough to repeat to the
    traveller who asks (the freshness of its cached status): its phase's, or for a waiting list
    days or weeks out a share of the time left (PNR_FRESH_SHARE_OF_TIME_LEFT), up to a confirmed
    booking's."""
    phase = booking_phase(journey_date, departure, settled=settled, kinds=kinds, at=at, tz=tz)
    fresh = float(PNR_FRESH_S[phase])
    share = PNR_FRESH_SHARE_OF_TIME_LEFT.get(phase)
    if share is None:
        return fresh
    leaves = dt.datetime.combine(journey_date, departure or dt.time(0), tz).timestamp()
    return max(fresh, min(float(PNR_FRESH_S["confirmed"]), (leaves - at) / share))


def booking_phase(
    journey_date: dt.date,
    departure: dt.time | None,
    *,
    settled: bool,
    kinds: Sequence[StatusKind],
    at: float,
    tz: dt.tzinfo,
) -> str:
    """Where a booking stands, as the pace of its changes goes (a key of PNR_FRESH_S and of
    ALERT_POLL_S): settled, or confirmed or waiting, far from its journey, soon or near."""
    leaves = dt.datetime.combine(journey_date, departure or dt.time(0), tz)
    until = leaves.timestamp() - at
    if settled or until < -dt.timedelta(days=1).total_seconds():
        return "settled"
    confirmed = bool(kinds) and all(kind in (StatusKind.CNF, StatusKind.CAN) for kind in kinds)
    if until <= PNR_NEAR_S:
        return "confirmed_near" if confirmed else "waiting_near"
    if confirmed:
        return "confirmed_soon" if until <= PNR_CONFIRMED_SOON_S else "confirmed"
    if until <= PNR_SOON_S:
        return "waiting_soon"
    return "waiting" if until <= PNR_FAR_S else "waiting_far"


def live_fresh_s(status: LiveStatus, at: float, default_s: float) -> float:
    """How long a run's live status seen at `at` stays fresh."""
    if status.cancelled:
        return LIVE_FRESH_S["cancelled"]
    if status.state is RunState.COMPLETED:
        return LIVE_FRESH_S["completed"]
    if status.state is RunState.NOT_STARTED:
        first = status.stops[0].scheduled_departure if status.stops else None
        if first is None:
            return default_s
        # The timetable until a little before it leaves; then by the minute, as it starts.
        # Looked at again within two hours, or days ahead an eighth of the time left: a
        # cancellation or a new time for a run days away is announced days ahead too.
        until = first.timestamp() - LIVE_FRESH_S["before_start"] - at
        ahead = min(float(LIVE_FRESH_S["not_started_far"]), until / RUN_AHEAD_SHARE)
        looks = max(float(LIVE_FRESH_S["not_started_max"]), ahead)
        return max(LIVE_FRESH_S["running"], min(looks, until))
    if status.state is RunState.UNKNOWN:
        return default_s
    return running_fresh_s(status, at)


def running_fresh_s(status: LiveStatus, at: float) -> float:
    """A running train's answer seen at `at`: fresh until shortly before it is due at its next
    halt (between halts only its position moves, and that is projected from the report), for
    LIVE_FRESH_S["running_between_halts"] at most and LIVE_FRESH_S["running"] at least."""
    least = float(LIVE_FRESH_S["running"])
    due = next_halt_due(status)
    if due is None:
        return least
    until = due.timestamp() - LIVE_BEFORE_HALT_S - at
    return max(least, min(float(LIVE_FRESH_S["running_between_halts"]), until))
