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
    proper,
    run_days,
    source_note,
    station_label,
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

PAGE_SIZE = 6


async def trains_between(ctx: Context, request: TrainsBetween) -> Outcome:
    if len(request.origin) > 1 or len(request.destination) > 1:
        # A city named ("bangalore to kochi"): one question for every pair of its stations,
        # rather than asking "which Bangalore?" first; asked only when that finds nothing.
        answered = await _by_city(ctx, request)
        if answered is not None:
            return answered
    from_code = require_station(ctx, request, "from", request.origin)
    to_code = require_station(ctx, request, "to", request.destination)
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


async def _by_city(ctx: Context, request: TrainsBetween) -> Outcome | None:
    """Trains between the cities of the request's stations, from one search; None when the
    search finds none or fails (then the traveller is asked which station)."""
    if not request.origin or not request.destination:
        return None
    from_code, to_code = request.origin[0], request.destination[0]
    if from_code == to_code:
        return None
    try:
        answer = await ctx.provider.trains_between(from_code, to_code, request.date, by_city=True)
    except RailwayError:
        return None
    trains = sorted(answer.data, key=lambda t: t.departure)
    if not trains:
        return None
    lang, day = ctx.language, request.date
    page = Page.of(len(trains), 0, PAGE_SIZE)
    shown = trains[page.start : page.end]
    origin = _city(ctx, from_code, trains[0].from_station.city)
    destination = _city(ctx, to_code, trains[0].to_station.city)
    when = day_date(lang, day, ctx.today) if day else ""
    heading = N_("between.header_on") if day else N_("between.header")
    header = t(
        lang, heading, origin=origin, destination=destination, day=when, trains=page.label(lang)
    )
    text = fit(
        lines(
            header,
            *(_train_lines(lang, n, item) for n, item in enumerate(shown, 1)),
            source_note(lang, answer, ctx.now),
        )
    )
    quick: list[QuickReply] = []
    for item in shown:
        leg = {
            "train": item.train.number,
            "origin": item.from_station.code,
            "destination": item.to_station.code,
            "date": day,
        }
        quick += chips(
            [
                (t(lang, "chip.fare_of", train=item.train.number), Fare(**leg)),
                (t(lang, "chip.seats_of", train=item.train.number), SeatAvailability(**leg)),
            ]
        )
    return say(Reply(text=text, quick_replies=tuple(quick[:13])))


def _city(ctx: Context, code: str, city: str | None) -> str:
    """A city as the traveller named it: the provider's city name, else the station's."""
    return proper(city) if city else station_label(station_of(ctx.index, code))


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
