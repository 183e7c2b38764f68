"""Fare for a train, between two stations, in a class: asks for whatever is missing."""

from __future__ import annotations

from app.bot.format import (
    chip,
    day_date,
    lines,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.asking import ask_again, ask_class, require_journey
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.lookups import station_of
from app.bot.handlers.railway_errors import error_text, retry_chips
from app.bot.replies import QuickReply, Reply
from app.bot.requests import Fare, SeatAvailability
from app.errors import (
    ClassNotOnTrain,
    InvalidArgument,
    NotFound,
    NotRunningOnDate,
    RailwayError,
)
from app.railways import models
from app.railways.vocabulary import GENERAL_QUOTA, RESERVED_CLASSES, JourneyClass, quota_name

DEFAULT_AGE = 30  # an adult: the full fare


async def fare(ctx: Context, request: Fare) -> Outcome:
    train, from_code, to_code = await require_journey(
        ctx, request, request.train, request.origin, request.destination
    )
    journey_class = request.journey_class
    if journey_class is None:
        raise await ask_class(ctx, request, train)
    day = request.date or ctx.today
    quota = request.quota or GENERAL_QUOTA
    age = request.age or DEFAULT_AGE
    try:
        answer = await ctx.provider.fare(train, from_code, to_code, journey_class, quota, age, day)
    except (ClassNotOnTrain, NotRunningOnDate, InvalidArgument) as refusal:
        raise await ask_again(
            ctx, request, train=train, journey_class=journey_class, day=day, refusal=refusal
        ) from None
    except NotFound:
        text = (
            f"I couldn't find a fare for train {train} from {from_code} to {to_code}. "
            "Please check that it stops at both stations."
        )
        return say(Reply(text=text))
    except RailwayError as exc:
        retry = Fare(
            train=train,
            origin=from_code,
            destination=to_code,
            date=day,
            journey_class=journey_class,
        )
        return say(Reply(text=error_text(exc), quick_replies=retry_chips(retry, exc)))
    found = answer.data
    text = lines(
        f"💰 ₹{found.total:,} · {_class_words(found.journey_class)}",
        f"🚆 {train_label(found.train)}",
        f"{station_label(station_of(ctx.index, from_code, found.from_station))} → "
        f"{station_label(station_of(ctx.index, to_code, found.to_station))}",
        f"{day_date(day, ctx.today)} · {quota_name(found.quota) or found.quota} quota",
        _breakdown(found),
        "≈ An estimate from the fare tables; the booking fare may differ."
        if found.approximate
        else "",
        source_note(answer, ctx.now),
    )
    leg = {"train": train, "origin": from_code, "destination": to_code, "date": day}
    seats = SeatAvailability(**leg, journey_class=found.journey_class)
    quick: list[QuickReply] = [chip(f"Seats {found.journey_class}", seats)]
    quick.extend(
        chip(f"Fare {code}", Fare(**leg, journey_class=JourneyClass(code)))
        for code in found.train.classes
        if code != found.journey_class and code in RESERVED_CLASSES
    )
    return say(Reply(text=text, quick_replies=tuple(quick[:8])))


def _class_words(code: str) -> str:
    name = RESERVED_CLASSES.get(code)
    return f"{code} ({name})" if name else code


def _breakdown(found: models.Fare) -> str:
    parts = [
        f"{key.replace('_', ' ').strip().capitalize()} ₹{amount:,}"
        for key, amount in list(found.breakdown.items())[:6]
        if amount
    ]
    return " · ".join(parts)
