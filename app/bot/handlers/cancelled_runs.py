"""Whether the railway cancelled a train's run from a date, or the part of it a journey needs:
from the run's own status (RailRadar's `/live` exceptions, the sample railway's runs booked ahead),
else from the source's list of trains cancelled that day, where it has one. A fare or seats for a
run that does not make the journey says so first ("12626 Kerala Express is cancelled on Sat 5
Dec"), never a vague "check that it stops at both stations"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.bot.format import (
    chip,
    day_date,
    lines,
    relative_day,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.lookups import station_of
from app.bot.handlers.timetable import runs_on
from app.bot.replies import Reply
from app.bot.requests import SeatAvailability, TrainsBetween
from app.bot.state import Subject
from app.errors import RailwayError
from app.i18n import t
from app.railways import models
from app.railways.models import (
    CancelledTrain,
    ExceptionKind,
    RescheduledTrain,
    Sourced,
    Station,
    TrainRoute,
)


@dataclass(frozen=True)
class RunChange:
    """What the railway changed of one run, as a source says: cancelled whole, or cancelled
    between two stations (`part`), with the answer it came from (its source and age)."""

    cancelled: bool
    part: tuple[Station, Station] | None
    answer: Sourced[Any]
    train: models.Train | None = None  # the train, as the source names it


async def run_of(ctx: Context, train: str, start: dt.date) -> Sourced[models.LiveStatus] | None:
    """The run from `start` as the railway has it now, when a source says; None when none does
    (the timetable's answer stands, as the timetable's)."""
    try:
        run = await ctx.provider.live_status(train, start)
    except RailwayError:
        return None
    # A source that answers for another run than the one asked (its own idea of the current
    # one) says nothing of this one.
    return run if run.data.start_date == start else None


async def run_change(
    ctx: Context, train: str, start: dt.date, ends: tuple[str, str] | None = None
) -> RunChange | None:
    """The cancellation of the run from `start`, whole or in part, when a source says there is
    one; None when none says so (or none knows). `ends`: the run's first and last stations, which
    a list may name for a part-cancelled run without saying which part."""
    run = await run_of(ctx, train, start)
    if run is not None:
        if run.data.cancelled:
            return RunChange(True, None, run, run.data.train)
        part = run.data.exception(ExceptionKind.PARTIALLY_CANCELLED)
        if part is not None and part.cancelled_from and part.cancelled_to:
            return RunChange(False, (part.cancelled_from, part.cancelled_to), run, run.data.train)
        return None
    return await listed_change(ctx, train, start, ends)


async def listed_change(
    ctx: Context, train: str, day: dt.date, ends: tuple[str, str] | None = None
) -> RunChange | None:
    """What the source's list of trains cancelled on `day`, where it has one, says of `train`'s
    run (one too far ahead for its live status); None when it has none or does not name it."""
    listed = await cancelled_list(ctx, day)
    return change_in(listed, train, ends) if listed is not None else None


async def cancelled_list(ctx: Context, day: dt.date) -> Sourced[list[CancelledTrain]] | None:
    """The source's list of trains cancelled on `day`; None when it has no list."""
    try:
        return await ctx.provider.cancelled_trains(day)
    except RailwayError:
        return None


async def rescheduled_list(ctx: Context, day: dt.date) -> Sourced[list[RescheduledTrain]] | None:
    """The source's list of trains rescheduled on `day`; None when it has no list."""
    try:
        return await ctx.provider.rescheduled_trains(day)
    except RailwayError:
        return None


def change_in(
    listed: Sourced[list[CancelledTrain]], train: str, ends: tuple[str, str] | None = None
) -> RunChange | None:
    """What a list of cancelled trains says of `train`'s run: cancelled whole, or between the
    two stations it names when they are not just the run's own ends (`ends`); None when the
    list does not name it."""
    for item in listed.data:
        if item.train.number != train:
            continue
        if "partial" not in (item.kind or "").lower():
            return RunChange(True, None, listed, item.train)
        if item.source is None or item.destination is None:
            continue
        if ends is None or (item.source.code, item.destination.code) != ends:
            return RunChange(False, (item.source, item.destination), listed, item.train)
    return None


