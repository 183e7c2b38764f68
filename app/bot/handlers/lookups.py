"""Lookups handlers share: what the railway says about a train (its classes, days, ends) or a
pair of stations, asked only to offer better choices, so a failure just offers fewer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.bot.format import chip, day_date, proper, run_days, station_label, train_label
from app.bot.handlers.context import Context
from app.bot.handlers.timetable import days_into, leaves_on, leaving_weekdays, next_leaving
from app.bot.replies import QuickReply
from app.bot.requests import ChosenTrain
from app.errors import NotOffered, RailwayError, TimetableNotLoaded
from app.i18n import t
from app.railways.models import Fare, Sourced, Station, TrainBetween, TrainRoute
from app.railways.stations import StationIndex
from app.railways.vocabulary import (
    GENERAL_QUOTA,
    RESERVED_CLASSES,
    JourneyClass,
    StationCode,
    TrainNumber,
    current_station_code,
)

MAX_TRAIN_CHOICES = 10
DEFAULT_AGE = 30  # an adult: the full fare


def city_stop(asked: Sequence[str], calls: Sequence[str]) -> str | None:
    """Of the stations asked (a city's, in the city's order: its main station first, then the
    ones a traveller means most), the one a train calling at `calls` is asked about there: the
    first of them it calls at, never merely the first it passes (12628 at "Bengaluru" is KSR
    Bengaluru City, not Yesvantpur passed on the way in; 12952 at "Mumbai" is Mumbai Central,
    not Borivali); None when it calls at none. Every question of a run at a city ("platform at
    bengaluru?", "when does it reach bengaluru?") means the same station by this."""
    called = set(calls)
    return next((code for code in asked if code in called), None)


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


async def not_running_note(ctx: Context, train: str, day: dt.date, code: str | None = None) -> str:
    """ "12007 Chennai Mysuru Shatabdi doesn't run on Wed 25 Nov: it runs daily except Wed, next
    on Thu 26 Nov.", when the train does not leave the stop `code` (else its origin)
    on `day` by its timetable; empty when it does, or when its timetable is not known."""
    try:
        route = (await ctx.provider.train_route(train)).data
    except RailwayError:
        return ""
    if leaves_on(route, code, day):
        return ""
    lang = ctx.language
    following = next_leaving(route, code, day)
    values = {
        "train": train_label(route.train),
        "day": day_date(lang, day, ctx.today),
        "days": run_days(lang, leaving_weekdays(route, code), in_sentence=True),
    }
    if days_into(route, code):
        # a stop its run gets to a day or more after it starts: the days it leaves there, not
        # the days it starts ("doesn't leave Bengaluru SMVT on Mon: it leaves there on Tue")
        station = station_label(station_of(ctx.index, code or ""))
        if following is None:
            return t(lang, "run.not_that_day_from", station=station, **values)
        following_day = day_date(lang, following, ctx.today)
        return t(lang, "run.not_that_day_from_next", station=station, next=following_day, **values)
    if following is None:
        return t(lang, "run.not_that_day", **values)
    return t(lang, "run.not_that_day_next", next=day_date(lang, following, ctx.today), **values)


async def adult_fare(
    ctx: Context,
    train: str,
    origin: str,
    destination: str,
    journey_class: str,
    day: dt.date | None = None,
) -> Sourced[Fare]:
    """One adult's general-quota fare for a journey in a class (on `day`, else today): the
    fare the trains of a list or two trains looked at are compared by."""
    return await ctx.provider.fare(
        train, origin, destination, journey_class, GENERAL_QUOTA, DEFAULT_AGE, day or ctx.today
    )


async def next_day_leaving(
    ctx: Context, train: str, day: dt.date, code: str | None = None
) -> dt.date | None:
    """The first day after `day` the train leaves the stop `code` (else its origin) by its
    timetable, when it does not leave it on `day`; None when it does, or when not known."""
    try:
        route = (await ctx.provider.train_route(train)).data
    except RailwayError:
        return None
    return None if leaves_on(route, code, day) else next_leaving(route, code, day)


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
    """The stations a train halts at, in order, by their current codes (a route may give a
    renamed station's old one: Habibganj's HBJ for Rani Kamlapati); empty when not known."""
    try:
        stops = (await ctx.provider.train_route(train)).data.stops
    except RailwayError:
        return []
    return [StationCode(current_station_code(stop.station.code)) for stop in stops if stop.is_halt]


async def trains_between_pair(
    ctx: Context, origin: str, destination: str, day: dt.date | None, *, by_city: bool = False
) -> tuple[Sourced[list[TrainBetween]], bool]:
    """The direct trains from `origin` to `destination` (leaving on `day`, when given), and
    whether they are the two places' cities' (each train then names its own stations). With
    `by_city`, searched city-wide when the railway can search so, else between the stations.
    Between the stations, when they have none: asked once more city-wide, since some codes carry
    no train that their city's other stations do (BCT, where MMCT has them); the first answer
    stands when the railway cannot search so, fails, or finds none either. Every feature that
    asks by a pair of stations asks here, so each gets the one retry."""
    if by_city:
        try:
            return await ctx.provider.trains_between(origin, destination, day, by_city=True), True
        except (NotOffered, TimetableNotLoaded):  # no source here searches a city
            return await ctx.provider.trains_between(origin, destination, day), False
    answer = await ctx.provider.trains_between(origin, destination, day)
    if answer.data:
        return answer, False
    try:
        wider = await ctx.provider.trains_between(origin, destination, day, by_city=True)
    except RailwayError:
        return answer, False
    return (wider, True) if wider.data else (answer, False)


async def trains_between_journey(
    ctx: Context, origin: str, destination: str, *, by_city: bool = False
) -> tuple[list[TrainBetween], bool] | None:
    """The direct trains between two stations, earliest first, and whether they are the
    stations' cities' (`trains_between_pair`); None when the railway does not say."""
    try:
        found, city_wide = await trains_between_pair(
            ctx, origin, destination, None, by_city=by_city
        )
    except RailwayError:
        return None
    trains = sorted(found.data, key=lambda item: item.departure)[:MAX_TRAIN_CHOICES]
    return trains, city_wide


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


def stations_named(index: StationIndex, stations: Sequence[Station]) -> str:
    """Stations a source gave as bare codes ("BSR", "DIVA" of a diversion) said by their names
    where the index knows them: "Vasai Road (BSR), Diva Jn (DIVA)", never "BSR, Diva (DIVA)"."""
    return ", ".join(station_label(station_of(index, s.code, s)) for s in stations)


async def journey_mismatch(ctx: Context, train: str, origin: str, destination: str) -> str | None:
    """Why a train has no fare or seats between two stations, when its route says: it goes the
    other way, or it does not stop at one of them. None when it does not tell."""
    try:
        route = (await ctx.provider.train_route(train)).data
    except RailwayError:
        return None
    return _off_route(ctx, route, origin, destination)


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
