"""Whether any train of a journey is cancelled on a day ("kal delhi se bhopal ki koi train cancel
hai?"): yes or no first, then which of its trains, from the day's list of trains between the two
places and what the railway changed that day; never the whole country's list for a question
about one journey."""

from __future__ import annotations

import datetime as dt

from app.bot.format import (
    chip,
    day_date,
    lines,
    on_day,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.dated import Change, changes_on, mark
from app.bot.handlers.lookups import station_of, trains_between_pair
from app.bot.replies import Reply
from app.bot.requests import TrainsBetween
from app.errors import RailwayError
from app.i18n import nt, t
from app.railways.vocabulary import StationCode


async def cancelled_on_journey(
    ctx: Context,
    origin: tuple[StationCode, ...],
    destination: tuple[StationCode, ...],
    day: dt.date,
) -> Outcome | None:
    """Which trains from `origin` to `destination` (a station, or a city's stations) the railway
    cancelled on `day`, yes or no first; None when the trains between them are not known (the
    day's whole list answers instead)."""
    cities = len(origin) > 1 or len(destination) > 1
    try:
        found, city_wide = await trains_between_pair(
            ctx, origin[0], destination[0], day, by_city=cities
        )
    except RailwayError:
        return None
    if not found.data:
        return None
    if city_wide and not cities:  # no train at the stations themselves: their cities' trains
        origin, destination = _city_of(ctx, origin), _city_of(ctx, destination)
    trains = found.data
    changes = await changes_on(ctx, trains, day)
    lang = ctx.language
    when = on_day(lang, day, ctx.today)
    values = {
        "origin": _place(ctx, origin),
        "destination": _place(ctx, destination),
        "when": when,
        "count": len(trains),
    }
    hit = [
        item
        for item in trains
        if isinstance(change := changes.get(item.train.number), Change)
        and (change.full or change.on_the_journey is not False)
    ]
    dated = day_date(lang, day, ctx.today)
    if not hit:
        first = nt(lang, "cancelled.journey_none", len(trains), **values)
        listed: list[str] = []
    else:
        first = nt(lang, "cancelled.journey_some", len(trains), cancelled=len(hit), **values)
        listed = [
            f"• {train_label(item.train)}: {mark(lang, changes.get(item.train.number), dated)}"
            for item in hit
        ]
    text = lines(first, *listed, source_note(lang, found, ctx.now))
    every = TrainsBetween(
        origin=origin[:1],
        destination=destination[:1],
        date=day,
        cities=_cities(origin, destination),
    )
    quick = (chip(t(lang, "cancelled.chip_journey"), every),)
    return say(Reply(text=text, quick_replies=quick))


def _city_of(ctx: Context, codes: tuple[StationCode, ...]) -> tuple[StationCode, ...]:
    return tuple(StationCode(code) for code in ctx.index.same_city(codes[0]))


def _place(ctx: Context, codes: tuple[StationCode, ...]) -> str:
    """A city's name for its stations together ("Delhi"), else the one station's label."""
    if len(codes) > 1:
        city = ctx.index.city_name(codes[0])
        if city:
            return city
    return station_label(station_of(ctx.index, codes[0]))


def _cities(origin: tuple[StationCode, ...], destination: tuple[StationCode, ...]) -> int | None:
    """Which ends stand for their whole city, as a list's payload says it (1, 2, 3)."""
    return (1 if len(origin) > 1 else 0) + (2 if len(destination) > 1 else 0) or None
