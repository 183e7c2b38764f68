"""Lookups handlers share: what the railway says about a train (its classes, days, ends) or a
pair of stations, asked only to offer better choices, so a failure just offers fewer."""

from __future__ import annotations

from app.bot.format import chip, proper
from app.bot.handlers.context import Context
from app.bot.replies import QuickReply
from app.bot.requests import ChosenTrain
from app.errors import RailwayError
from app.railways.models import Station
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


async def trains_between_chips(ctx: Context, origin: str, destination: str) -> list[QuickReply]:
    """A chip for each direct train between two stations, earliest first."""
    try:
        trains = (await ctx.provider.trains_between(origin, destination, None)).data
    except RailwayError:
        return []
    ordered = sorted(trains, key=lambda item: item.departure)[:MAX_TRAIN_CHOICES]
    return [
        chip(
            f"{item.train.number} {proper(item.train.name)}",
            ChosenTrain(train=TrainNumber(item.train.number)).pack(),
        )
        for item in ordered
    ]


def station_of(index: StationIndex, code: str, known: Station | None = None) -> Station:
    """The best description of a station we have: the provider's, else the index's, else a code."""
    if known is not None and known.name and known.name.upper() != known.code.upper():
        return known
    return index.get(code) or known or Station(code=code, name=code)
