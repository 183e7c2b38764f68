"""Trains leaving a station in the next few hours, with scheduled and expected times and delay."""

from __future__ import annotations

import datetime as dt

from app.bot.format import (
    chip,
    chips,
    clock_time,
    delay,
    fit,
    lines,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.asking import require_station
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.lookups import station_of
from app.bot.handlers.paging import Page
from app.bot.handlers.railway_errors import failure
from app.bot.replies import QuickReply, Reply
from app.bot.requests import Departures, LiveStatus
from app.errors import NotFound, RailwayError, TimetableNotLoaded
from app.i18n import nt, t
from app.railways.models import Departure, Sourced, StationBoard

PAGE_SIZE = 8


async def departures(ctx: Context, request: Departures) -> Outcome:
    code = require_station(ctx, request, "station", request.station)
    hours, offset = request.hours, request.offset
    answer: Sourced[StationBoard] | None
    try:
        answer = await ctx.provider.departures(code, hours)
    except TimetableNotLoaded:
        raise
    except NotFound:
        answer = None  # the railway's "no data": nothing leaves in that window
    except RailwayError as exc:
        retry = Departures(station=code, hours=hours, offset=offset)
        return say(failure(ctx.language, exc, retry))
    board = answer.data if answer else None
    place = station_label(station_of(ctx.index, code, board.station if board else None))
    trains = sorted(board.departures, key=_order) if board else []
    lang = ctx.language
    if answer is None or not trains:
        text = nt(lang, "departures.none", hours, place=place, hours=hours)
        quick: list[QuickReply] = []
        if hours < 8:
            quick.append(chip(t(lang, "departures.next_8"), Departures(station=code, hours=8)))
        note = source_note(ctx.language, answer, ctx.now) if answer else ""
        return say(Reply(text=lines(text, note), quick_replies=tuple(quick)))
    page = Page.of(len(trains), offset, PAGE_SIZE)
    shown = trains[page.start : page.end]
    timetable_only = all(d.delay_min is None and _expected(d) is None for d in trains)
    notes = [source_note(ctx.language, answer, ctx.now, timely=not timetable_only)]
    if timetable_only:
        notes.insert(0, t(lang, "departures.timetable_only"))
    text = fit(
        lines(
            t(lang, "departures.header", place=place, hours=hours, trains=page.label(lang)),
            *(_departure_line(d, ctx) for d in shown),
            *notes,
        )
    )
    quick = []
    if page.more:
        more = Departures(station=code, hours=hours, offset=page.end)
        quick.append(chip(t(lang, "chip.more_trains"), more))
    quick += chips(
        (t(lang, "chip.live_of", train=d.train.number), LiveStatus(train=d.train.number))
        for d in shown[:6]
    )
    return say(Reply(text=text, quick_replies=tuple(quick)))


def _when(departure: Departure) -> dt.datetime | None:
    return departure.scheduled_departure or departure.scheduled_arrival


def _order(departure: Departure) -> float:
    when = _when(departure)
    return when.timestamp() if when is not None else float("inf")


def _expected(departure: Departure) -> dt.datetime | None:
    return departure.expected_departure or departure.expected_arrival


def _departure_line(departure: Departure, ctx: Context) -> str:
    scheduled = _when(departure)
    ends_here = departure.scheduled_departure is None and departure.scheduled_arrival is not None
    lang = ctx.language
    at = clock_time(scheduled)
    if scheduled is not None and scheduled.date() > ctx.today:
        at = t(lang, "departures.tomorrow", time=at)
    line = f"{at} {train_label(departure.train)}"
    if departure.to_code and not ends_here:
        line += f" → {departure.to_code}"
    if ends_here:
        line += " " + t(lang, "departures.ends_here")
    details = []
    expected = _expected(departure)
    if expected is not None and expected != scheduled:
        details.append(t(lang, "departures.expected", time=clock_time(expected)))
    if departure.delay_min is not None:
        details.append(delay(lang, departure.delay_min))
    if departure.platform:
        details.append(t(lang, "departures.platform", platform=departure.platform))
    return f"{line}\n   {' · '.join(details)}" if details else line
