"""Seat availability for a train, between two stations, in a class, from a date."""

from __future__ import annotations

import datetime as dt

from app.bot.format import (
    chip,
    day_date,
    fit,
    lines,
    relative_day,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.asking import ask_again, ask_class, ask_date, require_journey
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.lookups import station_of
from app.bot.handlers.railway_errors import error_text, retry_chips
from app.bot.replies import Reply
from app.bot.requests import Fare, SeatAvailability
from app.errors import (
    ClassNotOnTrain,
    InvalidArgument,
    NotFound,
    NotRunningOnDate,
    RailwayError,
)
from app.railways.models import SeatDay, StatusKind
from app.railways.vocabulary import GENERAL_QUOTA, quota_name

_MARKS = {StatusKind.AVAILABLE: " ✅", StatusKind.REGRET: " ❌"}


async def seat_availability(ctx: Context, request: SeatAvailability) -> Outcome:
    train, from_code, to_code = await require_journey(
        ctx, request, request.train, request.origin, request.destination
    )
    journey_class = request.journey_class
    if journey_class is None:
        raise await ask_class(ctx, request, train)
    day = request.date
    if day is None:
        raise ask_date(ctx, request)
    if day < ctx.today:
        raise ask_date(ctx, request, lead=f"{day_date(day, ctx.today)} has passed.")
    quota = request.quota or GENERAL_QUOTA
    try:
        answer = await ctx.provider.seat_availability(
            train, from_code, to_code, day, journey_class, quota
        )
    except (ClassNotOnTrain, NotRunningOnDate, InvalidArgument) as refusal:
        raise await ask_again(
            ctx, request, train=train, journey_class=journey_class, day=day, refusal=refusal
        ) from None
    except NotFound:
        text = (
            f"I couldn't find seats for train {train} from {from_code} to {to_code}. "
            "Please check that it stops at both stations."
        )
        return say(Reply(text=text))
    except RailwayError as exc:
        return say(Reply(text=error_text(exc), quick_replies=retry_chips(request, exc)))
    found = answer.data
    quota_words = quota_name(found.quota) or found.quota
    text = fit(
        lines(
            f"🎫 Seats · {train_label(found.train)}",
            f"{station_label(station_of(ctx.index, from_code, found.from_station))} → "
            f"{station_label(station_of(ctx.index, to_code, found.to_station))}",
            f"{found.journey_class} · {quota_words} quota",
            *(_day_line(seat_day, ctx.today) for seat_day in found.days),
            "" if found.days else "The railway gave no availability for that date.",
            source_note(answer, ctx.now, timely=True),
        )
    )
    leg = {"train": train, "origin": from_code, "destination": to_code}
    later = day + dt.timedelta(days=1)
    quick = (
        chip(f"Fare {journey_class}", Fare(**leg, date=day, journey_class=journey_class)),
        chip(
            f"Seats {relative_day(later, ctx.today)}",
            SeatAvailability(**leg, date=later, journey_class=journey_class),
        ),
    )
    return say(Reply(text=text, quick_replies=quick))


def _day_line(seat_day: SeatDay, today: dt.date) -> str:
    status = " ".join(seat_day.status.split()) or seat_day.kind.value
    return f"{day_date(seat_day.date, today)}: {status}{_MARKS.get(seat_day.kind, '')}"
