"""Trains between two stations: departure, arrival, duration and run days, six at a time, with
fare and seat buttons for the trains listed."""

from __future__ import annotations

from app.bot.format import (
    chip,
    chips,
    clock_time,
    day_date,
    duration,
    fit,
    lines,
    run_days,
    source_note,
    station_label,
    station_name,
    train_label,
)
from app.bot.handlers.asking import ask, require_station
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.lookups import station_of
from app.bot.handlers.paging import Page
from app.bot.handlers.railway_errors import failure
from app.bot.replies import QuickReply, Reply
from app.bot.requests import Fare, SeatAvailability, TrainsBetween
from app.errors import NotFound, RailwayError, TimetableNotLoaded
from app.i18n import N_, t
from app.i18n.language import Language
from app.railways.models import Sourced, TrainBetween
from app.railways.vocabulary import StationCode

PAGE_SIZE = 6
MAX_OTHERS = 4  # a city's stations offered: its main one and three others
MAX_PAIRS = 5  # pairs of a city's stations tried when the main ones have no direct train
MAX_QUICK_REPLIES = 13


async def trains_between(ctx: Context, request: TrainsBetween) -> Outcome:
    # A city's main station (the first of its stations) is the default; its others are offered
    # as buttons under the answer, never a question before it.
    from_code = require_station(ctx, request, "from", request.origin[:1])
    to_code = require_station(ctx, request, "to", request.destination[:1])
    if len(request.origin) > 1 or len(request.destination) > 1:
        from_code, to_code = await _linked(ctx, request, (from_code, to_code))
    others = _other_stations(ctx, request, from_code, to_code)
    outcome = await _between(ctx, request, from_code, to_code)
    if not others:
        return outcome
    reply = outcome.replies[0]
    text = lines(reply.text, t(ctx.language, "between.other_stations"))
    quick = (*others, *reply.quick_replies)[:MAX_QUICK_REPLIES]
    return say(reply.model_copy(update={"text": text, "quick_replies": quick}))


async def _linked(
    ctx: Context, request: TrainsBetween, main: tuple[StationCode, StationCode]
) -> tuple[StationCode, StationCode]:
    """The stations of the cities asked about that trains link: the main ones when they are,
    else the first other pair that is (a few tried, the main stations first)."""
    pairs = [main]
    pairs += [(main[0], code) for code in request.destination[1:MAX_OTHERS]]
    pairs += [(code, main[1]) for code in request.origin[1:MAX_OTHERS]]
    for origin, destination in pairs[:MAX_PAIRS]:
        if origin == destination:
            continue
        try:
            if (await ctx.provider.trains_between(origin, destination, request.date)).data:
                return origin, destination
        except RailwayError:
            continue
    return main


def _other_stations(
    ctx: Context, request: TrainsBetween, from_code: str, to_code: str
) -> list[QuickReply]:
    """A button for each other station of the cities asked about (a few each)."""
    lang, day = ctx.language, request.date
    found = [
        chip(
            t(lang, "between.chip_from", station=station_name(ctx.index, code)),
            TrainsBetween(origin=code, destination=to_code, date=day),
        )
        for code in request.origin[:MAX_OTHERS]
        if code not in (from_code, to_code)
    ]
    found += [
        chip(
            t(lang, "between.chip_to", station=station_name(ctx.index, code)),
            TrainsBetween(origin=from_code, destination=code, date=day),
        )
        for code in request.destination[:MAX_OTHERS]
        if code not in (from_code, to_code)
    ]
    return found


async def _between(ctx: Context, request: TrainsBetween, from_code: str, to_code: str) -> Outcome:
    lang = ctx.language
    if from_code == to_code:
        name = station_label(station_of(ctx.index, to_code))
        raise ask(request, "to", t(lang, "between.same_station", name=name))
    day = request.date
    offset = request.offset
    origin = station_label(station_of(ctx.index, from_code))
    destination = station_label(station_of(ctx.index, to_code))
    when = day_date(lang, day, ctx.today) if day else ""
    answer: Sourced[list[TrainBetween]] | None
    try:
        answer = await ctx.provider.trains_between(from_code, to_code, day)
    except TimetableNotLoaded:
        raise
    except NotFound:
        answer = None
    except RailwayError as exc:
        retry = TrainsBetween(origin=from_code, destination=to_code, date=day, offset=offset)
        return say(failure(ctx.language, exc, retry))
    trains = sorted(answer.data, key=lambda t: t.departure) if answer else []
    if answer is None or not trains:
        none = N_("between.none_on") if day else N_("between.none")
        text = t(lang, none, origin=origin, destination=destination, day=when)
        back = chip(
            t(lang, "between.other_direction"),
            TrainsBetween(origin=to_code, destination=from_code, date=day),
        )
        note = source_note(ctx.language, answer, ctx.now) if answer else ""
        return say(Reply(text=lines(text, note), quick_replies=(back,)))
    page = Page.of(len(trains), offset, PAGE_SIZE)
    shown = trains[page.start : page.end]
    heading = N_("between.header_on") if day else N_("between.header")
    header = t(
        lang, heading, origin=origin, destination=destination, day=when, trains=page.label(lang)
    )
    text = fit(
        lines(
            header,
            *(_train_lines(lang, n, item) for n, item in enumerate(shown, page.start + 1)),
            source_note(ctx.language, answer, ctx.now),
        )
    )
    quick: list[QuickReply] = []
    for item in shown:
        number = item.train.number
        leg = {
            "train": number,
            "origin": item.from_station.code,
            "destination": item.to_station.code,
            "date": day,
        }
        quick += chips(
            [
                (t(lang, "chip.fare_of", train=number), Fare(**leg)),
                (t(lang, "chip.seats_of", train=number), SeatAvailability(**leg)),
            ]
        )
    if page.more:
        more = TrainsBetween(origin=from_code, destination=to_code, date=day, offset=page.end)
        quick.insert(0, chip(t(lang, "chip.more_trains"), more))
    return say(Reply(text=text, quick_replies=tuple(quick[:13])))


def _train_lines(language: Language, number: int, item: TrainBetween) -> str:
    arrival = clock_time(item.arrival)
    if item.arrival_day_offset:
        arrival += f" (+{item.arrival_day_offset})"
    facts = [
        f"{clock_time(item.departure)} {item.from_station.code} → {arrival} {item.to_station.code}"
    ]
    if item.duration_min is not None:
        facts.append(duration(language, item.duration_min))
    if days := run_days(language, item.train.run_days):
        facts.append(days)
    return f"{number}. {train_label(item.train)}\n   {' · '.join(facts)}"
