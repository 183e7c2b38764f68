"""An alert's booking placed in its train's timetable (app/railways/booked.py): its departure,
which places the polls by the booking's phase, and its run, which a look at the train's live
status asks about; and what such a look tells the alert (the run cancelled)."""

from __future__ import annotations

from app.bot.alerts.subscriptions import Subscription
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


def announced(run: LiveStatus) -> bool:
    """Whether the railway announced a change to the run that a booking on it must hear of: its
    cancellation (a PNR answer may not say it; RailRadar's does not)."""
    return run.cancelled


def with_run(status: PnrStatus, run: LiveStatus | None) -> PnrStatus:
    """The PNR's status with what a look at its run told: the train cancelled."""
    if run is not None and run.cancelled and not status.train_cancelled:
        return status.model_copy(update={"train_cancelled": True})
    return status
