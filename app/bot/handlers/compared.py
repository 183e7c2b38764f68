"""Two trains looked at one after the other (12627, then 12628; the fares of two trains),
compared: which is faster ("which one is faster?", "dono mein kaun jaldi pahunchegi") or which
costs less ("which one is cheaper?", "dono mein sasta kaun"), each train's time or fare said.
With no journey in hand, the journey both make (from the first station both call at to the
last, in the same direction); with no class, the class both carry that is booked most, the
others offered as buttons; and the next step (the seats of the one that wins) as a button."""

from __future__ import annotations

from app.bot.format import (
    chips,
    class_words,
    clock_time,
    duration,
    lines,
    money,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.lookups import adult_fare, station_of
from app.bot.replies import QuickReply, Reply
from app.bot.requests import SeatAvailability, TrainFacts
from app.errors import RailwayError
from app.i18n import N_, t
from app.railways import models
from app.railways.vocabulary import RESERVED_CLASSES


async def compare(ctx: Context, request: TrainFacts, train: str) -> Outcome:
    """`train` and `request.against`, compared as `request.compared` asks."""
    other = request.against or train
    if request.compared == "cheapest":
        return await _cheaper(ctx, request, (train, other))
    if request.compared in ("first", "last"):
        return await _earlier(ctx, request, (train, other), later=request.compared == "last")
    return await _faster(ctx, request, (train, other))


async def _earlier(
    ctx: Context, request: TrainFacts, trains: tuple[str, str], *, later: bool
) -> Outcome:
    """Which of two trains leaves earlier (or later): from the journey's start both make, else
    each from its own start, by its timetable's time of day."""
    lang = ctx.language
    origin = request.origin[0] if request.origin else None
    leaving: list[tuple[int, str, str, str, str]] = []
    answered = await _routes_noted(ctx, trains)
    if answered is None:
        return _unknown(ctx, trains)
    routes, note = answered
    for train, route in zip(trains, routes, strict=True):
        stop = route.stop_at(origin) or (route.stops[0] if route.stops else None)
        if stop is None or stop.departure is None:
            return _unknown(ctx, trains)
        at = stop.departure.hour * 60 + stop.departure.minute
        label = station_label(stop.station)
        leaving.append((at, train_label(route.train), clock_time(stop.departure), label, train))
    leaving.sort(key=lambda item: item[0], reverse=later)
    (_, first, time, station, number), (_, second, other_time, other_station, _) = leaving
    key = N_("compare.leaves_later") if later else N_("compare.leaves_earlier")
    text = t(
        lang,
        key,
        train=first,
        time=time,
        station=station,
        other=second,
        other_time=other_time,
        other_station=other_station,
    )
    buttons = _seats_chip(ctx, request, number, request.journey_class)
    reply = Reply(text=lines(text, note), quick_replies=tuple(buttons))
    return say(reply).about(ctx.subject) if ctx.subject else say(reply)


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


def common_journey(first: models.TrainRoute, second: models.TrainRoute) -> tuple[str, str] | None:
    """The journey two trains both make: from the first station of `first` that `second` also
    calls at to the last such, when `second` goes that way too; None when they share no two
    stations or run opposite ways (12627 and 12628)."""
    theirs = second.codes
    shared = [code for code in first.codes if code in theirs]
    if len(shared) < 2 or theirs.index(shared[0]) > theirs.index(shared[-1]):
        return None
    return shared[0], shared[-1]


def _common_classes(routes: list[models.TrainRoute]) -> list[str]:
    """The reserved classes both trains carry, most booked first."""
    first, second = (set(route.train.classes or ()) for route in routes)
    return [code for code in RESERVED_CLASSES if code in first and code in second]


async def _routes_noted(
    ctx: Context, trains: tuple[str, str]
) -> tuple[list[models.TrainRoute], str] | None:
    """Both trains' routes, and where the last of them came from; None when either is not
    known."""
    routes: list[models.TrainRoute] = []
    note = ""
    for train in trains:
        try:
            answer = await ctx.provider.train_route(train)
        except RailwayError:
            return None
        routes.append(answer.data)
        note = source_note(ctx.language, answer, ctx.now)
    return routes, note


def _unknown(ctx: Context, trains: tuple[str, str]) -> Outcome:
    """Either train not known, or not timed where the two are compared: said plainly."""
    return say(Reply(text=t(ctx.language, "compare.unknown", first=trains[0], second=trains[1])))


async def _routes(ctx: Context, trains: tuple[str, str]) -> list[models.TrainRoute] | None:
    try:
        return [(await ctx.provider.train_route(train)).data for train in trains]
    except RailwayError:
        return None


def _seats_chip(
    ctx: Context, request: TrainFacts, train: str, journey_class: str | None
) -> list[QuickReply]:
    """`Seats 12639`: the winner's seats on the journey compared (its class, when one)."""
    if not (request.origin and request.destination):
        return []
    seats = SeatAvailability.model_validate(
        {
            "train": train,
            "from": request.origin[0],
            "to": request.destination[0],
            "date": request.date,
            "class": journey_class,
        }
    )
    return chips([(t(ctx.language, "chip.seats_of", train=train), seats)])


async def _faster(ctx: Context, request: TrainFacts, trains: tuple[str, str]) -> Outcome:
    lang = ctx.language
    if not (request.origin and request.destination):
        routes = await _routes(ctx, trains)
        shared = common_journey(*routes) if routes and all(r.stops for r in routes) else None
        if shared is not None:
            request = request.model_copy(update={"origin": shared[:1], "destination": shared[1:]})
    origin = request.origin[0] if request.origin else None
    destination = request.destination[0] if request.destination else None
    timed: list[tuple[int, str, str]] = []
    answered = await _routes_noted(ctx, trains)
    if answered is None:
        return _unknown(ctx, trains)
    routes, note = answered
    for route in routes:
        minutes = _minutes(route, origin, destination) if route.stops else None
        if minutes is None:
            return _unknown(ctx, trains)
        timed.append((minutes, train_label(route.train), route.train.number))
    (quick, fast, number), (slow, other, _) = sorted(timed, key=lambda item: item[0])
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
    journey = ""
    if origin is not None and destination is not None:
        journey = t(
            lang,
            "compare.journey_of",
            origin=station_label(station_of(ctx.index, origin)),
            destination=station_label(station_of(ctx.index, destination)),
        )
    buttons = _seats_chip(ctx, request, number, request.journey_class)
    reply = Reply(text=lines(text, journey, note), quick_replies=tuple(buttons))
    return say(reply).about(ctx.subject) if ctx.subject else say(reply)


async def _cheaper(ctx: Context, request: TrainFacts, trains: tuple[str, str]) -> Outcome:
    lang = ctx.language
    classes: list[str] = []
    if not (request.origin and request.destination and request.journey_class):
        # no journey or class in hand: the journey both make, in the class both carry most
        routes = await _routes(ctx, trains)
        shared = common_journey(*routes) if routes and all(r.stops for r in routes) else None
        classes = _common_classes(routes) if routes else []
        if not (request.origin and request.destination) and shared is not None:
            request = request.model_copy(update={"origin": shared[:1], "destination": shared[1:]})
        if request.journey_class is None and classes:
            request = request.model_copy(update={"journey_class": classes[0]})
    journey_class = request.journey_class
    if not (request.origin and request.destination and journey_class):
        return say(Reply(text=t(lang, "compare.no_fares", first=trains[0], second=trains[1])))
    day = request.date or ctx.today
    priced: list[models.Fare] = []
    note = ""
    for train in trains:
        try:
            found = await adult_fare(
                ctx, train, request.origin[0], request.destination[0], journey_class, day
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
    priced_on = request.model_copy(update={"date": day})  # the seats of the day priced
    quick = _seats_chip(ctx, priced_on, low.train.number, journey_class)
    others = [code for code in classes if code != journey_class]
    for code in others:  # the same comparison in each other class both carry
        again = request.model_copy(update={"journey_class": code})
        quick += chips([(t(lang, "compare.chip_class", cls=code), again)])
    chosen = t(lang, "compare.class_chosen", cls=journey_class) if others else ""
    reply = Reply(text=lines(text, journey, chosen, note), quick_replies=tuple(quick))
    return say(reply).about(ctx.subject) if ctx.subject else say(reply)