async def journey_not_made(ctx: Context, asked: SeatAvailability, day: dt.date) -> Outcome | None:
    """The answer to a seats question (`asked`, its journey settled) whose run on `day` is
    cancelled, or cancelled on the journey's part: that said first and plainly, with the
    journey's other trains and the next day offered; None when the run makes the journey."""
    train, origin, destination = asked.train, asked.origin, asked.destination
    if train is None or not origin or not destination:
        return None
    found = await journey_cancelled(ctx, train, origin[0], destination[0], day)
    if found is None:
        return None
    lang = ctx.language
    said, answer = found
    later = day + dt.timedelta(days=1)
    others = TrainsBetween(origin=origin, destination=destination, date=day)
    next_day = relative_day(lang, later, ctx.today)
    quick = (
        chip(t(lang, "cannot.chip_other_trains"), others),
        chip(t(lang, "chip.seats_of", train=next_day), asked.model_copy(update={"date": later})),
    )
    shown = Subject.of(asked.model_copy(update={"date": day}))
    shown = shown.model_copy(update={"cancelled": True})  # another train is what helps now
    text = lines(said, source_note(lang, answer, ctx.now))
    return say(Reply(text=text, quick_replies=quick, shows_card=True)).about(shown)


async def journey_cancelled(
    ctx: Context, train: str, origin: str, destination: str, day: dt.date
) -> tuple[str, Sourced[Any]] | None:
    """Why a train makes no journey from `origin` to `destination` on `day` (the day it leaves
    `origin`): its run is cancelled, or the part of it the journey needs, said first, with the
    part that runs and the source; None when the run makes the journey (or no source says)."""
    try:
        route = (await ctx.provider.train_route(train)).data
    except RailwayError:
        return None
    order = route.codes
    if origin not in order or destination not in order:
        return None
    if order.index(origin) >= order.index(destination):
        return None  # a journey the train does not make on any day
    boarding = route.stops[order.index(origin)]
    start = day - dt.timedelta(days=max(0, boarding.day - 1))
    if not runs_on(route, start):
        return None  # no run that day to be cancelled: no look at it (the answer says so)
    ends = (order[0], order[-1])
    change = await run_change(ctx, route.train.number, start, ends)
    if change is None:
        return None
    lang = ctx.language
    when = day_date(lang, day, ctx.today)
    if change.cancelled:
        said = t(lang, "journey.cancelled", train=train_label(route.train), day=when)
        return said, change.answer
    assert change.part is not None
    part = _part_said(ctx, route, change.part, origin, destination, when)
    return (part, change.answer) if part else None


def _part_said(
    ctx: Context,
    route: TrainRoute,
    part: tuple[Station, Station],
    origin: str,
    destination: str,
    when: str,
) -> str | None:
    """Where the run is cancelled, when that is on the journey, and the part of it that runs."""
    order = route.codes
    ends = (part[0].code, part[1].code)
    if not set(ends) <= set(order):
        return None
    first, last = sorted(order.index(code) for code in ends)
    board, alight = order.index(origin), order.index(destination)
    if not (board < last and alight > first):
        return None  # the journey is on the part that runs
    lang = ctx.language

    def label(code: str) -> str:
        return station_label(station_of(ctx.index, code))

    runs = ""
    if board < first:
        runs = t(lang, "journey.part_runs", origin=label(origin), end=label(order[first]))
    elif alight > last:
        runs = t(lang, "journey.part_runs", origin=label(order[last]), end=label(destination))
    said = t(
        lang,
        "journey.part_cancelled",
        train=train_label(route.train),
        start=label(order[first]),
        end=label(order[last]),
        day=when,
    )
    return f"{said} {runs}".strip()
