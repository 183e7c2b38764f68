"""A journey's seats or fare asked in a class before any train is chosen ("2 log sleeper mein
chennai se bangalore kal", "3A fare delhi to bhopal tomorrow", "दिल्ली से भोपाल कल 3AC में
सीटें"): the journey's trains that day, each with its seats that day in the class and its fare
(per person and, for a party, in total), instead of "Which train?" with the details said
dropped. The class, quota and party stay with the list for what is asked next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Final, TypeVar

from app.bot.format import chip, class_words, day_date, lines, money
from app.bot.handlers import between
from app.bot.handlers.context import Context, Outcome
from app.bot.handlers.lookups import DEFAULT_AGE
from app.bot.handlers.seats import day_status
from app.bot.replies import QuickReply
from app.bot.requests import Fare, SeatAvailability, TrainsBetween, unpack
from app.bot.state import Listed
from app.errors import ClassNotOnTrain, RailwayError, TimetableNotLoaded
from app.i18n import t
from app.i18n.language import Language
from app.railways.vocabulary import GENERAL_QUOTA

R = TypeVar("R", Fare, SeatAvailability)


def first_in_a_class(
    handler: Callable[[Context, R], Awaitable[Outcome]],
) -> Callable[[Context, R], Awaitable[Outcome]]:
    """A fare's or seats' handler that answers a journey asked in a class with no train first
    with the journey's trains in that class (`trains_in_a_class`), else as before."""

    async def answer(ctx: Context, request: R) -> Outcome:
        classed = await trains_in_a_class(ctx, request)
        return classed if classed is not None else await handler(ctx, request)

    return answer


def _above_the_note(text: str, block: str, lang: Language) -> str:
    """`text` with `block` added at its end, above the sample railway's note when it has one."""
    note = t(lang, "source.sample")
    said = [each for each in text.split("\n") if each != note]
    return lines("\n".join(said), block, note if note in text else "")


# How many trains of the list are priced and checked, each (the rest keep their buttons).
MOST_PRICED: Final = 6


async def trains_in_a_class(
    ctx: Context, request: Fare | SeatAvailability
) -> Outcome | None:
    """The journey's trains in the class asked, each with its seats and fare that day; None
    when the question names its train, has no class or no journey, or the journey has one train
    only (its own answer then, as before, a party's with its fare for all of them)."""
    journey_class = request.journey_class
    if request.train is not None or journey_class is None:
        return None
    if not (request.origin and request.destination) or request.borrowed:
        return None
    if ctx.earlier:
        return None  # an answer to a question asked (which train, which day): that question's
    if isinstance(request, SeatAvailability) and request.date is None:
        return None  # seats are of a day: which one is asked first, as before
    day = request.date or ctx.today
    ends = {"origin": request.origin, "destination": request.destination}
    listing = TrainsBetween(**ends, date=day, part=request.part)
    listed = await between.trains_between(ctx, listing)
    shown = listed.subject
    if listed.pending is not None or shown is None:
        return None
    running = [item for item in shown.listed if not item.cancelled]
    quota = request.quota or GENERAL_QUOTA
    passengers = request.passengers
    party = passengers if passengers is not None and passengers > 1 else None
    if len(running) < 2:
        # one train (or none): its own answer (a party's seats with its fare for all), or the
        # list's "no train", as before
        return None
    lang = ctx.language
    each = [
        await _train_in_the_class(ctx, item, journey_class, quota, day, party)
        for item in running[:MOST_PRICED]
    ]
    said_class = class_words(lang, journey_class)
    said_day = day_date(lang, day, ctx.today)
    head = (
        t(lang, "in_class.head_party", journey_class=said_class, day=said_day, count=party)
        if party
        else t(lang, "in_class.head", journey_class=said_class, day=said_day)
    )
    block = lines(head, *each)
    *before, last = listed.replies
    answered = last.model_copy(
        update={
            "text": _above_the_note(last.text, block, lang),
            "quick_replies": _in_the_class(last.quick_replies, journey_class),
        }
    )
    kept = shown.model_copy(
        update={"journey_class": journey_class, "quota": request.quota, "passengers": party}
    )
    return Outcome((*before, answered), None, kept)


def _in_the_class(
    offers: tuple[QuickReply, ...], journey_class: str
) -> tuple[QuickReply, ...]:
    """The listed trains' fare and seats buttons, each for the class asked: tapped, a train's
    button answers in that class instead of asking "Which class?" again."""
    kept: list[QuickReply] = []
    for offer in offers:
        target = unpack(offer.payload)
        if isinstance(target, Fare | SeatAvailability) and target.journey_class is None:
            offer = chip(offer.title, target.model_copy(update={"journey_class": journey_class}))
        kept.append(offer)
    return tuple(kept)


async def _train_in_the_class(
    ctx: Context,
    item: Listed,
    journey_class: str,
    quota: str,
    day: dt.date,
    party: int | None,
    *,
    seats: bool = True,
) -> str:
    """`12657 Chennai Bengaluru Mail · AVAILABLE 23 · ₹194` for one listed train; the class it
    lacks, or what the railway did not say, said so on its line. Without `seats`, its fare alone
    (`₹3,159 per person, ₹15,795 for 5`), for a train whose seats are said above it already."""
    lang = ctx.language
    origin, destination = item.origin, item.destination
    if origin is None or destination is None:
        return t(lang, "in_class.unknown", train=item.train)
    status = ""
    price = ""
    if seats:
        try:
            found = await ctx.provider.seat_availability(
                item.train, origin, destination, day, journey_class, quota
            )
            that_day = next((d for d in found.data.days if d.date == day), None)
            status = day_status(lang, that_day) if that_day is not None else ""
        except ClassNotOnTrain:
            return t(lang, "in_class.no_class", train=item.train, journey_class=journey_class)
        except TimetableNotLoaded:
            raise
        except RailwayError:
            status = ""
    try:
        fare = await ctx.provider.fare(
            item.train, origin, destination, journey_class, quota, DEFAULT_AGE, day
        )
        total = fare.data.total
        price = money(lang, total)
        if party:
            price = t(lang, "in_class.party_price", fare=price, total=money(lang, total * party),
                      count=party)  # fmt: skip
    except ClassNotOnTrain:
        return t(lang, "in_class.no_class", train=item.train, journey_class=journey_class)
    except TimetableNotLoaded:
        raise
    except RailwayError:
        price = ""
    said = " · ".join(part for part in (status, price) if part)
    if not said:
        return t(lang, "in_class.unknown", train=item.train)
    if not seats:
        return said
    return f"{item.train} {item.name} · {said}" if item.name else f"{item.train} · {said}"
