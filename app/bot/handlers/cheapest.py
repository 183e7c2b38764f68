"""The cheapest train of a list of trains between two places ("sasta wala", "the cheaper one",
"सबसे सस्ती वाली"): each listed train priced on its own journey and day, in the class in hand
when one is, else in its own cheapest class; the one that costs least, said with its fare and
class, and the others' fares after it, so that the traveller sees why it was picked."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from typing import Final

from app.bot.format import class_words, money
from app.bot.handlers.context import Context
from app.bot.handlers.lookups import adult_fare
from app.bot.requests import Fare, SeatAvailability
from app.errors import RailwayError
from app.i18n import t
from app.i18n.language import Language
from app.railways import models

# Classes from the cheapest ticket to the dearest, as the railway prices them.
BY_PRICE: Final = ("2S", "SL", "CC", "3E", "3A", "2A", "EC", "1A")
# How many trains of a list are priced: a long list is priced by its first ones.
MAX_PRICED: Final = 8


@dataclass(frozen=True)
class Priced:
    """A listed train and its fare on its listed journey."""

    item: models.TrainBetween
    fare: models.Fare


def class_in_hand(ctx: Context) -> str | None:
    """The class the traveller just asked fares or seats in ("sleeper me kitna lagega" before
    "sasta wala"): the trains are compared in it; None when none was."""
    subject = ctx.subject
    if subject is None or not isinstance(subject.request, Fare | SeatAvailability):
        return None
    return subject.journey_class


def priced_class(train: models.Train, wanted: str | None) -> str | None:
    """The class a train is priced in: `wanted` when it carries it (or its classes are not
    known), else its cheapest class; None when it does not carry the class wanted."""
    if wanted is not None:
        return wanted if not train.classes or wanted in train.classes else None
    carried = [code for code in BY_PRICE if code in train.classes]
    return carried[0] if carried else None


async def priced(
    ctx: Context,
    trains: list[models.TrainBetween],
    day: dt.date | None,
    wanted: str | None = None,
) -> list[Priced]:
    """The trains that could be priced, cheapest first (the list's order among equals)."""

    async def price(item: models.TrainBetween) -> Priced | None:
        code = priced_class(item.train, wanted)
        if code is None:
            return None
        try:
            found = await adult_fare(
                ctx, item.train.number, item.from_station.code, item.to_station.code, code, day
            )
        except RailwayError:
            return None
        return Priced(item, found.data)

    fares = await asyncio.gather(*(price(item) for item in trains[:MAX_PRICED]))
    found = [one for one in fares if one is not None]
    return sorted(found, key=lambda one: one.fare.total)


def fare_line(language: Language, cheapest: Priced, others: list[Priced]) -> str:
    """ "₹526 in CC (AC Chair Car), per person, general quota." and the others' fares."""
    said = t(
        language,
        "between.cheapest_fare",
        fare=money(language, cheapest.fare.total),
        cls=class_words(language, cheapest.fare.journey_class),
    )
    if not others:
        return said
    each = " · ".join(
        f"{one.item.train.number} {money(language, one.fare.total)} ({one.fare.journey_class})"
        for one in others
    )
    return f"{said}\n" + t(language, "between.cheapest_others", others=each)
