"""Lookups handlers share: what the railway says about a train (its classes, days, ends) or a
pair of stations, asked only to offer better choices, so a failure just offers fewer."""

from __future__ import annotations

import datetime as dt

from app.bot.format import chip, day_date, proper, station_label, train_label
from app.bot.handlers.context import Context
from app.bot.replies import QuickReply
from app.bot.requests import ChosenTrain
from app.errors import NotOffered, RailwayError, TimetableNotLoaded
from app.i18n import t
from app.railways.models import ExceptionKind, Station, TrainBetween, TrainRoute
from app.railways.stations import StationIndex
from app.railways.vocabulary import RESERVED_CLASSES, JourneyClass, StationCode, TrainNumber

MAX_TRAIN_CHOICES = 10


async def train_classes(ctx: Context, train: str) -> tuple[JourneyClass, ...]:
    """The classes a train carries, per its route, most booked first; empty when not known."""
    try:
        answer = await ctx.provider.train_route(train)
    except RailwayError:
        return ()
    carried = answer.data.train.classes
    return tuple(JourneyClass(code) for code in RESERVED_CLASSES if code in carried)


async def run_days_of(ctx: Context, train: str) -> tuple[str, ...] | None:
    """The days a train leaves its origin (`MON`...); None when not known."""
    try:
        return (await ctx.provider.train_route(train)).data.train.run_days
    except RailwayError:
        return None


async def route_ends(ctx: Context, train: str) -> list[StationCode]:
    """A train's first and last stations; empty when not known."""
    try:
        stops = (await ctx.provider.train_route(train)).data.stops
    except RailwayError:
        return []
    if not stops:
        return []
    return [StationCode(stops[0].station.code), StationCode(stops[-1].station.code)]


async def route_codes(ctx: Context, train: str) -> list[StationCode]:
    """The stations a train halts at, in order; empty when not known."""
    try:
        stops = (await ctx.provider.train_route(train)).data.stops
    except RailwayError:
        return []
    return [StationCode(stop.station.code) for stop in stops if stop.is_halt]


async def trains_between_journey(
    ctx: Context, origin: str, destination: str, *, by_city: bool = False
) -> list[TrainBetween]:
    """The direct trains between two stations (`by_city`: between their cities, when the
    railway can search so), earliest first; empty when the railway does not say."""
    try:
        try:
            found = await ctx.provider.trains_between(origin, destination, None, by_city=by_city)
        except (NotOffered, TimetableNotLoaded):
            if not by_city:
                raise
            found = await ctx.provider.trains_between(origin, destination, None)
        trains = found.data
    except RailwayError:
        return []
    return sorted(trains, key=lambda item: item.departure)[:MAX_TRAIN_CHOICES]


def train_chips(trains: list[TrainBetween]) -> list[QuickReply]:
    """A chip for each train, to choose it by."""
    return [
        chip(
            f"{item.train.number} {proper(item.train.name)}",
            ChosenTrain(train=TrainNumber(item.train.number)).pack(),
        )
        for item in trains
    ]


def station_of(index: StationIndex, code: str, known: Station | None = None) -> Station:
    """The best description of a station we have: the provider's, else the index's, else a code."""
    if known is not None and known.name and known.name.upper() != known.code.upper():
        return known
    return index.get(code) or known or Station(code=code, name=code)


async def journey_mismatch(
    ctx: Context, train: str, origin: str, destination: str, day: dt.date | None = None
) -> str | None:
    """Why a train has no fare or seats between two stations, when its route says: it goes the
    other way, or it does not stop at one of them; or, on `day`, the railway cancelled that part
    of its run. None when neither tells."""
    try:
        route = (await ctx.provider.train_route(train)).data
    except RailwayError:
        return None
    wrong = _off_route(ctx, route, origin, destination)
    if wrong is None and day is not None:
        return await _cancelled_part(ctx, route, origin, destination, day)
    return wrong


def _off_route(ctx: Context, route: TrainRoute, origin: str, destination: str) -> str | None:
    order = [stop.station.code for stop in route.stops if stop.is_halt]
    lang = ctx.language
    label = train_label(route.train)
    for code in (origin, destination):
        if code not in order:
            station = station_label(station_of(ctx.index, code))
            return t(lang, "journey.not_on_route", train=label, station=station)
    if order.index(origin) > order.index(destination):
        first, last = route.stops[0].station, route.stops[-1].station
        ends = f"{station_label(station_of(ctx.index, first.code, first))} → " + station_label(
            station_of(ctx.index, last.code, last)
        )
        return t(lang, "journey.other_way", train=label, ends=ends)
    return None


async def _cancelled_part(
    ctx: Context, route: TrainRoute, origin: str, destination: str, day: dt.date
) -> str | None:
    """Whether the railway cancelled the part of the run from `day` (the day the train leaves
    `origin`) that the journey needs: where it is cancelled, and the part of the journey that
    runs."""
    order = [stop.station.code for stop in route.stops]
    boarding = route.stops[order.index(origin)]
    start = day - dt.timedelta(days=max(0, boarding.day - 1))
    try:
        run = (await ctx.provider.live_status(route.train.number, start)).data
    except RailwayError:
        return None
    part = run.exception(ExceptionKind.PARTIALLY_CANCELLED)
    if part is None or part.cancelled_from is None or part.cancelled_to is None:
        return None
    ends = (part.cancelled_from.code, part.cancelled_to.code)
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
        day=day_date(lang, day, ctx.today),
    )
    return f"{said} {runs}".strip()
