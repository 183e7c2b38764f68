"""Another train onward from where the train in focus gets the traveller ("bangalore se mysore
ke liye koi aur train?" after Kaveri Express's run that ends at Bengaluru early on Thursday):
searched on the day that run gets there and after it does, never today's trains as if the
traveller stood there now."""

from __future__ import annotations

import datetime as dt
from typing import Final

from app.bot.handlers.context import Context
from app.bot.handlers.timetable import due_stops, runs_on
from app.bot.requests import TrainsBetween
from app.errors import RailwayError, TimetableNotLoaded
from app.railways.models import TrainRoute
from app.railways.vocabulary import current_station_code

# How many days ahead the next run to get there is looked for.
_DAYS_AHEAD: Final = 8


async def on_getting_there(ctx: Context, request: TrainsBetween) -> TrainsBetween:
    """The other trains of `request` (those besides the train in focus) from the day and minute
    that train's run reaches the journey's start, when it gets there later than now: the run
    in focus (the one its live status, PNR or list showed), else the next to get there. The
    request as it was when it names its own day or time, or the train does not call there."""
    number = request.besides
    if number is None or request.date is not None or request.after is not None:
        return request
    route = await _route_of(ctx, number)
    if route is None:
        return request
    there = _reaches(ctx, route, request.origin)
    if there is None or there <= ctx.now:
        return request
    minute = there.hour * 60 + there.minute
    return request.model_copy(update={"date": there.date(), "after": minute})


async def after_it_leaves(ctx: Context, request: TrainsBetween) -> TrainsBetween:
    """The trains of `request` that leave after the train it leaves out (`besides`: "next train
    after mine" after a booking): from the minute that train leaves the journey's start by its
    timetable; the request as it was when the timetable does not say."""
    number = request.besides
    if number is None or request.after is not None:
        return request
    route = await _route_of(ctx, number)
    if route is None:
        return request
    wanted = {current_station_code(code) for code in request.origin}
    leaves = next(
        (
            stop.departure
            for stop in route.stops
            if current_station_code(stop.station.code) in wanted and stop.departure is not None
        ),
        None,
    )
    if leaves is None:
        return request
    return request.model_copy(update={"after": leaves.hour * 60 + leaves.minute})


async def _route_of(ctx: Context, number: str) -> TrainRoute | None:
    """The timetable of train `number`; None when the railway cannot say (a timetable not
    loaded is the operator's to hear of, raised)."""
    try:
        return (await ctx.provider.train_route(number)).data
    except TimetableNotLoaded:
        raise
    except RailwayError:
        return None


def _reaches(ctx: Context, route: TrainRoute, origin: tuple[str, ...]) -> dt.datetime | None:
    """When the run in focus of the train of `route` (else its next run to get there) reaches
    the journey's start: the station of it last asked (SBC of "will it reach bangalore?"), else
    the first of its stops past its start that is one of `origin`; None when it calls at none."""
    index = _stop_index(ctx, route, origin)
    if index is None:
        return None
    subject = ctx.subject
    if subject is not None and subject.train == route.train.number and subject.date is not None:
        return due_stops(route, subject.date, ctx.now.tzinfo)[index].at
    into = max(0, route.stops[index].day - 1)
    for ahead in range(-into, _DAYS_AHEAD):
        start = ctx.today + dt.timedelta(days=ahead)
        if not runs_on(route, start):
            continue
        there = due_stops(route, start, ctx.now.tzinfo)[index].at
        if there is not None and there > ctx.now:
            return there
    return None


def _stop_index(ctx: Context, route: TrainRoute, origin: tuple[str, ...]) -> int | None:
    """The place in `route` of the stop where the traveller gets off for the journey from
    `origin`: the station asked of the train last, when one of `origin`, else the first stop
    past its start that is one of them; None when the traveller boards it there."""
    wanted = {current_station_code(code) for code in origin}
    boards = ctx.subject.origin if ctx.subject is not None else None
    if boards is not None and current_station_code(boards) in wanted:
        return (
            None  # boarded there (a booking's, a journey's start): the train does not get one there
        )
    asked = ctx.subject.station if ctx.subject is not None else None
    if asked is not None and current_station_code(asked) in wanted:
        wanted = {current_station_code(asked)}
    codes = [current_station_code(stop.station.code) for stop in route.stops]
    return next((n for n, code in enumerate(codes) if n and code in wanted), None)
