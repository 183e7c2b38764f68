"""The railway domain's own facts: what a live run's state and changes mean, what a board entry
says about a train having left, when a booking is worth a confirmation estimate."""

from __future__ import annotations

import datetime as dt

import pytest

from app.railways.models import (
    BoardState,
    Departure,
    ExceptionKind,
    LiveStatus,
    Passenger,
    PnrStatus,
    RunException,
    RunState,
    Station,
    Train,
)
from app.railways.status import parse_status

TRAIN = Train(number="12626", name="Kerala Express")
DAY = dt.date(2026, 12, 14)
NDLS = Station(code="NDLS", name="New Delhi")
TVC = Station(code="TVC", name="Thiruvananthapuram Central")


def run(state: RunState, *exceptions: RunException) -> LiveStatus:
    return LiveStatus(train=TRAIN, start_date=DAY, state=state, exceptions=exceptions)


def test_a_run_is_cancelled_by_its_state_or_by_an_announced_cancellation() -> None:
    assert run(RunState.CANCELLED).cancelled
    assert run(RunState.NOT_STARTED, RunException(kind=ExceptionKind.CANCELLED)).cancelled
    assert not run(RunState.RUNNING).cancelled
    partial = run(
        RunState.RUNNING,
        RunException(kind=ExceptionKind.PARTIALLY_CANCELLED, cancelled_from=NDLS),
    )
    assert partial.partially_cancelled and not partial.cancelled


def test_the_announced_change_of_a_kind_is_found_with_its_details() -> None:
    late_start = RunException(
        kind=ExceptionKind.RESCHEDULED,
        new_departure=dt.datetime(2026, 12, 14, 14, 30, tzinfo=dt.UTC),
        delay_min=180,
    )
    status = run(RunState.NOT_STARTED, late_start)

    assert status.rescheduled and not status.diverted
    assert status.exception(ExceptionKind.RESCHEDULED) == late_start
    assert status.exception(ExceptionKind.DIVERTED) is None


@pytest.mark.parametrize(
    ("state", "departed_at", "left"),
    [
        (BoardState.DEPARTED, None, True),
        (BoardState.UPCOMING, None, False),
        (BoardState.NOT_STARTED, None, False),
        (BoardState.UNKNOWN, dt.datetime(2026, 12, 14, 11, 49, tzinfo=dt.UTC), True),
    ],
)
def test_a_board_entry_says_whether_the_train_has_left(
    state: BoardState, departed_at: dt.datetime | None, left: bool
) -> None:
    entry = Departure(train=TRAIN, state=state, departed_at=departed_at)

    assert entry.has_left is left


def booking(*current: str) -> PnrStatus:
    passengers = tuple(
        Passenger(number=n, booking=parse_status(status), current=parse_status(status))
        for n, status in enumerate(current, start=1)
    )
    return PnrStatus(
        pnr="4512345678",
        train=TRAIN,
        journey_date=DAY,
        from_station=NDLS,
        to_station=TVC,
        passengers=passengers,
    )


def test_a_booking_with_anyone_waiting_or_in_rac_is_waiting() -> None:
    assert booking("CNF/B1/4", "GNWL 12").waiting
    assert booking("RAC 7").waiting
    assert not booking("CNF/B1/4", "CNF/B1/5").waiting
    assert not booking().waiting
