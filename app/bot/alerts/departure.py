"""An alert's booking placed in its train's timetable (app/railways/booked.py): its departure,
which places the polls by the booking's phase, and its run, which a look at the train's live
status asks about; and what such a look tells the alert (the run cancelled or rescheduled)."""

from __future__ import annotations

import datetime as dt

from app.bot.alerts.subscriptions import Baseline, Subscription
from app.bot.handlers.run_state import rescheduled_start
from app.errors import RailwayError
from app.railways.booked import booked_run
from app.railways.models import LiveStatus, PnrStatus
from app.railways.provider import Provider


async def timetabled(provider: Provider, sub: Subscription, status: PnrStatus) -> Subscription:
    """`sub` with the booked train's number, and its departure and run start from the
    timetable (one route call per train a week, shared by every question about it) where the PNR
    answer does not give them; as it was, but for the number, when the timetable cannot say."""
    known = sub.model_copy(update={"train_number": status.train.number})
    try:
        route = (await provider.train_route(status.train.number)).data
    except RailwayError:
        return known
    run = booked_run(status, route)
    if run is None:
        return known
    departure = sub.baseline.departure or run.departure
    baseline = sub.baseline.model_copy(update={"departure": departure})
    return known.model_copy(update={"baseline": baseline, "run_start": run.run_start})


def announced(run: LiveStatus, known: Baseline) -> bool:
    """Whether the railway announced a change to the run that a booking on it has not heard of
    yet: its cancellation, or its start rescheduled (first, or to a newer start). A PNR answer
    may not say either; RailRadar's says neither."""
    return run.cancelled or moved_again(run, known)


def moved_again(run: LiveStatus, known: Baseline) -> bool:
    """Whether `run` says its start was moved and the alert has not told that start yet (a new
    start the source stops giving is no news)."""
    if not run.rescheduled:
        return False
    start = moved_to(run)
    return not known.rescheduled or (start is not None and start != known.new_start)


def moved_to(run: LiveStatus) -> dt.datetime | None:
    """The new start of a rescheduled run, when the source says it."""
    return rescheduled_start(run) if run.rescheduled else None


def with_run(status: PnrStatus, run: LiveStatus | None) -> PnrStatus:
    """The PNR's status with what a look at its run told: the train cancelled."""
    if run is not None and run.cancelled and not status.train_cancelled:
        return status.model_copy(update={"train_cancelled": True})
    return status
