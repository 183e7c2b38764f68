"""Two trains looked at one after the other (12627, then 12628; the fares of two trains),
compared: which is faster ("which one is faster?", "dono mein kaun jaldi pahunchegi") or which
costs less ("which one is cheaper?", "dono mein sasta kaun"), each train's time or fare said."""

from __future__ import annotations

from app.bot.format import (
    class_words,
    duration,
    lines,
    money,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.fare import DEFAULT_AGE
from app.bot.replies import Reply
from app.bot.requests import TrainFacts
from app.errors import RailwayError
from app.i18n import t
from app.railways import models
from app.railways.vocabulary import GENERAL_QUOTA


async def compare(ctx: Context, request: TrainFacts, train: str) -> Outcome:
    """`train` and `request.against`, compared as `request.compared` asks."""
    other = request.against or train
    if request.compared == "cheapest":
        return await _cheaper(ctx, request, (train, other))
    return await _faster(ctx, request, (train, other))


def _minutes(route: models.TrainRoute, origin: str | None, destination: str | None) -> int | None:
    """How long the train takes from `origin` to `destination` when it calls at both in that
    order, else end to end; None when its timetable has no times."""
    stops = list(route.stops)
    start, end = stops[0], stops[-1]
    here, there = route.stop_at(origin), route.stop_at(destination)
    if here is not None and there is not None and here.seq < there.seq:
        start, end = here, there
    leaves, reaches = start.departure, end.arrival
    if leaves is None or reaches is None:
        return None
    left = (start.day - 1) * 24 * 60 + leaves.hour * 60 + leaves.minute
    reached = (end.day - 1) * 24 * 60 + reaches.hour * 60 + reaches.minute
    return reached - left


async def _faster(ctx: Context, request: TrainFacts, trains: tuple[str, str]) -> Outcome:
    lang = ctx.language
    origin = request.origin[0] if request.origin else None
    destination = request.destination[0] if request.destination else None
    timed: list[tuple[int, str]] = []
    note = ""
    for train in trains:
        try:
            answer = await ctx.provider.train_route(train)
        except RailwayError:
            return say(Reply(text=t(lang, "compare.unknown", first=trains[0], second=trains[1])))
        route, note = answer.data, source_note(lang, answer, ctx.now)
        minutes = _minutes(route, origin, destination) if route.stops else None
        if minutes is None:
            return say(Reply(text=t(lang, "compare.unknown", first=trains[0], second=trains[1])))
        timed.append((minutes, train_label(route.train)))
    (quick, fast), (slow, other) = sorted(timed, key=lambda item: item[0])
    if quick == slow:
        text = t(lang, "compare.as_fast", first=fast, second=other, time=duration(lang, quick))
    else:
        text = t(
            lang,
            "compare.faster",
            faster=fast,
            time=duration(lang, quick),
            slower=other,
            other_time=duration(lang, slow),
            by=duration(lang, slow - quick),
        )
    reply = Reply(text=lines(text, note))
    return say(reply).about(ctx.subject) if ctx.subject else say(reply)


async def _cheaper(ctx: Context, request: TrainFacts, trains: tuple[str, str]) -> Outcome:
    lang = ctx.language
    journey_class = request.journey_class
    if not (request.origin and request.destination and journey_class):
        return say(Reply(text=t(lang, "compare.no_fares", first=trains[0], second=trains[1])))
    day = request.date or ctx.today
    priced: list[models.Fare] = []
    note = ""
    for train in trains:
        try:
            found = await ctx.provider.fare(
                train,
                request.origin[0],
                request.destination[0],
                journey_class,
                GENERAL_QUOTA,
                DEFAULT_AGE,
                day,
            )
        except RailwayError:
            text = t(lang, "compare.no_fare", train=train, cls=class_words(lang, journey_class))
            return say(Reply(text=text))
        priced.append(found.data)
        note = source_note(lang, found, ctx.now)
    low, high = sorted(priced, key=lambda fare: fare.total)
    journey = t(
        lang,
        "compare.journey",
        cls=class_words(lang, journey_class),
        origin=station_label(low.from_station),
        destination=station_label(low.to_station),
    )
    if low.total == high.total:
        text = t(
            lang,
            "compare.as_cheap",
            first=train_label(low.train),
            second=train_label(high.train),
            fare=money(lang, low.total),
        )
    else:
        text = t(
            lang,
            "compare.cheaper",
            cheaper=train_label(low.train),
            fare=money(lang, low.total),
            dearer=train_label(high.train),
            other_fare=money(lang, high.total),
        )
    reply = Reply(text=lines(text, journey, note))
    return say(reply).about(ctx.subject) if ctx.subject else say(reply)
