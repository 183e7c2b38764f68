"""Fare for a train, between two stations, in a class: asks for whatever is missing."""

from __future__ import annotations

from app.bot import payloads
from app.bot.format import (
    chip,
    day_date,
    lines,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.common import (
    Context,
    Outcome,
    Slots,
    ask_again,
    ask_class,
    class_slot,
    date_slot,
    error_text,
    int_slot,
    quota_slot,
    require_journey,
    retry_chips,
    say,
    station_of,
)
from app.bot.replies import QuickReply, Reply
from app.bot.understanding import Intent
from app.errors import (
    ClassNotOnTrain,
    InvalidArgument,
    NotFound,
    NotRunningOnDate,
    RailwayError,
)
from app.railways.models import Fare
from app.railways.vocabulary import RESERVED_CLASSES, quota_name

DEFAULT_AGE = 30  # an adult: the full fare


async def fare(ctx: Context, slots: Slots) -> Outcome:
    intent = Intent.FARE
    train, from_code, to_code = await require_journey(ctx, intent, slots)
    journey_class = class_slot(slots)
    if journey_class is None:
        raise await ask_class(ctx, intent, slots, train)
    day = date_slot(slots) or ctx.today
    quota = quota_slot(slots)
    age = int_slot(slots, "age", DEFAULT_AGE, 1, 125)
    try:
        answer = await ctx.provider.fare(train, from_code, to_code, journey_class, quota, age, day)
    except (ClassNotOnTrain, NotRunningOnDate, InvalidArgument) as refusal:
        raise await ask_again(
            ctx, intent, slots, train=train, journey_class=journey_class, day=day, refusal=refusal
        ) from None
    except NotFound:
        text = (
            f"I couldn't find a fare for train {train} from {from_code} to {to_code}. "
            "Please check that it stops at both stations."
        )
        return say(Reply(text=text))
    except RailwayError as exc:
        retry = payloads.fare(train, from_code, to_code, day, journey_class)
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
    leg = (train, from_code, to_code, day)
    quick: list[QuickReply] = [
        chip(f"Seats {found.journey_class}", payloads.seats(*leg, found.journey_class))
    ]
    quick.extend(
        chip(f"Fare {code}", payloads.fare(*leg, code))
        for code in found.train.classes
        if code != found.journey_class and code in RESERVED_CLASSES
    )
    return say(Reply(text=text, quick_replies=tuple(quick[:8])))


def _class_words(code: str) -> str:
    name = RESERVED_CLASSES.get(code)
    return f"{code} ({name})" if name else code


def _breakdown(found: Fare) -> str:
    parts = [
        f"{key.replace('_', ' ').strip().capitalize()} ₹{amount:,}"
        for key, amount in list(found.breakdown.items())[:6]
        if amount
    ]
    return " · ".join(parts)
